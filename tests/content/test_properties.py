"""Whatever a hand edit leaves in a page, loading and checking never raise."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import ContentPack, check
from tests.content.packs import BODY, Pack, page_text

# The autouse fixture only points the data folders elsewhere; sharing it across
# examples is harmless. No example database: nothing is written to the checkout.
PROPERTY = settings(max_examples=150, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

FIELDS = ["id", "title", "category", "icon", "summary", "reviewed", "sources",
          "related_resources", "keywords", "other"]
TOML_VALUES = st.one_of(
    st.text(max_size=20).map(lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'),
    st.integers().map(str), st.floats(allow_nan=True).map(str), st.sampled_from(
        ["true", "false", "2026-11-20", "2026-11-20T10:00:00", "10:00:00", "[]", "[1, \"a\"]",
         '["Health Canada"]', '["emergency", 3]', "{ en = \"x\" }", "[[1], [2]]", '"""open',
         "'literal'", "inf", "nan", "0x1F", "[" * 60, "{", "= =", ""]),
    st.text(max_size=20),
)
FRONT_MATTER = st.lists(st.tuples(st.sampled_from(FIELDS), TOML_VALUES), max_size=12).map(
    lambda pairs: "\n".join(f"{k} = {v}" for k, v in pairs))
MARKDOWN = st.text(alphabet=st.sampled_from(list("#*_`~>-+=|[]()!<>:/\\ \n\tab1.é")), max_size=300)


def load_sane(files: dict[str, str | bytes], good_page_shown: bool = True) -> ContentPack:
    """Load a pack of one good page plus ``files``; loading and checking agree and never raise."""
    with tempfile.TemporaryDirectory() as folder:
        pack = Pack.create(Path(folder))
        pack.everywhere("overdose-signs")
        for name, text in files.items():
            pack.write(name, text)
        loaded = pack.load()
        assert [str(p) for p in check(pack.content)] == [str(p) for p in loaded.problems]
    if good_page_shown:
        assert loaded.page("overdose-signs", "en") is not None
    assert all("unexpected" not in p.message for p in loaded.problems)
    loaded.search("en", "a é #")
    return loaded


@PROPERTY
@given(front=st.text(max_size=300), body=st.text(max_size=200))
def test_any_text_as_front_matter(front, body):
    load_sane({"en/odd.md": f"+++\n{front}\n+++\n{body}"})


@PROPERTY
@given(front=FRONT_MATTER, body=MARKDOWN)
def test_toml_like_front_matter_with_any_field_types(front, body):
    page = f"+++\n{front}\n+++\n"
    load_sane({"en/odd.md": page + body, "fr/odd.md": page})


@PROPERTY
@given(body=MARKDOWN)
def test_any_markdown_body(body):
    loaded = load_sane({"en/odd.md": page_text("odd", body=body)})
    if loaded.page("odd", "en") is not None:
        assert loaded.page("odd", "fr").fallback_from == "fr"


@PROPERTY
@given(data=st.binary(max_size=300))
def test_any_bytes_as_a_page_or_a_toml_file(data):
    load_sane({"en/odd.md": data, "es/odd.md": b"+++\n" + data})
    load_sane({"categories.toml": data, "en/other.md": page_text("other", body=BODY)},
              good_page_shown=False)
