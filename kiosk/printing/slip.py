"""Pickup slips and resource sheets: what goes where, and the PDF.

A pickup slip carries the site's name, the pickup code in very large type,
the time, what to do with it, and QR codes for the resources linked to what
was asked for. It names the supplies only when the site asks for it: a slip
found in a pocket must not tell what its holder picked up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.printing.layout import (
    MM,
    Align,
    Block,
    Flow,
    Page,
    Paper,
    Rule,
    beside,
    paper_for,
    qr_block,
    stack,
    text_block,
)
from kiosk.printing.model import PickupSlip, SlipResource
from kiosk.printing.render import render_pdf
from kiosk.printing.strings import format_when, others_text, slip_text
from kiosk.printing.text import Style

REGULAR = "Helvetica"
BOLD = "Helvetica-Bold"


@dataclass(frozen=True)
class Look:
    """Type sizes and code sizes for one kind of paper."""

    site: Style
    heading: Style
    code: Style
    body: Style
    emphasis: Style
    name: Style
    detail: Style
    small: Style
    qr: float
    columns: int
    gap: float


# A thermal receipt is read at arm's length: body text stays at 8 pt or more.
RECEIPT_LOOK = Look(
    site=Style(BOLD, 13, 9),
    heading=Style(REGULAR, 10, 8),
    code=Style(BOLD, 64, 28, leading=1.0),
    body=Style(REGULAR, 10, 8),
    emphasis=Style(BOLD, 12, 9),
    name=Style(BOLD, 11, 8.5),
    detail=Style(REGULAR, 10, 8),
    small=Style(REGULAR, 8.5, 8),
    qr=36 * MM,
    columns=1,
    gap=3 * MM,
)

PAGE_LOOK = Look(
    site=Style(BOLD, 20, 12),
    heading=Style(REGULAR, 14, 10),
    code=Style(BOLD, 120, 36, leading=1.0),
    body=Style(REGULAR, 14, 10),
    emphasis=Style(BOLD, 20, 12),
    name=Style(BOLD, 13, 9),
    detail=Style(REGULAR, 11, 8.5),
    small=Style(REGULAR, 10, 8),
    qr=40 * MM,
    columns=3,
    gap=5 * MM,
)


def look_for(paper: Paper) -> Look:
    return RECEIPT_LOOK if paper.height is None else PAGE_LOOK


def build_pickup_slip(slip: PickupSlip, paper: str = "receipt") -> bytes:
    """The pickup slip as a PDF for ``paper`` (receipt, letter or a4)."""
    return render_pdf(layout_pickup_slip(slip, paper), title="Pickup slip")


def build_resource_sheet(
    title: str, resources: Sequence[SlipResource], lang: str = "en", paper: str = "letter"
) -> bytes:
    """A card of ``resources`` (QR, name, phone, address, hours) as a PDF."""
    return render_pdf(layout_resource_sheet(title, resources, lang, paper), title=title)


def layout_pickup_slip(slip: PickupSlip, paper: str = "receipt") -> list[Page]:
    """The pages of a pickup slip, laid out but not drawn."""
    sheet = paper_for(paper)
    look = look_for(sheet)
    width = sheet.content_width
    lang = slip.lang
    flow = Flow(sheet)
    flow.add(text_block(slip.site_name, look.site, width, "center", max_lines=3))
    flow.add(text_block(slip_text(lang, "code_heading"), look.heading, width, "center"), look.gap)
    flow.add(_code_block(slip.pickup_code, look.code, width), look.gap / 2)
    flow.add(text_block(format_when(slip.created_at, lang), look.body, width, "center"), look.gap)
    flow.add(text_block(slip_text(lang, "show_code"), look.emphasis, width, "center"), look.gap / 2)
    if slip.place_in_queue is not None:
        place = slip_text(lang, "place_in_queue", n=slip.place_in_queue)
        flow.add(text_block(place, look.body, width, "center"), look.gap / 2)
    if slip.for_others > 0:
        others = others_text(lang, slip.for_others)
        flow.add(text_block(others, look.emphasis, width, "center"), look.gap / 2)
    if slip.show_items and slip.items:
        flow.add(_rule(width), look.gap)
        flow.add(text_block(slip_text(lang, "items_heading"), look.heading, width), look.gap)
        for item in slip.items:
            flow.add(text_block(f"\u2022 {item}", look.body, width), look.gap / 3)
    if slip.resources:
        flow.add(_rule(width), look.gap)
        heading = slip_text(lang, "resources_heading")
        flow.add(text_block(heading, look.heading, width, "center"), look.gap)
        column_gap = look.gap
        cell_width = (width - (look.columns - 1) * column_gap) / look.columns
        cells = [_slip_cell(resource, look, cell_width, sheet.dot) for resource in slip.resources]
        for start in range(0, len(cells), look.columns):
            row = cells[start : start + look.columns]
            offset = (look.columns - len(row)) * (cell_width + column_gap) / 2
            placed = [(offset + i * (cell_width + column_gap), cell) for i, cell in enumerate(row)]
            flow.add(beside(placed), look.gap * 1.5)
    return flow.finish()


def layout_resource_sheet(
    title: str, resources: Sequence[SlipResource], lang: str = "en", paper: str = "letter"
) -> list[Page]:
    """The pages of a resource sheet, laid out but not drawn."""
    sheet = paper_for(paper)
    look = look_for(sheet)
    width = sheet.content_width
    flow = Flow(sheet)
    receipt = sheet.height is None
    flow.add(text_block(title, look.site, width, "center" if receipt else "left"))
    for resource in resources:
        flow.add(_rule(width), look.gap)
        if receipt:
            card = stack(
                [_qr(resource, look.qr, width, sheet.dot), _sheet_text(resource, look, lang, width, "center")],
                look.gap / 2,
            )
        else:
            qr_size = look.qr * 0.8
            text_left = qr_size + look.gap * 1.5
            card = beside(
                [
                    (0.0, _qr(resource, qr_size, qr_size, sheet.dot)),
                    (text_left, _sheet_text(resource, look, lang, width - text_left, "left")),
                ]
            )
        flow.add(card, look.gap)
    return flow.finish()


def _code_block(code: str, style: Style, width: float) -> Block:
    """The pickup code on one line, as large as the width allows."""
    natural = stringWidth(code, style.font, 1.0) or 1.0
    size = max(style.min_size, min(style.size, width / natural))
    return text_block(code, Style(style.font, size, style.min_size, style.leading), width, "center")


def _slip_cell(resource: SlipResource, look: Look, width: float, dot: float | None) -> Block:
    """A QR code with the name under it, then the phone and address.

    A link with neither is written out, for whoever cannot scan it.
    """
    details = [text for text in (resource.phone, resource.address) if text]
    detail = text_block("\n".join(details), look.detail, width, "center")
    if not details:
        detail = text_block(resource.url, look.small, width, "center")
    return stack(
        [
            _qr(resource, look.qr, width, dot),
            text_block(resource.name, look.name, width, "center", max_lines=3),
            detail,
        ],
        look.gap / 2,
    )


def _sheet_text(resource: SlipResource, look: Look, lang: str, width: float, align: Align) -> Block:
    blocks = [text_block(resource.name, look.name, width, align, max_lines=3)]
    if resource.phone:
        phone = slip_text(lang, "phone_line", phone=resource.phone)
        blocks.append(text_block(phone, look.detail, width, align))
    if resource.address:
        blocks.append(text_block(resource.address, look.detail, width, align))
    if resource.hours:
        hours = slip_text(lang, "hours_line", hours=resource.hours)
        blocks.append(text_block(hours, look.detail, width, align))
    if resource.url:
        blocks.append(text_block(resource.url, look.small, width, align))
    return stack(blocks, look.gap / 3)


def _qr(resource: SlipResource, target: float, width: float, dot: float | None) -> Block:
    data = resource.qr_data
    return qr_block(data, target, width, dot) if data else Block(0.0)


def _rule(width: float) -> Block:
    return Block(0.6, [Rule(0.0, 0.0, width)])
