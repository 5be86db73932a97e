"""A small base for the back office's form dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.views.common.icons import icon
from kiosk.views.staff import style

#: Dialogs are read standing and tapped: large type, 10 mm targets, big round choices.
DIALOG_STYLE = """
QDialog { font-size: 17px; }
QDialog QLabel#dialogTitle { font-size: 22px; font-weight: 600; }
QDialog QRadioButton { min-height: 48px; spacing: 14px; }
QDialog QRadioButton::indicator { width: 28px; height: 28px; }
QDialog QCheckBox { min-height: 48px; spacing: 14px; }
QDialog QCheckBox::indicator { width: 28px; height: 28px; }
QDialog QLineEdit, QDialog QComboBox, QDialog QSpinBox, QDialog QDateEdit { min-height: 44px; }
QDialog QPushButton { min-height: 48px; }
QDialog QPushButton#stepperButton { min-width: 48px; max-width: 48px; font-size: 24px; font-weight: 700; padding: 0; }
"""


def fit_to_screen(dialog: QDialog) -> None:
    """Size a dialog for the window it opens over (the back office fills its screen):
    a good part of a large one, nearly all of a small one, never a small island."""
    parent = dialog.parentWidget()
    if parent is not None:
        area = parent.window().geometry()
    else:
        screen = dialog.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
    # Never narrower than its own layout needs (a longer language): a width set here
    # takes the place of the layout's minimum, so it has to include it.
    needed = dialog.minimumSizeHint().width()
    width = min(area.width() - 40, max(560, int(area.width() * 0.42), needed))
    dialog.setMinimumWidth(width)
    tallest = max(300, area.height() - 40)
    dialog.setMaximumHeight(tallest)
    # As tall as it asks, up to the screen: a window's first size is otherwise held to two thirds of it,
    # and a long dialog would scroll with room to spare.
    dialog.resize(width, min(dialog.sizeHint().height(), tallest))


def open_dialog(dialog: QDialog) -> None:
    """Show a back-office dialog without blocking its window.

    Not modal on purpose: the emergency banner and its "I'm going" button
    must stay live while someone is half-way through a hand-over or a restock.
    The dialog stays above its window as a child window does. Every dialog
    gets the large-target style and a size that suits the screen.
    """
    dialog.setStyleSheet(DIALOG_STYLE + dialog.styleSheet())
    fit_to_screen(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()


class DialogScroll(QScrollArea):
    """The long part of a dialog: as tall as its contents when the screen has room, scrolling when not.

    A plain scroll area asks for a fixed, small height; this one asks for all
    of its contents, so the dialog only scrolls when ``fit_to_screen`` caps it.
    It never scrolls sideways: it is as wide as its contents need.
    """

    def __init__(self, contents: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(contents)

    def _contents(self) -> QWidget:
        widget = self.widget()
        if widget is None:
            raise RuntimeError("a DialogScroll holds its contents from the start")
        return widget

    def sizeHint(self) -> QSize:
        hint = self._contents().sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height() + 2)

    def minimumSizeHint(self) -> QSize:
        least = self._contents().minimumSizeHint()
        return QSize(least.width() + self.verticalScrollBar().sizeHint().width(), min(least.height(), 160))


class Stepper(QWidget):
    """A number with large − and + buttons either side (a spin box's arrows are too small to tap).

    It answers the spin box calls dialogs use (``value``, ``setValue``,
    ``setRange``, ``minimum``, ``maximum``, ``setSingleStep``).

    Signals:
        valueChanged(int): the number changed.
    """

    valueChanged = Signal(int)  # noqa: N815 - the name QSpinBox uses, so callers need not care

    def __init__(self, low: int = 0, high: int = 99, value: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        self.spin = QSpinBox()
        self.spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.spin.setMinimumWidth(110)
        self.spin.setRange(low, high)
        self.spin.setValue(value)
        for button, step in ((self.minus, -1), (self.plus, 1)):
            button.setObjectName("stepperButton")
            button.setFixedSize(QSize(48, 48))
            button.setAutoRepeat(True)
            button.clicked.connect(lambda _checked=False, n=step: self.spin.stepBy(n))
        row.addWidget(self.minus)
        row.addWidget(self.spin)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.spin.valueChanged.connect(self._on_changed)
        self._on_changed(self.spin.value())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.minus.setAccessibleName(self.tr("One less"))
        self.plus.setAccessibleName(self.tr("One more"))

    def value(self) -> int:
        return self.spin.value()

    def setValue(self, value: int) -> None:  # noqa: N802 - QSpinBox's name
        self.spin.setValue(value)

    def setRange(self, low: int, high: int) -> None:  # noqa: N802
        self.spin.setRange(low, high)
        self._on_changed(self.spin.value())

    def minimum(self) -> int:
        return self.spin.minimum()

    def maximum(self) -> int:
        return self.spin.maximum()

    def setSingleStep(self, step: int) -> None:  # noqa: N802
        self.spin.setSingleStep(step)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.spin.setAccessibleName(name)

    def _on_changed(self, value: int) -> None:
        self.minus.setEnabled(value > self.spin.minimum())
        self.plus.setEnabled(value < self.spin.maximum())
        self.valueChanged.emit(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class FormDialog(QDialog):
    """A title line, a form, a place for a problem, and OK / Back.

    Subclasses add rows to ``form``, implement ``retranslate_ui`` and may
    override ``problem()`` to refuse OK with a sentence. No signals.
    """

    def __init__(self, parent: QWidget | None = None, ok_icon: str = "check") -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        outer.setContentsMargins(24, 20, 24, 20)
        # The window title is easy to miss (or absent under a kiosk compositor): say it in the dialog too.
        self.title_label = QLabel()
        self.title_label.setObjectName("dialogTitle")
        self.title_label.setWordWrap(True)
        outer.addWidget(self.title_label)
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
        self.title_label.setText(title)
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
