"""The words of a report, per language, without Qt.

Reports are written by the command line and by a staff window's worker, so
their headings live here. A language without an entry falls back to English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kiosk.reports.voice_labels import VOICE_TABLES, voice_detail

Translate = Callable[[str], str]

_EN: dict[str, str] = {
    # CSV columns
    "col.period_start": "Period start",
    "col.period_end": "Period end",
    "col.figure_id": "Figure id",
    "col.figure": "Figure",
    "col.key": "Key",
    "col.detail": "Detail",
    "col.value": "Value",
    # figures
    "encounters": "Encounters (requests)",
    "encounters_by_kind": "Encounters by kind",
    "encounters_by_language": "Encounters by language",
    "encounters_by_site": "Encounters by site",
    "requests_by_outcome": "Requests by outcome",
    "emergency_response_median_s": "Emergency: median seconds from tap to a staff answer",
    "emergency_response_p90_s": "Emergency: 90th percentile seconds from tap to a staff answer",
    "wait_median_s": "Median wait, seconds from request to ready",
    "wait_p90_s": "90th percentile wait, seconds from request to ready",
    "given_by_group": "Given, by family",
    "given_by_supply": "Given, by supply",
    "services_asked": "Services asked for",
    "unmet_lines": "Unmet demand: requests given less than asked",
    "unmet_quantity": "Unmet demand: quantity short",
    "busiest_hours": "Requests by weekday and hour",
    "stock_opening": "Stock: opening balance",
    "stock_received": "Stock: received",
    "stock_given": "Stock: given",
    "stock_adjusted": "Stock: adjusted",
    "stock_closing": "Stock: closing balance",
    "sharps_returned": "Sharps returned (counted and estimated from weight)",
    "sharps_weight_g": "Sharps returned by weight, grams",
    "page_views": "Information pages opened",
    "information_only_sessions": "Kiosk sessions that only read information",
    "overdose_responses": "Overdose responses",
    "overdose_naloxone_given": "Overdose responses where naloxone was given",
    "overdose_naloxone_doses": "Naloxone doses given at overdose responses",
    "overdose_services_called": "Overdose responses where emergency services were called",
    "overdose_outcomes": "Overdose responses by outcome",
    "overdose_false_alarms": "Emergency calls that were false alarms",
    "overdose_to_first_median_s": "Overdose: median seconds from tap to the first responder",
    "overdose_to_first_p90_s": "Overdose: 90th percentile seconds from tap to the first responder",
    "overdose_to_close_median_s": "Overdose: median seconds from tap to closing the response",
    "overdose_to_close_p90_s": "Overdose: 90th percentile seconds from tap to closing the response",
    "od.responsive": "Responsive, stayed",
    "od.transported": "Taken to hospital",
    "od.refused_transport": "Refused transport",
    "od.other": "Other outcome",
    "od.not_recorded": "Outcome not recorded",
    # keys
    "kind.supplies": "Supplies",
    "kind.services": "Services",
    "kind.emergency": "Emergencies",
    "outcome.fulfilled": "Fulfilled",
    "outcome.part_fulfilled": "Part fulfilled",
    "outcome.cancelled": "Cancelled",
    "outcome.no_show": "No-show",
    "outcome.open": "Still open",
    "group.naloxone": "Naloxone kits",
    "group.syringes": "Syringes and needles",
    "group.safer_smoking": "Safer smoking kits",
    "group.drug_checking": "Drug checking strips",
    "group.wound_care": "Wound care",
    "language.unknown": "Not recorded",
    "all_pages": "All pages",
    "days": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    # the PDF
    "pdf.title": "Activity report",
    "pdf.site": "Site: {site}",
    "pdf.period": "Period: {first} to {last}, by {by}",
    "pdf.made": "Made {when} by Drop-in kiosk {version}",
    "pdf.zone": "Days and hours in {zone}",
    "pdf.suppressed": (
        "Counts from 1 to {below} are shown as <{threshold}; "
        "* marks a figure hidden so a small count cannot be worked out."
    ),
    "pdf.raw": "Internal report: raw numbers, not for sharing.",
    "pdf.summary": "Summary",
    "pdf.chart_encounters": "Encounters per period",
    "pdf.chart_groups": "Given per period, by family",
    "pdf.heat": "Requests by weekday and hour",
    "pdf.details": "All figures",
    "pdf.page": "Page {n}",
    "by.day": "day",
    "by.week": "week",
    "by.month": "month",
}

_FR: dict[str, str] = {
    "col.period_start": "Début de la période",
    "col.period_end": "Fin de la période",
    "col.figure_id": "Code de l’indicateur",
    "col.figure": "Indicateur",
    "col.key": "Clé",
    "col.detail": "Détail",
    "col.value": "Valeur",
    "encounters": "Contacts (demandes)",
    "encounters_by_kind": "Contacts par type",
    "encounters_by_language": "Contacts par langue",
    "encounters_by_site": "Contacts par site",
    "requests_by_outcome": "Demandes par issue",
    "emergency_response_median_s": "Urgence : secondes médianes entre l’appel et la réponse du personnel",
    "emergency_response_p90_s": "Urgence : 90e centile des secondes entre l’appel et la réponse",
    "wait_median_s": "Attente médiane, secondes entre la demande et « prêt »",
    "wait_p90_s": "90e centile de l’attente, secondes",
    "given_by_group": "Remis, par famille",
    "given_by_supply": "Remis, par article",
    "services_asked": "Services demandés",
    "unmet_lines": "Demande non satisfaite : moins remis que demandé",
    "unmet_quantity": "Demande non satisfaite : quantité manquante",
    "busiest_hours": "Demandes par jour et par heure",
    "stock_opening": "Stock : solde d’ouverture",
    "stock_received": "Stock : reçu",
    "stock_given": "Stock : remis",
    "stock_adjusted": "Stock : ajusté",
    "stock_closing": "Stock : solde de clôture",
    "sharps_returned": "Objets pointus rapportés (comptés et estimés au poids)",
    "sharps_weight_g": "Objets pointus rapportés, grammes",
    "page_views": "Pages d’information ouvertes",
    "information_only_sessions": "Sessions de borne consacrées à la lecture seule",
    "overdose_responses": "Interventions en cas de surdose",
    "overdose_naloxone_given": "Interventions avec naloxone donnée",
    "overdose_naloxone_doses": "Doses de naloxone données lors des interventions",
    "overdose_services_called": "Interventions où les secours ont été appelés",
    "overdose_outcomes": "Interventions selon l’issue",
    "overdose_false_alarms": "Appels d’urgence qui étaient de fausses alertes",
    "overdose_to_first_median_s": "Surdose : médiane en secondes de l’appel au premier intervenant",
    "overdose_to_first_p90_s": "Surdose : 90e centile en secondes de l’appel au premier intervenant",
    "overdose_to_close_median_s": "Surdose : médiane en secondes de l’appel à la clôture",
    "overdose_to_close_p90_s": "Surdose : 90e centile en secondes de l’appel à la clôture",
    "od.responsive": "Réveillée, restée sur place",
    "od.transported": "Transportée à l’hôpital",
    "od.refused_transport": "A refusé le transport",
    "od.other": "Autre issue",
    "od.not_recorded": "Issue non notée",
    "kind.supplies": "Matériel",
    "kind.services": "Services",
    "kind.emergency": "Urgences",
    "outcome.fulfilled": "Remises",
    "outcome.part_fulfilled": "Remises en partie",
    "outcome.cancelled": "Annulées",
    "outcome.no_show": "Personne absente",
    "outcome.open": "Encore ouvertes",
    "group.naloxone": "Trousses de naloxone",
    "group.syringes": "Seringues et aiguilles",
    "group.safer_smoking": "Trousses pour fumer à moindre risque",
    "group.drug_checking": "Bandelettes d’analyse",
    "group.wound_care": "Soins des plaies",
    "language.unknown": "Non enregistrée",
    "all_pages": "Toutes les pages",
    "days": "lun,mar,mer,jeu,ven,sam,dim",
    "pdf.title": "Rapport d’activité",
    "pdf.site": "Site : {site}",
    "pdf.period": "Période : du {first} au {last}, par {by}",
    "pdf.made": "Créé le {when} par Drop-in kiosk {version}",
    "pdf.zone": "Jours et heures en {zone}",
    "pdf.suppressed": (
        "Les nombres de 1 à {below} s’affichent <{threshold} ; "
        "* marque une valeur masquée pour qu’un petit nombre ne puisse pas être déduit."
    ),
    "pdf.raw": "Rapport interne : nombres bruts, à ne pas diffuser.",
    "pdf.summary": "Résumé",
    "pdf.chart_encounters": "Contacts par période",
    "pdf.chart_groups": "Remis par période, par famille",
    "pdf.heat": "Demandes par jour et par heure",
    "pdf.details": "Tous les indicateurs",
    "pdf.page": "Page {n}",
    "by.day": "jour",
    "by.week": "semaine",
    "by.month": "mois",
}

_ES: dict[str, str] = {
    "col.period_start": "Inicio del periodo",
    "col.period_end": "Fin del periodo",
    "col.figure_id": "Código del indicador",
    "col.figure": "Indicador",
    "col.key": "Clave",
    "col.detail": "Detalle",
    "col.value": "Valor",
    "encounters": "Contactos (solicitudes)",
    "encounters_by_kind": "Contactos por tipo",
    "encounters_by_language": "Contactos por idioma",
    "encounters_by_site": "Contactos por sitio",
    "requests_by_outcome": "Solicitudes por resultado",
    "emergency_response_median_s": "Emergencia: segundos medianos entre el aviso y la respuesta del personal",
    "emergency_response_p90_s": "Emergencia: percentil 90 de segundos entre el aviso y la respuesta",
    "wait_median_s": "Espera mediana, segundos de la solicitud a «listo»",
    "wait_p90_s": "Percentil 90 de la espera, segundos",
    "given_by_group": "Entregado, por familia",
    "given_by_supply": "Entregado, por artículo",
    "services_asked": "Servicios pedidos",
    "unmet_lines": "Demanda no cubierta: se entregó menos de lo pedido",
    "unmet_quantity": "Demanda no cubierta: cantidad que faltó",
    "busiest_hours": "Solicitudes por día y hora",
    "stock_opening": "Existencias: saldo inicial",
    "stock_received": "Existencias: recibido",
    "stock_given": "Existencias: entregado",
    "stock_adjusted": "Existencias: ajustado",
    "stock_closing": "Existencias: saldo final",
    "sharps_returned": "Objetos punzantes devueltos (contados y estimados por peso)",
    "sharps_weight_g": "Objetos punzantes devueltos, gramos",
    "page_views": "Páginas de información abiertas",
    "information_only_sessions": "Sesiones del quiosco que solo leyeron información",
    "overdose_responses": "Respuestas a sobredosis",
    "overdose_naloxone_given": "Respuestas en las que se dio naloxona",
    "overdose_naloxone_doses": "Dosis de naloxona dadas en las respuestas",
    "overdose_services_called": "Respuestas en las que se llamó a emergencias",
    "overdose_outcomes": "Respuestas según el resultado",
    "overdose_false_alarms": "Llamadas de emergencia que fueron falsas alarmas",
    "overdose_to_first_median_s": "Sobredosis: mediana de segundos desde el aviso hasta quien acudió primero",
    "overdose_to_first_p90_s": "Sobredosis: percentil 90 de segundos desde el aviso hasta quien acudió primero",
    "overdose_to_close_median_s": "Sobredosis: mediana de segundos desde el aviso hasta el cierre",
    "overdose_to_close_p90_s": "Sobredosis: percentil 90 de segundos desde el aviso hasta el cierre",
    "od.responsive": "Despertó y se quedó",
    "od.transported": "Trasladada al hospital",
    "od.refused_transport": "Rechazó el traslado",
    "od.other": "Otro resultado",
    "od.not_recorded": "Resultado no anotado",
    "kind.supplies": "Materiales",
    "kind.services": "Servicios",
    "kind.emergency": "Emergencias",
    "outcome.fulfilled": "Entregadas",
    "outcome.part_fulfilled": "Entregadas en parte",
    "outcome.cancelled": "Canceladas",
    "outcome.no_show": "No se presentó",
    "outcome.open": "Aún abiertas",
    "group.naloxone": "Kits de naloxona",
    "group.syringes": "Jeringas y agujas",
    "group.safer_smoking": "Kits para fumar con menos riesgo",
    "group.drug_checking": "Tiras de análisis",
    "group.wound_care": "Cuidado de heridas",
    "language.unknown": "No registrado",
    "all_pages": "Todas las páginas",
    "days": "lun,mar,mié,jue,vie,sáb,dom",
    "pdf.title": "Informe de actividad",
    "pdf.site": "Sitio: {site}",
    "pdf.period": "Periodo: del {first} al {last}, por {by}",
    "pdf.made": "Creado el {when} con Drop-in kiosk {version}",
    "pdf.zone": "Días y horas en {zone}",
    "pdf.suppressed": (
        "Los números del 1 al {below} se muestran como <{threshold}; "
        "* marca un valor oculto para que no se pueda deducir un número pequeño."
    ),
    "pdf.raw": "Informe interno: números sin ocultar, no para compartir.",
    "pdf.summary": "Resumen",
    "pdf.chart_encounters": "Contactos por periodo",
    "pdf.chart_groups": "Entregado por periodo, por familia",
    "pdf.heat": "Solicitudes por día y hora",
    "pdf.details": "Todos los indicadores",
    "pdf.page": "Página {n}",
    "by.day": "día",
    "by.week": "semana",
    "by.month": "mes",
}

TABLES: dict[str, dict[str, str]] = {"en": _EN, "fr": _FR, "es": _ES}
for _lang, _words in VOICE_TABLES.items():
    TABLES[_lang].update(_words)
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def translator(lang: str) -> Translate:
    """A function giving the words for ``lang`` (English where a word is missing)."""
    table = TABLES.get(lang, _EN)

    def translate(key: str) -> str:
        return table.get(key) or _EN.get(key) or key

    return translate


def detail_text(figure: str, key: str, tr: Translate, lang: str, supply_names: Mapping[str, Mapping[str, str]]) -> str:
    """The readable words for a row's key (a supply name, a language, "Tue 14:00"...)."""

    def supply(supply_key: str) -> str:
        names = supply_names.get(supply_key, {})
        return names.get(lang) or names.get("en") or supply_key

    voice = voice_detail(figure, key, tr)
    if voice is not None:
        return voice
    if figure == "encounters_by_language":
        return LANGUAGE_NAMES.get(key, key) if key else tr("language.unknown")
    if figure == "encounters_by_site":
        return key  # the site's own name
    if not key:
        return tr("all_pages") if figure == "page_views" else ""
    if figure == "encounters_by_kind":
        return tr(f"kind.{key}")
    if figure == "requests_by_outcome":
        return tr(f"outcome.{key}")
    if figure == "overdose_outcomes":
        return tr(f"od.{key}")
    if figure == "given_by_group":
        return tr(f"group.{key}") if f"group.{key}" in _EN else key
    if figure == "busiest_hours":
        weekday, hour = key.split("-")
        return f"{tr('days').split(',')[int(weekday)]} {int(hour):02d}:00"
    if figure == "stock_adjusted":
        supply_key, _, reason = key.partition(":")
        return f"{supply(supply_key)}: {reason.replace('_', ' ')}"
    if figure == "page_views":
        page, _, language = key.partition("|")
        return f"{page} ({language})"
    return supply(key)
