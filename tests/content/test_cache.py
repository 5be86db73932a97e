"""The pack saved for the next start: read back only while nothing it came from changed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from kiosk.content.cache import CACHE_NAME, fingerprint, load_cached


def _titles(pack, lang="en"):
    return [page.title for page in pack.pages(lang)]


def _touch_later(path):
    """Move a file's time on, as an editor saving it a moment later does."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


def test_the_second_start_reads_the_saved_pack_with_the_same_pages_and_html(pack, tmp_path):
    pack.everywhere("first-aid")
    cache = tmp_path / "cache"
    first = load_cached(pack.content, cache)
    second = load_cached(pack.content, cache)
    assert not first.from_cache and second.from_cache
    assert (cache / CACHE_NAME).is_file()
    assert _titles(second.pack) == _titles(first.pack) == ["Page first-aid"]
    assert second.pack.search("en", "help") and second.pack.page("first-aid", "fr") is not None
    body = second.pack.page("first-aid", "en").body
    assert "<h2>What to do</h2>" in second.html[body]
    assert second.html == first.html


def test_an_edited_page_is_shown_at_the_next_start(pack, tmp_path):
    page = pack.page("en", "first-aid")
    cache = tmp_path / "cache"
    load_cached(pack.content, cache)
    pack.page("en", "first-aid", title="Staying with someone")
    _touch_later(page)
    again = load_cached(pack.content, cache)
    assert not again.from_cache
    assert _titles(again.pack) == ["Staying with someone"]


def test_a_new_page_or_a_changed_resource_file_loads_the_pack_afresh(pack, tmp_path):
    pack.page("en", "first-aid")
    cache = tmp_path / "cache"
    load_cached(pack.content, cache)
    pack.page("en", "naloxone")
    assert not load_cached(pack.content, cache).from_cache
    assert load_cached(pack.content, cache).from_cache
    resources = pack.root / "resources.toml"
    resources.write_text(resources.read_text(encoding="utf-8").replace("A nurse.", "Two nurses."), encoding="utf-8")
    _touch_later(resources)
    again = load_cached(pack.content, cache)
    assert not again.from_cache
    assert again.pack.resource("clinic").description("en") == "Two nurses."


def test_a_new_day_is_a_new_fingerprint(pack):
    # A page's "review due" problem depends on the day the pack is checked.
    assert fingerprint(pack.content, date(2026, 12, 1)) != fingerprint(pack.content, date(2026, 12, 2))
    assert fingerprint(pack.content, date(2026, 12, 1)) == fingerprint(pack.content, date(2026, 12, 1))


def test_a_damaged_cache_file_only_makes_the_start_slower(pack, tmp_path):
    pack.page("en", "first-aid")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_NAME).write_bytes(b"not a saved pack")
    loaded = load_cached(pack.content, cache)
    assert not loaded.from_cache and _titles(loaded.pack) == ["Page first-aid"]
    assert load_cached(pack.content, cache).from_cache


def test_a_pack_read_from_the_cache_does_not_import_the_markdown_parser(pack, tmp_path):
    pack.page("en", "first-aid")
    cache = tmp_path / "cache"
    load_cached(pack.content, cache)
    probe = (
        "import sys; from pathlib import Path; from kiosk.content.cache import load_cached; "
        f"loaded = load_cached(Path({str(pack.content)!r}), Path({str(cache)!r})); "
        "print(loaded.from_cache, 'markdown_it' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]
