""""I used naloxone on someone": four skippable questions, then care for the responder.

The answers stay on this screen until the last question is answered or
skipped; only then does :attr:`ReversalScreen.answered` carry them out to be
counted. A reset (idle, quick exit, home) before that forgets them, so a
report half done is never stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import FlowLayout, button, card, label, reflow_when_narrow, set_role

if TYPE_CHECKING:
    from kiosk.views.visitor.backend import Snapshot

_CONTEXT = "ReversalScreen"
#: Each question, its answers (stored key, words), in the order they are asked.
QUESTIONS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "doses",
        QT_TRANSLATE_NOOP("ReversalScreen", "How many doses of naloxone did you give?"),
        (
            ("1", QT_TRANSLATE_NOOP("ReversalScreen", "1 dose")),
            ("2", QT_TRANSLATE_NOOP("ReversalScreen", "2 doses")),
            ("3+", QT_TRANSLATE_NOOP("ReversalScreen", "3 or more")),
        ),
    ),
    (
        "woke",
        QT_TRANSLATE_NOOP("ReversalScreen", "Did the person wake up?"),
        (
            ("yes", QT_TRANSLATE_NOOP("ReversalScreen", "Yes")),
            ("unsure", QT_TRANSLATE_NOOP("ReversalScreen", "Not sure")),
            ("no", QT_TRANSLATE_NOOP("ReversalScreen", "No")),
        ),
    ),
    (
        "help",
        QT_TRANSLATE_NOOP("ReversalScreen", "Was emergency help called?"),
        (
            ("yes", QT_TRANSLATE_NOOP("ReversalScreen", "Yes")),
            ("no", QT_TRANSLATE_NOOP("ReversalScreen", "No")),
            ("rather_not", QT_TRANSLATE_NOOP("ReversalScreen", "I'd rather not say")),
        ),
    ),
    (
        "source",
        QT_TRANSLATE_NOOP("ReversalScreen", "Where did the naloxone come from?"),
        (
            ("here", QT_TRANSLATE_NOOP("ReversalScreen", "From here")),
            ("elsewhere", QT_TRANSLATE_NOOP("ReversalScreen", "Somewhere else")),
        ),
    ),
)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, "", n)


class ReversalScreen(QWidget):
    """Signals:
    answered(object): the answers as {question: answer} (skipped ones left out), once, at the end.
    talk_requested(): the responder wants to talk to staff.
    refill_requested(): one naloxone kit, as a new request.
    done_requested(): back to the start.
    """

    answered = Signal(object)
    talk_requested = Signal()
    refill_requested = Signal()
    done_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._step = 0
        self._answers: dict[str, str] = {}
        self._refill_possible = True
        self._refilling = False
        self._counted = True
        self.answer_buttons: dict[tuple[str, str], QPushButton] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        # The questions: one page, its words changed at each step.
        ask = QWidget(self.pages)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.setSpacing(20)
        self.intro = label("subtle", ask)
        self.progress = label("subtle", ask)
        self.question = label("title", ask)
        self.answer_box = QWidget(ask)
        self.answer_row = FlowLayout(self.answer_box, spacing=16)
        actions = card("card", ask)
        row = QHBoxLayout(actions)
        row.setContentsMargins(16, 12, 16, 12)
        self.skip = button("", actions, "SkipQuestion")
        row.addStretch(1)
        row.addWidget(self.skip)
        ask_layout.addWidget(self.intro)
        ask_layout.addWidget(self.progress)
        ask_layout.addWidget(self.question)
        ask_layout.addWidget(self.answer_box, 1)
        ask_layout.addWidget(actions)
        self.pages.addWidget(ask)
        self.ask_page = ask

        # The care ending.
        care = QWidget(self.pages)
        care_layout = QVBoxLayout(care)
        care_layout.setContentsMargins(0, 0, 0, 0)
        care_layout.setSpacing(16)
        self.thanks = label("title", care)
        self.feelings = label("", care)
        self.not_stored = label("subtle", care)
        self.refill_note = label("message", care)
        self.refill_note.hide()
        offers = card("card", care)
        offer_row = QHBoxLayout(offers)
        offer_row.setContentsMargins(16, 12, 16, 12)
        offer_row.setSpacing(20)
        self.talk = button("", offers, "TalkToStaff")
        appearance.bind_icon(self.talk, "talk", appearance.icon_px(0.8))
        self.refill = button("primary", offers, "NaloxoneRefill")
        appearance.bind_icon(self.refill, "naloxone-nasal", appearance.icon_px(0.8), "accent")
        self.done = button("", offers, "Done")
        appearance.bind_icon(self.done, "check", appearance.icon_px(0.8))
        offer_row.addWidget(self.talk)
        offer_row.addWidget(self.refill)
        offer_row.addStretch(1)
        offer_row.addWidget(self.done)
        reflow_when_narrow(offers, offer_row)
        care_layout.addWidget(self.thanks)
        care_layout.addWidget(self.feelings)
        care_layout.addWidget(self.not_stored)
        care_layout.addStretch(1)
        care_layout.addWidget(self.refill_note)
        care_layout.addWidget(offers)
        self.pages.addWidget(care)
        self.care_page = care

        for question, _text, answers in QUESTIONS:
            for answer, _words in answers:
                choice = button("chip", self.answer_box, f"Answer_{question}_{answer}")
                choice.setMinimumHeight(round(appearance.touch_px * 1.4))
                choice.setMinimumWidth(round(appearance.touch_px * 3))
                choice.clicked.connect(lambda _=False, q=question, a=answer: self._on_answer(q, a))
                self.answer_buttons[(question, answer)] = choice
                self.answer_row.add_widget(choice)
        self.skip.clicked.connect(lambda: self._on_answer(QUESTIONS[self._step][0], None))
        self.talk.clicked.connect(self.talk_requested)
        self.refill.clicked.connect(self._on_refill)
        self.done.clicked.connect(self.done_requested)
        self._show_step()
        self.retranslate_ui()

    # -- state ---------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The question showing (0-3), or len(QUESTIONS) on the care ending."""
        return self._step

    @property
    def answers(self) -> dict[str, str]:
        return dict(self._answers)

    def start(self) -> None:
        """A new report from the first question."""
        self._step = 0
        self._answers = {}
        self._refilling = False
        self._counted = True
        self.refill_note.hide()
        self._show_step()

    def reset(self) -> None:
        self.start()

    def show_ending(self) -> None:
        """The care ending as it looks after the questions, sending nothing (screenshots)."""
        self._step = len(QUESTIONS)
        self._show_step()

    def set_language(self, lang: str) -> None:
        """Every word here comes from the translator."""

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        possible = any(s.report_group == "naloxone" and s.available and s.is_item for s in snapshot.catalogue)
        self.set_refill_possible(possible)

    def set_not_counted(self) -> None:
        """The report could not be stored (the database is out of reach): say so, calmly."""
        self._counted = False
        self.retranslate_ui()

    def set_refill_possible(self, possible: bool) -> None:
        self._refill_possible = possible
        self._refresh_refill()

    def set_refilling(self, refilling: bool, message: str = "") -> None:
        """A refill is being sent (or failed with ``message``)."""
        self._refilling = refilling
        self.refill_note.setText(message)
        self.refill_note.setVisible(bool(message))
        self._refresh_refill()

    # -- text ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr("Thank you for telling us. Tap an answer, or skip any question. No names, nothing written.")
        )
        self.skip.setText(self.tr("Skip this question"))
        self.skip.setAccessibleName(self.skip.text())
        for question, _text, answers in QUESTIONS:
            for answer, words in answers:
                choice = self.answer_buttons[(question, answer)]
                choice.setText(_tr(words))
                choice.setAccessibleName(choice.text())
        self.thanks.setText(self.tr("Thank you. You may have saved a life."))
        self.feelings.setText(
            self.tr(
                "Whatever you feel now is normal: shaky, scared, numb, angry or nothing at all. "
                "You don't have to carry it alone."
            )
        )
        if self._counted:
            self.not_stored.setText(self.tr("Only the answers were counted: no name, no time, nothing about you."))
        else:
            self.not_stored.setText(self.tr("Your answers couldn't be counted right now. Thank you for telling us."))
        self.talk.setText(self.tr("Talk to staff"))
        self.talk.setAccessibleName(self.tr("Talk to someone on staff"))
        self.done.setText(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done: back to the start"))
        self._show_step()
        self._refresh_refill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- steps ---------------------------------------------------------------------------

    def _show_step(self) -> None:
        if self._step >= len(QUESTIONS):
            self.pages.setCurrentWidget(self.care_page)
            return
        self.pages.setCurrentWidget(self.ask_page)
        question, text, _answers = QUESTIONS[self._step]
        self.progress.setText(
            self.tr("Question %1 of %2").replace("%1", str(self._step + 1)).replace("%2", str(len(QUESTIONS)))
        )
        self.question.setText(_tr(text))
        self.question.setAccessibleName(self.question.text())
        for (asked, _answer), choice in self.answer_buttons.items():
            choice.setVisible(asked == question)

    def _on_answer(self, question: str, answer: str | None) -> None:
        if self._step >= len(QUESTIONS) or QUESTIONS[self._step][0] != question:
            return
        if answer is not None:
            self._answers[question] = answer
        self._step += 1
        self._show_step()
        if self._step == len(QUESTIONS):
            self.answered.emit(dict(self._answers))

    def _refresh_refill(self) -> None:
        if self._refilling:
            self.refill.setText(self.tr("Sending…"))
        elif self._refill_possible:
            self.refill.setText(self.tr("Get a naloxone refill"))
        else:
            self.refill.setText(self.tr("Naloxone is out today"))
        self.refill.setEnabled(self._refill_possible and not self._refilling)
        self.refill.setAccessibleName(self.refill.text())
        self.refill.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _on_refill(self) -> None:
        if self._refill_possible and not self._refilling:
            self.refill_requested.emit()
