"""A small base for the back office's form dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.views.common.icons import icon
from kiosk.views.staff import style


def open_dialog(dialog: QDialog) -> None:
    """Show a back-office dialog without blocking its window.

    Not modal on purpose: the emergency banner and its "I'm going" button
    must stay live while someone is half-way through a hand-over or a restock.
    The dialog stays above its window as a child window does.
    """
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()


class FormDialog(QDialog):
    """A title line, a form, a place for a problem, and OK / Back.

    Subclasses add rows to ``form``, implement ``retranslate_ui`` and may
    override ``problem()`` to refuse OK with a sentence. No signals.
    """

    def __init__(self, parent: QWidget | None = None, ok_icon: str = "check") -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        # Never smaller than its contents: longer languages widen the dialog rather than cut its rows.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setMinimumWidth(436)
        outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(14)
        self._labels: dict[QWidget, QLabel] = {}
        outer.addLayout(self.form)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {style.EMERGENCY}; font-weight: 600;")
        self.problem_label.hide()
        outer.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setIcon(icon(ok_icon, "#FFFFFF"))
        self.ok_button.setProperty("role", "primary")
        self.back_button.setIcon(icon("back", style.INK))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def row(self, field: QWidget) -> QLabel:
        """Add ``field`` with a label that ``retranslate_ui`` fills in."""
        label = QLabel()
        label.setBuddy(field)
        self.form.addRow(label, field)
        self._labels[field] = label
        return label

    def set_label(self, field: QWidget, text: str) -> None:
        """Set the text of the label ``row`` gave ``field``."""
        self._labels[field].setText(text)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def back_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def set_texts(self, title: str, intro: str, ok: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.ok_button.setText(ok)
        self.back_button.setText(self.tr("Back"))

    def problem(self) -> str | None:
        return None

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _on_ok(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        self.show_problem("")
        self.accept()

    def retranslate_ui(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
