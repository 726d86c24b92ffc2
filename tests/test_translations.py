"""The German and Spanish catalogues: complete, faithful to placeholders, used.

The ``.ts`` files are the translators' sources; the ``.qm`` files are what
the app loads (``desktop/shell/language.py``). A window built in German or
Spanish must show none of the English window's texts, except the few that are
the same word in both languages (listed below, each with its reason), and
that holds after a run too: the Key insight tab, the pipeline's boxes and live
lines, the trace table and the quiz written from the run are all in the
window's language (the core's sentences come through ``core.data.wording``;
``tests/test_core_wording.py`` checks each template). The lesson, quiz and
caption resources ship per language with the same ids.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar

from core import TrainingConfig
from core.data.knobs import FEATURES
from core.data.localized import localized_path
from core.inside.captions import walk_caption, walk_captions
from core.quiz.bank import load_builtin_bank
from desktop.lesson.lesson_mode import load_steps
from desktop.run.pace import FASTEST_PACE
from desktop.shell import language
from tests.gui_helpers import WAIT_MS, make_window, set_speed
from tests.test_core_wording import english_left

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
# Texts a German or Spanish window may share with the English one, and why.
EVERY_LANGUAGE = {
    "LayerLab": "the app's name",
    "English": "View → Language names each language in its own language",
    "Deutsch": "View → Language names each language in its own language",
    "Español": "View → Language names each language in its own language",
    **{  # the playground's extra inputs: x₁², sin x₂, … are formulas
        name: "a formula, written the same in every language"
        for name, _column in FEATURES.values()
    },
}
SAME_IN_BOTH = {
    "de": {
        **EVERY_LANGUAGE,
        "Training": "German uses the English word (Trainingsdaten, Training)",
        "&Training": "the Training menu: the same word in German",
        "Seed": "German ML teaching uses the English term for the random seed",
        "Pause": "the same word in German",
        "Quiz": "the same word in German",
        "live": "the same word in German (live-Übertragung)",
    },
    "es": {
        **EVERY_LANGUAGE,
        "Horizontal:": "the boundary plot's axis choice: the same word in Spanish",
        "Vertical:": "the boundary plot's axis choice: the same word in Spanish",
    },
}


def messages(code: str) -> list[tuple[str, ET.Element | None]]:
    root = ET.parse(I18N / f"layerlab_{code}.ts").getroot()
    return [
        (m.findtext("source") or "", m.find("translation"))
        for m in root.iter("message")
    ]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(code):
    found = messages(code)
    assert len(found) > 400  # the catalogue holds the whole app, not a sample
    for source, node in found:
        assert node is not None, source
        assert node.get("type") is None, source
        text = node.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(
            PLACEHOLDER.findall(source)
        ), (source, text)
        assert source.count("&") == text.count("&"), (source, text)  # accelerators


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_compiled_catalogue_loads_and_translates(qapp, code):
    translator = language.CatalogueTranslator()
    assert translator.load(language.catalogue_path(code))
    source, node = next((s, n) for s, n in messages(code) if s == "Learning rate")
    # any context: the app reaches one sentence through several Qt contexts
    assert translator.translate("ControlsPanel", source) == node.text
    assert translator.translate("SomewhereElse", source) == node.text
    assert translator.translate("ControlsPanel", "not a message") is None


@pytest.mark.parametrize("code", LANGUAGES)
def test_qt_keeps_its_own_words_for_messages_not_in_the_catalogue(in_language, code):
    in_language(code)
    ctrl = QCoreApplication.translate("QShortcut", "Ctrl")  # "Strg" in German
    assert ctrl  # never the empty string a Python translator could hand back
    text = QKeySequence("Ctrl+R").toString(QKeySequence.SequenceFormat.NativeText)
    assert text == ctrl + "+R"
    # Qt's own words come from Qt's catalogue (a message box's Cancel button)
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel == {"de": "Abbrechen", "es": "Cancelar"}[code]


def visible_texts(window) -> set[str]:
    """Texts on all the window's labels, buttons, group boxes, tabs and menus.

    Hidden ones too (a collapsed setup, a tab not yet shown): a student opens them.
    """
    texts = {w.text() for w in window.findChildren(QLabel)}
    texts |= {w.text() for w in window.findChildren(QAbstractButton)}
    texts |= {w.title() for w in window.findChildren(QGroupBox)}
    for bar in window.findChildren(QTabBar):
        texts |= {bar.tabText(i) for i in range(bar.count())}
    bar = window.menuBar() if hasattr(window, "menuBar") else None  # a dialog: none
    for menu in bar.findChildren(QMenu) if bar is not None else ():
        texts.add(menu.title())
        texts |= {a.text() for a in menu.actions()}
    return {t for t in texts if any(c.isalpha() for c in t)}


@pytest.fixture
def in_language(qapp):
    """Run a test's window in a language, then back to English."""
    installed = []

    def use(code: str) -> None:
        installed.append(language.install_language(code))
        language._current[0] = code

    yield use
    for translator in installed:
        language.remove_language(translator)
    language._current[0] = "en"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_visible_main_window_text_stays_english(qtbot, tmp_path, in_language, code):
    english = make_window(qtbot, tmp_path / "en")
    english_texts = visible_texts(english)
    english.close()
    in_language(code)
    window = make_window(qtbot, tmp_path / code)
    shown = visible_texts(window)
    assert len(shown) > 40  # the walk found the window's texts
    left = (shown & english_texts) - set(SAME_IN_BOTH[code])
    assert not left, f"still English in {code}: {sorted(left)}"
    assert window.findChild(QMenu, "language_menu") is not None
    checked = [a.text() for a in window.findChild(QMenu, "language_menu").actions()]
    assert checked == ["English", "Deutsch", "Español"]
    assert window.commands[f"language_{code}_action"].isChecked()
    window.close()


