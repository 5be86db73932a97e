"""Pickup codes: short, easy to read aloud, and telling nothing.

Codes are drawn at random (never counted up), so a code says nothing about
how busy the centre is and two visits cannot be linked by their codes. The
alphabet leaves out characters that look or sound alike (0/O/Q/D, 1/I/L,
2/Z, 5/S, 8/B, 6/G) and vowels, so no code spells a word.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Container

ALPHABET = "CFHJKMNPRTVWXY34679"
CODE_LENGTH = 3


class CodesExhausted(RuntimeError):
    """Every code is in use by an open request (thousands of them)."""


def random_code(choice: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choice(ALPHABET) for _ in range(CODE_LENGTH))


def new_code(in_use: Container[str], choice: Callable[[str], str] = secrets.choice, tries: int = 200) -> str:
    """A random code that no open request holds."""
    for _ in range(tries):
        code = random_code(choice)
        if code not in in_use:
            return code
    raise CodesExhausted("no free pickup code")
