"""The safer-use information pack: pages, categories and local resources.

A pack is a folder a centre can copy and edit by hand: ``content/<lang>/*.md``
pages with TOML front matter, ``content/categories.toml``, plus
``resources.toml`` (local services, shown as QR codes) and ``icons/``. Hand
edits go wrong, and a kiosk must keep working when they do, so loading never
raises for bad content: a broken page is left out and a ``Problem`` tells staff
which file to fix and why. ``check_main`` prints those problems for
``kiosk-admin content check``.

Plain Python on purpose (no Qt), so the admin tool and tests can use it.
"""

from __future__ import annotations

import bisect
import re
import sys
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal, TextIO

from markdown_it import MarkdownIt
from markdown_it.token import Token

from kiosk import paths

BASE_LANG = "en"
"""Every page exists in this language first; others fall back to it."""

DEFAULT_ICON = "information"
"""Shown for a category whose icon is missing, so the screen never has a hole."""

REVIEW_DUE = timedelta(days=730)
"""Drug supplies change fast: a page not reviewed for two years gets a warning."""

ERROR: Literal["error"] = "error"
WARNING: Literal["warning"] = "warning"
Severity = Literal["error", "warning"]

_DELIMITER = "+++"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANG_DIR = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\Z")
_TOML_LINE = re.compile(r"at line (\d+)")
_NON_WORD = re.compile(r"[\W_]+")
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish"}

_PAGE_FIELDS = ("id", "title", "category", "icon", "summary", "reviewed", "sources",
                "related_resources", "keywords")
_RESOURCE_FIELDS = ("name", "description", "url", "phone", "address", "hours", "demo")
_CATEGORY_FIELDS = ("icon", "order", "name")
_OVERRIDE_FIELDS = {"name": "names", "names": "names", "description": "descriptions",
                    "descriptions": "descriptions", "hours": "hours", "url": "url",
                    "phone": "phone", "address": "address", "demo": "demo"}


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Problem:
    """Something wrong in the pack, in words a staff member can act on."""

    path: Path
    message: str
    severity: Severity = ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.severity}: {self.message}"


def _in_lang(texts: Mapping[str, str], lang: str) -> str:
    """Text in ``lang``, else English, else any: a screen never shows a blank."""
    return texts.get(lang) or texts.get(BASE_LANG) or next(iter(texts.values()), "")


@dataclass(frozen=True)
class Category:
    """A group of pages on the information screen, in display ``order``."""

    key: str
    icon: str
    order: int
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return _in_lang(self.names, lang) or self.key


@dataclass(frozen=True)
class Resource:
    """A local service a page points to; visitors scan ``qr_data`` to reach it."""

    key: str
    names: dict[str, str]
    descriptions: dict[str, str]
    url: str | None = None
    phone: str | None = None
    address: str | None = None
    hours: dict[str, str] = field(default_factory=dict)
    demo: bool = False

    def name(self, lang: str) -> str:
        return _in_lang(self.names, lang) or self.key

    def description(self, lang: str) -> str:
        return _in_lang(self.descriptions, lang)

    def hours_in(self, lang: str) -> str:
        return _in_lang(self.hours, lang)

    @property
    def qr_data(self) -> str | None:
        """The web address, or a ``tel:`` link so a phone can dial straight away."""
        if self.url:
            return self.url
        if self.phone:
            digits = "".join(c for c in self.phone if c.isdigit())
            if digits:
                return "tel:" + ("+" if self.phone.strip().startswith("+") else "") + digits
        return None


@dataclass(frozen=True)
class Page:
    """One information page in one language; ``body`` is Markdown."""

    id: str
    lang: str
    title: str
    category: str
    icon: str
    summary: str
    reviewed: date
    sources: tuple[str, ...]
    related_resources: tuple[str, ...]
    keywords: tuple[str, ...]
    body: str
    path: Path
    fallback_from: str | None = None


# ---------------------------------------------------------------- text helpers


