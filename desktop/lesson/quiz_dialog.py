"""The quiz window: one question at a time, feedback at once, a score at the end.

All the quiz logic (drawing, shuffling, scoring, retakes) lives in
``core.quiz.sitting.QuizSession``; this dialog only shows it and forwards answers. The
widgets it is built from live in ``desktop.lesson.quiz_widgets`` (re-exported here).
Right and wrong are shown by words and symbols (✓, ✗) as well as colour, so
the feedback does not depend on seeing red and green. The keys 1–4 or A–D
answer and Enter goes on, so a class can use it from the keyboard alone.

Run it alone on the built-in bank with ``python -m desktop.lesson.quiz_dialog``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.data.datasets import DATASET_NAMES
from core.engine.config import TrainingConfig
from core.engine.training import History, Trainer
from core.files.quiz_bank_file import load_bank
from core.quiz.sitting import (
    DEFAULT_COUNT,
    LETTERS,
    MAX_OPTIONS,
    Feedback,
    Question,
    QuestionBank,
    QuizBankError,
    QuizSession,
    Result,
    Rng,
    load_builtin_bank,
    run_questions,
)
from desktop.lesson.quiz_widgets import (
    BASE_POINT_SIZE,
    GREEN,
    ICON_SIZE,
    OPEN,
    OTHER,
    RED,
    RIGHT,
    STYLE,
    WRONG,
    FeedbackPanel,
    OptionButton,
    ScorePage,
    WrappedColumn,
    plain_label,
    scale_labels,
    set_verdict,
    stacked_page,
    verdict_pixmap,
)

if TYPE_CHECKING:
    from core.lesson.comparison import ComparisonProgress
    from desktop.run.training_worker import RunDescription

__all__ = [
    "BASE_POINT_SIZE",
    "GREEN",
    "ICON_SIZE",
    "KEY_SLOTS",
    "MINIMUM_SIZE",
    "OPEN",
    "OTHER",
    "PREFERRED_SIZE",
    "QUESTION_POINT_SIZE",
    "RED",
    "RIGHT",
    "STYLE",
    "WRONG",
    "FeedbackPanel",
    "OptionButton",
    "QuizDialog",
    "ScorePage",
    "WrappedColumn",
    "comparison_baseline",
    "main",
    "verdict_pixmap",
]

QUESTION_POINT_SIZE = 17
MINIMUM_SIZE = QSize(640, 480)
PREFERRED_SIZE = QSize(980, 720)
KEY_SLOTS = {  # 1–4 and A–D choose; plain ints, as QKeyEvent.key() returns
    **{int(Qt.Key.Key_1) + i: i for i in range(MAX_OPTIONS)},
    **{int(Qt.Key.Key_A) + i: i for i in range(MAX_OPTIONS)},
}


class QuizDialog(QDialog):
    """Shows a ``QuizSession``: the main window passes the bank and the current run.

    ``live_questions`` are questions already written from a run; passing
    ``history`` (with ``baseline_accuracy`` or ``chance`` if known) writes them
    here instead. ``dataset`` (the run's data set name) leaves out bank
    questions tagged for other data. ``rng`` makes the draws reproducible.
    ``previous`` is the last completed attempt of an earlier quiz window, kept
    until this one is answered to the end.
    """

    QUESTION_PAGE, SCORE_PAGE = 0, 1

    def __init__(
        self,
        bank: QuestionBank,
        live_questions: Sequence[Question] = (),
        *,
        history: History | None = None,
        baseline_accuracy: float | None = None,
        chance: float | None = None,
        dataset: str | None = None,
        count: int | None = DEFAULT_COUNT,
        rng: Rng | None = None,
        previous: Sequence[Result] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # the last attempt answered to the end (``previous``: one from before
        # this dialog); a retake left half-way never replaces it
        self.completed: tuple[Result, ...] = tuple(previous)
        live = list(live_questions)
        if history is not None:
            live += run_questions(history, baseline_accuracy, chance)
        self.bank = bank = bank.for_dataset(dataset)
        rng = np.random.default_rng() if rng is None else rng
        self.session = QuizSession(bank.questions, rng, count, live)
        self.setObjectName("quiz_dialog")
        self.setWindowTitle(self.tr("LayerLab quiz: {0}").format(bank.title))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(STYLE)
        self._stage_names = self._translated_stages()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_question_page())
        self.stack.addWidget(self._build_score_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.stack)
        # A fixed minimum instead of one that follows the content: the window's
        # size limits then never change while it is shown.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(PREFERRED_SIZE)
        self._apply_base_font()
        self._show_question()

    # -- what the main window calls ---------------------------------------------

    def results(self) -> tuple[Result, ...]:
        """The answers to keep: the last attempt finished, else those given so far.

        Finishing, pressing Retake and closing must not wipe the score: the
        report and the session show the last completed attempt.
        """
        return self.completed or self.session.results()

    def choose(self, slot: int) -> None:
        """Answer with the option in ``slot`` (0 = A); later answers are ignored."""
        shown = self.session.current
        if shown is None or self.session.answered or not 0 <= slot < len(shown.order):
            return
        feedback = self.session.answer(slot)
        self._mark_options(feedback)
        self._show_feedback(feedback)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()

    def go_on(self) -> None:
        """Next question, or the score after the last one (only once answered)."""
        if self.stack.currentIndex() != self.QUESTION_PAGE or not self.session.answered:
            return
        self.session.next()
        self._show_question()

    def retake(self, count: int | None = DEFAULT_COUNT) -> None:
        """Start again with a fresh draw of ``count`` questions (None: all)."""
        self.session.retake(count)
        self._show_question()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1–4 or A–D answer; Enter goes on (on the score page: a new draw)."""
        key = int(event.key())
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        on_score = self.stack.currentIndex() == self.SCORE_PAGE
        if key in (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)) and on_score:
            self.retake(DEFAULT_COUNT)
        elif key in (int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)):
            self.go_on()
        elif key in KEY_SLOTS and plain and not on_score:
            self.choose(KEY_SLOTS[key])
        else:
            super().keyPressEvent(event)

    # -- building -------------------------------------------------------------------

    def _build_question_page(self) -> QWidget:
        self.progress_label = self._label("quiz_progress_label", bold=True)
        self.run_tag = self._label("quiz_run_tag", self.tr("About your run"))
        self.stage_label = self._label("quiz_stage_label")
        header = QHBoxLayout()
        header.addWidget(self.progress_label)
        header.addStretch(1)
        header.addWidget(self.run_tag)
        header.addSpacing(12)
        header.addWidget(self.stage_label)
        self.question_label = self._label(
            "quiz_question_label", wrap=True, point_size=QUESTION_POINT_SIZE, bold=True
        )
        body = WrappedColumn()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 8, 8)
        column.setSpacing(10)
        column.addWidget(self.question_label)
        column.addSpacing(8)
        self.option_buttons = [OptionButton(slot) for slot in range(MAX_OPTIONS)]
        for button in self.option_buttons:
            button.clicked.connect(lambda _=False, slot=button.slot: self.choose(slot))
            column.addWidget(button)
        column.addSpacing(8)
        column.addWidget(self._build_feedback())
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("quiz_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        return stacked_page(header, self.scroll_area, self._build_question_buttons())

    def _build_feedback(self) -> FeedbackPanel:
        self.feedback = FeedbackPanel(self.font())
        self.feedback_icon = self.feedback.icon_label
        self.feedback_title = self.feedback.title_label
        self.feedback_text = self.feedback.text_label
        return self.feedback

    def _build_question_buttons(self) -> QHBoxLayout:
        hint = self._label(
            "quiz_hint_label", self.tr("Keys: 1–4 or A–D to answer, Enter to go on")
        )
        self.next_button = QPushButton()
        self.next_button.setObjectName("quiz_next_button")
        self.next_button.setAutoDefault(False)
        self.next_button.setMinimumHeight(40)
        self.next_button.clicked.connect(self.go_on)
        # the hint wraps rather than being cut when projector mode enlarges it
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.next_button)
        return row

    def _build_score_page(self) -> ScorePage:
        page = self.score_page = ScorePage(self.font(), self.session.available)
        self.score_label, self.score_message = page.score_label, page.score_message
        self.summary, self.close_button = page.summary, page.close_button
        self.retake_button = page.retake_button
        self.retake_all_button = page.retake_all_button
        self.retake_button.clicked.connect(lambda: self.retake(DEFAULT_COUNT))
        self.retake_all_button.clicked.connect(lambda: self.retake(None))
        self.close_button.clicked.connect(self.accept)
        return page

    def _apply_base_font(self) -> None:
        """A comfortable size for a class; buttons and text views do not inherit it.

        It grows with the application font, so projector mode enlarges it too.
        """
        font = self.font()
        from desktop.views.projector_mode import base_point_size

        scale = max(1.0, QApplication.font().pointSizeF() / base_point_size())
        font.setPointSizeF(BASE_POINT_SIZE * scale)
        self.setFont(font)
        labels = [button.label for button in self.option_buttons]
        for widget in [*self.findChildren(QPushButton), *labels, self.summary]:
            widget.setFont(QFont(font))
        scale_labels(self, scale)  # the question stays larger than the answers

    def _label(self, name: str, text: str = "", **style: Any) -> QLabel:
        """A plain-text label in this dialog's font (see ``plain_label``)."""
        return plain_label(name, self.font(), text, **style)

    def _translated_stages(self) -> dict[str, str]:
        return {
            "data": self.tr("Stage: data"),
            "normalization": self.tr("Stage: normalization"),
            "hidden_layers": self.tr("Stage: hidden layers"),
            "output": self.tr("Stage: output and sigmoid"),
            "training": self.tr("Stage: loss and training"),
            "depth": self.tr("Stage: depth"),
        }

    # -- showing ----------------------------------------------------------------------

    def _show_question(self) -> None:
        shown = self.session.current
        if shown is None:
            self._show_score()
            return
        question, number = shown.question, self.session.position + 1
        self.stack.setCurrentIndex(self.QUESTION_PAGE)
        self.progress_label.setText(
            self.tr("Question {0} of {1}").format(number, self.session.total)
        )
        self.stage_label.setText(self._stage_names[question.stage])
        self.run_tag.setVisible(question.from_run)
        self.question_label.setText(question.text)
        for button in self.option_buttons:
            button.setVisible(button.slot < len(shown.options))
            if button.isVisibleTo(self):
                button.show_option(shown.options[button.slot].text)
                set_verdict(button, OPEN)
        self.feedback.hide()
        last = number == self.session.total
        self.next_button.setText(
            self.tr("See my score") if last else self.tr("Next question")
        )
        self.next_button.setEnabled(False)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.setFocus()

    def _mark_options(self, feedback: Feedback) -> None:
        """✓ on the right answer, ✗ on a wrong choice: not colour alone."""
        shown = self.session.current
        assert shown is not None
        for slot, option in enumerate(shown.options):
            button = self.option_buttons[slot]
            if slot == feedback.correct_choice:
                mine = slot == feedback.choice
                note = (
                    self.tr("your answer: right") if mine else self.tr("right answer")
                )
                button.show_option(option.text, "✓", note)
                set_verdict(button, RIGHT)
            elif slot == feedback.choice:
                button.show_option(option.text, "✗", self.tr("your answer: wrong"))
                set_verdict(button, WRONG)
            else:
                set_verdict(button, OTHER)

    def _show_feedback(self, feedback: Feedback) -> None:
        if feedback.correct:
            title = self.tr("✓ Correct!")
            text = feedback.chosen.explanation
        else:
            title = self.tr("✗ Not quite.")
            text = (
                self.tr("You chose {0}: {1}\n\nThe right answer is {2}: “{3}”. {4}")
                .format(LETTERS[feedback.choice], feedback.chosen.explanation,
                        LETTERS[feedback.correct_choice], feedback.right.text,
                        feedback.right.explanation)
            )  # fmt: skip
        ratio = self.devicePixelRatioF()
        self.feedback.show_verdict(feedback.correct, title, text, ratio)
        # Scroll once the layout has placed it; the context object cancels the
        # call if the dialog is gone by then.
        QTimer.singleShot(0, self, self._reveal_feedback)

    def _reveal_feedback(self) -> None:
        if self.feedback.isVisible():
            self.scroll_area.ensureWidgetVisible(self.feedback, 0, 0)

    def _show_score(self) -> None:
        if self.session.total:
            self.completed = self.session.results()
        score, total = self.session.score, self.session.total
        self.score_page.show_results(score, total, self.results())
        self.stack.setCurrentIndex(self.SCORE_PAGE)
        self.retake_button.setFocus()


