"""Pages: one Markdown file each, with TOML front matter, in a folder per language."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from kiosk.content.files import Fields, parse_toml, read_text
from kiosk.content.markdown_checks import markdown_problems
from kiosk.content.model import (
    BASE_LANG,
    ERROR,
    REVIEW_DUE,
    WARNING,
    Page,
    Problem,
    language_names,
)

_DELIMITER = "+++"
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LANG_DIR = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\Z")
_PAGE_FIELDS = ("id", "title", "category", "icon", "summary", "reviewed", "sources",
                "related_resources", "keywords", "order")


@dataclass(frozen=True)
class Refs:
    """What a page may point at; ``declared`` holds resource keys even if broken."""

    categories: frozenset[str]
    icons: frozenset[str]
    resources: frozenset[str]
    declared: frozenset[str] | None


def _split_front_matter(text: str) -> tuple[str, str, int] | str:
    """(front matter, body, first body line), or why the page has no front matter."""
    lines = text.split("\n")
    if lines[0].rstrip() != _DELIMITER:
        return "the first line must be '+++', opening the front matter"
    for n in range(1, len(lines)):
        if lines[n].rstrip() == _DELIMITER:
            return "\n".join(lines[1:n]) + "\n", "\n".join(lines[n + 1:]), n + 2
    return "the front matter has no closing '+++' line"


def _parse_page(path: Path, lang: str, problems: list[Problem]) -> Page | None:
    """A page from one file, or None with the reasons added to ``problems``."""
    text, problem = read_text(path)
    if text is None:
        assert problem is not None, "read_text gives text or a problem"
        problems.append(problem)
        return None
    split = _split_front_matter(text)
    if isinstance(split, str):
        problems.append(Problem(path, split))
        return None
    front, body, body_line = split
    data, problem = parse_toml(front, path, first_line=2)
    if data is None:
        assert problem is not None, "parse_toml gives data or a problem"
        problems.append(Problem(path, problem.message.replace("the file", "the front matter", 1)))
        return None
    fields = Fields(data, path, "", problems)
    fields.unknown(_PAGE_FIELDS)
    page_id, title = fields.text("id"), fields.text("title")
    category, icon = fields.text("category"), fields.text("icon")
    summary, reviewed = fields.text("summary"), fields.calendar_date("reviewed")
    sources = fields.texts("sources", non_empty=True)
    related = fields.texts("related_resources", required=False)
    keywords = fields.texts("keywords", required=False)
    for severity, message in markdown_problems(body, body_line):
        fields.add(message, severity)
    if (
        page_id is None or title is None or category is None or icon is None or summary is None
        or reviewed is None or sources is None or related is None or keywords is None
    ):
        return None
    if not _ID.match(page_id):
        fields.add(f"id '{page_id}' may only hold lower-case letters, digits and hyphens")
    elif page_id != path.stem:
        fields.add(f"id '{page_id}' does not match the file name; rename the file "
                   f"to {page_id}.md or change the id")
    if reviewed < date.today() - REVIEW_DUE:
        fields.add(f"last reviewed {reviewed}; please check it is still right", WARNING)
    return Page(lang=lang, body=body.strip("\n"), path=path, id=page_id, title=title, category=category,
                icon=icon, summary=summary, reviewed=reviewed, sources=sources,
                related_resources=related, keywords=keywords, order=fields.integer("order", 100))


def _check_refs(page: Page, refs: Refs, problems: list[Problem]) -> Page:
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


def load_language(folder: Path, lang: str, refs: Refs, problems: list[Problem]) -> dict[str, Page]:
    """Pages of one language by id; a page with any error is left out."""
    pages: dict[str, Page] = {}
    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()):
        page_problems: list[Problem] = []
        try:
            page = _parse_page(path, lang, page_problems)
            if page is not None:
                page = _check_refs(page, refs, page_problems)
        except Exception as exc:  # noqa: BLE001 - a safety net: one odd file must not take the kiosk down
            page_problems.append(Problem(path, f"unexpected problem reading this page: {exc!r}"))
            page = None
        if page is not None and page.id in pages:
            page_problems.append(Problem(path, f"id '{page.id}' is already used by "
                                               f"{pages[page.id].path}"))
        problems.extend(page_problems)
        if page is not None and not any(p.severity == ERROR for p in page_problems):
            pages[page.id] = page
    return pages


def check_translations(directory: Path, by_lang: dict[str, dict[str, Page]],
                       problems: list[Problem]) -> None:
    """Warn about pages missing in a language, or with no English original."""
    stems = {lang: {p.stem for p in (directory / lang).rglob("*.md")} for lang in by_lang}
    base = by_lang.get(BASE_LANG, {})
    for lang, pages in by_lang.items():
        if lang == BASE_LANG:
            continue
        for page_id, page in base.items():
            if page_id not in stems[lang]:
                problems.append(Problem(directory / lang / f"{page_id}.md",
                                        f"no {language_names([lang])} version yet; "
                                        "the English page is shown", WARNING))
            elif page_id in pages and pages[page_id].category != page.category:
                problems.append(Problem(pages[page_id].path, f"category '{pages[page_id].category}' "
                                        f"differs from the English page ('{page.category}')", WARNING))
        for page_id, page in pages.items():
            if page_id not in stems.get(BASE_LANG, set()):
                problems.append(Problem(page.path, "the page has no English version, so it is "
                                        "not shown", WARNING))


def find_languages(directory: Path) -> tuple[str, ...]:
    """The language folders in ``directory``, English first."""
    found = [p.name for p in directory.iterdir() if p.is_dir() and _LANG_DIR.match(p.name)]
    return tuple(sorted(found, key=lambda lang: (lang != BASE_LANG, lang)))
