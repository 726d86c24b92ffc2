"""Unit pictures in the pipeline's boxes: the core's pictures, a scrub, text first."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from core import TrainingConfig
from core.inside.moment_snapshot import snapshot_at
from core.lesson.boundary import make_grid, model_from_theta, normalized_split
from core.patterns.unit_pictures import unit_status
from desktop.patterns.pipeline_pictures import STRIP_UNITS, PipelinePictures
from desktop.run.training_controller import (
    FAST_REFRESH_MS,
    WATCHED_REFRESH_MS,
    TrainingController,
)
from desktop.shell.run_model import RunModel
from desktop.views.pipeline_view import MIN_THUMB, PipelineView, thumb_grid
from tests.gui_helpers import WAIT_MS

CONFIG = TrainingConfig(epochs=2)  # the seed network: 20 -> 64 -> 32 -> 1
SIZES = (20, 64, 32, 1)


@pytest.fixture
def setup(qtbot):
    model, controller = RunModel(), TrainingController()
    model.follow(controller)
    pipeline = PipelineView()
    qtbot.addWidget(pipeline)
    controller.configured.connect(lambda d: pipeline.set_stages(d.stages))
    pictures = PipelinePictures(model, pipeline)
    pipeline.resize(1600, 400)
    pipeline.show()
    with qtbot.waitSignal(pictures.shown, timeout=WAIT_MS):
        controller.configure(CONFIG)
    yield model, controller, pipeline, pictures
    controller.shutdown()


def _train(qtbot, controller, pictures):
    shown = []
    pictures.shown.connect(shown.append)
    with qtbot.waitSignal(controller.run_finished, timeout=WAIT_MS):
        controller.play()
    qtbot.waitUntil(
        lambda: bool(shown) and shown[-1].step == controller.latest.step,
        timeout=WAIT_MS,
    )


def _pixels(image):
    """A QImage's RGBA bytes as an array (height, width, 4)."""
    height, width = image.height(), image.width()
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(height, image.bytesPerLine())[:, : 4 * width].reshape(
        height, width, 4
    )


def _check_boxes_show(pipeline, pictures, theta):
    """Every box's pictures are the core's, for the most relied-on units."""
    split = normalized_split(pictures.description.dataset, CONFIG)
    grid = make_grid(split, 4, 6, 48)  # VO2 max and vertical jump, as the boundary
    model = model_from_theta(theta, SIZES)
    passed = model.forward(grid.X)
    order = unit_status(model, split.X_train).order
    for k in (1, 2, 3):
        key = "output" if k == 3 else f"layer{k}"
        strip = pictures.strips[key]
        units = np.arange(1) if k == 3 else order[k - 1][:STRIP_UNITS]
        np.testing.assert_array_equal(strip.units, units)
        for slot, unit in enumerate(units):
            expected = passed.a[k][:, unit].reshape(48, 48)
            np.testing.assert_allclose(strip.values[slot], expected, atol=1e-12)
        images = pipeline.unit_pictures(key)
        assert len(images) == len(units)
        for image, rgba in zip(images, strip.rgba, strict=True):
            np.testing.assert_array_equal(_pixels(image), rgba)
    reliance = unit_status(model, split.X_train).reliance[0]
    shown = reliance[pictures.strips["layer1"].units]
    assert np.all(np.diff(shown) <= 0)  # most relied-on first


def test_the_boxes_show_the_core_pictures_after_a_run(qtbot, setup):
    _, controller, pipeline, pictures = setup
    _train(qtbot, controller, pictures)
    _check_boxes_show(pipeline, pictures, controller.latest.theta)
    keys = pipeline.stage_keys()
    drawn = {key: len(pipeline.picture_rects(i)) for i, key in enumerate(keys)}
    assert drawn["input"] == drawn["normalize"] == 0  # no pictures offered there
    assert drawn["layer2"] > 0  # 1600 x 400 leaves room under the text
    assert drawn["output"] == 1


