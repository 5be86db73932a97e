"""What each site setting means, in words staff read, and why a value was refused.

Data tables translated with an explicit context (``QT_TRANSLATE_NOOP`` marks them).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.data.setting_rules import SettingProblem
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "SettingMeanings"

GROUPS = {
    "visitors": QT_TRANSLATE_NOOP("SettingMeanings", "Visitor kiosks"),
    "emergency": QT_TRANSLATE_NOOP("SettingMeanings", "Emergencies"),
    "staff": QT_TRANSLATE_NOOP("SettingMeanings", "Back office"),
    "stock": QT_TRANSLATE_NOOP("SettingMeanings", "Stock"),
    "printing": QT_TRANSLATE_NOOP("SettingMeanings", "Printing"),
    "records": QT_TRANSLATE_NOOP("SettingMeanings", "Records and reports"),
}

#: Setting → (its name, what it means).
SETTINGS = {
    "languages": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Languages offered"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The languages a visitor can choose on the kiosk."),
    ),
    "default_language": (
        QT_TRANSLATE_NOOP("SettingMeanings", "First language"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The language the kiosk shows when a new visitor walks up."),
    ),
    "idle_timeout_s": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Quiet time"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "After this many seconds without a touch the kiosk clears the visit and starts over."
        ),
    ),
    "idle_warning_s": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Warning before clearing"),
        QT_TRANSLATE_NOOP("SettingMeanings", "How many seconds the kiosk counts down before it clears a visit."),
    ),
    "max_lines": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Supplies per request"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings",
            "How many different supplies one request can hold. Each supply's own limit per visit is set on "
            "the Stock page.",
        ),
    ),
    "minutes_per_request": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Minutes per request"),
        QT_TRANSLATE_NOOP("SettingMeanings", "Used for the wait a visitor is told: requests ahead times this."),
    ),
    "others_max": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Others one visitor can pick up for"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings",
            "A visitor can say a request is also for friends who can't come in; limits per visit grow with "
            "them. 0 means each request is for the visitor alone.",
        ),
    ),
    "queue_target_minutes": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Waiting target"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The queue marks a request that has waited longer than this."),
    ),
    "ready_reminder_minutes": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Ready but not picked up"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "The queue marks a ready request nobody has picked up after this long."
        ),
    ),
    "emergency_number": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Emergency number"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The number the emergency screen tells people to call."),
    ),
    "site_names": (
        QT_TRANSLATE_NOOP("SettingMeanings", "The centre's name in each language"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "Shown on the kiosk's top bar and slips; left empty, the site's own name is used."
        ),
    ),
    "naloxone_location": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Where the naloxone is"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "Shown on the emergency screen, in each language (\"red box by the door\")."
        ),
    ),
    "staff_idle_minutes": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Staff sign-out"),
        QT_TRANSLATE_NOOP("SettingMeanings", "Minutes without use before the back office signs a person out."),
    ),
    "queue_chime": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Chime for new requests"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The back office chimes when a new request comes in."),
    ),
    "board_chime": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Chime on the ready board"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The public board chimes when a code is ready."),
    ),
    "expiry_warning_days": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Expiry warning"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "Lots that expire within this many days show a notice on every staff screen."
        ),
    ),
    "slip_show_items": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Supplies on the slip"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The printed slip lists what was asked for, not only the code."),
    ),
    "printer": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Site printer"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings",
            "The printer name for the whole site. Empty: each station uses the printer in its own configuration.",
        ),
    ),
    "paper": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Paper"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "The paper in the site's printers. Empty: each station's own configuration."
        ),
    ),
    "pdf_folder": (
        QT_TRANSLATE_NOOP("SettingMeanings", "PDF folder"),
        QT_TRANSLATE_NOOP("SettingMeanings", "Where slips are saved as PDF files when there is no printer."),
    ),
    "retention_days": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Keep requests for"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "Days a closed request is kept before only its counts remain for reports."
        ),
    ),
    "time_zone": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Time zone"),
        QT_TRANSLATE_NOOP("SettingMeanings", "The zone reports count days and hours in, such as America/Toronto."),
    ),
    "small_count_threshold": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Small counts in shared reports"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "Counts below this print as \"<5\" in reports shared outside, so nobody is singled out."
        ),
    ),
    "sharps_units_per_kg": (
        QT_TRANSLATE_NOOP("SettingMeanings", "Returned sharps per kilogram"),
        QT_TRANSLATE_NOOP(
            "SettingMeanings", "How many returned sharps a kilogram stands for; 0 shows weights as they are."
        ),
    ),
}

PAPER = {
    "": QT_TRANSLATE_NOOP("SettingMeanings", "Each station's own"),
    "receipt": QT_TRANSLATE_NOOP("SettingMeanings", "Receipt roll"),
    "letter": QT_TRANSLATE_NOOP("SettingMeanings", "Letter"),
    "a4": QT_TRANSLATE_NOOP("SettingMeanings", "A4"),
}

UNITS = {
    "seconds": QT_TRANSLATE_NOOP("SettingMeanings", " s"),
    "minutes": QT_TRANSLATE_NOOP("SettingMeanings", " min"),
    "days": QT_TRANSLATE_NOOP("SettingMeanings", " days"),
    "lines": QT_TRANSLATE_NOOP("SettingMeanings", " supplies"),
    "people": QT_TRANSLATE_NOOP("SettingMeanings", " people"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def group_title(group: str) -> str:
    return tr(GROUPS[group]) if group in GROUPS else group


def setting_title(name: str) -> str:
    return tr(SETTINGS[name][0]) if name in SETTINGS else name


def setting_meaning(name: str) -> str:
    return tr(SETTINGS[name][1]) if name in SETTINGS else ""


def problem_text(problem: SettingProblem) -> str:
    """Why a value was refused, as a calm sentence that says what to do."""
    code = problem.code
    if code == "range":
        return tr(QT_TRANSLATE_NOOP("SettingMeanings", "Enter a number from {low} to {high}.")).format(
            low=problem.low, high=problem.high
        )
    if code == "too_long":
        return tr(QT_TRANSLATE_NOOP("SettingMeanings", "Keep it to {n} characters.")).format(n=problem.high)
    words = {
        "number": QT_TRANSLATE_NOOP("SettingMeanings", "Enter a whole number."),
        "text": QT_TRANSLATE_NOOP("SettingMeanings", "Enter some text."),
        "phone": QT_TRANSLATE_NOOP("SettingMeanings", "Enter a number a phone can dial, such as 911."),
        "choice": QT_TRANSLATE_NOOP("SettingMeanings", "Choose one of the values offered."),
        "languages": QT_TRANSLATE_NOOP("SettingMeanings", "Offer at least one language."),
        "language": QT_TRANSLATE_NOOP("SettingMeanings", "Choose one of the languages offered."),
        "zone": QT_TRANSLATE_NOOP("SettingMeanings", "Enter a time zone such as America/Toronto or Europe/Paris."),
        "warning_too_long": QT_TRANSLATE_NOOP(
            "SettingMeanings", "The warning must be shorter than the quiet time."
        ),
        "default_not_offered": QT_TRANSLATE_NOOP(
            "SettingMeanings", "The first language must be one of the languages offered."
        ),
    }
    return tr(words.get(code, QT_TRANSLATE_NOOP("SettingMeanings", "This value can't be used.")))
