"""How long a pickup slip and a resource sheet take to build.

Usage: python bench/slips.py [--repetitions N]

Times, with time.perf_counter after a warm-up, the median of N builds of:

- a receipt pickup slip with three QR codes (target: 20 ms or less),
- a Letter resource sheet with every demo resource (target: 100 ms or less),
- the same slip with reportlab's own QrCodeWidget drawing the codes, the
  baseline the kiosk's own drawing is measured against.

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

try:
    import kiosk  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing import render
from kiosk.printing.demo import demo_resources
from kiosk.printing.layout import Page, QrBox, Rule, TextLine
from kiosk.printing.model import PickupSlip
from kiosk.printing.qr import qr_matrix, qr_runs
from kiosk.printing.slip import build_pickup_slip, build_resource_sheet, layout_pickup_slip

SLIP_TARGET_MS = 20.0
SHEET_TARGET_MS = 100.0


def median_ms(build: Callable[[], bytes], repetitions: int, warm_up: int = 5) -> float:
    for _ in range(warm_up):
        build()
    times = []
    for _ in range(repetitions):
        started = time.perf_counter()
        build()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def with_reportlab_widget(slip: PickupSlip) -> bytes:
    """The same slip, laid out the same way, with reportlab drawing the codes."""
    pages = layout_pickup_slip(slip, "receipt")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(pages[0].width, pages[0].height), invariant=True)
    for page in pages:
        _draw_with_widget(canvas, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_with_widget(canvas: Canvas, page: Page) -> None:
    for item in page.items:
        if isinstance(item, TextLine):
            canvas.setFont(item.font, item.size)
            canvas.drawString(item.x, page.height - item.top - item.ascent, item.text)
        elif isinstance(item, Rule):
            canvas.rect(item.x, page.height - item.top - item.thickness, item.width, item.thickness,
                        stroke=0, fill=1)
        elif isinstance(item, QrBox):
            widget = QrCodeWidget(item.data, barLevel="M", barBorder=4)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(item.size, item.size,
                              transform=[item.size / (x1 - x0), 0, 0, item.size / (y1 - y0), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, item.x, page.height - item.top - item.size)


def cold_ms(build: Callable[[], bytes]) -> float:
    """One build with every QR cache emptied, as on the first slip of the day."""
    qr_matrix.cache_clear()
    qr_runs.cache_clear()
    render._qr_path.cache_clear()
    started = time.perf_counter()
    build()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repetitions", type=int, default=50)
    repetitions = parser.parse_args().repetitions

    resources = demo_resources("en")
    slip = PickupSlip(
        site_name="Harbour Drop-in",
        pickup_code="K7R",
        created_at=datetime(2024, 3, 12, 14, 5),
        resources=resources[:3],
        place_in_queue=3,
    )
    codes_on_slip = sum(1 for r in slip.resources if r.qr_data)

    cold = cold_ms(lambda: build_pickup_slip(slip))
    slip_ms = median_ms(lambda: build_pickup_slip(slip), repetitions)
    sheet_ms = median_ms(lambda: build_resource_sheet("Resources", resources, "en", "letter"), repetitions)
    baseline_ms = median_ms(lambda: with_reportlab_widget(slip), repetitions)

    print(f"pickup slip, {codes_on_slip} QR codes:        {slip_ms:7.2f} ms (target {SLIP_TARGET_MS:g} ms)")
    print(f"  first build, caches empty:    {cold:7.2f} ms")
    print(f"  with reportlab's QrCodeWidget: {baseline_ms:7.2f} ms ({baseline_ms / slip_ms:.1f} x slower)")
    print(f"resource sheet, {len(resources)} resources:     {sheet_ms:7.2f} ms (target {SHEET_TARGET_MS:g} ms)")
    print(json.dumps({
        "slip_ms": round(slip_ms, 3),
        "slip_cold_ms": round(cold, 3),
        "slip_qr_codes": codes_on_slip,
        "baseline_qrcodewidget_slip_ms": round(baseline_ms, 3),
        "baseline_ratio": round(baseline_ms / slip_ms, 2),
        "sheet_ms": round(sheet_ms, 3),
        "sheet_resources": len(resources),
        "slip_target_ms": SLIP_TARGET_MS,
        "sheet_target_ms": SHEET_TARGET_MS,
        "slip_within_target": slip_ms <= SLIP_TARGET_MS,
        "sheet_within_target": sheet_ms <= SHEET_TARGET_MS,
        "repetitions": repetitions,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
