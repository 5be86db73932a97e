"""Pickup slips and resource sheets, read back from the PDF."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.languages import LANGUAGES
from kiosk.printing.layout import PAPERS, Page, QrBox, TextLine
from kiosk.printing.model import PickupSlip, SlipResource
from kiosk.printing.slip import (
    build_pickup_slip,
    build_resource_sheet,
    layout_pickup_slip,
    layout_resource_sheet,
)
from kiosk.printing.strings import format_when, slip_text

from .pdf_helpers import MM, decoded_qr_codes, ink_near_edges, page_images, page_sizes, pdf_text

WHEN = datetime(2024, 3, 12, 14, 5)
ITEMS = ("Naloxone kit", "Sterile syringes", "Fentanyl test strips")

LONG_FR = (
    "Centre intégré universitaire de santé et de services sociaux : programme de réduction "
    "des méfaits, de prévention des surdoses et d’accompagnement psychosocial"
)
LONG_ES = (
    "Servicio municipal de atención integral y acompañamiento a personas usuarias de drogas "
    "inyectables y a sus familias (programa de intercambio de jeringuillas)"
)
LONG_WORD = "Anticonstitutionnellement-désintoxication-réinsertion"


def resources(count: int) -> list[SlipResource]:
    """``count`` resources: links, phone lines, addresses, long names and all."""
    kinds = [
        SlipResource("naloxone", "Formation à la naloxone", url="https://example.org/naloxone", phone="555-0142"),
        SlipResource("crisis", "Línea de crisis, las 24 horas", phone="1-555-0100"),
        SlipResource("fr-long", LONG_FR, url="https://example.org/fr/services/reduction-des-mefaits",
                     address="1234, boulevard Saint-Joseph Est, bureau 200, Montréal"),
        SlipResource("es-long", LONG_ES, phone="+34 555 01 02 03",
                     address="Calle de la Esperanza 15, 28012 Madrid"),
        SlipResource("word", LONG_WORD, url="https://example.org/" + "tres-long-chemin/" * 4),
        SlipResource("hall", "Salle communautaire", address="12 Harbour Street"),
        SlipResource("clinic", "Clínica de salud sin cita previa", url="https://example.org/clinic",
                     hours="Todos los días 10:00-20:00"),
        SlipResource("housing", "Aide au logement d’urgence", phone="555-0199 poste 4"),
    ]
    return [
        SlipResource(f"{r.key}-{i}", r.name, r.url, r.phone, r.address, r.hours)
        for i, r in enumerate((kinds * 2)[:count])
    ]


def slip(count: int = 3, lang: str = "en", **changes) -> PickupSlip:
    values = dict(site_name="Harbour Drop-in", pickup_code="K7R", created_at=WHEN, lang=lang,
                  resources=resources(count), items=ITEMS)
    values.update(changes)
    return PickupSlip(**values)


def expected_codes(items: list[SlipResource]) -> Counter[str]:
    return Counter(r.qr_data for r in items if r.qr_data)


# ------------------------------------------------------------------ what the slip says


@pytest.mark.parametrize("paper", ["receipt", "letter", "a4"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_slip_shows_the_code_the_time_and_what_to_do(paper, lang):
    text = pdf_text(build_pickup_slip(slip(lang=lang, place_in_queue=4), paper))
    assert "K7R" in text
    assert "Harbour Drop-in" in text
    assert slip_text(lang, "show_code") in text
    assert format_when(WHEN, lang) in text
    assert slip_text(lang, "place_in_queue", n=4) in text


@pytest.mark.parametrize("paper", ["receipt", "letter", "a4"])
def test_supply_names_stay_off_the_slip_by_default(paper):
    pdf = build_pickup_slip(slip(count=3), paper)
    text = pdf_text(pdf).lower()
    for item in ITEMS:
        assert item.lower() not in text
        assert item.encode() not in pdf
    assert slip_text("en", "items_heading").lower() not in text


def test_supply_names_appear_when_the_site_turns_them_on():
    text = pdf_text(build_pickup_slip(slip(show_items=True)))
    assert all(item in text for item in ITEMS)


def test_resources_show_their_name_and_phone_or_address():
    text = pdf_text(build_pickup_slip(slip(count=6, lang="fr")))
    assert "Formation à la naloxone" in text and "555-0142" in text
    assert "1-555-0100" in text
    assert "12 Harbour Street" in text


def test_the_pickup_code_is_the_largest_type_on_the_slip():
    for paper in PAPERS:
        lines = [i for page in layout_pickup_slip(slip(), paper) for i in page.items if isinstance(i, TextLine)]
        code = next(line for line in lines if line.text == "K7R")
        assert code.size >= 48
        assert all(line.size < code.size / 3 for line in lines if line is not code)


def test_receipt_type_stays_readable():
    for count in range(9):
        for lang in ("fr", "es"):
            pages = layout_pickup_slip(slip(count, lang, show_items=True), "receipt")
            sizes = [i.size for i in pages[0].items if isinstance(i, TextLine)]
            assert min(sizes) >= 8


# ------------------------------------------------------------------ QR codes


@pytest.mark.parametrize("paper", ["receipt", "letter", "a4"])
def test_every_code_on_a_slip_scans_to_its_resource(paper):
    slip_resources = resources(5)
    pdf = build_pickup_slip(slip(resources=slip_resources), paper)
    found = Counter(code for image in page_images(pdf) for code in decoded_qr_codes(image))
    assert found == expected_codes(slip_resources)
    assert "tel:15550100" in found


def test_each_code_is_drawn_where_the_layout_put_it():
    slip_resources = resources(4)
    pdf = build_pickup_slip(slip(resources=slip_resources))
    page = layout_pickup_slip(slip(resources=slip_resources))[0]
    image = page_images(pdf, scale=4)[0]
    boxes = [item for item in page.items if isinstance(item, QrBox)]
    assert [box.data for box in boxes] == [r.qr_data for r in slip_resources if r.qr_data]
    for box in boxes:
        x0, y0, x1, y1 = (round(v * 4) for v in box.bounds())
        assert decoded_qr_codes(image.crop((x0, y0, x1, y1))) == [box.data]


def test_codes_keep_their_quiet_zone_clear():
    page = layout_pickup_slip(slip(count=8), "receipt")[0]
    boxes = [item for item in page.items if isinstance(item, QrBox)]
    others = [item for item in page.items if not isinstance(item, QrBox)]
    for box in boxes:
        for other in others:
            assert not _overlap(box.bounds(), other.bounds())


def test_a_resource_without_link_or_phone_gets_no_code():
    hall = SlipResource("hall", "Salle communautaire", address="12 Harbour Street")
    pdf = build_pickup_slip(slip(resources=[hall]))
    assert decoded_qr_codes(page_images(pdf)[0]) == []
    assert "12 Harbour Street" in pdf_text(pdf)


@pytest.mark.parametrize("paper", ["receipt", "letter", "a4"])
def test_resource_sheet_lists_everything_and_scans(paper):
    sheet_resources = resources(8)
    pdf = build_resource_sheet("Ressources : réduction des méfaits", sheet_resources, "fr", paper)
    text = pdf_text(pdf)
    assert "Ressources : réduction des méfaits" in text
    assert "Téléphone : 1-555-0100" in text
    assert "Heures d’ouverture : Todos los días 10:00-20:00" in text
    assert "Calle de la Esperanza 15, 28012 Madrid" in text
    found = Counter(code for image in page_images(pdf) for code in decoded_qr_codes(image))
    assert found == expected_codes(sheet_resources)


# ------------------------------------------------------------------ paper and margins


def test_receipt_slips_are_80_mm_wide_and_as_long_as_their_content():
    short, = page_sizes(build_pickup_slip(slip(count=0)))
    long, = page_sizes(build_pickup_slip(slip(count=8)))
    assert short[0] == pytest.approx(80 * MM, abs=0.01)
    assert long[0] == pytest.approx(80 * MM, abs=0.01)
    assert 40 * MM < short[1] < 120 * MM
    assert long[1] > short[1] + 8 * 36 * MM


@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (210 * MM, 297 * MM))])
def test_sheet_papers_keep_their_size_on_every_page(paper, size):
    sizes = page_sizes(build_pickup_slip(slip(count=8), paper))
    assert len(sizes) >= 2
    assert all(s == pytest.approx(size, abs=0.01) for s in sizes)


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError):
        build_pickup_slip(slip(), "tabloid")


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_inside_margins(pages: list[Page], paper: str) -> None:
    margin = PAPERS[paper].margin
    for page in pages:
        for item in page.items:
            x0, y0, x1, y1 = item.bounds()
            assert x0 >= margin - 1e-6 and x1 <= page.width - margin + 1e-6, item
            assert y0 >= margin - 1e-6 and y1 <= page.height - margin + 1e-6, item
        for a, b in combinations(page.items, 2):
            assert not _overlap(a.bounds(), b.bounds()), (a, b)


@pytest.mark.parametrize("paper", ["receipt", "letter", "a4"])
@pytest.mark.parametrize("lang", ["fr", "es"])
def test_long_names_never_leave_the_page(paper, lang):
    for count in range(9):
        slip_ = slip(count, lang, site_name=LONG_FR if lang == "fr" else LONG_ES, show_items=True,
                     items=(LONG_WORD, LONG_ES), place_in_queue=12)
        assert_inside_margins(layout_pickup_slip(slip_, paper), paper)
        pdf = build_pickup_slip(slip_, paper)
        band = int(PAPERS[paper].margin * 2 * 0.8)
        for image in page_images(pdf, scale=2):
            assert not ink_near_edges(image, band), (paper, lang, count)
    sheet = layout_resource_sheet(LONG_FR, resources(8), lang, paper)
    assert_inside_margins(sheet, paper)
    for image in page_images(build_resource_sheet(LONG_FR, resources(8), lang, paper), scale=2):
        assert not ink_near_edges(image, int(PAPERS[paper].margin * 2 * 0.8))


names = st.text(
    alphabet=st.characters(min_codepoint=32, max_codepoint=0x17F, exclude_categories=("Cc", "Cs")),
    min_size=1,
    max_size=160,
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(names, max_size=8),
    names,
    st.sampled_from(sorted(PAPERS)),
)
def test_any_names_stay_inside_the_margins(resource_names, site_name, paper):
    slip_resources = [
        SlipResource(f"r{i}", name, phone="555-0100", address=name) for i, name in enumerate(resource_names)
    ]
    slip_ = slip(site_name=site_name, resources=slip_resources)
    assert_inside_margins(layout_pickup_slip(slip_, paper), paper)
    assert_inside_margins(layout_resource_sheet(site_name, slip_resources, "es", paper), paper)


def test_a_link_without_phone_or_address_is_written_out_under_its_code():
    link_only = SlipResource("map", "Where to get naloxone", url="https://example.org/map")
    assert "https://example.org/map" in pdf_text(build_pickup_slip(slip(resources=[link_only])))
