"""A slip for a request that is also for others says "+N others", and a discreet slip still names no supplies."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.printing import PickupSlip
from kiosk.printing.slip import layout_pickup_slip


def _texts(slip: PickupSlip) -> str:
    pages = layout_pickup_slip(slip)
    return repr(pages)


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "+2 others"), ("fr", "+2 autres personnes"), ("es", "+2 personas más")]
)
def test_the_slip_says_how_many_others(lang, words):
    when = dt.datetime(2026, 12, 1, 14, 5, tzinfo=dt.UTC)
    slip = PickupSlip("Drop-in", "K7P", when, lang, items=["Naloxone nasal spray"], show_items=False, for_others=2)

    text = _texts(slip)
    assert words in text
    assert "Naloxone" not in text  # discreet: the supplies stay off the paper
    assert "others" not in _texts(PickupSlip("Drop-in", "K7P", when, "en"))
    assert "+1 other" in _texts(PickupSlip("Drop-in", "K7P", when, "en", for_others=1))
