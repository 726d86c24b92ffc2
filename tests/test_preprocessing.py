import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.preprocessing import DataProblem, MinMaxScaler


def test_scaler_maps_training_range_to_unit_interval():
    X = np.array([[150.0, 1.0], [200.0, 3.0], [175.0, 2.0]])
    scaled = MinMaxScaler().fit_transform(X)
    np.testing.assert_allclose(scaled, [[0, 0], [1, 1], [0.5, 0.5]])


def test_scaler_reports_ranges_in_words():
    X = np.array([[150.0], [200.0]])
    scaler = MinMaxScaler().fit(X, ["height"], ["cm"])
    assert scaler.ranges[0].sentence() == "height scaled from 150–200 cm to 0.0–1.0"


def test_normalization_is_fitted_on_training_rows_only():
    trainer = Trainer(TrainingConfig(epochs=1))
    raw = trainer.raw_split
    np.testing.assert_allclose(trainer.scaler.low, raw.X_train.min(axis=0))
    assert trainer.X_train.min() == 0.0
    assert trainer.X_train.max() == 1.0
    # validation rows are scaled with the training range, so they may leave [0, 1]
    expected = (raw.X_val - raw.X_train.min(0)) / np.ptp(raw.X_train, axis=0)
    np.testing.assert_allclose(trainer.X_val, expected)


def test_constant_column_is_named():
    X = np.array([[1.0, 5.0], [2.0, 5.0]])
    with pytest.raises(DataProblem, match="'weight'"):
        MinMaxScaler().fit(X, ["height", "weight"])


@pytest.mark.parametrize(("bad", "word"), [(np.nan, "missing"), (np.inf, "infinite")])
def test_non_finite_values_are_named_with_row(bad, word):
    X = np.array([[1.0, 5.0], [2.0, bad], [3.0, 4.0]])
    with pytest.raises(DataProblem, match=rf"'age'.*{word}.*row 2"):
        MinMaxScaler().fit(X, ["height", "age"])
