"""Information: categories, then pages, then one page; or topic words to search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.screens.page_view import PageView
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.widgets import (
    FlowLayout,
    TileButton,
    button,
    clear_layout,
    discard,
    heading,
    label,
    set_role,
)

if TYPE_CHECKING:
    from kiosk.content import ContentPack, Page
    from kiosk.views.visitor.backend import Snapshot

CATEGORIES, PAGES, PAGE, TOPICS = "categories", "pages", "page", "topics"


def _scroll_area(parent: QWidget) -> tuple[QScrollArea, QWidget]:
    area = QScrollArea(parent)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    host = QWidget()
    area.setWidget(host)
    enable_kinetic_scrolling(area, mouse_drag=True)
    return area, host


class InformationScreen(QWidget):
    """Signals:
    location_changed(): the visitor moved inside the screen (back may now lead elsewhere).
    """

    location_changed = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._pack: ContentPack | None = None
        self._lang = "en"
        self._history: list[tuple[str, str]] = []
        self._where: tuple[str, str] = (CATEGORIES, "")
        self.category_buttons: dict[str, TileButton] = {}
        self.page_buttons: dict[str, TileButton] = {}
        self.topic_buttons: dict[str, QWidget] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(16)
        self.heading = heading("title", self, level=1)
        self.loading = label("message", self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.loading)
        layout.addWidget(self.stack, 1)

        self.categories_area, host = _scroll_area(self)
        self.categories_grid = QGridLayout(host)
        self.categories_grid.setSpacing(18)
        self.categories_grid.setContentsMargins(0, 0, 12, 0)
        self.search = TileButton("entry", host)
        self.search.setObjectName("SearchTopics")
        self.search.setMinimumHeight(round(appearance.touch_px * 1.8))
        appearance.bind_icon(self.search.icon_label, "search", appearance.icon_px(1.3))
        self.search.clicked.connect(self._on_search)

        self.pages_area: QScrollArea | None = None
        self._lists: dict[str, tuple[QScrollArea, dict[str, TileButton]]] = {}

        self.topics_area, host = _scroll_area(self)
        topics_column = QVBoxLayout(host)
        topics_column.setContentsMargins(0, 0, 12, 0)
        self.topics_hint = label("subtle", host)
        self.topics_box = QWidget(host)
        self.topics_flow = FlowLayout(self.topics_box, spacing=14)
        topics_column.addWidget(self.topics_hint)
        topics_column.addWidget(self.topics_box)
        topics_column.addStretch(1)

        self.page_view = PageView(appearance, self)
        for widget in (self.categories_area, self.page_view, self.topics_area):
            self.stack.addWidget(widget)
        self.retranslate_ui()
        self._render()

    # -- navigation --------------------------------------------------------------------

    @property
    def where(self) -> tuple[str, str]:
        return self._where

    def can_go_back(self) -> bool:
        return bool(self._history)

    def go_back(self) -> None:
        if self._history:
            self._where = self._history.pop()
            self._render()
            self.location_changed.emit()

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """The pages come from the content pack, not the snapshot."""

    def reset(self) -> None:
        if not self._history and self._where == (CATEGORIES, ""):
            return
        self._history.clear()
        self._where = (CATEGORIES, "")
        self._render()

    def open_category(self, key: str) -> None:
        self._go((PAGES, f"category:{key}"))

    def open_page(self, page_id: str) -> None:
        self._go((PAGE, page_id))

    def open_topic(self, word: str) -> None:
        self._go((PAGES, f"topic:{word}"))

    def _on_search(self) -> None:
        self._go((TOPICS, ""))

    def _go(self, where: tuple[str, str]) -> None:
        self._history.append(self._where)
        self._where = where
        self._render()
        self.location_changed.emit()

    # -- data ----------------------------------------------------------------------------

    def set_pack(self, pack: ContentPack | None) -> None:
        self._pack = pack
        self._forget_lists()
        self._build_categories()
        self._build_topics()
        self._render()

    def set_language(self, lang: str) -> None:
        if lang == self._lang and self.category_buttons:
            return
        self._lang = lang
        self._forget_lists()
        self._build_categories()
        self._build_topics()
        self._render()

    def spoken_text(self) -> str:
        """The page being read, else the heading and the choices on screen."""
        kind = self._where[0]
        if kind == PAGE:
            return self.page_view.spoken_text()
        parts = [self.heading.text()]
        if self._pack is None:
            parts.append(self.loading.text())
        elif kind == PAGES:
            parts += [f"{tile.title()}: {tile.subtitle_label.text()}" for tile in self.page_buttons.values()]
        elif kind == TOPICS:
            parts += [self.topics_hint.text(), *self.topic_buttons]
        else:
            parts += [tile.title() for tile in self.category_buttons.values()]
            parts.append(self.search.title())
        return sentences(parts)

    def current_page(self) -> Page | None:
        return self.page_view.page if self._where[0] == PAGE else None

    # -- text ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.loading.setText(self.tr("The information is loading…"))
        self.search.set_texts(self.tr("Find a topic"), self.tr("Tap a word to see the pages about it"))
        self.topics_hint.setText(self.tr("Tap a word to find pages about it."))
        self._render_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- building --------------------------------------------------------------------------

    def _build_categories(self) -> None:
        clear_layout(self.categories_grid, keep=self.search)
        self.category_buttons = {}
        pack = self._pack
        if pack is None:
            return
        host = self.categories_area.widget()
        counts = {c.key: len(pack.pages(self._lang, c.key)) for c in pack.categories}
        index = 0
        for category in pack.categories:
            if not counts[category.key]:
                continue
            tile = TileButton("entry", host)
            tile.setObjectName(f"Category_{category.key}")
            tile.setMinimumHeight(round(self._appearance.touch_px * 1.8))
            self._appearance.bind_icon(tile.icon_label, category.icon, self._appearance.icon_px(1.3))
            tile.set_texts(category.name(self._lang))
            tile.clicked.connect(lambda _=False, key=category.key: self.open_category(key))
            self.categories_grid.addWidget(tile, index // 2, index % 2)
            self.category_buttons[category.key] = tile
            index += 1
        self.categories_grid.addWidget(self.search, index // 2, index % 2)
        self.categories_grid.setRowStretch(index // 2 + 1, 1)

    def _build_topics(self) -> None:
        self.topics_flow.clear()
        self.topic_buttons = {}
        if self._pack is None:
            return
        for word in self._pack.topic_words(self._lang):
            chip = button("chip", self.topics_box, f"Topic_{word}")
            chip.setText(word)
            chip.setAccessibleName(word)
            chip.clicked.connect(lambda _=False, w=word: self.open_topic(w))
            self.topics_flow.add_widget(chip)
            self.topic_buttons[word] = chip

    def _show_page_list(self, key: str, pages: list[Page]) -> None:
        """The list for ``key`` (a category or a topic), built once per language and pack."""
        if key not in self._lists:
            self._lists[key] = self._build_page_list(pages)
            self.stack.addWidget(self._lists[key][0])
        area, buttons = self._lists[key]
        self.pages_area, self.page_buttons = area, buttons
        area.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(area)

    def _build_page_list(self, pages: list[Page]) -> tuple[QScrollArea, dict[str, TileButton]]:
        area, host = _scroll_area(self)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(14)
        buttons: dict[str, TileButton] = {}
        for page in pages:
            tile = TileButton("link", host)
            tile.setObjectName(f"Page_{page.id}")
            tile.setMinimumHeight(round(self._appearance.touch_px * 1.4))
            self._appearance.bind_icon(tile.icon_label, page.icon, self._appearance.icon_px(1.1))
            tile.set_texts(page.title, page.summary)
            tile.clicked.connect(lambda _=False, page_id=page.id: self.open_page(page_id))
            layout.addWidget(tile)
            buttons[page.id] = tile
        if not pages:
            none = label("message", host)
            none.setText(self.tr("No pages about that yet. Ask staff: they are happy to help."))
            layout.addWidget(none)
        layout.addStretch(1)
        return area, buttons

    def _forget_lists(self) -> None:
        for area, _ in self._lists.values():
            self.stack.removeWidget(area)
            discard(area)
        self._lists.clear()
        self.pages_area, self.page_buttons = None, {}

    def _render(self) -> None:
        pack = self._pack
        self.loading.setVisible(pack is None)
        self.stack.setVisible(pack is not None)
        if pack is None:
            self._render_heading()
            return
        kind, value = self._where
        if kind == PAGES:
            what, _, key = value.partition(":")
            pages = pack.pages(self._lang, key) if what == "category" else pack.search(self._lang, key)
            self._show_page_list(value, pages)
        elif kind == PAGE:
            page = pack.page(value, self._lang)
            if page is not None:
                self.page_view.show_page(page, pack, self._lang)
            self.stack.setCurrentWidget(self.page_view)
        elif kind == TOPICS:
            self.stack.setCurrentWidget(self.topics_area)
        else:
            self.stack.setCurrentWidget(self.categories_area)
        self._render_heading()

    def _render_heading(self) -> None:
        kind, value = self._where
        pack = self._pack
        text = self.tr("Information")
        if pack is not None and kind == PAGES:
            what, _, key = value.partition(":")
            if what == "category":
                category = pack.category(key)
                text = category.name(self._lang) if category else text
            else:
                text = self.tr("Pages about “%1”").replace("%1", key)
        elif kind == TOPICS:
            text = self.tr("Find a topic")
        self.heading.setVisible(kind != PAGE)
        self.heading.setText(text)
