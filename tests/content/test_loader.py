"""Loading a pack: good pages load, bad ones are left out and reported, nothing raises."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.content import ERROR, WARNING, ContentPack, Problem, Resource
from tests.content.packs import page_text


def errors(problems, path=None) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR and (path is None or p.path == path)]


def messages(problems, path) -> str:
    return "\n".join(p.message for p in problems if p.path == path)


def test_a_valid_pack_loads_every_language_without_problems(pack):
    pack.everywhere("overdose-signs")
    pack.everywhere("wound-care", category="health", icon="bandage", related_resources=["clinic"])
    loaded = pack.load()
    assert loaded.problems == ()
    assert loaded.languages == ("en", "es", "fr")
    assert [c.key for c in loaded.categories] == ["overdose", "health"]
    page = loaded.page("wound-care", "fr")
    assert page.lang == "fr" and page.fallback_from is None
    assert page.reviewed == date(2026, 11, 1)
    assert page.sources == ("Health Canada",) and page.related_resources == ("clinic",)
    assert page.body.startswith("## What to do")


def test_pages_come_in_category_order_then_by_title(pack):
    pack.everywhere("b-health", category="health", title="Alpha")
    pack.everywhere("a-overdose", title="Zulu")
    pack.everywhere("c-overdose", title="Mike")
    loaded = pack.load()
    assert [p.id for p in loaded.pages("en")] == ["c-overdose", "a-overdose", "b-health"]
    assert [p.id for p in loaded.pages("en", category="health")] == ["b-health"]


def test_a_missing_translation_falls_back_to_english(pack):
    pack.everywhere("overdose-signs")
    pack.page("en", "naloxone", title="Naloxone")
    loaded = pack.load()
    page = loaded.page("naloxone", "fr")
    assert page.lang == "en" and page.fallback_from == "fr" and page.title == "Naloxone"
    assert {p.id for p in loaded.pages("es")} == {"overdose-signs", "naloxone"}
    warnings = [p for p in loaded.problems if p.severity == WARNING]
    assert {p.path for p in warnings} == {pack.content / f"{lang}/naloxone.md" for lang in ("fr", "es")}
    assert "no French version" in messages(warnings, pack.content / "fr/naloxone.md")


def test_a_language_the_pack_lacks_shows_english_pages_as_fallbacks(pack):
    pack.everywhere("overdose-signs")
    pages = pack.load().pages("de")
    assert [(p.lang, p.fallback_from) for p in pages] == [("en", "de")]


def test_a_page_without_english_original_is_not_shown(pack):
    pack.everywhere("overdose-signs")
    orphan = pack.page("fr", "surdose")
    loaded = pack.load()
    assert loaded.page("surdose", "fr") is None
    assert [p.severity for p in loaded.problems if p.path == orphan] == [WARNING]


@pytest.mark.parametrize("text, expected", [
    ("", "empty"),
    ("   \n\n", "empty"),
    ("## No front matter\nText.\n", "first line must be '+++'"),
    ("+++\nid = \"broken\"\n## Body\n", "no closing '+++'"),
    ("+++\nid = \"broken\"\ntitle = \n+++\n## A\nB\n", "not valid TOML"),
    ("+++\nid = \"broken\nbroken\"\n+++\n## A\nB\n", "not valid TOML"),
])
def test_unreadable_pages_are_reported_and_the_others_still_load(pack, text, expected):
    pack.everywhere("overdose-signs")
    bad = pack.write("en/broken.md", text)
    loaded = pack.load()
    assert expected in messages(loaded.problems, bad)
    assert errors(loaded.problems, bad)
    assert [p.id for p in loaded.pages("en")] == ["overdose-signs"]


def test_toml_errors_point_at_the_line_in_the_file(pack):
    bad = pack.write("en/broken.md", "+++\nid = \"broken\"\ntitle = \n+++\n## A\nB\n")
    open_string = pack.write("en/open.md", "+++\nid = \"open\"\ntitle = \"\"\"x\n+++\n## A\nB\n")
    problems = pack.load().problems
    assert "at line 3" in messages(problems, bad)
    assert "at the end of the front matter" in messages(problems, open_string)


def test_a_file_that_is_not_utf8_is_reported(pack):
    pack.everywhere("overdose-signs")
    bad = pack.write("en/latin1.md", page_text("latin1", summary="Santé").encode("latin-1"))
    loaded = pack.load()
    assert "not UTF-8" in messages(loaded.problems, bad)
    assert loaded.page("latin1", "en") is None and loaded.page("overdose-signs", "en")


def test_windows_line_ends_and_a_byte_order_mark_are_fine(pack):
    text = "\ufeff" + page_text("overdose-signs").replace("\n", "\r\n")
    pack.write("en/overdose-signs.md", text)
    loaded = pack.load()
    assert errors(loaded.problems) == []
    assert loaded.page("overdose-signs", "en").body.startswith("## What to do")


@pytest.mark.parametrize("field", ["id", "title", "category", "icon", "summary", "reviewed", "sources"])
def test_a_missing_required_field_hides_the_page(pack, field):
    path = pack.page("en", "overdose-signs", **{field: None})
    loaded = pack.load()
    assert f"missing field '{field}'" in messages(loaded.problems, path)
    assert loaded.pages("en") == []


def test_optional_fields_may_be_left_out(pack):
    pack.everywhere("overdose-signs", keywords=None, related_resources=None)
    loaded = pack.load()
    assert errors(loaded.problems) == []
    page = loaded.page("overdose-signs", "en")
    assert page.keywords == () and page.related_resources == ()


@pytest.mark.parametrize("fields, expected", [
    ({"title": 5}, "'title' must be text"),
    ({"title": "  "}, "'title' is empty"),
    ({"reviewed": "2026-11-01"}, "'reviewed' must be a date"),
    ({"sources": "Health Canada"}, "'sources' must be a list of text"),
    ({"sources": []}, "'sources' needs at least one entry"),
    ({"keywords": ["ok", 3]}, "'keywords' must be a list of text"),
    ({"related_resources": [""]}, "'related_resources' must be a list of text"),
    ({"id": "Overdose Signs"}, "lower-case letters"),
])
def test_fields_of_the_wrong_type_hide_the_page(pack, fields, expected):
    path = pack.page("en", "overdose-signs", **fields)
    loaded = pack.load()
    assert expected in messages(loaded.problems, path)
    assert errors(loaded.problems, path) and loaded.pages("en") == []


def test_a_date_with_a_time_is_not_a_review_date(pack):
    path = pack.write("en/overdose-signs.md", page_text("overdose-signs").replace(
        "reviewed = 2026-11-01", "reviewed = 2026-11-01T10:00:00"))
    assert "'reviewed' must be a date" in messages(pack.load().problems, path)


@pytest.mark.parametrize("fields, expected", [
    ({"category": "nowhere"}, "unknown category 'nowhere'"),
    ({"icon": "nowhere"}, "no icon named 'nowhere'"),
    ({"related_resources": ["emergency", "nowhere"]}, "unknown resource 'nowhere'"),
])
def test_unknown_keys_are_errors_that_hide_the_page(pack, fields, expected):
    pack.everywhere("wound-care", category="health")
    path = pack.page("en", "overdose-signs", **fields)
    loaded = pack.load()
    assert expected in messages(loaded.problems, path)
    assert [p.id for p in loaded.pages("en")] == ["wound-care"]


def test_an_unknown_front_matter_field_is_a_warning(pack):
    path = pack.page("en", "overdose-signs", keyword=["typo"])
    loaded = pack.load()
    assert [(p.severity, p.message) for p in loaded.problems if p.path == path] == [
        (WARNING, "unknown field 'keyword' is ignored")]
    assert loaded.page("overdose-signs", "en")


def test_the_id_must_match_the_file_name(pack):
    path = pack.write("en/overdose.md", page_text("overdose-signs"))
    loaded = pack.load()
    assert "does not match the file name" in messages(loaded.problems, path)
    assert loaded.pages("en") == []


def test_a_duplicate_id_keeps_the_first_page_and_reports_the_second(pack):
    first = pack.write("en/a/overdose-signs.md", page_text("overdose-signs", title="First"))
    second = pack.write("en/b/overdose-signs.md", page_text("overdose-signs", title="Second"))
    loaded = pack.load()
    assert f"already used by {first}" in messages(loaded.problems, second)
    assert [p.title for p in loaded.pages("en")] == ["First"]


@pytest.mark.parametrize("body, expected", [
    ("", "no text after the front matter"),
    ("# Big title\n\n## A\nText.\n", "line 12: a top-level '#' heading"),
    ("Big title\n=========\n\n## A\nText.\n", "top-level '#' heading"),
    ("## A\n```\nnever closed\n", "never closed"),
    ("## A\n<script>alert(1)</script>\n", "raw HTML"),
    ("## A\nSee <b>this</b>.\n", "raw HTML"),
    ("## A\n![map](map.png)\n", "images are not supported"),
])
def test_markdown_that_would_show_broken_hides_the_page(pack, body, expected):
    path = pack.page("en", "overdose-signs", body=body)
    loaded = pack.load()
    assert expected in messages(errors(loaded.problems), path)
    assert loaded.pages("en") == []


@pytest.mark.parametrize("body, expected", [
    ("Just text, no sections.\n", "no '##' section headings"),
    ("## A\nSee [the site](https://example.org).\n", "links cannot be opened"),
    ("## A\n\n    indented by mistake\n", "shows as code"),
])
def test_odd_but_harmless_markdown_is_a_warning(pack, body, expected):
    path = pack.page("en", "overdose-signs", body=body)
    loaded = pack.load()
    assert expected in messages(loaded.problems, path)
    assert errors(loaded.problems) == [] and loaded.page("overdose-signs", "en")


def test_a_closed_code_fence_is_only_a_warning(pack):
    path = pack.page("en", "overdose-signs", body="## A\n```\ncode\n```\n")
    assert errors(pack.load().problems, path) == []


def test_a_page_not_reviewed_for_years_gets_a_warning(pack):
    path = pack.page("en", "overdose-signs", reviewed=date(2000, 1, 1))
    loaded = pack.load()
    assert [p.severity for p in loaded.problems if p.path == path] == [WARNING]
    assert "last reviewed 2000-01-01" in messages(loaded.problems, path)


def test_a_missing_folder_is_a_problem_not_an_exception(tmp_path):
    loaded = ContentPack.load(tmp_path / "nowhere")
    assert "content folder not found" in messages(loaded.problems, tmp_path / "nowhere")
    assert loaded.pages("en") == [] and loaded.search("en", "naloxone") == []
    assert loaded.languages == ()


def test_a_pack_without_english_pages_says_so(pack):
    (pack.content / "en").rmdir()
    pack.page("fr", "surdose")
    loaded = pack.load()
    assert "no English pages folder" in messages(loaded.problems, pack.content / "en")
    assert loaded.pages("fr") == []


def test_a_broken_categories_file_is_reported(pack):
    pack.everywhere("overdose-signs")
    categories = pack.write("categories.toml", "[overdose\nicon = 1\n")
    loaded = pack.load()
    assert "not valid TOML" in messages(loaded.problems, categories)
    assert loaded.categories == ()


def test_category_problems_are_reported_and_names_fall_back_to_english(pack):
    categories = pack.write("categories.toml", '[overdose]\nicon = "nowhere"\norder = "first"\n'
                            'name = { en = "Overdose" }\ncolour = "red"\n')
    loaded = pack.load()
    text = messages(loaded.problems, categories)
    assert "no icon named 'nowhere'" in text and "'order' must be a whole number" in text
    assert "no text in Spanish, French" in text and "unknown field 'colour'" in text
    category = loaded.category("overdose")
    assert category.icon == "information" and category.name("fr") == "Overdose"


def test_resources_load_with_their_details(pack):
    resources = pack.load().resources
    clinic = resources["clinic"]
    assert clinic.name("es") == "Clínica" and clinic.description("fr") == "Une infirmière."
    assert clinic.hours_in("de") == "Every day" and clinic.address == "1 Sample Street"
    assert clinic.qr_data == "https://example.org/clinic"
    assert resources["emergency"].qr_data == "tel:911"


@pytest.mark.parametrize("phone, expected", [
    ("555-0123", "tel:5550123"),
    ("+1 (555) 555-0123", "tel:+15555550123"),
    (None, None),
])
def test_a_resource_without_url_is_dialled_from_its_qr_code(phone, expected):
    resource = Resource("line", {"en": "Line"}, {"en": "Talk."}, url=None, phone=phone)
    assert resource.qr_data == expected


def test_resource_mistakes_are_reported(pack):
    resources_file = pack.root / "resources.toml"
    resources_file.write_text(
        'stray = 1\n[quiet]\nname = { en = "Quiet", fr = "Calme" }\n'
        'description = { en = "No way to reach it." }\n'
        '[web]\nname = { en = "Web", fr = "Web", es = "Web" }\n'
        'description = { en = "D", fr = "D", es = "D" }\nurl = "example.org"\nphone = "none"\n'
        '[nameless]\ndescription = { en = "No name." }\nphone = "555-0100"\n', encoding="utf-8")
    loaded = pack.load()
    text = messages(loaded.problems, resources_file)
    assert "resource 'quiet': needs a 'url' or a 'phone'" in text
    assert "resource 'quiet': field 'name' has no text in Spanish" in text
    assert "resource 'web': 'url' must start with https://" in text
    assert "resource 'web': 'phone' has no digits" in text
    assert "resource 'nameless': missing field 'name'" in text
    assert "resource 'stray' must be a [stray] table" in text
    assert set(loaded.resources) == {"quiet", "web"}


def test_a_page_linking_a_broken_resource_still_shows_without_that_link(pack):
    (pack.root / "resources.toml").write_text(
        (pack.root / "resources.toml").read_text(encoding="utf-8") + '[broken]\nphone = "1"\n',
        encoding="utf-8")
    path = pack.page("en", "overdose-signs", related_resources=["broken", "clinic"])
    loaded = pack.load()
    assert [p.severity for p in loaded.problems if p.path == path] == [WARNING]
    assert loaded.page("overdose-signs", "en").related_resources == ("clinic",)


def test_an_unreadable_resources_file_is_one_error_and_pages_still_show(pack):
    resources_file = pack.root / "resources.toml"
    resources_file.write_text("[clinic\n", encoding="utf-8")
    pack.everywhere("overdose-signs")
    loaded = pack.load()
    assert [p.path for p in errors(loaded.problems)] == [resources_file]
    assert loaded.page("overdose-signs", "en").related_resources == ()


def test_demo_resources_are_pointed_out_once(pack):
    resources_file = pack.root / "resources.toml"
    resources_file.write_text(resources_file.read_text(encoding="utf-8").replace(
        'phone = "911"', 'phone = "911"\ndemo = true'), encoding="utf-8")
    loaded = pack.load()
    assert [p.message for p in loaded.problems] == [
        "demo services (demo = true) to replace with your centre's own: 1 of 2"]
    assert loaded.resource("emergency").demo and not loaded.resource("clinic").demo


def test_resource_overrides_replace_fields_in_a_new_pack(pack):
    loaded = pack.load()
    changed = loaded.with_resource_overrides({
        "clinic": {"address": "9 Real Road", "hours": {"en": "Mon-Fri", "fr": "Lun-ven"},
                   "phone": "555-0199", "url": ""},
    })
    clinic = changed.resource("clinic")
    assert clinic.address == "9 Real Road" and clinic.hours_in("fr") == "Lun-ven"
    assert clinic.hours_in("es") == "Mon-Fri"
    assert clinic.url is None and clinic.qr_data == "tel:5550199"
    assert clinic.name("fr") == "Clinique"
    assert loaded.resource("clinic").address == "1 Sample Street"
    assert changed.problems == ()


def test_a_plain_text_override_of_a_per_language_field_counts_as_english(pack):
    changed = pack.load().with_resource_overrides({"clinic": {"hours": "Closed today", "demo": False}})
    assert changed.resource("clinic").hours == {"en": "Closed today"}
    assert changed.resource("clinic").hours_in("fr") == "Closed today"


def test_unusable_overrides_are_ignored_with_a_warning(pack):
    loaded = pack.load()
    changed = loaded.with_resource_overrides({
        "nowhere": {"phone": "555-0100"},
        "clinic": {"colour": "red", "phone": 5550100, "address": "2 Sample Street"},
    })
    assert [p.severity for p in changed.problems] == [WARNING, WARNING, WARNING]
    assert changed.resource("clinic").phone == "555-0100"
    assert changed.resource("clinic").address == "2 Sample Street"
    assert changed.resource("nowhere") is None


def test_a_page_keeps_its_body_exactly_as_written(pack):
    body = "## Steps\n1. One.\n2. Two.\n\n## After\nRest *now*.\n"
    pack.page("en", "overdose-signs", body=body)
    assert pack.load().page("overdose-signs", "en").body == body.strip("\n")


def test_a_centre_may_point_at_its_copy_of_the_whole_resources_folder(pack):
    pack.everywhere("overdose-signs")
    loaded = ContentPack.load(pack.root)
    assert loaded.directory == pack.content and loaded.problems == ()
    assert loaded.resources_file == pack.root / "resources.toml"
    assert loaded.icon_path("overdose") == pack.root / "icons" / "overdose.svg"
