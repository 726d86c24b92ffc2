"""LayerLab's icon for the window and the task bar, read from resources/icons/.

It is read through importlib.resources, as the quiz bank is, so the same code
finds it in a source checkout, an installed wheel and the packaged app. The
PNG renders are used (not the SVG) so no SVG icon-engine plugin is needed.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon at every rendered size; an empty QIcon if none could be read."""
    icon = QIcon()
    folder = resources.files("resources") / "icons"
    for size in SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((folder / f"layerlab-{size}.png").read_bytes()):
            icon.addPixmap(pixmap)
    return icon


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    app.setWindowIcon(app_icon())
    label = QLabel()
    label.setPixmap(app_icon().pixmap(256, 256))
    label.show()
    sys.exit(app.exec())