def normalise(text: str) -> str:
    """Lower-case words without accents, so "Naloxóne" finds "naloxone"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    return " ".join(_NON_WORD.sub(" ", bare).split())


def _markdown(html: bool = False) -> MarkdownIt:
    """The one Markdown dialect pages use: CommonMark plus tables."""
    return MarkdownIt("commonmark", {"html": html}).enable("table")


def render_html(markdown: str) -> str:
    """A page body as HTML; raw HTML in the source is shown as text, never run."""
    return _markdown().render(markdown)


def plain_text(markdown: str) -> str:
    """A page body as plain text, one block (heading, item, paragraph) per line."""
    lines: list[str] = []
    for token in _markdown().parse(markdown):
        if token.type == "inline":
            parts = [" " if c.type in ("softbreak", "hardbreak") else c.content
                     for c in token.children or ()]
            lines.append("".join(parts).strip())
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.strip())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------- reading files


def _read_text(path: Path) -> tuple[str | None, Problem | None]:
    """File text with Unix line ends, or the reason it cannot be used."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, Problem(path, f"the file cannot be read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Problem(path, f"the file is not UTF-8 text (bad byte at position {exc.start}); "
                                   "save it again as UTF-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, Problem(path, "the file is empty")
    return text, None


def _parse_toml(text: str, path: Path, first_line: int = 1) -> tuple[dict | None, Problem | None]:
    """TOML as a dict; error positions are counted from the top of the file."""
    try:
        return tomllib.loads(text), None
    except tomllib.TOMLDecodeError as exc:
        shift = first_line - 1
        message = _TOML_LINE.sub(lambda m: f"at line {int(m.group(1)) + shift}", str(exc))
        end = "the end of the front matter" if shift else "the end"
        message = message.replace("end of document", end)
        return None, Problem(path, f"the file is not valid TOML: {message}")
    except RecursionError:
        return None, Problem(path, "the file is not valid TOML: nested too deeply")


def _read_toml(path: Path) -> tuple[dict | None, Problem | None]:
    if not path.is_file():
        return None, Problem(path, "file not found")
    text, problem = _read_text(path)
    if text is None:
        return None, problem
    return _parse_toml(text, path)


@dataclass
class _Fields:
    """Typed reads from one TOML table, noting every wrong field as a problem."""

    table: Mapping[str, object]
    path: Path
    where: str
    problems: list[Problem]

    def add(self, message: str, severity: Severity = ERROR) -> None:
        self.problems.append(Problem(self.path, f"{self.where}{message}", severity))

    def _get(self, key: str, required: bool) -> object | None:
        value = self.table.get(key)
        if value is None and required:
            self.add(f"missing field '{key}'")
        return value

    def text(self, key: str, required: bool = True) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self.add(f"field '{key}' must be text in quotes")
            return None
        if not value.strip():
            self.add(f"field '{key}' is empty")
            return None
        return value.strip()

    def texts(self, key: str, required: bool = True, non_empty: bool = False) -> tuple[str, ...] | None:
        value = self._get(key, required)
        if value is None:
            return None if required else ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add(f"field '{key}' must be a list of text, like [\"one\", \"two\"]")
            return None
        if non_empty and not value:
            self.add(f"field '{key}' needs at least one entry")
            return None
        return tuple(v.strip() for v in value)

    def calendar_date(self, key: str) -> date | None:
        value = self._get(key, True)
        if value is None:
            return None
        if not isinstance(value, date) or isinstance(value, datetime):
            self.add(f"field '{key}' must be a date like 2026-01-31, without quotes")
            return None
        return value

    def integer(self, key: str, default: int) -> int:
        value = self.table.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(f"field '{key}' must be a whole number")
            return default
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            self.add(f"field '{key}' must be true or false")
            return default
        return value

    def by_lang(self, key: str, languages: Iterable[str],
                required: bool = True) -> dict[str, str] | None:
        """A ``{en = "...", fr = "..."}`` table; a missing language falls back to English."""
        value = self._get(key, required)
        if value is None:
            return None if required else {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.add(f"field '{key}' must be a table of text per language, like {{en = \"...\"}}")
            return None
        texts = {lang: v.strip() for lang, v in value.items() if v.strip()}
        missing = [lang for lang in languages if lang not in texts]
        if BASE_LANG in missing:
            self.add(f"field '{key}' has no English text")
            return None
        if missing:
            self.add(f"field '{key}' has no text in {_names(missing)}; English is shown", WARNING)
        return texts

    def unknown(self, known: Iterable[str]) -> None:
        for key in sorted(set(self.table) - set(known)):
            self.add(f"unknown field '{key}' is ignored", WARNING)


def _names(langs: Iterable[str]) -> str:
    return ", ".join(_LANGUAGE_NAMES.get(lang, lang) for lang in langs)


# ---------------------------------------------------------------- categories and resources


def _load_categories(path: Path, languages: tuple[str, ...], icons: frozenset[str],
                     problems: list[Problem]) -> tuple[Category, ...]:
    """Categories in display order; one with a bad icon keeps a default icon."""
    data, problem = _read_toml(path)
    if data is None:
        problems.append(problem)
        return ()
    categories = []
    for key, table in data.items():
        if not isinstance(table, dict):
            problems.append(Problem(path, f"category '{key}' must be a [{key}] table"))
            continue
        fields = _Fields(table, path, f"category '{key}': ", problems)
        fields.unknown(_CATEGORY_FIELDS)
        icon = fields.text("icon") or DEFAULT_ICON
        if icon not in icons:
            fields.add(f"no icon named '{icon}' in the icons folder")
            icon = DEFAULT_ICON
        names = fields.by_lang("name", languages)
        categories.append(Category(key, icon, fields.integer("order", 100), names or {}))
    return tuple(sorted(categories, key=lambda c: (c.order, c.key)))


def _load_resource(key: str, table: object, path: Path, languages: tuple[str, ...],
                   problems: list[Problem]) -> Resource | None:
    if not isinstance(table, dict):
        problems.append(Problem(path, f"resource '{key}' must be a [{key}] table"))
        return None
    fields = _Fields(table, path, f"resource '{key}': ", problems)
    fields.unknown(_RESOURCE_FIELDS)
    names = fields.by_lang("name", languages)
    if names is None:
        return None
    url, phone = fields.text("url", False), fields.text("phone", False)
    if url and not url.startswith(("https://", "http://")):
        fields.add("'url' must start with https://")
        url = None
    if phone and not any(c.isdigit() for c in phone):
        fields.add("'phone' has no digits")
        phone = None
    if not url and not phone:
        fields.add("needs a 'url' or a 'phone' so visitors get a QR code")
    return Resource(key, names, fields.by_lang("description", languages) or {}, url, phone,
                    fields.text("address", False), fields.by_lang("hours", languages, False) or {},
                    fields.flag("demo", False))


def _load_resources(path: Path, languages: tuple[str, ...],
                    problems: list[Problem]) -> tuple[dict[str, Resource], frozenset[str] | None]:
    """Resources by key, and every key the file declares (None if unreadable)."""
    data, problem = _read_toml(path)
    if data is None:
        problems.append(problem)
        return {}, None
    resources = {}
    for key, table in data.items():
        resource = _load_resource(key, table, path, languages, problems)
        if resource is not None:
            resources[key] = resource
    demo = sorted(key for key, r in resources.items() if r.demo)
    if demo:
        problems.append(Problem(path, "demo services (demo = true) to replace with your centre's "
                                      f"own: {len(demo)} of {len(resources)}", WARNING))
    return resources, frozenset(data)


# ---------------------------------------------------------------- pages


def _split_front_matter(text: str) -> tuple[str, str, int] | str:
    """(front matter, body, first body line), or why the page has no front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != _DELIMITER:
        return "the first line must be '+++', opening the front matter"
    for n in range(1, len(lines)):
        if lines[n].rstrip() == _DELIMITER:
            return "\n".join(lines[1:n]) + "\n", "\n".join(lines[n + 1:]), n + 2
    return "the front matter has no closing '+++' line"


def _fence_closed(token: Token, lines: list[str]) -> bool:
    """Whether a fence ends with its own marker rather than at the end of the page."""
    start, end = token.map
    last = lines[end - 1].lstrip(" >") if end - 1 > start else ""
    marker = token.markup
    return last.rstrip().startswith(marker) and set(last.rstrip()) == {marker[0]}


def _markdown_problems(body: str, first_line: int) -> list[tuple[Severity, str]]:
    """Mistakes in a page body that would look broken or odd on the kiosk."""
    if not body.strip():
        return [(ERROR, "the page has no text after the front matter")]
    try:
        tokens = _markdown(html=True).parse(body)
    except Exception as exc:  # markdown-it rarely fails, but a page must never crash the kiosk
        return [(ERROR, f"the Markdown cannot be read: {exc}")]
    lines, found = body.split("\n"), []
    for token in tokens:
        where = f"line {token.map[0] + first_line}: " if token.map else ""
        if token.type == "heading_open" and token.tag == "h1":
            found.append((ERROR, f"{where}a top-level '#' heading; use '##' "
                                 "(the title comes from the front matter)"))
        elif token.type == "fence" and not _fence_closed(token, lines):
            found.append((ERROR, f"{where}a code fence '{token.markup}' is never closed"))
        elif token.type in ("fence", "code_block"):
            found.append((WARNING, f"{where}text shows as code; check the indentation"))
        elif token.type == "html_block":
            found.append((ERROR, f"{where}raw HTML is not allowed in pages"))
        for child in token.children or ():
            if child.type == "html_inline":
                found.append((ERROR, f"{where}raw HTML is not allowed in pages"))
            elif child.type == "image":
                found.append((ERROR, f"{where}images are not supported in pages"))
            elif child.type == "link_open":
                found.append((WARNING, f"{where}links cannot be opened on the kiosk; "
                                       "add the service to related_resources for a QR code"))
    if not any(t.type == "heading_open" and t.tag == "h2" for t in tokens):
        found.append((WARNING, "the page has no '##' section headings"))
    return found


def _parse_page(path: Path, lang: str, problems: list[Problem]) -> Page | None:
    """A page from one file, or None with the reasons added to ``problems``."""
    text, problem = _read_text(path)
    if text is None:
        problems.append(problem)
        return None
    split = _split_front_matter(text)
    if isinstance(split, str):
        problems.append(Problem(path, split))
        return None
    front, body, body_line = split
    data, problem = _parse_toml(front, path, first_line=2)
    if data is None:
        problems.append(Problem(path, problem.message.replace("the file", "the front matter", 1)))
        return None
    fields = _Fields(data, path, "", problems)
    fields.unknown(_PAGE_FIELDS)
    values = {
        "id": fields.text("id"), "title": fields.text("title"),
        "category": fields.text("category"), "icon": fields.text("icon"),
        "summary": fields.text("summary"), "reviewed": fields.calendar_date("reviewed"),
        "sources": fields.texts("sources", non_empty=True),
        "related_resources": fields.texts("related_resources", required=False),
        "keywords": fields.texts("keywords", required=False),
    }
    for severity, message in _markdown_problems(body, body_line):
        fields.add(message, severity)
    if any(v is None for v in values.values()):
        return None
    if not _ID.match(values["id"]):
        fields.add(f"id '{values['id']}' may only hold lower-case letters, digits and hyphens")
    elif values["id"] != path.stem:
        fields.add(f"id '{values['id']}' does not match the file name; rename the file "
                   f"to {values['id']}.md or change the id")
    if values["reviewed"] < date.today() - REVIEW_DUE:
        fields.add(f"last reviewed {values['reviewed']}; please check it is still right", WARNING)
    return Page(lang=lang, body=body.strip("\n"), path=path, **values)


@dataclass(frozen=True)
class _Refs:
    """What a page may point at; ``declared`` holds resource keys even if broken."""

    categories: frozenset[str]
    icons: frozenset[str]
    resources: frozenset[str]
    declared: frozenset[str] | None


def _check_refs(page: Page, refs: _Refs, problems: list[Problem]) -> Page:
    """Report unknown categories, icons and resources; drop links to broken resources."""
    if page.category not in refs.categories:
        problems.append(Problem(page.path, f"unknown category '{page.category}'"))
    if page.icon not in refs.icons:
        problems.append(Problem(page.path, f"no icon named '{page.icon}' in the icons folder"))
    kept = []
    for key in page.related_resources:
        if key in refs.resources:
            kept.append(key)
        elif refs.declared is not None and key not in refs.declared:
            problems.append(Problem(page.path, f"unknown resource '{key}' (not in resources.toml)"))
        else:
            problems.append(Problem(page.path, f"resource '{key}' could not be loaded; "
                                    "its QR code is left out", WARNING))
    return replace(page, related_resources=tuple(kept))


def _load_language(folder: Path, lang: str, refs: _Refs, problems: list[Problem]) -> dict[str, Page]:
    """Pages of one language by id; a page with any error is left out."""
    pages: dict[str, Page] = {}
    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()):
        page_problems: list[Problem] = []
        try:
            page = _parse_page(path, lang, page_problems)
            if page is not None:
                page = _check_refs(page, refs, page_problems)
        except Exception as exc:  # a safety net: one odd file must not take the kiosk down
            page_problems.append(Problem(path, f"unexpected problem reading this page: {exc!r}"))
            page = None
        if page is not None and page.id in pages:
            page_problems.append(Problem(path, f"id '{page.id}' is already used by "
                                               f"{pages[page.id].path}"))
        problems.extend(page_problems)
        if page is not None and not any(p.severity == ERROR for p in page_problems):
            pages[page.id] = page
    return pages


def _check_translations(directory: Path, by_lang: dict[str, dict[str, Page]],
                        problems: list[Problem]) -> None:
    """Warn about pages missing in a language, or with no English original."""
    stems = {lang: {p.stem for p in (directory / lang).rglob("*.md")} for lang in by_lang}
    base = by_lang.get(BASE_LANG, {})
    for lang, pages in by_lang.items():
        if lang == BASE_LANG:
            continue
        for page_id, page in base.items():
            if page_id not in stems[lang]:
                problems.append(Problem(directory / lang / f"{page_id}.md", f"no {_names([lang])} "
                                        "version yet; the English page is shown", WARNING))
            elif page_id in pages and pages[page_id].category != page.category:
                problems.append(Problem(pages[page_id].path, f"category '{pages[page_id].category}' "
                                        f"differs from the English page ('{page.category}')", WARNING))
        for page_id, page in pages.items():
            if page_id not in stems.get(BASE_LANG, set()):
                problems.append(Problem(page.path, "the page has no English version, so it is "
                                        "not shown", WARNING))


def _find_languages(directory: Path) -> tuple[str, ...]:
    found = [p.name for p in directory.iterdir() if p.is_dir() and _LANG_DIR.match(p.name)]
    return tuple(sorted(found, key=lambda lang: (lang != BASE_LANG, lang)))


def _beside(directory: Path, name: str) -> Path:
    """A pack file next to the pages, else next to the pack folder, else the shipped one."""
    for candidate in (directory / name, directory.parent / name):
        if candidate.exists():
            return candidate
    return paths.resources_dir() / name


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class _Entry:
    """A page's words, normalised and sorted once so every search is a few bisects."""

    page: Page
    fields: tuple[tuple[int, tuple[str, ...]], ...]

    @classmethod
    def of(cls, page: Page) -> _Entry:
        texts = ((40, page.title), (30, " ".join(page.keywords)), (4, page.summary),
                 (1, plain_text(page.body)))
        return cls(page, tuple((weight, tuple(sorted(set(normalise(text).split()))))
                               for weight, text in texts))

    def score(self, term: str) -> int:
        """Best field weight for a word starting with ``term``; a whole word counts double."""
        best = 0
        for weight, words in self.fields:
            i = bisect.bisect_left(words, term)
            if i < len(words) and words[i].startswith(term):
                best = max(best, weight * (2 if words[i] == term else 1))
        return best


@dataclass(frozen=True)
class _LangView:
    """Everything one language shows: its pages in order and their search index."""

    pages: tuple[Page, ...]
    by_id: Mapping[str, Page]
    index: tuple[_Entry, ...]

    @classmethod
    def build(cls, lang: str, base: Iterable[Page], own: Mapping[str, Page],
              order: Mapping[str, int]) -> _LangView:
        shown = [own.get(p.id) or replace(p, fallback_from=lang) for p in base]
        shown.sort(key=lambda p: (order.get(p.category, 0), normalise(p.title), p.id))
        return cls(tuple(shown), {p.id: p for p in shown}, tuple(_Entry.of(p) for p in shown))

    @classmethod
    def fallback(cls, base: _LangView | None, lang: str) -> _LangView:
        """The English view relabelled for ``lang``, reusing its index (no re-parsing)."""
        if base is None:
            return cls((), {}, ())
        index = tuple(replace(e, page=replace(e.page, fallback_from=lang)) for e in base.index)
        pages = tuple(e.page for e in index)
        return cls(pages, {p.id: p for p in pages}, index)


# ---------------------------------------------------------------- the pack


@dataclass(frozen=True, eq=False)
class ContentPack:
    """A loaded pack. Build it with ``ContentPack.load``; it never changes after."""

    directory: Path
    resources_file: Path
    icons_dir: Path
    languages: tuple[str, ...]
    categories: tuple[Category, ...]
    resources: Mapping[str, Resource]
    problems: tuple[Problem, ...]
    _views: Mapping[str, _LangView] = field(repr=False)

    @classmethod
    def load(cls, directory: str | Path | None = None, resources_file: str | Path | None = None,
             icons_dir: str | Path | None = None) -> ContentPack:
        """Load and check a pack; problems are recorded, never raised.

        ``directory`` is the folder holding ``<lang>/`` page folders (or the
        folder above it). ``resources.toml`` and ``icons/`` are looked for next
        to the pages, then beside that folder, then in the shipped pack.
        """
        directory = Path(directory) if directory else paths.resources_dir() / "content"
        if not (directory / BASE_LANG).is_dir() and (directory / "content").is_dir():
            directory = directory / "content"  # the whole resources folder was given
        resources_file = Path(resources_file or _beside(directory, "resources.toml"))
        icons_dir = Path(icons_dir or _beside(directory, "icons"))
        problems: list[Problem] = []
        if not directory.is_dir():
            problems.append(Problem(directory, "content folder not found"))
            languages: tuple[str, ...] = ()
        else:
            languages = _find_languages(directory)
            if BASE_LANG not in languages:
                problems.append(Problem(directory / BASE_LANG,
                                        "no English pages folder; no page can be shown"))
        icons = frozenset(p.stem for p in icons_dir.glob("*.svg"))
        if not icons:
            problems.append(Problem(icons_dir, "no icons found"))
        checked = languages or (BASE_LANG,)
        categories = _load_categories(directory / "categories.toml", checked, icons, problems)
        resources, declared = _load_resources(resources_file, checked, problems)
        refs = _Refs(frozenset(c.key for c in categories), icons, frozenset(resources), declared)
        by_lang = {lang: _load_language(directory / lang, lang, refs, problems) for lang in languages}
        _check_translations(directory, by_lang, problems)
        order = {c.key: c.order for c in categories}
        base_pages = by_lang.get(BASE_LANG, {})
        views = {lang: _LangView.build(lang, base_pages.values(), pages, order)
                 for lang, pages in by_lang.items()}
        return cls(directory, resources_file, icons_dir, languages, categories, resources,
                   tuple(problems), views)

    def _view(self, lang: str) -> _LangView:
        """A language without its own folder sees the English pages, marked as fallbacks."""
        view = self._views.get(lang)
        if view is None:
            view = _LangView.fallback(self._views.get(BASE_LANG), lang)
        return view

    def pages(self, lang: str, category: str | None = None) -> list[Page]:
        """Every page in display order, in ``lang`` where translated, else English."""
        return [p for p in self._view(lang).pages if category is None or p.category == category]

    def page(self, page_id: str, lang: str) -> Page | None:
        return self._view(lang).by_id.get(page_id)

    def category(self, key: str) -> Category | None:
        return next((c for c in self.categories if c.key == key), None)

    def resource(self, key: str) -> Resource | None:
        return self.resources.get(key)

    def icon_path(self, name: str) -> Path:
        """The SVG file for an icon name, as the views load it."""
        return self.icons_dir / f"{name}.svg"

    def search(self, lang: str, query: str) -> list[Page]:
        """Pages holding every word of ``query`` (as a word start), best first.

        Matches in the title or keywords rank above matches in the summary or
        body. Accents and case do not matter, and a half-typed word already
        matches, so the results can follow each tap on the on-screen keyboard.
        """
        terms = normalise(query).split()
        if not terms:
            return []
        ranked = []
        for position, entry in enumerate(self._view(lang).index):
            scores = [entry.score(term) for term in terms]
            if all(scores):
                ranked.append((-sum(scores), position, entry.page))
        return [page for _, _, page in sorted(ranked, key=lambda r: r[:2])]

    def topic_words(self, lang: str) -> list[str]:
        """Keywords to offer as tap targets, from pages written in ``lang``, A to Z."""
        pages = self._view(lang).pages
        own = [p for p in pages if p.fallback_from is None] or list(pages)
        words: dict[str, str] = {}
        for page in own:
            for keyword in page.keywords:
                words.setdefault(normalise(keyword), keyword)
        return [words[key] for key in sorted(words)]

    def with_resource_overrides(self, overrides: Mapping[str, Mapping[str, object]]) -> ContentPack:
        """The pack with staff edits (from the database) laid over resources.toml.

        Edits for unknown services or fields are ignored with a warning, so a
        stale setting never blocks the kiosk.
        """
        resources, problems = dict(self.resources), list(self.problems)
        for key, changes in overrides.items():
            if key not in resources:
                problems.append(Problem(self.resources_file, f"a site setting changes resource "
                                        f"'{key}', which the pack does not have; ignored", WARNING))
                continue
            values = _override_values(key, changes, self.resources_file, problems)
            resources[key] = replace(resources[key], **values)
        return replace(self, resources=resources, problems=tuple(problems))


def _override_values(key: str, changes: Mapping[str, object], path: Path,
                     problems: list[Problem]) -> dict[str, object]:
    """Dataclass fields from one override; plain text for a per-language field is English."""
    values: dict[str, object] = {}
    for name, value in changes.items():
        target = _OVERRIDE_FIELDS.get(name)
        if target in ("names", "descriptions", "hours"):
            if isinstance(value, str):
                value = {BASE_LANG: value}
            if isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values()):
                values[target] = {lang: text for lang, text in value.items() if text.strip()}
                continue
        elif target in ("url", "phone", "address"):
            if value is None or isinstance(value, str):
                values[target] = (value or "").strip() or None
                continue
        elif target == "demo" and isinstance(value, bool):
            values[target] = value
            continue
        problems.append(Problem(path, f"a site setting for resource '{key}' has an unusable "
                                      f"'{name}'; ignored", WARNING))
    return values


# ---------------------------------------------------------------- command line


def check(directory: str | Path | None = None) -> list[Problem]:
    """Every problem in a pack (the shipped one by default)."""
    return list(ContentPack.load(directory).problems)


def check_main(directory: str | None, out: TextIO | None = None) -> int:
    """``kiosk-admin content check [DIR]``: list problems; exit 1 if any is an error."""
    out = out or sys.stdout
    pack = ContentPack.load(directory)
    for problem in pack.problems:
        print(problem, file=out)
    errors = sum(p.severity == ERROR for p in pack.problems)
    warnings = len(pack.problems) - errors
    pages = sum(p.fallback_from is None for lang in pack.languages for p in pack.pages(lang))
    print(f"{pack.directory}: {_count(errors, 'error')}, {_count(warnings, 'warning')}; "
          f"{_count(pages, 'page')} shown in {_names(pack.languages) or 'no language'}", file=out)
    return 1 if errors else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
