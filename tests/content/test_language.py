"""Words that shame people stay out of every page, service and category name."""

from __future__ import annotations

import re
import tomllib

import pytest
import textstat

from kiosk import paths
from kiosk.content import ContentPack, plain_text

STIGMA = {
    "en": r"addicts?|addicted|addicting|junkies?|junky|abusers?|abuses?|abused|abusing"
          r"|clean(?:s|ed|er|ers|est|ing|ly)?|dirt(?:y|ier|iest)",
    "fr": r"toxicomanes?|toxicos?|drogu(?:é|ée|és|ées)|cam(?:é|ée|és|ées)|junkies?|accros?"
          r"|abus|abus(?:er|é|ée|és|ées)|propres?|sales?",
    "es": r"adict[oa]s?|drogadict[oa]s?|yonquis?|toxic[oó]man[oa]s?|abusos?|abusador(?:a|es|as)?"
          r"|limpi[oa]s?|suci[oa]s?",
}
MAX_GRADE = 8.0


def stigmatising(lang: str, text: str) -> list[str]:
    """Whole-word hits, any case: 'drogue' (a drug) passes, 'drogué' does not."""
    pattern = re.compile(rf"(?<!\w)(?:{STIGMA[lang]})(?!\w)", re.IGNORECASE)
    return [m.group(0) for m in pattern.finditer(text)]


def translated_texts():
    """(where, lang, text) for every per-language string in the pack's TOML files."""
    resources = paths.resources_dir()
    for path in (resources / "resources.toml", resources / "content" / "categories.toml"):
        for key, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            for field, value in table.items():
                if isinstance(value, dict):
                    for lang, text in value.items():
                        yield f"{path.name} [{key}] {field}.{lang}", lang, text


@pytest.mark.parametrize("lang, text, hits", [
    ("en", "Use clean gear; never share dirty needles.", ["clean", "dirty"]),
    ("en", "He is an ADDICT. Drug abuse. Cleaning up.", ["ADDICT", "abuse", "Cleaning"]),
    ("en", "Use new gear. Talk about substance use.", []),
    ("fr", "La drogue circule. Les drogués, les toxicos.", ["drogués", "toxicos"]),
    ("fr", "Utilisez votre propre matériel, pas du matériel sale.", ["propre", "sale"]),
    ("fr", "Du matériel neuf, une salle calme.", []),
    ("es", "Jeringas limpias, no sucias. Un adicto.", ["limpias", "sucias", "adicto"]),
    ("es", "Un toxicomano o toxicómana. Use material nuevo.", ["toxicomano", "toxicómana"]),
])
def test_the_word_check_catches_inflections_and_spares_ordinary_words(lang, text, hits):
    assert stigmatising(lang, text) == hits


def test_pages_use_no_stigmatising_words():
    found = []
    for lang in STIGMA:
        for path in sorted((paths.resources_dir() / "content" / lang).rglob("*.md")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{lang}/{path.name}:{number}: {word}" for word in stigmatising(lang, line)]
    assert found == [], "\n".join(found)


def test_services_and_categories_use_no_stigmatising_words():
    found = [f"{where}: {word}" for where, lang, text in translated_texts() if lang in STIGMA
             for word in stigmatising(lang, text)]
    assert found == [], "\n".join(found)


def reading_grade(markdown: str) -> float:
    """Flesch-Kincaid grade; each heading and list item counts as its own sentence."""
    lines = plain_text(markdown).splitlines()
    return textstat.flesch_kincaid_grade(" ".join(line if line[-1] in ".!?" else line + "." for line in lines))


def test_english_pages_are_easy_to_read():
    pages = ContentPack.load().pages("en")
    assert pages
    grades = {page.id: reading_grade(page.body) for page in pages}
    hardest_first = sorted(grades.items(), key=lambda item: -item[1])
    table = "\n".join(f"{grade:5.1f}  {page_id}" for page_id, grade in hardest_first)
    assert max(grades.values()) <= MAX_GRADE, f"Flesch-Kincaid grade above {MAX_GRADE}:\n{table}"


def test_the_reading_grade_notices_hard_text():
    hard = ("## Pharmacological considerations\nConcomitant administration of benzodiazepines "
            "substantially potentiates respiratory depression, necessitating vigilant monitoring.\n")
    assert reading_grade(hard) > MAX_GRADE
    assert reading_grade("## Stay\nStay with them. Call for help.\n") <= MAX_GRADE
