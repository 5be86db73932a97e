"""Failures the world causes, as opposed to bugs.

A ``KioskError`` carries a short, calm message fit for the person at the
screen and, where it helps, a hint of what to do. Views translate by ``reason``
so a visitor reads it in their own language; the English ``message`` is for
logs, staff and the command line.
"""

from __future__ import annotations


class KioskError(Exception):
    """A known failure with a message for people, not a stack trace."""

    reason: str = "error"

    def __init__(self, message: str, hint: str = "", **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class DatabaseUnavailable(KioskError):
    """The database cannot be reached or opened right now."""

    reason = "database_unavailable"


class ConfigError(KioskError):
    """The configuration file or a setting is wrong."""

    reason = "config"


class NotAllowed(KioskError):
    """The person acting may not do this: another's claim, an admin-only change...

    Nothing was written. ``rule`` names the rule that refused (``admin_only``,
    ``not_yours``, ``switched_off``, ``own_account``, ``staff_only``);
    ``action`` is what was asked.
    """

    reason = "not_allowed"

    def __init__(self, rule: str, message: str, action: str = "", hint: str = "") -> None:
        super().__init__(message, hint=hint, rule=rule, action=action)
        self.rule = rule
        self.action = action


class CallTimedOut(DatabaseUnavailable):
    """The database did not answer in time; to the person at the screen, an outage like any other."""
