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
    app = QApplication.instance() or QApplication([])
    view = preview(*sample_frame())
    view.resize(*size)
    view.show()
    return app.exec()


def sample_frame(epochs: int = 3):
    """A frame from a short real run, for running a view on its own."""
    from core import Trainer, TrainingConfig
    from core.inside.inside_session import InsideSession

    trainer = Trainer(TrainingConfig(epochs=max(epochs, 1)))
    session = InsideSession(trainer)
    for _ in range(epochs * trainer.batches_per_epoch - 1):
        session.step_batch()
    return session.live_frame(), trainer.dataset.class_names
