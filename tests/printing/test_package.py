"""The printing package stays plain Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_printing_runs_without_qt():
    code = (
        "import sys, pkgutil, importlib, kiosk.printing as p\n"
        "for m in pkgutil.iter_modules(p.__path__): importlib.import_module(f'kiosk.printing.{m.name}')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"

