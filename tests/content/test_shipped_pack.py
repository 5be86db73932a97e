"""The pack that ships with the kiosk: complete, consistent and ready to adapt."""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from kiosk import paths
from kiosk.content import ERROR, ContentPack
from kiosk.languages import LANGUAGES

RESOURCE_KEYS = {
    "emergency-services", "naloxone-locator", "naloxone-training", "overdose-prevention-site",
    "drug-checking", "testing-hep-c", "testing-hiv", "never-use-alone", "housing-help", "food",
    "legal-aid", "crisis-line", "id-clinic", "sharps-disposal", "sexual-health-clinic",
    "treatment-access", "wound-clinic",
}
PHONE_ONLY = {"never-use-alone", "crisis-line", "emergency-services"}
CATEGORY_KEYS = ["overdose", "drug-supply", "safer-use", "health", "support"]


@pytest.fixture(scope="module")
def shipped() -> ContentPack:
    return ContentPack.load()


def page_files():
    return sorted((paths.resources_dir() / "content").glob("*/*.md"))


def front_matter(path):
    """Front matter read without the loader, so these checks do not trust it."""
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text.split("+++\n")[1])


def test_the_shipped_pack_has_no_errors(shipped):
    found = [str(p) for p in shipped.problems if p.severity == ERROR]
    assert found == [], "\n".join(found)


def test_the_shipped_pack_has_pages_in_every_category(shipped):
    assert shipped.languages == ("en", "es", "fr")
    for category in shipped.categories:
        assert shipped.pages("en", category.key), category.key


def test_every_page_is_translated(shipped):
    for lang in LANGUAGES:
        fallbacks = [p.id for p in shipped.pages(lang) if p.fallback_from]
        assert fallbacks == [], f"missing in {lang}: {fallbacks}"


@pytest.mark.parametrize("path", page_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_page_names_sources_a_review_date_and_real_resources(path):
    data = front_matter(path)
    assert data["sources"] and all(isinstance(s, str) and s.strip() for s in data["sources"])
    assert type(data["reviewed"]) is date
    unknown = set(data.get("related_resources", [])) - RESOURCE_KEYS
    assert unknown == set()


def test_resources_are_the_agreed_demo_services(shipped):
    assert set(shipped.resources) == RESOURCE_KEYS
    for key, resource in shipped.resources.items():
        assert resource.demo, key
        for lang in LANGUAGES:
            assert resource.names.get(lang) and resource.descriptions.get(lang), (key, lang)
            assert resource.hours.get(lang), (key, lang)
        if resource.url:
            assert resource.url.startswith("https://example.org/"), key
        if resource.phone and key != "emergency-services":
            assert resource.phone.startswith("555-01"), key


def test_phone_lines_get_a_dialling_qr_code(shipped):
    assert shipped.resource("emergency-services").qr_data == "tel:911"
    for key in PHONE_ONLY:
        assert shipped.resource(key).url is None
        assert shipped.resource(key).qr_data.startswith("tel:")
    assert shipped.resource("food").qr_data == "https://example.org/food"


def test_categories_are_named_in_every_language(shipped):
    assert [c.key for c in shipped.categories] == CATEGORY_KEYS
    assert shipped.category("overdose").name("en") == "Overdose and naloxone"
    for category in shipped.categories:
        assert all(category.names.get(lang) for lang in LANGUAGES), category.key
        assert shipped.icon_path(category.icon).is_file()


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_the_overdose_page_comes_first_and_opens_with_the_numbered_steps(shipped, lang):
    first = shipped.pages(lang, "overdose")[0]
    assert first.id == "overdose-signs" and not first.fallback_from
    body = first.body.lstrip()
    heading, _, rest = body.partition("\n")
    assert heading.startswith("## ")
    assert rest.lstrip().startswith("1. ")  # what to do comes before any sign
    assert body.index("\n1. ") < body.index("\n- ")
