"""Phone numbers as written on a service's card become a QR code that dials them."""

from __future__ import annotations

import pytest

from kiosk.phone import tel_number, tel_uri


@pytest.mark.parametrize(
    ("written", "link"),
    [
        ("911", "tel:911"),
        ("555-0199", "tel:5550199"),
        ("  1 (555) 010-0199 ", "tel:15550100199"),
        ("+33 1 23 45 67 89", "tel:+33123456789"),
        (" +1 800 555 0100", "tel:+18005550100"),
        ("555-0199 poste 4", "tel:5550199"),
        ("514-555-0100 ext. 22", "tel:5145550100"),
        ("514-555-0100 Ext 22", "tel:5145550100"),
        ("514-555-0100 extension 22", "tel:5145550100"),
        ("55 5555 0100 extensión 7", "tel:5555550100"),
        ("514-555-0100 x22", "tel:5145550100"),
        ("1-800-NARCAN", "tel:1800627226"),
        ("1-800-narcan", "tel:1800627226"),
    ],
)
def test_a_written_number_becomes_the_link_a_phone_dials(written, link):
    assert tel_uri(written) == link
    assert tel_number(written) == link.removeprefix("tel:")


@pytest.mark.parametrize("written", [None, "", "   ", "none", "ext. 22", "poste 4", "+"])
def test_nothing_to_dial_gives_no_link(written):
    assert tel_uri(written) is None
