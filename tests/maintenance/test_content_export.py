"""kiosk-admin content export: the built-in pack, copied out to edit."""

from __future__ import annotations

import io

from kiosk.cli import main
from kiosk.config import load_config
from kiosk.content import ContentPack


def test_the_exported_pack_is_the_shipped_one_and_a_station_can_use_it(tmp_path, monkeypatch, capsys):
    target = tmp_path / "our-pack"
    assert main(["content", "export", str(target)], stdin=io.StringIO()) == 0
    out = capsys.readouterr().out
    assert f'content = "{target}"' in out
    assert (target / "content" / "en").is_dir() and (target / "resources.toml").is_file()
    assert (target / "icons").is_dir()

    shipped = ContentPack.load()
    page = next(p for p in shipped.pages("en") if p.fallback_from is None)
    edited = target / "content" / "en" / page.path.name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOpen late on Fridays.\n", encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(target))
    copy = ContentPack.load(load_config().content_dir)
    assert copy.directory == target / "content" and copy.languages == shipped.languages
    assert sorted(p.id for p in copy.pages("en")) == sorted(p.id for p in shipped.pages("en"))
    assert "Open late on Fridays." in next(p for p in copy.pages("en") if p.id == page.id).body
    assert "Open late on Fridays." not in page.body


def test_export_never_writes_into_a_folder_that_has_files(tmp_path, capsys):
    target = tmp_path / "pack"
    target.mkdir()
    (target / "notes.md").write_text("ours")
    assert main(["content", "export", str(target)], stdin=io.StringIO()) == 1
    assert "is not empty" in capsys.readouterr().err
    assert [p.name for p in target.iterdir()] == ["notes.md"]
