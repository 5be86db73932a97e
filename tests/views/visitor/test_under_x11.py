"""The locked-down kiosk under a real X server and window manager (Xvfb + openbox).

Minimising it, covering it with another window and closing it through the
window manager all leave the kiosk in front; killing its X connection ends
the process with a failure status, which the service turns into a restart.

Needs the Debian packages xvfb, openbox, x11-utils, wmctrl and xdotool. It is
skipped, with the reason printed, where they are missing, unless
KIOSK_TEST_REQUIRE_X=1 (then it fails instead).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xprop", "xmessage")
TITLE = "Drop-in kiosk"


def _need_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    reason = f"needs {', '.join(missing)} (apt-get install xvfb openbox x11-utils wmctrl xdotool)"
    if os.environ.get("KIOSK_TEST_REQUIRE_X") == "1":
        pytest.fail(f"KIOSK_TEST_REQUIRE_X=1 but this test {reason}")
    pytest.skip(f"this test {reason}")


def _until(what: str, check: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait for an outside program's state; the X server has no signal to wait on."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


class Desktop:
    def __init__(self, display: str, home: Path) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.home = home

    def run(self, *command: str) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=10)
        return done.stdout.strip() if done.returncode == 0 else ""

    def active(self) -> str:
        return self.run("xdotool", "getactivewindow")

    def windows(self) -> str:
        return self.run("wmctrl", "-l")


@pytest.fixture
def desktop(tmp_path) -> Iterator[Desktop]:
    _need_tools()
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    started: list[subprocess.Popen] = [server]
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        desk = Desktop(f":{number}", tmp_path)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        started.append(subprocess.Popen(["openbox"], env=desk.env, **quiet))
        _until("openbox to manage the screen", lambda: "Openbox" in desk.run("wmctrl", "-m"))
        yield desk
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_the_kiosk_stays_in_front_and_a_lost_window_ends_the_process(desktop):
    data = desktop.home / "data"
    env = {**desktop.env, "KIOSK_DATA_DIR": str(data), "KIOSK_CONFIG": str(desktop.home / "none.toml")}
    said = desktop.home / "kiosk.out"
    with said.open("w") as out:
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--demo"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    cover = None
    try:
        _until("the kiosk window", lambda: TITLE in desktop.windows(), timeout=30)
        window = desktop.run("xdotool", "search", "--name", TITLE).splitlines()[0]
        state = desktop.run("xprop", "-id", window, "_NET_WM_STATE")
        assert "_NET_WM_STATE_FULLSCREEN" in state and "_NET_WM_STATE_ABOVE" in state
        log = data / "logs" / "kiosk.log"

        desktop.run("xdotool", "windowminimize", window)
        _until("the kiosk to come back", lambda: "was minimised; bringing it back" in log.read_text(), timeout=5)
        _until("the kiosk to be shown", lambda: "Normal" in desktop.run("xprop", "-id", window, "WM_STATE"))

        desktop.run("wmctrl", "-c", TITLE)  # the window manager's close: refused
        cover = subprocess.Popen(["xmessage", "-name", "cover", "a window over the kiosk"], env=desktop.env)
        _until("the covering window", lambda: "cover" in desktop.windows())
        other = desktop.run("xdotool", "search", "--name", "cover").splitlines()[0]
        desktop.run("xdotool", "windowactivate", other)
        _until("the kiosk to take the focus back", lambda: desktop.active() == window, timeout=5)
        assert "takes it back" in log.read_text()
        assert kiosk.poll() is None and TITLE in desktop.windows()

        desktop.run("xdotool", "windowkill", window)  # what a window manager's "kill" does
        code = kiosk.wait(20)
    finally:
        if cover is not None:
            cover.terminate()
            cover.wait(10)
        if kiosk.poll() is None:
            kiosk.terminate()
            kiosk.wait(20)
    assert code != 0, said.read_text()
