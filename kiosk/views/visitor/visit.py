"""What happens between the screens: sending a request, printing, emergencies, staff.

The window owns the screens; this class wires their signals to the backend
and moves between them. Every service call goes through the backend's worker.
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

if TYPE_CHECKING:
    from kiosk.data.dto import RequestView, StaffView, SubmitResult
    from kiosk.views.visitor.backend import Snapshot
    from kiosk.views.visitor.window import VisitorWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class VisitFlows(QObject):
    """The kiosk's flows; no signals (the window's screens show the results)."""

    def __init__(self, window: VisitorWindow) -> None:
        super().__init__(window)
        self.w = window
        self._visit = 0  # bumped on every reset: late answers for a gone visitor are dropped
        self._submitting = False
        self._sent_names: list[str] = []
        self.emergency_id: int | None = None
        self._emergency_acknowledged = False
        self._before_emergency = nav.START
        window.backend.changed.connect(self._on_changed)

    # -- screens -------------------------------------------------------------------

    def connect_screen(self, name: str, screen: Any) -> None:
        w = self.w
        snapshot = w.snapshot
        if name == nav.CATALOGUE:
            screen.review_requested.connect(self.open_review)
            if snapshot is not None:
                screen.set_catalogue(snapshot.catalogue)
        elif name == nav.REVIEW:
            screen.submit_requested.connect(self.submit)
            screen.add_more_requested.connect(lambda: w.show_screen(nav.CATALOGUE))
            screen.basket_changed.connect(self._on_basket_changed)
            if snapshot is not None:
                screen.set_catalogue(snapshot.catalogue)
        elif name == nav.INFORMATION:
            screen.set_pack(w.content.pack)
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
            if snapshot is not None:
                screen.set_emergency_number(snapshot.settings.emergency_number)
                screen.set_naloxone_location(snapshot.settings.naloxone_location)
        elif name == nav.PIN:
            screen.pin_entered.connect(self._on_pin)
            screen.cancelled.connect(w.reset_visit)
        elif name == nav.STAFF:
            screen.exit_requested.connect(w.leave_kiosk)
            screen.reprint_requested.connect(self.reprint)
            screen.closed.connect(w.reset_visit)
        if hasattr(screen, "set_language"):
            screen.set_language(w.language)

    def on_snapshot(self, snapshot: Snapshot) -> None:
        w = self.w
        if w.built(nav.CATALOGUE):
            w.get_screen(nav.CATALOGUE).set_catalogue(snapshot.catalogue)
        if w.built(nav.REVIEW):
            w.get_screen(nav.REVIEW).set_catalogue(snapshot.catalogue)
            if w.current != nav.REVIEW:
                w.get_screen(nav.REVIEW).rebuild()
        if w.built(nav.EMERGENCY):
            w.get_screen(nav.EMERGENCY).set_emergency_number(snapshot.settings.emergency_number)
            w.get_screen(nav.EMERGENCY).set_naloxone_location(snapshot.settings.naloxone_location)
        if w.built(nav.INFORMATION):
            w.get_screen(nav.INFORMATION).page_view.set_printing_enabled(w.slips.enabled)

    @property
    def busy(self) -> bool:
        return self._submitting or self.emergency_id is not None

    def reset(self) -> None:
        self._visit += 1
        self._submitting = False
        self.emergency_id = None
        self._emergency_acknowledged = False
        if self.w.built(nav.EMERGENCY) and self.w.get_screen(nav.EMERGENCY).state != "asking":
            self.w.get_screen(nav.EMERGENCY).set_responder("")
            self.w.get_screen(nav.EMERGENCY).set_state("asking")
        if self.w.built(nav.CONFIRMATION) and self.w.get_screen(nav.CONFIRMATION).result is not None:
            self.w.get_screen(nav.CONFIRMATION).clear()

    def stop(self) -> None:
        self._visit += 1

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
        if self._submitting or w.basket.empty:
            return
        self._submitting = True
        review = w.get_screen(nav.REVIEW)
        review.show_message("")
        review.set_sending(True)
        visit, lines = self._visit, w.basket.as_request()
        names = {s.key: s.name(w.language) for s in (w.snapshot.catalogue if w.snapshot else [])}
        self._sent_names = [names.get(key, key) for key, _ in lines]
        pack = w.content.pack

        def prepare(result: SubmitResult) -> None:
            if pack is not None:
                from kiosk.views.visitor.content_source import warm_qr_codes

                warm_qr_codes(pack, result.resource_keys)

        w.backend.submit(
            lines,
            lambda result: self._on_submitted(visit, result),
            lambda error: self._on_submit_failed(visit, error),
            prepare=prepare,
        )

    def _on_submitted(self, visit: int, result: SubmitResult) -> None:
        if visit != self._visit:
            return
        self._submitting = False
        w = self.w
        w.basket.clear()
        w.get_screen(nav.REVIEW).set_sending(False)
        if w.built(nav.CATALOGUE):
            w.get_screen(nav.CATALOGUE).refresh()
        confirmation = w.get_screen(nav.CONFIRMATION)
        confirmation.set_result(result, w.content.pack, w.language, w.slips.enabled)
        w.show_screen(nav.CONFIRMATION)

    def _on_submit_failed(self, visit: int, error: BaseException) -> None:
        if visit != self._visit:
            return
        self._submitting = False
        w = self.w
        review = w.get_screen(nav.REVIEW)
        review.set_sending(False)
        reason = getattr(error, "reason", "")
        details = getattr(error, "details", {}) or {}
        key = str(details.get("supply", ""))
        names = {s.key: s.name(w.language) for s in (w.snapshot.catalogue if w.snapshot else [])}
        if isinstance(error, DatabaseUnavailable) or not isinstance(error, KioskError):
            review.show_message(messages.failure_text(error))
            return
        if reason == "over_limit" and key:
            limit = int(details.get("limit", 0) or 0)
            w.basket.set_limits({**{line.key: w.basket.limit(line.key) for line in w.basket.lines()}, key: limit})
        elif reason in ("out_of_stock", "unavailable", "unknown_supply") and key:
            w.basket.remove(key)
        review.rebuild()
        review.show_message(messages.rejection(reason, names.get(key, key), details.get("limit")))  # type: ignore[arg-type]
        w.backend.refresh()

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
                page_view.set_printing(False, messages.printing_failed())

        w.slips.print_resource_card(page.title, resources, w.language, done, failed)

    def _resources_for_paper(self, keys: Sequence[str]) -> list[dict[str, str]]:
        """The local resources behind ``keys``, in the visitor's language, as plain values."""
        lang, pack = self.w.language, self.w.content.pack
        resources = []
        for key in keys:
            resource = pack.resource(key) if pack is not None else None
            if resource is not None:
                resources.append(
                    {
                        "key": key,
                        "name": resource.name(lang),
                        "url": resource.url or "",
                        "phone": resource.phone or "",
                        "address": resource.address or "",
                        "hours": resource.hours_in(lang),
                    }
                )
        return resources

    def _on_printed(self, visit: int) -> None:
        if visit == self._visit and self.w.built(nav.CONFIRMATION):
            text = translate("VisitFlows", "Your slip is printing. Take it from the printer.")
            self.w.get_screen(nav.CONFIRMATION).set_printing(False, text, good=True)

    def _on_print_failed(self, visit: int, error: BaseException) -> None:
        log.warning("printing a slip failed: %s", error)
        if not isinstance(error, KioskError):
            log.error("printing bug", exc_info=(type(error), error, error.__traceback__))
        if visit == self._visit and self.w.built(nav.CONFIRMATION):
            self.w.get_screen(nav.CONFIRMATION).set_printing(False, messages.printing_failed())

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
        if self.w.built(nav.EMERGENCY) and self.w.get_screen(nav.EMERGENCY).state == "sending":
            return True
        return self.emergency_id is not None and not self._emergency_acknowledged

    def send_emergency(self) -> None:
        screen = self.w.get_screen(nav.EMERGENCY)
        screen.set_state("sending")
        visit = self._visit
        self.w.backend.submit(
            [],
            lambda result: self._on_emergency_sent(visit, result),
            lambda error: self._on_emergency_failed(visit, error),
            emergency=True,
        )

    def _on_emergency_sent(self, visit: int, result: SubmitResult) -> None:
        if visit != self._visit:
            return
        self.emergency_id = result.request_id
        self._emergency_acknowledged = False
        self.w.get_screen(nav.EMERGENCY).set_state("waiting")
        self._check_acknowledged()

    def _on_emergency_failed(self, visit: int, error: BaseException) -> None:
        log.error("an emergency call could not be stored: %s", error)
        if visit == self._visit:
            self.w.get_screen(nav.EMERGENCY).set_state("failed")

    def _on_changed(self, topics: frozenset[str]) -> None:
        if self.emergency_id is not None and not self._emergency_acknowledged and topics & {"requests", "*"}:
            self._check_acknowledged()

    def _check_acknowledged(self) -> None:
        request_id, visit = self.emergency_id, self._visit
        if request_id is None:
            return
        self.w.backend.run(
            lambda services: services.queue.status_of(request_id),
            lambda view: self._on_status(visit, view),
            lambda error: log.warning("checking the emergency call failed: %s", error),
        )

    def _on_status(self, visit: int, view: RequestView) -> None:
        if visit != self._visit or view.id != self.emergency_id or self._emergency_acknowledged:
            return
        if view.acknowledged_at is not None:
            self._emergency_acknowledged = True
            self.w.get_screen(nav.EMERGENCY).set_responder(view.responders[0] if view.responders else view.claimed_by or "")
            self.w.get_screen(nav.EMERGENCY).set_state("coming")

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
            w.get_screen(nav.PIN).show_message(translate("VisitFlows", "The PIN can't be checked right now: the database can't be reached."))
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
            text = translate("VisitFlows", "Too many tries. Wait %n seconds, then try again.", "", int(getattr(error, "wait_s", 0)))
        elif reason == "locked":
            text = translate("VisitFlows", "This kiosk is locked after too many wrong PINs. An admin can unlock it in the back office.")
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
            lambda error: menu.show_message(messages.printing_failed()),
        )
