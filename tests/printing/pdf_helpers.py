"""Reading slips back: their text, their pictures and their QR codes."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

MM = 72 / 25.4


def pdf_pages(pdf: bytes) -> Iterator[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    for index in range(len(document)):
        yield document[index]


def pdf_text(pdf: bytes) -> str:
    """All the text a PDF reader finds, page after page, lines joined by spaces."""
    text = " ".join(page.get_textpage().get_text_bounded() for page in pdf_pages(pdf))
    return " ".join(text.split())


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [page.get_size() for page in pdf_pages(pdf)]


def page_images(pdf: bytes, scale: float = 3.0) -> list[Image.Image]:
    """Each page as a greyscale picture, ``scale`` pixels per point."""
    return [page.render(scale=scale, grayscale=True).to_pil().convert("L") for page in pdf_pages(pdf)]


def decoded_qr_codes(image: Image.Image) -> list[str]:
    """The text of every QR code found in ``image``."""
    return [
        barcode.text
        for barcode in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def ink_near_edges(image: Image.Image, band: int) -> bool:
    """True when any pixel within ``band`` pixels of an edge is not white."""
    width, height = image.size
    strips = [
        (0, 0, width, band),
        (0, height - band, width, height),
        (0, 0, band, height),
        (width - band, 0, width, height),
    ]
    return any(image.crop(strip).getextrema()[0] < 250 for strip in strips)
