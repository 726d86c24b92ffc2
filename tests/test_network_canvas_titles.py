"""The network canvas's column titles stay whole and inside the canvas."""

import pytest
from PySide6.QtGui import QFontMetrics

from desktop.patterns.network_canvas import NetworkCanvas

TITLES = {
    "inputs": "20 inputs",
    "layer1": "layer 1: 64 relu",
    "layer2": "layer 2: 32 relu",
    "output": "output: P(class 1)",
}


@pytest.mark.parametrize("width", [700, 1000, 1256, 1900])
def test_titles_fit_inside_the_canvas(qtbot, width):
    canvas = NetworkCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(width, 600)
    canvas.set_network((20, 64, 32, 1), tuple(f"x{i}" for i in range(20)), TITLES)
    metrics = QFontMetrics(canvas.small)
    found = canvas.title_rects()
    assert [text for _, text in found] == list(TITLES.values())  # none shortened
    for rect, text in found:
        assert rect.left() >= 0
        assert rect.right() <= width  # the output's used to run off the right edge
        assert metrics.horizontalAdvance(text) <= rect.width()
