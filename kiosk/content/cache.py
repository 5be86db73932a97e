"""The loaded pack kept on disk, so a kiosk starts without parsing every page again.

Loading a pack reads, parses and checks every page and renders its HTML;
on a slow PC that is the longest part of start-up after the database. The
result is saved in the kiosk's own data folder with a fingerprint of what
it was made from: each pack file's path, size and modification time, the
code that reads them, and today's date (a page's "review due" problem
depends on it). A later start with the same fingerprint reads the saved
pack instead; any change to a file, a new or removed file, a new version of
the kiosk or a new day loads the pack afresh. A cache that can't be read or
written is only slower, never an error.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk import __version__, paths
from kiosk.content.model import BASE_LANG
from kiosk.content.pack import ContentPack

log = logging.getLogger(__name__)

#: Bumped whenever what is saved changes shape.
CACHE_FORMAT = 1
CACHE_NAME = "content-pack.pickle"

Fingerprint = tuple[object, ...]


@dataclass(frozen=True)
class CachedPack:
    """A pack and the HTML of its pages (keyed by their Markdown), as loaded."""

    pack: ContentPack
    html: dict[str, str]
    from_cache: bool


def _pages_dir(directory: Path | None) -> Path:
    """The folder holding ``<lang>/`` page folders, as :meth:`ContentPack.load` finds it."""
    folder = directory if directory else paths.resources_dir() / "content"
    if not (folder / BASE_LANG).is_dir() and (folder / "content").is_dir():
        folder = folder / "content"
    return folder


def _stat(path: Path) -> tuple[str, int, int] | tuple[str, None]:
    try:
        info = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path), info.st_mtime_ns, info.st_size)


def _files_under(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=True):
            yield path
            yield from _files_under(path)
        else:
            yield path


def fingerprint(directory: Path | None, today: date | None = None) -> Fingerprint:
    """What a saved pack must match: every input file's size and time, the code, the day."""
    pages = _pages_dir(directory)
    beside = [pages, pages.parent, paths.resources_dir()]
    inputs: list[object] = [CACHE_FORMAT, __version__, (today or date.today()).isoformat(), str(pages)]
    inputs.extend(_stat(path) for path in _files_under(pages))
    for folder in beside:
        inputs.append(_stat(folder / "resources.toml"))
        icons = folder / "icons"
        inputs.append(_stat(icons))
        inputs.extend(_stat(path) for path in _files_under(icons))
    code = Path(__file__).resolve().parent
    inputs.extend(_stat(path) for path in sorted(code.glob("*.py")))
    return tuple(inputs)


def _read(file: Path, expected: Fingerprint) -> CachedPack | None:
    try:
        with file.open("rb") as stream:
            saved = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as error:  # noqa: BLE001 - a damaged or old cache is only slower
        log.info("the saved content pack can't be read (%s); loading it afresh", error)
        return None
    if not isinstance(saved, tuple) or len(saved) != 3 or saved[0] != expected:
        return None
    _, pack, html = saved
    if not isinstance(pack, ContentPack) or not isinstance(html, dict):
        return None
    return CachedPack(pack, html, from_cache=True)


def _write(file: Path, stamp: Fingerprint, pack: ContentPack, html: dict[str, str]) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=file.name, suffix=".tmp", dir=file.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((stamp, pack, html), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception as error:  # noqa: BLE001 - the next start is only slower
        log.info("the content pack could not be saved for the next start: %s", error)


def load_cached(directory: Path | None, cache_dir: Path) -> CachedPack:
    """The pack in ``directory`` (the shipped one if None) and its pages' HTML.

    Read from ``cache_dir`` when nothing it was made from changed since;
    otherwise loaded, rendered and saved there for the next start.
    """
    from kiosk.content.text import render_html

    file = cache_dir / CACHE_NAME
    stamp = fingerprint(directory)
    cached = _read(file, stamp)
    if cached is not None:
        return cached
    pack = ContentPack.load(directory)
    html: dict[str, str] = {}
    for lang in pack.languages:
        for page in pack.pages(lang):
            if page.body not in html:
                html[page.body] = render_html(page.body)
    # A file changed while it was read: keep the load, save nothing stale.
    if fingerprint(directory) == stamp:
        _write(file, stamp, pack, html)
    return CachedPack(pack, html, from_cache=False)
