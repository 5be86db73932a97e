"""The layers stay apart: Qt only in kiosk.views and the bootstrap."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import kiosk

ROOT = Path(__file__).resolve().parents[1]
QT_ALLOWED = {"kiosk.views", "kiosk.app", "kiosk.__main__"}


def test_import_linter_contracts_hold():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    assert len(contracts) >= 3
    assert f"Contracts: {len(contracts)} kept, 0 broken" in result.stdout


def test_every_module_outside_views_is_covered_by_the_contract():
    contract = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"][0]
    covered = set(contract["source_modules"])
    modules = {f"kiosk.{m.name}" for m in pkgutil.iter_modules(kiosk.__path__)}
    missing = modules - covered - QT_ALLOWED
    assert not missing, f"add these to the import-linter contract: {sorted(missing)}"


def test_the_data_layer_imports_without_qt():
    code = (
        "import sys, kiosk.data.services, kiosk.data.changes, kiosk.cli, kiosk.config; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)


def test_reading_the_configuration_does_not_load_the_database_layer():
    code = (
        "import sys, kiosk.config, kiosk.options, kiosk.languages; "
        "kiosk.config.load_config(); "
        "loaded = [m for m in sys.modules if m.startswith(('sqlalchemy', 'kiosk.data'))]; "
        "assert not loaded, loaded"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
