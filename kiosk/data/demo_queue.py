"""A realistic, busy afternoon on a demo database, made through the real services.

Used by ``--screenshot`` and the benchmark: a dozen requests in each state,
one emergency nobody has answered yet, some supplies running low, alerts,
and a few stations (one offline, one printer out of paper). Plain Python.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from argon2 import PasswordHasher

from kiosk.data.db import Database
from kiosk.data.dto import Actor, SupplyView
from kiosk.data.queue import CANCEL_REASONS
from kiosk.data.services import Services
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, SET_UP, ensure_site, load_demo

DEMO_STAFF = (("peer worker", "739164", False), ("nurse", "640273", False))


@dataclass
class DemoClock:
    """A clock the demo moves by hand, so requests look spread over the afternoon."""

    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def __call__(self) -> dt.datetime:
        return self.now


def _lines(rng: random.Random, supplies: list[SupplyView], count: int) -> list[tuple[str, int]]:
    chosen = rng.sample(supplies, k=min(count, len(supplies)))
    return [(s.key, rng.randint(1, max(1, min(s.per_request_limit, 10)))) for s in chosen]


def build_demo_site(db: Database, per_state: int = 12, seed: int = 7, hasher: PasswordHasher | None = None) -> Services:
    """Fill ``db`` and return services on the real clock."""
    site_id = ensure_site(db)
    real = Services.build(db, site_id, hasher=hasher)
    load_demo(db, staff=real.staff)
    names = {s.name for s in real.staff.list()}
    for name, pin, admin in DEMO_STAFF:
        if name not in names:
            real.staff.add(name, pin, admin=admin, by=SET_UP)
    staff = {s.name: s.actor for s in real.staff.list()}
    workers = [staff[DEMO_ADMIN_NAME], staff["peer worker"], staff["nurse"]]

    clock = DemoClock()
    start = clock.now - dt.timedelta(minutes=95)
    timed = Services.build(db, site_id, clock=clock, hasher=hasher)
    rng = random.Random(seed)
    items = [s for s in real.inventory.catalogue() if s.is_item]
    for supply in items:
        if supply.stock < 200:
            real.inventory.restock(supply.key, 200 - supply.stock, staff[DEMO_ADMIN_NAME], "demo delivery")
    offered = [s for s in real.inventory.catalogue()]

    def submit(minutes: float) -> int:
        clock.now = start + dt.timedelta(minutes=minutes)
        return timed.queue.submit(_lines(rng, offered, rng.choice((1, 1, 2, 2, 3)))).request_id

    # Closed ones first (earliest), then the open ones, oldest still waiting longest.
    closed_states = ("fulfilled", "cancelled", "no_show")
    for n in range(per_state * len(closed_states)):
        state = closed_states[n % len(closed_states)]
        request_id = submit(n * 0.8)
        who = workers[n % len(workers)]
        clock.now += dt.timedelta(minutes=rng.uniform(2, 9))
        if state == "fulfilled":
            timed.queue.claim(request_id, who)
            timed.queue.fulfil(request_id, who)
        elif state == "cancelled":
            timed.queue.cancel(request_id, who, rng.choice(CANCEL_REASONS))
        else:
            timed.queue.no_show(request_id, who)
    open_start = 30.0
    for n in range(per_state * 3):
        request_id = submit(open_start + n * 1.7)
        state = ("ready", "in_progress", "pending")[n // per_state]
        who = workers[n % len(workers)]
        clock.now += dt.timedelta(minutes=0.5)
        if state == "in_progress":
            timed.queue.claim(request_id, who)
        elif state == "ready":
            timed.queue.claim(request_id, who)
            timed.queue.mark_ready(request_id, who)
    hallway = _stations(real, timed, clock)
    clock.now = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=75)
    timed.queue.submit(emergency=True, station_id=hallway)

    # Some shelves running low.
    for key, keep in (("naloxone-nasal", 3), ("fentanyl-test-strips", 8)):
        try:
            supply = real.inventory.supply(key)
        except Exception:  # noqa: BLE001 - a centre's own catalogue may lack it
            continue
        if supply.stock > keep:
            real.inventory.adjust(key, keep - supply.stock, "count_correction", staff[DEMO_ADMIN_NAME])
    _alerts(real, timed, clock, staff[DEMO_ADMIN_NAME])
    return real


def _alerts(real: Services, timed: Services, clock: DemoClock, admin: Actor) -> None:
    now = dt.datetime.now(dt.UTC)
    real.alerts.post(
        {
            "en": {
                "title": "Strong opioids in the local supply",
                "body": "Test your drugs, start low, go slow, and don't use alone. Naloxone is free at the window.",
            },
            "fr": {
                "title": "Opioïdes puissants dans l'approvisionnement local",
                "body": "Testez vos drogues, commencez petit, allez-y doucement et ne consommez pas seul. "
                "La naloxone est gratuite au comptoir.",
            },
            "es": {
                "title": "Opioides fuertes en el suministro local",
                "body": "Analiza tus drogas, empieza con poco, ve despacio y no consumas solo. "
                "La naloxona es gratis en la ventanilla.",
            },
        },
        level="danger",
        starts_at=now - dt.timedelta(hours=3),
        ends_at=now + dt.timedelta(days=2),
        by=admin,
    )
    real.alerts.post(
        {"en": {"title": "Wound care clinic on Thursday", "body": "A nurse is here from 2 to 4 pm."}},
        level="info",
        starts_at=now - dt.timedelta(days=1),
        ends_at=now + dt.timedelta(days=3),
        by=admin,
    )
    clock.now = now - dt.timedelta(days=5)
    old = timed.alerts.post({"en": {"title": "Cold weather: warming room open"}}, level="warning", by=admin)
    clock.now = now - dt.timedelta(days=2)
    timed.alerts.end(old.id, admin)


DEMO_PLACES = {
    "kiosk-front": {
        "en": "the front room, by the door",
        "fr": "la salle d'entrée, près de la porte",
        "es": "la sala de entrada, junto a la puerta",
    },
    "kiosk-hallway": {"en": "the hallway kiosk", "fr": "la borne du couloir", "es": "el quiosco del pasillo"},
    "kiosk-upstairs": {"en": "the upstairs kiosk", "fr": "la borne de l'étage", "es": "el quiosco de arriba"},
}


def _stations(real: Services, timed: Services, clock: DemoClock) -> int:
    """The demo's stations, each kiosk with its place; returns the hallway kiosk's id."""
    ids = {}
    for name, kind, printer, detail in (
        ("kiosk-front", "kiosk", "idle", "Printer 'receipt' is ready."),
        (
            "kiosk-hallway",
            "kiosk",
            "out_of_paper",
            "Printer 'receipt' is out of paper. Load a new roll or more paper. "
            "Then resume the queue: cupsenable receipt.",
        ),
        (
            "kiosk-side-room",
            "kiosk",
            "rejecting",
            "The queue for printer 'receipt' is not accepting jobs. Let it take jobs again: cupsaccept receipt.",
        ),
        (
            "staff-desk",
            "staff",
            "cups_down",
            "The print service (CUPS) is not running on this computer. "
            "Start it (sudo systemctl start cups) or restart the computer.",
        ),
        ("board-lobby", "display", None, ""),
    ):
        station = real.stations.register(name, kind)
        real.stations.heartbeat(station.id, printer, detail)
        ids[name] = station.id
    saved = clock.now
    clock.now = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    ids["kiosk-upstairs"] = timed.stations.register("kiosk-upstairs", "kiosk").id
    clock.now = saved
    for name, place in DEMO_PLACES.items():
        real.stations.set_place(ids[name], place, by=SET_UP)
    return ids["kiosk-hallway"]


def demo_admin() -> tuple[str, str]:
    return DEMO_ADMIN_NAME, DEMO_ADMIN_PIN
