"""The window fits the screens schools have, at every projector scale.

The layout walk sizes the real window as a maximized window on each screen
(the screen's height less a title bar), at font scales 1, 1.5 and 2, shows
every view tab in turn and fails on any visible control outside the window
(or cut sideways by a scroll area that cannot scroll that way) and on any
text cut without a tooltip. Widths are measured with QFontMetrics: the
width a text needs against the width its widget gives it.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from desktop.run.pace import FASTEST_PACE
from desktop.views.text_fit import ELLIPSIS, fit_text
from desktop.window import fitting
from desktop.window.main_window import MainWindow
from tests.gui_helpers import WAIT_MS, make_window, set_speed

SCREENS = ((1024, 768), (1280, 800), (1366, 768), (1920, 1080))
SCALES = (1.0, 1.5, 2.0)
TITLE_BAR = 32  # what a window manager's title bar takes from a maximized window
CONTROLS = (
    QAbstractButton,
    QLabel,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractSlider,
    QTabBar,
)


@pytest.fixture
def trained(qtbot, tmp_path):
    """A window after a whole run, so every live text is there to be measured."""
    window = make_window(qtbot, tmp_path)
    window.showNormal()
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.controls.play_button.click()
    yield window
    window.classroom.projector.set_scale(1.0)  # the app font is global
    window.close()


def _settle(qtbot, window: MainWindow) -> None:
    """Let the window refit and every pending layout run (a view may just have
    set a text, e.g. when a background result arrived)."""
    qtbot.wait(10)
    window.fitter.refit()
    for _ in range(2):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _show_at(qtbot, window: MainWindow, size: tuple[int, int], scale: float):
    if window.classroom.projector.scale != scale:
        window.classroom.projector.set_scale(scale)
    # twice, as a window manager keeps a window at the screen's size: resize()
    # obeys the minimum of the arrangement before the refit it causes
    for _ in range(2):
        window.resize(size[0], size[1] - TITLE_BAR)
        _settle(qtbot, window)


# -- what counts as outside or cut ------------------------------------------------


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def placement_problem(widget: QWidget, window: QWidget) -> str:
    """Why ``widget`` cannot be seen whole, or "" if it can.

    Inside a scroll area a control may run past the viewport only along an
    axis whose scroll bar is showing; what is left must be inside the window.
    """
    rect = _rect_in(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            port = _rect_in(parent, window)
            across = rect.left() < port.left() or rect.right() > port.right()
            down = rect.top() < port.top() or rect.bottom() > port.bottom()
            if across and not area.horizontalScrollBar().isVisible():
                return f"cut sideways by {area.objectName() or type(area).__name__}"
            if down and not area.verticalScrollBar().isVisible():
                return f"cut at the foot by {area.objectName() or type(area).__name__}"
            rect = rect.intersected(port)
            if rect.isEmpty():
                return ""  # scrolled out of the viewport: the scroll bar reaches it
        parent = parent.parentWidget()
    return "" if window.rect().contains(rect) else f"outside the window at {rect}"


def _needed_width(label: QLabel) -> int:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        return int(np.ceil(document.idealWidth() - 2 * document.documentMargin()))
    metrics = label.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def label_is_cut(label: QLabel) -> bool:
    if isinstance(label, fitting.ElidedLabel):
        return label.is_cut()
    room = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height()
    return _needed_width(label) > room.width() - 2 * label.margin()


_CONTENTS = {
    QPushButton: QStyle.SubElement.SE_PushButtonContents,
    QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
    QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
}


def button_is_cut(button: QAbstractButton) -> bool:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    needed = button.fontMetrics().horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    kind = next((k for k in _CONTENTS if isinstance(button, k)), None)
    if kind is None:
        return button.sizeHint().width() > button.width()
    option = QStyleOptionButton()
    option.initFrom(button)
    room = button.style().subElementRect(_CONTENTS[kind], option, button)
    return needed > room.width()


def combo_is_cut(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return needed > field.width()


def text_problems(widget: QWidget) -> list[str]:
    """Cut texts with no tooltip, and tabs scrolled out of their bar."""
    name = widget.objectName() or type(widget).__name__
    if isinstance(widget, QTabBar):
        return _tab_problems(widget)
    if isinstance(widget, QLabel) and widget.text() and label_is_cut(widget):
        cut = True
    elif isinstance(widget, QAbstractButton) and widget.text():
        cut = button_is_cut(widget)
    elif isinstance(widget, QComboBox) and widget.currentText():
        cut = combo_is_cut(widget)
    else:
        cut = False
    if cut and not widget.toolTip():
        text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        return [f"{name} cut without a tooltip: {text!r}"[:160]]
    return []


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        if not bar.rect().contains(bar.tabRect(i)):
            found.append(f"tab {bar.tabText(i)!r} is scrolled out of its bar")
        cut = bar.tabRect(i).width() < bar.tabSizeHint(i).width()
        if cut and not bar.tabToolTip(i):
            found.append(f"tab {bar.tabText(i)!r} cut without a tooltip")
    return found


def pipeline_problems(window: MainWindow) -> list[str]:
    """Every text a pipeline box cut is in that box's tooltip; the live lines show."""
    pipeline = window.pipeline
    found = []
    for index, texts in pipeline.elided_texts().items():
        tip = pipeline.box_tooltip(index)
        missing = [t for t in texts if t not in tip]
        found += [f"box {index + 1}: {t!r} not in its tooltip" for t in missing]
    for index, key in enumerate(pipeline.stage_keys()):
        live = pipeline.live_text(key)
        drawn = " ".join(line for line, _, _ in pipeline.box_text(index).body)
        if live and live[:8] not in drawn:
            found.append(f"box {index + 1}: its live line {live!r} is not drawn")
    return found


