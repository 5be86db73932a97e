"""Importing Qt-free packages after PySide without PySide reading their sources.

Once PySide is imported it replaces Python's import function with one that,
for every module imported from then on, reads the module's whole source
(``inspect.getsource``) to look for the word "PySide6", and files the module
as using PySide or not (so that ``from __feature__ import ...`` can switch
features per module). For the kiosk's data layer that is SQLAlchemy's and
the kiosk's ~300 modules: about a sixth of their import time, and 15-20 MB
of source lines left in :mod:`linecache` for the rest of the run.

The packages named here never import Qt (the import contracts in
``pyproject.toml`` keep the kiosk's own ones so), so each of their modules is
filed beforehand exactly as PySide would file it: "does not use PySide".
Where PySide keeps no such table (another version), nothing is done and
imports are only slower.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)

#: PySide's value for "this module does not use PySide: ignore it".
_IGNORED = -1

#: What the station link imports to open the database (the data layer and what it imports).
DATA_LAYER_PACKAGES = (
    "kiosk.data", "kiosk.errors", "kiosk.paths", "kiosk.languages", "kiosk.phone",
    "sqlalchemy", "greenlet", "typing_extensions", "argon2", "_argon2_cffi_bindings", "platformdirs",
    "asyncio", "email", "importlib", "json", "concurrent", "sqlite3", "zoneinfo", "urllib", "tomllib",
)
#: What the information pack's worker imports (the pack, its Markdown checks, the QR codes).
PACK_PACKAGES = ("kiosk.content", "kiosk.printing", "markdown_it", "mdurl", "qrcode", "PIL", "html", "xml")


def _feature_table() -> dict[str, int] | None:
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def _module_names(package: str) -> Iterator[str]:
    """Every module in ``package`` and below, by name, found on disk without importing any."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return
    if spec is None:
        return
    yield package
    for folder in spec.submodule_search_locations or ():
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if d.isidentifier() and not d.startswith("__")]
            prefix = package if root == folder else f"{package}.{os.path.relpath(root, folder).replace(os.sep, '.')}"
            for name in files:
                stem = name.split(".", 1)[0]
                if stem.isidentifier() and (name.endswith(".py") or name.endswith(".so")):
                    yield prefix if stem == "__init__" else f"{prefix}.{stem}"


def _standard_library() -> Iterator[str]:
    """The standard library's top-level modules, and every one of its modules imported already.

    An ``import`` of a module loaded before PySide makes PySide read that one too.
    """
    yield from sys.stdlib_module_names
    for name in list(sys.modules):
        if name.split(".", 1)[0] in sys.stdlib_module_names:
            yield name


def file_as_qt_free(packages: Iterable[str]) -> int:
    """File every module of ``packages``, and the standard library's, as not using PySide.

    Returns how many were filed.
    """
    table = _feature_table()
    if table is None:
        return 0
    filed = 0
    for name in (*_standard_library(), *(n for package in packages for n in _module_names(package))):
        if name not in table:
            table[name] = _IGNORED
            filed += 1
    return filed
