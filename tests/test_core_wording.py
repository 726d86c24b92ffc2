"""The core's sentences in German and Spanish: templates, catalogues, and the texts.

The core builds its sentences from English templates through
``core.data.wording.say``; the desktop installs the catalogue lookup when a
language is chosen. Here: every template the core holds is in both catalogues
with exactly its placeholders; without a language (the command line) nothing
changes; and with German or Spanish installed, every branch of the Key insight
lead, the pipeline's stages, the run's quiz questions, the data sets'
descriptions, every branch of the Compare depths verdict and the messages a
refused setting or file shows come out translated, with no English template
left in it and the same numbers.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from core import validation
from core.data import wording
from core.data.chance import chance_words
from core.data.datasets import INFO, described, load
from core.data.phrasing import phrased
from core.data.preprocessing import MinMaxScaler
from core.engine.config import ConfigError, TrainingConfig, parse_layers
from core.engine.training import EpochRecord
from core.files import bounded_read, session_checks
from core.files.classroom_profile import ProfileError, load_profile, parse_profile
from core.lesson import comparison, depth_verdict, insight
from core.lesson.pipeline_stages import describe_pipeline, shape_text, strongest_inputs
from core.quiz import run_questions as rq
from desktop.shell import language

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# English words that no German or Spanish sentence of ours contains as a word
ENGLISH = re.compile(
    r"\b(the|and|of|is|are|layer|layers|epoch|epochs|validation|rows|loss|"
    r"accuracy|weighs|unit|points|network|patterns|features|measurements|fell|"
    r"rose|stayed|straight|after|than|with|scores|always|saying|Why|What|Which|"
    r"Yes|before|below|above|guessing|weights|steps)\b",
    re.IGNORECASE,
)


def _extractor():
    spec = importlib.util.spec_from_file_location(
        "extract_messages", ROOT / "scripts" / "extract_messages.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CORE_TEMPLATES = list(dict.fromkeys(_extractor().core_messages()))


def catalogue(code: str) -> dict[str, ET.Element | None]:
    root = ET.parse(I18N / f"layerlab_{code}.ts").getroot()
    return {
        m.findtext("source") or "": m.find("translation") for m in root.iter("message")
    }


def test_the_marker_words_find_english():
    assert english_left("The layers have not learned yet") == ["The", "layers"]
    assert english_left("Die Schichten haben noch nicht gelernt") == []
    assert english_left("x1 and x2", {"x1", "x2"}) == ["and"]


def english_left(text: str, names=()) -> list[str]:
    """English marker words in ``text`` once the data's own names are taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return ENGLISH.findall(text)


@pytest.fixture
def in_language(qapp):
    installed = []

    def use(code: str) -> None:
        installed.append(language.install_language(code))

    yield use
    for translator in installed:
        language.remove_language(translator)
    assert not wording.translating()


# -- the templates and the mechanism --------------------------------------------


def test_the_extractor_finds_the_core_templates():
    assert len(CORE_TEMPLATES) > 100  # every sentence module, not a sample
    assert insight.KEY_INSIGHT in CORE_TEMPLATES
    assert "Feature Extraction (Layer {k})" in CORE_TEMPLATES
    assert "always saying {name} scores {rate}" in CORE_TEMPLATES
    assert "{value} is {gap} {reference}" in CORE_TEMPLATES
    # the tables marked with ``template`` are found whole
    tables = [
        *depth_verdict.SENTENCES.values(),
        depth_verdict.RULE_TEXT,
        *comparison.DEPTH_NAMES,
        *comparison.ROLES.values(),
        *(p.text for p in validation.KIND_WORDS.values()),
        *(p.text for p in validation.MUST_BE.values()),
        *(p.text for p in validation.UNKNOWN_KEY.values()),
    ]
    assert not [t for t in tables if t not in CORE_TEMPLATES]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_core_template_is_translated_with_exactly_its_placeholders(code):
    found = catalogue(code)
    missing = [t for t in CORE_TEMPLATES if t not in found]
    assert not missing, f"not in layerlab_{code}.ts: {missing}"
    for source in CORE_TEMPLATES:
        node = found[source]
        assert node is not None, source
        assert node.get("type") is None, source
        text = node.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(
            PLACEHOLDER.findall(source)
        ), (source, text)


