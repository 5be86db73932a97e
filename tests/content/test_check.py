"""`kiosk-admin content check`: what staff read, and the exit code scripts rely on."""

from __future__ import annotations

import io

from kiosk.content import check, check_main


def run(directory) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = check_main(str(directory), out=out)
    return code, out.getvalue().splitlines()


def test_a_good_pack_exits_zero_with_a_summary(pack):
    pack.everywhere("overdose-signs")
    code, lines = run(pack.content)
    assert code == 0
    assert lines == [f"{pack.content}: 0 errors, 0 warnings; 3 pages shown in English, Spanish, French"]


def test_warnings_alone_do_not_fail_the_check(pack):
    pack.everywhere("overdose-signs")
    pack.page("en", "naloxone")
    code, lines = run(pack.content)
    assert code == 0
    missing = pack.content / "fr" / "naloxone.md"
    assert f"{missing}: warning: no French version yet; the English page is shown" in lines
    assert lines[-1].endswith("0 errors, 2 warnings; 4 pages shown in English, Spanish, French")


def test_a_broken_pack_exits_one_and_lists_each_problem(pack):
    pack.everywhere("overdose-signs")
    broken = pack.write("en/broken.md", "not a page")
    pack.page("en", "lost", category="nowhere")
    code, lines = run(pack.content)
    assert code == 1
    assert f"{broken}: error: the first line must be '+++', opening the front matter" in lines
    assert f"{pack.content / 'en' / 'lost.md'}: error: unknown category 'nowhere'" in lines
    assert lines[-1].endswith("2 errors, 0 warnings; 3 pages shown in English, Spanish, French")


def test_a_missing_folder_fails_the_check(tmp_path):
    code, lines = run(tmp_path / "nowhere")
    assert code == 1
    assert lines[0] == f"{tmp_path / 'nowhere'}: error: content folder not found"


def test_check_returns_the_same_problems_as_loading(pack):
    pack.page("en", "overdose-signs", icon="nowhere")
    assert [p.message for p in check(pack.content)] == ["no icon named 'nowhere' in the icons folder"]
