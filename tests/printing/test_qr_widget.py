"""The on-screen QR code: scannable, crisp, and sized to its space."""

from __future__ import annotations

import pytest
import zxingcpp
from PySide6.QtGui import QColor, QImage, QPalette

from kiosk.printing.qr import qr_matrix
from kiosk.views.common.qr_widget import QrCodeWidget, qr_pixmap

URL = "https://example.org/naloxone"
TEL = "tel:15550100"


def decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [b.text for b in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)]


def dark_box(image: QImage) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the pure black pixels in the top square (the code)."""
    xs, ys = [], []
    for y in range(min(image.width(), image.height())):
        for x in range(image.width()):
            if image.pixelColor(x, y) == QColor("black"):
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


@pytest.fixture
def make_widget(qtbot):
    def make(data: str = URL, label: str = "Naloxone training", detail: str = "555-0142") -> QrCodeWidget:
        widget = QrCodeWidget(data, label, detail)
        qtbot.addWidget(widget)
        return widget

    return make


@pytest.mark.parametrize("data", [URL, TEL])
def test_the_code_on_screen_scans_to_its_data(make_widget, data):
    widget = make_widget(data)
    widget.resize(widget.sizeHint())
    assert decode(widget.grab().toImage()) == [data]


def test_size_hint_leaves_room_for_a_phone_to_scan(make_widget):
    hint = make_widget().sizeHint()
    assert hint.width() >= 220 and hint.height() >= 220


def test_the_label_names_the_code_for_screen_readers(make_widget):
    widget = make_widget(label="Ligne de crise", detail="1-555-0100")
    assert widget.accessibleName() == "Ligne de crise"
    assert widget.accessibleDescription() == "1-555-0100"
    widget.set_code(TEL, "Línea de crisis", "1-555-0100")
    assert widget.accessibleName() == "Línea de crisis"


def test_the_code_grows_with_the_widget_and_keeps_whole_pixel_modules(make_widget):
    widget = make_widget()
    modules = len(qr_matrix(URL)) - 8
    sizes = []
    for width in (240, 480):
        widget.resize(width, width + 80)
        image = widget.grab().toImage()
        left, top, right, bottom = dark_box(image)
        side = right - left + 1
        assert side == bottom - top + 1
        assert side % modules == 0, "modules are whole pixels"
        assert decode(image) == [URL]
        sizes.append(side)
    assert sizes[1] >= 1.8 * sizes[0]


def test_the_quiet_zone_stays_white_on_a_dark_theme(make_widget):
    widget = make_widget()
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
    widget.resize(300, 380)
    image = widget.grab().toImage()
    left, top, _, _ = dark_box(image)
    module = (dark_box(image)[2] - left + 1) // (len(qr_matrix(URL)) - 8)
    for offset in range(1, 4 * module + 1):
        assert image.pixelColor(left - offset, top) == QColor("white")
        assert image.pixelColor(left, top - offset) == QColor("white")
    assert decode(image) == [URL]


def test_qr_pixmap_is_square_and_scans(qtbot):
    pixmap = qr_pixmap(TEL, 200)
    assert (pixmap.width(), pixmap.height()) == (200, 200)
    image = pixmap.toImage()
    assert decode(image) == [TEL]
    colours = {image.pixelColor(x, y).name() for x in range(0, 200, 3) for y in range(0, 200, 3)}
    assert colours == {"#000000", "#ffffff"}


def test_a_widget_without_data_shows_only_its_text(make_widget):
    widget = make_widget(data="", label="Salle communautaire", detail="12 Harbour Street")
    widget.resize(widget.sizeHint())
    image = widget.grab().toImage()
    assert decode(image) == []
    assert widget.accessibleName() == "Salle communautaire"
