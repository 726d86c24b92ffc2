"""The guided lesson: every step in order, the right part outlined, the run kept."""

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from desktop.classroom.classroom import install_classroom
from desktop.lesson.lesson_mode import load_steps
from tests.gui_helpers import WAIT_MS, make_window

KEY_INSIGHT = (
    "Deep learning handles complex patterns by passing data through multiple "
    "layers that build up from simple to complex features. This layered learning "
    "allows the model to improve predictions step by step, as seen by decreasing "
    "loss and increasing accuracy during training."
)
ORDER = [
    "data",
    "normalization",
    "layer1",
    "layer2",
    "output",
    "training",
    "trace",
    "inside",
    "quiz",
    "insight",
]


@pytest.fixture
def lesson(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    panel = install_classroom(window).lesson
    panel.start()
    yield panel
    window.close()


def test_the_steps_follow_the_seed_page_and_end_on_its_insight():
    steps = load_steps("en")
    assert [s.id for s in steps] == ORDER
    assert steps[-1].text.startswith(KEY_INSIGHT)
    assert all(s.title and s.text and s.hint for s in steps)


def test_next_walks_every_step_with_the_right_highlight(qtbot, lesson):
    window = lesson.window_
    expected = {
        "data": ("input", window.pipeline),
        "normalization": ("normalize", window.pipeline),
        "layer1": ("layer1", window.pipeline),
        "layer2": ("layer2", window.pipeline),
        "output": ("output", window.pipeline),
        "training": ("", window.controls.step_button),
        "trace": ("", window.table),
        "inside": ("", window.pipeline),  # no Inside tab yet: falls back
        "quiz": ("", window.controls.quiz_button),
        "insight": ("", window.pipeline),
    }
    seen = []
    for number, step_id in enumerate(ORDER):
        assert lesson.index == number
        assert lesson.step.id == step_id
        stage, target = expected[step_id]
        assert window.pipeline._active == stage
        assert lesson.overlay.target is target
        assert lesson.overlay.isVisible()
        assert lesson.overlay.drawn_rect() is not None
        assert f"{number + 1} of {len(ORDER)}" in lesson.counter.text()
        seen.append(step_id)
        lesson.next_button.click()
    assert seen == ORDER
    assert lesson.index == len(ORDER) - 1
    assert not lesson.next_button.isEnabled()


def test_back_stops_at_the_first_step(lesson):
    assert not lesson.back_button.isEnabled()
    lesson.back()
    assert lesson.index == 0
    lesson.next()
    lesson.next()
    lesson.back_button.click()
    assert lesson.index == 1
    assert lesson.back_button.isEnabled()


def test_the_highlight_outlines_the_stage_box(lesson):
    window = lesson.window_
    lesson.go_to(ORDER.index("layer2"))
    rect = lesson.overlay.drawn_rect()
    box = window.pipeline.box_rects()[window.pipeline.stage_keys().index("layer2")]
    assert rect.width() == pytest.approx(box.width(), abs=2)
    assert rect.left() == pytest.approx(
        window.pipeline.mapTo(window, box.topLeft().toPoint()).x(), abs=2
    )


def test_the_step_button_trains_one_epoch(qtbot, lesson):
    window = lesson.window_
    lesson.go_to(ORDER.index("training"))
    assert lesson.action_button.isEnabled()
    assert lesson.action_button.text() == "Step one epoch"
    lesson.action_button.click()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done == 1, timeout=WAIT_MS)


def test_leaving_keeps_the_run(qtbot, lesson):
    window = lesson.window_
    lesson.go_to(ORDER.index("training"))
    lesson.perform_action()
    qtbot.waitUntil(lambda: window.controller.latest.epochs_done == 1, timeout=WAIT_MS)
    step = window.controller.latest.step
    lesson.findChild(QWidget, "lesson_leave").click()
    qtbot.wait(200)
    assert not lesson.isVisible()
    assert not lesson.overlay.isVisible()
    assert window.pipeline._active == ""
    assert window.controller.latest.step == step
    assert window.table.trace_model.rowCount() == 1


def test_an_inside_tab_is_used_when_present(lesson):
    window = lesson.window_
    tab = QLabel("inside")
    tab.setObjectName("inside_view")
    index = window.add_view_tab(tab, "Inside")
    lesson.go_to(ORDER.index("inside"))
    assert window.tabs.currentIndex() == index
    assert lesson.overlay.target is window.tabs.tabBar()
    lesson.perform_action()
    assert window.tabs.currentIndex() == index
