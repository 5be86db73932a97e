"""First-expiry-first-out at hand-over: which lots to take, shown in the hand-over dialog."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QWidget

from kiosk.data.dto import RequestView
from kiosk.data.lots import LotPick
from kiosk.views.common.link import StationLink
from kiosk.views.staff import style
from kiosk.views.staff.stock.words import picks_text


class LotSuggestion(QLabel):
    """"Take first: 2 from lot A (use by …)" for each lot-tracked line; hidden when none. No signals."""

    def __init__(self, request: RequestView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotSuggestion")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#lotSuggestion {{ background: {style.PROGRESS_BG}; border-radius: 6px; padding: 8px 10px; }}"
        )
        self._names = {line.supply_key: line.name(lang) for line in request.lines}
        self.picks: dict[str, list[LotPick]] = {}
        self.hide()

    def set_picks(self, picks: Mapping[str, list[LotPick]]) -> None:
        self.picks = {key: list(found) for key, found in picks.items() if found}
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lines = [
            self.tr("{name} — {picks}").format(name=self._names.get(key, key), picks=picks_text(found))
            for key, found in self.picks.items()
        ]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def attach_lot_suggestion(dialog: QDialog, link: StationLink, request: RequestView, lang: str) -> LotSuggestion:
    """Put a :class:`LotSuggestion` above the dialog's buttons and fill it off the GUI thread."""
    suggestion = LotSuggestion(request, lang, dialog)
    layout = dialog.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(max(0, layout.count() - 1), suggestion)
    wanted = {line.supply_key: line.quantity for line in request.lines if line.kind == "item"}
    # The dialog may be closed (and deleted) before the answer comes back.
    alive = [True]
    suggestion.destroyed.connect(lambda *_: alive.clear())

    def answered(picks: dict[str, list[LotPick]]) -> None:
        if alive:
            suggestion.set_picks(picks)

    if wanted:
        link.call(lambda s: s.inventory.hand_over_lots(wanted), answered)
    return suggestion
