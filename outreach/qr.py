"""QR codes (segno) for the printed leaflet and its PDF: they hold the leaflet's short address."""

import base64
import io

import segno


def qr_png(text: str, scale: int = 4) -> bytes:
    """A PNG of the QR code for ``text``: error correction M, a quiet zone of four modules."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_data_uri(text: str) -> str:
    """The QR code as a ``data:`` URI: the page, the printout and the PDF carry it with no extra request.

    A PNG, not SVG: the PDF then holds it as an image that a scanner (and the tests) can read back.
    """
    return "data:image/png;base64," + base64.b64encode(qr_png(text)).decode("ascii")
