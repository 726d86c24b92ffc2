"""Can this machine show text? With no fonts every label is an empty box.

Used before the window is trusted: by ``--smoke-test``, ``--self-check`` and
the normal start (which warns, and keeps running).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication

FONT_ADVICE = (
    "install a font package (on Debian or Ubuntu: "
    "sudo apt-get install fonts-dejavu-core)"
)


def _ink(font: QFont, text: str) -> int:
    """Dark pixels when ``text`` is drawn black on white in ``font``."""
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(4, 30, text)
    painter.end()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 128
    )


def text_problem() -> str:
    """Empty when labels show letters; otherwise why they do not (needs a
    QGuiApplication). Missing glyphs are drawn as boxes, which have ink too,
    so the check also asks that a wide and a narrow letter differ."""
    if not QFontDatabase.families():
        return f"Text cannot be shown: no fonts were found; {FONT_ADVICE}."
    font = QApplication.font()
    metrics = QFontMetrics(font)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    absent = [c for c in letters if not metrics.inFont(c)]
    if absent:
        return (
            f"Text cannot be shown: the font '{font.family()}' has no "
            f"{''.join(absent[:10])}; {FONT_ADVICE}."
        )
    wide, narrow = _ink(font, "WWW"), _ink(font, "iii")
    if wide == 0 or wide == narrow:
        return f"Text is drawn as empty boxes or not at all; {FONT_ADVICE}."
    return ""
