"""Fixtures shared by every test: private folders, offscreen Qt."""

from __future__ import annotations

import os

import pytest

# Before anything imports Qt: render offscreen, never to a real screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real user data and config folders."""
    home = tmp_path_factory.mktemp("kiosk-home")
    monkeypatch.setenv("KIOSK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("KIOSK_CONFIG", str(home / "config" / "kiosk.toml"))
    monkeypatch.delenv("KIOSK_DATABASE_URL", raising=False)
    yield home
