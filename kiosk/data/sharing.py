"""Asking for others too: how far a supply's limit stretches for several people.

A visitor can say a request is also for ``others`` people (up to the site's
``others_max``). An item's per-request limit then grows with the number of
people, up to the supply's own ``others_cap`` when the site set one; a
service (a talk, a wound check) is for the person asking and never grows.
The kiosk's steppers and the submit check both ask :func:`limit_for`.
"""

from __future__ import annotations

#: How many others a site allows when it has not said.
DEFAULT_OTHERS_MAX = 5


def limit_for(per_request_limit: int, kind: str, others: int = 0, cap: int | None = None) -> int:
    """The most of one supply a request for the visitor and ``others`` people may carry."""
    if others <= 0 or kind != "item":
        return per_request_limit
    scaled = per_request_limit * (1 + others)
    if cap is not None:
        scaled = min(scaled, max(cap, per_request_limit))
    return scaled


def others_choices(others_max: int) -> tuple[int, ...]:
    """What the review screen offers: 0 (just me), 1, 2, ... up to ``others_max``."""
    return tuple(range(max(0, others_max) + 1))
