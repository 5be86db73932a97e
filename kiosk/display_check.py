"""Can Qt open a window here? Asked before Qt is loaded.

Qt aborts the whole process, with a hint that often names the wrong package,
when it finds no display or its platform plugin cannot load a system library.
The windows ask :func:`display_problem` first and, when something is missing,
print one line naming it and the Debian/Ubuntu package to install.

A successful check is remembered for the plugin file it looked at, so a kiosk
that starts every morning does not run ``ldd`` every morning.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

#: Platform plugins that draw into memory and need no display.
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")
_MISSING = re.compile(r"^\s*(\S+\.so[.\d]*)\s+=>\s+not found", re.MULTILINE)
README_SECTION = 'the "System packages" section of the README'


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by Debian's naming rule.

    ``libxcb-cursor.so.0`` is in ``libxcb-cursor0``; a name that ends in a
    digit takes a dash first (``libdbus-1.so.3`` is in ``libdbus-1-3``).
    """
    base, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    base = base.lower()
    if version and base[-1:].isdigit():
        base += "-"
    return base + version


def missing_libraries(library: Path, run: object = subprocess.run) -> list[str]:
    """Shared libraries that ``library`` needs and the system lacks (empty if ``ldd`` is absent)."""
    if shutil.which("ldd") is None:
        return []
    try:
        result = run(["ldd", str(library)], capture_output=True, text=True, timeout=10)  # type: ignore[operator]
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(set(_MISSING.findall(result.stdout)))


def _qt_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "Qt"


def _platform_plugin(environ: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will pick, or None when there is nothing to show a window on."""
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    if environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def _remembered(stamp: Path, key: str) -> bool:
    try:
        return stamp.read_text(encoding="utf-8") == key
    except OSError:
        return False


def _remember(stamp: Path, key: str) -> None:
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        stamp.write_text(key, encoding="utf-8")
    except OSError:
        pass


def display_problem(
    program: str,
    environ: Mapping[str, str] | None = None,
    stamp: Path | None = None,
) -> str | None:
    """One line saying why ``program`` cannot open a window here, or None if it can."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    plugin = _platform_plugin(environ)
    if plugin is None:
        return (
            f"{program}: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
            "Start it from a desktop session or a kiosk compositor such as cage; "
            "to render the screens without one, use --screenshot DIR."
        )
    if plugin in HEADLESS_PLATFORMS:
        return None
    qt_dir = _qt_dir()
    if qt_dir is None:
        return None
    library = qt_dir / "plugins" / "platforms" / f"libq{plugin}.so"
    if not library.is_file():
        return None
    key = f"{library}:{library.stat().st_mtime_ns}"
    if stamp is not None and _remembered(stamp, key):
        return None
    missing = missing_libraries(library)
    if not missing:
        if stamp is not None:
            _remember(stamp, key)
        return None
    return missing_message(program, missing)


def missing_message(program: str, missing: list[str]) -> str:
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (
        f"{program}: Qt can't open a window because {', '.join(missing)} "
        f"{'is' if len(missing) == 1 else 'are'} missing. "
        f"Install with: sudo apt-get install {packages} (see {README_SECTION})."
    )


def qt_import_problem(program: str, error: ImportError) -> str:
    """One line for an ``ImportError`` raised while loading Qt itself."""
    names = re.findall(r"(lib[\w.+-]+\.so[.\d]*)", str(error))
    if names:
        return missing_message(program, names)
    return f"{program}: Qt could not be loaded ({error}). Reinstall the package in its virtual environment."
