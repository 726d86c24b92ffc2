"""The run as it stood at a moment of the past, in the shape the live views draw.

When the student drags the time scrubber back, the views that draw the run's
state (the curves, the key insight, the decision boundary) must show that
moment, not the live run: its parameters, only the epochs finished by then,
only the batch losses trained by then. A ``RunSnapshot`` cut back to the
moment gives them exactly that without any change to how they draw.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from core.engine.snapshot import RunSnapshot

Array = np.ndarray


def snapshot_at(live: RunSnapshot, step: int, theta: Array) -> RunSnapshot:
    """``live`` cut back to just after batch ``step``, with parameters ``theta``.

    Epochs end every ``batches_per_epoch`` batches, so ``step // B`` epochs had
    ended by then; the batch-loss trace keeps the points whose batches were
    all trained by then (the open bucket of a thinned trace is dropped).
    """
    B = max(live.batches_per_epoch, 1)
    step = int(np.clip(step, 0, live.step))
    if step == live.step:
        return replace(live, theta=np.array(theta, copy=True))
    epochs = min(step // B, len(live.records))
    points = min(step // max(live.batch_stride, 1), len(live.batch_losses))
    return replace(
        live,
        state="training" if step else "ready",
        error="",
        epoch=(step + B - 1) // B,
        batch_in_epoch=step % B,
        step=step,
        records=live.records[:epochs],
        batch_losses=live.batch_losses[:points],
        batch_tail=(0.0, 0),
        theta=np.array(theta, copy=True),
    )
