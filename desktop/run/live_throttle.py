"""Redraw a view at most so many times a second, and only while it can be seen.

Training sends snapshots faster than a heatmap or a table of probes is worth
redrawing, and every redraw on the GUI thread takes the GIL from the trainer.
superqt's ``QSignalThrottler`` (leading edge) does the rate: the first request
draws at once, requests during the interval are merged into one draw when it
ends, so the final state is always drawn. ``LiveThrottle`` adds visibility: a
hidden view only remembers that something is pending, and draws it when shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from superqt.utils import QSignalThrottler


class LiveThrottle:
    """Calls ``draw`` at most ``rate_hz`` times a second, and only when visible."""

    def __init__(
        self, widget: QWidget, draw: Callable[[], None], rate_hz: float
    ) -> None:
        self._widget, self._draw = widget, draw
        self._pending = False
        self._throttler = QSignalThrottler(parent=widget)
        self._throttler.setTimeout(round(1000 / rate_hz))
        self._throttler.triggered.connect(self.flush)

    def request(self) -> None:
        """Something changed: draw now, or when the interval is up, or when shown."""
        self._pending = True
        if self._widget.isVisible():
            self._throttler.throttle()

    def flush(self) -> None:
        """Draw now if something is pending and the widget can be seen."""
        if self._pending and self._widget.isVisible():
            self._pending = False
            self._draw()
