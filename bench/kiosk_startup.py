"""Visitor kiosk start-up: time to the painted start screen, memory, idle CPU.

Usage: ``python bench/kiosk_startup.py [--runs 7] [--idle-seconds 60]``

Each run is a new Python process started from here, so interpreter start-up
and every import count. Runs alternate between the baseline program
(``bench/baseline_window.py``: a SQLAlchemy session on a one-table SQLite file
and a bare PySide6 window) and the kiosk (``kiosk --demo --windowed``, built
the way ``kiosk.views.visitor.launch.run`` builds it), so both see the same
machine load. The kiosk's demo database exists before the timed runs, as it
does on a centre's PC after the first day.

Figures (the last line is one JSON object):
- ``startup_ratio``: median kiosk time to the painted, usable start screen
  divided by the median baseline time (target <= 1.3).
- ``data_ready_ratio``: the same for the moment the database is connected and
  the site's name and alerts are on the start screen (reported, no target).
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
from PySide6.QtCore import QEvent, QObject, QTimer
started = float(sys.argv[1]); idle_seconds = float(sys.argv[2])
from kiosk.options import parse_options
from kiosk.config import load_config
from kiosk.log import setup_logging
from kiosk.views.visitor.launch import build_kiosk, show
options = parse_options("kiosk", "", ["--demo", "--windowed"])
config = load_config(demo=True)
setup_logging(config.data_dir, "kiosk")
kiosk = build_kiosk(options, config)
marks = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            marks["painted"] = time.time()
        return False

watch = Watch()
kiosk.window.installEventFilter(watch)
kiosk.backend.snapshot_changed.connect(lambda _: marks.setdefault("data", time.time()))
kiosk.content.pack_changed.connect(lambda _: marks.setdefault("content", time.time()))
show(kiosk, options)
app = kiosk.app
deadline = time.time() + 60
while ("data" not in marks or "content" not in marks) and time.time() < deadline:
    app.processEvents()
    if "painted" in marks:
        time.sleep(0.002)
# Let the warm-up finish, then stay untouched.
end = time.time() + 1.5
while time.time() < end:
    app.processEvents()
    time.sleep(0.01)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
cpu = None
if idle_seconds > 0:
    before = resource.getrusage(resource.RUSAGE_SELF)
    wall = time.monotonic()
    QTimer.singleShot(int(idle_seconds * 1000), app.quit)
    app.exec()
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = 100.0 * used / (time.monotonic() - wall)
kiosk.window.shutdown()
print(json.dumps({
    "painted_s": marks["painted"] - started,
    "data_s": marks.get("data", float("nan")) - started,
    "content_s": marks.get("content", float("nan")) - started,
    "peak_mib": peak,
    "idle_cpu_percent": cpu,
    "available": kiosk.backend.available,
}), flush=True)
"""


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(data_dir), KIOSK_CONFIG=str(data_dir / "none.toml"), KIOSK_STATION="bench-kiosk")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _last_json(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


def run_kiosk(env: dict[str, str], idle_seconds: float = 0) -> dict:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, repr(started), str(idle_seconds)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120 + idle_seconds,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return _last_json(done.stdout)


def run_baseline(env: dict[str, str], db: Path) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "baseline_window.py"), str(db)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return _last_json(done.stdout)["painted_at"] - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        data = Path(folder)
        env = _env(data)
        baseline_db = data / "baseline.db"
        run_baseline(env, baseline_db)  # creates the one-table file
        run_kiosk(env)  # creates and migrates the demo database
        baseline, kiosk = [], []
        for _ in range(args.runs):
            baseline.append(run_baseline(env, baseline_db))
            kiosk.append(run_kiosk(env))
        idle = run_kiosk(env, args.idle_seconds) if args.idle_seconds > 0 else None
    base = statistics.median(baseline)
    painted = statistics.median(k["painted_s"] for k in kiosk)
    data_ready = statistics.median(k["data_s"] for k in kiosk)
    content = statistics.median(k["content_s"] for k in kiosk)
    peak = max(k["peak_mib"] for k in kiosk + ([idle] if idle else []))
    result = {
        "runs": args.runs,
        "baseline_s": round(base, 4),
        "kiosk_painted_s": round(painted, 4),
        "startup_ratio": round(painted / base, 3),
        "kiosk_data_ready_s": round(data_ready, 4),
        "data_ready_ratio": round(data_ready / base, 3),
        "kiosk_content_ready_s": round(content, 4),
        "peak_memory_mib": round(peak, 1),
        "idle_seconds": args.idle_seconds,
        "idle_cpu_percent": round(idle["idle_cpu_percent"], 3) if idle else None,
        "targets": {"startup_ratio": 1.3, "peak_memory_mib": 150, "idle_cpu_percent": 1.0},
    }
    print(f"baseline runs (s): {[round(b, 3) for b in baseline]}")
    print(f"kiosk painted (s): {[round(k['painted_s'], 3) for k in kiosk]}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
