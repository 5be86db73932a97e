"""A whole pack, loaded and checked once: what every screen asks for pages and services."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk import paths
from kiosk.content.model import BASE_LANG, WARNING, Category, Page, Problem, Resource
from kiosk.content.search import LanguageView
from kiosk.content.text import normalise


def _beside(directory: Path, name: str) -> Path:
    """A pack file next to the pages, else next to the pack folder, else the shipped one."""
    for candidate in (directory / name, directory.parent / name):
        if candidate.exists():
            return candidate
    return paths.resources_dir() / name


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
    _views: Mapping[str, LanguageView] = field(repr=False)

    @classmethod
    def load(cls, directory: str | Path | None = None, resources_file: str | Path | None = None,
             icons_dir: str | Path | None = None) -> ContentPack:
        """Load and check a pack; problems are recorded, never raised.

        ``directory`` is the folder holding ``<lang>/`` page folders (or the
        folder above it). ``resources.toml`` and ``icons/`` are looked for next
        to the pages, then beside that folder, then in the shipped pack.
        """
        # The readers and checkers are imported here: a pack read back from
        # the cache (kiosk.content.cache) never needs them.
        from kiosk.content.pages import Refs, check_translations, find_languages, load_language
        from kiosk.content.resources import load_categories, load_resources

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
            languages = find_languages(directory)
            if BASE_LANG not in languages:
                problems.append(Problem(directory / BASE_LANG,
                                        "no English pages folder; no page can be shown"))
        icons = frozenset(p.stem for p in icons_dir.glob("*.svg"))
        if not icons:
            problems.append(Problem(icons_dir, "no icons found"))
        checked = languages or (BASE_LANG,)
        categories = load_categories(directory / "categories.toml", checked, icons, problems)
        resources, declared = load_resources(resources_file, checked, problems)
        refs = Refs(frozenset(c.key for c in categories), icons, frozenset(resources), declared)
        by_lang = {lang: load_language(directory / lang, lang, refs, problems) for lang in languages}
        check_translations(directory, by_lang, problems)
        order = {c.key: c.order for c in categories}
        base_pages = by_lang.get(BASE_LANG, {})
        views = {lang: LanguageView.build(lang, base_pages.values(), pages, order)
                 for lang, pages in by_lang.items()}
        return cls(directory, resources_file, icons_dir, languages, categories, resources,
                   tuple(problems), views)

    def _view(self, lang: str) -> LanguageView:
        """A language without its own folder sees the English pages, marked as fallbacks."""
        view = self._views.get(lang)
        if view is None:
            view = LanguageView.fallback(self._views.get(BASE_LANG), lang)
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
        return self._view(lang).search(query)

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
        from kiosk.content.resources import override_values

        resources, problems = dict(self.resources), list(self.problems)
        for key, changes in overrides.items():
            if key not in resources:
                problems.append(Problem(self.resources_file, f"a site setting changes resource "
                                        f"'{key}', which the pack does not have; ignored", WARNING))
                continue
            values = override_values(key, changes, self.resources_file, problems)
            resources[key] = replace(resources[key], **values)
        return replace(self, resources=resources, problems=tuple(problems))