def test_say_fills_the_template_and_is_english_by_default():
    assert not wording.translating()
    assert wording.say("{n} epochs", n=3) == "3 epochs"
    assert wording.template("Data Input") == "Data Input"


def test_the_translation_is_looked_up_before_the_numbers_go_in():
    asked = []

    def translate(text: str) -> str:
        asked.append(text)
        return {"{n} epochs": "{n} Epochen"}.get(text, text)

    wording.use_translation(translate)
    try:
        assert wording.say("{n} epochs", n=12) == "12 Epochen"
        assert asked == ["{n} epochs"]  # the template, never the filled sentence
        # a faulty translation (a placeholder it cannot fill) shows the English
        wording.use_translation(lambda text: "{oops} Epochen")
        assert wording.say("{n} epochs", n=2) == "2 epochs"
    finally:
        wording.use_translation(None)
    assert not wording.translating()


def test_a_phrase_is_english_until_a_reader_translates_it():
    """core.validation sits below the language: it hands its readers phrases."""
    with pytest.raises(validation.ValidationError) as caught:
        validation.require({"seed": "x"}, "seed", int)
    problem = caught.value
    assert problem.message == 'must be a whole number, not text ("x").'
    assert phrased(problem.phrase) == problem.message  # no language installed
    german = {
        "must be {what}, not {value}.": "muss {what} sein, nicht {value}.",
        "a whole number": "eine ganze Zahl",
        "text": "Text",
    }
    wording.use_translation(lambda text: german.get(text, text))
    try:  # inside out: the phrases in the sentence are translated too
        assert phrased(problem.phrase) == 'muss eine ganze Zahl sein, nicht Text ("x").'
        assert problem.message == 'must be a whole number, not text ("x").'
    finally:
        wording.use_translation(None)


def test_the_command_line_stays_english():
    """No core module installs a translation: only the desktop does."""
    code = (
        "import core.cli, core.cli.insight, core.data.wording as w;"
        "from core.lesson.pipeline_stages import shape_text;"
        "print(w.translating(), shape_text((5, 2)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True
    )
    assert done.stdout.split() == ["False", "5", "rows", "×", "2", "features"]
    users = [
        path
        for path in (ROOT / "core").rglob("*.py")
        if "use_translation(" in path.read_text(encoding="utf-8")
    ]
    assert users == [ROOT / "core" / "data" / "wording.py"]


# -- the core's texts in German and Spanish --------------------------------------


def _record(epoch: int, loss: float, val_accuracy: float) -> EpochRecord:
    return EpochRecord(loss, 0.5, 0.4, val_accuracy, epoch, "", 0.1, "", ())


def insight_texts() -> list[str]:
    """Every branch of the lead, the progress and the correlation sentences."""
    L, U = insight.LayerSeparability, insight.Untangling
    raw = L(insight.RAW, 3, 0.70)

    def hidden(*scores):
        return tuple(L(f"hidden {k}", 4, s) for k, s in enumerate(scores, 1))

    cases = [
        U(raw, (L("inputs", 3, 0.7), *hidden(0.8)), 0.8, 0),  # not learned: layers
        U(raw, (L("inputs", 3, 0.7),), 0.71, 0),  # not learned: the network
        U(raw, (L("inputs", 3, 0.7),), 0.71, 1),  # no hidden layer, 1 epoch
        U(raw, (L("inputs", 3, 0.7),), 0.71, 9),  # no hidden layer, 9 epochs
        U(raw, (L("inputs", 3, 0.7), *hidden(0.8)), 0.8, 5),  # one layer helps
        U(raw, (L("inputs", 3, 0.7), *hidden(0.8, 0.9, 0.95)), 0.95, 5),  # steps
        U(raw, (L("inputs", 3, 0.7), *hidden(0.6, 0.6)), 0.6, 5),  # both stall
    ]
    texts = [insight.untangling_sentence(u) for u in cases]
    for first, last in [
        ((1, 0.6, 0.5), (1, 0.6, 0.5)),  # one epoch
        ((1, 0.6, 0.5), (9, 0.2, 0.9)),  # fell, with its ratio; accuracy rose
        ((1, 0.6, 0.9), (9, 0.6, 0.9)),  # stayed; stayed
        ((1, 0.2, 0.9), (9, 0.6, 0.5)),  # rose; fell
    ]:
        progress = insight.Progress(_record(*first), _record(*last))
        texts.append(insight.progress_sentence(progress))
    unit = insight.UnitEvidence(2, 3, 0.62, (("x1", 1.3), ("x2", -0.8)))
    one = insight.LayerEvidence(1, 8, (unit,))
    strong = insight.LayerEvidence(2, 8, (insight.UnitEvidence(2, 1, 0.9, ()),))
    weak = insight.LayerEvidence(2, 8, (insight.UnitEvidence(2, 1, 0.1, ()),))
    texts += [insight.correlation_sentence(x) for x in ([one], [one, strong])]
    texts += [insight.correlation_sentence([one, weak]), insight.unit_sentence(unit)]
    return [*texts, wording.say(insight.KEY_INSIGHT)]


