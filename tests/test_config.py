"""Per-machine settings: file, then environment, then flags."""

from __future__ import annotations

import pytest

from kiosk.config import load_config
from kiosk.errors import ConfigError


def test_defaults_put_everything_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "d"))
    config = load_config()
    assert config.database_url == f"sqlite:///{tmp_path / 'd' / 'kiosk.db'}"
    assert config.printer is None and config.paper == "receipt"
    assert config.pdf_folder == tmp_path / "d" / "slips"


def test_demo_uses_its_own_database(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    assert load_config(demo=True).database_url.endswith("demo.db")


def test_file_then_environment_then_flags(tmp_path, monkeypatch):
    file = tmp_path / "kiosk.toml"
    file.write_text('database = "sqlite:///from-file.db"\nstation = "front"\nprinter = "receipt"\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(file))
    config = load_config()
    assert (config.database_url, config.station_name, config.printer) == ("sqlite:///from-file.db", "front", "receipt")

    monkeypatch.setenv("KIOSK_DATABASE_URL", "sqlite:///from-env.db")
    assert load_config().database_url == "sqlite:///from-env.db"
    assert load_config(database="sqlite:///from-flag.db", station="back").database_url == "sqlite:///from-flag.db"
    assert load_config(station="back").station_name == "back"
    # A real database named in the environment wins over --demo's file.
    assert load_config(demo=True).database_url == "sqlite:///from-env.db"


@pytest.mark.parametrize(
    "content, words",
    [("database = [", "can't be read"), ('colour = "blue"\n', "unknown keys: colour"), ('paper = "A3"\n', "paper")],
)
def test_a_bad_settings_file_says_what_is_wrong(tmp_path, monkeypatch, content, words):
    file = tmp_path / "kiosk.toml"
    file.write_text(content)
    monkeypatch.setenv("KIOSK_CONFIG", str(file))
    with pytest.raises(ConfigError) as caught:
        load_config()
    assert words in str(caught.value)
