"""The languages the product ships in, defined once (plain Python, no Qt).

English is the source language of the Qt catalogues and the fallback of the
content pack and the printed slips. A site offers a subset of these in its
settings; a centre that adds a language adds it here, with its catalogue
``translations/kiosk_<lang>.ts`` and its pages in the content pack.
"""

from __future__ import annotations

SOURCE_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
