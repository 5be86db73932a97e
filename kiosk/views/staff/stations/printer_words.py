"""A station's printer report in the language of the person reading the Stations page.

A kiosk tells the others how its printer is doing in English sentences
(``PrinterState.report`` in :mod:`kiosk.printing`), because the station that
writes the report does not know who reads it. The page finds each sentence
among the templates below, translates it (context ``PrinterWords``) and puts
the printer's name, folder or count back. A sentence with no template, such as
a driver's own words, is shown as it came.
"""

from __future__ import annotations

import re
from functools import cache

from kiosk.views.common.data_messages import template_for, translated_with
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PrinterWords"

TEMPLATES: tuple[str, ...] = (
    # What is wrong.
    QT_TRANSLATE_NOOP("PrinterWords", "Paper is jammed in printer {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "The cover of printer {queue} is open."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is out of paper."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is switched off or not connected."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} reports a problem: {problems}."),
    QT_TRANSLATE_NOOP("PrinterWords", "The queue for printer {queue} is stopped ({reason})."),
    QT_TRANSLATE_NOOP("PrinterWords", "The queue for printer {queue} is stopped."),
    QT_TRANSLATE_NOOP("PrinterWords", "The queue for printer {queue} is not accepting jobs ({reason})."),
    QT_TRANSLATE_NOOP("PrinterWords", "The queue for printer {queue} is not accepting jobs."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is working; its {supply} is running low."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is working; its {first} and {second} are running low."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is printing."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is ready."),
    QT_TRANSLATE_NOOP("PrinterWords", "Printer {queue} is in a state the kiosk does not know: {state}"),
    QT_TRANSLATE_NOOP("PrinterWords", "The print service (CUPS) is not running on this computer."),
    QT_TRANSLATE_NOOP("PrinterWords", "The print service (CUPS) did not answer within {seconds} s."),
    QT_TRANSLATE_NOOP("PrinterWords", "The print service (CUPS) did not take the job within {seconds} s."),
    QT_TRANSLATE_NOOP("PrinterWords", "CUPS is not installed on this computer."),
    QT_TRANSLATE_NOOP("PrinterWords", "CUPS has no printer queue called {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "CUPS refused the job for {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Could not ask CUPS about the printer: {reason}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Could not run lp: {reason}."),
    QT_TRANSLATE_NOOP("PrinterWords", "No printer: slips are saved as PDF files in {folder}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Cannot use the slip folder {folder}: {reason}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Cannot write to the slip folder {folder}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Cannot write the slip to {folder}: {reason}."),
    # What to do about it.
    QT_TRANSLATE_NOOP("PrinterWords", "Open the printer, take out the jammed paper and close it."),
    QT_TRANSLATE_NOOP("PrinterWords", "Close the printer's cover."),
    QT_TRANSLATE_NOOP("PrinterWords", "Load a new roll or more paper."),
    QT_TRANSLATE_NOOP("PrinterWords", "Check that the printer is on and its cable is plugged in."),
    QT_TRANSLATE_NOOP("PrinterWords", "Check the printer and its display."),
    QT_TRANSLATE_NOOP("PrinterWords", "Then resume the queue: cupsenable {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Resume the queue: cupsenable {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Let it take jobs again: cupsaccept {queue}."),
    QT_TRANSLATE_NOOP("PrinterWords", "Have a spare ready."),
    QT_TRANSLATE_NOOP("PrinterWords", "Start it (sudo systemctl start cups) or restart the computer."),
    QT_TRANSLATE_NOOP("PrinterWords", "Check the printer name in kiosk.toml against lpstat -p, or add the queue."),
    QT_TRANSLATE_NOOP("PrinterWords", "Check the printer in the CUPS web page or with lpstat -l -p."),
    QT_TRANSLATE_NOOP(
        "PrinterWords",
        "Install it (sudo apt install cups cups-client), or leave the printer name empty to save slips as PDF files.",
    ),
    QT_TRANSLATE_NOOP(
        "PrinterWords", "Check the slips folder in the site settings, and that this computer may write there."
    ),
)

#: Values put back translated: the supplies a printer runs low on.
PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("PrinterWords", "paper"),
    QT_TRANSLATE_NOOP("PrinterWords", "toner"),
    QT_TRANSLATE_NOOP("PrinterWords", "ink or ribbon"),
    QT_TRANSLATE_NOOP("PrinterWords", "waste ink space"),
)

# Where one sentence may end and the next begin.
_BREAK = re.compile(r"(?<=[.:])\s+")


def sentences(report: str) -> list[str]:
    """``report`` cut into sentences so that templates word as much of it as they can.

    Of the cuts that leave the fewest characters unworded, the one with the most
    sentences wins: a value such as a driver's message may hold a full stop, but
    a value never swallows a whole sentence of ours.
    """
    breaks = list(_BREAK.finditer(report))
    bounds = [(0, 0)] + [(match.start(), match.end()) for match in breaks] + [(len(report), len(report))]

    @cache
    def best(first: int) -> tuple[int, int, tuple[str, ...]]:
        """(unworded characters, -sentences, sentences) for the report from bound ``first`` on."""
        start = bounds[first][1]
        options = []
        for last in range(first + 1, len(bounds)):
            piece = report[start : bounds[last][0]]
            rest_left, rest_count, rest = best(last) if last < len(bounds) - 1 else (0, 0, ())
            left = (0 if has_template(piece) else len(piece)) + rest_left
            options.append((left, rest_count - 1, (piece, *rest)))
        return min(options)

    return list(best(0)[2]) if report else []


def has_template(sentence: str) -> bool:
    return template_for(sentence, TEMPLATES) is not None


def translated_report(report: str) -> str:
    """A station's printer report, each known sentence in the interface language."""
    return " ".join(translated_with(sentence, TEMPLATES, CONTEXT, PHRASES) for sentence in sentences(report))
