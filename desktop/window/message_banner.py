"""The message banner floats over the views instead of pushing them down.

In a layout, a banner that appears (a divergence, a refused setup) moved the
pipeline and every plot down by its height and back up when dismissed: the
class saw the window jump. Floating it over the top of the views keeps every
other widget where it is; the banner is dismissable, so nothing stays hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

MARGIN = 8  # pixels between the banner and the host's sides


class FloatingBanner(QObject):
    """Keeps ``banner`` across the top of ``host`` (below ``below`` if shown)."""

    def __init__(
        self, banner: QWidget, host: QWidget, below: QWidget | None = None
    ) -> None:
        super().__init__(banner)
        self.banner, self.host, self.below = banner, host, below
        banner.setParent(host)
        host.installEventFilter(self)
        banner.installEventFilter(self)
        self.place()

    def place(self) -> None:
        top = 0
        if self.below is not None and self.below.isVisible():
            top = self.below.geometry().bottom() + 1
        width = max(0, self.host.width() - 2 * MARGIN)
        layout = self.banner.layout()
        height = self.banner.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth():
            height = max(height, layout.totalHeightForWidth(width))
        self.banner.setGeometry(MARGIN, top + MARGIN // 2, width, height)
        self.banner.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)
        if event.type() in kinds:
            self.place()
        return False


def float_over(
    banner: QWidget, host: QWidget, below: QWidget | None = None
) -> FloatingBanner:
    """Take ``banner`` out of any layout and float it over ``host``'s top."""
    return FloatingBanner(banner, host, below)
