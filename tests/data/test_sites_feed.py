"""The change feed wakes a site's own stations only, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest

from kiosk.data.changes import _moved, open_change_feed
from kiosk.data.db import open_database, site_topic, split_site_topic
from kiosk.data.services import Services
from tests.conftest import SETUP, fast_hasher


class Heard:
    def __init__(self) -> None:
        self.topics: list[frozenset[str]] = []
        self.changed = threading.Event()
        self.connected = threading.Event()

    def on_change(self, topics: frozenset[str]) -> None:
        self.topics.append(topics)
        self.changed.set()

    def on_connection(self, ok: bool) -> None:
        if ok:
            self.connected.set()


def test_topics_carry_their_site():
    assert split_site_topic(site_topic("requests", 12)) == ("requests", 12)
    assert split_site_topic(site_topic("stock", None)) == ("stock", None)
    before = {"requests@1": "3", "requests@2": "5", "stock": "1"}
    assert _moved(before, {**before, "requests@2": "6"}, 1) == frozenset()
    assert _moved(before, {**before, "requests@2": "6"}, 2) == {"requests"}
    assert _moved(before, {**before, "stock": "2"}, 1) == {"stock"}  # for the whole organisation
    assert _moved(before, dict(before), 1) == {"*"}  # a write that said nothing


@pytest.fixture
def feeds(services):
    """A feed for each of two sites, connected and quiet."""
    harbour = services.sites.add("Harbour", SETUP)
    services.sites.copy_catalogue(services.site_id, harbour.id, SETUP)
    heard = {services.site_id: Heard(), harbour.id: Heard()}
    running = [
        open_change_feed(services.db, h.on_change, h.on_connection, interval_s=0.05, site_id=site)
        for site, h in heard.items()
    ]
    for feed in running:
        feed.start()
    try:
        for h in heard.values():
            assert h.connected.wait(10)
        # PostgreSQL's feed reports "*" once on connecting: let it pass.
        for h in heard.values():
            h.changed.wait(0.5)
            h.changed.clear()
            h.topics.clear()
        yield services, harbour.id, heard
    finally:
        for feed in running:
            feed.stop()


def test_a_change_at_one_site_wakes_only_that_sites_feed(feeds, db_url):
    services, harbour, heard = feeds
    first = services.site_id
    other = open_database(db_url)  # another station, its own connections
    try:
        at_harbour = Services.build(other, harbour, hasher=fast_hasher())
        at_harbour.inventory.restock("condoms", 5, SETUP)
        assert heard[harbour].changed.wait(5), "the harbour's feed did not hear its own change"
        assert any("stock" in topics for topics in heard[harbour].topics)
        # The first site's feed heard nothing; a change of its own then reaches it.
        Services.build(other, first, hasher=fast_hasher()).queue.submit([("condoms", 1)])
        assert heard[first].changed.wait(5)
    finally:
        other.dispose()
    # Had the harbour's restock leaked, "stock" would be among what the first site heard.
    assert set().union(*heard[first].topics) == {"requests"}
