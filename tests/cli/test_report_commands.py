"""kiosk-admin report and purge: files written, and clear usage errors with exit code 2."""

from __future__ import annotations

import csv
import io

import pytest

from kiosk.cli import main
from kiosk.data.db import open_database
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import build_week
from tests.printing.pdf_helpers import pdf_text


@pytest.fixture
def url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'admin.db'}"
    db = open_database(url)
    services, _clock, _ids = build_week(db, fast_hasher())
    services.settings.update(by=SETUP, retention_days=7)
    db.dispose()
    return url


def run(url: str, *args: str) -> int:
    return main(["--database", url, *args], stdin=io.StringIO(""))


def test_a_csv_report(url, tmp_path, capsys):
    out = tmp_path / "november.csv"
    assert (
        run(url, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "month", "--out", str(out), "--raw")
        == 0
    )
    assert "written to" in capsys.readouterr().out
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    encounters = [r for r in rows if r["Figure id"] == "encounters"]
    assert [(r["Period start"], r["Period end"], r["Value"]) for r in encounters] == [("2026-11-01", "2026-11-30", "7")]


def test_a_pdf_report_for_one_site(url, tmp_path):
    out = tmp_path / "weekly.pdf"
    assert (
        run(
            url,
            "report",
            "--from",
            "2026-11-02",
            "--to",
            "2026-11-09",
            "--site",
            "1",
            "--by",
            "week",
            "--format",
            "pdf",
            "--out",
            str(out),
        )
        == 0
    )
    text = pdf_text(out.read_bytes())
    assert "Period: 2026-11-02 to 2026-11-09, by week" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-11-31", "--to", "2026-12-01"], "is not a date"),
        (["--from", "yesterday", "--to", "2026-12-01"], "is not a date"),
        (["--from", "2026-12-02", "--to", "2026-12-01"], "the range is empty"),
        (["--from", "2026-11-01", "--to", "2026-11-30", "--by", "year"], "invalid choice"),
    ],
)
def test_bad_arguments_say_what_is_wrong(url, tmp_path, capsys, args, message):
    with pytest.raises(SystemExit) as stopped:
        run(url, "report", *args, "--out", str(tmp_path / "r.csv"))
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()


def test_an_unwritable_path_is_refused_before_any_work(url, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    for target, message in (
        (tmp_path / "no-such-folder" / "r.csv", "does not exist"),
        (locked, "is a folder"),
        (tmp_path / "r.txt", "--format csv or --format pdf"),
    ):
        with pytest.raises(SystemExit) as stopped:
            run(url, "report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(target))
        assert stopped.value.code == 2
        assert message in capsys.readouterr().err


def test_purge_dry_run_counts_and_keeps(url, capsys):
    assert run(url, "purge", "--dry-run") == 0
    out = capsys.readouterr().out
    assert "5 closed requests" in out  # every closed request of the week is over 7 days old
    assert run(url, "purge", "--dry-run") == 0
    assert "5 closed requests" in capsys.readouterr().out
    assert run(url, "purge") == 0
    assert "Rolled 5 closed requests" in capsys.readouterr().out
    assert run(url, "purge", "--dry-run") == 0
    assert "0 closed requests" in capsys.readouterr().out


def test_voice_prints_the_tallies_of_the_range(tmp_path, capsys):
    import datetime as dt

    from kiosk.cli import main
    from kiosk.data.db import open_database
    from kiosk.data.services import Services
    from kiosk.data.setup import ensure_site
    from kiosk.data.voice import Feedback, ReversalAnswers

    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    db = open_database(url)
    services = Services.build(db, ensure_site(db))
    services.voice.report_reversal(ReversalAnswers(doses="3+"))
    services.voice.report_reversal(ReversalAnswers())
    services.voice.give_feedback(Feedback(rating="bad", missing=("wait",)))
    db.dispose()
    today = dt.datetime.now(dt.UTC).date()

    assert main(["--database", url, "voice", "--from", str(today), "--to", str(today)]) == 0
    out = capsys.readouterr().out
    assert "Overdoses reversed with naloxone, reported at the kiosk: 2" in out
    assert f"  {today:%Y-%m}: 2" in out
    assert "  Doses: 3 or more: 1" in out
    assert "  Not good: 1" in out and "  The wait: 1" in out
