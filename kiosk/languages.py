"""The languages the product ships in, found from its files (plain Python, no Qt).

English is the source language of the Qt catalogues and the fallback of the
content pack and the printed slips. Every other language is there because its
compiled catalogue ``translations/kiosk_<lang>.qm`` is: a centre that adds a
language adds files (the catalogue, and its pages in the content pack), not
code. A site offers a subset of these in its settings.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.paths import translations_dir

SOURCE_LANGUAGE = "en"
#: The languages made with the product, in the order their buttons show; added ones follow, by code.
BUILT_IN: tuple[str, ...] = ("en", "fr", "es")
_CODE = re.compile(r"kiosk_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm")


def discover_languages(directory: Path | None = None) -> tuple[str, ...]:
    """The source language, then every language with a compiled catalogue in ``directory``."""
    folder = directory or translations_dir()
    found = set()
    if folder.is_dir():
        for path in folder.iterdir():
            match = _CODE.fullmatch(path.name)
            if match:
                found.add(match.group(1))
    found.discard(SOURCE_LANGUAGE)
    ordered = [lang for lang in BUILT_IN if lang in found]
    return (SOURCE_LANGUAGE, *ordered, *sorted(found - set(BUILT_IN)))


LANGUAGES: tuple[str, ...] = discover_languages()
