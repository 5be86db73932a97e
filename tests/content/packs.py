"""Small content packs written to a temporary folder, shaped like the shipped one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.content import ContentPack
from kiosk.languages import LANGUAGES

ICON = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" fill="none" '
        'stroke="#1F2A44" stroke-width="3"><circle cx="24" cy="24" r="18"/></svg>\n')
ICONS = ("information", "overdose", "health", "naloxone-nasal", "bandage")

CATEGORIES = """\
[health]
icon = "health"
order = 20
name = { en = "Health", fr = "Santé", es = "Salud" }

[overdose]
icon = "overdose"
order = 10
name = { en = "Overdose", fr = "Surdose", es = "Sobredosis" }
"""

RESOURCES = """\
[emergency]
name = { en = "Emergency", fr = "Urgence", es = "Emergencia" }
description = { en = "Call for help.", fr = "Appelez à l'aide.", es = "Pida ayuda." }
phone = "911"

[clinic]
name = { en = "Clinic", fr = "Clinique", es = "Clínica" }
description = { en = "A nurse.", fr = "Une infirmière.", es = "Una enfermera." }
url = "https://example.org/clinic"
phone = "555-0100"
address = "1 Sample Street"
hours = { en = "Every day", fr = "Tous les jours", es = "Todos los días" }
"""

BODY = "## What to do\n1. Call for help.\n2. Stay with them.\n"


def toml_value(value: object) -> str:
    """A Python value as TOML, enough for front matter."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, date)):
        return str(value) if not isinstance(value, date) else value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(value)


def front_matter(page_id: str, **fields: object) -> dict[str, object]:
    """Valid front matter for ``page_id``; pass a field as None to leave it out."""
    values: dict[str, object] = {
        "id": page_id, "title": f"Page {page_id}", "category": "overdose", "icon": "overdose",
        "summary": "What to do.", "reviewed": date(2026, 11, 1), "sources": ["Health Canada"],
        "related_resources": ["emergency"], "keywords": ["help"],
    }
    values.update(fields)
    return {k: v for k, v in values.items() if v is not None}


def page_text(page_id: str, body: str = BODY, **fields: object) -> str:
    lines = [f"{k} = {toml_value(v)}" for k, v in front_matter(page_id, **fields).items()]
    return "+++\n" + "\n".join(lines) + "\n+++\n" + body


@dataclass
class Pack:
    """A pack in ``root``: content/{en,fr,es}, categories, resources and icons."""

    root: Path

    @classmethod
    def create(cls, root: Path) -> Pack:
        pack = cls(root)
        for lang in LANGUAGES:
            (pack.content / lang).mkdir(parents=True, exist_ok=True)
        (pack.content / "categories.toml").write_text(CATEGORIES, encoding="utf-8")
        (root / "resources.toml").write_text(RESOURCES, encoding="utf-8")
        (root / "icons").mkdir(exist_ok=True)
        for name in ICONS:
            (root / "icons" / f"{name}.svg").write_text(ICON, encoding="utf-8")
        return pack

    @property
    def content(self) -> Path:
        return self.root / "content"

    def page(self, lang: str, page_id: str, body: str = BODY, **fields: object) -> Path:
        """Write a valid page (in every given field's form) and return its path."""
        return self.write(f"{lang}/{page_id}.md", page_text(page_id, body, **fields))

    def everywhere(self, page_id: str, **fields: object) -> None:
        """The same page in English, French and Spanish."""
        for lang in LANGUAGES:
            self.page(lang, page_id, **fields)

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def load(self) -> ContentPack:
        return ContentPack.load(self.content)
