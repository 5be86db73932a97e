"""Reading ``lpstat -r -l -p QUEUE -a QUEUE`` (in the C locale).

One command tells everything a probe needs: whether the scheduler runs
(``-r``), the queue's state with its ``Alerts:`` (printer-state-reasons) and
message (``-l -p``: the ``-l`` must come before ``-p`` or lpstat ignores it),
and whether it accepts jobs (``-a``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.printing.states import PrinterState, describe

# Lines of ``lpstat -l -p`` that describe the queue rather than its state.
_DESCRIPTIVE = re.compile(
    r"^(Form mounted|Content types|Printer types|Description|Alerts|Location|Connection|"
    r"Interface|On fault|After fault|Users allowed|Users denied|Forms allowed|Banner required|"
    r"Charset sets|Default pitch|Default page size|Default port settings)\b"
)
_NO_QUEUE = re.compile(r"invalid destination|does not exist|unknown destination|no destinations", re.I)
_NO_SCHEDULER = re.compile(
    r"scheduler is not running|unable to connect|connection refused|bad file descriptor|"
    r"no route to host|connection timed out|name or service not known|network is unreachable",
    re.I,
)


def cups_down_state(detail: str = "The print service (CUPS) is not running on this computer.") -> PrinterState:
    return PrinterState(
        "cups_down", detail,
        "Start it (sudo systemctl start cups) or restart the computer.",
    )


def no_queue_state(queue: str) -> PrinterState:
    return PrinterState(
        "absent", f"CUPS has no printer queue called '{queue}'.",
        "Check the printer name in kiosk.toml against lpstat -p, or add the queue.",
    )


@dataclass
class QueueReport:
    """The raw facts lpstat gave about one queue."""

    header: str
    notes: list[str] = field(default_factory=list)
    accepting: bool | None = None
    accept_notes: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        found: list[str] = []
        for note in self.notes:
            if note.startswith("Alerts:"):
                found += [r for r in note.removeprefix("Alerts:").split() if r != "none"]
        return found

    @property
    def message(self) -> str:
        """The queue's message: the lines that are neither a description nor a list entry."""
        lines = [n for n in self.notes if not _DESCRIPTIVE.match(n) and not n.startswith("(")]
        return "; ".join(lines)


def parse_lpstat(output: str, queue: str) -> PrinterState:
    """The state of ``queue`` from ``lpstat -r -l -p QUEUE -a QUEUE`` output."""
    lines = [line for line in output.splitlines() if line.strip()]
    if any(line.strip().lower() == "scheduler is not running" for line in lines):
        return cups_down_state()
    report = _queue_report(lines, queue)
    if report is None:
        return no_queue_state(queue)
    header = report.header
    reasons = report.reasons
    enabled = " disabled " not in f" {header} " and "paused" not in reasons
    accepting = report.accepting if report.accepting is not None else True
    message = report.message
    if not message and report.accept_notes:
        message = "; ".join(report.accept_notes)
    if not ("is idle" in header or "now printing" in header or not enabled):
        return PrinterState("error", f"Printer '{queue}' is in a state the kiosk does not know: {header}",
                            "Check the printer in the CUPS web page or with lpstat -l -p.")
    return describe(queue, enabled=enabled, accepting=accepting, printing="now printing" in header,
                    reasons=reasons, message=message)


def failure_state(message: str, queue: str) -> PrinterState:
    """What an lpstat or lp error message means."""
    text = " ".join(message.split())
    if _NO_SCHEDULER.search(text):
        return cups_down_state()
    if _NO_QUEUE.search(text):
        return no_queue_state(queue)
    if "not accepting" in text.lower():
        return describe(queue, enabled=True, accepting=False, printing=False)
    return PrinterState("error", text or f"CUPS refused the job for '{queue}'.",
                        "Check the printer in the CUPS web page or with lpstat -l -p.")


def _queue_report(lines: list[str], queue: str) -> QueueReport | None:
    report: QueueReport | None = None
    target: list[str] | None = None
    wanted = queue.lower()
    for line in lines:
        if line[0].isspace():
            if target is not None:
                target.append(line.strip())
            continue
        target = None
        words = line.split()
        if len(words) >= 2 and words[0] == "printer" and words[1].lower() == wanted:
            report = QueueReport(line.strip())
            target = report.notes
        elif report is not None and len(words) >= 2 and words[0].lower() == wanted:
            if words[1] == "accepting":
                report.accepting = True
            elif words[1:3] == ["not", "accepting"]:
                report.accepting = False
                target = report.accept_notes
    return report