def pipeline_texts(name: str) -> list[str]:
    """Titles, descriptions, examples, shapes of 0 to 7 hidden layers; a live line."""
    data = load(name, n_rows=40)
    scaler = MinMaxScaler().fit(data.X)
    texts = []
    for hidden in range(8):
        sizes = (data.n_features, *([8] * hidden), 1)
        for stage in describe_pipeline(data, scaler, sizes, "relu"):
            texts += [stage.title, stage.description, stage.example, stage.shapes_text]
    W = np.array([[0.1, 2.0], [-0.3, 1.5], *[[0.0, 0.0]] * (data.n_features - 2)])
    texts += [strongest_inputs(W, data.feature_names), shape_text((12_345, 1))]
    return texts


def quiz_texts() -> list[str]:
    """Every question written from a run, each verdict, with its options."""
    questions = [
        rq.loss_question(1, 0.69, 20, 0.21),
        *(rq.chance_question(v, 0.55) for v in (0.9, 0.62, 0.56, 0.45, 0.55)),
        *(rq.baseline_question(v, 0.7) for v in (0.9, 0.71, 0.5)),
        rq.overfitting_question(5, 9, (0.3, 0.2), (0.35, 0.5)),
        rq.loss_rose_question(3, 0.3, 5, 0.5, sustained=True),
        rq.loss_rose_question(3, 0.3, 4, 0.5),
        rq.plateau_question(4, 7, (0.5, 0.505), 0.6),
        rq.plateau_question(4, 7, (0.5, 0.5), 0.6),
        rq.chance_question(0.56, 0.55),  # 1 point above
        rq.chance_question(0.55, 0.56),  # 1 point below
    ]
    assert all(q is not None for q in questions)
    texts = []
    for q in questions:
        texts += [q.text, *(o.text for o in q.options)]
        texts += [o.explanation for o in q.options]
    return texts


def data_texts() -> list[str]:
    texts = [described(name) for name in INFO]
    for name in ("athletes", "xor"):
        data = load(name, n_rows=40)
        texts += [data.description, data.target_name, *data.class_names]
        texts.append(chance_words(data.class_names[0], 0.52))
    return texts


def _verdict(deep, budget, deep_epochs, budget_epochs, key):
    v = depth_verdict.decide([deep] * 5, [budget] * 5, deep_epochs, budget_epochs)
    assert v.key == key  # each case is the branch it is meant to be
    return v


def verdict_texts() -> list[str]:
    """Every verdict branch (forced as tests/test_comparison.py forces them),
    singular and plural counts, the table's names, roles and the rule."""
    none_ever = [None] * 5
    cases = [
        (_verdict(0.95, 0.92, [4] * 5, [6] * 5, depth_verdict.HELPS), 20),
        (_verdict(0.90, 0.93, [2] * 5, [9] * 5, depth_verdict.HURTS), 1),
        (_verdict(0.96, 0.96, [4] * 5, none_ever, depth_verdict.FASTER_ONLY), 20),
        (_verdict(0.96, 0.96, [3] * 5, [4] * 5, depth_verdict.FASTER_ONLY), 7),
        (_verdict(0.96, 0.96, [3, 3, 4, 4, 4], [5] * 5, depth_verdict.FASTER_ONLY), 9),
        (_verdict(0.96, 0.96, [4] * 5, [4] * 5, depth_verdict.NO_DIFFERENCE), 20),
        (_verdict(0.96, 0.96, none_ever, none_ever, depth_verdict.NO_DIFFERENCE), 3),
    ]
    assert {v.key for v, _ in cases} == set(depth_verdict.VERDICTS)
    one_seed = depth_verdict.decide([0.9], [0.8], [2], [3])
    deep, budget = comparison.depth_name((64, 32)), comparison.depth_name((157,))
    texts = [
        depth_verdict.verdict_sentence(v, deep, budget, epochs)
        for v, epochs in [*cases, (one_seed, 1)]
    ]
    names = [comparison.depth_name((8,) * count) for count in range(10)]
    roles = [comparison.Variant(key, (), 1).role for key in comparison.KEYS]
    return [*texts, *names, *roles, depth_verdict.rule_text(20), _progress_sentence()]


