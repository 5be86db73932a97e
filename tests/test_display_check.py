"""Before Qt loads: no display, or a missing system library, is one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import display_check
from kiosk.display_check import debian_package, display_problem, missing_libraries, qt_import_problem


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libEGL.so.1", "libegl1"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libpulse.so.0", "libpulse0"),
    ],
)
def test_a_library_is_named_by_its_debian_package(soname, package):
    assert debian_package(soname) == package


def test_no_display_is_said_before_qt_would_abort():
    problem = display_problem("kiosk", environ={})
    assert problem is not None and problem.startswith("kiosk: no display")
    assert "--screenshot" in problem and "\n" not in problem


def test_offscreen_needs_no_display():
    assert display_problem("kiosk", environ={"QT_QPA_PLATFORM": "offscreen"}) is None


class _Ldd:
    def __init__(self, output: str) -> None:
        self.output = output
        self.calls = 0

    def __call__(self, argv, **_kwargs):
        self.calls += 1
        return subprocess.CompletedProcess(argv, 0, self.output, "")


LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
"""


def test_missing_libraries_are_read_from_ldd(tmp_path):
    ldd = _Ldd(LDD_OUTPUT)
    if display_check.shutil.which("ldd") is None:
        pytest.skip("this system has no ldd to ask")
    assert missing_libraries(tmp_path / "libqxcb.so", run=ldd) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_names_the_packages_to_install(monkeypatch, tmp_path):
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    monkeypatch.setattr(display_check, "_qt_dir", lambda: tmp_path / "Qt")
    monkeypatch.setattr(
        display_check, "missing_libraries", lambda _library: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    )
    problem = display_problem("kiosk", environ={"DISPLAY": ":0"}, stamp=tmp_path / "stamp")
    assert problem == (
        "kiosk: Qt can't open a window because libxcb-icccm.so.4, libxcb-keysyms.so.1 are missing. "
        "Install with: sudo apt-get install libxcb-icccm4 libxcb-keysyms1 "
        '(see the "System packages" section of the README).'
    )
    assert not (tmp_path / "stamp").exists()


def test_a_good_check_is_remembered_until_qt_changes(monkeypatch, tmp_path):
    plugin = tmp_path / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    plugin.write_bytes(b"\x7fELF")
    asked: list[Path] = []
    monkeypatch.setattr(display_check, "_qt_dir", lambda: tmp_path / "Qt")
    monkeypatch.setattr(display_check, "missing_libraries", lambda library: asked.append(library) or [])
    stamp = tmp_path / "cache" / "stamp"
    assert display_problem("kiosk", environ={"DISPLAY": ":0"}, stamp=stamp) is None
    assert display_problem("kiosk", environ={"DISPLAY": ":0"}, stamp=stamp) is None
    assert len(asked) == 1
    os.utime(plugin, ns=(1, 1))
    assert display_problem("kiosk", environ={"DISPLAY": ":0"}, stamp=stamp) is None
    assert len(asked) == 2


def test_a_qt_import_error_names_the_package():
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert "sudo apt-get install libegl1" in qt_import_problem("kiosk-staff", error)


@pytest.mark.slow
@pytest.mark.parametrize("program", ["kiosk", "kiosk-staff", "kiosk-display"])
def test_each_window_without_a_display_says_so_and_exits(program, tmp_path):
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    entry = {"kiosk": "visitor_main", "kiosk-staff": "staff_main", "kiosk-display": "display_main"}[program]
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; from kiosk.app import {entry}; sys.exit({entry}())", "--demo"],
        env=environment, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"{program}: no display") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
