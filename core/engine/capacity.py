"""What the window can train and still pause, stop and close within two seconds.

The training worker runs on its own thread in short slices and looks at its
queue between batches, but a single batch (one matrix product per layer,
forward and back) and the evaluation of every row at an epoch's end cannot
be cut short, nor can building the data and the network. A Python thread
cannot be killed either, so the only way to keep closing quick is to refuse a
setup whose smallest piece of work is too big. These limits were measured on
a two-core laptop (``benchmarks/bench_ui.py --close``); with them the longest
piece takes about a quarter of a second there, leaving room for a slower or
busier machine:

* ``MAX_STEP_WORK`` multiply-adds in one piece: a batch costs about three
  forward passes of its rows (forward, then two products per layer back), and
  the batch that ends an epoch is followed by one forward pass of every row
  (the epoch's loss and accuracy) before the worker can look up. A forward
  pass of one row costs ``(n + 1) * m`` for each layer of ``n`` inputs and
  ``m`` units.
* ``MAX_PARAMETERS`` weights and biases: time travel keeps the parameters
  after every batch within 200 MB (``core.inside.time_travel``) and needs at least a
  few moments; the optimizer holds three more copies.
* ``MAX_ROWS`` rows and ``MAX_CELLS`` values in the data: generating,
  splitting, scaling and chunking two million rows takes two seconds (two
  features) to four (twenty), most of it per row; an epoch starts with a
  shuffle of every row too.

The command line (``python -m core train``) has none of these limits: it has
no window to close and Ctrl+C stops it.
"""

from __future__ import annotations

from itertools import pairwise

from core.engine.config import ConfigError, TrainingConfig

MAX_STEP_WORK = 6_000_000_000
MAX_PARAMETERS = 3_000_000
MAX_ROWS = 200_000
MAX_CELLS = 4_000_000
BACKWARD_FACTOR = 3  # a training step costs about three forward passes


def forward_work(layer_sizes: tuple[int, ...]) -> int:
    """Multiply-adds of one row's forward pass: ``(n + 1) * m`` per layer.

    That is also the number of weights and biases: each is used once per row.
    """
    return sum((n + 1) * m for n, m in pairwise(layer_sizes))


def training_rows(config: TrainingConfig, n_rows: int) -> int:
    """Rows left for training after the validation split (as ``Dataset.split``)."""
    return n_rows - max(1, round(n_rows * config.val_fraction))


def check_window_capacity(config: TrainingConfig, n_rows: int, n_features: int) -> None:
    """Raise ``ConfigError`` naming the limit if the window cannot train this."""
    sizes = (n_features, *config.hidden_layers, 1)
    per_row = forward_work(sizes)
    layers = ", ".join(str(n) for n in config.hidden_layers) or "no hidden layer"
    if per_row > MAX_PARAMETERS:
        raise ConfigError(
            "hidden_layers",
            f"Layers {layers} have {per_row:,} weights and biases; the window "
            f"trains at most {MAX_PARAMETERS:,} (memory for time travel and the "
            "optimizer). Use fewer units.",
        )
    most_rows = min(MAX_ROWS, MAX_CELLS // max(1, n_features))
    if n_rows > most_rows:
        raise ConfigError(
            "n_rows",
            f"{n_rows:,} rows of {n_features} features are too many for the window, "
            f"which trains on at most {MAX_ROWS:,} rows and {MAX_CELLS:,} values "
            f"so that it stays responsive. Use at most {most_rows:,} rows.",
        )
    batch = min(config.batch_size, training_rows(config, n_rows))
    if BACKWARD_FACTOR * batch * per_row > MAX_STEP_WORK:
        most = max(1, MAX_STEP_WORK // (BACKWARD_FACTOR * per_row))
        raise ConfigError(
            "batch_size",
            f"One batch of {batch:,} rows through layers {layers} takes "
            f"{BACKWARD_FACTOR * batch * per_row / 1e9:.1f} billion multiply-adds; "
            f"the window's limit is {MAX_STEP_WORK / 1e9:.0f} billion per step, so "
            f"that pausing and closing stay quick. Use a batch size of at most "
            f"{most:,} or fewer units.",
        )
    batch_work = BACKWARD_FACTOR * batch * per_row
    if batch_work + n_rows * per_row > MAX_STEP_WORK:
        most = (MAX_STEP_WORK - batch_work) // per_row
        raise ConfigError(
            "hidden_layers",
            f"The last batch of an epoch and the check of all {n_rows:,} rows after "
            f"it take {(batch_work + n_rows * per_row) / 1e9:.1f} billion "
            f"multiply-adds through layers {layers}; the window's limit is "
            f"{MAX_STEP_WORK / 1e9:.0f} billion per step. Use at most {most:,} rows, "
            "a smaller batch or fewer units.",
        )
