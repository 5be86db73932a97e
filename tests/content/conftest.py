"""Fixtures for content tests: a small, valid pack in a temporary folder."""

from __future__ import annotations

import pytest

from tests.content.packs import Pack


@pytest.fixture
def pack(tmp_path) -> Pack:
    return Pack.create(tmp_path / "pack")
