"""Six stations on one SQLite file: what idling and a steady trickle of requests cost.

Three kiosks, two staff windows and one board, each in its own process with
the offscreen platform and the real timers (heartbeat every 30 s), share one
SQLite database. They sit idle for ``--idle-seconds`` (60), then the kiosks
take turns sending a request every ``--every`` seconds (2) for
``--busy-seconds`` (30).

Prints, as one JSON object on its last line:
- ``heartbeat_reloads``: reloads any station did while idle (the only writes
  then are heartbeats, so each of these was woken by one; the goal is 0);
- ``reloads_by_topic``: per phase, every reload counted under the change-feed
  topics that triggered it ("*" is "some commit, topic unknown");
- ``idle_cpu_pct``: CPU per station while idle, in % of one core (goal <= 1);
- ``submit_to_seen_ms``: from a kiosk's "send" to the code in each staff
  window's queue, p50/p95/max (goal p95 <= 250).

    python bench/stations.py [--idle-seconds 60] [--busy-seconds 30] [--every 2]
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATIONS = (
    ("kiosk", "kiosk-1"),
    ("kiosk", "kiosk-2"),
    ("kiosk", "kiosk-3"),
    ("staff", "staff-1"),
    ("staff", "staff-2"),
    ("board", "board-1"),
)
START_SLACK_S = 20.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


# -- one station (a child process) -------------------------------------------


def run_station(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(args.folder)
    os.environ["KIOSK_DATA_DIR"] = str(folder / args.name)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import Config
    from kiosk.data.services import open_services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    url = args.database
    config = Config(data_dir=folder / args.name, database_url=url, station_name=args.name)
    t_idle, t_busy, t_end = args.t0, args.t0 + args.idle_seconds, args.t0 + args.idle_seconds + args.busy_seconds
    record: dict = {"kind": args.kind, "name": args.name, "reloads": {"idle": Counter(), "busy": Counter()}}
    sent: dict[str, float] = {}
    seen: dict[str, float] = {}

    def opener():
        return open_services(url)

    if args.kind == "kiosk":
        from kiosk.views.common.i18n import LanguageSwitcher
        from kiosk.views.visitor.backend import VisitorBackend
        from kiosk.views.visitor.content_source import ContentSource
        from kiosk.views.visitor.window import VisitorWindow

        backend = VisitorBackend(opener, args.name)
        window = VisitorWindow(backend, LanguageSwitcher(app), ContentSource(), warm_up=False)
        link, reloads = backend.link, lambda: backend.reloads
    elif args.kind == "staff":
        from kiosk.views.common.sounds import SoundBoard
        from kiosk.views.staff.shell.window import StaffWindow

        window = StaffWindow(opener, config, sounds=SoundBoard(None, silent=True), printer=lambda: ("idle", "Ready."))
        link, reloads = window.link, lambda: window.feed.reloads

        def on_loaded(requests: list) -> None:
            now = time.time()
            for request in requests:
                seen.setdefault(request.pickup_code, now)

        window.feed.requests_loaded.connect(on_loaded)
    else:
        from kiosk.views.board.window import BoardWindow
        from kiosk.views.common.sounds import SoundBoard

        window = BoardWindow(opener, config, sounds=SoundBoard(None, silent=True))
        link, reloads = window.link, lambda: window.reloads

    last = {"reloads": 0}

    def phase() -> str | None:
        now = time.time()
        if t_idle <= now < t_busy:
            return "idle"
        if t_busy <= now < t_end:
            return "busy"
        return None

    def on_changed(topics: frozenset[str]) -> None:
        # Connected after the window's own slot: the reloads it just started are counted here.
        count = reloads()
        started, last["reloads"] = count - last["reloads"], count
        name = phase()
        if name is not None and started:
            record["reloads"][name][",".join(sorted(topics))] += started

    link.changed.connect(on_changed)
    window.resize(1280, 800)
    window.show()
    if args.kind != "kiosk":
        window.start()  # the kiosk starts itself after its first paint

    cpu: dict[str, float] = {}

    def at(when: float, fn) -> None:
        QTimer.singleShot(max(0, int((when - time.time()) * 1000)), fn)

    def idle_starts() -> None:
        last["reloads"] = reloads()
        cpu["idle_start"], cpu["idle_wall"] = time.process_time(), time.time()

    def idle_ends() -> None:
        cpu["idle_cpu_pct"] = (time.process_time() - cpu["idle_start"]) / (time.time() - cpu["idle_wall"]) * 100

    at(t_idle, idle_starts)
    at(t_busy, idle_ends)
    if args.kind == "kiosk":
        turn, kiosks = int(args.name.rsplit("-", 1)[1]) - 1, 3
        n = 0
        while t_busy + n * args.every < t_end - 1:
            if n % kiosks == turn:

                def send(number: int = n) -> None:
                    key = f"{args.name}#{number}"
                    started = time.time()

                    def stored(result) -> None:
                        sent[result.pickup_code] = started

                    backend.submit(
                        [("condoms", 1)], stored, lambda error: record.setdefault("errors", []).append(str(error))
                    )
                    record.setdefault("tries", []).append(key)

                at(t_busy + n * args.every, send)
            n += 1
    at(t_end + 3.0, app.quit)  # a little longer, so the last codes can be seen
    app.exec()
    record["online"] = link.online
    record["idle_cpu_pct"] = cpu.get("idle_cpu_pct")
    record["topics_seen"] = dict(link.topics_seen)
    record["sent"], record["seen"] = sent, seen
    window.shutdown()
    link.dispose()
    Path(args.out).write_text(json.dumps(record, default=dict))
    return 0


# -- the run (the parent) -------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--busy-seconds", type=float, default=30.0)
    parser.add_argument("--every", type=float, default=2.0, help="seconds between two requests (kiosks take turns)")
    parser.add_argument("--station", nargs=2, metavar=("KIND", "NAME"), help=argparse.SUPPRESS)
    parser.add_argument("--database", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.station:
        args.kind, args.name = args.station
        return run_station(args)

    from kiosk.data.services import open_services

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-stations-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'shared.db'}"
        open_services(url, demo=True).db.dispose()
        t0 = time.time() + START_SLACK_S
        children = []
        for kind, name in STATIONS:
            out = folder / f"{name}.json"
            command = [
                sys.executable, __file__, "--station", kind, name, "--database", url, "--folder", str(folder),
                "--out", str(out), "--t0", str(t0), "--idle-seconds", str(args.idle_seconds),
                "--busy-seconds", str(args.busy_seconds), "--every", str(args.every),
            ]
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            children.append(
                (
                    name,
                    out,
                    subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True),
                )
            )
        records = []
        for name, out, child in children:
            _, stderr = child.communicate(timeout=START_SLACK_S + args.idle_seconds + args.busy_seconds + 120)
            if child.returncode != 0 or not out.exists():
                print(f"{name} failed:\n{stderr[-3000:]}", file=sys.stderr)
                return 1
            records.append(json.loads(out.read_text()))

    sent: dict[str, float] = {}
    for record in records:
        sent.update(record["sent"])
    latencies: dict[str, list[float]] = {}
    for record in records:
        if record["kind"] == "staff":
            latencies[record["name"]] = [
                (record["seen"][code] - t) * 1000 for code, t in sent.items() if code in record["seen"]
            ]
    everything = [ms for values in latencies.values() for ms in values]
    by_topic = {"idle": Counter(), "busy": Counter()}
    for record in records:
        for phase, counts in record["reloads"].items():
            by_topic[phase].update(counts)
    result = {
        "stations": len(records),
        "all_online": all(r["online"] for r in records),
        "idle_seconds": args.idle_seconds,
        "busy_seconds": args.busy_seconds,
        "heartbeat_reloads": sum(by_topic["idle"].values()),
        "reloads_by_topic": {phase: dict(counts) for phase, counts in by_topic.items()},
        "reloads_idle_by_station": {r["name"]: sum(r["reloads"]["idle"].values()) for r in records},
        "idle_cpu_pct": {
            r["name"]: round(r["idle_cpu_pct"], 2) if r["idle_cpu_pct"] is not None else None for r in records
        },
        "idle_cpu_pct_max": round(max(r["idle_cpu_pct"] or 0 for r in records), 2),
        "submits": len(sent),
        "submit_errors": sum(len(r.get("errors", [])) for r in records),
        "submit_to_seen_ms": {
            name: {
                "seen": len(values),
                "p50": round(statistics.median(values), 1) if values else None,
                "p95": round(percentile(values, 0.95), 1) if values else None,
                "max": round(max(values), 1) if values else None,
            }
            for name, values in latencies.items()
        },
        "submit_to_seen_p95_ms": round(percentile(everything, 0.95), 1) if everything else None,
    }
    for key in ("heartbeat_reloads", "idle_cpu_pct_max", "submits", "submit_to_seen_p95_ms"):
        print(f"{key}: {result[key]}", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
