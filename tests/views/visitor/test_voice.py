"""Visitor voice on the kiosk, with real taps: for others, "I used naloxone", "have your say"."""

from __future__ import annotations

from sqlalchemy import func, select

from kiosk.data.models import Request, VoiceTally
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def _tallies(services) -> dict[tuple[str, str], int]:
    with services.db.read_scope() as session:
        rows = session.execute(select(VoiceTally.figure, VoiceTally.key, VoiceTally.value)).all()
    return {(figure, key): value for figure, key, value in rows}


def _requests(services) -> int:
    with services.db.read_scope() as session:
        return int(session.scalar(select(func.count()).select_from(Request)) or 0)


def test_asking_for_others_grows_the_limit_and_reaches_the_queue(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    naloxone = catalogue.tiles["naloxone-nasal"]
    tap(qtbot, naloxone.stepper.plus)
    tap(qtbot, naloxone.stepper.plus)
    assert not naloxone.stepper.can_add  # 2 for one person
    tap(qtbot, catalogue.review)
    review = window.get_screen(nav.REVIEW)
    assert list(review.for_whom.chips) == [0, 1, 2, 3, 4, 5]  # the site's maximum is 5

    tap(qtbot, review.for_whom.chips[2])
    line = review.lines["naloxone-nasal"]
    for _ in range(4):
        tap(qtbot, line.stepper.plus)
    assert not line.stepper.can_add  # 2 each for 3 people, capped at 6
    assert window.basket.as_request() == [("naloxone-nasal", 6)]
    tap(qtbot, review.for_whom.chips[1])
    assert window.basket.as_request() == [("naloxone-nasal", 4)]  # lowered to fit 2 people
    tap(qtbot, review.send)

    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    assert window.get_screen(nav.CONFIRMATION).place.text().endswith("For you and one other person.")
    [stored] = demo_services.queue.open_requests()
    assert stored.for_others == 1
    assert [(line.supply_key, line.quantity) for line in stored.lines] == [("naloxone-nasal", 4)]
    window.reset_visit()
    assert window.basket.for_others == 0 and review.for_whom.others == 0


def test_a_reversal_with_every_question_skipped_is_still_counted(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    tap(qtbot, window.start_screen.used_naloxone)
    assert window.current == nav.REVERSAL
    screen = window.get_screen(nav.REVERSAL)
    with qtbot.waitSignal(screen.answered) as answered:
        for _ in range(4):
            tap(qtbot, screen.skip)
    assert answered.args == [{}]
    assert screen.pages.currentWidget() is screen.care_page
    qtbot.waitUntil(lambda: _tallies(demo_services) == {("reversal", ""): 1}, timeout=5_000)
    assert _requests(demo_services) == 0


def test_answers_and_the_refill_add_exactly_one_kit(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("naloxone-nasal")
    tap(qtbot, info.page_view.used_naloxone)
    screen = window.get_screen(nav.REVERSAL)
    assert window.current == nav.REVERSAL and screen.step == 0
    tap(qtbot, screen.answer_buttons[("doses", "2")])
    tap(qtbot, screen.answer_buttons[("woke", "yes")])
    tap(qtbot, screen.skip)
    tap(qtbot, screen.answer_buttons[("source", "here")])
    qtbot.waitUntil(
        lambda: _tallies(demo_services) == {("reversal", ""): 1, ("doses", "2"): 1, ("woke", "yes"): 1,
                                            ("source", "here"): 1},
        timeout=5_000,
    )
    tap(qtbot, screen.refill)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    [stored] = demo_services.queue.open_requests()
    assert [(line.supply_key, line.quantity) for line in stored.lines] == [("naloxone-nasal", 1)]
    assert window.get_screen(nav.CONFIRMATION).code.text() == stored.pickup_code


def test_idle_reset_mid_report_stores_nothing(qtbot, make_kiosk, demo_services):
    window = make_kiosk(idle_quiet_ms=60_000, idle_warning_ms=200)
    tap(qtbot, window.start_screen.used_naloxone)
    screen = window.get_screen(nav.REVERSAL)
    with qtbot.assertNotEmitted(screen.answered):
        tap(qtbot, screen.answer_buttons[("doses", "3+")])
        tap(qtbot, screen.answer_buttons[("woke", "unsure")])
        window.set_idle_times(150, 200)
        with qtbot.waitSignal(window.visit_reset, timeout=5_000):
            pass
    assert window.current == nav.START
    assert screen.step == 0 and screen.answers == {}
    assert _tallies(demo_services) == {}


def test_have_your_say_after_a_request_and_i_wanted_this(qtbot, make_kiosk, demo_services):
    stock = demo_services.inventory.supply("syringe-1ml").stock
    demo_services.inventory.adjust("syringe-1ml", -stock, "count_correction", by=SETUP)
    window = make_kiosk()
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    assert "syringe-1ml" not in catalogue.tiles
    tap(qtbot, catalogue.tiles["condoms"].stepper.plus)
    tap(qtbot, catalogue.review)
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)

    tap(qtbot, window.get_screen(nav.CONFIRMATION).feedback)
    screen = window.get_screen(nav.FEEDBACK)
    assert window.current == nav.FEEDBACK and not screen.send.isEnabled()
    tap(qtbot, screen.faces["okay"])
    tap(qtbot, screen.missing_chips["wait"])
    wanted = screen.wanted_chips["syringe-1ml"]
    assert "out today" in wanted.text()
    tap(qtbot, wanted)
    assert screen.missing_chips["supply_out"].isChecked()
    tap(qtbot, screen.send)
    qtbot.waitUntil(screen.thanks.isVisible, timeout=5_000)
    assert _tallies(demo_services) == {
        ("rating", "okay"): 1,
        ("missing", "wait"): 1,
        ("missing", "supply_out"): 1,
        ("wanted", "syringe-1ml"): 1,
    }
    assert _requests(demo_services) == 1  # "I wanted this" makes no request
    tap(qtbot, screen.skip)  # now "Done"
    assert window.current == nav.START


def test_have_your_say_from_the_start_can_be_skipped(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    tap(qtbot, window.start_screen.have_your_say)
    screen = window.get_screen(nav.FEEDBACK)
    tap(qtbot, screen.faces["good"])
    tap(qtbot, screen.skip)
    assert window.current == nav.START
    assert screen.choices == (None, (), ())
    assert _tallies(demo_services) == {}


def test_quick_exit_mid_feedback_stores_nothing(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    tap(qtbot, window.start_screen.have_your_say)
    screen = window.get_screen(nav.FEEDBACK)
    with qtbot.assertNotEmitted(screen.send_requested):
        tap(qtbot, screen.faces["bad"])
        tap(qtbot, screen.missing_chips["information"])
        tap(qtbot, window.top_bar.quick_exit)
    assert window.current == nav.START
    assert screen.choices == (None, (), ())
    assert not screen.faces["bad"].isChecked()
    assert _tallies(demo_services) == {}


def test_a_report_that_cannot_be_stored_says_so_calmly(qtbot, make_kiosk, demo_services, monkeypatch):
    from kiosk.errors import DatabaseUnavailable

    def unreachable(_answers):
        raise DatabaseUnavailable("The database can't be reached.")

    monkeypatch.setattr(demo_services.voice, "report_reversal", unreachable)
    window = make_kiosk()
    tap(qtbot, window.start_screen.used_naloxone)
    screen = window.get_screen(nav.REVERSAL)
    for _ in range(4):
        tap(qtbot, screen.skip)
    qtbot.waitUntil(lambda: "couldn't be counted" in screen.not_stored.text(), timeout=5_000)
    assert screen.thanks.isVisible()
    assert _tallies(demo_services) == {}
