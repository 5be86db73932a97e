"""The local resources behind a request's QR codes, without the information pack.

A request's QR codes (on the confirmation screen and on its slip) come from
the services linked to what was asked for. They must be there from the very
first request, even while the information pack (every Markdown page) is
still loading: the book reads ``resources.toml`` alone, once, which is small
and quick, and lays the staff's edits over it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk import paths
from kiosk.printing.model import SlipResource

if TYPE_CHECKING:  # the content package is imported on first use, off the GUI thread
    from kiosk.content.model import Problem, Resource

BASE_LANG = "en"  # kiosk.content.model.BASE_LANG, without importing the content package early

Overrides = Mapping[str, Mapping[str, object]]


class ResourceLookup(Protocol):
    """Anything that finds a resource by key: a ``ContentPack`` or a :class:`ResourceBook`."""

    def resource(self, key: str) -> Resource | None: ...


def resources_file_for(content_dir: Path | None) -> Path:
    """The resources.toml a pack in ``content_dir`` uses (the same search as the pack's)."""
    directory = Path(content_dir) if content_dir else paths.resources_dir() / "content"
    if not (directory / BASE_LANG).is_dir() and (directory / "content").is_dir():
        directory = directory / "content"
    for candidate in (directory / "resources.toml", directory.parent / "resources.toml"):
        if candidate.exists():
            return candidate
    return paths.resources_dir() / "resources.toml"


def slip_resources(lookup: ResourceLookup | None, keys: Iterable[str], lang: str) -> list[SlipResource]:
    """The resources behind ``keys`` as a slip prints them, in ``lang``; unknown keys are left out."""
    found = []
    for key in keys:
        resource = lookup.resource(key) if lookup is not None else None
        if resource is not None:
            found.append(
                SlipResource(
                    key=key,
                    name=resource.name(lang),
                    url=resource.url or "",
                    phone=resource.phone or "",
                    address=resource.address or "",
                    hours=resource.hours_in(lang),
                )
            )
    return found


class ResourceBook:
    """resources.toml, read once on first use, safe to share between threads."""

    def __init__(self, content_dir: Path | None = None, resources_file: Path | None = None) -> None:
        self._content_dir = content_dir
        self._file = resources_file
        self._lock = threading.Lock()
        self._resources: dict[str, Resource] | None = None
        self._edited: tuple[Overrides, dict[str, Resource]] | None = None

    def load(self) -> Mapping[str, Resource]:
        """Read the file (the first time only) and return the resources by key."""
        with self._lock:
            if self._resources is None:
                from kiosk.content.resources import load_resources

                file = self._file or resources_file_for(self._content_dir)
                problems: list[Problem] = []
                self._resources, _ = load_resources(file, (BASE_LANG,), problems)
            return self._resources

    def with_overrides(self, overrides: Overrides | None) -> ResourceLookup:
        """A lookup with the staff's edits (from the database) laid over the file."""
        base = self.load()
        if not overrides:
            return _Lookup(base)
        with self._lock:
            if self._edited is not None and self._edited[0] == overrides:
                return _Lookup(self._edited[1])
        from dataclasses import replace

        from kiosk.content.resources import override_values

        edited = dict(base)
        problems: list[Problem] = []
        file = self._file or resources_file_for(self._content_dir)
        for key, changes in overrides.items():
            if key in edited:
                values: dict[str, Any] = override_values(key, changes, file, problems)
                edited[key] = replace(edited[key], **values)
        with self._lock:
            self._edited = (overrides, edited)
        return _Lookup(edited)

    def resource(self, key: str) -> Resource | None:
        return self.load().get(key)


class _Lookup:
    def __init__(self, resources: Mapping[str, Resource]) -> None:
        self._resources = resources

    def resource(self, key: str) -> Resource | None:
        return self._resources.get(key)
