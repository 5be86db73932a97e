"""How long a hung CUPS server holds things up.

A socket on 127.0.0.1 takes connections and never answers, and CUPS_SERVER
points at it. Measured: one state probe (bounded at 3 s), a heartbeat's
report while that probe hangs (it must not wait), and ``kiosk-admin
print-test`` from start to exit (one probe, not two). Needs ``lpstat``
(cups-client). The last line is one JSON object.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    if shutil.which("lpstat") is None:
        print("lpstat is not installed (apt-get install cups-client)", file=sys.stderr)
        return 1
    from kiosk.printing.cups import CupsPrinter
    from kiosk.printing.lane import PrinterLane

    with socket.socket() as listener, tempfile.TemporaryDirectory() as home:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        os.environ["CUPS_SERVER"] = f"127.0.0.1:{listener.getsockname()[1]}"

        started = time.monotonic()
        state = CupsPrinter("receipt").state()
        probe_s = time.monotonic() - started
        print(f"one probe: {probe_s:.2f} s -> {state.status}: {state.detail}")

        lane = PrinterLane(lambda: CupsPrinter("receipt"), "bench")
        lane.probe()
        reports = []
        for _ in range(20):
            started = time.monotonic()
            lane.report()
            reports.append(time.monotonic() - started)
        worst_report_ms = max(reports) * 1000
        print(f"heartbeat report while the probe hangs: worst of 20 {worst_report_ms:.2f} ms")
        lane.close()

        env = {**os.environ, "KIOSK_DATA_DIR": str(Path(home) / "data"), "KIOSK_CONFIG": str(Path(home) / "none.toml")}
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "kiosk.cli", "print-test", "--printer", "receipt"],
                              env=env, capture_output=True, text=True, timeout=60)
        print_test_s = time.monotonic() - started
        print(f"print-test: {print_test_s:.2f} s, exit {done.returncode}")
    print(json.dumps({"probe_s": round(probe_s, 3), "report_worst_ms": round(worst_report_ms, 3),
                      "print_test_s": round(print_test_s, 3), "print_test_exit": done.returncode}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
