"""``--view NAME``: every name in the table reaches a tab, and only those names."""

import os
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QAction, QImage

from desktop.shell.view_names import VIEW_NAMES, check_view_name
from desktop.startup.app import parse_args
from tests.conftest import ROOT
from tests.gui_helpers import make_window


def test_every_view_name_is_a_tab_of_the_window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    services = window.services
    assert sorted(services.named) == sorted(VIEW_NAMES)
    shown = set()
    for name in VIEW_NAMES:
        services.show_named_view(name)
        view = services.named[name]
        assert services.current_view() is view
        qtbot.waitUntil(view.isVisible)  # on screen, inside its group if it has one
        shown.add(window.tabs.currentIndex())
    assert shown == set(range(window.tabs.count()))  # every tab has a named view


def test_grouped_views_have_their_own_view_entries(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    texts = {a.objectName(): a.text() for a in window.menu("view").actions()}
    network = window.services.named["network"]
    entry = f"view_{network.objectName()}_action"
    assert entry in texts
    window.findChild(QAction, entry).trigger()
    assert window.services.current_view() is network


def test_unknown_names_are_refused_with_the_choices():
    with pytest.raises(ValueError, match="network"):
        check_view_name("netwrok")
    with pytest.raises(SystemExit):
        parse_args(["--smoke-test", "--view", "netwrok"])
    assert parse_args(["--view", "boundary"]).view == "boundary"


def test_a_name_cannot_be_given_twice(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    with pytest.raises(ValueError, match="Two views"):
        window.services.name_view(window.tabs.widget(1), "training")


def _pixels(path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8)
    return rows.reshape(image.height(), image.bytesPerLine()).copy()  # owns it


def test_smoke_screenshot_shows_the_named_view(qapp, tmp_path):
    """The boundary view's screenshot differs from the training view's."""
    shots = {}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("training", "boundary"):
        shots[name] = tmp_path / f"{name}.png"
        done = subprocess.run(
            [sys.executable, "main.py", "--smoke-test", "--screenshot",
             str(shots[name]), "--view", name],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
            check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    a, b = (_pixels(shots[n]) for n in ("training", "boundary"))
    assert a.shape == b.shape
    assert (a != b).mean() > 0.1  # the view area changed, not just a caret
