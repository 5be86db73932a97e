"""The row of buttons that runs on to a second line instead of widening the window."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from kiosk.views.staff.flow import FlowRow


def _row(qtbot, count: int = 3) -> tuple[QWidget, FlowRow, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowRow(holder, spacing=10)
    buttons = []
    for _ in range(count):
        button = QPushButton()
        button.setFixedSize(100, 40)
        row.add(button)
        buttons.append(button)
    return holder, row, buttons


def test_a_row_breaks_where_the_next_button_does_not_fit(qtbot):
    holder, row, buttons = _row(qtbot)
    holder.resize(320, 200)
    holder.show()
    qtbot.waitExposed(holder)
    assert [b.y() for b in buttons] == [0, 0, 0] and [b.x() for b in buttons] == [0, 110, 220]
    assert row.heightForWidth(320) == 40
    holder.resize(215, 200)  # room for two
    qtbot.waitUntil(lambda: buttons[2].y() == 50)
    assert [b.x() for b in buttons] == [0, 110, 0]
    assert row.heightForWidth(215) == 90
    # The window may be as narrow as the widest button, never wider because of the row.
    assert row.minimumSize().width() == 100
    assert row.sizeHint().width() == 320


def test_a_hidden_button_gives_its_place_unless_it_keeps_it(qtbot):
    holder, row, buttons = _row(qtbot)
    holder.resize(320, 200)
    holder.show()
    buttons[0].hide()
    qtbot.waitUntil(lambda: buttons[1].x() == 0)
    policy = buttons[1].sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    buttons[1].setSizePolicy(policy)
    buttons[1].hide()
    qtbot.waitUntil(lambda: row.heightForWidth(320) == 40)
    assert buttons[2].x() == 110  # the kept place still holds it off
