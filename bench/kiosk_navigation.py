"""Visitor kiosk navigation: tap to the next screen painted, and submit to confirmation.

Usage: ``python bench/kiosk_navigation.py [--rounds 15] [--submits 30]``

Drives the real window (offscreen) on a new embedded SQLite database with the
demo catalogue and the shipped content pack. A tap is a real mouse click
(``QTest.mouseClick``) on the real button; the time runs until the event loop
has painted the screen the tap leads to (a ``Paint`` event reached that
screen and the frame was finished). Taps are 0.15 s apart, quicker than any
visitor, with the event loop running in between as it does on a kiosk. Submits are timed from the tap on "Send
my request" to the confirmation painted with its pickup code.

The last line is one JSON object: ``tap_median_ms`` (target <= 16),
``tap_p95_ms`` (target <= 33), ``submit_p95_ms`` (target <= 100), plus
``peak_memory_mib`` after the whole session.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

PREPARE = (
    "from kiosk.config import load_config; from kiosk.data.services import open_services; "
    "config = load_config(demo=True); open_services(config.database_url, demo=True).db.dispose()\n"
    "try:\n"
    "    from kiosk.views.visitor.content_source import load_pack\n"
    "    load_pack(config.content_dir, config.data_dir / 'cache')\n"
    "except TypeError:\n"
    "    pass  # a kiosk that keeps no pack on disk"
)


#: Time between taps. People take a second or more; 0.15 s is on the quick side.
THINK_S = 0.15


class PaintWatch(QObject):
    """Notes when a widget (or one inside it) is painted."""

    def __init__(self) -> None:
        super().__init__()
        self.target: QWidget | None = None
        self.painted = False

    def arm(self, target: QWidget) -> None:
        self.target = target
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted and self.target is not None:
            # The target itself, or a widget inside it (a tile's stepper repaints only its count).
            if watched is self.target or (isinstance(watched, QWidget) and self.target.isAncestorOf(watched)):
                self.painted = True
        return False


def peak_mib() -> float:
    """The process's peak resident memory so far."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def think(app: QApplication, seconds: float) -> None:
    """The pause between two taps: a person reads before tapping again; the kiosk idles."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def timed_tap(app: QApplication, watch: PaintWatch, button: QWidget, target, timeout_s: float = 5.0) -> float:
    """Click ``button`` and return the milliseconds until ``target()`` (a widget) is painted."""
    think(app, THINK_S)
    start = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
    watch.arm(target())
    deadline = start + timeout_s
    while not watch.painted and time.perf_counter() < deadline:
        app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    if not watch.painted:
        raise RuntimeError(f"{target()} was never painted after the tap")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--submits", type=int, default=30)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="kiosk-nav-")
    os.environ["KIOSK_DATA_DIR"] = folder.name
    os.environ["KIOSK_CONFIG"] = str(Path(folder.name) / "none.toml")
    os.environ["KIOSK_STATION"] = "bench-kiosk"
    # The demo database (and its admin PIN hash, which takes 64 MiB for a
    # moment) and the saved content pack are made once beforehand, as on a
    # centre's PC after the first day.
    subprocess.run([sys.executable, "-c", PREPARE], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})

    from kiosk.config import load_config
    from kiosk.options import parse_options
    from kiosk.views.visitor import navigation as nav
    from kiosk.views.visitor.launch import build_kiosk, show

    options = parse_options("kiosk", "", ["--demo", "--windowed"])
    config = load_config(demo=True)
    kiosk = build_kiosk(options, config)
    app, window = kiosk.app, kiosk.window
    assert window is not None
    window.set_idle_times(3_600_000, 60_000)
    show(kiosk, options)
    window.resize(1920, 1080)
    deadline = time.time() + 60
    while not (kiosk.backend.available and kiosk.content.pack is not None) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.002)
    # Let start-up finish (every warmed-up screen built, the speech engine made),
    # as it has on a kiosk by the time someone walks up to it.
    speech = window.speech
    deadline = time.time() + 30
    while not (window.built(nav.CONFIRMATION) and getattr(speech, "started", getattr(speech, "_started", True))):
        if time.time() > deadline:
            break
        app.processEvents()
        time.sleep(0.005)
    for _ in range(100):
        app.processEvents()
        time.sleep(0.005)
    peak_started = peak_mib()
    watch = PaintWatch()
    app.installEventFilter(watch)
    bar, start = window.top_bar, window.start_screen

    def screen(name: str):
        return lambda: window.get_screen(name)

    info = window.get_screen(nav.INFORMATION)
    catalogue = window.get_screen(nav.CATALOGUE)
    taps: dict[str, list[float]] = {}

    def tap(label: str, button: QWidget, target) -> None:
        taps.setdefault(label, []).append(timed_tap(app, watch, button, target))

    for _ in range(args.rounds):
        tap("start>catalogue", start.supplies, screen(nav.CATALOGUE))
        tap("catalogue+1", catalogue.tiles["condoms"].stepper.plus, lambda: catalogue.tiles["condoms"])
        tap("catalogue>review", catalogue.review, screen(nav.REVIEW))
        tap("review>catalogue", window.get_screen(nav.REVIEW).add_more, screen(nav.CATALOGUE))
        tap("catalogue>start", bar.home, lambda: start)
        tap("start>information", start.information, screen(nav.INFORMATION))
        tap("information>category", info.category_buttons["overdose"], lambda: info.pages_area)
        tap("category>page", info.page_buttons["overdose-signs"], lambda: info.page_view)
        tap("page>back", bar.back, lambda: info.pages_area)
        tap("information>start", bar.home, lambda: start)
        tap("start>emergency", bar.emergency, screen(nav.EMERGENCY))
        tap("emergency>back", window.get_screen(nav.EMERGENCY).cancel, lambda: start)
        tap("start>help", start.staff_help, screen(nav.CATALOGUE))
        tap("quick exit", bar.quick_exit, lambda: start)

    peak_tapped = peak_mib()
    submits: list[float] = []
    confirmation = window.get_screen(nav.CONFIRMATION)
    for _ in range(args.submits):
        window.open_catalogue()
        QTest.mouseClick(catalogue.tiles["naloxone-nasal"].stepper.plus, Qt.MouseButton.LeftButton)
        window.flows.open_review()
        for _ in range(5):
            app.processEvents()
        submits.append(timed_tap(app, watch, window.get_screen(nav.REVIEW).send, lambda: confirmation.code))
        assert confirmation.code.text(), "no pickup code on the confirmation"
        window.reset_visit()
    stored = len(kiosk.backend.services.queue.open_requests()) if kiosk.backend.services else 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.shutdown()
    if kiosk.backend.services is not None:
        kiosk.backend.services.db.dispose()
    all_taps = [t for values in taps.values() for t in values]
    for label, values in taps.items():
        print(f"{label:22s} median {statistics.median(values):6.2f} ms  max {max(values):6.2f} ms")
    result = {
        "taps": len(all_taps),
        "tap_median_ms": round(statistics.median(all_taps), 2),
        "tap_p95_ms": round(percentile(all_taps, 0.95), 2),
        "tap_max_ms": round(max(all_taps), 2),
        "submits": len(submits),
        "submits_stored": stored,
        "submit_median_ms": round(statistics.median(submits), 2),
        "submit_p95_ms": round(percentile(submits, 0.95), 2),
        "peak_memory_mib": round(peak, 1),
        "peak_memory_mib_by": {"started": round(peak_started, 1), "tapped": round(peak_tapped, 1)},
        "window": "1920x1080 offscreen",
        "targets": {"tap_median_ms": 16, "tap_p95_ms": 33, "submit_p95_ms": 100},
    }
    print(json.dumps(result), flush=True)
    folder.cleanup()
    # Skip the interpreter's final clean-up of Qt objects: nothing is left to save.
    os._exit(0)


if __name__ == "__main__":
    main()
