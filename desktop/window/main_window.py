"""LayerLab's main window: the pipeline, the live curves, the trace and the controls.

The window only arranges views and routes messages: controls send commands
to the training controller, whose descriptions, snapshots and frames go into
the run model (``desktop/shell/run_model.py``) and are drawn from there. It
never touches the trainer.

It is also where the features are put together (``_install_features``):
each gets the run model, the controller and the window services in its
constructor, and contributes its commands as rows of the one action table
(``desktop/shell/actions.py``), from which the menus are built once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import TrainingConfig
from core.engine.snapshot import RunSnapshot
from desktop.classroom.work_guard import WorkGuard
from desktop.controls.panel import ControlsPanel
from desktop.run import background_task
from desktop.run.pace import DEFAULT_PACE
from desktop.run.run_clock import RunClock
from desktop.run.training_controller import TrainingController
from desktop.run.training_worker import RunDescription
from desktop.shell import language, settings_store
from desktop.shell.actions import ActionTable, build_menu_bar
from desktop.shell.run_model import RunModel
from desktop.shell.services import WindowParts, WindowServices
from desktop.views.pipeline_view import PipelineView
from desktop.views.trace_table import TraceTable
from desktop.views.training_plot import TrainingPlot
from desktop.window import fitting, run_texts, window_menus
from desktop.window.message_banner import float_over


class KeepArrowKeys(QObject):
    """Lets a focused slider or list keep its arrow keys instead of the window's."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            event.accept()
            return True
        return False


