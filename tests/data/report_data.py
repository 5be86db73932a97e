"""A small, hand-written week of activity whose report figures are worked out by hand.

Days (UTC, the site's zone): Monday 2 November, Tuesday 3 November and
Monday 9 November 2026.

======  =================  ==================================  ======================================
 req     submitted          asked                                what happened
======  =================  ==================================  ======================================
 R1      Mon 09:00, fr      naloxone-nasal 2, fentanyl strips 5  claimed 09:01, ready 09:03:20, all given
 R2      Mon 09:30, en      syringe-1ml 10, peer-worker 1        given 6 syringes and the peer worker 09:40
 R3      Mon 14:00, es      housing-help 1                       cancelled 14:10
 R4      Tue 10:00, en      emergency                            "I'm going" 10:00:45, closed 10:20 (*)
 R5      Tue 10:05, en      glass-stems 1                        no-show 10:30
 R6      Mon 9 11:00, es   naloxone-injectable 1                still waiting
 R7      Mon 9 11:20, fr   emergency                            "I'm going" 11:22:05, still open
======  =================  ==================================  ======================================

(*) The response record: two naloxone doses, emergency services called, taken
to hospital.

Also: naloxone-nasal restocked +10 on Monday 08:00, three fentanyl strips
written off as damaged on Tuesday; four page views on Monday (three
"overdose" in English, one in French), two information-only sessions on
Tuesday; sharps: 12 counted on Tuesday, 500 g weighed on Monday 9 (40 per kg).
"""

from __future__ import annotations

import datetime as dt

from kiosk.data.dto import ResponseRecord
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from tests.conftest import SETUP

UTC = dt.UTC
MON = dt.date(2026, 11, 2)
TUE = dt.date(2026, 11, 3)
MON2 = dt.date(2026, 11, 9)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def at(self, day: dt.date, hour: int, minute: int = 0, second: int = 0) -> None:
        self.now = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)


def build_week(db, hasher) -> tuple[Services, Clock, dict[str, int]]:
    clock = Clock(dt.datetime(2026, 11, 1, 12, tzinfo=UTC))
    site_id = ensure_site(db, clock=clock)
    services = Services.build(db, site_id, clock=clock, hasher=hasher)
    load_demo(db, clock=clock, staff=services.staff)
    services.settings.update(by=SETUP, sharps_units_per_kg=40)
    admin = services.staff.sign_in("admin", "582046").actor
    q = services.queue
    ids: dict[str, int] = {}

    clock.at(MON, 8)
    services.inventory.restock("naloxone-nasal", 10, admin)
    clock.at(MON, 9)
    ids["R1"] = q.submit([("naloxone-nasal", 2), ("fentanyl-test-strips", 5)], language="fr").request_id
    clock.at(MON, 9, 1)
    q.claim(ids["R1"], admin)
    clock.at(MON, 9, 3, 20)
    q.mark_ready(ids["R1"], admin)
    clock.at(MON, 9, 5)
    q.fulfil(ids["R1"], admin)
    clock.at(MON, 9, 10)
    services.tallies.page_opened("overdose", "en")
    services.tallies.page_opened("overdose", "en")
    services.tallies.page_opened("overdose", "en")
    services.tallies.page_opened("overdose", "fr")
    clock.at(MON, 9, 30)
    ids["R2"] = q.submit([("syringe-1ml", 10), ("peer-worker", 1)], language="en").request_id
    clock.at(MON, 9, 40)
    q.fulfil(ids["R2"], admin, {"syringe-1ml": 6, "peer-worker": 1})
    clock.at(MON, 14)
    ids["R3"] = q.submit([("housing-help", 1)], language="es").request_id
    clock.at(MON, 14, 10)
    q.cancel(ids["R3"], admin, "visitor_left")

    clock.at(TUE, 9)
    services.inventory.adjust("fentanyl-test-strips", -3, "damaged", admin)
    services.tallies.information_only_session()
    services.tallies.information_only_session()
    services.tallies.sharps_returned(count=12, by=admin)
    clock.at(TUE, 10)
    ids["R4"] = q.submit(emergency=True, language="en").request_id
    clock.at(TUE, 10, 0, 45)
    services.emergency.respond(ids["R4"], admin)
    clock.at(TUE, 10, 5)
    ids["R5"] = q.submit([("glass-stems", 1)], language="en").request_id
    clock.at(TUE, 10, 20)
    services.emergency.close(
        ids["R4"], admin, ResponseRecord(naloxone_doses=2, emergency_services_called=True, outcome="transported")
    )
    clock.at(TUE, 10, 30)
    q.no_show(ids["R5"], admin)

    clock.at(MON2, 9)
    services.tallies.sharps_returned(weight_g=500, by=admin)
    clock.at(MON2, 11)
    ids["R6"] = q.submit([("naloxone-injectable", 1)], language="es").request_id
    clock.at(MON2, 11, 20)
    ids["R7"] = q.submit(emergency=True, language="fr").request_id
    clock.at(MON2, 11, 22, 5)
    q.acknowledge(ids["R7"], admin)
    clock.at(MON2, 18)
    return services, clock, ids


