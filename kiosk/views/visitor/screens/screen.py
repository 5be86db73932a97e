"""What the window asks of every visitor screen (a typed interface, no probing).

The window talks to its screens only through these three methods (and the
screen's own signals): the visitor chose a language, the visit was reset,
or fresh data arrived from the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from kiosk.views.visitor.backend import Snapshot


@runtime_checkable
class Screen(Protocol):
    def set_language(self, lang: str) -> None:
        """Show names and texts that do not come from the translator in ``lang``."""

    def reset(self) -> None:
        """Forget everything of the visit that just ended."""

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Show what the database says now (catalogue, settings, alerts)."""
