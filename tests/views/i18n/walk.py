"""Drive every screen of the three windows the way ``--screenshot`` does, looking instead of saving."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.views.board import screenshots as board_shots
from kiosk.views.staff.shell import screenshots as staff_shots
from kiosk.views.visitor import screenshots as visitor_shots
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.window import VisitorWindow

Look = Callable[[QWidget, str], None]


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def walk_visitor(
    monkeypatch,
    services,
    content_pack,
    languages,
    folder: Path,
    look: Look,
    langs: tuple[str, ...] = ("en",),
    appearance: tuple[int, bool] = (0, False),
    size: tuple[int, int] = (1280, 800),
) -> None:
    """Every visitor screen (as ``kiosk --screenshot`` shows them) at one text size and contrast."""
    text_step, high_contrast = appearance

    def save(self: visitor_shots.Shooter, name: str) -> None:
        visitor_shots.settle()
        look(self.window, f"kiosk {name} text {text_step}{' high contrast' if high_contrast else ''}")

    monkeypatch.setattr(visitor_shots.Shooter, "save", save)
    backend = VisitorBackend(lambda: services, "pseudo", feed_interval_s=0)
    content = ContentSource()
    content.set_pack(content_pack)
    window = VisitorWindow(backend, languages, content, None, warm_up=False, idle_quiet_ms=3_600_000)
    window.resize(*size)
    window.show()
    try:
        assert visitor_shots.settle(lambda: backend.known and content.pack is not None, 30.0)
        window.idle.stop()
        # A visit starts at the default look; this walk keeps the one asked for.
        monkeypatch.setattr(
            window.appearance, "reset", lambda: window.appearance.set(text_step, high_contrast, force=True)
        )
        shooter = visitor_shots.Shooter(window, folder)
        for lang in langs:
            shooter.visit(lang, every=True)
        window.reset_visit()
    finally:
        window.shutdown()
        window.close()
        if backend.services is not None:
            backend.services.db.dispose()


def _save_looking(look: Look, prefix: str) -> Callable[[QPixmap, Path, str], Path]:
    def save(pixmap: QPixmap, folder: Path, name: str) -> Path:
        for window in _windows():
            look(window, f"{prefix} {name}")
        return folder / f"{name}.png"

    return save


def walk_staff(monkeypatch, folder: Path, look: Look) -> None:
    monkeypatch.setattr(staff_shots, "LANGS", ("en",))
    monkeypatch.setattr(staff_shots, "SIZES", ((1280, 800),))
    monkeypatch.setattr(staff_shots, "save_png", _save_looking(look, "staff"))
    assert staff_shots.render_staff(folder) == 0


def walk_board(monkeypatch, folder: Path, look: Look) -> None:
    monkeypatch.setattr(board_shots, "LANGS", ("en",))
    monkeypatch.setattr(board_shots, "SIZES", ((1280, 800),))
    monkeypatch.setattr(board_shots, "save_png", _save_looking(look, "board"))
    assert board_shots.render_board(folder) == 0
