"""Colours and the style sheet of the staff back office.

Staff read the screen at a glance between visitors, often standing: large
type, big targets for touch, and colour always paired with a word or icon.
"""

from __future__ import annotations

INK = "#1F2A44"
MUTED = "#5A6478"
ACCENT = "#1F4E9E"
EMERGENCY = "#B00020"
EMERGENCY_TEXT = "#FFFFFF"
WARNING_BG = "#FFF1C2"
WARNING_INK = "#5C4300"
LOW_STOCK_BG = "#FFE3B3"
OK_GREEN = "#1E7B34"
OFF_GREY = "#8A93A6"
READY_BG = "#DFF3E3"
PROGRESS_BG = "#E3ECFB"
# Queue rows that need a look, always with words beside the colour.
OVER_TARGET_BG = "#FFD9A8"
NOT_PICKED_UP_BG = "#F6D3EA"
CALLED_BG = "#FFF1C2"
# The status line's kinds of notice.
NOTICE_COLOURS = {
    "info": ("#EEF1F6", INK, "information"),
    "success": ("#DFF3E3", "#14532D", "check"),
    "warning": (WARNING_BG, WARNING_INK, "alert"),
    "error": ("#FBE3D6", "#6B2A00", "close"),
}

STYLESHEET = f"""
QWidget {{ font-size: 15px; color: {INK}; }}
QMainWindow, QDialog {{ background: #FAFBFD; }}
QPushButton, QToolButton {{
    min-height: 38px; padding: 4px 14px; border-radius: 6px;
    border: 1px solid #A9B2C3; background: #F2F5FA;
}}
QPushButton:hover, QToolButton:hover {{ background: #E4EAF5; }}
QPushButton:pressed, QToolButton:pressed {{ background: #D3DDF0; }}
QPushButton:disabled, QToolButton:disabled {{ color: #9AA3B5; background: #F4F5F7; border-color: #D5D9E1; }}
QPushButton:checked, QToolButton:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: #AFC0DE; border-color: #AFC0DE; }}
QPushButton[role="danger"] {{ background: {EMERGENCY}; color: white; border-color: {EMERGENCY}; font-weight: 600; }}
QLineEdit, QPlainTextEdit {{
    min-height: 34px; padding: 2px 8px; border: 1px solid #A9B2C3; border-radius: 5px; background: white;
}}
QSpinBox, QComboBox, QDateTimeEdit {{ min-height: 34px; }}
QTableView {{
    background: white; alternate-background-color: #F5F7FB; gridline-color: #E3E7EE;
    selection-background-color: #C9DBFF; selection-color: {INK}; border: 1px solid #D5D9E1;
}}
QHeaderView::section {{
    background: #EEF1F6; padding: 6px 8px; border: none; border-bottom: 1px solid #D5D9E1; font-weight: 600;
}}
QListWidget#navigation {{
    background: {INK}; border: none; outline: none; font-size: 16px;
}}
QListWidget#navigation::item {{ color: white; padding: 12px 10px; border-radius: 6px; margin: 2px 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#navigation::item:hover {{ background: #2F3D5E; }}
QLabel#pageTitle {{ font-size: 24px; font-weight: 600; }}
QLabel#hint {{ color: {MUTED}; }}
QFrame#userBar {{ background: #EEF1F6; border-bottom: 1px solid #D5D9E1; }}
QLabel#userName {{ font-size: 16px; font-weight: 600; }}
QPushButton#stepperButton {{ font-size: 24px; font-weight: 700; padding: 0; }}
"""
