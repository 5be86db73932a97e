"""``kiosk-display --screenshot DIR``: render the board to PNG files, then exit."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.config import Config
from kiosk.views.common.screenshots import LANGS, SIZES, demo_site, save_png, settle
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.common.timings import StationTimings

QUIET = StationTimings(heartbeat_ms=3_600_000, retry_ms=60_000)


def render_board(out_dir: Path, config: Config | None = None) -> int:
    from kiosk.views.board.window import BoardWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        services, demo_config = demo_site(Path(tmp))
        for lang in LANGS:
            for width, height in SIZES:
                board = BoardWindow(
                    lambda: services,
                    replace(demo_config, station_name="board-lobby"),
                    QUIET,
                    SoundBoard(None, silent=True),
                )
                board.setWindowFlag(Qt.WindowType.FramelessWindowHint)
                board.resize(width, height)
                board.show()
                board.start()

                def loaded(board: BoardWindow = board) -> bool:
                    return bool(board.ready.codes) and not board.link.busy

                settle(loaded)
                written.append(save_png(board.grab(), out_dir, f"board-{lang}-{width}x{height}"))
                board.show_reconnecting()
                written.append(save_png(board.grab(), out_dir, f"board-reconnecting-{lang}-{width}x{height}"))
                board.shutdown()
                board.close()
                board.deleteLater()
                settle(lambda: True, 0.1)
        services.db.dispose()
    for path in written:
        print(path)
    return 0
