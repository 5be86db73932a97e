"""Visitor kiosk start-up: time to the painted start screen, memory, idle CPU.

Usage: ``python bench/kiosk_startup.py [--runs 7] [--idle-seconds 60] [--compare CHECKOUT]``

Each run is a new Python process started from here, so interpreter start-up
and every import count. Runs alternate between the baseline program
(``bench/baseline_window.py``: a SQLAlchemy session on a one-table SQLite file
and a bare PySide6 window) and the kiosk (``kiosk --demo --windowed``, built
the way ``kiosk.views.visitor.launch.run`` builds it), so both see the same
machine load. The kiosk's demo database exists before the timed runs, as it
does on a centre's PC after the first day.

With ``--compare`` another checkout of the kiosk (an older commit, say) runs
too, in the same alternation, with its own data folder: its figures come
under ``"compare"``, measured against the same baseline runs.

Each child runs the event loop as the kiosk does (``app.exec``) until the
data and the pack are shown, then until start-up is over (every screen
built, the speech engine made), then idles.

Figures (the last line is one JSON object):
- ``startup_ratio``: median kiosk time to the painted, usable start screen
  divided by the median baseline time (target <= 1.3).
- ``data_ready_ratio``: the same for the moment the database is connected and
  the site's name and alerts are on the start screen (target <= 1.3).
- ``content_ready_ratio``: the same for the information pack shown (target <= 1.5).
- ``paired``: the median of each run's own ratio to the baseline run just
  before it, a check on the ratios of medians when the load changes.
- ``cpu_ratios``: the process's CPU time (all threads) by each mark over the
  baseline's CPU time by its paint; with one interpreter lock this is close to
  the critical path and much less sensitive to other programs' load.
- ``peak_memory_mib``: the kiosk's peak resident memory once the database,
  the content pack and the warmed-up screens are loaded (target <= 150).
- ``idle_cpu_percent``: process CPU time over ``--idle-seconds`` of an
  untouched kiosk, as a percentage of one core (target <= 1).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, resource, sys, time
started = float(sys.argv[1]); idle_seconds = float(sys.argv[2])
# As kiosk.app does: nothing of Qt is imported before build_kiosk.
from kiosk.options import parse_options
from kiosk.config import load_config
from kiosk.log import setup_logging
from kiosk.views.visitor.launch import build_kiosk, show
options = parse_options("kiosk", "", ["--demo", "--windowed"])
config = load_config(demo=True)
setup_logging(config.data_dir, "kiosk")
kiosk = build_kiosk(options, config)
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
marks = {}
cpu = {}  # the process's CPU time (every thread) at each mark

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            marks["painted"] = time.time()
            cpu["painted"] = time.process_time()
        return False

watch = Watch()
kiosk.window.installEventFilter(watch)
def noted(name):
    def note(*_):
        marks.setdefault(name, time.time())
        cpu.setdefault(name, time.process_time())
    return note
kiosk.backend.snapshot_changed.connect(noted("data"))
kiosk.content.pack_changed.connect(noted("content"))
show(kiosk, options)
app = kiosk.app
# The event loop runs as in the kiosk (app.exec), not polled: a polling loop
# would take the interpreter lock from the threads that open the database.
def check(*_):
    if "data" in marks and "content" in marks:
        app.quit()
kiosk.backend.snapshot_changed.connect(check, Qt.ConnectionType.QueuedConnection)
kiosk.content.pack_changed.connect(check, Qt.ConnectionType.QueuedConnection)
QTimer.singleShot(60_000, app.quit)
app.exec()
# Then until start-up is over (every screen built, the speech engine made),
# so the peak memory counts all of it.
window = kiosk.window
settled = []
if hasattr(window, "settled"):
    window.settled.connect(lambda: settled.append(True))
def speech_started():
    return getattr(window.speech, "started", getattr(window.speech, "_started", True))
def over():
    if (settled or window.built("confirmation")) and speech_started():
        app.quit()
poll = QTimer()
poll.timeout.connect(over)
poll.start(50)
QTimer.singleShot(30_000, app.quit)
app.exec()
poll.stop()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
idle_cpu = None
if idle_seconds > 0:
    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.monotonic()
    QTimer.singleShot(int(idle_seconds * 1000), app.quit)
    app.exec()
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    idle_cpu = 100.0 * used / (time.monotonic() - wall)
kiosk.window.shutdown()
print(json.dumps({
    "painted_s": marks["painted"] - started,
    "data_s": marks.get("data", float("nan")) - started,
    "content_s": marks.get("content", float("nan")) - started,
    "peak_mib": peak,
    "idle_cpu_percent": idle_cpu,
    "cpu_s": cpu,
    "available": kiosk.backend.available,
    "settled": speech_started(),
}), flush=True)
"""