def test_a_choice_is_remembered_for_the_next_start(qtbot, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(
        language.QMessageBox, "information", lambda *args: told.append(args[2])
    )
    window = make_window(qtbot, tmp_path)
    window.commands.trigger("language_de_action")
    assert told == [language.NEXT_START["de"]]
    assert language.saved_language(window.settings) == "de"
    assert window.commands["language_de_action"].isChecked()
    assert not window.commands["language_en_action"].isChecked()  # exclusive
    window.commands.trigger("language_en_action")  # back to the running language
    assert language.saved_language(window.settings) == "en"
    assert len(told) == 1  # nothing to wait for: English is in use now
    window.close()


def test_an_unknown_stored_language_starts_in_english(tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.LANGUAGE_KEY, "xx")
    assert language.saved_language(settings) == "en"


def _english_and(code: str, folder: str, stem: str) -> tuple[dict, dict]:
    english = json.loads(localized_path(folder, stem).read_text(encoding="utf-8"))
    path = resources.files("resources") / folder / f"{stem}.{code}.json"
    return english, json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_quiz_questions_have_every_id_translated(code):
    english, _ = _english_and(code, "quiz", "questions")
    bank = {q.id: q for q in load_builtin_bank(code).questions}
    assert set(bank) == {q["id"] for q in english["questions"]}
    for question in english["questions"]:
        translated = bank[question["id"]]
        assert translated.text.strip()
        assert translated.text != question["text"]
        assert len(translated.options) == len(question["options"])
        for option, source in zip(translated.options, question["options"], strict=True):
            assert option.correct == source["correct"]  # same right answer
            assert option.explanation.strip()
            assert option.explanation != source["explanation"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_lesson_steps_have_every_id_translated(code):
    english = {s.id: s for s in load_steps("en")}
    translated = {s.id: s for s in load_steps(code)}
    assert list(translated) == list(english)
    for key, step in translated.items():
        assert (step.target, step.action) == (english[key].target, english[key].action)
        for field in ("title", "text", "hint"):
            text = getattr(step, field)
            assert text.strip(), (key, field)
            assert text != getattr(english[key], field), (key, field)


@pytest.mark.parametrize("code", LANGUAGES)
def test_captions_have_every_key_and_the_same_placeholders(code):
    english, translated = walk_captions("en"), walk_captions(code)
    assert set(translated) == set(english)
    for key, text in english.items():
        assert translated[key].strip()
        assert translated[key] != text
        assert sorted(PLACEHOLDER.findall(translated[key])) == sorted(
            PLACEHOLDER.findall(text)
        )
    assert "0.731" in walk_caption("output", language=code, p=0.7312)


def test_a_missing_translation_falls_back_to_english():
    assert localized_path("lesson", "steps", "fr").name == "steps.json"
    assert load_steps("fr") == load_steps("en")
    assert load_builtin_bank("fr").questions == load_builtin_bank().questions


def run_texts(qtbot, window) -> tuple[set[str], set[str]]:
    """After a run to its end: (every visible text, the texts written from the run).

    The run's texts are the Key insight lead and evidence, the pipeline boxes
    in full with their live lines, the trace table and the status bar, and the
    quiz opened from the run (its questions about the run with every option
    and explanation).
    """
    from desktop.lesson.quiz_dialog import QuizDialog

    set_speed(window, FASTEST_PACE)
    with qtbot.waitSignal(window.controller.run_finished, timeout=WAIT_MS):
        window.controls.play_button.click()
    insight = window.lesson_views.insight
    for index in range(window.tabs.count()):  # each view draws when shown
        window.tabs.setCurrentIndex(index)
    insight.show_snapshot(window.controller.latest)
    insight.throttle.flush()
    qtbot.waitUntil(lambda: "%" in insight.headline.text(), timeout=WAIT_MS)
    run = {insight.headline.text(), *insight.evidence.toPlainText().splitlines()}
    pipeline = window.pipeline
    for i, stage in enumerate(pipeline._stages):
        run.add(pipeline.full_title(i))
        run |= {full for _, full, _ in pipeline._body_items(stage, 100_000)}
    run |= {pipeline.live_text(key) for key in ("output", "layer1")}
    table = window.table.trace_model
    for row in range(table.rowCount()):
        run |= {table.index(row, c).data() for c in range(table.columnCount())}
    run.add(window.status_label.text())
    window.commands.trigger("quiz_action")
    dialog = window.findChild(QuizDialog, "quiz_dialog")
    assert dialog is not None
    from_run = [s.question for s in dialog.session.shown if s.question.from_run]
    assert from_run, "the quiz holds questions written from the run"
    for question in from_run:
        run |= {question.text, *(o.text for o in question.options)}
        run |= {o.explanation for o in question.options}
    shown = visible_texts(window) | visible_texts(dialog)
    dialog.close()
    run = {t for t in run if t and any(c.isalpha() for c in t)}
    return shown | run, run


@pytest.mark.parametrize("code", LANGUAGES)
def test_after_a_run_no_text_about_it_stays_english(qtbot, tmp_path, in_language, code):
    config = TrainingConfig(epochs=4)
    english = make_window(qtbot, tmp_path / "en", config)
    english.ask_before_discarding = False
    english_texts, english_run = run_texts(qtbot, english)
    english.close()
    assert any("of the validation rows right" in t for t in english_run)
    in_language(code)
    window = make_window(qtbot, tmp_path / code, config)
    window.ask_before_discarding = False
    shown, run = run_texts(qtbot, window)
    assert len(run) > 40  # the walk found the run's texts
    left = (shown & english_texts) - set(SAME_IN_BOTH[code])
    assert not left, f"still English in {code}: {sorted(left)}"
    names = window.description.dataset.feature_names
    english_words = {t: english_left(t, names) for t in run}
    assert not {t: w for t, w in english_words.items() if w}, code
    window.close()


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_phase_note_names_the_phase_in_the_readers_words(in_language, code):
    """The trace table's tooltip: every phase code has words, and they translate."""
    from core.engine.observations import PHASES
    from core.engine.training import EpochRecord
    from desktop.views.trace_table import PHASE_WORDS, observation_tooltip

    assert set(PHASE_WORDS) == set(PHASES)
    record = EpochRecord(epoch=1, loss=0.5, accuracy=0.8, val_loss=0.5,
                         val_accuracy=0.8, observation="", phase="basic")  # fmt: skip
    english = observation_tooltip(record)
    assert "basic patterns (2 of 5)" in english
    in_language(code)
    translated = observation_tooltip(record)
    words = QCoreApplication.translate("LayerLab", "basic patterns")
    assert words != "basic patterns"
    assert words in translated


def test_a_worker_failure_is_explained_in_the_readers_words(in_language):
    from desktop.run.worker_guard import explain

    english = explain(MemoryError(), "while training")
    assert english == (
        "There is not enough memory while training. Use fewer units or fewer rows."
    )
    in_language("de")
    german = explain(MemoryError(), "while training")
    assert "beim Trainieren" in german
    assert "Speicher" in german
    assert "ZeroDivisionError: boom" in explain(
        ZeroDivisionError("boom"), "while training"
    )
