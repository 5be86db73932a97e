"""Phone numbers as people write them, turned into something a phone can dial.

A service's number appears as a QR code on the kiosk screen and on printed
slips. Both go through ``tel_uri`` so one number always gives one code: a
visitor who scans the slip at home reaches the same line as at the kiosk.

Plain Python on purpose (no Qt).
"""

from __future__ import annotations

import re

_DIGITS = "0123456789"
# Letters on a phone keypad, for numbers written as words ("1-800-NARCAN").
_KEYPAD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "22233344455566677778889999",
)
# An extension at the end of a number: "ext. 22", "poste 22", "x22", "ext 22".
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|extensión|poste|x)\s*\d+\s*$", re.IGNORECASE)


def tel_number(phone: str) -> str:
    """The dialable part of a phone number as written for people.

    Keeps a leading ``+`` and the digits, turns keypad letters into digits and
    drops an extension, which a ``tel:`` link cannot dial. Empty when there is
    no number.
    """
    number = _EXTENSION.sub("", phone.strip())
    if not any(ch in _DIGITS for ch in number):
        return ""
    number = number.upper().translate(_KEYPAD)
    digits = "".join(ch for ch in number if ch in _DIGITS)
    return ("+" if number.lstrip().startswith("+") else "") + digits


def tel_uri(phone: str | None) -> str | None:
    """A ``tel:`` link that dials ``phone``, or None when there is nothing to dial.

    >>> tel_uri("555-0199 poste 4")
    'tel:5550199'
    >>> tel_uri("+1 800 NARCAN")
    'tel:+1800627226'
    """
    number = tel_number(phone or "")
    return f"tel:{number}" if number else None
