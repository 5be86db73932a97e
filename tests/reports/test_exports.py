"""The CSV and PDF files: read back and checked against the hand-counted week."""

from __future__ import annotations

import csv
import io

import pytest

from kiosk.reports.csv_export import report_csv, write_csv
from kiosk.reports.pdf_export import report_pdf
from kiosk.reports.writing import ReportFileError
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import EXPECTED, MON, MON2, build_week
from tests.printing.pdf_helpers import pdf_text


@pytest.fixture
def report(sqlite_db):
    services, _clock, _ids = build_week(sqlite_db, fast_hasher())
    return services.reports.build(MON, MON2, "week", asked_by=SETUP)


def parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_raw_csv_reads_back_to_the_hand_counts(report, tmp_path):
    path = write_csv(report, tmp_path / "report.csv", raw=True)
    rows = parse(path.read_text(encoding="utf-8"))

    assert list(rows[0]) == ["Period start", "Period end", "Figure id", "Figure", "Key", "Detail", "Value"]
    totals: dict[tuple[str, str], int] = {}
    for row in rows:
        assert row["Period start"] in ("2026-11-02", "2026-11-09")  # ISO dates
        if row["Value"].lstrip("-").isdigit() and not row["Figure id"].startswith(("stock_opening", "stock_closing")):
            key = (row["Figure id"], row["Key"])
            totals[key] = totals.get(key, 0) + int(row["Value"])
    for key in ("encounters", "encounters_by_kind", "given_by_group", "page_views", "sharps_returned"):
        for (figure, item), want in EXPECTED.items():
            if figure == key:
                assert totals.get((figure, item), 0) == want, (figure, item)
    figures = {row["Figure id"] for row in rows}
    assert len(rows) == len(report.rows)  # one row per period and figure
    assert {"encounters", "wait_median_s", "busiest_hours", "stock_closing", "overdose_responses"} <= figures


def test_shared_csv_hides_small_counts_and_speaks_french(report):
    rows = parse(report_csv(report, "fr"))

    assert list(rows[0])[0] == "Début de la période"
    first_week = {
        (r["Code de l’indicateur"], r["Clé"]): r["Valeur"] for r in rows if r["Début de la période"] == "2026-11-02"
    }
    assert first_week[("encounters", "")] == "5"
    assert first_week[("encounters_by_kind", "emergency")] == "<5"
    assert first_week[("encounters_by_kind", "services")] == "<5"
    assert first_week[("given_by_group", "safer_smoking")] == "0"
    assert first_week[("given_by_supply", "syringe-1ml")] == "6"
    assert first_week[("overdose_responses", "")] == "<5"  # R4, one response
    assert first_week[("overdose_false_alarms", "")] == "0"
    names = {r["Détail"] for r in rows}
    assert "Naloxone en vaporisateur nasal" in names and "Matériel" in names


def test_pdf_names_the_site_the_period_the_version_and_the_figures(report):
    from kiosk import __version__

    text = pdf_text(report_pdf(report, "en"))

    assert "Activity report" in text
    assert "Site: Drop-in centre" in text
    assert "Period: 2026-11-02 to 2026-11-09, by week" in text
    assert f"Drop-in kiosk {__version__}" in text
    assert "Encounters (requests)" in text and "Naloxone kits" in text
    assert "Overdose responses where emergency services were called" in text
    assert "Overdose: median seconds from tap to closing the response" in text
    assert "<5" in text  # the shared report hides small counts


def test_raw_pdf_shows_the_numbers(report):
    text = pdf_text(report_pdf(report, "es", raw=True))
    assert "Informe interno" in text
    assert "Sitio: Drop-in centre" in text
    assert "<5" not in text


def test_an_unwritable_place_gives_a_clear_message(report, tmp_path):
    with pytest.raises(ReportFileError, match="does not exist"):
        write_csv(report, tmp_path / "missing" / "report.csv")
    with pytest.raises(ReportFileError, match="is a folder"):
        write_csv(report, tmp_path)


def test_progress_reaches_the_end(report):
    seen: list[tuple[int, int]] = []
    report_pdf(report, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]


def test_the_summary_page_has_people_reached_reversals_and_each_sites_encounters():
    import datetime as dt

    from kiosk.data.report_model import Period, Report, ReportRow
    from tests.printing.pdf_helpers import pdf_pages

    periods = (Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31)), Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30)))
    figures = {  # per period: encounters, people reached, reversals, each site's share
        periods[0]: (3141, 3777, 58, {"Harbour": 1203, "Riverside": 1938}),
        periods[1]: (2718, 3316, 61, {"Harbour": 1121, "Riverside": 1597}),
    }
    rows: list[ReportRow] = []
    for period, (encounters, reached, reversals, shares) in figures.items():
        rows += [
            ReportRow(period, "encounters", "", encounters),
            ReportRow(period, "people_reached", "", reached),
            ReportRow(period, "reversals_reported", "", reversals),
        ]
        rows += [ReportRow(period, "encounters_by_site", site, n, ("encounters", "")) for site, n in shares.items()]
    report = Report(
        first=periods[0].first, last=periods[-1].last, by="month", site_id=None, site_name="Harbour, Riverside",
        periods=periods, rows=tuple(rows), made_at=dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC), version="1.0",
        time_zone="UTC",
    )

    first_page = " ".join(next(pdf_pages(report_pdf(report, "en", raw=True))).get_textpage().get_text_bounded().split())

    assert "People reached" in first_page and "reversed with naloxone" in first_page
    assert "Encounters by site" in first_page and "Harbour" in first_page and "Riverside" in first_page
    for encounters, reached, reversals, shares in figures.values():
        for number in (encounters, reached, reversals, *shares.values()):
            assert str(number) in first_page, number
