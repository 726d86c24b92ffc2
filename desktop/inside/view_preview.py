"""Open one inside-an-epoch view alone, on a frame from a short real run.

Each view module ends with ``show_alone(preview)`` so it can be looked at
with ``python -m desktop.<module>`` without the whole window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget


def show_alone(
    preview: Callable[..., QWidget], size: tuple[int, int] = (990, 480)
) -> int:
    from desktop.inside.activation_heatmap_view import sample_frame

    app = QApplication.instance() or QApplication([])
    view = preview(*sample_frame())
    view.resize(*size)
    view.show()
    return app.exec()
