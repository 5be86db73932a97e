"""A kiosk doing thousands of visits a day reuses its review lines instead of making new widgets."""

from __future__ import annotations

from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.screens.review import ReviewLine
from tests.views.visitor.helpers import tap


def test_many_visits_keep_one_review_line_per_supply(qtbot, make_kiosk):
    window = make_kiosk()
    review = window.get_screen(nav.REVIEW)
    for visit in range(12):
        window.open_catalogue()
        catalogue = window.get_screen(nav.CATALOGUE)
        tap(qtbot, catalogue.tiles["condoms" if visit % 2 else "lube"].stepper.plus)
        tap(qtbot, catalogue.review)
        assert window.current == nav.REVIEW and len(review.lines) == 1
        assert next(iter(review.lines.values())).isVisible()
        window.reset_visit()
        assert review.lines == {}
    assert len(review.findChildren(ReviewLine)) == 2
    # A line removed on the review screen goes away from the screen too.
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)
    line = review.lines["condoms"]
    tap(qtbot, line.remove)
    assert not line.isVisible() and review.lines == {} and window.basket.empty
