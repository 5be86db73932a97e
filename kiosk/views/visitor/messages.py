"""What a visitor reads when something goes wrong, in their language.

Services raise errors with an English ``message`` for logs and staff; the
visitor sees these sentences instead, chosen by the error's ``reason``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.errors import DatabaseUnavailable

translate = QCoreApplication.translate


def database_down() -> str:
    return translate("VisitorMessages", "Requests can't be sent right now — please ask at the window.")


def printing_failed(error: BaseException | None = None) -> str:
    """Why a slip did not print, in words a visitor can pass on, and what to do instead."""
    status = getattr(getattr(error, "state", None), "status", "")
    if status == "out_of_paper":
        return translate("VisitorMessages", "The printer is out of paper — scan the code on screen instead.")
    if status in ("paper_jam", "cover_open", "offline"):
        return translate("VisitorMessages", "The printer needs staff to fix it — scan the code on screen instead.")
    return translate("VisitorMessages", "Printing isn't working right now — scan the code on screen instead.")


def rejection(reason: str, item: str = "", limit: int | None = None) -> str:
    """A calm sentence for a ``RequestRejected.reason``; ``item`` is its name in the visitor's language."""
    if reason == "empty":
        return translate("VisitorMessages", "Choose at least one thing first.")
    if reason == "too_many_lines":
        return translate(
            "VisitorMessages", "That's a lot of different things at once. Please remove a few, or ask at the window."
        )
    if reason == "over_limit" and limit is not None:
        return (
            translate("VisitorMessages", "You can ask for up to %1 of %2 each visit. We changed the number for you.")
            .replace("%1", str(limit))
            .replace("%2", item)
        )
    if reason in ("out_of_stock", "unavailable", "unknown_supply"):
        return translate("VisitorMessages", "Sorry, %1 has run out for now. We took it off your list.").replace(
            "%1", item
        )
    if reason == "bad_quantity":
        return translate("VisitorMessages", "Something on your list needs a number. Please check it.")
    return translate("VisitorMessages", "Your request couldn't be sent. Please ask at the window.")


def failure_text(error: BaseException) -> str:
    """The visitor's sentence for any failure of a service call."""
    if isinstance(error, DatabaseUnavailable):
        return database_down()
    return translate("VisitorMessages", "Your request couldn't be sent. Please ask at the window.")


def category_name(key: str) -> str:
    """The catalogue's categories, named for visitors."""
    names = {
        "overdose": translate("VisitorMessages", "Overdose"),
        "testing": translate("VisitorMessages", "Drug testing"),
        "injecting": translate("VisitorMessages", "Injecting"),
        "smoking": translate("VisitorMessages", "Smoking"),
        "snorting": translate("VisitorMessages", "Snorting"),
        "sex": translate("VisitorMessages", "Sex"),
        "care": translate("VisitorMessages", "Care and hygiene"),
        "services": translate("VisitorMessages", "Help from staff"),
    }
    return names.get(key) or key.replace("-", " ").capitalize()
