"""LayerLab's learning engine: plain NumPy, no Qt.

>>> from core import Trainer, TrainingConfig
>>> trainer = Trainer(TrainingConfig(epochs=3))
>>> trainer.run().value
'finished'
"""

from core.data.datasets import DATASET_NAMES, Dataset, load
from core.data.preprocessing import DataProblem, MinMaxScaler
from core.engine.config import ConfigError, TrainingConfig, parse_layers
from core.engine.model import MLP, ForwardPass, LayerGradient, LossAndGrads
from core.engine.training import (
    BatchResult,
    EpochRecord,
    History,
    Trainer,
    TrainerState,
)

__all__ = [
    "DATASET_NAMES",
    "MLP",
    "BatchResult",
    "ConfigError",
    "DataProblem",
    "Dataset",
    "EpochRecord",
    "ForwardPass",
    "History",
    "LayerGradient",
    "LossAndGrads",
    "MinMaxScaler",
    "Trainer",
    "TrainerState",
    "TrainingConfig",
    "load",
    "parse_layers",
]
