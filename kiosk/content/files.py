"""Reading pack files by hand-editors' rules: UTF-8 text, TOML, typed fields.

Nothing here raises for bad content; each reader returns the reason a file
or a field cannot be used as a ``Problem``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kiosk.content.model import BASE_LANG, ERROR, WARNING, Problem, Severity, language_names

_TOML_LINE = re.compile(r"at line (\d+)")


def read_text(path: Path) -> tuple[str | None, Problem | None]:
    """File text with Unix line ends, or the reason it cannot be used."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(path, f"the file cannot be read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Problem(path, f"the file is not UTF-8 text (bad byte at position {exc.start}); "
                                   "save it again as UTF-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, Problem(path, "the file is empty")
    return text, None


def parse_toml(text: str, path: Path, first_line: int = 1) -> tuple[dict[str, Any] | None, Problem | None]:
    """TOML as a dict; error positions are counted from the top of the file."""
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        shift = first_line - 1
        message = _TOML_LINE.sub(lambda m: f"at line {int(m.group(1)) + shift}", str(exc))
        end = "the end of the front matter" if shift else "the end"
        message = message.replace("end of document", end)
        return None, Problem(path, f"the file is not valid TOML: {message}")
    except RecursionError:
        return None, Problem(path, "the file is not valid TOML: nested too deeply")


def read_toml(path: Path) -> tuple[dict[str, Any] | None, Problem | None]:
    """A whole TOML file as a dict, or why it cannot be used."""
    if not path.is_file():
        return None, Problem(path, "file not found")
    text, problem = read_text(path)
    if text is None:
        return None, problem
    return parse_toml(text, path)


@dataclass
class Fields:
    """Typed reads from one TOML table, noting every wrong field as a problem."""

    table: Mapping[str, object]
    path: Path
    where: str
    problems: list[Problem]

    def add(self, message: str, severity: Severity = ERROR) -> None:
        self.problems.append(Problem(self.path, f"{self.where}{message}", severity))

    def _get(self, key: str, required: bool) -> object | None:
        value = self.table.get(key)
        if value is None and required:
            self.add(f"missing field '{key}'")
        return value

    def text(self, key: str, required: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.add(f"field '{key}' must be text in quotes")
            return None
        if not value.strip():
            self.add(f"field '{key}' is empty")
            return None
        return value.strip()

    def texts(self, key: str, required: bool = True, non_empty: bool = False) -> tuple[str, ...] | None:
        value = self._get(key, required)
        if value is None:
            return None if required else ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add(f"field '{key}' must be a list of text, like [\"one\", \"two\"]")
            return None
        if non_empty and not value:
            self.add(f"field '{key}' needs at least one entry")
            return None
        return tuple(v.strip() for v in value)

    def calendar_date(self, key: str) -> date | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, date) or isinstance(value, datetime):
            self.add(f"field '{key}' must be a date like 2026-01-31, without quotes")
            return None
        return value

    def integer(self, key: str, default: int) -> int:
        value = self.table.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(f"field '{key}' must be a whole number")
            return default
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            self.add(f"field '{key}' must be true or false")
            return default
        return value

    def by_lang(self, key: str, languages: Iterable[str],
                required: bool = True) -> dict[str, str] | None:
        """A ``{en = "...", fr = "..."}`` table; a missing language falls back to English."""
        value = self._get(key, required)
        if value is None:
            return None if required else {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.add(f"field '{key}' must be a table of text per language, like {{en = \"...\"}}")
            return None
        texts = {lang: v.strip() for lang, v in value.items() if v.strip()}
        missing = [lang for lang in languages if lang not in texts]
        if BASE_LANG in missing:
            self.add(f"field '{key}' has no English text")
            return None
        if missing:
            self.add(f"field '{key}' has no text in {language_names(missing)}; English is shown",
                     WARNING)
        return texts

    def unknown(self, known: Iterable[str]) -> None:
        for key in sorted(set(self.table) - set(known)):
            self.add(f"unknown field '{key}' is ignored", WARNING)
