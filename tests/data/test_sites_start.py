"""Which site a station belongs to: kiosk.toml, KIOSK_SITE, --site, and kiosk-admin site."""

from __future__ import annotations

import importlib

import pytest

from kiosk import cli
from kiosk.config import load_config
from kiosk.data.db import open_database
from kiosk.data.services import open_services
from kiosk.data.sites import UnknownSite, check_station_site, station_site
from kiosk.options import LaunchOptions, parse_options
from tests.conftest import SETUP


@pytest.fixture
def two_sites(db_url):
    """A database with the first site and "Harbour"."""
    services = open_services(db_url)
    try:
        services.sites.add("Harbour", SETUP)
    finally:
        services.db.dispose()
    return db_url


@pytest.mark.parametrize(
    "launcher", ["kiosk.views.visitor.launch", "kiosk.views.staff.shell.launch", "kiosk.views.board.launch"]
)
def test_each_program_stops_at_start_for_a_site_the_database_lacks(two_sites, launcher, capsys):
    run = importlib.import_module(launcher).run
    assert run(LaunchOptions(database=two_sites, site="Nowhere", station="front")) == 2
    said = capsys.readouterr().err
    assert "'Nowhere' is not in the database" in said and "Harbour" in said
    assert "kiosk-admin site add" in said


def test_a_known_site_passes_and_the_station_joins_it(two_sites):
    check_station_site(two_sites, "harbour")  # any capitals
    services = open_services(two_sites, site="Harbour")
    try:
        assert services.sites.find("Harbour").id == services.site_id != 1
        assert services.stations.register("front", "kiosk").id
        with pytest.raises(UnknownSite):
            station_site(services.db, "Nowhere")
    finally:
        services.db.dispose()


def test_a_new_database_gets_its_first_site_under_the_configured_name(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'new.db'}")
    try:
        site = station_site(db, "Harbour")
        assert station_site(db, None) == site == station_site(db, "HARBOUR")
    finally:
        db.dispose()


def test_an_unreachable_database_does_not_stop_the_start(tmp_path):
    check_station_site(f"sqlite:///{tmp_path / 'missing' / 'kiosk.db'}", "Harbour")  # says nothing


def test_the_site_comes_from_the_file_the_environment_or_the_flag(tmp_path, monkeypatch):
    toml = tmp_path / "kiosk.toml"
    toml.write_text('site = "Harbour"\n', encoding="utf-8")
    assert load_config(config_file=toml).site == "Harbour"
    monkeypatch.setenv("KIOSK_SITE", "Van")
    assert load_config(config_file=toml).site == "Van"
    assert load_config(config_file=toml, site="Shelter").site == "Shelter"
    assert parse_options("kiosk", "", ["--site", "Shelter"]).site == "Shelter"
    monkeypatch.delenv("KIOSK_SITE")
    assert load_config().site is None


def test_kiosk_admin_adds_lists_renames_copies_and_transfers(db_url, capsys):
    base = ["--database", db_url]
    assert cli.main([*base, "demo"]) == 0
    assert cli.main([*base, "site", "add", "Harbour"]) == 0
    assert cli.main([*base, "site", "add", "harbour"]) == 1  # the name is taken
    assert cli.main([*base, "site", "copy-catalogue", "Drop-in centre", "Harbour"]) == 0
    assert cli.main([*base, "site", "transfer", "condoms", "5", "--from", "Drop-in centre", "--to", "Harbour"]) == 0
    assert cli.main([*base, "--site", "Harbour", "supplies", "list"]) == 0
    capsys.readouterr()
    assert cli.main([*base, "site", "rename", "Harbour", "Harbour van"]) == 0
    assert cli.main([*base, "site", "list"]) == 0
    listed = capsys.readouterr().out
    assert "Drop-in centre" in listed and "Harbour van" in listed
    assert cli.main([*base, "--site", "Nowhere", "supplies", "list"]) == 1
    assert "'Nowhere' is not in the database" in capsys.readouterr().err


def test_demo_mode_has_two_sites_and_an_organisation_admin(tmp_path):
    from kiosk.data.setup import DEMO_ADMIN_PIN
    from kiosk.data.sites import DEMO_ORG_ADMIN_NAME, DEMO_SECOND_SITE

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    for _again in range(2):  # loading the demo twice changes nothing
        services = open_services(url, demo=True, site=DEMO_SECOND_SITE)
        try:
            assert [s.name for s in services.sites.sites()] == ["Drop-in centre", DEMO_SECOND_SITE]
            org = services.staff.sign_in(DEMO_ORG_ADMIN_NAME, DEMO_ADMIN_PIN)
            assert org.is_org_admin
            assert services.inventory.supply("condoms").stock > 0
        finally:
            services.db.dispose()


def test_a_database_made_before_sites_upgrades_and_holds_the_new_rules(db_url):
    import datetime as dt

    from alembic import command
    from sqlalchemy import create_engine, exc, text

    from kiosk.data.migrate import SCHEMA_REVISION, alembic_config
    from kiosk.data.models import Site
    from kiosk.data.services import Services
    from tests.conftest import fast_hasher

    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    engine.dispose()
    db = open_database(db_url)  # upgrades to the head
    try:
        with db.read_scope() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == SCHEMA_REVISION
        services = Services.build(db, station_site(db, None), hasher=fast_hasher())
        assert services.staff.add("Org", "739261", by=SETUP, org_admin=True).is_org_admin
        services.sites.add("Harbour", SETUP)
        with pytest.raises(exc.IntegrityError):
            with db.session_scope() as session:
                session.add(Site(name="Harbour", created_at=dt.datetime.now(dt.UTC)))
        with pytest.raises(exc.IntegrityError):
            with db.session_scope() as session:
                session.execute(text("UPDATE staff_accounts SET role = 'boss'"))
    finally:
        db.dispose()
