"""Writing report files on a lane of their own, with progress for the bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.data.report_model import Report
from kiosk.errors import KioskError
from kiosk.views.common.data_messages import error_text
from kiosk.views.common.worker import Worker


class ReportExporter(QObject):
    """Writes CSV or PDF files off the GUI thread, one at a time.

    Signals:
        progress(int, int): steps done and steps in all (sent from the worker, queued to the GUI).
        finished(str): the path written.
        failed(str): why the file could not be written, for the person at the screen.
    """

    progress = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self.busy = False

    def export(self, report: Report, path: Path, fmt: str, lang: str, raw: bool) -> None:
        if self.busy:
            return
        self.busy = True
        emit = self.progress.emit

        def write() -> str:
            if fmt == "pdf":
                from kiosk.reports.pdf_export import write_pdf

                return str(write_pdf(report, path, lang, raw, emit))
            from kiosk.reports.csv_export import write_csv

            return str(write_csv(report, path, lang, raw, emit))

        self.worker.run(write, self._on_done, self._on_failed)

    def close(self, wait_ms: int = 30_000) -> None:
        self.worker.wait_for_done(wait_ms)

    def _on_done(self, path: str) -> None:
        self.busy = False
        self.finished.emit(path)

    def _on_failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, KioskError):
            self.failed.emit(error_text(error))
            return
        import sys

        sys.excepthook(type(error), error, error.__traceback__)
