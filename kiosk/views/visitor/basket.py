"""What a visitor has chosen so far, as plain Python (no Qt).

The basket enforces the limits a visitor sees: at most ``limit`` of each
supply (its per-visit limit, grown for ``for_others`` more people by the
same rule the service applies) and at most ``max_lines`` different things.
The database checks again on submit; this keeps the screen honest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.data.sharing import limit_for


@dataclass(frozen=True)
class BasketLine:
    key: str
    quantity: int


class Basket:
    def __init__(self, max_lines: int = 12) -> None:
        self._quantities: dict[str, int] = {}
        self._limits: dict[str, int] = {}
        # key -> (kind, cap): how a supply's limit grows for others (unknown: it doesn't).
        self._sharing: dict[str, tuple[str, int | None]] = {}
        self.max_lines = max_lines
        #: How many other people the visitor is also asking for.
        self.for_others = 0

    # -- reading -------------------------------------------------------------

    def quantity(self, key: str) -> int:
        return self._quantities.get(key, 0)

    def limit(self, key: str) -> int:
        kind, cap = self._sharing.get(key, ("service", None))
        return limit_for(self._limits.get(key, 0), kind, self.for_others, cap)

    def lines(self) -> list[BasketLine]:
        """Chosen things, in the order they were first chosen."""
        return [BasketLine(key, qty) for key, qty in self._quantities.items()]

    def as_request(self) -> list[tuple[str, int]]:
        return [(line.key, line.quantity) for line in self.lines()]

    @property
    def empty(self) -> bool:
        return not self._quantities

    @property
    def total(self) -> int:
        return sum(self._quantities.values())

    def __len__(self) -> int:
        return len(self._quantities)

    def can_add(self, key: str) -> bool:
        """Whether one more of ``key`` fits its limit and the number of lines."""
        if self.quantity(key) >= self.limit(key):
            return False
        return key in self._quantities or len(self._quantities) < self.max_lines

    # -- changing ------------------------------------------------------------

    def set_limits(self, limits: dict[str, int]) -> list[str]:
        """The catalogue's per-visit limits; lines no longer offered are dropped.

        Returns the keys that were dropped or lowered to a new limit.
        """
        self._limits = dict(limits)
        touched = []
        for key, qty in list(self._quantities.items()):
            allowed = self.limit(key)
            if qty > allowed:
                touched.append(key)
                self.set(key, allowed)
        return touched

    def set_sharing(self, sharing: dict[str, tuple[str, int | None]]) -> None:
        """Each supply's kind and cap for others (see :func:`kiosk.data.sharing.limit_for`)."""
        self._sharing = dict(sharing)

    def set_others(self, others: int) -> list[str]:
        """The request is also for ``others`` people; returns the keys lowered to fit."""
        self.for_others = max(0, int(others))
        touched = []
        for key, qty in list(self._quantities.items()):
            if qty > self.limit(key):
                touched.append(key)
                self.set(key, self.limit(key))
        return touched

    def set(self, key: str, quantity: int) -> int:
        """Set ``key`` to ``quantity`` within its limit; returns what was kept."""
        quantity = max(0, min(int(quantity), self.limit(key)))
        if quantity and key not in self._quantities and len(self._quantities) >= self.max_lines:
            return 0
        if quantity:
            self._quantities[key] = quantity
        else:
            self._quantities.pop(key, None)
        return quantity

    def add(self, key: str, step: int = 1) -> int:
        return self.set(key, self.quantity(key) + step)

    def remove(self, key: str) -> None:
        self._quantities.pop(key, None)

    def remove_all(self, keys: Iterable[str]) -> None:
        for key in keys:
            self.remove(key)

    def clear(self) -> None:
        self._quantities.clear()
        self.for_others = 0
