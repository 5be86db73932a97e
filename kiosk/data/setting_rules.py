"""What each site setting may hold: one description per setting, and the check made on every change.

The Settings page builds its editors from :data:`SETTING_SPECS` and asks
:func:`setting_problem` before it saves; :meth:`SettingsService.update`
asks the same function again inside its transaction, so a value the page
would refuse is refused whoever sends it.

A problem is a code with its numbers (:class:`SettingProblem`), never a
sentence: the window words it in the staff member's language.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.errors import KioskError
from kiosk.languages import LANGUAGES
from kiosk.phone import tel_number

#: Paper a site's printers can take ("" leaves it to each station's own configuration).
PAPER_SIZES = ("", "receipt", "letter", "a4")


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its kind, its bounds and the group it is shown in."""

    name: str
    kind: str  # number, switch, text, phone, choice, languages, language, zone, per_language
    group: str
    low: int = 0
    high: int = 0
    max_length: int = 0
    choices: tuple[str, ...] = field(default_factory=tuple)
    unit: str = ""  # seconds, minutes, days, lines, requests, people


_SPECS = (
    SettingSpec("languages", "languages", "visitors"),
    SettingSpec("site_names", "per_language", "visitors", max_length=80),
    SettingSpec("default_language", "language", "visitors"),
    SettingSpec("idle_timeout_s", "number", "visitors", 20, 900, unit="seconds"),
    SettingSpec("idle_warning_s", "number", "visitors", 5, 120, unit="seconds"),
    SettingSpec("max_lines", "number", "visitors", 1, 40, unit="lines"),
    SettingSpec("minutes_per_request", "number", "visitors", 1, 60, unit="minutes"),
    SettingSpec("others_max", "number", "visitors", 0, 10, unit="people"),
    SettingSpec("emergency_number", "phone", "emergency", max_length=20),
    SettingSpec("naloxone_location", "per_language", "emergency", max_length=80),
    SettingSpec("staff_idle_minutes", "number", "staff", 1, 240, unit="minutes"),
    SettingSpec("queue_chime", "switch", "staff"),
    SettingSpec("queue_target_minutes", "number", "staff", 1, 240, unit="minutes"),
    SettingSpec("ready_reminder_minutes", "number", "staff", 1, 240, unit="minutes"),
    SettingSpec("board_chime", "switch", "staff"),
    SettingSpec("expiry_warning_days", "number", "stock", 1, 365, unit="days"),
    SettingSpec("slip_show_items", "switch", "printing"),
    SettingSpec("printer", "text", "printing", max_length=120),
    SettingSpec("paper", "choice", "printing", choices=PAPER_SIZES),
    SettingSpec("pdf_folder", "text", "printing", max_length=260),
    SettingSpec("retention_days", "number", "records", 1, 3650, unit="days"),
    SettingSpec("time_zone", "zone", "records", max_length=60),
    SettingSpec("small_count_threshold", "number", "records", 0, 50),
    SettingSpec("sharps_units_per_kg", "number", "records", 0, 10_000),
)

#: Every setting staff can change, in the order the Settings page shows them.
SETTING_SPECS: Mapping[str, SettingSpec] = {spec.name: spec for spec in _SPECS}
#: The groups, in the order the Settings page shows them.
SETTING_GROUPS = ("visitors", "emergency", "staff", "stock", "printing", "records")


@dataclass(frozen=True)
class SettingProblem:
    """Why a value was refused: ``code`` with the numbers a sentence needs.

    Codes: unknown, number, range, text, too_long, phone, choice, languages,
    language, zone, warning_too_long, default_not_offered.
    """

    setting: str
    code: str
    low: int = 0
    high: int = 0

    def english(self) -> str:
        """The problem in English, for logs and the command line."""
        words = {
            "unknown": "there is no such setting",
            "number": "enter a whole number",
            "range": f"enter a number from {self.low} to {self.high}",
            "text": "enter text",
            "too_long": f"keep it to {self.high} characters",
            "phone": "enter a number people can dial",
            "choice": "choose one of the offered values",
            "languages": "offer at least one of the product's languages",
            "language": "choose one of the offered languages",
            "zone": "choose a time zone such as America/Toronto",
            "warning_too_long": "the warning must be shorter than the quiet time",
            "default_not_offered": "the first language must be one of those offered",
        }
        return f"{self.setting}: {words.get(self.code, self.code)}"


class SettingsError(KioskError):
    """A setting change was refused; ``problems`` says why, one per setting."""

    reason = "settings"

    def __init__(self, problems: list[SettingProblem]) -> None:
        super().__init__("; ".join(problem.english() for problem in problems) + ".")
        self.problems = problems


def _zone_known(name: str) -> bool:
    if not name or not re.fullmatch(r"[A-Za-z0-9_+\-/]+", name):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def setting_problem(name: str, value: Any) -> SettingProblem | None:
    """What is wrong with ``value`` for the setting ``name``, or None."""
    spec = SETTING_SPECS.get(name)
    if spec is None:
        return SettingProblem(name, "unknown")
    kind = spec.kind
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, int):
            return SettingProblem(name, "number", spec.low, spec.high)
        if not spec.low <= value <= spec.high:
            return SettingProblem(name, "range", spec.low, spec.high)
    elif kind == "switch":
        if not isinstance(value, bool):
            return SettingProblem(name, "choice")
    elif kind in ("text", "phone", "zone"):
        if not isinstance(value, str):
            return SettingProblem(name, "text")
        if spec.max_length and len(value) > spec.max_length:
            return SettingProblem(name, "too_long", high=spec.max_length)
        if kind == "phone" and not tel_number(value):
            return SettingProblem(name, "phone")
        if kind == "zone" and not _zone_known(value):
            return SettingProblem(name, "zone")
    elif kind == "choice":
        if value not in spec.choices:
            return SettingProblem(name, "choice")
    elif kind == "languages":
        if not isinstance(value, (list, tuple)) or not value or not set(value) <= set(LANGUAGES):
            return SettingProblem(name, "languages")
    elif kind == "language":
        if value not in LANGUAGES:
            return SettingProblem(name, "language")
    elif kind == "per_language":
        if not isinstance(value, Mapping) or not set(value) <= set(LANGUAGES):
            return SettingProblem(name, "text")
        if any(not isinstance(text, str) or len(text) > spec.max_length for text in value.values()):
            return SettingProblem(name, "too_long", high=spec.max_length)
    return None


def settings_problems(changes: Mapping[str, Any], merged: Mapping[str, Any]) -> list[SettingProblem]:
    """Every problem with ``changes``, each value alone and then together with the rest (``merged``)."""
    problems = [p for p in (setting_problem(name, value) for name, value in changes.items()) if p is not None]
    if problems:
        return problems
    if {"idle_timeout_s", "idle_warning_s"} & set(changes):
        if int(merged["idle_warning_s"]) >= int(merged["idle_timeout_s"]):
            problems.append(SettingProblem("idle_warning_s", "warning_too_long"))
    if {"languages", "default_language"} & set(changes):
        if merged["default_language"] not in tuple(merged["languages"]):
            problems.append(SettingProblem("default_language", "default_not_offered"))
    return problems
