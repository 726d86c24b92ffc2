"""The key insight, quoted from the lesson, with the current run's evidence.

The text alone asks to be believed; the numbers under it (from
``core.insight``, recomputed once per epoch while the tab is showing) let a
student check it: the loss and accuracy at the start and the end, and which
hidden units follow the label and what they are built from. When a depth
comparison has finished, its sentence is added as the decisive evidence.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from core.boundary import NormalizedSplit, model_from_theta, normalized_split
from core.comparison import ComparisonProgress
from core.insight import (
    KEY_INSIGHT,
    Insight,
    explain,
    progress_sentence,
    unit_sentence,
)
from core.snapshot import RunSnapshot
from desktop.boundary_view import LiveThrottle

REFRESH_HZ = 4


class InsightView(QWidget):
    """The "Key insight" tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight_view")
        self.quote = QLabel(KEY_INSIGHT)
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
        layout.addWidget(self.quote)
        layout.addWidget(self.evidence, 1)
        self.description = None
        self.split: NormalizedSplit | None = None
        self.snapshot: RunSnapshot | None = None
        self.insight: Insight | None = None
        self.comparison: ComparisonProgress | None = None
        self._shown_key: tuple | None = None
        self.throttle = LiveThrottle(self, self.refresh, REFRESH_HZ)
        self.evidence.setHtml(self._waiting_html())

    @Slot(object)
    def set_description(self, description) -> None:
        self.description = description
        self.split = normalized_split(description.dataset, description.config)
        self.snapshot = self.insight = self.comparison = None
        self._shown_key = None
        self.evidence.setHtml(self._waiting_html())

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
        self._shown_key = None
        self.throttle.request()

    def refresh(self) -> None:
        """Recompute once per epoch (a batch changes too little to be worth it)."""
        s = self.snapshot
        if s is None or self.split is None:
            return
        key = (s.epochs_done, s.step if not s.epochs_done else 0, id(self.comparison))
        if key == self._shown_key:
            return
        self._shown_key = key
        model = model_from_theta(
            s.theta, s.layer_sizes, self.description.config.activation
        )
        names = self.description.dataset.feature_names
        self.insight = explain(
            s.records, model, self.split.X_val, self.split.y_val, names
        )
        self.evidence.setHtml(self._html(self.insight))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.throttle.flush()

    # -- writing ------------------------------------------------------------

    def _waiting_html(self) -> str:
        return (
            "<p>" + escape(self.tr("Train the network to see the evidence.")) + "</p>"
        )

    def _html(self, insight: Insight) -> str:
        parts = [f"<h3>{escape(self.tr('Step by step: this run'))}</h3>"]
        if insight.progress is None:
            parts.append(f"<p>{escape(self.tr('No epoch has finished yet.'))}</p>")
        else:
            parts.append(f"<p>{escape(progress_sentence(insight.progress))}</p>")
        parts.append(f"<h3>{escape(self.tr('From simple to complex features'))}</h3>")
        parts.append(self._layers_html(insight))
        if self.comparison is not None and self.comparison.done:
            parts.append(f"<h3>{escape(self.tr('Shallow against deep'))}</h3>")
            parts.append(f"<p>{escape(self.comparison.sentence)}</p>")
        return "".join(parts)

    def _layers_html(self, insight: Insight) -> str:
        if not insight.layers:
            return "<p>" + escape(
                self.tr(
                    "This network has no hidden layer: it weighs the inputs once and "
                    "cannot build features. Add hidden layers (e.g. 64, 32) to see "
                    "them form."
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
        rows.append(f"<p>{escape(self._depth_verdict(insight))}</p>")
        return "".join(rows)

    def _depth_verdict(self, insight: Insight) -> str:
        first, last = insight.layers[0], insight.layers[-1]
        if len(insight.layers) < 2:
            return self.tr(
                "With one hidden layer, its units are the only features the output "
                "can combine."
            )
        if last.best_correlation > first.best_correlation:
            return self.tr(
                "The last hidden layer's best unit follows the label more closely "
                "(|r| = {b:.2f}) than the first layer's (|r| = {a:.2f}): later layers "
                "combine simple features into ones nearer the answer."
            ).format(a=first.best_correlation, b=last.best_correlation)
        return self.tr(
            "Here the first layer's best unit already follows the label as closely "
            "(|r| = {a:.2f}) as the last layer's (|r| = {b:.2f})."
        ).format(a=first.best_correlation, b=last.best_correlation)


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    from desktop.boundary_view import _sample

    app = QApplication([])
    description, snapshot = _sample("athletes")
    view = InsightView()
    view.resize(990, 480)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    app.exec()
