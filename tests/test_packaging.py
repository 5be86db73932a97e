"""A non-editable install finds its content pack, icons and translations."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True, timeout=300,
    )
    (found,) = out.glob("*.whl")
    return found


def test_the_wheel_carries_the_shipped_files(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "kiosk/_resources/catalog.toml" in names
    assert any(n.startswith("kiosk/_resources/content/fr/") and n.endswith(".md") for n in names)
    assert any(n.startswith("kiosk/_resources/icons/") for n in names)
    assert any(n.startswith("kiosk/_translations/") for n in names)
    assert "kiosk/data/migrations/versions/0001_initial_schema.py" in names
    assert "kiosk/data/migrations/script.py.mako" in names


def _see_the_dependencies_of_this_run(python: Path) -> None:
    """Let the new environment import what the running tests import.

    The wheel's dependencies are already installed wherever these tests run:
    in a virtual environment or in the interpreter itself. A ``.pth`` line
    adds those folders after the new environment's own, so the installed
    wheel, not the checkout, provides ``kiosk``. (A plain path line does not
    run the ``.pth`` files found there, so an editable install of the
    checkout stays out of sight.)
    """
    inner = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout.strip()
    folders = [*site.getsitepackages(), site.getusersitepackages()]
    # Dependencies found some other way (PYTHONPATH naming a site-packages folder).
    folders += [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    outer = [p for p in dict.fromkeys(folders) if Path(p).is_dir()]
    Path(inner, "outer-dependencies.pth").write_text("".join(f"{p}\n" for p in outer))


@pytest.mark.slow
def test_an_installed_wheel_runs_away_from_the_checkout(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=False, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    _see_the_dependencies_of_this_run(python)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
        check=True, timeout=300,
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment["KIOSK_DATA_DIR"] = str(tmp_path / "data")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import kiosk, kiosk.paths as p; "
        "print(kiosk.__file__); print(p.resources_dir()); print(p.translations_dir()); "
        "assert (p.resources_dir() / 'catalog.toml').is_file(); "
        "assert (p.resources_dir() / 'content' / 'en').is_dir(); "
        "assert p.translations_dir().is_dir()"
    )
    shown = subprocess.run(
        [str(python), "-c", probe], cwd=elsewhere, env=environment, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0, shown.stderr
    assert str(ROOT) not in shown.stdout and "site-packages" in shown.stdout

    admin = env_dir / "bin" / "kiosk-admin"
    demo = subprocess.run(
        [str(admin), "demo"], cwd=elsewhere, env=environment, capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 0, demo.stderr
    assert "supplies added" in demo.stdout
    listing = subprocess.run(
        [str(admin), "supplies", "list"], cwd=elsewhere, env=environment, capture_output=True, text=True, timeout=60
    )
    assert "naloxone-nasal" in listing.stdout
