"""The key insight, quoted from the lesson, led by the current run's evidence.

The tab leads with one sentence built from the numbers of ``core.lesson.insight``:
how many validation rows a straight line gets right through the raw
measurements and through each hidden layer's outputs. Under the lesson's
quote come those numbers as a table (next to the same network before
training), the loss and accuracy at the start and the end, and the hidden
units that follow the label. When a depth comparison has finished, its
sentence is added as the decisive evidence.

The numbers take a few milliseconds of NumPy (a logistic regression per
layer), so they are computed on a pool thread (``run_in_background``) from
plain copies of the snapshot's parameters, at most ``REFRESH_HZ`` times a
second and only while the tab is showing; the final snapshot of a run is
always computed. One computation runs at a time; a result from an older
configuration is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import shiboken6
from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from core.data.datasets import Dataset
from core.engine.config import TrainingConfig
from core.engine.snapshot import RunSnapshot
from core.engine.training import EpochRecord, Trainer
from core.lesson.boundary import NormalizedSplit, model_from_theta, normalized_split
from core.lesson.comparison import ComparisonProgress
from core.lesson.insight import (
    KEY_INSIGHT,
    RAW,
    Insight,
    Untangling,
    correlation_sentence,
    explain,
    percent,
    progress_sentence,
    unit_sentence,
    untangle,
    untangling_sentence,
)
from desktop.run.background_task import run_in_background
from desktop.run.live_throttle import LiveThrottle

REFRESH_HZ = 2


@dataclass(frozen=True)
class InsightJob:
    """Plain copies of what one computation needs; nothing the trainer owns."""

    theta: np.ndarray
    layer_sizes: tuple[int, ...]
    records: tuple[EpochRecord, ...]
    split: NormalizedSplit  # built by the view, never changed
    config: TrainingConfig
    dataset: Dataset
    with_start: bool  # also score the network's starting weights


def _compute(job: InsightJob) -> tuple[Insight, Untangling | None]:
    """Runs on a pool thread: only NumPy, on the copies in ``job``."""
    names, kind = job.dataset.feature_names, job.config.target_kind
    activation = job.config.activation_spec()  # one name, or one per hidden layer
    model = model_from_theta(job.theta, job.layer_sizes, activation, kind)
    insight = explain(
        job.records, model, job.split, names, kind, job.dataset.class_names
    )
    before = None
    if job.with_start:  # the same network with the weights it starts from
        start = Trainer(job.config, job.dataset).model
        before = untangle(start, job.split, 0, kind)
    return insight, before


class InsightView(QWidget):
    """The "Key insight" tab."""

    computed = Signal(object)  # the Insight just shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight_view")
        self.headline = QLabel()
        self.headline.setObjectName("insight_headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("#insight_headline { font-size: 13pt; }")
        self.quote = QLabel(self.tr(KEY_INSIGHT))
        self.quote.setObjectName("insight_quote")
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet(
            "#insight_quote { font-size: 12pt; background: #eef5fb; padding: 8px;"
            " border-left: 5px solid #0072B2; }"
        )
        self.evidence = QTextBrowser()
        self.evidence.setObjectName("insight_evidence")
        self.evidence.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.headline)
        layout.addWidget(self.quote)
        layout.addWidget(self.evidence, 1)
        self.description = None
        self.split: NormalizedSplit | None = None
        self.snapshot: RunSnapshot | None = None
        self.insight: Insight | None = None
        self.before: Untangling | None = None
        self.comparison: ComparisonProgress | None = None
        self._generation = 0
        self._busy = False
        self._again = False
        self._shown_key: tuple | None = None
        self.throttle = LiveThrottle(self, self.refresh, REFRESH_HZ)
        self._show_waiting()

    @Slot(object)
    def set_description(self, description) -> None:
        self._generation += 1
        self.description = description
        self.split = normalized_split(description.dataset, description.config)
        self.snapshot = self.insight = self.before = self.comparison = None
        self._shown_key = None
        self._show_waiting()

    @Slot(object)
    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        if self.split is None or snapshot.layer_sizes[0] != self.split.X_val.shape[1]:
            return
        self.snapshot = snapshot
        self.throttle.request()

    @Slot(object)
    def set_comparison(self, progress: ComparisonProgress) -> None:
        """A finished depth comparison: its sentence joins the evidence."""
        self.comparison = progress
        if self.insight is not None:
            self._render(self.insight)

    def refresh(self) -> None:
        """Start a computation for the latest snapshot, unless it is shown already."""
        s = self.snapshot
        if s is None or self.split is None or self.description is None:
            return
        key = (self._generation, s.step, s.epochs_done)
        if key == self._shown_key:
            return
        if self._busy:  # one at a time; the latest snapshot follows
            self._again = True
            return
        self._busy = True
        job = InsightJob(
            theta=np.array(s.theta, copy=True),
            layer_sizes=tuple(s.layer_sizes),
            records=tuple(s.records),
            split=self.split,
            config=self.description.config,
            dataset=self.description.dataset,
            with_start=self.before is None,
        )
        run_in_background(
            lambda: _compute(job),
            lambda result: self._arrived(key, result),
            lambda problem: self._failed(key, problem),
        )

    def _arrived(self, key: tuple, result: tuple[Insight, Untangling | None]) -> None:
        if self._finish(key):
            insight, before = result
            self._shown_key = key
            self.insight = insight
            if self.before is None:
                self.before = before
            self._render(insight)
            self.computed.emit(insight)
        self._next()

    def _failed(self, key: tuple, problem: Exception) -> None:
        if self._finish(key):
            self._shown_key = key
            self.headline.setText(
                self.tr("The layers' numbers could not be computed: {why}").format(
                    why=problem
                )
            )
        self._next()

    def _finish(self, key: tuple) -> bool:
        """Free the worker slot; True if the result belongs to this configuration."""
        if not shiboken6.isValid(self):  # the view was deleted meanwhile
            return False
        self._busy = False
        return key[0] == self._generation

    def _next(self) -> None:
        """A snapshot that came while busy is computed now (still throttled)."""
        if shiboken6.isValid(self) and self._again:
            self._again = False
            self.throttle.request()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()

    # -- writing ------------------------------------------------------------

    def _show_waiting(self) -> None:
        self.headline.setText(
            self.tr("Train the network to see how its layers separate the classes.")
        )
        self.evidence.setHtml("")

    def _render(self, insight: Insight) -> None:
        self.headline.setText(untangling_sentence(insight.untangling))
        self.evidence.setHtml(self._html(insight))

    def _html(self, insight: Insight) -> str:
        parts = [
            f"<h3>{escape(self.tr('A straight line through each layer'))}</h3>",
            self._untangling_table(insight.untangling),
            f"<h3>{escape(self.tr('Step by step: this run'))}</h3>",
        ]
        if insight.progress is None:
            parts.append(f"<p>{escape(self.tr('No epoch has finished yet.'))}</p>")
        else:
            parts.append(f"<p>{escape(progress_sentence(insight.progress))}</p>")
        parts.append(f"<h3>{escape(self.tr('Units that follow the label'))}</h3>")
        parts.append(self._layers_html(insight))
        if self.comparison is not None and self.comparison.done:
            parts.append(f"<h3>{escape(self.tr('Shallow against deep'))}</h3>")
            parts.append(f"<p>{escape(self.comparison.sentence)}</p>")
        return "".join(parts)

    def _untangling_table(self, u: Untangling) -> str:
        before = self.before
        score = self.tr("Validation rows right")
        if u.kind == "number":
            score = self.tr("Variation explained (validation R²)")
        head = [self.tr("Layer"), self.tr("Columns"), score]
        if before is not None:
            head.append(self.tr("Before training"))
        rows = ["".join(f"<th align='left'>{escape(h)}</th>" for h in head)]
        olds = (before.raw, *before.layers) if before is not None else ()
        for i, layer in enumerate((u.raw, *u.layers)):
            cells = [
                self._layer_title(layer.name),
                str(layer.width),
                f"{percent(layer.val_accuracy)}%",
            ]
            if before is not None:
                cells.append(f"{percent(olds[i].val_accuracy)}%")
            rows.append("".join(f"<td>{escape(c)}</td>" for c in cells))
        own = [
            self._own_answer(u),
            str(u.output_units),
            f"{percent(u.output_accuracy)}%",
        ]
        if before is not None:
            own.append(f"{percent(before.output_accuracy)}%")
        rows.append("".join(f"<td><i>{escape(c)}</i></td>" for c in own))
        note = self.tr(
            "Each score is a logistic regression fitted to convergence on the "
            "training rows' values at that layer, counted on the validation rows."
        )
        if u.kind == "classes":
            note = self.tr(
                "Each score is one logistic regression per class (that class or "
                "not), fitted to convergence on the training rows' values at that "
                "layer; a validation row goes to the class that scores highest."
            )
        elif u.kind == "number":
            note = self.tr(
                "Each score is the best linear fit (least squares) of the target "
                "on the training rows' values at that layer: the share of the "
                "validation rows' variation it explains (R² as a percentage)."
            )
        body = "".join(f"<tr>{r}</tr>" for r in rows)
        own_note = self._own_answer_note(u)
        return (
            f"<table cellpadding='3'>{body}</table>"
            f"<p><i>{escape(note)} {escape(own_note)}</i></p>"
        )

    def _own_answer(self, u: Untangling) -> str:
        """The last row's name: what the network's output columns are."""
        if u.kind == "classes":
            return self.tr("the network's own answer ({k} class probabilities)").format(
                k=u.output_units
            )
        if u.kind == "number":
            return self.tr("the network's own answer (its predicted number)")
        return self.tr("the network's own answer")

    def _own_answer_note(self, u: Untangling) -> str:
        """How the last row is scored, in the kind's terms."""
        if u.kind == "classes":
            return self.tr(
                "The network's own answer is its {k} softmax outputs, one "
                "probability per class; a row counts as right when the largest is "
                "its class."
            ).format(k=u.output_units)
        if u.kind == "number":
            return self.tr(
                "The network's own answer is its one linear output, turned back "
                "into the target's units (× the training rows' standard deviation, "
                "+ their mean); its score is the validation R² as a percentage."
            )
        return self.tr(
            "The network's own answer is its one sigmoid output: class 1 when it "
            "is above 0.5."
        )

    def _layer_title(self, name: str) -> str:
        if name == RAW:
            return self.tr("raw measurements")
        if name == "inputs":
            return self.tr("normalized inputs")
        return self.tr("layer {k}'s patterns").format(k=name.split()[-1])

    def _layers_html(self, insight: Insight) -> str:
        if not insight.layers:
            return "<p>" + escape(
                self.tr(
                    "This network has no hidden layer: it weighs the inputs once and "
                    "cannot build patterns. Add hidden layers (e.g. 64, 32) to see "
                    "them form."
                )
            ) + "</p>"  # fmt: skip
        if insight.progress is None:
            return "<p>" + escape(
                self.tr(
                    "No epoch has finished: the units still have their random "
                    "starting weights."
                )
            ) + "</p>"  # fmt: skip
        intro = self.tr(
            "r is how closely a unit's activation follows the label on the "
            "validation rows (−1 to +1); the weights say what the unit is built from."
        )
        rows = [f"<p><i>{escape(intro)}</i></p>"]
        for layer in insight.layers:
            head = self.tr("Layer {k} ({w} units): strongest |r| = {r:.2f}").format(
                k=layer.layer, w=layer.width, r=layer.best_correlation
            )
            items = "".join(f"<li>{escape(unit_sentence(u))}</li>" for u in layer.units)
            rows.append(f"<p><b>{escape(head)}</b></p><ul>{items}</ul>")
        rows.append(f"<p>{escape(correlation_sentence(insight.layers))}</p>")
        return "".join(rows)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from desktop.lesson.boundary_view import _sample

    app = QApplication([])
    description, snapshot = _sample("athletes")
    view = InsightView()
    view.resize(990, 520)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    app.exec()
