"""Does the athletes data tell the lesson's story, and what does depth buy on it?

For each seed (default 0-9) the lesson's default run (TrainingConfig():
64, 32 ReLU, Adam, batch 32, 20 epochs) and, on the same data and split:

* a linear model fitted to convergence: logistic regression by Newton's
  method (IRLS) with a tiny ridge on the normalized training rows, scored on
  the validation rows (and scikit-learn's LogisticRegression if installed);
* one hidden layer with the deep net's parameter count (157 units: 3,455
  parameters against 3,457) and one hidden layer of 64 units, 20 epochs each;
* the same three networks continued to --long epochs, to tell speed from
  capacity;
* the training-loss events of the default run as docs/observations.md
  defines them: loss-bump (loss more than 5% above the previous epoch's) and
  learning-rate-too-high (more than 5% above its best earlier value for at
  least 2 epochs running).

Then the people themselves: means and spreads of height, weight and BMI, the
share of people in a central band against what a normal curve with the same
mean and spread puts there (a two-humped distribution has a hole there), and
a few correlations.

    python benchmarks/athletes_depth.py [--seeds 0-9] [--long 60]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import Trainer, TrainingConfig, load

Array = np.ndarray
EQUAL_BUDGET = 157  # (20 + 1) * 157 + 157 + 1 = 3455 vs 3457 for 20-64-32-1


def newton_logistic_accuracy(trainer: Trainer, ridge: float = 1e-6) -> float:
    """Validation accuracy of a logistic regression fitted to convergence."""
    A = np.column_stack([trainer.X_train, np.ones(len(trainer.X_train))])
    y = trainer.y_train
    w = np.zeros(A.shape[1])
    for _ in range(200):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -35, 35)))
        hessian = (A * (p * (1 - p))[:, None]).T @ A + ridge * np.eye(len(w))
        step = np.linalg.solve(hessian, A.T @ (p - y) + ridge * w)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    B = np.column_stack([trainer.X_val, np.ones(len(trainer.X_val))])
    return float(np.mean((B @ w > 0) == (trainer.y_val > 0.5)))


def sklearn_accuracy(trainer: Trainer) -> float:
    try:
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        return math.nan
    model = LogisticRegression(C=1e6, max_iter=10_000)
    model.fit(trainer.X_train, trainer.y_train)
    return float(model.score(trainer.X_val, trainer.y_val))


def loss_events(losses: list[float]) -> tuple[int, int]:
    """(number of loss-bump epochs, number of learning-rate-too-high epochs)."""
    bumps = sum(losses[t] > 1.05 * losses[t - 1] for t in range(1, len(losses)))
    above = [t > 0 and losses[t] > 1.05 * min(losses[:t]) for t in range(len(losses))]
    too_high = sum(above[t] and above[t - 1] for t in range(1, len(losses)))
    return bumps, too_high


def final_val(config: TrainingConfig, trainer: Trainer, layers: tuple[int, ...]):
    other = Trainer(config.with_changes(hidden_layers=layers), trainer.dataset)
    other.run()
    return other.history.column("val_accuracy")


def one_seed(seed: int, long_epochs: int) -> dict[str, float]:
    config = TrainingConfig(seed=seed)
    deep = Trainer(config)
    deep.run()
    records = deep.history.records
    bumps, too_high = loss_events([r.loss for r in records])
    long = config.with_changes(epochs=long_epochs)
    return {
        "epoch 1": records[0].val_accuracy,
        "epoch 20": records[-1].val_accuracy,
        "loss ratio": records[0].loss / records[-1].loss,
        "linear": newton_logistic_accuracy(deep),
        "sklearn": sklearn_accuracy(deep),
        "equal": final_val(config, deep, (EQUAL_BUDGET,))[-1],
        "wide 64": final_val(config, deep, (64,))[-1],
        "bumps": bumps,
        "too high": too_high,
        f"deep@{long_epochs}": final_val(long, deep, config.hidden_layers)[-1],
        f"equal@{long_epochs}": final_val(long, deep, (EQUAL_BUDGET,))[-1],
        f"64@{long_epochs}": final_val(long, deep, (64,))[-1],
    }


def report_runs(seeds: list[int], long_epochs: int) -> None:
    config = TrainingConfig()
    print(
        f"default run: layers {config.hidden_layers}, {config.activation}, "
        f"{config.optimizer} lr {config.learning_rate:g}, batch {config.batch_size}, "
        f"{config.epochs} epochs; equal budget = one layer of {EQUAL_BUDGET} units"
    )
    rows = {seed: one_seed(seed, long_epochs) for seed in seeds}
    keys = list(next(iter(rows.values())))
    print("seed " + " ".join(f"{k:>10}" for k in [*keys[:7], "deep-equal", *keys[7:]]))
    for seed, row in rows.items():
        values = [*(row[k] for k in keys[:7]), row["epoch 20"] - row["equal"]]
        values += [row[k] for k in keys[7:]]
        print(f"{seed:>4} " + " ".join(f"{v:>10.3f}" for v in values))
    table = {k: np.array([r[k] for r in rows.values()]) for k in keys}
    gap = table["epoch 20"] - table["equal"]
    for name, how in (("mean", np.mean), ("min", np.min), ("max", np.max)):
        values = [how(table[k]) for k in keys[:7]] + [how(gap)]
        values += [how(table[k]) for k in keys[7:]]
        print(f"{name:>4} " + " ".join(f"{v:>10.3f}" for v in values))
    deep_long, equal_long, wide_long = (table[k].mean() for k in keys[9:12])
    print(
        f"deep beats the equal budget on {int(np.sum(gap > 0))} of {len(seeds)} "
        f"seeds by {100 * gap.mean():+.1f} points on average (epoch 20); "
        f"after {long_epochs} epochs: deep {deep_long:.3f}, "
        f"equal budget {equal_long:.3f}, 64 wide {wide_long:.3f}"
    )
    print(
        f"loss-bump epochs: {int(table['bumps'].sum())}, learning-rate-too-high "
        f"epochs: {int(table['too high'].sum())} (over all seeds)"
    )


def central_share(values: Array, low: float, high: float) -> tuple[float, float]:
    """Share of values in [low, high) and a same-mean, same-SD normal's share."""
    mean, sd = values.mean(), values.std()
    cdf = [0.5 * (1 + math.erf((x - mean) / (sd * math.sqrt(2)))) for x in (low, high)]
    return float(np.mean((values >= low) & (values < high))), cdf[1] - cdf[0]


