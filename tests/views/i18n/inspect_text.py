"""Looking at a window as a reader would: text that never went through translation, text that doesn't fit.

Under the pseudo-locale every translated string is bracketed and accented
(:mod:`kiosk.views.common.pseudo`). What is left un-bracketed must be data:
a supply's name, a page of the content pack, a staff member's name, a code.
:class:`DataTexts` knows those from the files they come from; anything else
with words in it is reported as hard-coded.
"""

from __future__ import annotations

import ast
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from kiosk.paths import resources_dir, translations_dir
from kiosk.views.common.pseudo import is_pseudo

ROOT = Path(__file__).resolve().parents[3]
#: Modules whose string literals are sample or demo data shown on screen (names, places, alerts).
DATA_MODULES = (
    "kiosk/data/demo_queue.py",
    "kiosk/data/demo.py",
    "kiosk/data/setup.py",
    "kiosk/views/visitor/screenshots.py",
    "kiosk/views/staff/shell/screenshots.py",
    "kiosk/views/staff/reports/screenshots.py",
    "kiosk/views/board/screenshots.py",
    "kiosk/printing/demo.py",
    # Translated by a table of their own (Qt-free: the command line writes reports too).
    "kiosk/reports/labels.py",
    "kiosk/reports/voice_labels.py",
    # Each language named in its own words, on purpose.
    "kiosk/views/common/i18n.py",
)
_PIECES = re.compile(r"\n|\s[·•×|–—]\s|[,;:]\s|[()]|(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CODE = re.compile(r"[A-Z0-9]{1,6}")


class DataTexts:
    """Every text the content pack, the catalogue and the demo data can put on screen."""

    def __init__(self, extra: tuple[str, ...] = ()) -> None:
        self.values: set[str] = set()
        corpus: list[str] = []
        for path in sorted(resources_dir().rglob("*")):
            if path.suffix == ".toml":
                self._toml(tomllib.loads(path.read_text(encoding="utf-8")))
            elif path.suffix == ".md":
                text = path.read_text(encoding="utf-8")
                corpus.append(text)
                for line in text.splitlines():
                    self.values.add(_clean(re.sub(r"^[#>*\-\d.\s]+|[*_`]", "", line)))
                    if ":" in line:
                        self.values.add(_clean(line.split(":", 1)[1].strip("'\" ")))
        for name in DATA_MODULES:
            path = ROOT / name
            if path.exists():
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        self.values.add(_clean(node.value))
                        corpus.append(node.value)
        self.values.update(path.stem for path in (resources_dir() / "icons").glob("*.svg"))  # icon keys
        # Finished translations went through translation: the board shows every site language at once.
        for catalogue in translations_dir().glob("kiosk_*.ts"):
            for message in ET.parse(catalogue).getroot().iter("message"):
                source = _clean(message.findtext("source") or "")
                for form in message.iter():
                    if form.tag in ("translation", "numerusform") and form.text and _clean(form.text) != source:
                        self.values.add(_clean(form.text))
        self.values.update(_clean(text) for text in extra)
        corpus.extend(extra)
        self.values.update(_clean(v) for v in list(self.values) for v in re.split(r"[.!?]\s+", v))
        self.corpus = _clean(" ".join(_clean(re.sub(r"[*_`#>]", "", c)) for c in corpus))

    def _toml(self, value: object) -> None:
        if isinstance(value, str):
            self.values.add(_clean(value))
        elif isinstance(value, dict):
            for inner in value.values():
                self._toml(inner)
        elif isinstance(value, list):
            for inner in value:
                self._toml(inner)

    def known(self, text: str) -> bool:
        """Whether ``text`` is data, whole or piece by piece (a list of supplies, an address).

        Data cut short with an ellipsis (the site's name on a crowded bar) is
        still data: the clipping check reports the cut.
        """
        if text.rstrip().endswith("…"):
            start = _clean(text.rstrip()[:-1])
            if len(start) >= 3 and any(value.startswith(start) for value in self.values):
                return True
        return self._datum(text) or all(self._datum(piece) for piece in _PIECES.split(text))

    def _datum(self, piece: str) -> bool:
        piece = _clean(piece).strip(" .!?'\"")
        if piece in self.values:
            return True
        piece = re.sub(r"^\d+\s*×?\s*", "", piece)
        if not _WORD.search(piece) or _CODE.fullmatch(piece) or piece.startswith(("http://", "https://")):
            return True
        if piece in self.values:
            return True
        # A longer run of words found in the data as it stands (a sentence of a page).
        return len(piece.split()) >= 3 and re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", self.corpus) is not None


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@dataclass
class Findings:
    hard_coded: list[str] = field(default_factory=list)
    clipped: list[str] = field(default_factory=list)

    def extend(self, other: Findings) -> None:
        self.hard_coded += [t for t in other.hard_coded if t not in self.hard_coded]
        self.clipped += [t for t in other.clipped if t not in self.clipped]


def plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _where(widget: QWidget, screen: str) -> str:
    names = []
    at: QWidget | None = widget
    while at is not None and len(names) < 3:
        names.append(at.objectName() or type(at).__name__)
        at = at.parentWidget()
    return f"{screen}: {'/'.join(reversed(names))}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisible() or widget.width() <= 1 or widget.height() <= 1:
        return False
    # Inside a scroll area, only what the viewport can show counts.
    at = widget.mapTo(root, widget.rect().topLeft())
    return QRect(at, widget.size()).intersects(root.rect())


def _label_clipped(label: QLabel) -> bool:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    shown = plain(text)
    if shown.rstrip().endswith("…"):  # shortened to fit, pseudo text or data alike
        return True
    rect = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    if label.wordWrap() or QtGui.Qt.mightBeRichText(text):
        needed = label.heightForWidth(label.width())
        return needed > label.height() + 2 if needed > 0 else False
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in shown.splitlines() or [""])
    return widest > rect.width() + 2


