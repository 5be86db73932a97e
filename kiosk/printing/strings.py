"""The few fixed words printed on slips and resource sheets, per language.

Slips are built away from Qt (and off the GUI thread), so their words live
here rather than in the Qt translation catalogues. A language without an
entry falls back to English.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.languages import LANGUAGES

__all__ = ["LANGUAGES", "SLIP_STRINGS", "format_when", "others_text", "slip_text"]

SLIP_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "code_heading": "Your pickup code",
        "show_code": "Show this code at the window",
        "place_in_queue": "You are number {n} in line",
        "items_heading": "You asked for",
        "for_others": "+{n} others",
        "for_one_other": "+1 other",
        "resources_heading": "Scan with your phone for help",
        "phone_line": "Phone: {phone}",
        "hours_line": "Hours: {hours}",
        "test_site": "Printer test",
        "test_sheet": "Printer test: resources",
    },
    "fr": {
        "code_heading": "Votre code de retrait",
        "show_code": "Montrez ce code au guichet",
        "place_in_queue": "Vous êtes numéro {n} dans la file",
        "items_heading": "Vous avez demandé",
        "for_others": "+{n} autres personnes",
        "for_one_other": "+1 autre personne",
        "resources_heading": "Scannez avec votre téléphone pour obtenir de l’aide",
        "phone_line": "Téléphone : {phone}",
        "hours_line": "Heures d’ouverture : {hours}",
        "test_site": "Test d’impression",
        "test_sheet": "Test d’impression : ressources",
    },
    "es": {
        "code_heading": "Tu código de recogida",
        "show_code": "Muestra este código en la ventanilla",
        "place_in_queue": "Eres el número {n} en la fila",
        "items_heading": "Pediste",
        "for_others": "+{n} personas más",
        "for_one_other": "+1 persona más",
        "resources_heading": "Escanea con tu teléfono para recibir ayuda",
        "phone_line": "Teléfono: {phone}",
        "hours_line": "Horario: {hours}",
        "test_site": "Prueba de impresión",
        "test_sheet": "Prueba de impresión: recursos",
    },
}

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
}


def slip_text(lang: str, key: str, **values: object) -> str:
    """The slip string ``key`` in ``lang`` (English if missing), filled in."""
    table = SLIP_STRINGS.get(lang, SLIP_STRINGS["en"])
    text = table.get(key, SLIP_STRINGS["en"][key])
    return text.format(**values) if values else text


def others_text(lang: str, n: int) -> str:
    """"+2 others" in ``lang``: how many more people a request is for."""
    return slip_text(lang, "for_one_other") if n == 1 else slip_text(lang, "for_others", n=n)


def format_when(when: datetime, lang: str) -> str:
    """Date and time the way people in ``lang`` write them on a receipt."""
    month_names = _MONTHS.get(lang, _MONTHS["en"])
    month = month_names[when.month - 1]
    if lang == "fr":
        return f"{when.day} {month} {when.year}, {when:%H:%M}"
    if lang == "es":
        return f"{when.day} de {month} de {when.year}, {when:%H:%M}"
    hour = when.hour % 12 or 12
    half = "AM" if when.hour < 12 else "PM"
    return f"{month} {when.day}, {when.year}, {hour}:{when:%M} {half}"
