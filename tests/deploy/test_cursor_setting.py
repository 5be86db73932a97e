"""hide_cursor: the unit's KIOSK_HIDE_CURSOR=1, or the settings file, hides the pointer on a touch kiosk."""

from __future__ import annotations

import pytest

from kiosk.config import load_config
from kiosk.errors import ConfigError


@pytest.mark.parametrize(("value", "hidden"), [("1", True), ("yes", True), ("0", False), ("off", False)])
def test_the_environment_turns_the_pointer_off(monkeypatch, value, hidden):
    monkeypatch.setenv("KIOSK_HIDE_CURSOR", value)
    assert load_config().hide_cursor is hidden


def test_the_settings_file_takes_a_toml_boolean(tmp_path, monkeypatch):
    settings = tmp_path / "kiosk.toml"
    settings.write_text("hide_cursor = true\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(settings))
    assert load_config().hide_cursor is True
    assert load_config(config_file=tmp_path / "none.toml").hide_cursor is False


def test_a_value_that_is_not_yes_or_no_is_named(monkeypatch):
    monkeypatch.setenv("KIOSK_HIDE_CURSOR", "maybe")
    with pytest.raises(ConfigError, match="hide_cursor must be true or false, not 'maybe'"):
        load_config()
