"""What every page of a staff window shares: the station link, the signed-in person, settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.config import Config
from kiosk.data import rules
from kiosk.data.dto import Actor, StaffView
from kiosk.data.services import Services
from kiosk.data.settings import SiteSettings
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.common.link import StationLink
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.common.timings import StationTimings


@dataclass(frozen=True)
class StaffTimings(StationTimings):
    """Every timer of the back office, so tests can make them short.

    ``idle_ms`` None means "from the site setting staff_idle_minutes".
    """

    notice_ms: int = 8_000
    alarm_repeat_ms: int = 5_000
    #: The longest the queue waits between looks at its times (it wakes sooner when one is due to change).
    tick_ms: int = 60_000
    idle_ms: int | None = None


class StaffContext(QObject):
    """Shared state of one staff window.

    ``lang`` is the language the window speaks: the signed-in person's own
    (``StaffView.language``) or else the station's (``station_language``).

    Signals:
        staff_changed(object): the signed-in ``StaffView``, or None after signing out.
        settings_changed(object): the site's ``SiteSettings`` were (re)loaded.
    """

    staff_changed = Signal(object)
    settings_changed = Signal(object)

    def __init__(
        self,
        link: StationLink,
        config: Config,
        sounds: SoundBoard,
        timings: StaffTimings,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self.config = config
        self.sounds = sounds
        self.timings = timings
        self.lang = lang
        self.station_language = lang
        self.staff: StaffView | None = None
        self.settings = SiteSettings()
        self.station_id: int | None = None

    @property
    def services(self) -> Services | None:
        """The station link's services (None until the database first opened)."""
        return self.link.services

    @property
    def staff_id(self) -> int | None:
        return self.staff.id if self.staff else None

    @property
    def actor(self) -> Actor | None:
        """The signed-in person as services see them, or None."""
        return self.staff.actor if self.staff else None

    @property
    def is_admin(self) -> bool:
        return self.staff is not None and self.staff.is_admin

    def may(self, action: str, target_staff_id: int | None = None) -> bool:
        """Whether the signed-in person may take ``action``: the same rule the services apply."""
        return rules.may(self.actor, action, target_staff_id=target_staff_id)

    def require_admin(self, action: str) -> bool:
        """Checked again right before an admin-only call, whatever the buttons show.

        The services check again in the transaction that makes the change.
        """
        if self.may(action):
            return True
        self.link.notice.emit(self.tr("Only an admin can do that."))
        return False

    def require_staff(self) -> int | None:
        actor = self.require_actor()
        return actor.staff_id if actor else None

    def require_actor(self) -> Actor | None:
        if self.staff is None:
            self.link.notice.emit(self.tr("Sign in first."))
            return None
        return self.staff.actor

    def set_staff(self, staff: StaffView | None) -> None:
        self.staff = staff
        self._speak((staff.language if staff else None) or self.station_language)
        self.staff_changed.emit(staff)

    def _speak(self, lang: str) -> None:
        """Switch the whole application to ``lang`` (every page retranslates itself)."""
        app = QCoreApplication.instance()
        if lang != self.lang and app is not None:
            LanguageSwitcher.of(app).set_language(lang)
        self.lang = lang

    def set_settings(self, settings: SiteSettings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def reload_settings(self) -> None:
        self.link.call(lambda s: s.settings.load(), self.set_settings)
