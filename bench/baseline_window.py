"""The start-up baseline: a SQLAlchemy session on a one-table SQLite file and a bare window.

``bench/kiosk_startup.py`` runs this as a fresh process, alternating with the
kiosk, and compares the two. It prints one JSON object when the window has
been painted: seconds since the process started (``painted_at`` is a wall
clock time, so the caller can add the interpreter's own start-up) and the
process's CPU time by then (``cpu_s``).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(200))


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def main(path: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.scalars(select(Note).limit(1)).all()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("baseline")
    painted = Painted()
    window.installEventFilter(painted)
    window.resize(1280, 800)
    window.show()
    while not painted.done:
        app.processEvents()
    app.processEvents()
    print(json.dumps({"painted_at": time.time(), "cpu_s": time.process_time()}), flush=True)
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
