"""The card shown over a hovered unit: its picture large, and its arithmetic.

The arithmetic is ``core.inside.neuron.neuron_arithmetic`` (the same numbers
as the Neuron view inside an epoch) for one validation row the student
picks, on a model rebuilt from the drawn frame's copy of the parameters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from core.engine.activations import ACTIVATIONS
from core.engine.output_kinds import SOFTMAX
from core.inside.neuron import NeuronArithmetic

BIG = 150  # px of the large picture


class HoverCard(QFrame):
    """A floating panel inside the canvas; it never takes the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("network_hover_card")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.picture = QLabel()
        self.picture.setFixedSize(BIG, BIG)
        self.text = QLabel()
        self.text.setObjectName("network_hover_text")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        self.hide()

    def show_unit(self, image: QImage, html: str, beside: QRect) -> None:
        """Show ``image`` and ``html`` next to ``beside`` (canvas pixels), inside it."""
        self.picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                BIG, BIG, Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )  # fmt: skip
        self.text.setText(html)
        self.adjustSize()
        area = self.parentWidget().rect()
        x = beside.right() + 8
        if x + self.width() > area.right():
            x = beside.left() - 8 - self.width()
        y = min(max(0, beside.top() - 20), max(0, area.bottom() - self.height()))
        self.move(QPoint(max(0, x), y))
        self.show()
        self.raise_()


def _tr(text: str) -> str:
    """``text`` in the reader's language (the one catalogue context: shell/language)."""
    return QCoreApplication.translate("LayerLab", text)


def arithmetic_html(
    n: NeuronArithmetic, input_names: list[str], where: str, example: str,
    picture_range: str,
) -> str:  # fmt: skip
    """``z = Σ wᵢ xᵢ + b`` as its largest terms, the rest, the bias, then ``a``."""
    rows = [
        f"<tr><td>{t.w:+.3f} × {t.x:.3f}</td><td>= {t.product:+.4f}</td>"
        f"<td><i>{input_names[t.index]}</i></td></tr>"
        for t in n.terms
    ]
    if n.rest_count:
        rows.append(
            f"<tr><td>{_tr('the other {n} terms').format(n=n.rest_count)}</td>"
            f"<td>= {n.rest:+.4f}</td><td></td></tr>"
        )
    rows.append(f"<tr><td>{_tr('bias b')}</td><td>= {n.bias:+.4f}</td><td></td></tr>")
    known = SOFTMAX if n.activation == SOFTMAX.name else ACTIVATIONS.get(n.activation)
    rule = known.formula if known else n.activation
    return (
        f"<b>{where}</b><br>{picture_range}<br>"
        + _tr("On {example}: z = Σ wᵢ·xᵢ + b, largest terms first:").format(
            example=example
        )
        + f"<table cellspacing='2'>{''.join(rows)}</table>"
        f"<b>z = {n.z:+.4f}</b>; {rule} → <b>a = {n.a:.4f}</b>"
    )