def _progress_sentence() -> str:
    """The whole sentence: verdict, the straight line, and who diverged."""
    seeds = (0, 1, 2)
    results = []
    for variant in comparison.depth_variants(TrainingConfig(), 2):
        deep = variant.key == "deep"
        results.append(
            comparison.VariantResult(
                variant, seeds, (0.9, 0.92, 0.94) if deep else (0.85, 0.9, 0.8),
                (3, 4, 5), np.empty((0, 3)), (deep, False, deep), np.zeros(3),
                (2, 1),
            )
        )  # fmt: skip
    progress = comparison.ComparisonProgress(
        tuple(results), seeds, 12, True, "xor", 1.0
    )
    return progress.sentence


def _refusal(act) -> str:
    try:
        act()
    except (ConfigError, ProfileError, ValueError) as problem:
        return str(problem)
    raise AssertionError("nothing was refused")


def error_texts(folder: Path) -> list[str]:
    """Refused settings, profiles, session parts and files, as the window shows them."""
    (folder / "data.toml").write_text('format = 1\n[config]\ndataset = "file:m.csv"\n')
    arrays = {"theta": np.zeros(3), "bad": np.array([np.inf])}
    acts = [
        lambda: parse_layers("64,,32"),
        lambda: parse_layers("64, x"),
        lambda: parse_layers("1,2,3,4,5,6,7,8,9"),
        lambda: parse_layers("5000"),
        lambda: TrainingConfig(learning_rate=0).validate(),
        lambda: TrainingConfig(seed=-1).validate(),
        lambda: TrainingConfig(activation="rleu").validate(),
        lambda: TrainingConfig.from_dict({"sed": 3}),
        lambda: parse_profile("format = 2", "class.toml"),
        lambda: parse_profile(
            'format = 1\n[controls]\nlocked = ["seed"]\nhidden = ["seed"]'
        ),
        lambda: parse_profile("format = 1\n[display]\nfont_scale = 9", "class.toml"),
        lambda: load_profile(folder / "data.toml"),
        lambda: load_profile(folder),
        lambda: load_profile(folder / "gone.toml"),
        lambda: session_checks.array(arrays, "theta", (4,), np.float64),
        lambda: session_checks.array(arrays, "bad", (1,), np.float64),
        lambda: session_checks.array(arrays, "optimizer_m", (3,), np.float64),
        lambda: session_checks.config({"config": {"l2": 50}}),
        lambda: session_checks.get({"seed": "12"}, "seed", int, "training"),
        lambda: bounded_read.read_bytes(folder / "data.toml", 10),
    ]
    return [_refusal(act) for act in acts]


TEXTS = {
    "insight": insight_texts,
    "verdict": verdict_texts,
    "pipeline of athletes": lambda: pipeline_texts("athletes"),
    "pipeline of xor": lambda: pipeline_texts("xor"),
    "quiz": quiz_texts,
    "data": data_texts,
}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("kind", [*TEXTS, "errors"])
def test_the_cores_texts_are_translated(in_language, tmp_path, code, kind):
    texts = TEXTS.get(kind, lambda: error_texts(tmp_path))
    english = texts()
    in_language(code)
    translated = texts()
    assert len(translated) == len(english)
    names = {*load("athletes", n_rows=40).feature_names, "x1", "x2"}
    names |= {f'"{key}"' for key in TrainingConfig().to_dict()}  # the file's keys
    names.add(str(tmp_path))  # a file's path is the path, in any language
    for source, text in zip(english, translated, strict=True):
        assert text != source, f"still English in {code}: {text!r}"
        assert not english_left(text, names), (code, text)
    # the numbers are the core's numbers, unchanged by the language
    for source, text in zip(english, translated, strict=True):
        numbers = sorted(re.findall(r"\d+(?:\.\d+)?%?", source))
        assert sorted(re.findall(r"\d+(?:\.\d+)?%?", text)) == numbers, (source, text)
