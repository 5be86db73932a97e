"""Where the kiosk finds its shipped files and keeps its own.

Shipped files (the content pack, icons, translations) sit at the top of a
checkout, and inside the package once installed from a wheel. Everything the
kiosk writes goes in one data folder, which ``KIOSK_DATA_DIR`` can move.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from kiosk.errors import ConfigError

APP_NAME = "dropin-kiosk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(installed_name: str, checkout_name: str) -> Path:
    installed = _PACKAGE_DIR / installed_name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / checkout_name


def resources_dir() -> Path:
    """The built-in content pack, catalogue, icons and themes."""
    return _shipped("_resources", "resources")


def translations_dir() -> Path:
    """Qt Linguist sources and compiled catalogues (``KIOSK_TRANSLATIONS_DIR`` can point elsewhere)."""
    override = os.environ.get("KIOSK_TRANSLATIONS_DIR")
    return Path(override) if override else _shipped("_translations", "translations")


def data_dir() -> Path:
    """The folder that holds the database, logs and slips written to disk."""
    override = os.environ.get("KIOSK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            f"The data folder {path} can't be used: {error.strerror or error}.",
            hint="Set KIOSK_DATA_DIR to a folder this user may write to.",
        ) from error
    return path


def config_file() -> Path:
    """The per-machine settings file (it need not exist)."""
    override = os.environ.get("KIOSK_CONFIG")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def default_database_url(data_dir: Path, name: str = "kiosk.db") -> str:
    """The embedded default: a SQLite file ``name`` in the data folder."""
    return f"sqlite:///{data_dir / name}"
