"""The Audit page's rows as a CSV file: when, who, kind, the sentence, and the raw action."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from kiosk.data.audit import AUDIT_ACTIONS
from kiosk.data.dto import AuditView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.audit.sentences import SentenceWriter, kind_text, tr, who_text

HEADER = (
    QT_TRANSLATE_NOOP("AuditSentences", "When (UTC)"),
    QT_TRANSLATE_NOOP("AuditSentences", "Who"),
    QT_TRANSLATE_NOOP("AuditSentences", "Kind"),
    QT_TRANSLATE_NOOP("AuditSentences", "What happened"),
    QT_TRANSLATE_NOOP("AuditSentences", "Action"),
    QT_TRANSLATE_NOOP("AuditSentences", "Subject"),
    QT_TRANSLATE_NOOP("AuditSentences", "Detail"),
)


def write_audit_csv(path: Path, events: Iterable[AuditView], writer: SentenceWriter) -> int:
    """Write ``events`` to ``path`` (UTF-8 with a byte-order mark, for spreadsheets); returns the row count."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([tr(title) for title in HEADER])
        for event in events:
            out.writerow(
                [
                    event.at.isoformat(timespec="seconds"),
                    who_text(event),
                    kind_text(AUDIT_ACTIONS.get(event.action, "")),
                    writer.sentence(event),
                    event.action,
                    event.subject,
                    json.dumps(event.detail, ensure_ascii=False, sort_keys=True) if event.detail else "",
                ]
            )
            count += 1
    return count
