"""What goes on a printed slip, as plain data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

# Re-exported: the phone rules moved to kiosk.phone, callers still find them here.
from kiosk.phone import tel_number as tel_number
from kiosk.phone import tel_uri


@dataclass(frozen=True)
class SlipResource:
    """A service or contact a slip or a resource sheet points to.

    Texts are already in the visitor's language.
    """

    key: str
    name: str
    url: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""

    @property
    def qr_data(self) -> str | None:
        """What the QR code holds: the link, else a ``tel:`` number, else none."""
        if self.url.strip():
            return self.url.strip()
        return tel_uri(self.phone)


@dataclass(frozen=True)
class PickupSlip:
    """Everything printed on one pickup slip.

    ``items`` are the names of what was asked for; they are printed only when
    the site turns ``show_items`` on, so a slip found later says nothing
    about its holder.
    """

    site_name: str
    pickup_code: str
    created_at: datetime
    lang: str = "en"
    resources: Sequence[SlipResource] = ()
    items: Sequence[str] = ()
    show_items: bool = False
    place_in_queue: int | None = None
    #: How many others the request is also for ("+2 others"): a number, never what for.
    for_others: int = 0

