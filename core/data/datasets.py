"""Built-in datasets, generated deterministically from a seed.

``athletes`` is the seed lesson's data: 1000 people, 20 measurements each
(height, weight, age, sex, VO2 max, vertical jump, resting heart rate, ...),
and the question "is this person an athlete?". The people and the rule are
made in ``core.data.athletes``, whose docstring tells the whole story; in short:

    endurance margin = VO2 max - (37 + 7*sex - 0.35*(age - 25))
    power margin     = vertical jump - (31 + 9*sex - 0.4*(age - 25))
    athlete = endurance margin >= 19  or  power margin >= 17

(judged on a retest, so about 0.5% of labels disagree with the data).

Two simple patterns (each a measurement compared with the norm for the
person's sex and age) joined by an either-or. The "or" is what a weighted sum
cannot do here: the sample's gym-goers are moderately good at both, on
average halfway between the endurance and the power athletes, so a straight
line that keeps both kinds of athlete on one side keeps them too. A
converged logistic regression stays near 70% while two hidden layers pass
95% in the lesson's 20 epochs.

The 2-D sets (xor, circles, spiral, moons, gaussians) have two features so a
decision boundary can be drawn over the plane.

Beyond yes/no (``Dataset.target_kind``, the ``kind`` of each ``INFO`` entry):
``blobs`` has four classes (four Gaussian clouds, one per class), and
``plane`` and ``bump`` ask for a number, like TensorFlow Playground's two
regression sets: a tilted plane ``y = 1.5 x1 - 0.8 x2`` and a Gaussian bump
``y = 2 exp(-(x1² + x2²) / (2 · 0.4²))``, each plus noise of standard
deviation 0.1. ``DATASET_NAMES`` lists the yes/no sets (what the window
offers until its views show classes and numbers); ``ALL_DATASET_NAMES``
every one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from core.data.athletes import ATHLETE_RULE, UNITS, athletes
from core.data.wording import say, template

Array = np.ndarray


@dataclass(frozen=True)
class Split:
    """A seeded train/validation split of one dataset."""

    X_train: Array
    y_train: Array
    X_val: Array
    y_val: Array
    train_index: Array
    val_index: Array


@dataclass(frozen=True)
class Dataset:
    name: str
    X: Array
    y: Array
    feature_names: tuple[str, ...]
    feature_units: tuple[str, ...]
    description: str
    target_name: str
    class_names: tuple[str, ...] = ("0", "1")  # one per class; () for a number
    rule: str = ""
    extra: dict[str, object] = field(default_factory=dict)
    # "binary" (y is 0/1), "classes" (y is 0..k-1, k = len(class_names)) or
    # "number" (y is the value, in its own units); see core.engine.output_kinds
    target_kind: str = "binary"

    @property
    def n_classes(self) -> int:
        """How many classes the target has; 0 for a number."""
        return 0 if self.target_kind == "number" else len(self.class_names)

    @property
    def n_rows(self) -> int:
        return int(self.X.shape[0])

    @property
    def n_features(self) -> int:
        return int(self.X.shape[1])

    def split(self, val_fraction: float = 0.2, seed: int = 0) -> Split:
        """Shuffle the rows with ``seed`` and hold out ``val_fraction`` of them."""
        if not 0.0 < val_fraction < 1.0:
            raise ValueError("The validation fraction must be between 0 and 1.")
        order = np.random.default_rng(seed).permutation(self.n_rows)
        n_val = max(1, round(self.n_rows * val_fraction))
        val_index, train_index = np.sort(order[:n_val]), np.sort(order[n_val:])
        return Split(
            X_train=self.X[train_index],
            y_train=self.y[train_index],
            X_val=self.X[val_index],
            y_val=self.y[val_index],
            train_index=train_index,
            val_index=val_index,
        )


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    description: str
    default_rows: int
    make: Callable[[int, np.random.Generator], Dataset]
    kind: str = "binary"  # the target kind of the data it makes


def _athletes(n: int, rng: np.random.Generator) -> Dataset:
    columns, y = athletes(n, rng)
    return Dataset(
        name="athletes",
        X=np.column_stack(list(columns.values())),
        y=y,
        feature_names=tuple(columns),
        feature_units=tuple(UNITS[name] for name in columns),
        description=described("athletes"),
        target_name=say("athlete (1) or not (0)"),
        class_names=(say("not athlete"), say("athlete")),
        rule=ATHLETE_RULE,
    )


def _planar(name: str, X: Array, y: Array, rule: str) -> Dataset:
    return Dataset(
        name=name,
        X=X,
        y=y.astype(np.int64),
        feature_names=("x1", "x2"),
        feature_units=("", ""),
        description=described(name),
        target_name=say("class (1) or (0)"),
        class_names=(say("class {k}", k=0), say("class {k}", k=1)),
        rule=rule,
    )


def _xor(n: int, rng: np.random.Generator) -> Dataset:
    X = rng.uniform(-1, 1, (n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    return _planar("xor", X, y, "class 1 when x1 and x2 have the same sign")


def _circles(n: int, rng: np.random.Generator) -> Dataset:
    y = rng.random(n) < 0.5
    radius = np.where(y, 0.45, 1.0) + rng.normal(0, 0.08, n)
    angle = rng.uniform(0, 2 * np.pi, n)
    X = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])
    return _planar("circles", X, y, "class 1 on the inner ring, class 0 on the outer")


def _spiral(n: int, rng: np.random.Generator) -> Dataset:
    y = rng.random(n) < 0.5
    t = rng.uniform(0.25, 1.0, n)
    angle = 3.5 * np.pi * t + np.where(y, np.pi, 0.0)
    X = np.column_stack([t * np.cos(angle), t * np.sin(angle)]) + rng.normal(
        0, 0.03, (n, 2)
    )
    return _planar("spiral", X, y, "two interleaved spiral arms, one per class")


def _moons(n: int, rng: np.random.Generator) -> Dataset:
    y = rng.random(n) < 0.5
    angle = rng.uniform(0, np.pi, n)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1 - np.cos(angle), 0.5 - np.sin(angle)])
    X = np.where(y[:, None], lower, upper) + rng.normal(0, 0.1, (n, 2))
    return _planar("moons", X, y, "two interleaving half circles")


def _gaussians(n: int, rng: np.random.Generator) -> Dataset:
    y = rng.random(n) < 0.5
    centres = np.where(y[:, None], [1.0, 1.0], [-1.0, -1.0])
    X = centres + rng.normal(0, 0.8, (n, 2))
    return _planar("gaussians", X, y, "two overlapping Gaussian clouds (nearly linear)")


BLOB_CENTRES = ((-1.0, -1.0), (1.0, -1.0), (-1.0, 1.0), (1.0, 1.0))


def _blobs(n: int, rng: np.random.Generator) -> Dataset:
    y = rng.integers(0, len(BLOB_CENTRES), n)
    X = np.asarray(BLOB_CENTRES)[y] + rng.normal(0, 0.5, (n, 2))
    k = len(BLOB_CENTRES)
    return Dataset(
        name="blobs", X=X, y=y.astype(np.int64), feature_names=("x1", "x2"),
        feature_units=("", ""), description=described("blobs"),
        target_name=say("class (0 to {last})", last=k - 1),
        class_names=tuple(say("class {k}", k=i) for i in range(k)),
        rule="four Gaussian clouds, one per class, one in each quadrant",
        target_kind="classes",
    )  # fmt: skip


def _regression(name: str, X: Array, y: Array, rule: str) -> Dataset:
    return Dataset(
        name=name, X=X, y=y.astype(np.float64), feature_names=("x1", "x2"),
        feature_units=("", ""), description=described(name), target_name="y",
        class_names=(), rule=rule, target_kind="number",
    )  # fmt: skip


def _plane(n: int, rng: np.random.Generator) -> Dataset:
    X = rng.uniform(-1, 1, (n, 2))
    y = 1.5 * X[:, 0] - 0.8 * X[:, 1] + rng.normal(0, 0.1, n)
    return _regression("plane", X, y, "y = 1.5·x1 − 0.8·x2 + noise (sd 0.1)")


def _bump(n: int, rng: np.random.Generator) -> Dataset:
    X = rng.uniform(-1, 1, (n, 2))
    r2 = X[:, 0] ** 2 + X[:, 1] ** 2
    y = 2.0 * np.exp(-r2 / (2 * 0.4**2)) + rng.normal(0, 0.1, n)
    return _regression("bump", X, y, "y = 2·exp(−(x1² + x2²) / 0.32) + noise (sd 0.1)")


INFO: dict[str, DatasetInfo] = {
    info.name: info
    for info in (
        DatasetInfo(
            "athletes",
            template(
                "20 measurements per person from a fitness lab; is the person an "
                "athlete?"
            ),
            1000,
            _athletes,
        ),
        DatasetInfo(
            "xor",
            template("2-D: four quadrants, opposite corners share a class"),
            500,
            _xor,
        ),
        DatasetInfo("circles", template("2-D: a ring around a disc"), 500, _circles),
        DatasetInfo("spiral", template("2-D: two interleaved spirals"), 500, _spiral),
        DatasetInfo("moons", template("2-D: two interleaving half moons"), 500, _moons),
        DatasetInfo(
            "gaussians", template("2-D: two overlapping clouds"), 500, _gaussians
        ),
        DatasetInfo(
            "blobs", template("2-D: four clouds, one per class (4 classes)"), 600,
            _blobs, "classes",
        ),
        DatasetInfo(
            "plane", template("2-D: predict a number that rises along a tilted plane"),
            500, _plane, "number",
        ),
        DatasetInfo(
            "bump", template("2-D: predict a number, a bump in the middle"),
            500, _bump, "number",
        ),
    )
}  # fmt: skip

ALL_DATASET_NAMES: tuple[str, ...] = tuple(INFO)
DATASET_NAMES: tuple[str, ...] = tuple(n for n in INFO if INFO[n].kind == "binary")


def described(name: str) -> str:
    """The description of built-in data set ``name`` in the reader's language.

    ``INFO`` keeps the English (the command line lists it); the window asks here.
    """
    return say(INFO[name].description)


MIN_ROWS = 20
MAX_ROWS = 2_000_000


def load(name: str = "athletes", n_rows: int | None = None, seed: int = 0) -> Dataset:
    """Generate the built-in dataset ``name`` with ``n_rows`` rows from ``seed``."""
    if name not in INFO:
        raise ValueError(f"Unknown dataset {name!r}; choose one of: {', '.join(INFO)}.")
    info = INFO[name]
    n = info.default_rows if n_rows is None else int(n_rows)
    if not MIN_ROWS <= n <= MAX_ROWS:
        raise ValueError(
            f"n_rows must be between {MIN_ROWS} and {MAX_ROWS:,}, got {n}."
        )
    return info.make(n, np.random.default_rng(seed))
