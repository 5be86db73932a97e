"""Settings: every site setting with what it means, checked before saving, live on every station.

Admins only (the rule is ``change_settings`` in kiosk.data.rules; the
service checks it again, and every value, in the transaction that saves).
When another station changes a setting, the change feed reloads the
settings and the page shows the new values, except for fields the person
here is editing.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.data import rules
from kiosk.data.dto import StaffView
from kiosk.data.setting_rules import SETTING_GROUPS, SETTING_SPECS, SettingProblem, SettingsError, settings_problems
from kiosk.data.settings import SiteSettings
from kiosk.errors import KioskError
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, make_button
from kiosk.views.staff.settings.editors import SettingEditor, make_editor
from kiosk.views.staff.settings.meanings import group_title, problem_text, setting_meaning, setting_title


def _comparable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if isinstance(value, dict):
        return dict(value)
    return value


class SettingsPage(StaffPage):
    """The site's settings, grouped. No signals."""

    ICON = "settings"
    TOPICS = frozenset({"settings"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shown = ctx.settings
        self.dirty: set[str] = set()
        self._just_saved = False
        bar = self.toolbar()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.undo_button = make_button("back")
        self.undo_button.clicked.connect(self._on_undo)
        bar.addWidget(self.undo_button)
        self.save_button = make_button("check", "primary")
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)

        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        self.groups: dict[str, QGroupBox] = {}
        self.editors: dict[str, SettingEditor] = {}
        self.titles: dict[str, QLabel] = {}
        self.meanings: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        for group in SETTING_GROUPS:
            box = QGroupBox()
            box.setStyleSheet("QGroupBox { font-size: 18px; font-weight: 600; padding-top: 24px; }")
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(0, 2)
            grid.setColumnStretch(1, 3)
            row = 0
            for spec in SETTING_SPECS.values():
                if spec.group != group:
                    continue
                title, meaning, problem = QLabel(), QLabel(), QLabel()
                title.setStyleSheet("font-weight: 600; font-size: 15px;")
                title.setWordWrap(True)  # a long name takes two lines rather than push the editors off the page
                meaning.setObjectName("hint")
                meaning.setWordWrap(True)
                # A wrapped label asks for room by its length; the column shares out what there is.
                title.setMinimumWidth(160)
                meaning.setMinimumWidth(160)
                meaning.setStyleSheet("font-weight: normal;")
                problem.setWordWrap(True)
                problem.setStyleSheet(f"color: {style.EMERGENCY}; font-weight: 600; font-size: 15px;")
                problem.hide()
                editor = make_editor(spec)
                editor.edited.connect(lambda name=spec.name: self._on_edited(name))
                title.setBuddy(editor)
                grid.addWidget(title, row, 0)
                grid.addWidget(editor, row, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(meaning, row + 1, 0)
                grid.addWidget(problem, row + 2, 1)
                grid.setRowMinimumHeight(row + 2, 14)  # room between one setting and the next
                row += 3
                self.editors[spec.name] = editor
                self.titles[spec.name], self.meanings[spec.name], self.problems[spec.name] = title, meaning, problem
            self.groups[group] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        self.scroller = scroll
        self.layout_.addWidget(scroll, 1)
        ctx.settings_changed.connect(self._on_settings_changed)
        self._show_values(ctx.settings)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.save_button.setText(self.tr("Save changes"))
        self.undo_button.setText(self.tr("Undo my changes"))
        for group, box in self.groups.items():
            box.setTitle(group_title(group))
        for name, editor in self.editors.items():
            self.titles[name].setText(setting_title(name))
            self.meanings[name].setText(setting_meaning(name))
            editor.retranslate_ui()
        self._update_status()

    def apply_role(self, staff: StaffView | None) -> None:
        allowed = rules.may(staff.actor if staff else None, "change_settings")
        self.save_button.setEnabled(allowed)

    # -- values -----------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """What the person changed, compared with the settings shown."""
        changed: dict[str, Any] = {}
        for name, editor in self.editors.items():
            value = editor.value()
            if _comparable(value) != _comparable(getattr(self.shown, name)):
                changed[name] = value
        return changed

    def refresh(self) -> None:
        self.ctx.reload_settings()

    def save(self) -> None:
        actor = self.ctx.actor
        if actor is None or not self.ctx.require_admin("change_settings"):
            return
        changes = self.changes()
        self._show_problems([])
        if not changes:
            self.status.setText(self.tr("Nothing has changed."))
            return
        merged = {**dataclasses.asdict(self.shown), **changes}
        problems = settings_problems(changes, merged)
        if problems:
            self._show_problems(problems)
            return
        self.save_button.setEnabled(False)
        self.ctx.link.call(
            lambda s: s.settings.update(by=actor, **changes), self._on_saved, self._on_refused
        )

    def _on_saved(self, settings: SiteSettings) -> None:
        self.dirty.clear()
        self.save_button.setEnabled(True)
        self._just_saved = True
        self.ctx.set_settings(settings)

    def _on_refused(self, error: KioskError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, SettingsError):
            self._show_problems(error.problems)
        else:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=error.message))

    def _show_problems(self, problems: list[SettingProblem]) -> None:
        by_name = {problem.setting: problem for problem in problems}
        for name, label in self.problems.items():
            problem = by_name.get(name)
            label.setText(problem_text(problem) if problem else "")
            label.setVisible(problem is not None)
        if problems:
            first = self.editors.get(problems[0].setting)
            if first is not None:
                self.scroller.ensureWidgetVisible(first)
            self.status.setText(self.tr("Not saved: check the fields marked in red."))

    def _show_values(self, settings: SiteSettings) -> None:
        self.shown = settings
        for name, editor in self.editors.items():
            if name not in self.dirty:
                editor.set_value(getattr(settings, name))

    def _on_settings_changed(self, settings: SiteSettings) -> None:
        self._show_values(settings)
        self._update_status()

    def _on_edited(self, name: str) -> None:
        self.dirty.add(name)
        self._just_saved = False
        self._update_status()

    def _on_undo(self) -> None:
        self.dirty.clear()
        self._show_problems([])
        self._show_values(self.shown)
        self._update_status()

    def _update_status(self) -> None:
        count = len(self.changes())
        if count:
            self.status.setText(self.tr("Changes not saved yet: %n", "", count))
        elif self._just_saved:
            self.status.setText(self.tr("Saved. Every station uses the new settings now."))
        else:
            self.status.setText(self.tr("Changes apply on every station as soon as they are saved."))
