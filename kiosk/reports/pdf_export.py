"""A report as a PDF a coordinator can attach to an e-mail as it is.

First page: the site, the period, when and by which version it was made, a
summary table (people reached and reversals reported at the kiosk among
them), for several sites a table of each site's encounters, and two charts
(encounters per period, what was given per family); then the weekday-by-hour
heat map and every figure, period by period. Charts and the heat map show the same suppressed numbers as the
tables, so a bar never gives away a hidden count.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from kiosk.data.report_model import Period, Report, ReportRow
from kiosk.reports.labels import Translate, detail_text, translator
from kiosk.reports.suppression import cell_texts, heat_cells
from kiosk.reports.writing import write_atomically

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Flowable

Progress = Callable[[int, int], None]

SUMMARY = (
    ("encounters", ""),
    ("people_reached", ""),
    ("encounters_by_kind", "supplies"),
    ("encounters_by_kind", "services"),
    ("encounters_by_kind", "emergency"),
    ("wait_median_s", ""),
    ("emergency_response_median_s", ""),
    ("overdose_responses", ""),
    ("reversals_reported", ""),
)
_PERIODS_PER_TABLE = 6
_INK = "#1F2933"
_ACCENT = "#1565C0"
_SERIES = ("#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A", "#AD1457", "#00838F")


def report_pdf(report: Report, lang: str = "en", raw: bool = False, progress: Progress | None = None) -> bytes:
    """The PDF, as bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    tr = translator(lang)
    texts = cell_texts(report, raw)
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=13)
    title = ParagraphStyle("title", parent=styles["Title"], fontName="Helvetica-Bold", fontSize=20, alignment=0)

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    steps = 4 + len(report.periods)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    story: list[Flowable] = [para(tr("pdf.title"), title)]
    story.append(para(tr("pdf.site").format(site=report.site_name), heading))
    story.append(
        para(
            tr("pdf.period").format(
                first=report.first.isoformat(), last=report.last.isoformat(), by=tr(f"by.{report.by}")
            )
        )
    )
    story.append(
        para(
            tr("pdf.made").format(
                when=report.made_at.astimezone().strftime("%Y-%m-%d %H:%M"), version=report.version
            )
        )
    )
    story.append(para(tr("pdf.zone").format(zone=report.time_zone)))
    threshold = report.small_count_threshold
    if raw:
        story.append(para(tr("pdf.raw")))
    else:
        story.append(para(tr("pdf.suppressed").format(below=threshold - 1, threshold=threshold)))
    story.append(Spacer(1, 4 * mm))

    grid_style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#9AA5B1")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E7EB")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ]
    )
    lookup = {(row.period, row.figure, row.key): row for row in report.rows}
    groups = sorted({row.key for row in report.rows if row.figure == "given_by_group"})
    columns = list(SUMMARY) + [("given_by_group", g) for g in groups]
    header: list[object] = [para(tr("col.period_start"), small)]
    header += [
        para(_column_title(figure, key, tr, lang, report), small) for figure, key in columns
    ]
    summary_rows: list[list[object]] = [header]
    for period in report.periods:
        line: list[object] = [_period_label(period)]
        for figure, key in columns:
            row = lookup.get((period, figure, key))
            line.append(texts[row] if row is not None else "")
        summary_rows.append(line)
    story.append(para(tr("pdf.summary"), heading))
    table = Table(summary_rows, repeatRows=1)
    table.setStyle(grid_style)
    story.append(table)
    # Every site's share of the encounters, when the report covers several.
    sites = list(dict.fromkeys(row.key for row in report.rows if row.figure == "encounters_by_site"))
    if sites:
        site_header: list[object] = [para(tr("col.period_start"), small)]
        site_rows: list[list[object]] = [site_header + [para(s, small) for s in sites]]
        for period in report.periods:
            line = [_period_label(period)]
            for site in sites:
                row = lookup.get((period, "encounters_by_site", site))
                line.append(texts[row] if row is not None else "")
            site_rows.append(line)
        table = Table(site_rows, repeatRows=1)
        table.setStyle(grid_style)
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether([para(tr("encounters_by_site"), heading), table]))
    step()

    encounters = [_number(texts, lookup.get((p, "encounters", ""))) for p in report.periods]
    story.append(Spacer(1, 4 * mm))
    story.append(
        KeepTogether(
            [para(tr("pdf.chart_encounters"), heading), _bar_chart(report.periods, [encounters], [tr("encounters")])]
        )
    )
    step()
    if groups:
        series = [[_number(texts, lookup.get((p, "given_by_group", g))) for p in report.periods] for g in groups]
        names = [detail_text("given_by_group", g, tr, lang, report.supply_names) for g in groups]
        story.append(KeepTogether([para(tr("pdf.chart_groups"), heading), _line_chart(report.periods, series, names)]))
    step()

    story.append(PageBreak())
    story.append(para(tr("pdf.heat"), heading))
    story.append(_heat_map(report, raw, tr))
    step()

    story.append(PageBreak())
    story.append(para(tr("pdf.details"), heading))
    keys: list[tuple[str, str]] = []
    for row in report.rows:
        if row.figure != "busiest_hours" and (row.figure, row.key) not in keys:
            keys.append((row.figure, row.key))
    for start in range(0, len(report.periods), _PERIODS_PER_TABLE):
        chunk = report.periods[start : start + _PERIODS_PER_TABLE]
        rows: list[list[object]] = [
            [para(tr("col.figure"), small), para(tr("col.detail"), small)] + [_period_label(p) for p in chunk]
        ]
        for figure, key in keys:
            cells: list[object] = [
                para(tr(figure), small),
                para(detail_text(figure, key, tr, lang, report.supply_names), small),
            ]
            for period in chunk:
                row = lookup.get((period, figure, key))
                if row is None:
                    cells.append("")
                else:
                    cells.append(texts[row])
            rows.append(cells)
        widths = [70 * mm, 60 * mm] + [24 * mm] * len(chunk)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(grid_style)
        story.append(table)
        story.append(Spacer(1, 4 * mm))
        for _ in chunk:
            step()

    def footer(canvas: object, document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.setFillColor(colors.HexColor(_INK))  # type: ignore[attr-defined]
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        period = f"{report.first.isoformat()} – {report.last.isoformat()}"
        text = f"{report.site_name} · {period} · " + tr("pdf.page").format(n=number)
        canvas.drawString(15 * mm, 8 * mm, text)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{tr('pdf.title')} {report.first.isoformat()} – {report.last.isoformat()}",
        author=report.site_name,
        creator=f"Drop-in kiosk {report.version}",
    )
    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_pdf(
    report: Report, path: Path, lang: str = "en", raw: bool = False, progress: Progress | None = None
) -> Path:
    return write_atomically(path, report_pdf(report, lang, raw, progress))