def layout_problems(window: MainWindow) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        where = placement_problem(widget, window)
        if where:
            found.append(f"{widget.objectName() or type(widget).__name__} {where}")
        found += text_problems(widget)
    return found + pipeline_problems(window)


# -- the walk -----------------------------------------------------------------------


def test_every_control_fits_at_school_sizes_and_scales(qtbot, trained):
    window = trained
    assert "Now:" in window.pipeline.live_text("layer1")
    problems = []
    for scale in SCALES:
        for screen in SCREENS:
            _show_at(qtbot, window, screen, scale)
            size = (window.width(), window.height())
            if size != (screen[0], screen[1] - TITLE_BAR):
                problems.append(f"{screen} {scale}×: the window needs {size}")
            for name, view in window.services.named.items():  # grouped ones too
                window.services.show_view(view)
                _settle(qtbot, window)
                where = f"{screen[0]}×{screen[1]} {scale}× {name}"
                problems += [f"{where}: {p}" for p in layout_problems(window)]
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_projector_at_1280_cuts_nothing(qtbot, trained):
    """1.5× at 1280×800: every run button, tab title and stage title in full."""
    window = trained
    _show_at(qtbot, window, (1280, 800), 1.5)
    window.tabs.setCurrentIndex(0)
    _settle(qtbot, window)
    bar = window.tabs.tabBar()
    for i in range(bar.count()):
        assert bar.tabRect(i).width() >= bar.tabSizeHint(i).width(), bar.tabText(i)
    for button in window.controls.run_buttons():
        assert button.isVisible(), button.objectName()
        assert not placement_problem(button, window)
        assert not button_is_cut(button), button.text()
    pipeline = window.pipeline
    cut = {t for texts in pipeline.elided_texts().values() for t in texts}
    titles = [pipeline.full_title(i) for i in range(len(pipeline.stages()))]
    assert not cut.intersection(titles)
    assert not fitting.ElidedLabel.is_cut(window.status_label)


def test_narrow_screens_collapse_the_controls_and_wide_ones_do_not(qtbot, trained):
    window = trained
    arrangements = {}
    for scale in SCALES:
        for screen in SCREENS:
            _show_at(qtbot, window, screen, scale)
            arrangements[screen, scale] = window.controls.arrangement
    assert arrangements[(1920, 1080), 1.0] == "wide"
    assert arrangements[(1280, 800), 1.0] == "wide"
    assert arrangements[(1024, 768), 1.0] == "column"
    assert arrangements[(1280, 800), 1.5] == "column"
    assert all(arrangements[s, f] != "wide" for s in SCREENS for f in (1.5, 2.0))
    # the drawer opens the setup beside the run buttons, and closes again
    _show_at(qtbot, window, (1024, 768), 1.0)
    assert not window.controls.setup_box.isVisible()
    window.controls.drawer_button.click()
    _settle(qtbot, window)
    assert window.controls.setup_box.isVisible()
    assert not placement_problem(window.controls.seed_input, window)
    window.controls.drawer_button.click()
    _settle(qtbot, window)
    assert not window.controls.setup_box.isVisible()


def test_the_layer_1_live_line_shows_at_every_width(qtbot, trained):
    window = trained
    pipeline = window.pipeline
    layer1 = pipeline.stage_keys().index("layer1")
    live = pipeline.live_text("layer1")
    for scale in SCALES:
        for screen in SCREENS:
            _show_at(qtbot, window, screen, scale)
            body = pipeline.box_text(layer1).body
            shown = [line for line, _, _ in body if line.startswith("Now:")]
            assert shown, (screen, scale)
            if live not in " ".join(line for line, _, _ in body):
                assert live in pipeline.box_tooltip(layer1)


# -- the window's size on a screen ----------------------------------------------------


@pytest.mark.parametrize("screen", SCREENS)
def test_first_start_maximizes_on_school_screens_and_fits_larger_ones(screen):
    available = QRect(0, 0, screen[0], screen[1] - 30)  # a panel takes 30 px
    rect, maximize = fitting.first_geometry(available)
    assert maximize == (screen[0] <= fitting.SMALL_SCREEN)
    assert available.marginsRemoved(fitting.FRAME_GUESS).contains(rect)
    assert rect.size() == fitting.DEFAULT_SIZE.boundedTo(
        available.marginsRemoved(fitting.FRAME_GUESS).size()
    )


