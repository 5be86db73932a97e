"""The screens' side of a visit: wiring, printing, the staff PIN, and the visit's view.

The rules of the visit (what a request or an emergency call leads to, which
answers are too late, when an idle reset may happen) live in the Qt-free
:class:`~kiosk.views.visitor.visit_state.Visit`; this class is the
:class:`~kiosk.views.visitor.visit_state.VisitView` it talks to, turning its
calls into screens. Every service call goes through the backend's station link.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.slips import SlipContent
from kiosk.views.visitor.visit_state import Visit

if TYPE_CHECKING:
    from kiosk.data.dto import StaffView, SubmitResult
    from kiosk.views.visitor.backend import Snapshot
    from kiosk.views.visitor.window import VisitorWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class VisitFlows(QObject):
    """The kiosk's flows; no signals (the window's screens show the results)."""

    def __init__(self, window: VisitorWindow) -> None:
        super().__init__(window)
        self.w = window
        self.visit = Visit(self, window.backend, window.basket)
        self._sent_names: list[str] = []
        self._before_emergency = nav.START
        window.backend.changed.connect(self.visit.on_changed)

    @property
    def _visit(self) -> int:
        """The visit's generation: answers for an earlier one are dropped."""
        return self.visit.generation

    @property
    def emergency_id(self) -> int | None:
        return self.visit.emergency_id

    # -- screens -------------------------------------------------------------------

    def connect_screen(self, name: str, screen: Any) -> None:
        w = self.w
        if name == nav.CATALOGUE:
            screen.review_requested.connect(self.open_review)
        elif name == nav.REVIEW:
            screen.submit_requested.connect(self.submit)
            screen.add_more_requested.connect(lambda: w.show_screen(nav.CATALOGUE))
            screen.basket_changed.connect(self._on_basket_changed)
        elif name == nav.INFORMATION:
            screen.set_pack(w.content.pack)
            screen.location_changed.connect(lambda: self._on_information_moved(screen))
            screen.page_view.print_requested.connect(self.print_resource_card)
            screen.page_view.set_printing_enabled(w.slips.enabled)
        elif name == nav.CONFIRMATION:
            screen.done_requested.connect(w.reset_visit)
            screen.print_requested.connect(self.print_slip)
            screen.set_pack(w.content.pack)
        elif name == nav.EMERGENCY:
            screen.confirmed.connect(self.send_emergency)
            screen.cancelled.connect(self.leave_emergency)
            screen.done_requested.connect(w.reset_visit)
        elif name == nav.PIN:
            screen.pin_entered.connect(self._on_pin)
            screen.cancelled.connect(w.reset_visit)
        elif name == nav.STAFF:
            screen.exit_requested.connect(w.leave_kiosk)
            screen.reprint_requested.connect(self.reprint)
            screen.closed.connect(w.reset_visit)
        if w.snapshot is not None:
            screen.apply_snapshot(w.snapshot)
        screen.set_language(w.language)

    def on_snapshot(self, snapshot: Snapshot) -> None:
        """After the screens applied ``snapshot``: what depends on more than the snapshot."""
        w = self.w
        if w.built(nav.INFORMATION):
            w.get_screen(nav.INFORMATION).page_view.set_printing_enabled(w.slips.enabled)

    @property
    def busy(self) -> bool:
        return self.visit.busy

    def reset(self) -> None:
        """The window's reset: end the visit, counting one that only read information."""
        if self.visit.reset():
            self._tally(lambda services: services.tallies.information_only_session())

    def stop(self) -> None:
        self.visit.stop()

    # -- information reach (tallies, never linked to a request) ----------------------

    def _on_information_moved(self, screen: Any) -> None:
        from kiosk.views.visitor.screens.information import PAGE

        self.w.speech.stop()
        self.w.reading.refresh()
        kind, page_id = screen.where
        if kind == PAGE and page_id:
            self.visit.read_page()
            lang = self.w.language
            self._tally(lambda services: services.tallies.page_opened(page_id, lang))

    def _tally(self, fn: Any) -> None:
        if self.w.backend.available:
            self.w.backend.run(fn, None, lambda error: log.info("a reach tally was not stored: %s", error))

    # -- requests ------------------------------------------------------------------

    def open_review(self) -> None:
        review = self.w.get_screen(nav.REVIEW)
        review.show_message("")
        review.rebuild()
        self.w.show_screen(nav.REVIEW)

    def _on_basket_changed(self) -> None:
        if self.w.built(nav.CATALOGUE):
            self.w.get_screen(nav.CATALOGUE).refresh()

    def submit(self) -> None:
        w = self.w
        if self.visit.submitting or w.basket.empty:
            return
        w.get_screen(nav.REVIEW).show_message("")
        names = self._names()
        self._sent_names = [names.get(key, key) for key, _ in w.basket.as_request()]
        pack, book = w.content.pack, w.content.book

        def prepare(result: SubmitResult) -> None:
            book.load()  # the request's QR codes, even before the pack has loaded
            if pack is not None:
                from kiosk.views.visitor.content_source import warm_qr_codes

                warm_qr_codes(pack, result.resource_keys)

        self.visit.language = w.language
        self.visit.submit(prepare)

    def _names(self) -> dict[str, str]:
        w = self.w
        return {s.key: s.name(w.language) for s in (w.snapshot.catalogue if w.snapshot else [])}

    # -- the visit's view (see VisitView) ---------------------------------------------

    def show_sending(self, sending: bool) -> None:
        self.w.get_screen(nav.REVIEW).set_sending(sending)

    def show_confirmation(self, result: SubmitResult) -> None:
        w = self.w
        if w.built(nav.CATALOGUE):
            w.get_screen(nav.CATALOGUE).refresh()
        confirmation = w.get_screen(nav.CONFIRMATION)
        confirmation.set_stay_seconds(round((w.idle.quiet_ms + w.idle.warning_ms) / 1000))
        confirmation.set_result(result, w.content.resources(), w.language, w.slips.enabled)
        w.show_screen(nav.CONFIRMATION)

    def show_outage(self) -> None:
        self.w.get_screen(nav.REVIEW).show_message(messages.database_down())

    def show_rejection(self, reason: str, supply_key: str, limit: int | None) -> None:
        review = self.w.get_screen(nav.REVIEW)
        review.rebuild()
        review.show_message(messages.rejection(reason, self._names().get(supply_key, supply_key), limit))

    def show_emergency_state(self, state: str) -> None:
        self.w.get_screen(nav.EMERGENCY).set_state(state)

    def show_responder(self, name: str) -> None:
        self.w.get_screen(nav.EMERGENCY).set_responder(name)

    def refresh_data(self) -> None:
        self.w.backend.refresh()

    # -- printing ------------------------------------------------------------------

    def print_slip(self) -> None:
        w = self.w
        confirmation = w.get_screen(nav.CONFIRMATION)
        result = confirmation.result
        if result is None or not w.slips.enabled:
            return
        lang, snapshot = w.language, w.snapshot
        resources = self._resources_for_paper(result.resource_keys)
        slip = SlipContent(
            site_name=snapshot.site_name if snapshot else "",
            pickup_code=result.pickup_code,
            lang=lang,
            place_in_queue=result.place_in_queue,
            resources=resources,
            items=list(self._sent_names),
            show_items=bool(snapshot and snapshot.settings.slip_show_items),
            created_at=dt.datetime.now().astimezone(),
            for_others=result.for_others,
        )
        confirmation.set_printing(True)
        visit = self._visit
        w.slips.print_slip(slip, lambda _: self._on_printed(visit), lambda error: self._on_print_failed(visit, error))

    def print_resource_card(self) -> None:
        w = self.w
        page_view = w.get_screen(nav.INFORMATION).page_view
        page = page_view.page
        if page is None or not w.slips.enabled:
            return
        resources = self._resources_for_paper(page.related_resources)
        if not resources:
            return
        page_view.set_printing(True)
        visit = self._visit

        def done(_: object) -> None:
            if visit == self._visit:
                page_view.set_printing(False, translate("VisitFlows", "Printing. Take it from the printer."), good=True)

        def failed(error: BaseException) -> None:
            log.warning("printing a resource card failed: %s", error)
            if not isinstance(error, KioskError):
                log.error("printing bug", exc_info=(type(error), error, error.__traceback__))
            if visit == self._visit:
                page_view.set_printing(False, messages.printing_failed(error))

        w.slips.print_resource_card(page.title, resources, w.language, done, failed)

    def _resources_for_paper(self, keys: Sequence[str]) -> list[dict[str, str]]:
        """The local resources behind ``keys``, in the visitor's language, as plain values."""
        from dataclasses import asdict

        from kiosk.printing.resource_book import slip_resources

        return [asdict(r) for r in slip_resources(self.w.content.resources(), keys, self.w.language)]

    def _on_printed(self, visit: int) -> None:
        if visit == self._visit and self.w.built(nav.CONFIRMATION):
            text = translate("VisitFlows", "Your slip is printing. Take it from the printer.")
            self.w.get_screen(nav.CONFIRMATION).set_printing(False, text, good=True)

    def _on_print_failed(self, visit: int, error: BaseException) -> None:
        log.warning("printing a slip failed: %s", error)
        if not isinstance(error, KioskError):
            log.error("printing bug", exc_info=(type(error), error, error.__traceback__))
        if visit == self._visit and self.w.built(nav.CONFIRMATION):
            self.w.get_screen(nav.CONFIRMATION).set_printing(False, messages.printing_failed(error))

    # -- emergencies -----------------------------------------------------------------

    def open_emergency(self) -> None:
        w = self.w
        if w.current != nav.EMERGENCY:
            self._before_emergency = w.current
        w.show_screen(nav.EMERGENCY)

    def leave_emergency(self) -> None:
        if self.emergency_id is not None:
            self.w.reset_visit()
            return
        self.w.show_screen(self._before_emergency)

    def emergency_in_progress(self) -> bool:
        """Staff are being called and haven't answered yet: no idle reset now."""
        return not self.visit.may_reset_when_idle()

    def send_emergency(self) -> None:
        self.visit.language = self.w.language
        self.visit.send_emergency()

    # -- staff -------------------------------------------------------------------------

    def open_staff(self) -> None:
        pin = self.w.get_screen(nav.PIN)
        pin.reset()
        self.w.show_screen(nav.PIN)

    def _on_pin(self, pin: str) -> None:
        w = self.w
        station_id, visit = w.backend.station_id, self._visit
        if station_id is None:
            w.get_screen(nav.PIN).set_busy(False)
            w.get_screen(nav.PIN).show_message(
                translate("VisitFlows", "The PIN can't be checked right now: the database can't be reached.")
            )
            return
        w.backend.run(
            lambda services: services.staff.unlock_station(station_id, pin),
            lambda staff: self._on_unlocked(visit, staff),
            lambda error: self._on_unlock_failed(visit, error),
        )

    def _on_unlocked(self, visit: int, staff: StaffView) -> None:
        if visit != self._visit:
            return
        menu = self.w.get_screen(nav.STAFF)
        menu.set_staff(staff.name, self.w.slips.enabled and self.w.slips.last_slip is not None)
        self.w.show_screen(nav.STAFF)

    def _on_unlock_failed(self, visit: int, error: BaseException) -> None:
        if visit != self._visit:
            return
        pad = self.w.get_screen(nav.PIN)
        pad.set_busy(False)
        reason = getattr(error, "reason", "")
        if isinstance(error, DatabaseUnavailable):
            text = translate("VisitFlows", "The PIN can't be checked right now: the database can't be reached.")
        elif reason == "wait":
            text = translate(
                "VisitFlows", "Too many tries. Wait %n seconds, then try again.", "", int(getattr(error, "wait_s", 0))
            )
        elif reason == "locked":
            text = translate(
                "VisitFlows",
                "This kiosk is locked after too many wrong PINs. An admin can unlock it in the back office.",
            )
        else:
            text = translate("VisitFlows", "That PIN didn't work. Try again.")
        pad.show_message(text)

    def reprint(self) -> None:
        w = self.w
        slip = w.slips.last_slip
        menu = w.get_screen(nav.STAFF)
        if slip is None:
            return
        w.slips.print_slip(
            slip,
            lambda _: menu.show_message(translate("VisitFlows", "The slip is printing.")),
            lambda error: menu.show_message(messages.printing_failed(error)),
        )
