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
from kiosk.data.dto import Actor  # noqa: E402
from kiosk.data.services import Services  # noqa: E402

#: Who arranges a test's starting point (stock, staff, settings): an admin context.
SETUP = Actor.system("test set-up")


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


# -- PostgreSQL --------------------------------------------------------------

def _pg_url_or_skip() -> str:
    url = os.environ.get("KIOSK_TEST_PG_URL")
    required = os.environ.get("KIOSK_TEST_REQUIRE_PG") == "1"
    if not url:
        if required:
            pytest.fail("KIOSK_TEST_REQUIRE_PG=1 but KIOSK_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL cases need KIOSK_TEST_PG_URL (e.g. postgresql+psycopg://kiosk:kiosk@127.0.0.1/kiosk_test)")
    return url


def reset_pg_schema(url: str) -> None:
    """Drop everything in the test database so each test starts empty."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    except Exception as error:  # noqa: BLE001 - turned into a clear failure or skip
        if os.environ.get("KIOSK_TEST_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL at KIOSK_TEST_PG_URL is required but unusable: {error}")
        pytest.skip(f"PostgreSQL at KIOSK_TEST_PG_URL is unusable: {error}")
    finally:
        engine.dispose()


@pytest.fixture
def pg_url() -> str:
    """The URL of an empty PostgreSQL test database."""
    url = _pg_url_or_skip()
    reset_pg_schema(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty database on each backend: the data tests run on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kiosk.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url) -> Database:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db) -> Services:
    """Services on either backend with the demo catalogue and demo admin."""
    from kiosk.data.setup import ensure_site, load_demo

    site_id = ensure_site(db)
    built = Services.build(db, site_id, hasher=fast_hasher())
    load_demo(db, staff=built.staff)
    return built