#: Worked out by hand from the table above, for MON..MON2 as one period.
EXPECTED = {
    ("encounters", ""): 7,
    ("encounters_by_kind", "supplies"): 4,  # R1, R2, R5, R6
    ("encounters_by_kind", "services"): 1,  # R3
    ("encounters_by_kind", "emergency"): 2,  # R4, R7
    ("encounters_by_language", "en"): 3,  # R2, R4, R5
    ("encounters_by_language", "fr"): 2,  # R1, R7
    ("encounters_by_language", "es"): 2,  # R3, R6
    ("requests_by_outcome", "fulfilled"): 2,  # R1, R4
    ("requests_by_outcome", "part_fulfilled"): 1,  # R2
    ("requests_by_outcome", "cancelled"): 1,
    ("requests_by_outcome", "no_show"): 1,
    ("requests_by_outcome", "open"): 2,
    ("wait_median_s", ""): 200,  # R1 200 s to ready, R2 600 s to handed over
    ("wait_p90_s", ""): 600,
    ("emergency_response_median_s", ""): 40,  # 45 s, kept in 10 s steps
    ("emergency_response_p90_s", ""): 120,  # 125 s
    ("given_by_supply", "naloxone-nasal"): 2,
    ("given_by_supply", "fentanyl-test-strips"): 5,
    ("given_by_supply", "syringe-1ml"): 6,
    ("given_by_supply", "peer-worker"): 1,
    ("given_by_group", "naloxone"): 2,
    ("given_by_group", "drug_checking"): 5,
    ("given_by_group", "syringes"): 6,
    ("given_by_group", "safer_smoking"): 0,  # R5 never came
    ("given_by_group", "wound_care"): 0,
    ("services_asked", "peer-worker"): 1,
    ("services_asked", "housing-help"): 1,
    ("unmet_lines", "syringe-1ml"): 1,
    ("unmet_quantity", "syringe-1ml"): 4,
    ("busiest_hours", "0-9"): 2,  # Monday 09:00 (R1, R2)
    ("busiest_hours", "0-14"): 1,
    ("busiest_hours", "1-10"): 2,
    ("busiest_hours", "0-11"): 2,  # the second Monday
    ("stock_opening", "naloxone-nasal"): 40,
    ("stock_received", "naloxone-nasal"): 10,
    ("stock_given", "naloxone-nasal"): 2,
    ("stock_closing", "naloxone-nasal"): 48,
    ("stock_opening", "fentanyl-test-strips"): 200,
    ("stock_given", "fentanyl-test-strips"): 5,
    ("stock_adjusted", "fentanyl-test-strips:damaged"): -3,
    ("stock_closing", "fentanyl-test-strips"): 192,
    ("sharps_returned", ""): 32,  # 12 counted + 500 g at 40 per kg
    ("sharps_weight_g", ""): 500,
    ("page_views", ""): 4,
    ("page_views", "overdose|en"): 3,
    ("page_views", "overdose|fr"): 1,
    ("information_only_sessions", ""): 2,
    ("overdose_responses", ""): 1,  # R4; R7 is still open
    ("overdose_naloxone_given", ""): 1,
    ("overdose_naloxone_doses", ""): 2,
    ("overdose_services_called", ""): 1,
    ("overdose_outcomes", "transported"): 1,
    ("overdose_outcomes", "responsive"): 0,
    ("overdose_outcomes", "not_recorded"): 0,
    ("overdose_false_alarms", ""): 0,
    ("overdose_to_first_median_s", ""): 40,  # 45 s, in 10 s steps
    ("overdose_to_first_p90_s", ""): 40,
    ("overdose_to_close_median_s", ""): 1200,  # 20 minutes
    ("overdose_to_close_p90_s", ""): 1200,
}
