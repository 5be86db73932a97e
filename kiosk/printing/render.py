"""Laid-out pages to PDF bytes with reportlab.

QR codes are drawn as filled rectangles straight from the cached matrix
runs, in module units under a scale transform, so each code's path is built
once per process and every copy stays a sharp vector.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from kiosk.printing.layout import Page, QrBox, Rule, TextLine
from kiosk.printing.qr import qr_matrix, qr_runs


def render_pdf(pages: Sequence[Page], title: str) -> bytes:
    """One PDF with ``pages``; ``title`` goes in the document information."""
    buffer = io.BytesIO()
    first = pages[0]
    canvas = Canvas(buffer, pagesize=(first.width, first.height), invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("dropin-kiosk")
    for page in pages:
        canvas.setPageSize((page.width, page.height))
        _draw_page(canvas, page)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_page(canvas: Canvas, page: Page) -> None:
    font: tuple[str, float] | None = None
    for item in page.items:
        if isinstance(item, TextLine):
            if font != (item.font, item.size):
                font = (item.font, item.size)
                canvas.setFont(item.font, item.size)
            canvas.drawString(item.x, page.height - item.top - item.ascent, item.text)
        elif isinstance(item, QrBox):
            _draw_qr(canvas, item, page.height)
        elif isinstance(item, Rule):
            canvas.rect(item.x, page.height - item.top - item.thickness, item.width, item.thickness,
                        stroke=0, fill=1)


def _draw_qr(canvas: Canvas, box: QrBox, page_height: float) -> None:
    canvas.saveState()
    canvas.translate(box.x, page_height - box.top - box.size)
    canvas.scale(box.module, box.module)
    canvas.drawPath(_qr_path(box.data), stroke=0, fill=1)
    canvas.restoreState()


@lru_cache(maxsize=256)
def _qr_path(data: str) -> PDFPathObject:
    """The dark modules of ``data`` as one path, in module units, y upwards.

    The path only holds PDF operators as text, so one object serves every
    canvas that draws this code.
    """
    modules = len(qr_matrix(data))
    path = PDFPathObject()
    for column, row, width, height in qr_runs(data):
        path.rect(column, modules - row - height, width, height)
    return path
