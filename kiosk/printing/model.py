"""What goes on a printed slip, as plain data."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

# Letters on a phone keypad, for numbers written as words ("1-800-NARCAN").
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "22233344455566677778889999",
)
# An extension at the end of a number: "ext. 22", "poste 22", "x22", "ext 22".
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|extensión|poste|x)\s*\d+\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class SlipResource:
    """A service or contact a slip or a resource sheet points to.

    Texts are already in the visitor's language.
    """

    key: str
    name: str
    url: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""

    @property
    def qr_data(self) -> str | None:
        """What the QR code holds: the link, else a ``tel:`` number, else none."""
        if self.url.strip():
            return self.url.strip()
        number = tel_number(self.phone)
        return f"tel:{number}" if number else None


@dataclass(frozen=True)
class PickupSlip:
    """Everything printed on one pickup slip.

    ``items`` are the names of what was asked for; they are printed only when
    the site turns ``show_items`` on, so a slip found later says nothing
    about its holder.
    """

    site_name: str
    pickup_code: str
    created_at: datetime
    lang: str = "en"
    resources: Sequence[SlipResource] = ()
    items: Sequence[str] = ()
    show_items: bool = False
    place_in_queue: int | None = None


def tel_number(phone: str) -> str:
    """The dialable part of a phone number as written for people.

    Keeps a leading ``+`` and the digits, turns keypad letters into digits and
    drops an extension, which a ``tel:`` link cannot dial. Empty when there is
    no number.
    """
    number = _EXTENSION.sub("", phone.strip())
    if not any(ch in "0123456789" for ch in number):
        return ""
    number = number.upper().translate(_KEYPAD)
    digits = "".join(ch for ch in number if ch in "0123456789")
    return ("+" if number.lstrip().startswith("+") else "") + digits
