"""What one language shows, and searching it as the visitor types."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from kiosk.content.model import Page
from kiosk.content.text import normalise, plain_text


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
class LanguageView:
    """Everything one language shows: its pages in order and their search index."""

    pages: tuple[Page, ...]
    by_id: Mapping[str, Page]
    index: tuple[_Entry, ...]

    @classmethod
    def build(cls, lang: str, base: Iterable[Page], own: Mapping[str, Page],
              order: Mapping[str, int]) -> LanguageView:
        """English pages ``base``, each replaced by its ``lang`` version where ``own`` has one."""
        base = list(base)
        # The English page sets the place in its topic, so every language lists pages alike.
        place = {p.id: p.order for p in base}
        shown = [own.get(p.id) or replace(p, fallback_from=lang) for p in base]
        shown.sort(key=lambda p: (order.get(p.category, 0), place.get(p.id, p.order), normalise(p.title), p.id))
        return cls(tuple(shown), {p.id: p for p in shown}, tuple(_Entry.of(p) for p in shown))

    @classmethod
    def fallback(cls, base: LanguageView | None, lang: str) -> LanguageView:
        """The English view relabelled for ``lang``, reusing its index (no re-parsing)."""
        if base is None:
            return cls((), {}, ())
        index = tuple(replace(e, page=replace(e.page, fallback_from=lang)) for e in base.index)
        pages = tuple(e.page for e in index)
        return cls(pages, {p.id: p for p in pages}, index)

    def search(self, query: str) -> list[Page]:
        """Pages holding every word of ``query`` as a word start, best first."""
        terms = normalise(query).split()
        if not terms:
            return []
        ranked = []
        for position, entry in enumerate(self.index):
            scores = [entry.score(term) for term in terms]
            if all(scores):
                ranked.append((-sum(scores), position, entry.page))
        return [page for _, _, page in sorted(ranked, key=lambda r: r[:2])]
