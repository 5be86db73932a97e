"""The data layer's messages, in the language of the person at the screen.

The services are plain Python and word their refusals in English (for logs,
the command line and the audit). A view shows them through
:func:`translated_message`, which finds the English sentence among the
templates below, translates the template (context ``DataMessages``) and puts
the values back; a value that is itself a known phrase ("claim it",
"handed over") is translated too. A sentence with no template here is shown
as it came. ``tests/views/i18n`` checks that every message the data layer can
raise has a template.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from kiosk.errors import KioskError
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DataMessages"

TEMPLATES: tuple[str, ...] = (
    # alerts
    QT_TRANSLATE_NOOP("DataMessages", "The level must be one of {levels}."),
    QT_TRANSLATE_NOOP("DataMessages", "An alert needs a title in English at least."),
    QT_TRANSLATE_NOOP("DataMessages", "An alert must end after it starts."),
    QT_TRANSLATE_NOOP("DataMessages", "That alert no longer exists."),
    # the database
    QT_TRANSLATE_NOOP("DataMessages", "The database can't be reached right now."),
    QT_TRANSLATE_NOOP("DataMessages", "The database can't be reached."),
    QT_TRANSLATE_NOOP("DataMessages", "The database could not be opened."),
    QT_TRANSLATE_NOOP("DataMessages", "The database didn't answer in time. Nothing was changed."),
    QT_TRANSLATE_NOOP("DataMessages", "The database did not answer within {seconds} s."),
    QT_TRANSLATE_NOOP("DataMessages", "The kiosk can't use a {driver} database."),
    QT_TRANSLATE_NOOP("DataMessages", "The database setting is not a URL the kiosk can use."),
    QT_TRANSLATE_NOOP("DataMessages", "The database setting names the folder {path}, not a database file."),
    QT_TRANSLATE_NOOP("DataMessages", "The database setting names {path}, which is not a database file."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no database at {path}."),
    QT_TRANSLATE_NOOP("DataMessages", "The folder {folder} for the database file does not exist."),
    QT_TRANSLATE_NOOP("DataMessages", "The folder {folder} for the database file can't be created: {reason}."),
    QT_TRANSLATE_NOOP("DataMessages", "The database file {path} can't be opened."),
    QT_TRANSLATE_NOOP(
        "DataMessages", "The database file was damaged. It was kept as {path} and a new, empty database was started."
    ),
    QT_TRANSLATE_NOOP(
        "DataMessages",
        "The database was upgraded by a newer version of the kiosk (schema {revision});"
        " this station's version knows schemas up to {known}.",
    ),
    QT_TRANSLATE_NOOP("DataMessages", "Update the package on this station."),
    QT_TRANSLATE_NOOP("DataMessages", "Point it at a file inside the folder, for example kiosk.db."),
    QT_TRANSLATE_NOOP("DataMessages", "Check the database setting, or create it with: kiosk-admin init"),
    QT_TRANSLATE_NOOP("DataMessages", "Check the database setting, or create the database with: kiosk-admin init"),
    QT_TRANSLATE_NOOP(
        "DataMessages", "Point the database setting at a file (it is created if missing), not a folder."
    ),
    QT_TRANSLATE_NOOP(
        "DataMessages", "Check that the file and its folder exist and that this account may read and write them."
    ),
    QT_TRANSLATE_NOOP("DataMessages", "Check the database file {path}."),
    QT_TRANSLATE_NOOP("DataMessages", "Check that the database server at {address} is running and reachable."),
    # the queue and emergencies
    QT_TRANSLATE_NOOP("DataMessages", "That request is no longer in the queue."),
    QT_TRANSLATE_NOOP("DataMessages", "That emergency is no longer in the queue."),
    QT_TRANSLATE_NOOP("DataMessages", "Only a staff member can answer an emergency."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} is not an emergency call."),
    QT_TRANSLATE_NOOP("DataMessages", "The emergency {code} was already closed."),
    QT_TRANSLATE_NOOP("DataMessages", "{name} is already responding to this emergency."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} is an emergency call: it never goes on the ready board."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} is already in progress."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} was already {what}."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} isn't claimed by anyone."),
    QT_TRANSLATE_NOOP("DataMessages", "{name} is already working on {code}."),
    QT_TRANSLATE_NOOP("DataMessages", "{name} is working on {code}: only they or an admin can {action}."),
    QT_TRANSLATE_NOOP("DataMessages", "{name} is working on {code}: only they can {action}."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask them, or choose another request."),
    QT_TRANSLATE_NOOP("DataMessages", "Only a signed-in staff member can work the queue."),
    QT_TRANSLATE_NOOP("DataMessages", "{code} has changed since: it can no longer be undone."),
    # roles and accounts
    QT_TRANSLATE_NOOP("DataMessages", "Only an admin can {action}."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask an admin."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask another admin."),
    QT_TRANSLATE_NOOP("DataMessages", "Only an admin or a coordinator can {action}."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask an admin or your coordinator."),
    QT_TRANSLATE_NOOP("DataMessages", "Only an organisation admin can {action}."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask an organisation admin."),
    QT_TRANSLATE_NOOP("DataMessages", "Your account belongs to another site."),
    QT_TRANSLATE_NOOP("DataMessages", "Sign in at your own site, or ask an organisation admin."),
    QT_TRANSLATE_NOOP("DataMessages", "You can't switch off your own account."),
    QT_TRANSLATE_NOOP("DataMessages", "Your account is switched off."),
    QT_TRANSLATE_NOOP("DataMessages", "Only a staff member has a PIN of their own to change."),
    QT_TRANSLATE_NOOP("DataMessages", "Only a staff member has a language of their own to choose."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no {language} translation on this station."),
    QT_TRANSLATE_NOOP("DataMessages", "A staff name needs 1 to 60 characters."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no staff member called {name}."),
    QT_TRANSLATE_NOOP("DataMessages", "There is already a staff member called {name}."),
    QT_TRANSLATE_NOOP("DataMessages", "No such staff member."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no staff role called {name}."),
    QT_TRANSLATE_NOOP("DataMessages", "Use one of: {roles}."),
    QT_TRANSLATE_NOOP("DataMessages", "A PIN is made of digits only."),
    QT_TRANSLATE_NOOP("DataMessages", "A PIN needs at least {count} digits."),
    QT_TRANSLATE_NOOP("DataMessages", "A PIN has at most {count} digits."),
    QT_TRANSLATE_NOOP("DataMessages", "That PIN is too easy to guess. Choose one without patterns."),
    QT_TRANSLATE_NOOP("DataMessages", "That PIN is a sequence. Choose one without patterns."),
    QT_TRANSLATE_NOOP("DataMessages", "That PIN repeats itself. Choose one without patterns."),
    QT_TRANSLATE_NOOP("DataMessages", "That PIN looks like a date. Choose one without patterns."),
    # signing in
    QT_TRANSLATE_NOOP("DataMessages", "That name and PIN don't match."),
    QT_TRANSLATE_NOOP("DataMessages", "That PIN isn't right."),
    QT_TRANSLATE_NOOP("DataMessages", "This account is switched off. Ask an admin."),
    QT_TRANSLATE_NOOP("DataMessages", "Too many wrong PINs. An admin must unlock this."),
    QT_TRANSLATE_NOOP("DataMessages", "Too many wrong PINs. An admin must unlock this account."),
    QT_TRANSLATE_NOOP("DataMessages", "Too many wrong PINs. An admin must reset the kiosks' staff unlock."),
    QT_TRANSLATE_NOOP("DataMessages", "Please wait {seconds} seconds before trying again."),
    QT_TRANSLATE_NOOP("DataMessages", "This station is not registered."),
    # stock
    QT_TRANSLATE_NOOP("DataMessages", "A supply needs a key and an English name."),
    QT_TRANSLATE_NOOP("DataMessages", "Limits and stock must be whole numbers, the limit at least 1."),
    QT_TRANSLATE_NOOP("DataMessages", "Restock with a number above zero."),
    QT_TRANSLATE_NOOP("DataMessages", "Choose a reason: {reasons}."),
    QT_TRANSLATE_NOOP("DataMessages", "An adjustment must change the stock."),
    QT_TRANSLATE_NOOP("DataMessages", "These can't be edited here: {fields}."),
    QT_TRANSLATE_NOOP("DataMessages", "The limit must be at least 1 and the threshold not below zero."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no supply with the key {key}."),
    QT_TRANSLATE_NOOP("DataMessages", "There is already a supply with the key {key}."),
    QT_TRANSLATE_NOOP("DataMessages", "{key} is a service and has no stock."),
    QT_TRANSLATE_NOOP("DataMessages", "There are only {count} of {key}; stock can't go below zero."),
    QT_TRANSLATE_NOOP("DataMessages", "Give either a count or a weight."),
    QT_TRANSLATE_NOOP("DataMessages", "Enter a number above zero."),
    QT_TRANSLATE_NOOP("DataMessages", "Choose where it came from: {sources}."),
    QT_TRANSLATE_NOOP("DataMessages", "Keep the donor or supplier to 120 characters."),
    QT_TRANSLATE_NOOP("DataMessages", "Keep the lot number to 40 characters."),
    QT_TRANSLATE_NOOP("DataMessages", "That expiry date has passed: count it as expired instead of receiving it."),
    QT_TRANSLATE_NOOP("DataMessages", "The cap for others must be at least 1, or none."),
    # sites
    QT_TRANSLATE_NOOP("DataMessages", "A site name needs 1 to {count} characters."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no site called {name}."),
    QT_TRANSLATE_NOOP("DataMessages", "See them with: kiosk-admin site list"),
    QT_TRANSLATE_NOOP("DataMessages", "There is already a site called {name}."),
    QT_TRANSLATE_NOOP("DataMessages", "Choose two different sites."),
    QT_TRANSLATE_NOOP("DataMessages", "Transfer a number above zero."),
    QT_TRANSLATE_NOOP("DataMessages", "Site {site} has no supply {key}."),
    QT_TRANSLATE_NOOP("DataMessages", "Copy the catalogue to that site first."),
    QT_TRANSLATE_NOOP("DataMessages", "Site {site} has only {count} of {key}; stock can't go below zero."),
    # what visitors tell the service
    QT_TRANSLATE_NOOP("DataMessages", "That answer isn't one the kiosk offers."),
    QT_TRANSLATE_NOOP("DataMessages", "That rating isn't one the kiosk offers."),
    QT_TRANSLATE_NOOP("DataMessages", "That choice isn't one the kiosk offers."),
    QT_TRANSLATE_NOOP("DataMessages", "That supply can be asked for now."),
    QT_TRANSLATE_NOOP("DataMessages", "Naloxone has run out for now."),
    # reports
    QT_TRANSLATE_NOOP("DataMessages", "Group by day, week or month, not {by}."),
    QT_TRANSLATE_NOOP("DataMessages", "The range ends before it starts."),
    QT_TRANSLATE_NOOP("DataMessages", "Put the earlier date first."),
    QT_TRANSLATE_NOOP("DataMessages", "That range is too long for one report."),
    QT_TRANSLATE_NOOP("DataMessages", "Ask for three years at most."),
    QT_TRANSLATE_NOOP("DataMessages", "There is no site number {site}."),
)

#: Pieces the services put into a sentence: what was done, what may not be done.
PHRASES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DataMessages", "handed over"),
    QT_TRANSLATE_NOOP("DataMessages", "cancelled"),
    QT_TRANSLATE_NOOP("DataMessages", "marked as a no-show"),
    QT_TRANSLATE_NOOP("DataMessages", "Someone"),
    QT_TRANSLATE_NOOP("DataMessages", "Someone else"),
    QT_TRANSLATE_NOOP("DataMessages", "someone else"),
    QT_TRANSLATE_NOOP("DataMessages", "claim it"),
    QT_TRANSLATE_NOOP("DataMessages", "put it back in the queue"),
    QT_TRANSLATE_NOOP("DataMessages", "mark it ready"),
    QT_TRANSLATE_NOOP("DataMessages", "hand it over"),
    QT_TRANSLATE_NOOP("DataMessages", "cancel it"),
    QT_TRANSLATE_NOOP("DataMessages", "mark it as a no-show"),
    QT_TRANSLATE_NOOP("DataMessages", "answer it"),
    QT_TRANSLATE_NOOP("DataMessages", "reprint its slip"),
    QT_TRANSLATE_NOOP("DataMessages", "add staff accounts"),
    QT_TRANSLATE_NOOP("DataMessages", "add an admin"),
    QT_TRANSLATE_NOOP("DataMessages", "switch staff accounts on or off"),
    QT_TRANSLATE_NOOP("DataMessages", "unlock staff accounts or set their PIN"),
    QT_TRANSLATE_NOOP("DataMessages", "unlock a kiosk's staff menu"),
    QT_TRANSLATE_NOOP("DataMessages", "add supplies"),
    QT_TRANSLATE_NOOP("DataMessages", "change the catalogue"),
    QT_TRANSLATE_NOOP("DataMessages", "switch supplies on or off"),
    QT_TRANSLATE_NOOP("DataMessages", "change the site settings"),
    QT_TRANSLATE_NOOP("DataMessages", "read the audit log"),
    QT_TRANSLATE_NOOP("DataMessages", "see and export reports"),
    QT_TRANSLATE_NOOP("DataMessages", "add or rename sites"),
    QT_TRANSLATE_NOOP("DataMessages", "add an organisation admin"),
    QT_TRANSLATE_NOOP("DataMessages", "work at another site"),
    QT_TRANSLATE_NOOP("DataMessages", "copy a catalogue between sites"),
    QT_TRANSLATE_NOOP("DataMessages", "move stock between sites"),
    QT_TRANSLATE_NOOP("DataMessages", "see reports for other sites"),
)

_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = _FIELD.split(template)
    regex = "".join(re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+?)" for n, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


def template_for(message: str, templates: tuple[str, ...] = TEMPLATES) -> str | None:
    """The template among ``templates`` that words ``message``, or None when there is none."""
    for template in templates:
        if _pattern(template).fullmatch(message):
            return template
    return None


def translated_message(message: str) -> str:
    """``message`` (one or more English sentences from the services) in the interface language."""
    return translated_with(message, TEMPLATES, CONTEXT, PHRASES)


def translated_with(message: str, templates: tuple[str, ...], context: str, phrases: tuple[str, ...] = ()) -> str:
    """``message`` worded by one of ``templates`` (translated in ``context``), or as it came."""
    template = template_for(message, templates)
    if template is None:
        return message
    match = _pattern(template).fullmatch(message)
    assert match is not None

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    values = {name: (tr(value) if value in phrases else value) for name, value in match.groupdict().items()}
    return tr(template).format(**values)


def error_text(error: KioskError) -> str:
    """What to show for ``error``: its message, and its hint when it has one, translated."""
    text = translated_message(error.message)
    if error.hint:
        text = f"{text} {translated_message(error.hint)}"
    return text
