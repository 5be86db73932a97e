"""Any settings file at all: the kiosk's settings loader and kiosk-admin doctor answer with a message."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.errors import ConfigError

KEYS = ["database", "station", "printer", "content", "paper", "hide_cursor", "colour", "", "database.x"]
TEXTS = st.sampled_from([
    "", "receipt", "a4", "A3", "true", "no", "maybe", "sqlite://", "sqlite:///:memory:", "sqlite:////no/such/dir/k.db",
    "postgresql+psycopg://u:p@127.0.0.1:1/db", "bogus://x", "/proc/nope", "\x00", "é" * 50, "x" * 500,
]) | st.text(max_size=12)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)  # a JSON string is a TOML basic string


VALUES = st.recursive(
    TEXTS | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
    max_leaves=4,
)


@st.composite
def settings_files(draw) -> bytes:
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=60))  # not TOML at all, or not even text
    pairs = draw(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=4))
    return "\n".join(f"{json.dumps(key)} = {_toml_value(value)}" for key, value in pairs.items()).encode()


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("settings-fuzz")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=settings_files())
def test_no_settings_file_gives_a_traceback(home, capsys, content):
    file = home / "kiosk.toml"
    file.write_bytes(content)
    with mock.patch.dict(os.environ, {"KIOSK_CONFIG": str(file), "KIOSK_DATA_DIR": str(home / "data")}):
        try:
            load_config()
        except ConfigError as error:
            assert str(error).strip()
        code = main(["doctor"], stdin=io.StringIO())
    out = capsys.readouterr()
    assert code in (0, 1) and "Traceback" not in out.err + out.out, (content, out.err)
    assert out.out.strip().splitlines()[-1] in ("All is well.",) or "to fix" in out.out
