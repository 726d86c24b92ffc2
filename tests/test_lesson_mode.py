"""The guided lesson: every step in order, the right part outlined, the run kept."""

import pytest
from PySide6.QtWidgets import QWidget

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
    "walk",
    "training",
    "trace",
    "inside",
    "quiz",
    "insight",
]


@pytest.fixture
def lesson(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    panel = window.classroom.lesson
    panel.start()
    yield panel
    window.close()


def test_the_steps_follow_the_seed_page_and_end_on_its_insight():
    steps = load_steps("en")
    assert [s.id for s in steps] == ORDER
    assert steps[-1].text.startswith(KEY_INSIGHT)
    assert all(s.title and s.text and s.hint for s in steps)


def expected_targets(window):
    tab = window.tabs.tabBar()
    return {
        "data": ("input", window.pipeline),
        "normalization": ("normalize", window.pipeline),
        "layer1": ("layer1", window.pipeline),
        "layer2": ("layer2", window.pipeline),
        "output": ("output", window.pipeline),
        "walk": ("", window.controls.step_sample_button),
        "training": ("", window.controls.step_button),
        "trace": ("", window.table),
        "inside": ("", tab),
        "quiz": ("", window.controls.quiz_button),
        "insight": ("", window.pipeline),
    }


def move_on(lesson):
    """Next when it is enabled, Skip while the step waits for an action."""
    if lesson.waiting:
        assert not lesson.next_button.isEnabled()
        assert lesson.skip_button.isVisible()
        lesson.skip_button.click()
    else:
        lesson.next_button.click()


def test_next_walks_every_step_with_the_right_highlight(qtbot, lesson):
    window = lesson.window_
    expected = expected_targets(window)
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
        move_on(lesson)
    assert seen == ORDER
    assert lesson.index == len(ORDER) - 1
    assert not lesson.next_button.isEnabled()
    assert not lesson.skip_button.isVisible()


def test_every_step_targets_a_real_visible_enabled_widget(qtbot, lesson):
    """No fallback: each target exists, is on screen and can be used, and each
    step's own button can do what the step asks."""
    window = lesson.window_
    for index, step in enumerate(lesson.steps):
        lesson.go_to(index)
        target = lesson.target_widget(step)
        assert target is not None, step.id
        assert target.isVisible(), step.id
        assert target.isEnabled(), step.id
        rect = lesson.overlay.drawn_rect()
        assert rect is not None, step.id
        assert not rect.isEmpty(), step.id
        assert window.rect().contains(rect.center()), step.id
        if step.target.startswith("tab:"):
            tab = lesson._tab_index(step)
            assert tab >= 0, step.id
            # the tab's label is on screen for the student to click
            bar = window.tabs.tabBar()
            assert bar.rect().intersects(bar.tabRect(tab))
        if step.action:
            assert lesson.action_button.isVisible(), step.id
            assert lesson.action_button.isEnabled(), step.id
            assert lesson.action_button.text(), step.id


def test_callouts_never_cover_a_tab_label(qtbot, lesson):
    window = lesson.window_
    bar = window.tabs.tabBar()
    for index in range(len(lesson.steps)):
        lesson.go_to(index)
        box = lesson.overlay._label_box(lesson.overlay.drawn_rect())
        if lesson.overlay.target is bar:
            continue
        bar_rect = lesson.overlay.widget_rect(bar)
        assert not box.intersects(bar_rect), lesson.step.id


def test_the_panel_leaves_the_tabs_their_room(qtbot, lesson):
    """Docked under the window: the tabs keep their full names."""
    window = lesson.window_
    window.resize(1280, 800)
    qtbot.wait(50)
    assert lesson.height() <= 190
    assert lesson.width() >= 0.9 * window.width()
    bar = window.tabs.tabBar()
    widest = max(bar.tabRect(i).right() for i in range(bar.count()))
    assert widest <= bar.width()  # every tab on screen, none scrolled away


def test_a_step_waits_for_the_students_own_action_then_moves_on(qtbot, lesson):
    window = lesson.window_
    walk = ORDER.index("walk")
    lesson.go_to(walk)
    assert lesson.waiting
    assert not lesson.next_button.isEnabled()
    qtbot.wait(100)
    assert lesson.index == walk  # nothing happens by itself
    window.controls.step_sample_button.click()  # the window's own button
    qtbot.waitUntil(lambda: lesson.index == walk + 1, timeout=WAIT_MS)
    assert lesson.step.id == "training"
    window.controls.step_button.click()
    qtbot.waitUntil(lambda: lesson.index == walk + 2, timeout=WAIT_MS)
    assert window.controller.latest.epochs_done >= 1


def test_pressing_play_moves_on_and_the_tab_step_waits_for_the_tab(qtbot, lesson):
    window = lesson.window_
    trace = ORDER.index("trace")
    lesson.go_to(trace)
    window.controls.play_button.click()
    qtbot.waitUntil(lambda: lesson.step.id == "inside", timeout=WAIT_MS)
    window.controller.pause()
    assert lesson.waiting  # the student opens the tab, the lesson only points
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.inside_epoch.pages[0])
    qtbot.waitUntil(lambda: lesson.step.id == "quiz", timeout=WAIT_MS)


def test_opening_the_box_by_clicking_it_moves_on(qtbot, lesson):
    window = lesson.window_
    lesson.go_to(0)
    window.pipeline.stage_clicked.emit(1)  # another box: not this step's
    qtbot.wait(50)
    assert lesson.index == 0
    window.pipeline.stage_clicked.emit(0)
    qtbot.waitUntil(lambda: lesson.index == 1, timeout=WAIT_MS)
    for dialog in window.findChildren(QWidget, "stage_detail_dialog"):
        dialog.close()


def test_skip_moves_on_without_the_action(qtbot, lesson):
    window = lesson.window_
    lesson.go_to(ORDER.index("training"))
    lesson.skip_button.click()
    assert lesson.step.id == "trace"
    assert window.controller.latest.step == 0


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
    qtbot.waitUntil(lambda: lesson.step.id == "trace", timeout=WAIT_MS)


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
