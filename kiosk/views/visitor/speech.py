"""Reading a screen aloud through Qt's text-to-speech, in the visitor's language.

The engine is made once, when the window is settled and nobody has touched
it for a moment (Qt's speech-dispatcher engine lists every voice while it
holds the interpreter lock: a second or more during which the window can't
answer a tap). Where there is no
engine, or no voice for a language, the kiosk does not offer the button,
and says why in its log once.
"""

from __future__ import annotations

import ctypes.util
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)


@runtime_checkable
class Readable(Protocol):
    def spoken_text(self) -> str:
        """What the screen shows now, as sentences to read aloud (empty: nothing to read)."""


class ReadAloudButton(Protocol):
    def set_read_aloud(self, offered: bool, speaking: bool) -> None:
        """Show the button (or not), as "Read aloud" or as "Stop"."""


def sentences(parts: Sequence[str]) -> str:
    """Texts read aloud one after another, each ended so the voice pauses."""
    out = []
    for part in parts:
        part = part.strip()
        if part:
            out.append(part if part[-1] in ".!?…:" else part + ".")
    return "\n".join(out)


def default_engine(engines: Sequence[str]) -> str:
    """The engine to use where none is asked for: never Qt's test engine, and on Linux
    speech-dispatcher only where its library is installed (Qt's plugin fails loudly without it)."""
    usable = [name for name in engines if name != "mock"]
    if "speechd" in usable and sys.platform.startswith("linux") and ctypes.util.find_library("speechd") is None:
        usable.remove("speechd")
    return usable[0] if usable else ""


def spelled(code: str) -> str:
    """A pickup code read one character at a time: "K, 7, P"."""
    return ", ".join(code)


class ReadAloud(QObject):
    """Speaks text in a language and stops on request.

    Signals:
        availability_changed(): the engine became ready (or failed): ask ``offers`` again.
        speaking_changed(bool): reading started or ended.
    """

    availability_changed = Signal()
    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: None: Qt's default engine; "": no speech at all.
        self._engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._started = False
        self._speaking = False
        self._said_why: set[str] = set()
        #: The last text given to the engine, and its language.
        self.last_spoken: tuple[str, str] | None = None

    # -- set-up ----------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has run (the engine is made, or it is known there is none)."""
        return self._started

    def start(self) -> None:
        """Make the engine (once)."""
        if self._started:
            return
        self._started = True
        if self._engine_name == "":
            self._why_not("", "read aloud is off: speech is turned off for this kiosk")
            return
        # Qt Multimedia, which speech loads, looks for PipeWire first and
        # warns when it is missing; PulseAudio or ALSA play the voice anyway.
        QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
        from PySide6.QtTextToSpeech import QTextToSpeech

        engine = self._engine_name or default_engine(QTextToSpeech.availableEngines())
        if not engine or engine not in QTextToSpeech.availableEngines():
            self._why_not("", "read aloud is off: no speech engine (install speech-dispatcher and espeak-ng)")
            return
        tts = QTextToSpeech(engine, self)
        self._tts = tts
        tts.stateChanged.connect(self._on_state)
        self.availability_changed.emit()

    def stop_engine(self) -> None:
        """On shutdown: silence, and let go of the speech server."""
        self.stop()
        if self._tts is not None:
            self._tts.deleteLater()
            self._tts = None

    def _ready(self) -> bool:
        if self._tts is None:  # not made yet (or no engine): nothing to import
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        state = self._tts.state()
        if state == QTextToSpeech.State.Error:
            self._why_not("", f"read aloud is off: the speech engine failed ({self._tts.errorString()})")
            return False
        return True

    def _locale_for(self, lang: str) -> QLocale | None:
        if self._tts is None:
            return None
        wanted = QLocale(lang).language()
        system = QLocale.system()
        matching = [loc for loc in self._tts.availableLocales() if loc.language() == wanted]
        if not matching:
            return None
        # The machine's own country first (fr_CA on a Canadian kiosk), else the first.
        for loc in matching:
            if loc.territory() == system.territory():
                return loc
        return matching[0]

    def offers(self, lang: str) -> bool:
        """True when a voice can read ``lang`` now."""
        if not self._ready():
            return False
        if self._locale_for(lang) is None:
            self._why_not(lang, f"read aloud is off for {lang}: the speech engine has no voice for it")
            return False
        return True

    def _why_not(self, key: str, why: str) -> None:
        if key not in self._said_why:
            self._said_why.add(key)
            log.info(why)

    # -- speaking ----------------------------------------------------------------------

    @property
    def speaking(self) -> bool:
        return self._speaking

    def speak(self, text: str, lang: str) -> bool:
        """Read ``text`` in ``lang`` from the start (False: no voice, nothing said)."""
        tts = self._tts
        locale = self._locale_for(lang) if self._ready() else None
        if tts is None or locale is None or not text.strip():
            return False
        tts.stop()
        if tts.locale() != locale:
            tts.setLocale(locale)
        voices = tts.availableVoices()
        if voices and tts.voice() not in voices:
            tts.setVoice(voices[0])
        self.last_spoken = (text, lang)
        tts.say(text)
        self._set_speaking(True)
        return True

    def stop(self) -> None:
        if self._tts is not None and self._speaking:
            self._tts.stop()
        self._set_speaking(False)

    def _set_speaking(self, speaking: bool) -> None:
        if speaking != self._speaking:
            self._speaking = speaking
            self.speaking_changed.emit(speaking)

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready:
            self._set_speaking(False)
            self.availability_changed.emit()
        elif state == QTextToSpeech.State.Speaking:
            self._set_speaking(True)
        elif state == QTextToSpeech.State.Error:
            self._set_speaking(False)
            self.availability_changed.emit()


class ScreenReading(QObject):
    """The window's "Read aloud": the current screen's words, in the visitor's language. No signals.

    ``current`` gives the screen now showing and ``language`` the visitor's
    language; ``button`` is told when to show itself and how.
    """

    def __init__(
        self,
        speech: ReadAloud,
        button: ReadAloudButton,
        current: Callable[[], object],
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speech = speech
        self._button = button
        self._current = current
        self._language = language
        speech.availability_changed.connect(self.refresh)
        speech.speaking_changed.connect(lambda _: self.refresh())

    def _screen(self) -> Readable | None:
        screen = self._current()
        return screen if isinstance(screen, Readable) else None

    def refresh(self) -> None:
        """Offer "Read aloud" where the screen has words and a voice speaks the language."""
        offered = self._screen() is not None and self._speech.offers(self._language())
        self._button.set_read_aloud(offered, self._speech.speaking)

    def toggle(self) -> None:
        """Read the screen from the top, or stop if it is reading."""
        if self._speech.speaking:
            self._speech.stop()
            return
        screen = self._screen()
        if screen is not None:
            self._speech.speak(screen.spoken_text(), self._language())
        self.refresh()
