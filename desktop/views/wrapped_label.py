"""A word-wrapped label that offers its whole text on hover when it is cut.

A long note under a plot wraps; on a small screen in projector mode the
layout may give it fewer lines than it needs. The window's rule is that cut
text says so, so this label carries its full text as a tooltip whenever its
wrapped height is more than it was given (and no tooltip when it fits).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A QLabel with word wrap whose tooltip is its text while it is cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._offer_when_cut()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._offer_when_cut()

    def is_cut(self) -> bool:
        return bool(self.text()) and self.heightForWidth(self.width()) > self.height()

    def _offer_when_cut(self) -> None:
        self.setToolTip(self.text() if self.is_cut() else "")
