"""The site picker of an organisation admin: the back office works on the chosen site.

Only an organisation admin sees it. Choosing a site gives the station link
that site's services (same database, the change feed follows); signing out
brings the station back to its own site. Whether the person may act at the
chosen site is checked again by every service they call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.data.dto import StaffView
from kiosk.data.services import Services
from kiosk.data.sites import SiteView
from kiosk.views.common.touch import touch_target_px
from kiosk.views.staff.context import StaffContext

if TYPE_CHECKING:
    from kiosk.views.staff.shell.window import StaffWindow


class SiteSwitcher(QWidget):
    """Signals:
        site_switched(int): the back office now works on this site.
    """

    site_switched = Signal(int)

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.home_site: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 12, 0)
        self.label = QLabel()
        self.sites = QComboBox()
        # The window's style sheet sizes combo boxes; this one is a touch target of 10 mm.
        self.sites.setStyleSheet(f"QComboBox {{ min-height: {touch_target_px()}px; }}")
        self.sites.setMinimumWidth(220)
        row.addWidget(self.label)
        row.addWidget(self.sites)
        self.sites.activated.connect(self._on_chosen)
        ctx.staff_changed.connect(self._on_staff_changed)
        self.setVisible(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Site"))
        self.sites.setAccessibleName(self.tr("Work on site"))

    @property
    def current_site(self) -> int | None:
        services = self.ctx.services
        return services.site_id if services is not None else None

    def _on_staff_changed(self, staff: StaffView | None) -> None:
        if self.home_site is None:
            self.home_site = self.current_site
        allowed = staff is not None and self.ctx.may("switch_site")
        self.setVisible(allowed)
        if allowed:
            self.ctx.link.call(lambda s: s.sites.sites(), self._on_sites)
        elif self.home_site is not None and self.current_site not in (None, self.home_site):
            self.switch_to(self.home_site)

    def _on_sites(self, sites: list[SiteView]) -> None:
        self.sites.clear()
        for site in sites:
            self.sites.addItem(site.name, site.id)
        index = self.sites.findData(self.current_site)
        self.sites.setCurrentIndex(max(0, index))

    def _on_chosen(self, index: int) -> None:
        site_id = self.sites.itemData(index)
        if isinstance(site_id, int) and site_id != self.current_site:
            self.switch_to(site_id)

    def switch_to(self, site_id: int) -> None:
        self.ctx.link.call(lambda s: s.at_site(site_id), self._on_services)

    def _on_services(self, services: Services) -> None:
        self.ctx.link.use_services(services)
        self.site_switched.emit(services.site_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def install(window: StaffWindow) -> SiteSwitcher:
    """Put the site picker in the workspace's top bar, left of the person's buttons."""
    switcher = SiteSwitcher(window.ctx, window.workspace)
    bar = window.workspace.findChild(QFrame, "userBar")
    layout = bar.layout() if bar is not None else None
    if isinstance(layout, QHBoxLayout):
        layout.insertWidget(layout.indexOf(window.workspace.pin_button), switcher)
    return switcher
