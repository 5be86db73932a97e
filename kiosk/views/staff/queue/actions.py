"""What staff do to a request: call, claim, release, ready, fulfil, cancel, no-show, reprint, undo.

Every call goes through the station link. When another staff member got
there first, the service refuses (nothing is done twice), the notice bar says
who has it and the queue reloads so the row shows the truth.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.data import rules
from kiosk.data.dto import Actor, FulfilResult, RequestView, ResponseRecord, ResponseView
from kiosk.data.emergency import emergency_actions
from kiosk.data.queue import QueueConflict
from kiosk.data.services import Services
from kiosk.errors import KioskError
from kiosk.printing.reprint import Reprinted
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.forms import open_dialog
from kiosk.views.staff.queue.dialogs import CancelDialog, FulfilDialog
from kiosk.views.staff.queue.feed import QueueFeed
from kiosk.views.staff.queue.reprint import SlipReprinter
from kiosk.views.staff.queue.response_dialog import ResponseDialog
from kiosk.views.staff.stock.fefo import attach_lot_suggestion


def allowed_actions(request: RequestView | None, staff_id: int | None, admin: bool = False) -> set[str]:
    """The actions that make sense for ``request`` as this person sees it.

    The rules live in :mod:`kiosk.data.rules`; the services apply the same ones.
    """
    if staff_id is None:
        return set()
    if request is not None and request.is_emergency:
        # An open emergency is answered, closed with its record, or called off.
        return emergency_actions(request, staff_id)
    return set(rules.request_actions(request, Actor(staff_id, "admin" if admin else "staff")))


class QueueActions(QObject):
    """Signals:
        finished(str, bool): an action ended (its name, and whether it worked).
        notice(str, str): something to tell the person at the screen, and its kind
            ("success", "info", "warning").
    """

    finished = Signal(str, bool)
    notice = Signal(str, str)

    def __init__(
        self,
        ctx: StaffContext,
        feed: QueueFeed,
        reprinter: SlipReprinter,
        dialog_parent: Callable[[], QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.feed = feed
        self.reprinter = reprinter
        self._dialog_parent = dialog_parent
        self.dialog: QDialog | None = None
        #: The request "call next" took last, for the page to select it.
        self.last_called: int | None = None
        # The last change this window made that an undo could take back: (request id, code, when).
        self._undoable: tuple[int, str, float] | None = None
        ctx.staff_changed.connect(self._on_staff_changed)
        reprinter.printed.connect(self._on_printed)
        reprinter.failed.connect(self._on_print_failed)

    # -- calling ------------------------------------------------------------

    def call(self, request: RequestView) -> None:
        self._run(
            "call", request, lambda s, r, staff: s.queue.call(r, staff), self.tr("{code} is called on the board.")
        )

    def call_next(self) -> None:
        """Take the request that has waited longest and call it to the window."""
        actor = self.ctx.require_actor()
        if actor is None:
            return

        def done(view: RequestView | None) -> None:
            if view is None:
                self.last_called = None
                self.notice.emit(self.tr("Nobody is waiting."), "info")
                self.finished.emit("call_next", False)
                return
            self.last_called = view.id
            text = self.tr("You have {code}: it is called on the board.").format(code=view.pickup_code)
            self._done("call_next", text, view)

        self.ctx.link.call(lambda s: s.queue.call_next(actor), done, self._on_error("call_next"))

    # -- undo ---------------------------------------------------------------

    def can_undo(self) -> bool:
        return self.undo_left_ms() > 0

    def undo_left_ms(self) -> int:
        """How long the last change can still be taken back, in milliseconds (0: it can't)."""
        if self._undoable is None or self.ctx.staff_id is None:
            return 0
        left = rules.UNDO_SECONDS - (time.monotonic() - self._undoable[2])
        return max(0, int(left * 1000))

    def _on_staff_changed(self, _staff: object) -> None:
        self._undoable = None  # only the person who made a change may take it back

    def undo(self) -> None:
        """Take back this window's last change, if it is recent enough (the service decides)."""
        actor = self.ctx.require_actor()
        if actor is None or self._undoable is None:
            return
        request_id, code, _at = self._undoable
        self._undoable = None
        self.ctx.link.call(
            lambda s: s.queue.undo(request_id, actor),
            lambda _view: self._done("undo", self.tr("Undone: {code} is back as it was.").format(code=code)),
            self._on_error("undo"),
        )

    # -- simple actions ---------------------------------------------------

    def claim(self, request: RequestView) -> None:
        self._run("claim", request, lambda s, r, staff: s.queue.claim(r, staff), self.tr("You have {code}."))

    def release(self, request: RequestView) -> None:
        self._run(
            "release", request, lambda s, r, staff: s.queue.release(r, staff), self.tr("{code} is back in the queue.")
        )

    def mark_ready(self, request: RequestView) -> None:
        self._run(
            "ready", request, lambda s, r, staff: s.queue.mark_ready(r, staff), self.tr("{code} is on the ready board.")
        )

    def no_show(self, request: RequestView) -> None:
        self._run(
            "no_show", request, lambda s, r, staff: s.queue.no_show(r, staff), self.tr("{code} marked as a no-show.")
        )

    def acknowledge(self, request_id: int) -> None:
        """ "I'm going": from the banner or the queue, by as many staff as run."""
        actor = self.ctx.require_actor()
        if actor is None:
            return
        self.ctx.link.call(
            lambda s: s.emergency.respond(request_id, actor),
            lambda view: self._done(
                "acknowledge", self.tr("The other screens know you are going to {code}.").format(code=view.pickup_code)
            ),
            self._on_error("acknowledge"),
        )

    def respond(self, request: RequestView) -> None:
        self.acknowledge(request.id)

    def false_alarm(self, request: RequestView) -> None:
        """One tap: nobody needed help; the call closes and counts as a false alarm."""
        self._run(
            "false_alarm",
            request,
            lambda s, r, actor: s.emergency.false_alarm(r, actor),
            self.tr("{code} closed as a false alarm."),
        )

    def close_response(self, request: RequestView) -> None:
        dialog = ResponseDialog(request, self._dialog_parent())
        dialog.accepted.connect(lambda: self._close_response_now(request, dialog.record()))
        self._open(dialog)

    def _close_response_now(self, request: RequestView, answers: ResponseRecord) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return

        def done(record: ResponseView) -> None:
            text = self.tr("{code} closed. The response is recorded.").format(code=request.pickup_code)
            if answers.take_naloxone_kits:
                text += " " + self.tr("{n} naloxone kits taken from stock.").format(n=record.kits_taken)
            self._done("close_response", text)

        self.ctx.link.call(
            lambda s: s.emergency.close(request.id, actor, answers), done, self._on_error("close_response")
        )

    # -- with a dialog ----------------------------------------------------

    def fulfil(self, request: RequestView) -> None:
        dialog = FulfilDialog(request, self.ctx.lang, self._dialog_parent())
        attach_lot_suggestion(dialog, self.ctx.link, request, self.ctx.lang)
        dialog.accepted.connect(lambda: self._fulfil_now(request, dialog.quantities()))
        self._open(dialog)

    def cancel(self, request: RequestView) -> None:
        dialog = CancelDialog(request, self._dialog_parent())
        dialog.accepted.connect(lambda: self._cancel_now(request, dialog.reason()))
        self._open(dialog)

    def reprint(self, request: RequestView) -> None:
        if self.ctx.require_staff() is None:
            return
        settings = self.ctx.settings
        self.reprinter.reprint(request, settings.default_language, settings.slip_show_items)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        open_dialog(dialog)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _fulfil_now(self, request: RequestView, given: dict[str, int] | None) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return

        def done(result: FulfilResult) -> None:
            text = self.tr("{code} handed over.").format(code=request.pickup_code)
            if result.shortfalls:
                short = ", ".join(f"{s.supply_key} ({s.given}/{s.asked})" for s in result.shortfalls)
                text += " " + self.tr("Less than asked: {items}.").format(items=short)
            self._done("fulfil", text, request)

        self.ctx.link.call(lambda s: s.queue.fulfil(request.id, actor, given), done, self._on_error("fulfil"))

    def _cancel_now(self, request: RequestView, reason: str | None) -> None:
        if reason is None:
            return
        self._run(
            "cancel",
            request,
            lambda s, request_id, actor: s.queue.cancel(request_id, actor, reason),
            self.tr("{code} cancelled."),
        )

    # -- plumbing ---------------------------------------------------------

    def _run(self, name: str, request: RequestView, call: Callable[[Services, int, Actor], Any], success: str) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return
        self.ctx.link.call(
            lambda s: call(s, request.id, actor),
            lambda _view: self._done(name, success.format(code=request.pickup_code), request),
            self._on_error(name),
        )

    def _on_error(self, name: str) -> Callable[[KioskError], None]:
        def failed(error: KioskError) -> None:
            if isinstance(error, QueueConflict):
                self._conflicted(name)
            else:
                self._failed(name, error.message)

        return failed

    def _done(self, name: str, text: str, request: RequestView | None = None) -> None:
        undoable = name in rules.UNDOABLE_ACTIONS or name == "call_next"
        if request is not None and undoable and not request.is_emergency:
            self._undoable = (request.id, request.pickup_code, time.monotonic())
            text += " " + self.tr("Undo with Ctrl+Z.")
        self.notice.emit(text, "success")
        self.feed.refresh()
        self.finished.emit(name, True)

    def _failed(self, name: str, text: str) -> None:
        self.notice.emit(text, "warning")
        self.feed.refresh()
        self.finished.emit(name, False)

    def _conflicted(self, name: str) -> None:
        # The conflict's own message is already in the notice bar.
        self.feed.refresh()
        self.finished.emit(name, False)

    def _on_printed(self, result: Reprinted) -> None:
        if result.to_folder:
            self.notice.emit(
                self.tr("No printer is set up: the slip for {code} was saved as a PDF file.").format(code=result.code),
                "info",
            )
        else:
            self.notice.emit(self.tr("The slip for {code} is printing.").format(code=result.code), "success")
        self.finished.emit("reprint", True)

    def _on_print_failed(self, message: str) -> None:
        self.notice.emit(self.tr("The slip could not be printed: {reason}").format(reason=message), "warning")
        self.finished.emit("reprint", False)
