"""Fixtures for the printing tests."""

from __future__ import annotations

import pytest

from .fake_cups import FakeCups, install


@pytest.fixture
def fake_cups(tmp_path, monkeypatch) -> FakeCups:
    """Fake ``lp`` and ``lpstat`` first on PATH; a queue called Receipt, idle."""
    return install(tmp_path / "cups-bin", monkeypatch)


@pytest.fixture
def real_cups():
    """The private CUPS server from .ci/cups.sh (skips, or fails under KIOSK_TEST_REQUIRE_CUPS=1)."""
    from .real_cups import RealCups

    return RealCups.from_environment()
