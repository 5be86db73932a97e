"""The kiosk's looks: a calm normal theme, a high-contrast one, three text sizes.

Widgets say what they are with a ``role`` property (``primary``,
``emergency``, ``title``...) and the stylesheet built here styles each role.
Sizes are in pixels so the touch targets computed from the screen hold.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Body text in pixels for each step of the text-size control.
TEXT_STEPS = (22, 28, 34)
#: The top bar grows less than the page, so it always fits on one line.
CHROME_STEPS = (20, 21, 22)
#: The words under the top bar's small buttons.
BAR_WORD_STEPS = (16, 17, 18)
#: Quick exit and the overdose button grow with the text, more than the rest of the bar.
ALARM_STEPS = (20, 24, 28)


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    surface: str
    ink: str
    muted: str
    border: str
    accent: str
    on_accent: str
    chosen: str
    emergency: str
    on_emergency: str
    exit: str
    on_exit: str
    notice: str
    notice_border: str
    danger: str
    danger_border: str
    good: str
    focus: str


NORMAL = Palette(
    name="normal",
    background="#F5F3EE",
    surface="#FFFFFF",
    ink="#1F2A44",
    muted="#4A5368",
    border="#CFCABF",
    accent="#1D5C96",
    on_accent="#FFFFFF",
    chosen="#E3EEF8",
    emergency="#B3261E",
    on_emergency="#FFFFFF",
    exit="#3B3F47",
    on_exit="#FFFFFF",
    notice="#FFF4D6",
    notice_border="#C9A23A",
    danger="#FDE7E5",
    danger_border="#B3261E",
    good="#1E6B3A",
    focus="#E07B00",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    background="#000000",
    surface="#000000",
    ink="#FFFFFF",
    muted="#FFFFFF",
    border="#FFFFFF",
    accent="#FFE500",
    on_accent="#000000",
    chosen="#1A1A1A",
    emergency="#E00000",
    on_emergency="#FFFFFF",
    exit="#FFFFFF",
    on_exit="#000000",
    notice="#000000",
    notice_border="#FFE500",
    danger="#000000",
    danger_border="#FF5A4F",
    good="#7CFF9B",
    focus="#00E5FF",
)


def palette_for(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORMAL


def icon_color(palette: Palette, tone: str) -> str:
    """The colour of an icon drawn on ``tone`` (ink, accent, emergency, exit)."""
    return {
        "accent": palette.on_accent,
        "emergency": palette.on_emergency,
        "exit": palette.on_exit,
        "muted": palette.muted,
    }.get(tone, palette.ink)


def stylesheet(palette: Palette, text_step: int, touch_px: int) -> str:
    """The whole kiosk stylesheet for a palette, a text step (0-2) and a target size.

    The focus ring shows only on a widget marked ``ring="true"``, which
    keyboard users get (see a11y.InputMode): after a tap, a ring on the last
    button touched would look like a choice made for the next visitor.
    """
    body = TEXT_STEPS[text_step]
    chrome = CHROME_STEPS[text_step]
    bar_word = BAR_WORD_STEPS[text_step]
    alarm = ALARM_STEPS[text_step]
    heading = round(body * 1.3)
    title = round(body * 1.6)
    small = max(20, round(body * 0.85))
    radius = 14
    border = 3 if palette is HIGH_CONTRAST else 2
    p = palette
    return f"""