def test_the_boxes_follow_a_scrub(qtbot, setup):
    model, controller, pipeline, pictures = setup
    start = model.snapshot.theta.copy()
    _train(qtbot, controller, pictures)
    live = model.snapshot
    assert not np.array_equal(start, live.theta)
    with qtbot.waitSignal(pictures.shown, timeout=WAIT_MS) as shown:
        model.set_moment(snapshot_at(live, 0, start))
    assert shown.args[0].step == 0
    _check_boxes_show(pipeline, pictures, start)
    with qtbot.waitSignal(pictures.shown, timeout=WAIT_MS) as shown:
        model.set_moment(None)
    assert shown.args[0] is live
    _check_boxes_show(pipeline, pictures, live.theta)


def _texts(pipeline):
    n = len(pipeline.stages())
    return [pipeline.box_text(i) for i in range(n)], pipeline.elided_texts()


@pytest.mark.parametrize(
    "size", [(500, 230), (978, 230), (1117, 260), (1400, 300), (1587, 420)]
)
def test_pictures_take_only_the_room_the_text_leaves(qtbot, setup, size):
    _, _, pipeline, _ = setup
    pipeline.resize(*size)
    with_pictures = _texts(pipeline)
    for i in range(len(pipeline.stages())):
        rects = pipeline.picture_rects(i)
        box = pipeline.box_rects()[i]
        body_top = box.top() + pipeline._header_height() + 6
        text_bottom = body_top + pipeline._rows_height(with_pictures[0][i].body)
        for rect in rects:
            assert rect.top() >= text_bottom  # never over the text
            assert box.contains(rect)
            assert rect.width() >= MIN_THUMB
        assert all(not a.intersects(b) for a in rects for b in rects if a is not b)
    saved = {k: pipeline.unit_pictures(k) for k in pipeline.stage_keys()}
    pipeline.clear_unit_pictures()
    assert _texts(pipeline) == with_pictures  # the same text, cut the same way
    for key, images in saved.items():
        pipeline.set_unit_pictures(key, images)


def _left_out_for_height(pipeline, i):
    """Texts of box ``i`` cut or left out for lack of room (not a shortened
    title, nor a shape written short for lack of width)."""
    cut = set(pipeline.box_text(i).cut) - {pipeline.full_title(i)}
    return {t for t in cut if not t.startswith(("in:", "out:"))}


@pytest.mark.parametrize("size", [(700, 230), (900, 230)])
def test_small_boxes_drop_the_pictures_before_any_text(qtbot, setup, size):
    _, _, pipeline, _ = setup
    pipeline.resize(*size)
    crowded = [i for i in (2, 3, 4) if _left_out_for_height(pipeline, i)]
    assert crowded  # this small, some box's text is already cut...
    for i in crowded:
        assert pipeline.picture_rects(i) == []  # ...and such a box has no pictures
    pipeline.resize(2400, 600)
    assert all(pipeline.picture_rects(i) for i in (2, 3, 4))


def test_thumb_grid_fits_and_is_the_largest():
    for count, width, height in (
        (12, 200, 40),
        (12, 200, 90),
        (1, 60, 300),
        (7, 30, 30),
    ):
        side, rows = thumb_grid(count, width, height, 40)
        per_row = -(-count // rows)
        assert per_row * side + (per_row - 1) * 2 <= width + 1e-9
        assert rows * side + (rows - 1) * 2 <= height + 1e-9
        for other in range(1, count + 1):  # no other row count fits larger ones
            per = -(-count // other)
            fits = min(40, (width + 2) / per - 2, (height + 2) / other - 2)
            assert fits <= side + 1e-9


def test_a_watched_view_asks_for_faster_snapshots(qtbot):
    controller = TrainingController()
    try:
        controller.set_pace(99)  # full speed
        assert controller.refresh_ms() == FAST_REFRESH_MS
        controller.set_watched("network", True)
        controller.set_watched("pieces", True)
        controller.set_watched("network", False)
        assert controller.refresh_ms() == WATCHED_REFRESH_MS
        assert controller._refresh.interval() == WATCHED_REFRESH_MS
        controller.set_watched("pieces", False)
        assert controller._refresh.interval() == FAST_REFRESH_MS
    finally:
        controller.shutdown()


def test_rects_are_inside_the_body(qtbot, setup):
    _, _, pipeline, _ = setup
    for i in range(len(pipeline.stages())):
        box = pipeline.box_rects()[i]
        for rect in pipeline.picture_rects(i):
            assert QRectF(box).adjusted(8, 0, -8, -6).contains(rect)