def _env(data_dir: Path, checkout: Path = ROOT) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(data_dir), KIOSK_CONFIG=str(data_dir / "none.toml"), KIOSK_STATION="bench-kiosk")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(checkout) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def run_kiosk(env: dict[str, str], idle_seconds: float = 0, checkout: Path = ROOT) -> dict:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, repr(started), str(idle_seconds)],
        capture_output=True, text=True, env=env, cwd=checkout, timeout=180 + idle_seconds,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return _last_json(done.stdout)


def run_baseline(env: dict[str, str], db: Path) -> tuple[float, float]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "baseline_window.py"), str(db)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    out = _last_json(done.stdout)
    return out["painted_at"] - started, out.get("cpu_s", float("nan"))


def figures(runs: list[dict], baseline: list[float], idle: dict | None, baseline_cpu: list[float]) -> dict:
    """Medians, ratios of medians to the baseline's, paired ratios, CPU-time ratios, peak memory."""
    base = statistics.median(baseline)
    base_cpu = statistics.median(baseline_cpu)
    result: dict[str, object] = {}
    paired: dict[str, float] = {}
    for key, name, ratio in (
        ("painted_s", "kiosk_painted_s", "startup_ratio"),
        ("data_s", "kiosk_data_ready_s", "data_ready_ratio"),
        ("content_s", "kiosk_content_ready_s", "content_ready_ratio"),
    ):
        median = statistics.median(run[key] for run in runs)
        result[name] = round(median, 4)
        result[ratio] = round(median / base, 3)
        paired[ratio] = round(statistics.median(run[key] / b for run, b in zip(runs, baseline, strict=True)), 3)
    result["paired"] = paired
    # CPU time (all threads) by each mark over the baseline's CPU time to its paint:
    # with one interpreter lock, nearly the critical path, and less sensitive to load.
    cpu_marks = (("painted", "startup_ratio"), ("data", "data_ready_ratio"), ("content", "content_ready_ratio"))
    result["cpu_ratios"] = {
        ratio: round(statistics.median(run["cpu_s"][key] for run in runs if key in run["cpu_s"]) / base_cpu, 3)
        for key, ratio in cpu_marks
        if any(key in run["cpu_s"] for run in runs)
    }
    result["peak_memory_mib"] = round(max(run["peak_mib"] for run in runs + ([idle] if idle else [])), 1)
    result["idle_cpu_percent"] = round(idle["idle_cpu_percent"], 3) if idle else None
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--compare", type=Path, help="another checkout of the kiosk, run alternately with this one")
    args = parser.parse_args()
    checkouts = {"kiosk": ROOT}
    if args.compare is not None:
        checkouts["compare"] = args.compare.resolve()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        data = Path(folder)
        envs = {name: _env(data / name, checkout) for name, checkout in checkouts.items()}
        baseline_db = data / "baseline.db"
        run_baseline(envs["kiosk"], baseline_db)  # creates the one-table file
        for name, checkout in checkouts.items():
            run_kiosk(envs[name], checkout=checkout)  # creates and migrates the demo database, saves the pack
        baseline: list[float] = []
        baseline_cpu: list[float] = []
        runs: dict[str, list[dict]] = {name: [] for name in checkouts}
        for _ in range(args.runs):
            wall, used = run_baseline(envs["kiosk"], baseline_db)
            baseline.append(wall)
            baseline_cpu.append(used)
            for name, checkout in checkouts.items():
                runs[name].append(run_kiosk(envs[name], checkout=checkout))
        idle = {
            name: run_kiosk(envs[name], args.idle_seconds, checkout) if args.idle_seconds > 0 else None
            for name, checkout in checkouts.items()
        }
    result: dict[str, object] = {"runs": args.runs, "baseline_s": round(statistics.median(baseline), 4)}
    result["baseline_cpu_s"] = round(statistics.median(baseline_cpu), 4)
    result.update(figures(runs["kiosk"], baseline, idle["kiosk"], baseline_cpu))
    result["idle_seconds"] = args.idle_seconds
    if "compare" in checkouts:
        result["compare"] = figures(runs["compare"], baseline, idle["compare"], baseline_cpu)
    result["targets"] = {
        "startup_ratio": 1.3, "data_ready_ratio": 1.3, "content_ready_ratio": 1.5,
        "peak_memory_mib": 150, "idle_cpu_percent": 1.0,
    }
    print(f"baseline runs (s): {[round(b, 3) for b in baseline]}")
    for name, values in runs.items():
        for key in ("painted_s", "data_s", "content_s"):
            print(f"{name} {key}: {[round(run[key], 3) for run in values]}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
