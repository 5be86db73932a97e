"""Power cut: a kiosk killed with SIGKILL at random moments loses nothing it confirmed.

A process submits requests on a SQLite file and prints each one after its
commit. It is killed 20 times, at a random moment each time (while opening
the database, or in the middle of submitting). After each kill the file
passes ``PRAGMA integrity_check`` and holds every request that was printed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kiosk.data.db import open_database
from kiosk.data.setup import ensure_site, load_demo

pytestmark = pytest.mark.slow

WRITER = Path(__file__).with_name("power_cut_writer.py")
ROOT = Path(__file__).resolve().parents[2]
CUTS = 20


def _run_until_cut(url: str, delay: float) -> tuple[list[tuple[int, str]], bool]:
    """Start the writer, kill it ``delay`` seconds after it is ready; what it confirmed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(WRITER), url], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "ready":
                ready.set()
            else:
                lines.append(line)

    reader = threading.Thread(target=read)
    reader.start()
    if delay >= 0:
        assert ready.wait(60), "the writer never opened the database"
        time.sleep(delay)  # the random moment of the cut (the test's input, not a wait for a result)
    else:
        time.sleep(-delay)  # a cut while the process is still starting or opening the database
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    reader.join(30)
    assert process.stderr is not None
    err = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, err
    confirmed = []
    for line in lines:
        if line.endswith("\n"):  # a line cut in half was never fully said
            request_id, code = line.split()
            confirmed.append((int(request_id), code))
    return confirmed, ready.is_set()


def test_every_confirmed_request_survives_twenty_kills(tmp_path):
    path = tmp_path / "kiosk.db"
    url = f"sqlite:///{path}"
    db = open_database(url)
    ensure_site(db)
    load_demo(db)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE supplies SET stock = 1000000")
    db.dispose()

    seed = random.randrange(1_000_000)
    print(f"power-cut seed {seed}")
    chance = random.Random(seed)
    confirmed: dict[int, str] = {}
    cut_while_submitting = 0
    for cut in range(CUTS):
        # One cut in five lands while the process starts and opens the file.
        delay = -chance.uniform(0.2, 1.0) if cut % 5 == 4 else chance.uniform(0.01, 0.4)
        said, _opened = _run_until_cut(url, delay)
        cut_while_submitting += bool(said)
        confirmed.update(said)
        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"cut {cut} (seed {seed})"
            stored = dict(check.execute("SELECT id, pickup_code FROM requests").fetchall())
        finally:
            check.close()
        missing = {rid: code for rid, code in confirmed.items() if stored.get(rid) != code}
        assert not missing, f"after cut {cut} (seed {seed}) confirmed requests are gone: {missing}"
    assert cut_while_submitting >= CUTS // 2, "most cuts should land while requests are being submitted"
    print(f"{CUTS} cuts, {len(confirmed)} confirmed requests, all present")
