"""The quiz dialog, a thin view of core.quiz.sitting.QuizSession, used as a student."""

import random
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from core import Trainer, TrainingConfig
from core.data.csv_data import load_csv
from core.lesson.comparison import DepthComparison
from core.quiz.sitting import QuestionBank, bank_from_data, load_builtin_bank
from desktop.lesson.quiz_dialog import QuizDialog, comparison_baseline, main
from desktop.run.pace import FASTEST_PACE
from tests.gui_helpers import WAIT_MS, make_window, set_speed

SEED_QUESTION = "Why does the loss decrease over epochs during training?"
RIGHT_SEED_ANSWER = "Because the model learns to better fit the data patterns"
ATHLETES_WORDS = ("athlete", "people", "person", "bmi", "height", "20 features")


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_builtin_bank()


@pytest.fixture
def make_dialog(qtbot, bank):
    def make(questions=None, **kwargs):
        used = bank if questions is None else QuestionBank(tuple(questions))
        kwargs.setdefault("rng", random.Random(0))
        dialog = QuizDialog(used, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def seed_only(bank):
    return [q for q in bank.questions if q.text == SEED_QUESTION]


def child(dialog, kind, name):
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def slot_of(dialog, text):
    shown = dialog.session.current
    return [option.text for option in shown.options].index(text)


def test_widgets_have_object_names_and_show_the_shuffled_options(make_dialog):
    dialog = make_dialog()
    shown = dialog.session.current
    for slot in range(4):
        button = child(dialog, QPushButton, f"quiz_option_{slot}")
        letter = "ABCD"[slot]
        assert button.accessibleName() == f"{letter}: {shown.options[slot].text}"
        assert shown.options[slot].text in button.label.text()
    question = child(dialog, QLabel, "quiz_question_label")
    assert question.text() == shown.question.text
    assert child(dialog, QLabel, "quiz_progress_label").text() == "Question 1 of 3"
    assert not child(dialog, QPushButton, "quiz_next_button").isEnabled()


def test_seed_question_clicked_right_is_scored_right(make_dialog, qtbot, bank):
    dialog = make_dialog(seed_only(bank), count=None)
    button = dialog.option_buttons[slot_of(dialog, RIGHT_SEED_ANSWER)]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.feedback.isVisible()
    assert dialog.feedback_title.text() == "✓ Correct!"
    assert "nudges every weight" in dialog.feedback_text.text()
    assert not dialog.feedback_icon.pixmap().isNull()
    assert "✓" in button.label.text()
    next_button = child(dialog, QPushButton, "quiz_next_button")
    assert next_button.text() == "See my score"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    score = child(dialog, QLabel, "quiz_score_label")
    assert score.isVisible()
    assert score.text() == "You scored 1 out of 1"
    (result,) = dialog.results()
    assert (result.question, result.answer, result.correct) == (
        SEED_QUESTION,
        RIGHT_SEED_ANSWER,
        True,
    )


def test_a_wrong_answer_explains_both_answers_not_by_colour_alone(
    make_dialog, qtbot, bank
):
    dialog = make_dialog(seed_only(bank), count=None)
    wrong = slot_of(dialog, "Because the data size increases")
    right = slot_of(dialog, RIGHT_SEED_ANSWER)
    qtbot.mouseClick(dialog.option_buttons[wrong], Qt.MouseButton.LeftButton)
    assert dialog.feedback_title.text() == "✗ Not quite."
    text = dialog.feedback_text.text()
    assert f"You chose {'ABCD'[wrong]}: The same training rows" in text
    assert f"The right answer is {'ABCD'[right]}: “{RIGHT_SEED_ANSWER}”" in text
    assert "✗" in dialog.option_buttons[wrong].label.text()
    assert "your answer: wrong" in dialog.option_buttons[wrong].label.text()
    assert "✓" in dialog.option_buttons[right].label.text()
    assert dialog.option_buttons[wrong].property("verdict") == "wrong"
    qtbot.mouseClick(dialog.option_buttons[right], Qt.MouseButton.LeftButton)
    assert dialog.session.choices == [wrong]  # the first answer stands
    dialog.go_on()
    assert dialog.session.score == 0
    assert "Right answer: " + RIGHT_SEED_ANSWER in dialog.summary.toPlainText()


def test_keyboard_numbers_letters_and_enter(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # not answered yet: stays
    assert dialog.session.position == 0
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    assert dialog.session.choices[0] == 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.session.position == 1
    dialog.option_buttons[3].setFocus()  # keys still work from a focused option
    qtbot.keyClick(dialog.option_buttons[3], Qt.Key.Key_C)
    assert dialog.session.choices[1] == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    right = dialog.session.current.correct_choice
    qtbot.keyClick(dialog, "ABCD"[right].lower())
    assert dialog.feedback_title.text() == "✓ Correct!"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.session.finished
    assert child(dialog, QLabel, "quiz_score_label").isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # on the score page: a new draw
    assert dialog.session.position == 0
    assert dialog.session.total == 3


def test_score_page_retakes_three_new_or_all(make_dialog, qtbot, bank):
    dialog = make_dialog()
    first = {s.question.id for s in dialog.session.shown if not s.question.always}
    for _ in range(3):
        dialog.choose(dialog.session.current.correct_choice)
        dialog.go_on()
    assert dialog.score_label.text() == "You scored 3 out of 3"
    assert dialog.score_message.text() == "Excellent: every answer right!"
    qtbot.mouseClick(
        child(dialog, QPushButton, "quiz_retake_button"), Qt.MouseButton.LeftButton
    )
    again = {s.question.id for s in dialog.session.shown}
    assert len(again) == 3
    assert "loss-decreases" in again  # the seed's question is in every quiz
    assert not first & again
    assert dialog.question_label.isVisible()
    assert dialog.session.results() == ()  # the new attempt has no answers yet
    assert [r.correct for r in dialog.results()] == [True] * 3  # the kept attempt
    for _ in range(3):
        dialog.choose(0)
        dialog.go_on()
    retake_all = child(dialog, QPushButton, "quiz_retake_all_button")
    assert retake_all.text() == f"Retake: all {len(bank.questions)} questions"
    qtbot.mouseClick(retake_all, Qt.MouseButton.LeftButton)
    assert dialog.session.total == len(bank.questions)
    assert dialog.progress_label.text() == f"Question 1 of {len(bank.questions)}"


def test_questions_about_the_run_use_its_numbers(make_dialog):
    trainer = Trainer(TrainingConfig(epochs=3))
    trainer.run()
    first, last = trainer.history.records[0], trainer.history.records[-1]
    dialog = make_dialog(history=trainer.history, chance=trainer.chance, count=None)
    shown = {s.question.id: s for s in dialog.session.shown}
    assert {"run-loss-fell", "run-vs-chance"} <= set(shown)
    while dialog.session.current.question.id != "run-loss-fell":
        dialog.choose(0)
        dialog.go_on()
    text = dialog.question_label.text()
    assert (
        f"from {first.loss:.2f} after epoch 1 to {last.loss:.2f} after epoch 3" in text
    )
    assert dialog.run_tag.isVisible()
    three = make_dialog(history=trainer.history)
    assert sum(s.question.from_run for s in three.session.shown) == 1


def test_long_options_wrap_and_fit_from_the_first_frame(make_dialog):
    """Each option's label is as tall as its wrapped text once pending events run."""
    dialog = make_dialog(count=None)
    dialog.resize(640, 480)

    def assert_every_option_fits():
        QApplication.processEvents()  # one pass: what the student sees first
        for button in dialog.option_buttons:
            if button.isVisible():
                label = button.label
                assert label.height() >= label.heightForWidth(label.width())

    for _ in range(dialog.session.total):
        assert_every_option_fits()
        dialog.choose(0)  # adds ✓/✗ and a note, which can need one more line
        assert_every_option_fits()
        dialog.go_on()


def test_standalone_entry_point_reports_a_bad_bank(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "questions": [}', encoding="utf-8")
    assert main(["--bank", str(bad)]) == 2
    assert "not valid JSON" in capsys.readouterr().err


def write_csv(path) -> None:
    rng = np.random.default_rng(7)
    X = rng.normal(size=(200, 2))
    labels = np.where(X[:, 0] * X[:, 1] > 0, "yes", "no")
    rows = [f"{a:.4f},{b:.4f},{t}" for (a, b), t in zip(X, labels, strict=True)]
    path.write_text("left,right,bought\n" + "\n".join(rows) + "\n", "utf-8")


def test_a_csv_quiz_has_no_athletes_words(make_dialog, tmp_path):
    path = tmp_path / "shop.csv"
    write_csv(path)
    dataset = load_csv(path, "bought").dataset
    trainer = Trainer(TrainingConfig(dataset=dataset.name, epochs=3), dataset)
    trainer.run()
    dialog = make_dialog(
        history=trainer.history, chance=trainer.chance, dataset=dataset.name,
        count=None,
    )  # fmt: skip
    seen = []
    while not dialog.session.finished:
        seen.append(dialog.question_label.text())
        seen += [b.label.text() for b in dialog.option_buttons if b.isVisible()]
        dialog.choose(0)
        seen.append(dialog.feedback_text.text())
        dialog.go_on()
    assert len(seen) > 40
    text = " ".join(seen).lower()
    assert not [w for w in ATHLETES_WORDS if w in text]
    asked = {s.question.id for s in dialog.session.shown}
    assert "why-depth-helps" not in asked
    assert {"loss-decreases", "run-vs-chance"} <= asked


def test_a_bank_with_nothing_for_this_data_says_so(make_dialog):
    data = {
        "version": 1,
        "questions": [{
            "id": "people", "stage": "data", "text": "Who?", "datasets": ["athletes"],
            "options": [
                {"text": "a", "correct": True, "explanation": "Yes, a."},
                {"text": "b", "correct": False, "explanation": "No, a."},
            ],
        }],
    }  # fmt: skip
    dialog = make_dialog(bank_from_data(data).questions, dataset="xor")
    assert dialog.session.total == 0
    assert dialog.score_label.text() == "No questions for this data"
    assert "marked for other data sets" in dialog.score_message.text()


def description(dataset: str, hidden_layers=(64, 32)):
    config = TrainingConfig(dataset=dataset, hidden_layers=hidden_layers)
    return SimpleNamespace(config=config, dataset=SimpleNamespace(name=dataset))


def test_the_baseline_comes_from_a_finished_comparison_on_the_same_data():
    progress = DepthComparison(TrainingConfig(dataset="xor", epochs=2), [0, 1]).run()
    straight = progress.by_key("none").mean
    assert comparison_baseline(progress, description("xor")) == straight
    assert comparison_baseline(None, description("xor")) is None
    assert comparison_baseline(progress, description("spiral")) is None
    assert comparison_baseline(progress, description("xor", ())) is None
    assert comparison_baseline(progress, None) is None
    unfinished = DepthComparison(TrainingConfig(dataset="xor", epochs=2), [0])
    unfinished.step_batch()
    assert comparison_baseline(unfinished.progress(), description("xor")) is None


def test_the_window_quiz_uses_compare_depths_and_the_runs_data(qtbot, tmp_path):
    config = TrainingConfig(dataset="xor", epochs=3)
    window = make_window(qtbot, tmp_path, config)
    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.controls.play_button.click()
    window.open_quiz()
    live = {q.id for q in window.quiz_launcher.dialog.session.live}
    assert "run-vs-baseline" not in live  # Compare depths has not run yet
    assert all(not q.datasets for q in window.quiz_launcher.dialog.bank.questions)
    window.quiz_launcher.dialog.close()
    progress = DepthComparison(window.description.config, [0]).run()
    window.lesson_views.comparison.result = progress
    window.open_quiz()
    by_id = {q.id: q for q in window.quiz_launcher.dialog.session.live}
    shown = f"{100 * progress.by_key('none').mean:.1f}%"
    assert f"scored {shown} on average" in by_id["run-vs-baseline"].text
    window.quiz_launcher.dialog.close()
    window.close()


def finish(dialog, pick):
    """Answer every question of the current attempt with ``pick(shown)``."""
    while dialog.stack.currentIndex() == dialog.QUESTION_PAGE:
        dialog.choose(pick(dialog.session.current))
        dialog.go_on()


def test_retake_then_escape_keeps_the_last_completed_attempt(make_dialog, qtbot):
    dialog = make_dialog()
    finish(dialog, lambda shown: shown.correct_choice)
    kept = dialog.results()
    assert len(kept) == 3
    assert all(r.correct for r in kept)
    dialog.retake()
    dialog.choose((dialog.session.current.correct_choice + 1) % 2)  # half-way
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.results() == kept  # the report and the session get these
    assert len(dialog.session.results()) == 1


def test_a_second_completed_attempt_replaces_the_first(make_dialog):
    dialog = make_dialog()
    finish(dialog, lambda shown: shown.correct_choice)
    first = dialog.results()
    dialog.retake()
    finish(dialog, lambda shown: (shown.correct_choice + 1) % len(shown.options))
    second = dialog.results()
    assert second != first
    assert not any(r.correct for r in second)
    assert [r.question_id for r in second] == [
        s.question.id for s in dialog.session.shown
    ]


def test_a_new_quiz_window_keeps_the_earlier_completed_attempt(make_dialog):
    earlier = make_dialog()
    finish(earlier, lambda shown: shown.correct_choice)
    again = make_dialog(previous=earlier.completed)
    again.reject()  # opened and closed without answering
    assert again.results() == earlier.results()


def test_with_no_completed_attempt_the_answers_so_far_count(make_dialog):
    dialog = make_dialog()
    dialog.choose(dialog.session.current.correct_choice)
    assert len(dialog.results()) == 1


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_question_is_never_smaller_than_its_answers(qtbot, bank, scale):
    from desktop.views.projector_mode import base_point_size

    app = QApplication.instance()
    original = app.font()
    font = app.font()
    font.setPointSizeF(base_point_size() * scale)
    app.setFont(font)
    try:
        dialog = QuizDialog(bank, rng=random.Random(0))
        qtbot.addWidget(dialog)
    finally:
        app.setFont(original)
    question = dialog.question_label.font().pointSizeF()
    answers = [b.label.font().pointSizeF() for b in dialog.option_buttons]
    assert question >= max(answers)
    assert answers[0] >= 13 * scale - 0.01  # the answers grew with the scale
    score = dialog.score_label.font().pointSizeF()
    assert score >= dialog.score_message.font().pointSizeF()
