"""categories.toml and resources.toml, and staff edits laid over the resources."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.content.files import Fields, read_toml
from kiosk.content.model import BASE_LANG, DEFAULT_ICON, WARNING, Category, Problem, Resource
from kiosk.phone import tel_uri

_RESOURCE_FIELDS = ("name", "description", "url", "phone", "address", "hours", "demo")
_CATEGORY_FIELDS = ("icon", "order", "name")
_OVERRIDE_FIELDS = {"name": "names", "names": "names", "description": "descriptions",
                    "descriptions": "descriptions", "hours": "hours", "url": "url",
                    "phone": "phone", "address": "address", "demo": "demo"}


def load_categories(path: Path, languages: tuple[str, ...], icons: frozenset[str],
                    problems: list[Problem]) -> tuple[Category, ...]:
    """Categories in display order; one with a bad icon keeps a default icon."""
    data, problem = read_toml(path)
    if data is None:
        assert problem is not None, "read_toml gives data or a problem"
        problems.append(problem)
        return ()
    categories = []
    for key, table in data.items():
        if not isinstance(table, dict):
            problems.append(Problem(path, f"category '{key}' must be a [{key}] table"))
            continue
        fields = Fields(table, path, f"category '{key}': ", problems)
        fields.unknown(_CATEGORY_FIELDS)
        icon = fields.text("icon") or DEFAULT_ICON
        if icon not in icons:
            fields.add(f"no icon named '{icon}' in the icons folder")
            icon = DEFAULT_ICON
        names = fields.by_lang("name", languages)
        categories.append(Category(key, icon, fields.integer("order", 100), names or {}))
    return tuple(sorted(categories, key=lambda c: (c.order, c.key)))


def _load_resource(key: str, table: object, path: Path, languages: tuple[str, ...],
                   problems: list[Problem]) -> Resource | None:
    if not isinstance(table, dict):
        problems.append(Problem(path, f"resource '{key}' must be a [{key}] table"))
        return None
    fields = Fields(table, path, f"resource '{key}': ", problems)
    fields.unknown(_RESOURCE_FIELDS)
    names = fields.by_lang("name", languages)
    if names is None:
        return None
    url, phone = fields.text("url", False), fields.text("phone", False)
    if url and not url.startswith(("https://", "http://")):
        fields.add("'url' must start with https://")
        url = None
    if phone and tel_uri(phone) is None:
        fields.add("'phone' has no digits to dial (an extension alone cannot be dialled)")
        phone = None
    if not url and not phone:
        fields.add("needs a 'url' or a 'phone' so visitors get a QR code")
    return Resource(key, names, fields.by_lang("description", languages) or {}, url, phone,
                    fields.text("address", False), fields.by_lang("hours", languages, False) or {},
                    fields.flag("demo", False))


def load_resources(path: Path, languages: tuple[str, ...],
                   problems: list[Problem]) -> tuple[dict[str, Resource], frozenset[str] | None]:
    """Resources by key, and every key the file declares (None if unreadable)."""
    data, problem = read_toml(path)
    if data is None:
        assert problem is not None, "read_toml gives data or a problem"
        problems.append(problem)
        return {}, None
    resources = {}
    for key, table in data.items():
        resource = _load_resource(key, table, path, languages, problems)
        if resource is not None:
            resources[key] = resource
    demo = sorted(key for key, r in resources.items() if r.demo)
    if demo:
        problems.append(Problem(path, "demo services (demo = true) to replace with your centre's "
                                      f"own: {len(demo)} of {len(resources)}", WARNING))
    return resources, frozenset(data)


def override_values(key: str, changes: Mapping[str, object], path: Path,
                    problems: list[Problem]) -> dict[str, Any]:
    """Resource fields from one staff edit; plain text for a per-language field is English.

    Keys are :class:`Resource` field names, each value already checked to be
    of that field's type, ready for ``dataclasses.replace``.
    """
    values: dict[str, Any] = {}
    for name, value in changes.items():
        target = _OVERRIDE_FIELDS.get(name)
        if target in ("names", "descriptions", "hours"):
            if isinstance(value, str):
                value = {BASE_LANG: value}
            if isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values()):
                values[target] = {lang: text for lang, text in value.items() if text.strip()}
                continue
        elif target in ("url", "phone", "address"):
            if value is None or isinstance(value, str):
                values[target] = (value or "").strip() or None
                continue
        elif target == "demo" and isinstance(value, bool):
            values[target] = value
            continue
        problems.append(Problem(path, f"a site setting for resource '{key}' has an unusable "
                                      f"'{name}'; ignored", WARNING))
    return values
