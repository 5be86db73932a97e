"""A request's resources from resources.toml alone, with staff edits."""

from __future__ import annotations

import pytest

from kiosk.content import ContentPack
from kiosk.printing.resource_book import ResourceBook, slip_resources


def test_the_book_reads_resources_without_the_pack(monkeypatch):
    def no_pack(*args, **kwargs):
        raise AssertionError("the pack must not be loaded")

    monkeypatch.setattr(ContentPack, "load", no_pack)
    book = ResourceBook()
    training = book.resource("naloxone-training")
    assert training is not None and training.url == "https://example.org/naloxone-training"
    [slip] = slip_resources(book, ["naloxone-training", "no-such-service"], "fr")
    assert slip.key == "naloxone-training" and slip.name == training.name("fr")


def test_the_book_matches_the_pack():
    pack, book = ContentPack.load(), ResourceBook()
    for key in pack.resources:
        assert book.resource(key) == pack.resource(key)


def test_staff_edits_are_laid_over_the_file():
    book = ResourceBook()
    edited = book.with_overrides({"naloxone-training": {"phone": "555-0199", "hours": {"en": "Mondays"}}})
    [slip] = slip_resources(edited, ["naloxone-training"], "en")
    assert (slip.phone, slip.hours) == ("555-0199", "Mondays")
    assert book.resource("naloxone-training").phone != "555-0199"


@pytest.mark.parametrize("overrides", [None, {}])
def test_no_edits_is_the_file(overrides):
    book = ResourceBook()
    assert book.with_overrides(overrides).resource("naloxone-map") == book.resource("naloxone-map")
