"""Pickup codes: short, easy to read aloud, and telling nothing.

Codes are drawn at random (never counted up), so a code says nothing about
how busy the centre is and two visits cannot be linked by their codes. The
alphabet leaves out characters that look or sound alike (0/O/Q/D, 1/I/L,
2/Z, 5/S, 8/B, 6/G) and vowels, so no code spells a word.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

ALPHABET = "CFHJKMNPRTVWXY34679"
CODE_LENGTH = 3


def random_code(choice: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choice(ALPHABET) for _ in range(CODE_LENGTH))