# -- pieces ---------------------------------------------------------------------


def _period_label(period: Period) -> str:
    if period.first == period.last:
        return period.first.isoformat()
    return f"{period.first.isoformat()}\n{period.last.isoformat()}"


def _column_title(figure: str, key: str, tr: Translate, lang: str, report: Report) -> str:
    if figure == "encounters_by_kind" or figure == "given_by_group":
        return detail_text(figure, key, tr, lang, report.supply_names)
    return tr(figure)


def _number(texts: dict[ReportRow, str], row: ReportRow | None) -> int:
    """A value a chart may draw: only what the table shows as a number."""
    if row is None:
        return 0
    text = texts[row]
    return int(text) if text.lstrip("-").isdigit() else 0


def _labels(periods: Sequence[Period]) -> list[str]:
    return [p.first.isoformat()[5:] if len(periods) > 12 else p.first.isoformat() for p in periods]


def _bar_chart(periods: Sequence[Period], series: list[list[int]], names: list[str]) -> Drawing:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    drawing = Drawing(720, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 660, 125
    chart.data = [tuple(s) for s in series]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.categoryNames = _labels(periods)
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(periods) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(periods) > 8 else "n"
    chart.bars[0].fillColor = colors.HexColor(_ACCENT)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _line_chart(periods: Sequence[Period], series: list[list[int]], names: list[str]) -> Drawing:
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.linecharts import HorizontalLineChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    drawing = Drawing(720, 180)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, 500, 135
    chart.data = [tuple(s) for s in series]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.categoryNames = _labels(periods)
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    for index in range(len(series)):
        chart.lines[index].strokeColor = colors.HexColor(_SERIES[index % len(_SERIES)])
        chart.lines[index].strokeWidth = 1.5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 560, 160
    legend.fontName = "Helvetica"
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(_SERIES[i % len(_SERIES)]), name) for i, name in enumerate(names)]
    drawing.add(legend)
    return drawing


def _heat_map(report: Report, raw: bool, tr: Translate) -> Drawing:
    """Requests by weekday (rows) and hour (columns) over the whole range."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    shown = heat_cells(report, raw)
    peak = max((int(t) for t in shown.values() if t.isdigit()), default=0)
    size, left, top = 28.0, 40.0, 20.0
    drawing = Drawing(left + 24 * size + 10, top + 7 * size + 20)
    days = tr("days").split(",")
    height = top + 7 * size
    for hour in range(24):
        drawing.add(
            String(
                left + hour * size + size / 2,
                height + 6,
                f"{hour:02d}",
                fontName="Helvetica",
                fontSize=7,
                textAnchor="middle",
            )
        )
    for weekday in range(7):
        y = height - (weekday + 1) * size
        drawing.add(
            String(left - 6, y + size / 2 - 3, days[weekday], fontName="Helvetica", fontSize=8, textAnchor="end")
        )
        for hour in range(24):
            text = shown.get(f"{weekday}-{hour}", "0")
            value = int(text) if text.isdigit() else 0
            share = value / peak if peak else 0.0
            fill = (
                colors.Color(1 - 0.85 * share, 1 - 0.55 * share, 1 - 0.1 * share)
                if value
                else colors.HexColor("#EEF1F4")
            )
            if text not in ("0",) and not value:
                fill = colors.HexColor("#D9E6F5")  # hidden small count: shaded, never scaled
            cell = Rect(left + hour * size, y, size - 1, size - 1)
            cell.fillColor, cell.strokeColor = fill, None
            drawing.add(cell)
            if text != "0":
                ink = colors.white if share > 0.6 else colors.HexColor(_INK)
                drawing.add(
                    String(
                        left + hour * size + size / 2,
                        y + size / 2 - 3,
                        text,
                        fontName="Helvetica",
                        fontSize=7,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
    return drawing
