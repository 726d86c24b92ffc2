"""Background work and throttled redraws: superqt's workers as LayerLab uses them."""

import threading
import warnings

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from desktop.run import background_task
from desktop.run.live_throttle import LiveThrottle
from tests.gui_helpers import WAIT_MS


def _wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not background_task.busy(), timeout=WAIT_MS)


def test_tasks_running_at_once_leave_the_warnings_machinery_alone(qtbot):
    hook, filters = warnings.showwarning, list(warnings.filters)
    together = threading.Barrier(2, timeout=10)
    results = []
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 2))
    try:
        for _round in range(10):
            for _ in range(2):  # two pool threads, inside their functions at once
                background_task.run_in_background(
                    lambda: together.wait() >= 0, results.append, results.append
                )
            _wait_idle(qtbot)
    finally:
        pool.setMaxThreadCount(threads)
    assert results == [True] * 20
    assert warnings.showwarning is hook
    assert warnings.filters == filters


def test_a_warning_in_a_task_follows_the_process_filters(qtbot):
    # pyproject.toml turns warnings into errors for the tests: the task fails
    failures = []

    def work():
        warnings.warn("a number overflowed", RuntimeWarning, stacklevel=1)
        return "finished"

    background_task.run_in_background(work, failures.append, failures.append)
    _wait_idle(qtbot)
    (failure,) = failures
    assert isinstance(failure, RuntimeWarning)
    assert str(failure) == "a number overflowed"


class _Drawn:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


def _widget(qtbot, shown: bool = True) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    if shown:
        widget.show()
    return widget


def test_a_burst_of_requests_draws_once_now_and_once_at_the_end(qtbot):
    widget = _widget(qtbot)
    draw = _Drawn()
    throttle = LiveThrottle(widget, draw, rate_hz=20)
    for _ in range(50):  # no event loop between them: one burst
        throttle.request()
    assert draw.count == 1  # the first request draws at once
    qtbot.waitUntil(lambda: draw.count == 2, timeout=WAIT_MS)  # the latest, once
    qtbot.wait(200)  # four intervals: nothing further is pending
    assert draw.count == 2


def test_a_hidden_widget_draws_only_when_shown(qtbot):
    widget = _widget(qtbot, shown=False)
    draw = _Drawn()
    throttle = LiveThrottle(widget, draw, rate_hz=20)
    throttle.request()
    throttle.flush()
    qtbot.wait(100)
    assert draw.count == 0
    widget.show()
    throttle.flush()  # what the views' showEvent does
    assert draw.count == 1
    throttle.flush()  # nothing pending any more
    assert draw.count == 1
