"""Information: categories, pages with QR codes, search by topic words."""

from __future__ import annotations

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap


def test_category_to_page_with_resource_codes(qtbot, make_kiosk, content_pack):
    window = make_kiosk()
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    assert list(info.category_buttons) == [c.key for c in content_pack.categories]
    tap(qtbot, info.category_buttons["overdose"])
    assert set(info.page_buttons) == {p.id for p in content_pack.pages("en", "overdose")}
    assert list(info.page_buttons)[0] == "overdose-signs"  # what to do in an overdose comes first
    tap(qtbot, info.page_buttons["overdose-signs"])
    view = info.page_view
    page = content_pack.page("overdose-signs", "en")
    assert view.title.text() == page.title
    assert view.text.toPlainText().startswith("What to do now")
    expected = [content_pack.resource(k) for k in page.related_resources]
    assert [(c.data, c.accessibleName()) for c in view.codes] == [(r.qr_data, r.name("en")) for r in expected][:3]
    assert view.codes[0].accessibleDescription() == "911"

    tap(qtbot, window.top_bar.back)
    assert info.where[0] == "pages"
    tap(qtbot, window.top_bar.back)
    tap(qtbot, window.top_bar.back)
    assert window.current == nav.START


def test_search_by_tapping_a_topic_word(qtbot, make_kiosk, content_pack):
    window = make_kiosk()
    window.set_language("fr")
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    tap(qtbot, info.search)
    words = content_pack.topic_words("fr")
    assert list(info.topic_buttons) == words
    word = "naloxone" if "naloxone" in words else words[0]
    info.topics_area.ensureWidgetVisible(info.topic_buttons[word])
    tap(qtbot, info.topic_buttons[word])
    assert list(info.page_buttons) == [p.id for p in content_pack.search("fr", word)]
    assert info.heading.text() == f"Pages sur «\u00a0{word}\u00a0»"