def comparison_baseline(
    comparison: ComparisonProgress | None, description: RunDescription | None
) -> float | None:
    """The no-hidden-layer accuracy of a finished Compare depths on this run's data.

    ``comparison`` is the ``core.lesson.comparison.ComparisonProgress`` the Compare
    depths view last finished (or None) and ``description`` the current
    ``RunDescription``. It is None unless the comparison ran to the end on the
    same data set and the run has hidden layers to compare: a straight line
    compared with itself, or on other data, would tell the class nothing.
    """
    if comparison is None or description is None or not comparison.done:
        return None
    if not description.config.hidden_layers:
        return None
    if comparison.dataset_name != description.dataset.name:
        return None
    return comparison.by_key("none").mean


def main(argv: Sequence[str] | None = None) -> int:
    """Open the quiz alone: the built-in bank, or a teacher's file to try out."""
    parser = argparse.ArgumentParser(
        prog="python -m desktop.lesson.quiz_dialog",
        description="Open the LayerLab quiz.",
    )
    parser.add_argument("--bank", help="a question bank (.json) to use instead")
    parser.add_argument(
        "--run", action="store_true", help="train a network first and ask about it"
    )
    parser.add_argument(
        "--data",
        choices=DATASET_NAMES,
        help="the built-in data set the quiz is for (with --run: trained on it)",
    )
    args = parser.parse_args(argv)
    try:
        bank = load_bank(args.bank) if args.bank else load_builtin_bank()
    except QuizBankError as err:
        print(err, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    history, chance, data = None, None, args.data
    if args.run:
        data = data or TrainingConfig().dataset
        trainer = Trainer(TrainingConfig(dataset=data))
        trainer.run()
        history, chance = trainer.history, trainer.chance
    dialog = QuizDialog(bank, history=history, chance=chance, dataset=data)
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
