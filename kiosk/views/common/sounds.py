"""The soft chime for a new request and the repeating emergency alarm.

The sounds are made here, at run time, as small WAV files in the data folder,
so the project ships no binary audio. QtMultimedia plays them when it is
available; otherwise (no audio libraries on the PC) the system beep stands in.
"""

from __future__ import annotations

import array
import logging
import math
import re
import wave
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

RATE = 22_050
# (frequency in Hz, length in ms) for each note; the alarm alternates two tones.
CHIME = ((988.0, 160), (1319.0, 320))
ALARM = ((880.0, 180), (660.0, 180), (880.0, 180), (660.0, 180))


def tone_samples(notes: tuple[tuple[float, int], ...], volume: float) -> array.array[int]:
    """Sine notes, each fading out, as signed 16-bit samples."""
    samples = array.array("h")
    peak = int(32767 * max(0.0, min(volume, 1.0)))
    for frequency, millis in notes:
        count = RATE * millis // 1000
        attack = max(1, RATE // 200)
        for n in range(count):
            envelope = min(1.0, n / attack) * (1.0 - n / count) ** 2
            samples.append(int(peak * envelope * math.sin(2 * math.pi * frequency * n / RATE)))
    return samples


def write_wav(path: Path, notes: tuple[tuple[float, int], ...], volume: float = 0.4) -> Path:
    """Write ``notes`` as a mono 16-bit WAV file (only if it is not there yet)."""
    if path.exists() and path.stat().st_size > 44:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with wave.open(str(partial), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(tone_samples(notes, volume).tobytes())
    partial.replace(path)
    return path


class SoundBoard(QObject):
    """Plays named sounds: "chime" and "alarm".

    ``silent`` boards only count what they would have played (tests and
    screenshots); ``plays`` holds the counts either way. ``problem`` says,
    for staff, why the sounds can't play here (None when they can). No signals.
    """

    def __init__(
        self,
        data_dir: Path | None,
        parent: QObject | None = None,
        silent: bool = False,
        load_multimedia: Callable[[], ModuleType] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plays: Counter[str] = Counter()
        self.problem: str | None = None
        self._silent = silent or data_dir is None
        self._effects: dict[str, QSoundEffect] = {}
        self._load_multimedia = load_multimedia or _load_multimedia
        if not self._silent and data_dir is not None:
            self._load_effects(data_dir / "sounds")

    def _load_effects(self, folder: Path) -> None:
        try:
            multimedia = self._load_multimedia()
        except ImportError as error:  # no audio libraries on this PC: beep instead
            self.problem = self._import_problem(error)
            log.warning("%s (%s)", self.problem, error)
            return
        if multimedia.QMediaDevices.defaultAudioOutput().isNull():
            self.problem = self.tr(
                "The emergency sound can't play: this PC has no sound output. "
                "Connect speakers and check the volume; until then the system beep stands in."
            )
            log.warning("no audio output device; the emergency alarm falls back to the system beep")
        try:
            files = {
                "chime": write_wav(folder / "chime.wav", CHIME, 0.35),
                "alarm": write_wav(folder / "alarm.wav", ALARM, 0.7),
            }
        except OSError as error:
            log.warning("could not write the sound files: %s", error)
            return
        for name, path in files.items():
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(1.0)
            self._effects[name] = effect

    def _import_problem(self, error: ImportError) -> str:
        missing = re.findall(r"(lib[\w.+-]+\.so[.\d]*)", str(error))
        if missing:
            from kiosk.display_check import debian_package

            return self.tr(
                "The emergency sound can't play: Qt Multimedia needs {libraries}. "
                "Install {packages}; until then the system beep stands in."
            ).format(libraries=", ".join(missing), packages=" ".join(debian_package(m) for m in missing))
        return self.tr(
            "The emergency sound can't play: Qt Multimedia is not available on this PC. "
            "Until it is, the system beep stands in."
        )

    def play(self, name: str) -> None:
        self.plays[name] += 1
        if self._silent:
            return
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()
        else:
            QApplication.beep()


def _load_multimedia() -> ModuleType:
    from PySide6 import QtMultimedia

    return QtMultimedia