def test_a_remembered_geometry_larger_than_the_screen_is_clamped():
    available = QRect(0, 24, 1280, 776)
    frame = QMargins(1, 22, 1, 1)
    big = QRect(-40, -10, 1920, 1080)
    rect = fitting.clamp_geometry(big, available, frame)
    assert available.contains(rect.marginsAdded(frame))
    assert rect.size() == QSize(1278, 753)
    inside = QRect(100, 100, 800, 600)
    assert fitting.clamp_geometry(inside, available, frame) == inside


def _settings_with_geometry(qtbot, tmp_path, size: QSize) -> QSettings:
    """Settings holding the geometry of a ``size`` window (left by a bigger screen)."""
    from desktop.shell import settings_store

    settings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.setGeometry(QRect(QPoint(0, 0), size))
    settings.setValue(settings_store.GEOMETRY_KEY, window.saveGeometry())
    window.controller.shutdown()
    return settings


def test_the_real_window_never_opens_larger_than_the_screen(qtbot, tmp_path):
    screen = QApplication.primaryScreen().availableGeometry()
    settings = _settings_with_geometry(qtbot, tmp_path, screen.size() * 2)
    assert isinstance(settings.value("window/geometry"), QByteArray)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.fitter._framed, timeout=WAIT_MS)
    qtbot.wait(20)
    assert screen.contains(window.frameGeometry())
    window.close()
    fresh = MainWindow(QSettings(str(tmp_path / "new.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(fresh)
    fresh.show()
    small = screen.width() <= fitting.SMALL_SCREEN
    qtbot.waitUntil(lambda: fresh.isMaximized() == small, timeout=WAIT_MS)
    assert screen.contains(fresh.frameGeometry())
    fresh.close()


# -- text fitting, the curves' axis and legend, the boundary's aspect -----------------


def test_fit_text_marks_what_it_leaves_out(qapp):
    metrics = QFontMetrics(QApplication.font())
    text = "Second layer combines simple patterns into complex ones"
    width = metrics.horizontalAdvance("Second layer combines")
    whole = fit_text(metrics, text, width, 10)
    assert not whole.cut
    assert " ".join(whole.lines) == text
    assert all(metrics.horizontalAdvance(line) <= width for line in whole.lines)
    two = fit_text(metrics, text, width, 2)
    assert two.cut
    assert len(two.lines) == 2
    assert two.lines[-1].endswith(ELLIPSIS)
    assert all(metrics.horizontalAdvance(line) <= width for line in two.lines)
    word = fit_text(metrics, "Normalization", metrics.horizontalAdvance("Normal"), 2)
    assert word.cut
    assert word.lines[0].endswith(ELLIPSIS)
    assert fit_text(metrics, text, width, 0).cut


def _drawn_tick_labels(axis) -> list[str]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


def test_the_last_epoch_is_labelled_and_the_legend_is_off_the_curves(qtbot, trained):
    window = trained
    _show_at(qtbot, window, (1280, 800), 1.0)
    plot = window.plot
    for item in (plot.loss_plot, plot.accuracy_plot):
        assert "20" in _drawn_tick_labels(item.getAxis("bottom"))
    legend = plot.loss_plot.legend
    assert {label.text for _sample, label in legend.items} >= {"training", "validation"}
    box = legend.sceneBoundingRect()
    for item in (plot.loss_plot, plot.accuracy_plot):
        assert not box.intersects(item.getViewBox().sceneBoundingRect())


def test_with_tick_adds_the_last_epoch_and_drops_a_crowding_neighbour():
    from desktop.views.training_plot import with_tick

    levels = [(5.0, [0.0, 5.0, 10.0, 15.0, 20.0]), (1.0, [1.0, 2.0, 21.0])]
    assert with_tick(levels, 20.0, 0, 21) == levels
    longer = [(5.0, [0.0, 5.0, 10.0, 15.0, 20.0]), (1.0, [21.0, 22.0])]
    added = with_tick(longer, 22.0, 0, 22)
    assert added[0] == (5.0, [0.0, 5.0, 10.0, 15.0, 22.0])  # 20 is too close
    assert added[1] == (1.0, [])
    assert with_tick(levels, 30.0, 0, 21) == levels


@pytest.mark.parametrize(("dataset", "equal"), [("circles", True), ("athletes", False)])
def test_2d_data_is_drawn_to_one_scale(qtbot, dataset, equal):
    from desktop.lesson.boundary_view import BoundaryView, _sample

    description, snapshot = _sample(dataset)
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    view.set_description(description)
    view.show_snapshot(snapshot)
    qtbot.wait(20)
    sx, sy = view.plot.plot.getViewBox().viewPixelSize()
    assert (abs(sx - sy) <= 1e-6 * max(sx, sy)) == equal
