"""Stand-ins for ``lp`` and ``lpstat``, put first on PATH by a fixture.

``lp`` keeps every job (its arguments, one per line, and the document it
read) in ``jobs/``; both commands answer with what the test set.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LPSTAT_IDLE = """\
printer Receipt is idle.  enabled since Tue 12 Mar 2024 09:00:00 AM UTC
\tForm mounted:
\tContent types: any
\tPrinter types: unknown
\tDescription: Receipt printer
\tAlerts: none
\tLocation: Front desk
\tConnection: direct
\tInterface: /etc/cups/ppd/Receipt.ppd
\tOn fault: no alert
\tAfter fault: continue
\tUsers allowed:
\t\t(all)
\tForms allowed:
\t\t(none)
\tBanner required
\tCharset sets:
\t\t(none)
\tDefault pitch:
\tDefault page size:
\tDefault port settings:
"""

_SCRIPT = """\
#!/bin/sh
here="$(dirname "$0")"
name="$(basename "$0")"
printf '%s\n' "$@" > "$here/calls/$name-$(ls "$here/calls" | wc -l | tr -d ' ')"
if [ "$name" = lp ]; then
    job="$here/jobs/$(ls "$here/jobs" | wc -l | tr -d ' ')"
    mkdir "$job"
    printf '%s\\n' "$@" > "$job/args"
    cat > "$job/document"
fi
if [ -f "$here/$name.hang" ]; then
    exec sleep 30
fi
cat "$here/$name.out"
cat "$here/$name.err" >&2
exit "$(cat "$here/$name.rc")"
"""


@dataclass
class Job:
    args: list[str]
    document: bytes

    def option(self, flag: str) -> list[str]:
        return [self.args[i + 1] for i, arg in enumerate(self.args[:-1]) if arg == flag]


class FakeCups:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        (folder / "jobs").mkdir(parents=True)
        (folder / "calls").mkdir()
        for name in ("lp", "lpstat"):
            script = folder / name
            script.write_text(_SCRIPT)
            script.chmod(0o755)
        self.lpstat(LPSTAT_IDLE)
        self.lp("request id is Receipt-42 (1 file(s))\n")

    def lpstat(self, out: str = "", err: str = "", rc: int = 0, hang: bool = False) -> None:
        self._answer("lpstat", out, err, rc, hang)

    def lp(self, out: str = "", err: str = "", rc: int = 0, hang: bool = False) -> None:
        self._answer("lp", out, err, rc, hang)

    def jobs(self) -> list[Job]:
        folders = sorted((self.folder / "jobs").iterdir(), key=lambda p: int(p.name))
        return [
            Job((f / "args").read_text().splitlines(), (f / "document").read_bytes()) for f in folders
        ]

    def calls(self, name: str) -> list[list[str]]:
        """The arguments of each run of ``name``, oldest first."""
        runs = sorted((self.folder / "calls").glob(f"{name}-*"), key=lambda p: int(p.name.rsplit("-", 1)[1]))
        return [run.read_text().splitlines() for run in runs]

    def _answer(self, name: str, out: str, err: str, rc: int, hang: bool) -> None:
        (self.folder / f"{name}.out").write_text(out)
        (self.folder / f"{name}.err").write_text(err)
        (self.folder / f"{name}.rc").write_text(str(rc))
        hang_flag = self.folder / f"{name}.hang"
        if hang:
            hang_flag.touch()
        else:
            hang_flag.unlink(missing_ok=True)


def install(folder: Path, monkeypatch) -> FakeCups:
    fake = FakeCups(folder)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return fake