QWidget#VisitorWindow, QWidget[role="screen"], QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {p.background};
}}
QWidget {{ color: {p.ink}; font-size: {body}px; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {title}px; font-weight: bold; }}
QLabel[role="heading"], QLabel[role="tile-title"],
QLabel[role="tile-name"] {{ font-size: {heading}px; font-weight: bold; }}
QLabel[role="step-text"] {{ font-size: {heading}px; }}
QLabel[role="subtle"] {{ color: {p.muted}; font-size: {small}px; }}
QLabel[role="site"] {{ font-size: {chrome}px; font-weight: bold; color: {p.muted}; }}
QLabel[role="code"] {{ font-size: 168px; font-weight: bold; letter-spacing: 12px; color: {p.ink}; }}
QLabel[role="message"] {{
    background: {p.notice}; border: {border}px solid {p.notice_border}; border-radius: {radius}px;
    padding: 16px 20px;
}}
QLabel[role="good"] {{ color: {p.good}; font-size: {heading}px; font-weight: bold; }}
QLabel[role="status"] {{
    font-size: {title}px; font-weight: bold; background: {p.notice}; border: {border}px solid {p.notice_border};
    border-radius: {radius}px; padding: 10px 18px;
}}
QLabel[role="status"][stage="coming"] {{
    color: {p.good}; background: {p.surface}; border: {border + 2}px solid {p.good};
}}
QLabel[role="status"][stage="failed"] {{ background: {p.danger}; border-color: {p.danger_border}; }}
QLabel[role="emergency-number"] {{
    font-size: {title}px; font-weight: bold; color: {p.on_emergency}; background: {p.emergency};
    border-radius: {radius}px; padding: 6px 18px;
}}
QLabel[role="fact"] {{ font-weight: bold; }}
QLabel[role="step-number"] {{
    font-weight: bold; color: {p.on_accent}; background: {p.accent}; border-radius: {radius}px;
}}
QFrame#TopBar {{ background: {p.surface}; border-bottom: {border}px solid {p.border}; }}
QFrame#TopBar QPushButton {{ font-size: {chrome}px; }}
QFrame#TopBar QPushButton[role="exit"], QFrame#TopBar QPushButton[role="emergency"] {{ font-size: {alarm}px; }}
QFrame#TopBar QToolButton {{
    background: {p.surface}; color: {p.ink}; border: {border}px solid {p.border}; border-radius: {radius}px;
    padding: 2px 8px; font-size: {bar_word}px; min-width: {touch_px - 2 * border}px;
}}
QFrame#TopBar QToolButton:pressed, QFrame#TopBar QToolButton:checked {{ background: {p.chosen}; }}
QFrame#TopBar QToolButton:checked {{ border: {border + 2}px solid {p.accent}; font-weight: bold; }}
QFrame[role="card"], QFrame[role="tile"] {{
    background: {p.surface}; border: {border}px solid {p.border}; border-radius: {radius}px;
}}
QFrame[role="tile"][chosen="true"] {{ background: {p.chosen}; border: {border + 2}px solid {p.accent}; }}
QFrame[role="alert"] {{
    background: {p.notice}; border: {border + 1}px solid {p.notice_border}; border-radius: {radius}px;
}}
QFrame[role="alert"][level="danger"] {{ background: {p.danger}; border-color: {p.danger_border}; }}
QFrame[role="overlay"] {{ background: rgba(0, 0, 0, 150); }}
QFrame[role="dialog"] {{
    background: {p.surface}; border: {border + 2}px solid {p.accent}; border-radius: {radius + 6}px;
}}
QPushButton {{
    background: {p.surface}; color: {p.ink}; border: {border}px solid {p.border};
    border-radius: {radius}px; padding: 8px 20px; min-height: {touch_px - 2 * border}px;
    min-width: {touch_px - 2 * border}px;
}}
QPushButton:pressed {{ background: {p.chosen}; }}
QPushButton:disabled, QPushButton[inert="true"] {{ color: {p.muted}; border-style: dashed; }}
QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; font-weight: bold;
}}
QPushButton[role="primary"]:disabled {{ background: {p.surface}; color: {p.muted}; border-color: {p.border}; }}
QPushButton[role="emergency"] {{
    background: {p.emergency}; color: {p.on_emergency}; border-color: {p.emergency}; font-weight: bold;
}}
QPushButton[role="exit"] {{ background: {p.exit}; color: {p.on_exit}; border-color: {p.exit}; font-weight: bold; }}
QPushButton[big="true"] {{ min-height: {touch_px * 2}px; font-size: {heading}px; }}
QPushButton[role="entry"] {{
    font-size: {heading}px; font-weight: bold; text-align: left; padding: 20px 28px;
    border-radius: {radius + 6}px;
}}
QPushButton[role="chip"], QRadioButton[role="chip"] {{
    background: {p.surface}; color: {p.ink}; border: {border}px solid {p.border};
    border-radius: {touch_px // 2}px; padding: 8px 24px; min-height: {touch_px - 2 * border}px;
}}
QRadioButton[role="chip"] {{ spacing: 0px; }}
QRadioButton[role="chip"]::indicator {{ width: 0px; height: 0px; border: none; background: transparent; image: none; }}
QPushButton[role="chip"][out="true"] {{ color: {p.muted}; border-style: dashed; }}
QPushButton[role="chip"][out="true"]:checked {{ color: {p.on_accent}; border-style: solid; }}
QPushButton[role="chip"]:checked, QRadioButton[role="chip"]:checked, QPushButton[role="chip"][current="true"] {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent}; font-weight: bold;
}}
QPushButton[role="step"] {{ font-size: {heading}px; font-weight: bold; padding: 0px; }}
QSpinBox[role="count"] {{
    font-size: {heading}px; font-weight: bold; background: transparent; border: none; color: {p.ink};
    padding: 0px; margin: 0px;
}}
QSpinBox[role="count"]::up-button, QSpinBox[role="count"]::down-button {{ width: 0px; height: 0px; border: none; }}
QPushButton[ring="true"]:focus, QToolButton[ring="true"]:focus, QRadioButton[role="chip"][ring="true"]:focus {{
    border: {border + 2}px solid {p.focus};
}}
QPushButton[role="key"] {{ font-size: {title}px; font-weight: bold; }}
QPushButton[role="link"] {{ text-align: left; padding: 12px 20px; }}
QPushButton#StaffCorner, QPushButton#StaffCorner:pressed, QPushButton#StaffCorner:focus {{
    background: transparent; border: none; padding: 0px; min-width: 0px;
}}
QScrollArea#PageText {{ background: {p.surface}; border: {border}px solid {p.border}; border-radius: {radius}px; }}
QWidget[role="page"] {{ background: {p.surface}; }}
QTextBrowser {{
    background: {p.surface}; border: {border}px solid {p.border}; border-radius: {radius}px; padding: 12px;
}}
QScrollBar:vertical {{ background: {p.background}; width: 28px; margin: 0px; }}
QScrollBar::handle:vertical {{ background: {p.border}; min-height: {touch_px}px; border-radius: 12px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
"""


def document_css(palette: Palette, text_step: int) -> str:
    """CSS for an information page (the QTextBrowser's default stylesheet)."""
    body = TEXT_STEPS[text_step]
    return (
        f"body {{ color: {palette.ink}; font-size: {body}px; }}"
        f"h1 {{ font-size: {round(body * 1.6)}px; }}"
        f"h2 {{ font-size: {round(body * 1.3)}px; margin-top: 18px; }}"
        f"h3 {{ font-size: {round(body * 1.1)}px; }}"
        f"p, li {{ line-height: 140%; margin-bottom: 8px; }}"
        f"a {{ color: {palette.accent}; }}"
    )
