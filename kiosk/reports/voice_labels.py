"""The words of the visitor-voice figures, per language (merged into :mod:`kiosk.reports.labels`)."""

from __future__ import annotations

from collections.abc import Callable

VOICE_EN: dict[str, str] = {
    "people_reached": "People reached (visitors and the others they picked up for)",
    "reversals_reported": "Overdoses reversed with naloxone, reported at the kiosk",
    "reversal_answers": "Reversal reports: answers",
    "feedback_ratings": "Feedback: how the visit went",
    "feedback_missing": "Feedback: what was missing",
    "wanted_out_today": "Unmet demand: “I wanted this” on a supply that was out",
    "voice.doses": "Doses",
    "voice.woke": "Woke up",
    "voice.help": "Emergency help called",
    "voice.source": "Naloxone from",
    "voice.1": "1",
    "voice.2": "2",
    "voice.3+": "3 or more",
    "voice.yes": "yes",
    "voice.no": "no",
    "voice.unsure": "not sure",
    "voice.rather_not": "rather not say",
    "voice.here": "here",
    "voice.elsewhere": "elsewhere",
    "rating.good": "Good",
    "rating.okay": "Okay",
    "rating.bad": "Not good",
    "missing.supply_out": "A supply that was out",
    "missing.service": "A service",
    "missing.information": "Information they couldn't find",
    "missing.wait": "The wait",
    "missing.other": "Something else",
}

VOICE_FR: dict[str, str] = {
    "people_reached": "Personnes rejointes (visiteurs et personnes pour qui ils sont venus)",
    "reversals_reported": "Surdoses renversées avec la naloxone, signalées à la borne",
    "reversal_answers": "Signalements de naloxone : réponses",
    "feedback_ratings": "Avis : comment s’est passée la visite",
    "feedback_missing": "Avis : ce qui manquait",
    "wanted_out_today": "Demande non satisfaite : « Je voulais ceci » sur un article épuisé",
    "voice.doses": "Doses",
    "voice.woke": "S’est réveillée",
    "voice.help": "Secours appelés",
    "voice.source": "Naloxone venant",
    "voice.1": "1",
    "voice.2": "2",
    "voice.3+": "3 ou plus",
    "voice.yes": "oui",
    "voice.no": "non",
    "voice.unsure": "pas sûr",
    "voice.rather_not": "préfère ne pas dire",
    "voice.here": "d’ici",
    "voice.elsewhere": "d’ailleurs",
    "rating.good": "Bien",
    "rating.okay": "Moyen",
    "rating.bad": "Pas bien",
    "missing.supply_out": "Un article épuisé",
    "missing.service": "Un service",
    "missing.information": "Une information introuvable",
    "missing.wait": "L’attente",
    "missing.other": "Autre chose",
}

VOICE_ES: dict[str, str] = {
    "people_reached": "Personas alcanzadas (visitantes y las personas para quienes recogieron)",
    "reversals_reported": "Sobredosis revertidas con naloxona, informadas en el quiosco",
    "reversal_answers": "Informes de naloxona: respuestas",
    "feedback_ratings": "Opinión: cómo fue la visita",
    "feedback_missing": "Opinión: qué faltó",
    "wanted_out_today": "Demanda no cubierta: «Quería esto» en un artículo agotado",
    "voice.doses": "Dosis",
    "voice.woke": "Despertó",
    "voice.help": "Se llamó a emergencias",
    "voice.source": "Naloxona de",
    "voice.1": "1",
    "voice.2": "2",
    "voice.3+": "3 o más",
    "voice.yes": "sí",
    "voice.no": "no",
    "voice.unsure": "no está claro",
    "voice.rather_not": "prefiere no decir",
    "voice.here": "aquí",
    "voice.elsewhere": "otro lugar",
    "rating.good": "Bien",
    "rating.okay": "Regular",
    "rating.bad": "Mal",
    "missing.supply_out": "Un artículo agotado",
    "missing.service": "Un servicio",
    "missing.information": "Información que no encontró",
    "missing.wait": "La espera",
    "missing.other": "Otra cosa",
}

VOICE_TABLES: dict[str, dict[str, str]] = {"en": VOICE_EN, "fr": VOICE_FR, "es": VOICE_ES}


def voice_detail(figure: str, key: str, tr: Callable[[str], str]) -> str | None:
    """The words for a voice figure's key, or None when ``figure`` is not one of them."""
    if figure == "reversal_answers":
        question, _, answer = key.partition(".")
        return f"{tr(f'voice.{question}')}: {tr(f'voice.{answer}')}"
    if figure == "feedback_ratings":
        return tr(f"rating.{key}")
    if figure == "feedback_missing":
        return tr(f"missing.{key}")
    return None
