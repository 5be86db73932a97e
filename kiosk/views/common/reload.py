"""Loading something again when the database changes, never two loads at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.views.common.link import KnownError, StationLink

if TYPE_CHECKING:
    from kiosk.data.services import Services
    from kiosk.errors import KioskError


class Reload:
    """Loads something again when asked, never two loads at once.

    A request while a load is in flight is remembered and runs once, after it.
    """

    def __init__(
        self,
        link: StationLink,
        fn: Callable[[Services], Any],
        on_loaded: Callable[[Any], None],
        on_failed: KnownError | None = None,
    ) -> None:
        self._link = link
        self._fn = fn
        self._on_loaded = on_loaded
        self._on_failed = on_failed
        self._loading = False
        self._again = False
        #: How many loads were started (read by benchmarks).
        self.count = 0

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def idle(self) -> bool:
        """No load running or waiting to run."""
        return not self._loading and not self._again

    def request(self) -> None:
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.count += 1
        self._link.call(self._fn, self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._loading = False
        self._on_loaded(result)
        if self._again:
            self._again = False
            self.request()

    def _failed(self, error: KioskError) -> None:
        self._loading = False
        self._again = False
        if self._on_failed is not None:
            self._on_failed(error)
