"""A service's QR code is the same on the kiosk screen and on a printed slip."""

from __future__ import annotations

import pytest

from kiosk.content import ERROR, Resource
from kiosk.printing.model import SlipResource

TRICKY_NUMBERS = [
    "555-0199 poste 4",
    "514-555-0100 ext. 22",
    "514-555-0100 x22",
    "1-800-NARCAN",
    "+33 1 23 45 67 89",
    " 1 (555) 010-0199 ",
    "911",
]


@pytest.mark.parametrize("phone", TRICKY_NUMBERS)
def test_a_phone_line_dials_the_same_number_on_screen_and_on_paper(phone):
    on_screen = Resource("line", {"en": "Line"}, {"en": "Talk."}, phone=phone).qr_data
    on_paper = SlipResource("line", "Line", phone=phone).qr_data
    assert on_screen is not None and on_screen.startswith("tel:")
    assert on_screen == on_paper


def test_an_extension_never_reaches_the_dialled_number():
    resource = Resource("line", {"en": "Line"}, {"en": "Talk."}, phone="555-0199 poste 4")
    assert resource.qr_data == "tel:5550199"


def test_a_web_address_wins_on_screen_and_on_paper():
    url, phone = "https://example.org/clinic", "555-0100 ext. 3"
    on_screen = Resource("clinic", {"en": "Clinic"}, {"en": "A nurse."}, url=url, phone=phone)
    assert on_screen.qr_data == SlipResource("clinic", "Clinic", url=url, phone=phone).qr_data == url


def test_a_phone_that_is_only_an_extension_is_reported(pack):
    resources_file = pack.root / "resources.toml"
    resources_file.write_text(
        '[desk]\nname = { en = "Desk", fr = "Accueil", es = "Recepción" }\n'
        'description = { en = "Ask.", fr = "Demandez.", es = "Pregunte." }\nphone = "poste 4"\n',
        encoding="utf-8")
    loaded = pack.load()
    problems = [p for p in loaded.problems if p.path == resources_file and p.severity == ERROR]
    assert any("resource 'desk': 'phone' has no digits to dial" in p.message for p in problems)
    assert loaded.resource("desk").qr_data is None
