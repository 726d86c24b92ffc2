"""LayerLab's main window: the pipeline, the live curves, the trace and the controls.

The window only arranges views and routes messages: controls send commands
to the training controller, snapshots come back and are drawn. It never
touches the trainer.
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import TrainingConfig
from core.data.chance import chance_of
from core.engine.snapshot import RunSnapshot
from core.engine.training import History
from core.lesson.pipeline_stages import strongest_inputs
from desktop.run import background_task
from desktop.run.pace import DEFAULT_PACE
from desktop.run.run_clock import RunClock
from desktop.run.training_controller import TrainingController
from desktop.run.training_worker import RunDescription
from desktop.views.pipeline_view import PipelineView
from desktop.views.trace_table import TraceTable
from desktop.views.training_plot import TrainingPlot
from desktop.window import settings_store, window_menus
from desktop.window.controls_panel import ControlsPanel


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
        self.description: RunDescription | None = None
        self._live_key: tuple[int, int] | None = None
        self.run_clock = RunClock()
        # what Restore defaults brings back, and the quiz a class is given;
        # a classroom profile (desktop/classroom/profile_actions.py) changes these
        self.defaults: tuple[TrainingConfig, int] = (TrainingConfig(), DEFAULT_PACE)
        self.quiz_allowed = True
        self.quiz_questions: tuple[str, ...] | None = None
        self._build_views()
        self.menus = window_menus.build_menus(self)
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
        self.tabs = QTabWidget()
        self.tabs.setObjectName("view_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(lower, self.tr("Training"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pipeline)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 520])
        column.addWidget(splitter, 1)
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(270)
        scroll.setMaximumWidth(340)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(scroll)
        row.addWidget(right, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self._arrow_keeper = KeepArrowKeys(self)
        for widget in (self.controls.speed_slider, self.table):
            widget.installEventFilter(self._arrow_keeper)

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
        c.playing_changed.connect(controls.set_playing)
        c.playing_changed.connect(self.run_clock.set_running)
        c.configured.connect(self._on_configured)
        c.snapshot_ready.connect(self.show_snapshot)
        c.run_finished.connect(self._on_run_finished)
        c.failed.connect(self.show_message)
        self.pipeline.stage_clicked.connect(self.open_stage)

    def _restore(self) -> None:
        geometry = settings_store.load_bytes(self.settings, settings_store.GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
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
        """Each feature lives in its own module and wires itself to the window.

        The classroom profile comes last: it may lock or hide what the others add.
        """
        if self.features_installed:
            return
        self.features_installed = True
        profile_path = self._profile_path
        from desktop.classroom.classroom import install_classroom
        from desktop.classroom.files_menu import install_files_menu
        from desktop.inside.inside_epoch import install_inside_epoch
        from desktop.lesson.lesson_views import install_lesson_views

        self.inside_epoch = install_inside_epoch(self)
        self.lesson_views = install_lesson_views(self)
        self.files_menu = install_files_menu(self)
        install_classroom(self, profile_path)
        collector = getattr(QApplication.instance(), "_gui_thread_collector", None)
        if collector is not None:  # see desktop/startup/gc_guard.py
            collector.busy = lambda: self.controller.playing
            collector.settle()

    # -- extension points: features install themselves through these ----------

    def add_view_tab(self, widget: QWidget, title: str) -> int:
        """Add a view beside "Training"; a View-menu entry (Ctrl+1, …) shows it."""
        index = self.tabs.addTab(widget, title)
        shortcut = f"Ctrl+{index + 1}" if index < 9 else None
        name = f"view_{widget.objectName()}_action"
        show = lambda: self.tabs.setCurrentIndex(index)  # noqa: E731
        window_menus.add_action(self, self.menus["view"], title, shortcut, show, name)
        return index

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
        """Back to ``self.defaults``: the lesson's setup, or a teacher's profile's."""
        config, pace = self.defaults
        self.controls.set_config(config)
        self.controls.speed_slider.setValue(pace)
        self.apply_config(config)

    def open_quiz(self) -> None:
        """The quiz, with questions written from this run's own numbers.

        ``quiz_allowed`` and ``quiz_questions`` let a classroom profile switch it
        off or pick its questions.
        """
        from core.quiz.sitting import QuizBankError, load_builtin_bank
        from desktop.lesson.quiz_dialog import QuizDialog, comparison_baseline

        if not self.quiz_allowed:
            return
        try:
            bank = load_builtin_bank().only(self.quiz_questions)
        except QuizBankError as problem:
            self.show_message(str(problem))
            return
        snapshot = self.controller.latest
        history = None
        if snapshot is not None and snapshot.records:
            history = History(
                batches_per_epoch=snapshot.batches_per_epoch,
                records=list(snapshot.records),
                batch_losses=snapshot.batch_losses.tolist(),
            )
        described = self.description
        chance = described.chance if described is not None else None
        dataset = described.dataset.name if described is not None else None
        views = getattr(self, "lesson_views", None)
        compared = getattr(views.comparison, "result", None) if views else None
        self.quiz = QuizDialog(
            bank, history=history, chance=chance, dataset=dataset, parent=self,
            baseline_accuracy=comparison_baseline(compared, described),
        )  # fmt: skip
        self.quiz.setObjectName("quiz_dialog")
        self.quiz.open()

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
        inside = getattr(self, "inside_epoch", None)
        if inside is not None:
            self.tabs.setCurrentWidget(inside.pages[inside.views.index(inside.trace)])

    def show_shortcuts(self) -> None:
        window_menus.show_shortcuts(self)

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    # -- from the controller -----------------------------------------------------------

    @Slot(object)
    def _on_configured(self, description: RunDescription) -> None:
        self.description = description
        if description.fallback:  # the fields show what really runs
            self.controls.set_config(description.config)
        self._live_key = None
        self.run_clock.reset()
        self.pipeline.set_stages(description.stages)
        self.pipeline.set_live_text(
            "output", self.tr("To beat: {chance}").format(chance=chance(description))
        )
        self.plot.clear(description.config.epochs)
        self.table.set_records([])
        self.controls.set_run_over(False)

    @Slot(object)
    def show_snapshot(self, snapshot: RunSnapshot) -> None:
        self.plot.show_snapshot(snapshot)
        self.table.set_records(snapshot.records)
        self.status_label.setText(self._status_text(snapshot))
        self._update_live_texts(snapshot)
        self.controls.set_run_over(snapshot.state in ("finished", "diverged"))

    @Slot(object)
    def _on_run_finished(self, snapshot: RunSnapshot) -> None:
        if snapshot.state == "diverged":
            self.show_message(snapshot.error)

    def _status_text(self, s: RunSnapshot) -> str:
        state = {
            "ready": self.tr("ready"),
            "training": self.tr("training"),
            "finished": self.tr("finished"),
            "diverged": self.tr("diverged"),
        }[s.state]
        if self.controller.playing and s.state == "training":
            state = self.tr("running")
        seconds = max(self.run_clock.seconds(), s.elapsed_seconds)
        examples = s.examples_per_second * s.elapsed_seconds
        return self.tr(
            "Epoch {e}/{n} · batch {b}/{bn} · {t:.1f} s · {r:,.0f} examples/s · {state}"
        ).format(
            e=s.epochs_done,
            n=s.total_epochs,
            b=s.batch_in_epoch or (s.batches_per_epoch if s.epochs_done else 0),
            bn=s.batches_per_epoch,
            t=seconds,
            r=examples / seconds if seconds else 0.0,
            state=state,
        )

    def _update_live_texts(self, snapshot: RunSnapshot) -> None:
        """Once per epoch (and per single step): repainting the diagram is not free."""
        key = (
            snapshot.epochs_done,
            snapshot.step if not self.controller.playing else 0,
        )
        if self.description is None or key == self._live_key:
            return
        self._live_key = key
        if snapshot.records:
            last = snapshot.records[-1]
            self.pipeline.set_live_text(
                "output",
                self.tr("Now: {acc:.0%} of validation rows right; {chance}").format(
                    acc=last.val_accuracy, chance=chance(self.description)
                ),
            )
        layers = snapshot.layer_params()
        if len(layers) > 1 and snapshot.step:
            names = self.description.dataset.feature_names
            self.pipeline.set_live_text(
                "layer1",
                self.tr("Now: {text}").format(
                    text=strongest_inputs(layers[0][0], names)
                ),
            )

    # -- closing ---------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        """Stop and join the training thread before the window goes."""
        started = self.description.config if self.description is not None else None
        config = settings_store.config_to_save(self.controls.config(), started)
        if config is not None:
            settings_store.save_config(self.settings, config)
        settings_store.save_pace(self.settings, self.controls.speed_slider.value())
        self.settings.setValue(settings_store.GEOMETRY_KEY, self.saveGeometry())
        self.settings.sync()
        background_task.cancel_all()
        self.controller.shutdown()
        super().closeEvent(event)


def chance(description: RunDescription) -> str:
    """ "always saying no scores 52.0%": the majority rate on the validation rows."""
    data = description.dataset
    y = data.y if description.val_index is None else data.y[description.val_index]
    return chance_of(y, data.class_names)
