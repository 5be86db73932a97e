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


# -- databases -------------------------------------------------------------

from argon2 import PasswordHasher  # noqa: E402

from kiosk.data.db import Database, open_database  # noqa: E402
from kiosk.data.services import Services  # noqa: E402


def fast_hasher() -> PasswordHasher:
    """argon2id with a tiny cost: the same code path, a hundred times faster."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture
def sqlite_db(tmp_path) -> Database:
    """A new, migrated SQLite file database that closes itself."""
    db = open_database(f"sqlite:///{tmp_path / 'kiosk.db'}")
    yield db
    db.dispose()


@pytest.fixture
def demo_services(sqlite_db) -> Services:
    """A SQLite database with the demo catalogue and the demo admin."""
    from kiosk.data.setup import ensure_site, load_demo

    site_id = ensure_site(sqlite_db)
    services = Services.build(sqlite_db, site_id, hasher=fast_hasher())
    load_demo(sqlite_db, staff=services.staff)
    return services
