"""The arithmetic of one neuron with the traced example's real numbers.

Shows ``z = Σ wᵢ xᵢ + b`` as its largest terms, the rest summed, the bias,
then the activation applied. The numbers come from ``core.inside.neuron`` run on a
model rebuilt from the frame's copy of the parameters (one example through
one network: microseconds), so the window never touches the trainer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.engine.activations import ACTIVATIONS
from core.engine.output_kinds import SOFTMAX
from core.inside.frame import InsideFrame
from core.inside.inspection import model_at
from core.inside.neuron import NeuronArithmetic, neuron_arithmetic
from desktop.views.text_format import number


class NeuronView(QWidget):
    """A panel of text: pick a unit with ``show_unit(frame, layer, unit)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neuron_view")
        self.text = QLabel(self.tr("Click a unit to see how it computes its value."))
        self.text.setObjectName("neuron_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.text)
        self.selected: tuple[int, int] | None = None
        self.arithmetic: NeuronArithmetic | None = None

    def show_unit(self, frame: InsideFrame, layer: int, unit: int) -> None:
        self.selected = (layer, unit)
        self.refresh(frame)

    def refresh(self, frame: InsideFrame) -> None:
        """Recompute for the frame's parameters and traced example (after a step)."""
        if self.selected is None:
            return
        layer, unit = self.selected
        if layer > frame.n_layers or unit >= frame.layer_sizes[layer]:
            self.selected = None
            return
        model = model_at(frame.theta, frame.layer_sizes, frame.activation, frame.output)
        self.arithmetic = neuron_arithmetic(model, frame.trace.a[0], layer, unit)
        self.text.setText(self._html(self.arithmetic, frame))

    def _input_name(self, frame: InsideFrame, layer: int, index: int) -> str:
        if layer == 1 and frame.feature_names:
            return frame.feature_names[index]
        return self.tr("unit {u} of layer {k}").format(u=index + 1, k=layer - 1)

    def _html(self, n: NeuronArithmetic, frame: InsideFrame) -> str:
        last = n.layer == frame.n_layers
        if last and frame.layer_sizes[-1] > 1:
            where = self.tr("Output unit {u}").format(u=n.unit + 1)
        elif last:
            where = self.tr("Output unit")
        else:
            where = self.tr("Layer {k}, unit {u}").format(k=n.layer, u=n.unit + 1)
        rows = [
            f"<tr><td>{t.w:+.3f} × {t.x:.3f}</td><td>= {t.product:+.4f}</td>"
            f"<td><i>{self._input_name(frame, n.layer, t.index)}</i></td></tr>"
            for t in n.terms
        ]
        if n.rest_count:
            rows.append(
                f"<tr><td>{self.tr('the other {n} terms').format(n=n.rest_count)}"
                f"</td><td>= {n.rest:+.4f}</td><td></td></tr>"
            )
        rows.append(
            f"<tr><td>{self.tr('bias b')}</td><td>= {n.bias:+.4f}</td><td></td></tr>"
        )
        known = SOFTMAX if n.activation == "softmax" else ACTIVATIONS.get(n.activation)
        rule = known.formula if known else n.activation
        head = self.tr("{where} on validation row {row} ({act})").format(
            where=where, row=frame.traced_row, act=n.activation
        )
        tail = ""
        if last and frame.output == "number":
            tail = "<br>" + self.tr(
                "a is in standard deviations of the target: {value} in its units"
            ).format(value=number(frame.trace.value))
        return (
            f"<b>{head}</b><br>{self.tr('z = Σ wᵢ·xᵢ + b, largest terms first:')}"
            f"<table cellspacing='2'>{''.join(rows)}</table>"
            f"<b>z = {n.z:+.4f}</b><br>{rule} → <b>a = {n.a:.4f}</b>{tail}"
        )


def preview(frame: InsideFrame, class_names: tuple[str, ...]) -> NeuronView:
    view = NeuronView()
    view.show_unit(frame, 1, 0)
    return view


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview, size=(420, 320))
