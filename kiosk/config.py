"""Per-machine settings: a TOML file, then KIOSK_* variables, then flags.

Example ``kiosk.toml``::

    database = "postgresql+psycopg://kiosk:secret@db.local/kiosk"
    station = "kiosk-front"
    site = "harbour"           # which of the organisation's sites; leave out for the first
    printer = "receipt"        # a CUPS queue name; leave out to write PDFs
    content = "/srv/kiosk/content"   # a centre's own copy of the content pack
    printer_options = ["cutter=full"]   # the centre's own lp options, name=value each
    hide_cursor = true         # a touch kiosk shows no mouse pointer
"""

from __future__ import annotations

import os
import re
import socket
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from kiosk import paths
from kiosk.errors import ConfigError

_ENV = {
    "database": "KIOSK_DATABASE_URL",
    "station": "KIOSK_STATION",
    "site": "KIOSK_SITE",
    "printer": "KIOSK_PRINTER",
    "content": "KIOSK_CONTENT_DIR",
    "paper": "KIOSK_PAPER",
    "printer_options": "KIOSK_PRINTER_OPTIONS",  # in the variable: separated by spaces
    "hide_cursor": "KIOSK_HIDE_CURSOR",
}
PAPERS = ("receipt", "letter", "a4")


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str
    station_name: str
    printer: str | None = None
    paper: str = "receipt"
    content_dir: Path | None = None
    printer_options: tuple[str, ...] = ()
    #: A touch kiosk shows no mouse pointer.
    hide_cursor: bool = False
    #: The organisation's site this station belongs to, by name; None for the first site.
    site: str | None = None

    @property
    def pdf_folder(self) -> Path:
        return self.data_dir / "slips"


def load_config(
    *,
    database: str | None = None,
    station: str | None = None,
    demo: bool = False,
    config_file: Path | None = None,
    site: str | None = None,
) -> Config:
    """Settings for this machine; flags given here win over everything else."""
    data_dir = paths.data_dir()
    values: dict[str, str] = {}
    options: list[object] = []
    file = config_file or paths.config_file()
    if file.exists():
        try:
            raw = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"The settings file {file} can't be read: {error}", hint="Fix or remove it.") from error
        unknown = set(raw) - set(_ENV)
        if unknown:
            raise ConfigError(f"The settings file {file} has unknown keys: {', '.join(sorted(unknown))}.")
        listed = raw.pop("printer_options", [])
        if not isinstance(listed, list):
            raise ConfigError(f"In {file}, printer_options must be a list such as [\"cutter=full\"].")
        options = list(listed)
        values.update({k: str(v) for k, v in raw.items()})
    for key, variable in _ENV.items():
        if os.environ.get(variable):
            values[key] = os.environ[variable]
    if "printer_options" in values:
        options = list(values.pop("printer_options").split())
    if database:
        values["database"] = database
    if station:
        values["station"] = station
    if site:
        values["site"] = site
    if demo and not database and not os.environ.get("KIOSK_DATABASE_URL"):
        values["database"] = paths.default_database_url(data_dir, "demo.db")
    if values.get("database"):
        _check_database_url(values["database"])
    paper = values.get("paper", "receipt").lower()
    if paper not in PAPERS:
        raise ConfigError(f"The paper must be one of {', '.join(PAPERS)}, not {paper!r}.")
    from kiosk.printing.job_options import check_printer_options

    try:
        printer_options = check_printer_options(options)
    except ValueError as error:
        raise ConfigError(
            f"The printer options can't be used: {error}.", hint="Fix printer_options in kiosk.toml."
        ) from error
    return Config(
        data_dir=data_dir,
        database_url=values.get("database") or paths.default_database_url(data_dir),
        station_name=values.get("station") or socket.gethostname() or "station",
        printer=values.get("printer") or None,
        paper=paper,
        content_dir=Path(values["content"]) if values.get("content") else None,
        printer_options=printer_options,
        hide_cursor=_yes_or_no("hide_cursor", values.get("hide_cursor", "no")),
        site=_site_name(values.get("site")),
    )


def _site_name(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    name = " ".join(text.split())
    if len(name) > 120:
        raise ConfigError("The site name is too long (120 characters at most).", hint="Fix site in kiosk.toml.")
    return name


def _yes_or_no(key: str, text: str) -> bool:
    value = text.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off", ""):
        return False
    raise ConfigError(f"The setting {key} must be true or false, not {text[:40]!r}.")


#: The database URLs a station can use: the embedded file or a PostgreSQL server.
DATABASE_SCHEMES = ("sqlite://", "postgresql://", "postgresql+psycopg://")


def _check_database_url(url: str) -> None:
    if not url.startswith(DATABASE_SCHEMES):
        scheme = url.split("://", 1)[0] if "://" in url else url[:20]
        raise ConfigError(
            f"The database setting {scheme!r} is not a database URL the kiosk can use.",
            hint="Use sqlite:///PATH for a file, or postgresql+psycopg://USER:PASSWORD@HOST/NAME for a server.",
        )


def hide_password(url: str) -> str:
    """``url`` fit for a log line: a password in it shows as ``***``."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def with_station(config: Config, name: str) -> Config:
    return replace(config, station_name=name)
