"""Refresh the Qt Linguist sources from the code and compile them.

    python scripts/update_translations.py           # update every kiosk_<lang>.ts, then compile
    python scripts/update_translations.py --compile # only compile the .ts into .qm

Every ``tr()``, ``QCoreApplication.translate()`` and ``QT_TRANSLATE_NOOP``
under ``kiosk/views`` is gathered by ``pyside6-lupdate`` into each
``translations/kiosk_<lang>.ts`` (new strings arrive marked unfinished,
strings gone from the code are dropped); ``pyside6-lrelease`` then writes the
``kiosk_<lang>.qm`` the stations load. It prints, per language, how many
messages still wait for a translation: the tests expect none. Run it again
whenever code with new strings arrives; translations already made are kept.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "kiosk" / "views"
TRANSLATIONS = ROOT / "translations"


def tool(name: str) -> str:
    """``pyside6-<name>`` from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .) first.")
    return found


def catalogues(directory: Path = TRANSLATIONS) -> list[Path]:
    return sorted(directory.glob("kiosk_*.ts"))


def source_files(directory: Path = SOURCES) -> list[Path]:
    return sorted(path for path in directory.rglob("*.py") if "__pycache__" not in path.parts)


def waiting(ts: Path) -> int:
    """Messages with no finished translation (unfinished, or an empty plural form)."""
    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            count += translation is None or translation.get("type") == "unfinished"
            continue
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        count += not all(text and text.strip() for text in texts)
    return count


#: A context lupdate could not name: a plain function that happens to be called ``tr``.
_NAMELESS = re.compile(r"<context>\s*<name></name>.*?</context>\s*", re.DOTALL)


def update(ts_files: list[Path]) -> None:
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    targets = [str(path.relative_to(ROOT)) for path in ts_files]
    subprocess.run(
        [tool("lupdate"), *files, "-ts", *targets, "-locations", "none", "-no-obsolete", "-silent"],
        cwd=ROOT,
        check=True,
    )
    for ts in ts_files:
        text = ts.read_text(encoding="utf-8")
        for block in _NAMELESS.findall(text):
            sources = re.findall(r"<source>(.*?)</source>", block)
            print(f"{ts.name}: left out, not Qt translations (a local function called tr?): {', '.join(sources)}")
        ts.write_text(_NAMELESS.sub("", text), encoding="utf-8")


def compile_all(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args(argv)
    ts_files = catalogues()
    if not ts_files:
        raise SystemExit(f"no kiosk_<lang>.ts in {TRANSLATIONS}")
    if not args.compile:
        update(ts_files)
    compile_all(ts_files)
    missing = 0
    for ts in ts_files:
        count = waiting(ts)
        missing += count
        print(f"{ts.name}: {count} message(s) waiting for a translation")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
