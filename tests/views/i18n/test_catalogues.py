"""The French and Spanish catalogues: complete, in step with the code, compiled, and faithful to placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.languages import BUILT_IN, SOURCE_LANGUAGE, discover_languages
from kiosk.paths import translations_dir
from tests.views.i18n.catalogues import update_script

script = update_script()
SHIPPED = sorted(translations_dir().glob("kiosk_*.ts"))
_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")


def test_every_built_in_language_has_a_catalogue():
    assert {ts.stem.removeprefix("kiosk_") for ts in SHIPPED} == set(BUILT_IN) - {SOURCE_LANGUAGE}
    assert discover_languages() == BUILT_IN


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_no_message_waits_for_a_translation(ts):
    waiting = script.waiting(ts)
    print(f"{ts.name}: {waiting} unfinished or empty")
    assert waiting == 0


@pytest.mark.slow
def test_every_string_in_the_code_is_in_the_catalogues(tmp_path):
    """lupdate run on copies finds nothing new: no string in the code is missing from a catalogue."""
    copies = [Path(shutil.copy(ts, tmp_path / ts.name)) for ts in SHIPPED]
    files = [str(path) for path in script.source_files()]
    subprocess.run(
        [script.tool("lupdate"), *files, "-ts", *map(str, copies), "-locations", "none", "-no-obsolete", "-silent"],
        check=True,
    )
    for copy in copies:
        text = copy.read_text(encoding="utf-8")
        copy.write_text(script._NAMELESS.sub("", text), encoding="utf-8")
        added = [
            message.findtext("source")
            for message in ET.parse(copy).getroot().iter("message")
            if message.find("translation") is not None and message.find("translation").get("type") == "unfinished"
        ]
        assert added == [], f"{copy.name}: strings in the code with no translation (run scripts/update_translations.py)"


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_the_compiled_catalogue_is_there_and_made_from_the_source_as_it_is(ts, tmp_path):
    """A .qm older than its .ts is one made from an earlier .ts: compiling the .ts now must give the same file.

    (File times say nothing in a fresh clone, where git writes both at once.)
    """
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: run scripts/update_translations.py --compile"
    fresh = tmp_path / shipped.name
    subprocess.run([script.tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is older than {ts.name}: compile it again"


def test_a_stale_or_missing_catalogue_is_noticed(tmp_path):
    """The check above can fail: a .qm from before a change differs, and one that is gone is gone."""
    ts = tmp_path / "kiosk_fr.ts"
    shutil.copy(SHIPPED[0], ts)
    subprocess.run([script.tool("lrelease"), "-silent", str(ts)], check=True)
    before = ts.with_suffix(".qm").read_bytes()
    ts.write_text(ts.read_text(encoding="utf-8").replace("</translation>", " </translation>", 1), encoding="utf-8")
    subprocess.run([script.tool("lrelease"), "-silent", str(ts), "-qm", str(tmp_path / "now.qm")], check=True)
    assert (tmp_path / "now.qm").read_bytes() != before


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_translations_keep_every_placeholder(ts):
    wrong = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            wanted = sorted(_PLACEHOLDER.findall(source))
            for form in forms:
                if sorted(_PLACEHOLDER.findall(form)) != wanted:
                    wrong.append(f"{context.findtext('name')}: {source!r} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_plurals_use_numerus_forms(ts):
    """A message counted with %n is a numerus message with a form for each plural the language has."""
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source:
            assert message.get("numerus") == "yes", source
            forms = message.find("translation").findall("numerusform")
            assert len(forms) >= 2 and all(form.text for form in forms), source


#: Words that address the reader as "tu" / "tú". Both catalogues speak to visitors and staff in the polite
#: form ("vous", "usted"): one register throughout, so no screen sounds more familiar than the next.
_FAMILIAR = {
    "fr": re.compile(r"\b(tu|toi|ton|ta|tes|t'as)\b", re.IGNORECASE),
    "es": re.compile(
        r"\b(tú|tu|tus|ti|contigo|danos|dinos|cuéntanos|sáltalo|sientes|tienes|puedes|quieres"
        r"|diste|salvaste|hiciste|llamaste|usaste)\b",
        re.IGNORECASE,
    ),
}


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.name)
def test_one_polite_register_throughout(ts):
    pattern = _FAMILIAR[ts.stem.removeprefix("kiosk_")]
    familiar = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if pattern.search(text):
            familiar.append(f"{message.findtext('source')!r} -> {text.strip()!r}")
    assert familiar == [], "\n".join(familiar)
