"""Qt-free packages imported after PySide without PySide reading their sources."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401 - PySide's import hook is what is under test
import pytest

from kiosk.views.common import qt_free_imports
from kiosk.views.common.qt_free_imports import DATA_LAYER_PACKAGES, file_as_qt_free


@pytest.fixture
def probe_packages(tmp_path, monkeypatch):
    """Two fresh packages on the path, each with one module: one to file, one not."""
    for name in ("probe_filed", "probe_unfiled"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "__init__.py").write_text("")
        (folder / "leaf.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in list(sys.modules):
        if name.startswith(("probe_filed", "probe_unfiled")):
            del sys.modules[name]


def _read_by_pyside(path) -> bool:
    return str(path) in linecache.cache


def test_a_filed_package_is_imported_without_pyside_reading_its_source(probe_packages):
    if qt_free_imports._feature_table() is None:
        pytest.skip("this PySide keeps no table of modules using it: nothing to file")
    file_as_qt_free(["probe_filed"])
    assert qt_free_imports._feature_table()["probe_filed.leaf"] == -1
    # An import statement, as modules import each other (importlib.import_module bypasses the hook).
    # PySide looks at the module an import statement returns: here each leaf.
    exec("from probe_filed.leaf import VALUE\nfrom probe_unfiled.leaf import VALUE", {"__name__": "probe"})
    assert not _read_by_pyside(probe_packages / "probe_filed" / "leaf.py")
    # The control: PySide does read a module nobody filed.
    assert _read_by_pyside(probe_packages / "probe_unfiled" / "leaf.py")


def test_the_data_layer_is_filed_as_not_using_pyside_and_the_views_never_are():
    table = qt_free_imports._feature_table()
    if table is None:
        pytest.skip("this PySide keeps no table of modules using it: nothing to file")
    file_as_qt_free(DATA_LAYER_PACKAGES)
    assert table["kiosk.data.models"] == -1 and table["sqlalchemy.orm.session"] == -1
    filed = {name for package in DATA_LAYER_PACKAGES for name in qt_free_imports._module_names(package)}
    assert "kiosk.data.snapshot" in filed and not any(name.startswith("kiosk.views") for name in filed)
