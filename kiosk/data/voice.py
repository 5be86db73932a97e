"""Visitor voice: "I used naloxone", "have your say" and "I wanted this", as tallies only.

Nothing here can point at a person or a visit. Each answer adds one to a
count for the site and its local day in ``voice_tallies``: no time of day,
no station, no request, no free text. A reversal report adds one to
"reversal" whatever was answered (every question may be skipped) and one to
each answer given; feedback adds one to its rating and to each "what was
missing" chip; "I wanted this" adds one to a supply that is out today.

The one thing that makes a request is the naloxone refill offered at the end
of a reversal report: a new request with exactly one kit, checked like any
other (stock, limits), and not linked to the report in any way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Table, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import SubmitResult, SupplyView
from kiosk.data.models import VOICE_FIGURES, Supply, SupplyKind, VoiceTally
from kiosk.data.settings import SettingsService
from kiosk.data.submit import RequestRejected, Submitter
from kiosk.data.tallies import DayCounts, site_zone
from kiosk.errors import KioskError

#: Each reversal question and the answers it offers, in the order the kiosk asks them.
REVERSAL_QUESTIONS: Mapping[str, tuple[str, ...]] = {
    "doses": ("1", "2", "3+"),
    "woke": ("yes", "unsure", "no"),
    "help": ("yes", "no", "rather_not"),
    "source": ("here", "elsewhere"),
}
RATINGS = ("good", "okay", "bad")
MISSING = ("supply_out", "service", "information", "wait", "other")
#: The family a refill kit is taken from.
NALOXONE_GROUP = "naloxone"


class VoiceError(KioskError):
    """An answer the kiosk does not offer; nothing was stored."""


@dataclass(frozen=True)
class ReversalAnswers:
    """What a responder tapped; None for a question skipped."""

    doses: str | None = None
    woke: str | None = None
    help: str | None = None
    source: str | None = None

    def given(self) -> dict[str, str]:
        answers = {"doses": self.doses, "woke": self.woke, "help": self.help, "source": self.source}
        return {question: answer for question, answer in answers.items() if answer is not None}


@dataclass(frozen=True)
class Feedback:
    """A three-face rating (or None) and the "what was missing" chips tapped."""

    rating: str | None = None
    missing: tuple[str, ...] = ()
    wanted: tuple[str, ...] = ()  # supplies that were out, tapped as "I wanted this"

    @property
    def empty(self) -> bool:
        return self.rating is None and not self.missing and not self.wanted


@dataclass(frozen=True)
class VoiceSummary:
    """The voice tallies of a range of days, for the command line."""

    first: dt.date
    last: dt.date
    counts: Mapping[tuple[str, str], int]
    reversals_by_month: Mapping[str, int]

    def value(self, figure: str, key: str = "") -> int:
        return self.counts.get((figure, key), 0)


_TABLE: Table = VoiceTally.__table__  # type: ignore[assignment]
_KEYS = ["site_id", "day", "figure", "key"]


def add_voice_tallies(connection: Connection, counts: DayCounts) -> int:
    """Add ``counts`` to ``voice_tallies`` (one upsert per figure and key); returns rows touched."""
    rows = [
        {"site_id": site_id, "day": day, "figure": figure, "key": key, "value": value}
        for (site_id, day), figures in counts.items()
        for (figure, key), value in figures.items()
        if value
    ]
    if not rows:
        return 0
    if any(row["figure"] not in VOICE_FIGURES for row in rows):
        raise ValueError("unknown voice figure")
    dialect = connection.dialect.name
    if dialect == "postgresql":
        pg = postgresql.insert(_TABLE)
        connection.execute(
            pg.on_conflict_do_update(index_elements=_KEYS, set_={"value": _TABLE.c.value + pg.excluded.value}), rows
        )
    elif dialect == "sqlite":
        lite = sqlite.insert(_TABLE)
        connection.execute(
            lite.on_conflict_do_update(index_elements=_KEYS, set_={"value": _TABLE.c.value + lite.excluded.value}),
            rows,
        )
    else:  # pragma: no cover - only the two engines are supported
        for row in rows:
            done = connection.execute(
                update(_TABLE)
                .where(*(_TABLE.c[name] == row[name] for name in _KEYS))
                .values(value=_TABLE.c.value + row["value"])
            ).rowcount
            if not done:
                connection.execute(_TABLE.insert().values(**row))
    return len(rows)


def read_voice_tallies(connection: Connection, first: dt.date, last: dt.date, site_id: int | None) -> DayCounts:
    """The voice tallies of days ``first``..``last`` (one site, or all with None)."""
    query = select(_TABLE.c.site_id, _TABLE.c.day, _TABLE.c.figure, _TABLE.c.key, _TABLE.c.value).where(
        _TABLE.c.day >= first, _TABLE.c.day <= last
    )
    if site_id is not None:
        query = query.where(_TABLE.c.site_id == site_id)
    out: DayCounts = {}
    for site, day, figure, key, value in connection.execute(query):
        out.setdefault((site, day), Counter())[(figure, key)] += value
    return out


def reversal_figures(answers: ReversalAnswers) -> Counter[tuple[str, str]]:
    """The counts one reversal report adds (raises :class:`VoiceError` for an answer not offered)."""
    figures: Counter[tuple[str, str]] = Counter({("reversal", ""): 1})
    for question, answer in answers.given().items():
        if answer not in REVERSAL_QUESTIONS[question]:
            raise VoiceError("That answer isn't one the kiosk offers.", question=question)
        figures[(question, answer)] += 1
    return figures


def feedback_figures(feedback: Feedback, out_today: Iterable[str]) -> Counter[tuple[str, str]]:
    """The counts one "have your say" adds; "I wanted this" only for supplies out today."""
    figures: Counter[tuple[str, str]] = Counter()
    if feedback.rating is not None:
        if feedback.rating not in RATINGS:
            raise VoiceError("That rating isn't one the kiosk offers.")
        figures[("rating", feedback.rating)] += 1
    for chip in dict.fromkeys(feedback.missing):
        if chip not in MISSING:
            raise VoiceError("That choice isn't one the kiosk offers.")
        figures[("missing", chip)] += 1
    out = set(out_today)
    for key in dict.fromkeys(feedback.wanted):
        if key not in out:
            raise VoiceError("That supply can be asked for now.", supply=key)
        figures[("wanted", key)] += 1
    return figures


class VoiceService:
    """Reversal reports, feedback, "I wanted this" and the naloxone refill for one site."""

    def __init__(
        self,
        db: Database,
        site_id: int = 1,
        clock: Clock = utc_now,
        settings: SettingsService | None = None,
        submitter: Submitter | None = None,
    ) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._settings = settings or SettingsService(db, site_id, clock)
        self._submitter = submitter or Submitter(db, site_id, clock, self._settings)

    # -- the kiosk -----------------------------------------------------------

    def report_reversal(self, answers: ReversalAnswers) -> None:
        """Someone used naloxone on someone: one "reversal", and one per answer given."""
        self._add(reversal_figures(answers))

    def give_feedback(self, feedback: Feedback) -> None:
        """A rating, "what was missing" chips and "I wanted this" taps, all in one go."""
        if feedback.empty:
            return
        with self._db.session_scope() as session:
            out = self._out_today_keys(session.connection()) if feedback.wanted else []
            self._add_in(session, feedback_figures(feedback, out))

    def wanted(self, supply_key: str) -> None:
        """One "I wanted this" on a supply that is out today (no request is made)."""
        self.give_feedback(Feedback(wanted=(supply_key,)))

    def out_today(self) -> list[SupplyView]:
        """Items on offer that have run out: shown greyed, "out today", to tap as "I wanted this"."""
        from kiosk.data.inventory import InventoryService

        supplies = InventoryService(self._db, self._site_id, self._clock).supplies()
        return [s for s in supplies if s.active and s.is_item and s.stock <= 0]

    def refill_kit(self) -> SupplyView | None:
        """The naloxone kit a refill would add now (in stock, on offer), or None."""
        from kiosk.data.inventory import InventoryService

        kits = [
            s
            for s in InventoryService(self._db, self._site_id, self._clock).supplies()
            if s.report_group == NALOXONE_GROUP and s.available and s.is_item
        ]
        return max(kits, key=lambda s: s.stock, default=None)

    def refill_naloxone(
        self, *, station_id: int | None = None, language: str | None = None
    ) -> SubmitResult:
        """A new request for exactly one naloxone kit, checked like any other request.

        Raises :class:`~kiosk.data.submit.RequestRejected` ("out_of_stock")
        when no kit is left; the reversal report is never linked to it.
        """
        kit = self.refill_kit()
        if kit is None:
            raise RequestRejected("out_of_stock", "Naloxone has run out for now.", supply=NALOXONE_GROUP)
        return self._submitter.submit([(kit.key, 1)], station_id=station_id, language=language)

    # -- reading ------------------------------------------------------------

    def summary(self, first: dt.date, last: dt.date, site_id: int | None = None) -> VoiceSummary:
        """Every voice tally of days ``first``..``last``, and reversals by month."""
        with self._db.read_scope() as session:
            counts = read_voice_tallies(session.connection(), first, last, site_id)
        total: Counter[tuple[str, str]] = Counter()
        months: Counter[str] = Counter()
        for (_site, day), figures in counts.items():
            total.update(figures)
            months[day.strftime("%Y-%m")] += figures[("reversal", "")]
        return VoiceSummary(first, last, dict(total), dict(sorted(months.items())))

    # -- helpers ------------------------------------------------------------

    def _out_today_keys(self, connection: Connection) -> list[str]:
        return list(
            connection.scalars(
                select(Supply.key).where(
                    Supply.site_id == self._site_id,
                    Supply.active.is_(True),
                    Supply.kind == SupplyKind.ITEM,
                    Supply.stock <= 0,
                )
            )
        )

    def _add(self, figures: Counter[tuple[str, str]]) -> None:
        with self._db.session_scope() as session:
            self._add_in(session, figures)

    def _add_in(self, session: Session, figures: Counter[tuple[str, str]]) -> None:
        if not figures:
            return
        zone_name = self._settings.load_in(session).time_zone
        day = self._clock().astimezone(site_zone(zone_name)).date()
        add_voice_tallies(session.connection(), {(self._site_id, day): figures})


def count_others(
    connection: Connection,
    site_ids: Sequence[int],
    zone: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
    out: DayCounts,
    only: ColumnElement[bool] | None = None,
) -> None:
    """Add the others the sites' requests created in [start, end) were also for, per local day, to ``out``."""
    from kiosk.data.live_counts import _day, _local, offset_pieces
    from kiosk.data.models import Request

    dialect = connection.dialect.name
    for piece_start, piece_end, offset in offset_pieces(zone, start, end):
        day, _hour = _local(Request.created_at, offset, dialect)
        query = (
            select(Request.site_id, day, func.sum(Request.for_others))
            .where(
                Request.site_id.in_(list(site_ids)),
                Request.created_at >= piece_start,
                Request.created_at < piece_end,
                Request.for_others > 0,
            )
            .group_by(Request.site_id, day)
        )
        if only is not None:
            query = query.where(only)
        for site, day_value, others in connection.execute(query):
            out.setdefault((site, _day(day_value)), Counter())[("others", "")] += int(others or 0)
