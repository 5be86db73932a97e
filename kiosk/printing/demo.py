"""Resources for test slips: the content pack's, or a few built-in samples."""

from __future__ import annotations

import tomllib
from pathlib import Path

from kiosk import paths
from kiosk.printing.model import SlipResource

# Placeholder services: example.org links and 555 numbers reach no one.
_SAMPLES: tuple[dict[str, object], ...] = (
    {
        "key": "naloxone-training",
        "name": {
            "en": "Naloxone training and free kits",
            "fr": "Formation à la naloxone et trousses gratuites",
            "es": "Capacitación sobre naloxona y kits gratuitos",
        },
        "url": "https://example.org/naloxone",
        "phone": "555-0142",
        "hours": {"en": "Mon-Fri 9:00-17:00", "fr": "lun.-ven. 9 h-17 h", "es": "lun.-vie. 9:00-17:00"},
    },
    {
        "key": "crisis-line",
        "name": {
            "en": "Crisis line, 24 hours",
            "fr": "Ligne de crise, 24 heures sur 24",
            "es": "Línea de crisis, las 24 horas",
        },
        "phone": "1-555-0100",
    },
    {
        "key": "health-clinic",
        "name": {
            "en": "Drop-in health clinic",
            "fr": "Clinique de santé sans rendez-vous",
            "es": "Clínica de salud sin cita previa",
        },
        "url": "https://example.org/clinic",
        "address": "12 Harbour Street",
        "hours": {"en": "Every day 10:00-20:00", "fr": "Tous les jours 10 h-20 h", "es": "Todos los días 10:00-20:00"},
    },
)


def demo_resources(lang: str = "en", toml_file: Path | None = None) -> list[SlipResource]:
    """The content pack's resources in ``lang``, or the built-in samples.

    The pack's ``resources.toml`` is used when it exists and can be read;
    otherwise three samples (one reachable only by phone) stand in.
    """
    path = toml_file or paths.resources_dir() / "resources.toml"
    tables: list[dict[str, object]] = list(_SAMPLES)
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    loaded = [{"key": key, **table} for key, table in data.items() if isinstance(table, dict)]
    if loaded:
        tables = loaded
    resources = [_resource(table, lang) for table in tables]
    return [resource for resource in resources if resource.name]


def _resource(table: dict[str, object], lang: str) -> SlipResource:
    return SlipResource(
        key=str(table["key"]),
        name=_text(table.get("name"), lang),
        url=_text(table.get("url"), lang),
        phone=_text(table.get("phone"), lang),
        address=_text(table.get("address"), lang),
        hours=_text(table.get("hours"), lang),
    )


def _text(value: object, lang: str) -> str:
    """A plain string, or the ``lang`` entry (else English) of a per-language table."""
    if isinstance(value, dict):
        value = value.get(lang) or value.get("en") or ""
    return value.strip() if isinstance(value, str) else ""
