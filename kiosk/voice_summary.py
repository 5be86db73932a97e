"""``kiosk-admin voice``: the visitor-voice tallies of a range of days, as plain text."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable

from kiosk.data.voice import MISSING, RATINGS, REVERSAL_QUESTIONS, VoiceService, VoiceSummary
from kiosk.reports.labels import detail_text, translator


def add_voice_command(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    iso_date: Callable[[str], dt.date],
) -> None:
    voice = commands.add_parser(
        "voice", help="what visitors told the kiosk: reversals reported, feedback, 'I wanted this'"
    )
    voice.add_argument("--from", dest="first", required=True, type=iso_date, metavar="DATE", help="YYYY-MM-DD")
    voice.add_argument("--to", dest="last", required=True, type=iso_date, metavar="DATE", help="YYYY-MM-DD")


def summary_text(summary: VoiceSummary, lang: str = "en") -> str:
    """The summary as lines a person reads: every count, by the words the reports use."""
    tr = translator(lang)
    lines = [f"{summary.first} to {summary.last}", "", f"{tr('reversals_reported')}: {summary.value('reversal')}"]
    lines += [f"  {month}: {count}" for month, count in summary.reversals_by_month.items()]
    for question, answers in REVERSAL_QUESTIONS.items():
        for answer in answers:
            words = detail_text("reversal_answers", f"{question}.{answer}", tr, lang, {})
            lines.append(f"  {words}: {summary.value(question, answer)}")
    lines += ["", f"{tr('feedback_ratings')}:"]
    lines += [f"  {tr(f'rating.{r}')}: {summary.value('rating', r)}" for r in RATINGS]
    lines += [f"{tr('feedback_missing')}:"]
    lines += [f"  {tr(f'missing.{m}')}: {summary.value('missing', m)}" for m in MISSING]
    wanted = sorted((key, n) for (figure, key), n in summary.counts.items() if figure == "wanted")
    lines += [f"{tr('wanted_out_today')}:"]
    lines += [f"  {key}: {n}" for key, n in wanted] or ["  0"]
    return "\n".join(lines)


def run_voice(first: dt.date, last: dt.date, voice: VoiceService) -> int:
    if last < first:
        print("kiosk-admin: the range ends before it starts. Put the earlier date first.", file=sys.stderr)
        return 2
    print(summary_text(voice.summary(first, last)))
    return 0
