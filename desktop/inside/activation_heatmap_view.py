"""Activation heatmaps: what every layer makes of 64 fixed validation examples.

Rows are the probe examples, sorted by class (a labelled stripe on the left
says which; a number run's rows are sorted by their target, the stripe shaded
by it); columns are the layer's units. With several classes the output map
has a column per class (its probability). When a layer starts to tell the
classes apart, the two halves of its map start to look different. Dead ReLU
units (zero for every probe example) are marked with ✕ above their column
and counted in the title. Hover a cell for its example, unit and value;
click a unit to see its arithmetic, click an input row to trace that example.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.inside.frame import InsideFrame
from core.inside.inspection import LayerMap
from desktop.views import palette
from desktop.views.heatmap_panel import SEQUENTIAL, HeatmapPanel, nice_ceiling

DEAD_MARGIN = 2.0  # rows of room above a hidden map for the ✕ markers
STRIPE_WIDTH = 2.0  # columns of the class stripe left of the raw input
STRETCH = {"raw": 2, "input": 2, "output": 1}  # hidden layers: 3


class ActivationHeatmapView(QWidget):
    unit_clicked = Signal(int, int)  # layer (1-based), unit (0-based)
    example_clicked = Signal(int)  # validation row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activation_heatmap_view")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setAccessibleName(self.tr("Activation heatmaps per layer"))
        self.readout = QLabel(self.tr("Hover a cell to read its value."))
        self.readout.setObjectName("activation_readout")
        self.summary = QLabel()
        self.summary.setObjectName("activation_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.readout)
        self.panels: dict[str, HeatmapPanel] = {}
        self._dead_marks: dict[str, pg.ScatterPlotItem] = {}
        self._levels: dict[str, float] = {}
        self._sizes: tuple[int, ...] = ()
        self.frame: InsideFrame | None = None
        self.class_names: tuple[str, ...] = ("0", "1")
        self.target_name = ""  # a number run's target ("" for classes)
        self.val_targets: np.ndarray | None = None  # a number's, in its units
        scene = self.graphics.scene()
        self._hover = pg.SignalProxy(scene.sigMouseMoved, rateLimit=30, slot=self._move)
        scene.sigMouseClicked.connect(self._click)

    # -- building ---------------------------------------------------------------

    def _build(self, frame: InsideFrame) -> None:
        self.graphics.clear()
        self.panels.clear()
        self._dead_marks.clear()
        self._levels.clear()
        self._sizes = frame.layer_sizes
        col = 0
        for m in frame.maps:
            bar = m.key not in ("raw", "output")  # output: the input's 0–1 scale
            panel = HeatmapPanel(self.graphics.ci, 0, col, "", SEQUENTIAL, bar)
            if m.key != "raw":
                panel.plot.hideAxis("left")
            panel.plot.setLabel("bottom", self._axis_label(m.key))
            self.panels[m.key] = panel
            self.graphics.ci.layout.setColumnStretchFactor(col, STRETCH.get(m.key, 3))
            if m.key.startswith("layer"):
                marks = pg.ScatterPlotItem(
                    symbol="x", size=9, pen=pg.mkPen(palette.INK), brush=palette.INK
                )
                panel.plot.addItem(marks)
                self._dead_marks[m.key] = marks
            col += 2 if bar else 1
        self.panels["output"].plot.getAxis("bottom").setStyle(showValues=False)
        self.stripe = self._build_stripe()

    def _build_stripe(self) -> pg.ImageItem:
        """The class of each row, as a coloured stripe left of the raw input.

        Named on the axis too, so the classes never rely on colour alone.
        """
        plot = self.panels["raw"].plot
        stripe = pg.ImageItem(axisOrder="row-major")
        plot.addItem(stripe)
        return stripe

    def _axis_label(self, key: str) -> str:
        return {
            # "features" like its neighbour: a longer label ran into the
            # Normalized panel's; the per-column colouring is in the hover text
            "raw": self.tr("features"),
            "input": self.tr("features"),
            "output": self.tr("value") if self.target_name else self.tr("0–1"),
        }.get(key, self.tr("layer {k} units").format(k=key[5:]))

    # -- content ----------------------------------------------------------------

    def show_frame(self, frame: InsideFrame) -> None:
        if frame.layer_sizes != self._sizes:
            self._build(frame)
        self.frame = frame
        self._show_stripe(frame.probe_y)
        for m in frame.maps:
            self._show_map(m)
        dead = [(m.key, m.dead_count) for m in frame.maps if m.key.startswith("layer")]
        total = sum(n for _k, n in dead)
        when = self.tr("live") if frame.live else self.tr("from the past")
        head = self.tr(
            "Epoch {e}, batch {b} ({when}) · {n} validation examples"
        ).format(e=frame.epoch, b=frame.batch, when=when, n=len(frame.probe_rows))
        dead_text = self.tr("dead ReLU units (✕): {dead}").format(dead=total)
        self.summary.setText(f"{head}, {self._order_words()} · {dead_text}")

    def _order_words(self) -> str:
        """How the rows are sorted, in the run's own terms."""
        if self.target_name:
            return self.tr("sorted by {target}, smallest on top").format(
                target=self.target_name
            )
        names = self.class_names
        if len(names) == 2:
            return self.tr("{c0} on top, {c1} below").format(c0=names[0], c1=names[1])
        return self.tr("sorted by class, {first} on top, {last} at the bottom").format(
            first=names[0], last=names[-1]
        )

    def _show_stripe(self, y: np.ndarray) -> None:
        self.stripe.setImage(self._stripe_colours(y), autoLevels=False)
        self.stripe.setRect(-STRIPE_WIDTH - 0.3, 0, STRIPE_WIDTH, len(y))
        ticks = []
        if not self.target_name:
            for label, name in enumerate(self.class_names):
                rows = np.flatnonzero(y == label)
                if len(rows):
                    ticks.append((rows.mean() + 0.5, name))
        self.panels["raw"].plot.getAxis("left").setTicks([ticks])

    def _stripe_colours(self, y: np.ndarray) -> np.ndarray:
        """RGB (rows, 1, 3): each row's class colour, or its target on cividis."""
        if self.target_name:
            low, high = float(y.min()), float(y.max())
            share = (y - low) / (high - low) if high > low else np.zeros(len(y))
            rgb = pg.colormap.get("cividis").map(share, mode="byte")[:, :3]
        else:
            colours = np.array([c.getRgb()[:3] for c in palette.CLASSES])
            rgb = colours[np.asarray(y, dtype=int) % len(colours)]
        return np.asarray(rgb, dtype=np.ubyte)[:, None, :]

    def _show_map(self, m: LayerMap) -> None:
        panel = self.panels[m.key]
        values = m.values
        if m.key == "raw":
            low, high = values.min(axis=0), values.max(axis=0)
            shown = (values - low) / np.where(high > low, high - low, 1.0)
            panel.set_image(values, (0.0, 1.0), shown=shown)
            cols = values.shape[1]
            panel.plot.setRange(
                xRange=(-STRIPE_WIDTH - 0.3, cols), yRange=(0, len(values)), padding=0
            )
            panel.set_title(self.tr("Raw input"))
            return
        if m.key == "input" or (m.key == "output" and not self.target_name):
            levels = (0.0, 1.0)
        elif m.key == "output":  # a number, in standard deviations: about ±2
            top = max(
                self._levels.get(m.key, 0.0), nice_ceiling(float(abs(values).max()))
            )
            self._levels[m.key] = top
            levels = (-top, top)
        else:
            top = max(self._levels.get(m.key, 0.0), nice_ceiling(float(values.max())))
            self._levels[m.key] = top
            levels = (0.0, top)
        margin = DEAD_MARGIN if m.key in self._dead_marks else 0.0
        panel.set_image(values, levels, top_margin=margin)
        panel.set_title(self._title(m))
        if m.key in self._dead_marks:
            cols = np.flatnonzero(m.dead)
            self._dead_marks[m.key].setData(cols + 0.5, np.full(len(cols), -1.0))

    def _title(self, m: LayerMap) -> str:
        if m.key == "input":
            return self.tr("Normalized")
        if m.key == "output":
            return self.tr("Output") if self.target_name else self.tr("Output p")
        return self.tr("Layer {k}: {d} ✕").format(k=m.key[5:], d=m.dead_count)

    # -- hover and click --------------------------------------------------------

    def cell_at(self, scene_position) -> tuple[str, int, int] | None:
        for key, panel in self.panels.items():
            cell = panel.cell_at(scene_position)
            if cell is not None:
                return key, *cell
        return None

    def describe(self, key: str, row: int, col: int) -> str:
        """The hover text for a cell: example, unit and value."""
        frame = self.frame
        value = self.panels[key].values[row, col]
        example = self.tr("validation row {r} ({c})").format(
            r=int(frame.probe_rows[row]), c=self._row_label(frame, row)
        )
        if key in ("raw", "input"):
            name = frame.feature_names[col] if frame.feature_names else f"x{col + 1}"
            what = self.tr("feature {name}").format(name=name)
        elif key == "output" and self.target_name:
            what = self.tr("output (standard deviations)")
        elif key == "output" and frame.output == "classes":
            what = self.tr("P({name})").format(name=self.class_names[col])
        elif key == "output":
            what = self.tr("output p")
        else:
            what = self.tr("layer {k}, unit {u}").format(k=key[5:], u=col + 1)
        text = f"{example} · {what} = {value:.4g}"
        if key == "raw":
            text += " " + self.tr("(colours scaled within each column)")
        return text

    def _row_label(self, frame: InsideFrame, row: int) -> str:
        """The row's class name, or a number's true value in its units."""
        if self.target_name:
            targets = self.val_targets
            r = int(frame.probe_rows[row])
            value = targets[r] if targets is not None and r < len(targets) else None
            return f"{self.target_name} = {value:.3g}" if value is not None else ""
        c = int(frame.probe_y[row])
        return self.class_names[c] if 0 <= c < len(self.class_names) else str(c)

    def readout_at(self, scene_position) -> str:
        cell = self.cell_at(scene_position)
        text = self.describe(*cell) if cell is not None and self.frame else ""
        self.readout.setText(text or self.tr("Hover a cell to read its value."))
        return text

    def _move(self, event) -> None:
        self.readout_at(event[0])

    def _click(self, event) -> None:
        cell = self.cell_at(event.scenePos())
        if cell is None or self.frame is None:
            return
        key, row, col = cell
        if key in ("raw", "input"):
            self.example_clicked.emit(int(self.frame.probe_rows[row]))
            return
        layer = self.frame.n_layers if key == "output" else int(key[5:])
        self.example_clicked.emit(int(self.frame.probe_rows[row]))
        self.unit_clicked.emit(layer, col)


def preview(frame: InsideFrame, class_names: tuple[str, ...]) -> ActivationHeatmapView:
    view = ActivationHeatmapView()
    view.class_names = class_names
    view.show_frame(frame)
    return view


if __name__ == "__main__":
    from desktop.inside.view_preview import show_alone

    show_alone(preview)
