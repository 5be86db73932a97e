"""Fitting text: wrap first, shrink to a readable minimum, never overflow."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.printing.layout import text_block
from kiosk.printing.text import Style, fit_text, pdf_safe

BODY = Style("Helvetica", 10, 8)
LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàçñóúíüœ¿¡ABCDÉÑ-/.0123456789"
words = st.text(alphabet=LETTERS, min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=30), st.floats(min_value=40, max_value=400))
def test_no_line_is_wider_than_the_space(parts, width):
    text = " ".join(parts)
    size, lines = fit_text(text, BODY, width)
    assert BODY.min_size <= size <= BODY.size
    assert all(stringWidth(line, BODY.font, size) <= width + 1e-6 for line in lines)
    # Nothing is lost: the same characters come out, only cut into lines.
    assert "".join("".join(lines).split()) == "".join(text.split())


def test_text_that_fits_keeps_its_size():
    assert fit_text("Show this code at the window", BODY, 300) == (10, ["Show this code at the window"])


def test_long_text_wraps_before_it_shrinks():
    size, lines = fit_text("Centre de jour pour la réduction des méfaits du quartier", BODY, 120)
    assert size == BODY.size
    assert len(lines) > 1


def test_a_word_too_long_shrinks_but_not_below_the_minimum():
    word = "Anticonstitutionnellement"
    natural = stringWidth(word, BODY.font, BODY.size)
    size, lines = fit_text(word, BODY, natural * 0.9)
    assert BODY.min_size <= size < BODY.size and lines == [word]
    size, lines = fit_text(word, BODY, natural * 0.5)
    assert size == BODY.min_size and len(lines) == 2


def test_a_long_link_breaks_after_a_slash():
    _, lines = fit_text("https://example.org/services/naloxone-training", BODY, 100)
    assert lines[0].endswith(("/", "-", "."))


def test_centred_lines_stay_inside_the_block():
    block = text_block("Línea de atención a personas usuarias de drogas", BODY, 90, "center")
    for line in block.items:
        x0, _, x1, _ = line.bounds()
        assert 0 <= x0 and x1 <= 90 + 1e-6


def test_letters_the_built_in_font_lacks_are_replaced_not_boxed():
    assert pdf_safe("Réduction des méfaits ¿Qué? ñ œ") == "Réduction des méfaits ¿Qué? ñ œ"
    assert pdf_safe("Łódź clinic") == "Lódz clinic"
    assert pdf_safe("Safe supply \U0001F48A") == "Safe supply"
    assert pdf_safe("Tab\there") == "Tab here"
