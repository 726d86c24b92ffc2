"""Classroom profiles: reading, writing, and refusing bad ones by key (no Qt)."""

import pytest

from core import TrainingConfig
from core.files.classroom_profile import (
    ClassroomProfile,
    ProfileError,
    load_profile,
    parse_profile,
    profile_to_toml,
    save_profile,
)

GOOD = """
format = 1
title = "Year 10 \\"B\\""

[config]
dataset = "xor"
hidden_layers = [8]
learning_rate = 0.01
seed = 3

[controls]
locked = ["dataset", "seed"]
hidden = ["quiz"]

[quiz]
questions = ["why-relu", "loss-decreases"]

[display]
font_scale = 1.5
speed = 2
"""


def test_a_profile_is_read_with_its_defaults():
    profile = parse_profile(GOOD)
    assert profile.title == 'Year 10 "B"'
    assert profile.config == TrainingConfig(
        dataset="xor", hidden_layers=(8,), learning_rate=0.01, seed=3
    )
    assert profile.locked == ("dataset", "seed")
    assert profile.hidden == ("quiz",)
    assert profile.questions == ("why-relu", "loss-decreases")
    assert profile.font_scale == 1.5
    assert profile.speed == 2
    assert profile.state_of("quiz") == "hidden"
    assert profile.state_of("seed") == "locked"
    assert profile.state_of("optimizer") == "free"


def test_the_writer_round_trips_through_tomllib(tmp_path):
    profile = ClassroomProfile(
        title='Tab\there, quote " and back\\slash, ünïcode',
        config=TrainingConfig(hidden_layers=(), learning_rate=1e-05, n_rows=500),
        locked=("architecture",),
        hidden=("speed", "batch_size"),
        questions=None,
        font_scale=2.0,
    )
    path = tmp_path / "p.toml"
    save_profile(profile, path)
    assert load_profile(path) == profile
    assert parse_profile(profile_to_toml(parse_profile(GOOD))) == parse_profile(GOOD)


def test_the_documented_example_profile_is_valid():
    from importlib import resources

    text = (resources.files("resources") / "profiles" / "example.toml").read_text()
    assert parse_profile(text).title


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("[config]\nseed = 1", "format", "missing"),
        ("format = 2", "format", "format 2"),
        ("format = 1\ncolour = 1", "colour", "not a known setting"),
        ("format = 1\n[config]\nlearning_rate = -1", "config.learning_rate", "above 0"),
        ("format = 1\n[config]\nlr = 0.1", "config.lr", "not a known setting"),
        ("format = 1\n[config]\ndataset = 3", "config.dataset", "text"),
        ("format = 1\n[config]\nhidden_layers = '64'", "config.hidden_layers", "list"),
        ("format = 1\n[config]\nepochs = 0", "config.epochs", "epochs"),
        ('format = 1\n[controls]\nlocked = ["colour"]', "controls.locked", "colour"),
        ("format = 1\n[controls]\nhidden = 'quiz'", "controls.hidden", "list"),
        (
            'format = 1\n[controls]\nlocked = ["seed"]\nhidden = ["seed"]',
            "controls.hidden",
            "both",
        ),
        ('format = 1\n[quiz]\nquestions = ["nope"]', "quiz.questions", "nope"),
        ("format = 1\n[quiz]\nquestions = []", "quiz.questions", "empty"),
        ("format = 1\n[display]\nfont_scale = 3", "display.font_scale", "2.5"),
        ("format = 1\n[display]\nspeed = -1", "display.speed", "0"),
        ("format = 1\nconfig = 5", "config", "table"),
    ],
)
def test_a_malformed_profile_is_refused_naming_the_key(text, key, words):
    with pytest.raises(ProfileError) as caught:
        parse_profile(text, "class.toml")
    assert caught.value.key == key
    assert f'"{key}"' in str(caught.value)
    assert words in str(caught.value)
    assert "class.toml" in str(caught.value)


def test_a_toml_syntax_error_names_the_line():
    with pytest.raises(ProfileError, match="line 3"):
        parse_profile('format = 1\n[config]\nseed = "3\n')


def test_an_unreadable_file_is_a_profile_error(tmp_path):
    with pytest.raises(ProfileError, match="could not be read"):
        load_profile(tmp_path / "missing.toml")


# -- seeds, CSV paths (issue 14, items 3 and 10) ------------------------------------


def test_one_seed_range_for_profiles():
    top = parse_profile(f"format = 1\n[config]\nseed = {2**31 - 1}")
    assert top.config.seed == 2**31 - 1
    with pytest.raises(ProfileError) as caught:
        parse_profile(f"format = 1\n[config]\nseed = {2**31}")
    assert caught.value.key == "config.seed"
    assert "0 to 2,147,483,647" in str(caught.value)


def test_a_profile_naming_a_missing_csv_names_the_path(tmp_path):
    path = tmp_path / "class.toml"
    path.write_text('format = 1\n[config]\ndataset = "file:data/marks.csv"\n')
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert caught.value.key == "config.dataset"
    assert f"the CSV file {tmp_path / 'data' / 'marks.csv'} is missing" in str(
        caught.value
    )
    assert "athletes" in str(caught.value)


def test_a_profile_naming_an_existing_csv_says_how_to_open_it(tmp_path):
    (tmp_path / "marks.csv").write_text("a,b\n1,2\n")
    path = tmp_path / "class.toml"
    path.write_text(f'format = 1\n[config]\ndataset = "file:{tmp_path}/marks.csv"\n')
    with pytest.raises(ProfileError, match="File → Open data") as caught:
        load_profile(path)
    assert str(tmp_path / "marks.csv") in str(caught.value)


def test_a_bare_file_name_means_the_data_already_open(tmp_path):
    path = tmp_path / "class.toml"
    path.write_text('format = 1\n[config]\ndataset = "file:marks"\n')
    assert load_profile(path).config.dataset == "file:marks"