def _cut_by_viewport(widget: QWidget) -> bool:
    """Whether a scroll area shows only part of ``widget``'s width (pages scroll up and down, never sideways)."""
    at = widget.parentWidget()
    while at is not None:
        if isinstance(at.parentWidget(), QAbstractScrollArea) and at is at.parentWidget().viewport():
            left = widget.mapTo(at, widget.rect().topLeft()).x()
            return left < -1 or left + widget.width() > at.width() + 1
        at = at.parentWidget()
    return False


def _button_clipped(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text.strip():
        return False
    metrics = QFontMetrics(button.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines())
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
        return widest > room + 2
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return False
    return button.sizeHint().width() > button.width() + 2


def widest_part(widget: QWidget) -> list[str]:
    """The chain of visible children that asks for the most width, from ``widget`` down."""
    chain: list[str] = []
    at = widget
    while len(chain) < 12:
        kids = [c for c in at.findChildren(QWidget) if c.parentWidget() is at and c.isVisible()]
        if not kids:
            break
        at = max(kids, key=lambda c: c.minimumSizeHint().width())
        chain.append(f"{at.objectName() or type(at).__name__} ({at.minimumSizeHint().width()} px)")
    return chain


def width_needed(window: QWidget) -> int:
    """The width ``window`` needs for what it shows now.

    A stacked widget asks for the widest of all its pages, even hidden ones
    (and a window never shrinks back), so each stack counts only its page on show.
    """
    needed = window.minimumSizeHint().width()
    for stack in window.findChildren(QStackedWidget):
        page = stack.currentWidget()
        if stack.isVisible() and page is not None:  # a stack inside a hidden page is not on show
            needed -= stack.minimumSizeHint().width() - page.minimumSizeHint().width()
    return needed


def inspect(root: QWidget, screen: str, data: DataTexts, screen_size: tuple[int, int] = (1280, 800)) -> Findings:
    """What a reader would find wrong on ``root`` as it is now (shown on a screen of ``screen_size``)."""
    found = Findings()
    if root.isWindow() and not isinstance(root, QDialog):
        width = screen_size[0]
        needed = width_needed(root)
        if needed > width + 1:
            found.clipped.append(
                f"{screen}: needs {needed} px on a {width} px wide screen; widest: {' > '.join(widest_part(root))}"
            )

    def text_of(widget: QWidget, text: str) -> None:
        shown = plain(text)
        if _WORD.search(shown) and not is_pseudo(shown) and not data.known(shown):
            found.hard_coded.append(f"{_where(widget, screen)}: {_clean(shown)[:80]!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            text_of(widget, widget.text())
            if widget.text().strip() and (_label_clipped(widget) or _cut_by_viewport(widget)):
                found.clipped.append(f"{_where(widget, screen)}: {_clean(plain(widget.text()))[:80]!r}")
        elif isinstance(widget, QAbstractButton):
            text_of(widget, widget.text())
            if _button_clipped(widget) or widget.text().strip() and _cut_by_viewport(widget):
                found.clipped.append(f"{_where(widget, screen)}: {widget.text()[:80]!r}")
        elif isinstance(widget, QLineEdit):
            text_of(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for n in range(widget.count()):
                text_of(widget, widget.itemText(n))
        elif isinstance(widget, QGroupBox):
            text_of(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                text_of(widget, widget.tabText(n))
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    text_of(widget, header)
                for row in range(min(model.rowCount(QModelIndex()), 40)):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        text_of(widget, value)
        if widget.isWindow() and widget.windowTitle():
            text_of(widget, widget.windowTitle())
    return found

