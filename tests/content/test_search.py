"""Search as a visitor uses it: a few taps, any accents, best matches first."""

from __future__ import annotations

import time

import pytest

from kiosk.content import normalise, plain_text


@pytest.fixture
def loaded(pack):
    pack.page("en", "naloxone", title="How to give naloxone", keywords=["nose spray"],
              body="## Steps\nSpray it into one nostril.\n")
    pack.page("es", "naloxone", title="Cómo dar naloxona", keywords=["espray nasal"],
              body="## Pasos\nRocíe en una fosa nasal. Después, acuéstela de lado.\n")
    pack.page("fr", "naloxone", title="Donner la naloxone", keywords=["vaporisateur"],
              body="## Étapes\nVaporisez dans une narine. Appelez à l'aide.\n")
    pack.page("en", "overdose-signs", title="Overdose signs", keywords=["breathing"],
              body="## Signs\nSlow breathing. Give naloxone if you have it.\n")
    pack.page("en", "wound-care", title="Wound care", category="health", icon="bandage",
              keywords=["abscess"], summary="Look after cuts and sores.",
              body="## Care\nWash the skin with soap and water. Heart health matters.\n")
    return pack.load()


def ids(pages) -> list[str]:
    return [p.id for p in pages]


def test_search_finds_a_page_by_its_title(loaded):
    assert ids(loaded.search("en", "wound")) == ["wound-care"]


def test_search_finds_a_page_by_a_keyword_and_by_body_text(loaded):
    assert ids(loaded.search("en", "abscess")) == ["wound-care"]
    assert ids(loaded.search("en", "soap")) == ["wound-care"]
    assert ids(loaded.search("en", "sores")) == ["wound-care"]


def test_title_and_keyword_matches_rank_above_body_matches(loaded):
    assert ids(loaded.search("en", "naloxone")) == ["naloxone", "overdose-signs"]
    assert ids(loaded.search("en", "breathing")) == ["overdose-signs"]


def test_search_ignores_accents_and_case(loaded):
    assert ids(loaded.search("es", "naloxona")) == ["naloxone"]
    assert ids(loaded.search("es", "NALOXONA")) == ["naloxone"]
    assert ids(loaded.search("es", "como")) == ["naloxone"]
    assert ids(loaded.search("es", "rocie despues")) == ["naloxone"]
    assert ids(loaded.search("fr", "etapes")) == ["naloxone"]
    assert ids(loaded.search("fr", "Naloxóne")) == ["naloxone", "overdose-signs"]


def test_a_half_typed_word_already_matches(loaded):
    assert ids(loaded.search("en", "nalo")) == ["naloxone", "overdose-signs"]


def test_every_word_of_the_query_must_match(loaded):
    assert ids(loaded.search("en", "naloxone nostril")) == ["naloxone"]
    assert loaded.search("en", "naloxone abscess") == []


def test_search_covers_english_pages_shown_in_place_of_missing_translations(loaded):
    found = loaded.search("fr", "abscess")
    assert ids(found) == ["wound-care"] and found[0].fallback_from == "fr"


@pytest.mark.parametrize("query", ["", "   ", "?!", "zzzz"])
def test_an_empty_or_unmatched_query_finds_nothing(loaded, query):
    assert loaded.search("en", query) == []


def test_topic_words_come_from_pages_written_in_that_language(loaded):
    assert loaded.topic_words("en") == ["abscess", "breathing", "nose spray"]
    assert loaded.topic_words("es") == ["espray nasal"]
    assert loaded.topic_words("de") == ["abscess", "breathing", "nose spray"]


def test_search_is_fast_enough_for_every_tap(pack):
    body = "## Section\n" + "Some words about safer use and testing. " * 200
    for n in range(60):
        pack.page("en", f"page-{n}", body=body, title=f"Page number {n}")
    loaded = pack.load()
    start = time.perf_counter()
    for query in ("s", "sa", "saf", "safe", "safer", "safer u", "safer use", "page 5"):
        loaded.search("en", query)
    assert (time.perf_counter() - start) / 8 < 0.02


def test_normalise_folds_accents_ligatures_and_punctuation():
    assert normalise("  Cœur, SANTÉ l'aide — ¿Qué?  ") == "coeur sante l aide que"


def test_plain_text_keeps_words_and_drops_markup():
    text = plain_text("## Steps\n1. **Call** for [help](https://example.org).\n2. Stay `here`.\n")
    assert text.splitlines() == ["Steps", "Call for help.", "Stay here."]
