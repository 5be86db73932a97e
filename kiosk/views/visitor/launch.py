"""``kiosk``: start the visitor kiosk (or render its screens with ``--screenshot``)."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import Config, hide_password, load_config
from kiosk.errors import ConfigError
from kiosk.log import setup_logging

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kiosk.data.services import Services
    from kiosk.options import LaunchOptions
    from kiosk.views.common.i18n import LanguageSwitcher
    from kiosk.views.visitor.backend import VisitorBackend
    from kiosk.views.visitor.content_source import ContentSource
    from kiosk.views.visitor.slips import SlipPrinting
    from kiosk.views.visitor.window import VisitorWindow

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """Everything ``run`` builds, so benchmarks start the kiosk the same way."""

    app: QApplication
    window: VisitorWindow | None
    backend: VisitorBackend
    content: ContentSource
    languages: LanguageSwitcher
    slips: SlipPrinting


def build_kiosk(options: LaunchOptions, config: Config, window: bool = True) -> Kiosk:
    """The application, the backend and (unless ``window`` is False) the window, not shown yet."""
    from kiosk.views.common.application import build_application
    from kiosk.views.common.i18n import LanguageSwitcher
    from kiosk.views.visitor.backend import VisitorBackend
    from kiosk.views.visitor.collector import StartupCollector
    from kiosk.views.visitor.content_source import ContentSource
    from kiosk.views.visitor.slips import SlipPrinting
    from kiosk.views.visitor.window import VisitorWindow

    app = build_application(sys.argv[:1], "kiosk")
    collector = StartupCollector(app)
    if window:
        collector.pause()  # until the window has settled
    languages = LanguageSwitcher(app)
    slips = SlipPrinting(None, config.printer, config.paper, config.printer_options)

    def opener() -> Services:  # runs on the station link's worker
        from kiosk.data.services import open_services

        if backend.stopping:
            # Closed while the data layer was being imported: don't create or
            # migrate a database now, the window is waiting to close.
            from kiosk.errors import DatabaseUnavailable

            raise DatabaseUnavailable("The kiosk is closing.")
        return open_services(config.database_url, options.demo, config.site)

    backend = VisitorBackend(opener, config.station_name, printer_probe=slips.probe)
    if window:
        # The data layer is imported, then the database opened and the first
        # snapshot read, while the window and its start screen are built here.
        backend.start_after_import(("kiosk.data.services", "kiosk.data.snapshot"))
    content = ContentSource(None, config.content_dir, cache_dir=config.data_dir / "cache")
    kiosk_window = None
    if window:
        kiosk_window = VisitorWindow(backend, languages, content, slips, lockdown=not options.windowed)
        kiosk_window.settled.connect(collector.resume)
    return Kiosk(app, kiosk_window, backend, content, languages, slips)


def show(kiosk: Kiosk, options: LaunchOptions) -> None:
    window = kiosk.window
    assert window is not None
    if options.windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.showFullScreen()


def run(options: LaunchOptions) -> int:
    try:
        config = load_config(database=options.database, station=options.station, demo=options.demo, site=options.site)
        if config.site is not None and not options.demo:
            from kiosk.data.sites import check_station_site

            check_station_site(config.database_url, config.site)
    except ConfigError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 2
    setup_logging(config.data_dir, "kiosk", options.verbose)
    where = hide_password(config.database_url)
    log.info("station %r, database %s, printer %s", config.station_name, where, config.printer or "none (PDF files)")
    if options.screenshot_dir is not None and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    kiosk = build_kiosk(options, config, window=options.screenshot_dir is None)
    if options.screenshot_dir is not None:
        from kiosk.views.visitor.screenshots import render_all

        return render_all(kiosk.backend, kiosk.content, kiosk.languages, kiosk.slips, options.screenshot_dir)

    from kiosk.views.common.application import CrashHandler

    window = kiosk.window
    assert window is not None
    crash = CrashHandler(on_bug=window.recover_from_bug).install()
    window.exit_requested.connect(kiosk.app.quit)
    show(kiosk, options)
    from PySide6.QtCore import Qt, QTimer

    if config.hide_cursor and not options.windowed:
        from PySide6.QtGui import QCursor

        kiosk.app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))

    QTimer.singleShot(0, lambda: log.info("kiosk running (%s)", "windowed" if options.windowed else "full screen"))
    try:
        return kiosk.app.exec()
    finally:
        window.shutdown()
        crash.uninstall()
        kiosk.backend.link.dispose()
