"""What a resource's QR code holds."""

from __future__ import annotations

import pytest

from kiosk.printing.model import SlipResource, tel_number


def test_a_link_wins_over_a_phone_number():
    resource = SlipResource("clinic", "Clinic", url=" https://example.org/clinic ", phone="555-0100")
    assert resource.qr_data == "https://example.org/clinic"


def test_a_phone_line_gets_a_tel_code():
    assert SlipResource("line", "Crisis line", phone="1 (555) 010-0199").qr_data == "tel:15550100199"


def test_a_resource_without_link_or_number_has_no_code():
    assert SlipResource("hall", "Community hall", address="12 Harbour Street").qr_data is None


@pytest.mark.parametrize(
    ("written", "dialled"),
    [
        ("+33 1 23 45 67 89", "+33123456789"),
        ("514-555-0100 ext. 22", "5145550100"),
        ("514 555-0100 poste 22", "5145550100"),
        ("1-800-NARCAN", "1800627226"),
        ("811", "811"),
        ("no number", ""),
        ("", ""),
    ],
)
def test_phone_numbers_are_dialable(written, dialled):
    assert tel_number(written) == dialled