class MainWindow(QMainWindow):
    def __init__(
        self, settings: QSettings | None = None, profile_path: str | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(
            self.tr("LayerLab — why deep networks learn complex patterns")
        )
        self.settings = settings or settings_store.app_settings()
        self.controller = TrainingController(self)
        self.run_model = RunModel(self)
        self.run_model.follow(self.controller)
        self.work_guard = WorkGuard(self)  # sees every save and opening
        self._live_key: tuple[int, int] | None = None
        self.run_clock = RunClock()
        self._build_views()
        self.services = WindowServices(
            self, self.tabs, self.show_message, self.banner.hide, self.add_under_views
        )
        self.services.name_view(self.tabs.widget(0), "training")
        self.parts = WindowParts(
            self.run_model, self.controls, self.pipeline, self.plot, self.table
        )
        self.menus = build_menu_bar(self.menuBar())  # filled by _install_features
        self.commands = ActionTable(self)
        # the features, made by _install_features
        self.inside_epoch = self.lesson_views = self.files_menu = None
        self.pattern_views = None
        self.student = self.classroom = self.quiz_launcher = None
        self.shortcuts_sheet = None
        self._wire()
        self._restore()
        self._profile_path = profile_path
        self.features_installed = False
        # Right after the first paint (or 300 ms at most): the window is on
        # screen sooner, and nothing can be clicked before then anyway.
        QTimer.singleShot(300, self._install_features)

    # -- building -----------------------------------------------------------------

    def _build_views(self) -> None:
        self.pipeline = PipelineView()
        self.plot = TrainingPlot()
        self.table = TraceTable()
        self.controls = ControlsPanel()
        self.banner = self._build_banner()
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.plot)
        lower.addWidget(self.table)
        lower.setSizes([300, 220])
        self.tabs = fitting.ViewTabs()
        self.tabs.setObjectName("view_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(lower, self.tr("Training"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.run_strip = QWidget()  # the run buttons, when the window is narrow
        self.run_strip.setObjectName("run_strip")
        column.addWidget(self.run_strip)
        # over the views, not in the column: showing it must not move them
        self.banner_float = float_over(self.banner, right, below=self.run_strip)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pipeline)
        splitter.addWidget(self._views_column())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 520])
        column.addWidget(splitter, 1)
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(scroll)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.fitter = fitting.LayoutFitter(self, scroll, self.run_strip)
        self.status_label = fitting.ElidedLabel()
        self.status_label.setObjectName("status_label")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._arrow_keeper = KeepArrowKeys(self)
        for widget in (self.controls.speed_slider, self.table):
            widget.installEventFilter(self._arrow_keeper)

    def _views_column(self) -> QWidget:
        """The view tabs, with room under them for what belongs to every view
        (the time scrubber, added by desktop/inside/inside_epoch.py)."""
        holder = QWidget()
        self._under_views = QVBoxLayout(holder)
        self._under_views.setContentsMargins(0, 0, 0, 0)
        self._under_views.setSpacing(2)
        self._under_views.addWidget(self.tabs, 1)
        return holder

    def _build_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("message_banner")
        banner.setStyleSheet(
            "#message_banner { background: #fff4e5; border: 2px solid #D55E00;"
            " border-radius: 4px; }"
        )
        row = QHBoxLayout(banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("message_text")
        self.banner_text.setWordWrap(True)
        close = QPushButton(self.tr("Dismiss"))
        close.setObjectName("message_dismiss")
        close.clicked.connect(banner.hide)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.banner_text, 1)
        row.addWidget(close)
        banner.hide()
        return banner

    def _wire(self) -> None:
        c, controls = self.controller, self.controls
        controls.play_clicked.connect(c.toggle)
        controls.step_clicked.connect(c.step_epoch)
        controls.step_batch_clicked.connect(c.step_batch)
        controls.reset_clicked.connect(c.reset)
        controls.quiz_clicked.connect(self.open_quiz)
        controls.config_changed.connect(self.apply_config)
        controls.learning_rate_changed.connect(c.set_learning_rate)
        controls.pace_changed.connect(c.set_pace)
        controls.said.connect(self.services.say)
        c.playing_changed.connect(controls.set_playing)
        c.playing_changed.connect(self.run_clock.set_running)
        c.playing_changed.connect(self._refresh_status)
        self.run_model.description_changed.connect(self._on_configured)
        self.run_model.snapshot_changed.connect(self.show_snapshot)
        self.run_model.moment_changed.connect(self._show_moment)
        c.run_finished.connect(self._on_run_finished)
        c.failed.connect(self.show_message)
        self.pipeline.stage_clicked.connect(self.open_stage)

    def _restore(self) -> None:
        geometry = settings_store.load_bytes(self.settings, settings_store.GEOMETRY_KEY)
        restored = geometry is not None and self.restoreGeometry(geometry)
        fitting.place_on_screen(self, restored)
        config = settings_store.load_config(self.settings)
        self.controls.set_config(config)
        pace = settings_store.load_pace(self.settings, DEFAULT_PACE)
        self.controls.speed_slider.setValue(pace)
        self.controller.set_pace(pace)
        self.controller.configure(config)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.features_installed:
            QTimer.singleShot(0, self._install_features)

    def _install_features(self) -> None:
        """Make each feature from the run model, the controller and the services,
        then build every menu from the combined action table, once.

        The classroom comes last: its profile may lock or hide the others' commands.
        """
        if self.features_installed:
            return
        self.features_installed = True
        from desktop.classroom import classroom, files_menu, student_name
        from desktop.inside import inside_epoch
        from desktop.lesson import lesson_views
        from desktop.lesson.quiz_launcher import QuizLauncher
        from desktop.patterns import pattern_views

        model, c, services = self.run_model, self.controller, self.services
        self.inside_epoch = inside_epoch.InsideEpoch(model, c, services, self.parts)
        self.lesson_views = lesson_views.LessonViews(model, c, services)
        self.pattern_views = pattern_views.PatternViews(model, c, services, self.parts)
        self.student = student_name.StudentName(model, services)
        self.quiz_launcher = QuizLauncher(
            model, services, lambda: self.lesson_views.comparison.result,
            self.student.ask_once, lambda: self.commands.enabled("quiz_action"),
        )  # fmt: skip
        self.files_menu = files_menu.FilesMenu(
            model, c, services, self.parts, self.student
        )
        self.classroom = classroom.Classroom(
            model, services, self.controls, self.settings, self.commands
        )
        self.language = language.LanguageChoice(
            self.settings, self, self.commands.refresh_checks
        )
        self.commands.build(
            self.menus,
            (
                (c, window_menus.CONTROLLER_ACTIONS),
                (self, window_menus.WINDOW_ACTIONS),
                (self.inside_epoch, inside_epoch.ACTIONS),
                (self.lesson_views, lesson_views.ACTIONS),
                (self.pattern_views, pattern_views.ACTIONS),
                (self.files_menu, files_menu.ACTIONS),
                (self.student, student_name.ACTIONS),
                (self.classroom, classroom.ACTIONS),
                (services, services.view_actions()),
                (self.language, language.ACTIONS),
            ),
        )
        if self._profile_path:
            self.classroom.open_profile(self._profile_path)
        collector = getattr(QApplication.instance(), "_gui_thread_collector", None)
        if collector is not None:  # see desktop/startup/gc_guard.py
            collector.busy = lambda: self.controller.playing
            collector.settle()

    # -- what features and tests reach -----------------------------------------

    @property
    def description(self) -> RunDescription | None:
        """The run's description (the run model's)."""
        return self.run_model.description

    @Slot(object)
    def _show_moment(self, past: RunSnapshot | None) -> None:
        """The curves at the time scrubber's moment, or live again (None)."""
        if past is not None:
            self.plot.show_snapshot(past, moment=True)
        elif self.run_model.snapshot is not None:
            self.show_snapshot(self.run_model.snapshot)

    def show_view_at(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def add_under_views(self, widget: QWidget) -> None:
        """Put ``widget`` under the view tabs, whichever tab is shown."""
        self._under_views.addWidget(widget)

    def menu(self, key: str):
        """The "file", "training", "view", "learn" or "help" menu."""
        return self.menus[key]

    # -- commands ---------------------------------------------------------------

    @Slot(object)
    def apply_config(self, config: TrainingConfig) -> None:
        """A new model or data: start a clean run with it.

        A student's own data (``file:…``) exists only in memory, so it travels
        with the configuration; a built-in dataset is generated from its name.
        """
        self.banner.hide()
        dataset = None
        current = self.description
        own = config.dataset.startswith("file:") and current is not None
        if own and current.dataset.name == config.dataset:
            dataset = current.dataset
        self.controller.configure(config, dataset)

    def restore_defaults(self) -> None:
        """Back to the run model's setup: the lesson's, or a teacher's profile's."""
        setup = self.run_model.setup
        self.controls.set_config(setup.config)
        self.controls.speed_slider.setValue(setup.pace)
        self.apply_config(setup.config)

    def open_quiz(self) -> None:
        """Take the quiz… (its command, the button and the guided lesson)."""
        if self.quiz_launcher is not None:
            self.quiz_launcher.open()

    def open_stage(self, index: int) -> None:
        from desktop.views.stage_detail_dialog import StageDetailDialog

        if self.description is None:
            return
        stage = self.description.stages[index]
        dialog = StageDetailDialog(
            stage, self.description, self.controller.latest, self
        )
        dialog.example_requested.connect(self.trace_example)
        dialog.open()

    def trace_example(self, position: int) -> None:
        """Follow validation row ``position`` in the Prediction trace view."""
        self.controller.trace_example(position)
        if self.inside_epoch is not None:
            self.inside_epoch.show_trace()

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: the action table's keys and the fixed ones."""
        from desktop.window.shortcuts_sheet import ShortcutsSheet

        self.shortcuts_sheet = ShortcutsSheet(self, self.commands.shortcut_rows())
        self.shortcuts_sheet.open()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    # -- from the controller -----------------------------------------------------------

    @Slot(object)
    def _on_configured(self, description: RunDescription) -> None:
        if description.fallback:  # the fields show what really runs
            self.controls.set_config(description.config)
        self._live_key = None
        self.run_clock.reset()
        self.pipeline.set_stages(description.stages)
        self.pipeline.clear_live_texts()  # nothing of the previous run survives
        for key, text in run_texts.live_texts(description, None).items():
            self.pipeline.set_live_text(key, text)
        self.plot.clear(description.config.epochs, description.target_kind)
        self.table.set_kind(description.target_kind)
        self.table.set_records([])
        self.status_label.setText("")
        self.controls.set_run_over(False)

    @Slot(object)
    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        self.plot.show_snapshot(snapshot, self._follows_batches(snapshot))
        self.table.set_records(snapshot.records)
        self.run_clock.note(snapshot.step * self._examples_per_step())
        self.status_label.setText(self._status_text(snapshot))
        self._update_live_texts(snapshot)
        self.controls.set_run_over(snapshot.state in ("finished", "diverged"))

    def _follows_batches(self, snapshot: RunSnapshot) -> bool:
        """Zoom the curves onto the current epoch while it goes batch by batch:
        single steps inside an epoch, or play slower than an epoch a second."""
        inside = 0 < snapshot.batch_in_epoch < snapshot.batches_per_epoch
        if not inside or snapshot.state not in ("ready", "training"):
            return False
        return not self.controller.playing or self.controller.pace_is_per_batch

    def _examples_per_step(self) -> int:
        d = self.description
        return min(d.config.batch_size, d.train_rows) if d is not None else 0

    @Slot(object)
    def _on_run_finished(self, snapshot: RunSnapshot) -> None:
        if snapshot.state == "diverged":
            self.show_message(snapshot.error)

    @Slot()
    def _refresh_status(self) -> None:
        """Play and pause change the state word before any snapshot arrives."""
        snapshot = self.controller.latest
        if snapshot is not None:
            self.status_label.setText(self._status_text(snapshot))

    def _status_text(self, s: RunSnapshot) -> str:
        seconds = max(self.run_clock.seconds(), s.elapsed_seconds)
        playing = self.controller.playing
        return run_texts.status_text(s, playing, seconds, self.run_clock.speed())

    def _update_live_texts(self, snapshot: RunSnapshot) -> None:
        """Once per epoch (and per single step): repainting the diagram is not free."""
        key = (
            snapshot.epochs_done,
            snapshot.step if not self.controller.playing else 0,
            snapshot.state,
        )
        if self.description is None or key == self._live_key:
            return
        self._live_key = key
        for name, text in run_texts.live_texts(self.description, snapshot).items():
            self.pipeline.set_live_text(name, text)

    def new_lesson(self) -> None:
        """File → New lesson: the lesson's (or the profile's) start, a fresh run."""
        from desktop.classroom import protect_work

        protect_work.new_lesson(self)

    # -- closing ---------------------------------------------------------------------

    # A trained, unsaved run is not closed without asking (Save / Discard /
    # Cancel, desktop/classroom/protect_work.py). Automated runs that close a
    # trained window on purpose (tests, the smoke test) set this to False.
    ask_before_discarding = True

    def closeEvent(self, event) -> None:
        """Ask about an unsaved run, then stop and join the training thread."""
        from desktop.classroom import protect_work

        if not protect_work.may_close(self):
            event.ignore()
            return
        started = self.description.config if self.description is not None else None
        settings_store.remember_on_close(
            self.settings,
            self.controls.config(),
            started,
            self.controls.speed_slider.value(),
        )
        self.settings.setValue(settings_store.GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        background_task.cancel_all()
        self.controller.shutdown()
        super().closeEvent(event)