def report_people(seeds: list[int]) -> None:
    data = [load("athletes", seed=seed) for seed in seeds]
    names = data[0].feature_names
    X = np.vstack([d.X for d in data])
    col = {name: X[:, i] for i, name in enumerate(names)}
    col["BMI"] = col["weight"] / (col["height"] / 100) ** 2
    print(f"\nthe people ({len(X)} rows, seeds {seeds[0]}-{seeds[-1]} pooled):")
    print(f"  athletes: {np.mean([d.y.mean() for d in data]):.1%}")
    for name in ("height", "weight", "BMI", "VO2 max", "vertical jump"):
        v = col[name]
        mid = float(np.median(v))
        half = 0.25 * v.std() if name != "BMI" else 1.0
        low, high = (22.5, 24.5) if name == "BMI" else (mid - half, mid + half)
        share, normal = central_share(v, low, high)
        print(
            f"  {name:<14} mean {v.mean():6.1f} sd {v.std():5.1f} "
            f"range {v.min():6.1f}-{v.max():6.1f}; {low:.1f} to {high:.1f}: "
            f"{share:.1%} (a normal curve: {normal:.1%})"
        )
    for a, b in (
        ("height", "weight"),
        ("VO2 max", "resting heart rate"),
        ("age", "VO2 max"),
        ("age", "systolic blood pressure"),
        ("BMI", "body fat"),
    ):
        print(f"  correlation {a} ~ {b}: {np.corrcoef(col[a], col[b])[0, 1]:+.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-9", help="first-last, e.g. 0-9")
    parser.add_argument("--long", type=int, default=60, help="epochs for the long runs")
    args = parser.parse_args()
    first, _, last = args.seeds.partition("-")
    seeds = list(range(int(first), int(last or first) + 1))
    report_runs(seeds, args.long)
    report_people(seeds)


if __name__ == "__main__":
    main()
