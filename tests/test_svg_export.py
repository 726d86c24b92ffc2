"""The curves' SVG export: drawn back, it shows what the PNG export shows.

Both files are written from a trained run; the SVG is rendered back with
Qt's SVG renderer at the PNG's size and compared: the two pictures as a
whole (correlation of small greyscale copies), where the axis lines are
(Qt's own SVG generator put them 17 px away from the curves they belong to)
and, column by column, where the training and validation curves' pixels lie.
ImageMagick drew that generator's curves as filled blobs: the curves here
are polylines with no fill, which the last test checks in the file.
"""

import re

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from core import Trainer, TrainingConfig
from core.engine.snapshot import take_snapshot
from desktop.views import palette
from desktop.views.training_plot import TrainingPlot


def pixels(image: QImage) -> np.ndarray:
    """(height, width, 3) RGB of ``image``."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h)
    return raw.reshape(h, image.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()


def render_svg(path, width: int, height: int) -> np.ndarray:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return pixels(image)


def small_grey(rgb: np.ndarray, size=(60, 160)) -> np.ndarray:
    """Block means of the greyscale picture: a blur that ignores font details."""
    grey = rgb.mean(axis=2)
    h, w = grey.shape
    rows = np.array_split(np.arange(h), size[0])
    cols = np.array_split(np.arange(w), size[1])
    return np.array([[grey[np.ix_(r, c)].mean() for c in cols] for r in rows])


def curve_rows(rgb: np.ndarray, colour: QColor, columns: np.ndarray) -> np.ndarray:
    """Mean row of the pixels of ``colour`` in each of ``columns`` (NaN if none)."""
    target = np.array([colour.red(), colour.green(), colour.blue()], float)
    close = np.abs(rgb.astype(float) - target).sum(axis=2) < 60
    close[int(0.8 * len(close)) :] = False  # the legend's samples, under the plots
    rows = np.full(len(columns), np.nan)
    for i, c in enumerate(columns):
        hit = np.flatnonzero(close[:, c - 1 : c + 2].any(axis=1))
        if len(hit):
            rows[i] = hit.mean()
    return rows


@pytest.fixture(params=[3, 42])
def exported(qtbot, tmp_path, request):
    trainer = Trainer(TrainingConfig(seed=request.param))
    trainer.run()
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(900, 420)
    plot.show()
    plot.show_snapshot(take_snapshot(trainer))
    qtbot.wait(50)
    plot.export(str(tmp_path / "curves.png"))
    plot.export(str(tmp_path / "curves.svg"))
    png = pixels(QImage(str(tmp_path / "curves.png")))
    svg = render_svg(tmp_path / "curves.svg", png.shape[1], png.shape[0])
    return png, svg, (tmp_path / "curves.svg").read_text(encoding="utf-8")


def axis_lines(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns that are mostly dark: the axis lines."""
    dark = rgb.mean(axis=2) < 110
    h, w = dark.shape
    rows = np.flatnonzero(dark.sum(axis=1) > 0.3 * w)
    cols = np.flatnonzero(dark.sum(axis=0) > 0.3 * h)
    return rows, cols


def test_the_svg_drawn_back_looks_like_the_png(exported):
    png, svg, _ = exported
    a, b = small_grey(png), small_grey(svg)
    correlation = np.corrcoef(a.ravel(), b.ravel())[0, 1]
    assert correlation > 0.75


def test_the_axes_sit_where_the_png_has_them(exported):
    png, svg, _ = exported
    (want_rows, want_cols), (got_rows, got_cols) = axis_lines(png), axis_lines(svg)
    assert len(want_rows) >= 1
    assert len(want_cols) >= 2  # the loss plot's and the accuracy plot's
    for want, got in ((want_rows, got_rows), (want_cols, got_cols)):
        assert len(got)
        distance = np.abs(want[:, None] - got[None, :]).min(axis=1)
        assert distance.max() <= 4


@pytest.mark.parametrize("colour", [palette.TRAIN, palette.VALIDATION])
def test_the_curves_lie_where_the_png_draws_them(exported, colour):
    png, svg, _ = exported
    h, w = png.shape[:2]
    columns = np.linspace(0.05 * w, 0.95 * w, 60).astype(int)
    want, got = curve_rows(png, colour, columns), curve_rows(svg, colour, columns)
    both = np.isfinite(want) & np.isfinite(got)
    assert both.sum() >= 20  # the curves are there, in both pictures
    # where one picture has the curve, so has the other
    assert (np.isfinite(want) == np.isfinite(got)).mean() > 0.85
    assert np.median(np.abs(want[both] - got[both])) < 0.02 * h
    assert np.abs(want[both] - got[both]).max() < 0.08 * h


def test_the_svg_is_plain_lines_no_transforms_no_filled_curves(exported):
    _, _, text = exported
    assert "transform" not in text
    polylines = re.findall(r"<polyline [^>]*>", text)
    assert len(polylines) >= 5  # batch losses and four epoch curves
    assert all("fill='none'" in line for line in polylines)
    assert "<path" not in text
