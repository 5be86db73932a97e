"""Every sentence the services can refuse with has a translated template in the views."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kiosk.data.staff import pin_problem
from kiosk.views.common.data_messages import template_for, translated_message
from kiosk.views.common.i18n import LanguageSwitcher

DATA = Path(__file__).resolve().parents[3] / "kiosk" / "data"
#: Words only the command line shows (kiosk-admin reading a catalogue file), or that visitors
#: see through their own reason-keyed messages.
NOT_FOR_STAFF = ("setup.py", "submit.py")
_ERROR_CALL = re.compile(r"(Error|Conflict|NotAllowed|Failed|Rejected|Unavailable|TimedOut)$")
_PYTHON_ERRORS = {"ValueError", "RuntimeError", "TypeError", "KeyError", "TimeoutError", "OSError"}
_PYTHON_ERRORS |= {"OperationalError", "DisconnectionError"}


def _sample(node: ast.expr) -> str | None:
    """The sentence a string or f-string makes, with each value standing in as a short word."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "V7" for part in node.values)
    return None


def _sentences() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("*.py")):
        if path.name in NOT_FOR_STAFF:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            candidates: list[ast.expr] = []
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if _ERROR_CALL.search(name) and name not in _PYTHON_ERRORS:
                    candidates = [*node.args, *(k.value for k in node.keywords if k.arg == "hint")]
            elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "message" for t in node.targets):
                candidates = [node.value]
            for candidate in candidates:
                text = _sample(candidate)
                if text and " " in text.strip():  # a sentence, not a rule name
                    found.append((f"{path.name}:{candidate.lineno}", text))
    return found


def test_the_scan_finds_the_services_sentences():
    texts = [text for _, text in _sentences()]
    assert "That request is no longer in the queue." in texts
    assert "V7 is working on V7: only they can V7." in texts
    assert len(texts) > 60


def test_every_sentence_has_a_template():
    missing = [f"{where}: {text!r}" for where, text in _sentences() if template_for(text) is None]
    assert missing == [], "add these to kiosk/views/common/data_messages.py:\n" + "\n".join(missing)


@pytest.mark.parametrize("pin", ["12a4", "12", "1234567890123", "000000", "123456", "121212", "200105"])
def test_every_pin_problem_has_a_template(pin):
    problem = pin_problem(pin)
    assert problem is not None and template_for(problem) is not None, problem


@pytest.fixture
def french(qapp):
    switcher = LanguageSwitcher.of(qapp)
    switcher.set_language("fr")
    yield
    switcher.set_language("en")


def test_messages_are_shown_translated_with_their_values(french):
    assert translated_message("K7P was already handed over.") == "K7P était déjà remis."
    assert (
        translated_message("Sam is working on K7P: only they or an admin can cancel it.")
        == "Sam s’occupe de K7P : seule cette personne ou un admin peut l’annuler."
    )
    assert translated_message("Only an admin can read the audit log.") == "Seul un admin peut lire le journal."
    assert translated_message("Something no template knows.") == "Something no template knows."


def test_in_english_a_message_is_unchanged():
    for _, text in _sentences():
        assert translated_message(text) == text
