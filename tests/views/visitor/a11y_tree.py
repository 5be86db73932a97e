"""Walking the kiosk's accessible tree as a screen reader sees it (Qt's QAccessible in the test process)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

R = QAccessible.Role
#: What a person can press, tick or set.
INTERACTIVE = frozenset(
    {R.PushButton, R.CheckBox, R.RadioButton, R.ButtonMenu, R.ButtonDropDown, R.SpinBox, R.Slider, R.ComboBox,
     R.Link, R.PageTab, R.EditableText}
)
#: Controls whose point is a number.
VALUE_ROLES = frozenset({R.SpinBox, R.Slider, R.ProgressBar, R.Dial, R.ScrollBar})
#: Controls that are on or off.
TOGGLE_ROLES = frozenset({R.CheckBox, R.RadioButton})
#: Things that show words or pictures (they must say what they are, or be hidden).
SHOWN = frozenset({R.StaticText, R.Graphic, R.Heading})


@dataclass
class Node:
    role: QAccessible.Role
    name: str
    description: str
    checkable: bool
    checked: bool
    value: object
    widget: QWidget | None
    path: str


def walk(root: QWidget) -> Iterator[Node]:
    """Every node a screen reader meets under ``root``: shown ones only, invisible subtrees skipped."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid()
    yield from _walk(top, root.objectName() or type(root).__name__, 0)


def _walk(node: QAccessibleInterface, path: str, depth: int) -> Iterator[Node]:
    assert depth < 60, f"the accessible tree loops at {path}"
    state = node.state()
    if state.invisible:
        return
    obj = node.object()
    widget = obj if isinstance(obj, QWidget) else None
    if widget is not None and not widget.isVisible():
        return
    value_iface = node.valueInterface()
    yield Node(
        role=node.role(),
        name=node.text(QAccessible.Text.Name) or "",
        description=node.text(QAccessible.Text.Description) or "",
        checkable=bool(state.checkable),
        checked=bool(state.checked),
        value=value_iface.currentValue() if value_iface is not None else None,
        widget=widget,
        path=path,
    )
    for index in range(node.childCount()):
        child = node.child(index)
        if child is None or not child.isValid():
            continue
        child_obj = child.object()
        label = (child_obj.objectName() if child_obj is not None else "") or child.role().name
        yield from _walk(child, f"{path}/{label}", depth + 1)


def problems(root: QWidget) -> list[str]:
    """What a screen reader user would trip over on the screen now showing."""
    found = []
    for node in walk(root):
        where = f"{node.path} ({node.role.name})"
        if node.role in INTERACTIVE and not node.name.strip():
            found.append(f"{where}: an interactive control without a name")
        if node.role in TOGGLE_ROLES and not node.checkable:
            found.append(f"{where}: a toggle that does not expose its state")
        if node.role in VALUE_ROLES and node.role is not R.ScrollBar and node.value is None:
            found.append(f"{where}: a value control without a value")
        if node.role in SHOWN and not node.name.strip():
            found.append(f"{where}: an unnamed label or picture (name it or hide it)")
    return found
