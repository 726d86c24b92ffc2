"""The one validation helper, and the four readers that use it say the same things."""

from __future__ import annotations

import pytest

from core.engine.config import ConfigError, TrainingConfig
from core.files.classroom_profile import ProfileError, parse_profile
from core.quiz.bank import QuizBankError, bank_from_data
from core.validation import (
    ValidationError,
    at,
    no_unknown_keys,
    number_in,
    one_of,
    require,
)


def _problem(check, *args, **kw) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        check(*args, **kw)
    return caught.value


def test_paths_join_keys_and_indices():
    assert at("", "seed") == "seed"
    assert at("config", "seed") == "config.seed"
    assert at("history", 3) == "history[3]"
    assert at(at("history", 3), "loss") == "history[3].loss"


@pytest.mark.parametrize(
    ("value", "kind", "words"),
    [
        (3, str, "must be text in quotes, not a number (3)."),
        ("3", int, 'must be a whole number, not text ("3").'),
        (True, int, "must be a whole number, not true."),
        (True, float, "must be a number, not true."),
        (None, bool, "must be true or false, not null."),
        ([1], dict, "must be an object {...}, not a list."),
        ({}, list, "must be a list [...], not an object."),
    ],
)
def test_require_names_the_kind_wanted_and_the_kind_found(value, kind, words):
    problem = _problem(require, {"k": value}, "k", kind, "block")
    assert (problem.path, problem.message) == ("block.k", words)
    assert str(problem) == f"block.k: {words}"


def test_require_returns_the_value_and_reports_a_missing_key():
    assert require({"k": 2.5}, "k", float) == 2.5
    assert require({"k": 2}, "k", float) == 2  # a whole number is a number
    assert _problem(require, {}, "k", int, "a").message == "is missing."


@pytest.mark.parametrize(
    ("value", "low", "high", "whole", "words"),
    [
        (0, 1, 10_000, True, "must be a whole number from 1 to 10,000, not 0."),
        (2.5, 1, 10, True, "must be a whole number from 1 to 10, not 2.5."),
        (11.0, 0.0, 10.0, False, "must be a number from 0 to 10, not 11.0."),
        (float("nan"), 0.0, 1.0, False, "must be a number from 0 to 1, not NaN."),
        (float("inf"), None, None, False, "must be a number, not Infinity."),
        (-1, 0, None, True, "must be a whole number from 0, not -1."),
        (5, None, 4, True, "must be a whole number up to 4, not 5."),
        (False, 0, 1, True, "must be a whole number from 0 to 1, not false."),
        ("7", 0, 9, True, 'must be a whole number from 0 to 9, not "7".'),
    ],
)
def test_number_in_checks_kind_finiteness_and_range(value, low, high, whole, words):
    assert _problem(number_in, value, "x", low, high, whole).message == words


@pytest.mark.parametrize(
    ("value", "low", "high", "whole"),
    [(1, 1, 10, True), (10, 1, 10, True), (0.05, 0.05, 0.5, False), (3, 0, 9, False)],
)
def test_number_in_accepts_the_bounds_themselves(value, low, high, whole):
    assert number_in(value, "x", low, high, whole) == value


def test_one_of_suggests_the_closest_choice_only_when_there_is_one():
    choices = ("relu", "tanh", "sigmoid")
    assert one_of("tanh", choices, "a") == "tanh"
    assert _problem(one_of, "rleu", choices, "a").message == (
        'must be one of relu, tanh, sigmoid, not "rleu" (did you mean "relu"?).'
    )
    assert _problem(one_of, "xyz", choices, "a").message == (
        'must be one of relu, tanh, sigmoid, not "xyz".'
    )
    assert "not 5." in _problem(one_of, 5, choices, "a").message


def test_unknown_keys_name_the_first_typo_and_skip_ignored_keys():
    known = ("stage", "options", "datasets")
    no_unknown_keys({"stage": 1, "_note": 2}, known, ignore=lambda k: k[0] == "_")
    problem = _problem(no_unknown_keys, {"stage": 1, "dataset": 2}, known, "q")
    assert problem.path == "q.dataset"
    assert problem.message == (
        'is not a known key (did you mean "datasets"?). '
        'Use one of: "stage", "options", "datasets".'
    )
    problem = _problem(no_unknown_keys, {"colour": 1}, known, noun="setting")
    assert problem.message.startswith("is not a known setting. Use one of")


# -- the four readers say it the same way -------------------------------------


def test_config_messages_name_the_field_the_rule_and_the_value():
    with pytest.raises(ConfigError) as caught:
        TrainingConfig(activation="rleu").validate()
    assert caught.value.field == "activation"
    assert 'not "rleu" (did you mean "relu"?)' in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        TrainingConfig(epochs=0).validate()
    assert str(caught.value) == "epochs must be a whole number from 1 to 10,000, not 0."
    with pytest.raises(ConfigError) as caught:
        TrainingConfig.from_dict({"epoch": 3})
    assert caught.value.field == "epoch"
    assert 'did you mean "epochs"' in str(caught.value)


def test_a_profile_and_a_bank_suggest_the_key_they_meant():
    with pytest.raises(ProfileError) as caught:
        parse_profile("format = 1\n[dispaly]\nspeed = 1")
    assert caught.value.key == "dispaly"
    assert 'did you mean "display"' in str(caught.value)
    with pytest.raises(ProfileError) as caught:
        parse_profile("format = 1\n[config]\nactivaton = 'relu'")
    assert caught.value.key == "config.activaton"
    assert 'did you mean "activation"' in str(caught.value)
    with pytest.raises(QuizBankError) as caught:
        bank_from_data({"version": 1, "questons": []})
    assert caught.value.problems[0].key == "questons"
    assert 'did you mean "questions"' in str(caught.value)
