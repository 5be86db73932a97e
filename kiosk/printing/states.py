"""What a printer's state means for the people at the kiosk and the staff desk.

CUPS tells three separate facts about a queue: whether it is enabled (a
stopped queue holds its jobs: ``cupsenable``), whether it accepts new jobs
(``cupsaccept``), and the printer's own reasons (``printer-state-reasons``
such as ``media-empty-error``). :func:`describe` turns them into one
:class:`PrinterState`: a status the screens name, a sentence for staff and
the steps that fix it, one step per fact, in the order to take them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, get_args

Status = Literal[
    "idle",
    "printing",
    "supplies_low",
    "pdf_folder",
    "out_of_paper",
    "paper_jam",
    "cover_open",
    "offline",
    "stopped",
    "rejecting",
    "absent",
    "cups_down",
    "cups_missing",
    "error",
]

STATUSES: tuple[Status, ...] = get_args(Status)

#: States in which a job is worth sending: it will come out now, not later.
READY: frozenset[str] = frozenset({"idle", "printing", "supplies_low", "pdf_folder"})

#: Longest text a station reports (the stations table keeps 200 characters).
REPORT_LENGTH = 200


@dataclass(frozen=True)
class PrinterState:
    """How a printer is doing: ``detail`` says what, ``hint`` what to do about it."""

    status: Status
    detail: str
    hint: str = ""

    @property
    def ready(self) -> bool:
        """True when a slip sent now will come out now."""
        return self.status in READY

    @property
    def report(self) -> str:
        """The sentence and its advice together, short enough for the Stations page."""
        text = f"{self.detail} {self.hint}".strip()
        if len(text) <= REPORT_LENGTH:
            return text
        return text[: REPORT_LENGTH - 1].rstrip() + "\u2026"


# Printer faults, most urgent first: a jam is cleared before paper is loaded.
# Each is (status, reason keywords without their -error/-warning/-report
# suffix, what staff read, what staff do).
_FAULTS: tuple[tuple[Status, frozenset[str], str, str], ...] = (
    ("paper_jam", frozenset({"media-jam"}), "Paper is jammed in printer {queue}.",
     "Open the printer, take out the jammed paper and close it."),
    ("cover_open", frozenset({"cover-open", "door-open", "interlock-open"}), "The cover of printer {queue} is open.",
     "Close the printer's cover."),
    ("out_of_paper", frozenset({"media-empty", "media-needed"}), "Printer {queue} is out of paper.",
     "Load a new roll or more paper."),
    ("offline", frozenset({"offline", "shutdown", "timed-out"}), "Printer {queue} is switched off or not connected.",
     "Check that the printer is on and its cable is plugged in."),
)
_LOW = {
    "media-low": "paper",
    "toner-low": "toner",
    "marker-supply-low": "ink or ribbon",
    "marker-waste-almost-full": "waste ink space",
}
# Reasons that describe the queue, not a fault (the queue facts come separately).
_NOT_FAULTS = frozenset({"none", "paused", "connecting-to-device", "moving-to-paused", "other"})
_SUFFIXES = ("-error", "-warning", "-report")
# What cupsdisable and cupsreject say when nobody gave a reason: nothing to add.
_DEFAULT_MESSAGES = frozenset({"paused", "rejecting jobs"})


def reason_keyword(reason: str) -> tuple[str, str]:
    """``media-empty-error`` as (``media-empty``, ``error``); no suffix means an error."""
    for suffix in _SUFFIXES:
        if reason.endswith(suffix):
            return reason.removesuffix(suffix), suffix[1:]
    return reason, "error"


def describe(
    queue: str,
    *,
    enabled: bool,
    accepting: bool,
    printing: bool,
    reasons: Iterable[str] = (),
    message: str = "",
) -> PrinterState:
    """The state of ``queue`` from what CUPS says about it.

    ``message`` is the queue's own message (``printer-state-message``): the
    reason someone gave when stopping it, or the driver's words for a fault
    the kiosk does not know.
    """
    name = f"'{queue}'"
    keywords = [reason_keyword(reason) for reason in reasons]
    stems = {stem for stem, _ in keywords}
    steps: list[str] = []
    fault: tuple[Status, str] | None = None
    for status, names, detail, advice in _FAULTS:
        if stems & names:
            fault = (status, detail.format(queue=name))
            steps.append(advice)
            break
    if fault is None:
        others = sorted(stem for stem, severity in keywords
                        if severity == "error" and stem not in _NOT_FAULTS and stem not in _LOW)
        if others:
            said = f" ({_clean(message)})" if _clean(message) else ""
            fault = ("error", f"Printer {name} reports a problem: {', '.join(_words(s) for s in others)}{said}.")
            steps.append("Check the printer and its display.")
    if not enabled:
        steps.append(
            f"Then resume the queue: cupsenable {queue}." if fault else f"Resume the queue: cupsenable {queue}."
        )
    if not accepting:
        steps.append(f"Let it take jobs again: cupsaccept {queue}.")
    hint = " ".join(steps)
    if fault is not None:
        return PrinterState(fault[0], fault[1], hint)
    reason_given = _clean(message)
    said = f" ({reason_given})" if reason_given and reason_given.lower() not in _DEFAULT_MESSAGES else ""
    if not enabled:
        return PrinterState("stopped", f"The queue for printer {name} is stopped{said}.", hint)
    if not accepting:
        return PrinterState("rejecting", f"The queue for printer {name} is not accepting jobs{said}.", hint)
    low = [_LOW[stem] for stem in sorted(stems) if stem in _LOW]
    if low:
        return PrinterState(
            "supplies_low",
            f"Printer {name} is working; its {' and '.join(low)} {'are' if len(low) > 1 else 'is'} running low.",
            "Have a spare ready.",
        )
    if printing:
        return PrinterState("printing", f"Printer {name} is printing.")
    return PrinterState("idle", f"Printer {name} is ready.")


def _words(stem: str) -> str:
    return stem.replace("-", " ")


def _clean(message: str) -> str:
    return " ".join(message.split()).rstrip(".")
