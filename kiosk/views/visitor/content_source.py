"""The information pack, loaded off the GUI thread after the first paint.

Loading parses every page (and imports the Markdown renderer), so it runs on
its own worker; with a cache folder the pack is read back from the last
start instead when no pack file changed (:mod:`kiosk.content.cache`). Once
the pack is shown, the same worker warms up what the later screens need (the
QR code widget, its printing helpers and the resources' QR codes), so the
first tap on them is quick. Staff edits to local resources, read from the
database, are laid over the pack whenever they change.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.views.common.worker import Worker

if TYPE_CHECKING:
    from kiosk.content import ContentPack

log = logging.getLogger(__name__)

#: Modules the information and confirmation screens import; loaded after the pack.
WARM_MODULES = ("kiosk.views.common.qr_widget", "kiosk.printing.qr")

#: Every page's HTML, by its Markdown: filled by the pack's worker (or the cache).
_HTML: dict[str, str] = {}


def load_pack(directory: Path | None = None, cache_dir: Path | None = None) -> ContentPack:
    """The pack with every page's HTML ready; from ``cache_dir`` when nothing changed."""
    from kiosk.views.common.qt_free_imports import PACK_PACKAGES, file_as_qt_free

    file_as_qt_free(PACK_PACKAGES)
    if cache_dir is not None:
        from kiosk.content.cache import load_cached

        loaded = load_cached(directory, cache_dir)
        pack = loaded.pack
        _HTML.update(loaded.html)
        log.info("content pack %s", "read from the cache" if loaded.from_cache else "loaded and saved")
    else:
        from kiosk.content import ContentPack

        pack = ContentPack.load(directory)
        for lang in pack.languages:
            for page in pack.pages(lang):
                page_html(page.body)
    for problem in pack.problems:
        log.info("content pack: %s", problem)
    return pack


def warm_up(pack: ContentPack) -> None:
    """Import what the QR code screens need and compute the resources' codes (on the worker)."""
    for name in WARM_MODULES:
        importlib.import_module(name)
    warm_qr_codes(pack)
    from kiosk.views.visitor.screens.page_text import page_blocks

    for lang in pack.languages:
        for page in pack.pages(lang):
            page_blocks(page.body)


def page_html(body: str) -> str:
    """A page's Markdown as HTML, rendered once (the pack's worker renders them all)."""
    html = _HTML.get(body)
    if html is None:
        from kiosk.content import render_html

        html = _HTML[body] = render_html(body)
    return html


def warm_qr_codes(pack: ContentPack, keys: Any = None) -> None:
    """Compute the QR matrices of ``keys`` (all resources by default) once, here."""
    from kiosk.printing.qr import qr_matrix

    for key in keys if keys is not None else pack.resources:
        resource = pack.resource(key)
        if resource is not None and resource.qr_data:
            try:
                qr_matrix(resource.qr_data)
            except ValueError:
                log.warning("resource %s has no usable QR code", key)


class ContentSource(QObject):
    """Holds the pack the screens show.

    Signals:
        pack_changed(object): the pack (with staff edits applied) is ready or changed.
    """

    pack_changed = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        directory: Path | None = None,
        loader: Callable[[], ContentPack] | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        """``cache_dir``: where the loaded pack is kept for the next start (None: not kept)."""
        super().__init__(parent)
        if loader is None:
            loader = (lambda: load_pack(directory)) if cache_dir is None else (lambda: load_pack(directory, cache_dir))
        self._loader = loader
        self.worker = Worker(self)
        self._directory = directory
        self._book: Any = None
        self._base: ContentPack | None = None
        self.pack: ContentPack | None = None
        self._overrides: Mapping[str, Mapping[str, object]] = {}
        self._loading = False

    def load(self) -> None:
        if self._loading or self._base is not None:
            return
        self._loading = True
        self.worker.run(self._loader, self._on_loaded, self._on_failed)

    def set_pack(self, pack: ContentPack) -> None:
        """Use ``pack`` as it is (tests and screenshots)."""
        self._base = pack
        self._apply()

    def set_overrides(self, overrides: Mapping[str, Mapping[str, object]]) -> None:
        if dict(overrides) == dict(self._overrides):
            return
        self._overrides = overrides
        self._apply()

    @property
    def book(self) -> Any:
        """resources.toml alone (a ``ResourceBook``): a request's QR codes never wait for the pack."""
        if self._book is None:
            from kiosk.printing.resource_book import ResourceBook

            self._book = ResourceBook(self._directory)
        return self._book

    def resources(self) -> Any:
        """Where a request's resources are looked up: the pack once loaded, else resources.toml."""
        return self.pack if self.pack is not None else self.book.with_overrides(self._overrides)

    def stop(self) -> None:
        self.worker.wait_for_done(15_000)

    def _on_loaded(self, pack: ContentPack) -> None:
        self._loading = False
        self._base = pack
        self._apply()
        self.worker.run(lambda: warm_up(pack), None, self._on_warm_up_failed)

    def _on_warm_up_failed(self, error: BaseException) -> None:
        # Only a speed-up: the screens compute what they need themselves.
        log.warning("warming up the QR code screens failed", exc_info=(type(error), error, error.__traceback__))

    def _on_failed(self, error: BaseException) -> None:
        self._loading = False
        log.error("the content pack could not be loaded", exc_info=(type(error), error, error.__traceback__))

    def _apply(self) -> None:
        if self._base is None:
            return
        self.pack = self._base.with_resource_overrides(self._overrides) if self._overrides else self._base
        self.pack_changed.emit(self.pack)
