"""A trained run to show a view on its own (``python -m desktop.<package>.<view>``).

Each view module can open by itself on real numbers; this trains one run of a
built-in dataset (its own target kind) and hands back what the window would
give the view: the run's description and its last snapshot.
"""

from __future__ import annotations

from typing import Any

from core import Trainer, TrainingConfig
from core.data.datasets import INFO
from core.engine.snapshot import RunSnapshot, take_snapshot
from desktop.run.training_worker import RunDescription, _describe


def trained_sample(
    dataset: str, epochs: int = 20, **changes: Any
) -> tuple[RunDescription, RunSnapshot]:
    """Train ``dataset`` (the lesson's setup, with ``changes``) to the end."""
    kind = INFO[dataset].kind if dataset in INFO else "binary"
    config = TrainingConfig(dataset=dataset, epochs=epochs, target_kind=kind)
    trainer = Trainer(config.with_changes(**changes))
    trainer.run()
    return _describe(trainer), take_snapshot(trainer)
