"""Session files: exact round trips, exact continuation, clear refusals."""

import json
import zipfile

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.data.csv_data import load_csv
from core.engine.snapshot import take_snapshot
from core.files.history_export import (
    write_batch_losses_csv,
    write_history_csv,
    write_weights_json,
    write_weights_npz,
)
from core.files.session_file import (
    ARRAYS_MEMBER,
    FORMAT_VERSION,
    JSON_MEMBER,
    SessionError,
    load_session,
    save_session,
)
from core.files.session_restore import (
    capture,
    capture_snapshot,
    data_source,
    restore_trainer,
)
from core.quiz.sitting import Result

CONFIG = TrainingConfig(hidden_layers=(16, 8), epochs=5, n_rows=300, seed=3)
QUIZ = (Result("q1", "output", "What is 1?", "one", "one", True, False),)


def trained(config=CONFIG, epochs=2, batches=0, dataset=None) -> Trainer:
    trainer = Trainer(config, dataset)
    for _ in range(epochs):
        trainer.step_epoch()
    for _ in range(batches):
        trainer.step_batch()
    return trainer


def saved(tmp_path, trainer: Trainer, fixes=()):
    source = data_source(trainer.dataset, trainer.config, fixes)
    return save_session(capture(trainer, source, QUIZ), tmp_path / "run")


def test_save_then_load_round_trips_bit_for_bit(tmp_path):
    trainer = trained()
    session = capture(trainer, data_source(trainer.dataset, CONFIG), QUIZ)
    path = save_session(session, tmp_path / "run")
    assert path.suffix == ".layerlab"
    back = load_session(path)
    assert back.config == CONFIG
    assert back.records == session.records
    assert back.quiz == QUIZ
    assert back.theta.dtype == session.theta.dtype
    np.testing.assert_array_equal(back.theta, session.theta)
    np.testing.assert_array_equal(back.batch_losses, session.batch_losses)
    for key, value in session.optimizer_state.items():
        np.testing.assert_array_equal(back.optimizer_state[key], value)
    assert (back.epoch, back.step_count, back.state) == (2, 2 * 8, "training")


@pytest.mark.parametrize(("epochs", "batches"), [(2, 0), (2, 3), (0, 0), (5, 0)])
@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_a_restored_run_continues_exactly_like_one_never_saved(
    tmp_path, epochs, batches, optimizer
):
    config = CONFIG.with_changes(optimizer=optimizer)
    original = trained(config, epochs, batches)
    restored = restore_trainer(load_session(saved(tmp_path, original)))
    assert restored.exact
    original.run()
    restored.trainer.run()
    np.testing.assert_array_equal(restored.trainer.model.theta, original.model.theta)
    assert restored.trainer.history.records == original.history.records
    assert restored.trainer.history.batch_losses == original.history.batch_losses


def test_an_exact_replay_brings_back_every_moment_for_time_travel(tmp_path):
    original = trained(epochs=2, batches=3)
    restored = restore_trainer(load_session(saved(tmp_path, original)))
    assert restored.exact
    moments = restored.moments
    steps = original.step_count
    np.testing.assert_array_equal(moments.steps(), np.arange(steps + 1))
    fresh = Trainer(CONFIG)  # the same run again, one batch at a time
    for step in range(steps + 1):
        np.testing.assert_array_equal(moments.nearest(step).theta, fresh.model.theta)
        fresh.step_batch()


def test_a_run_restored_without_replay_keeps_only_its_last_moment(tmp_path):
    original = trained(epochs=2, batches=3)
    restored = restore_trainer(load_session(saved(tmp_path, original)), budget=0)
    assert restored.moments is None


def test_a_learning_rate_changed_per_epoch_is_replayed(tmp_path):
    original = trained(epochs=1)
    original.learning_rate = 0.01
    original.step_epoch()
    restored = restore_trainer(load_session(saved(tmp_path, original)))
    assert restored.exact
    assert restored.trainer.learning_rate == 0.01


def test_without_replay_the_saved_numbers_are_set_at_an_epoch_boundary(tmp_path):
    original = trained(epochs=2, batches=3)
    restored = restore_trainer(load_session(saved(tmp_path, original)), budget=0)
    trainer = restored.trainer
    assert not restored.exact
    assert "epoch 3" in restored.note
    np.testing.assert_array_equal(trainer.model.theta, original.model.theta)
    assert (trainer.epoch, trainer.batch_in_epoch) == (2, 0)
    assert len(trainer.history.batch_losses) == 2 * trainer.batches_per_epoch
    np.testing.assert_array_equal(
        trainer.optimizer.state()["m"], original.optimizer.state()["m"]
    )
    trainer.run()
    assert trainer.status.value == "finished"
    assert [r.epoch for r in trainer.history.records] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_the_saved_numbers_become_a_run_record_the_trainer_restores(optimizer):
    """Without replay the session is a run record: last good parameters are the
    saved ones, the divergence threshold follows the first saved loss."""
    config = CONFIG.with_changes(optimizer=optimizer)
    original = trained(config, epochs=2)
    session = capture(original, data_source(original.dataset, config))
    trainer = restore_trainer(session, budget=0).trainer
    record = trainer.state()
    assert record.position == original.position()
    np.testing.assert_array_equal(record.theta, original.model.theta)
    np.testing.assert_array_equal(record.good_theta, original.model.theta)
    first = original.history.batch_losses[0]
    assert record.loss_limit == max(10 * first, 10.0)
    assert record.records == tuple(original.history.records)
    for key, value in original.optimizer.state().items():
        np.testing.assert_allclose(trainer.optimizer.state()[key], value, rtol=1e-15)


def test_capture_writes_the_run_record_under_the_sessions_names():
    trainer = trained(epochs=1, batches=4)
    session = capture(trainer, data_source(trainer.dataset, CONFIG))
    position = trainer.position()
    assert (session.state, session.epoch, session.batch_in_epoch) == (
        position.state,
        position.epoch,
        position.batch_in_epoch,
    )
    assert (session.step_count, session.learning_rate) == (
        position.step,
        position.learning_rate,
    )
    assert session.batches_per_epoch == position.batches_per_epoch
    np.testing.assert_array_equal(session.theta, trainer.model.theta)
    np.testing.assert_array_equal(session.batch_losses, trainer.history.batch_losses)
    snapshot_session = capture_snapshot(
        take_snapshot(trainer),
        CONFIG,
        trainer.dataset,
        data_source(trainer.dataset, CONFIG),
    )
    assert snapshot_session.step_count == session.step_count
    assert snapshot_session.batch_in_epoch == session.batch_in_epoch


def test_a_snapshot_session_recovers_the_optimizer_state_by_replay(tmp_path):
    original = trained(epochs=2, batches=1)
    snapshot = take_snapshot(original)
    source = data_source(original.dataset, CONFIG)
    session = capture_snapshot(snapshot, CONFIG, original.dataset, source)
    for key, value in original.optimizer.state().items():
        np.testing.assert_array_equal(session.optimizer_state[key], value)


def test_csv_data_travels_inside_the_session(tmp_path):
    rng = np.random.default_rng(0)
    lines = ["a (cm),b,label"] + [
        f"{rng.normal():.4f},{rng.normal():.4f},{'yes' if i % 2 else 'no'}"
        for i in range(40)
    ]
    csv_path = tmp_path / "mine.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = load_csv(csv_path).dataset
    config = CONFIG.with_changes(dataset=dataset.name, n_rows=None)
    original = trained(config, 1, dataset=dataset)
    path = saved(tmp_path, original, fixes=("drop_missing_rows",))
    csv_path.unlink()  # the session must not need the CSV any more
    session = load_session(path)
    assert session.source.fixes == ("drop_missing_rows",)
    assert session.source.feature_names == ("a", "b")
    assert session.source.feature_units == ("cm", "")
    np.testing.assert_array_equal(session.source.X, dataset.X)
    restored = restore_trainer(session)
    assert restored.exact
    assert restored.trainer.dataset.class_names == ("no", "yes")


# -- refusals -------------------------------------------------------------------


def rewrite(path, document=None, arrays=None, drop=None):
    """Copy a session with its JSON or arrays replaced (or a member dropped)."""
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    if document is not None:
        members[JSON_MEMBER] = json.dumps(document).encode()
    if arrays is not None:
        members[ARRAYS_MEMBER] = arrays
    members.pop(drop, None)
    bad = path.with_name("bad.layerlab")
    with zipfile.ZipFile(bad, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return bad


@pytest.fixture
def good(tmp_path):
    return saved(tmp_path, trained(epochs=1))


def document_of(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(JSON_MEMBER))


def test_a_future_version_is_refused_naming_both_versions(good):
    document = document_of(good)
    document["version"] = FORMAT_VERSION + 2
    later = FORMAT_VERSION + 2
    newer = rf"newer LayerLab.*format {later}.*up to format {FORMAT_VERSION}"
    with pytest.raises(SessionError, match=newer):
        load_session(rewrite(good, document))


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "notes.layerlab"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(SessionError, match="not a LayerLab session"):
        load_session(path)


def test_a_truncated_file_is_refused(good):
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    with pytest.raises(SessionError):
        load_session(good)


def test_a_missing_member_is_named(good):
    with pytest.raises(SessionError, match=r"'arrays\.npz' is missing"):
        load_session(rewrite(good, drop=ARRAYS_MEMBER))


def test_a_wrong_shape_is_named(good):
    document = document_of(good)
    document["config"]["hidden_layers"] = [16, 9]
    with pytest.raises(SessionError, match=r"in 'theta' \(481 numbers\) do not fit"):
        load_session(rewrite(good, document))


def test_a_bad_setting_is_named(good):
    document = document_of(good)
    document["config"]["activation"] = "banana"
    with pytest.raises(SessionError, match=r"config\.activation"):
        load_session(rewrite(good, document))


def test_a_mistyped_history_entry_is_named(good):
    document = document_of(good)
    document["history"][0]["loss"] = "low"
    with pytest.raises(SessionError, match=r"history\[0\]\.loss"):
        load_session(rewrite(good, document))


def test_pickled_arrays_are_never_loaded(good, tmp_path):
    import io

    buffer = io.BytesIO()
    np.savez(buffer, theta=np.array([object()], dtype=object))
    with pytest.raises(SessionError, match="should hold numbers, not object"):
        load_session(rewrite(good, arrays=buffer.getvalue()))


# -- exports ----------------------------------------------------------------------


def test_history_and_weights_exports_parse_back(tmp_path):
    trainer = trained(epochs=2)
    records = trainer.history.records
    path = write_history_csv(records, tmp_path / "h.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("epoch,loss,accuracy")
    assert float(lines[2].split(",")[1]) == records[1].loss
    batches = write_batch_losses_csv(
        trainer.history.batch_losses, trainer.batches_per_epoch, tmp_path / "b.csv"
    )
    assert len(batches.read_text(encoding="utf-8").splitlines()) == 1 + 16
    sizes = trainer.model.layer_sizes
    with np.load(
        write_weights_npz(trainer.model.theta, sizes, tmp_path / "w.npz")
    ) as w:
        np.testing.assert_array_equal(w["W1"], trainer.model.layers[0].W)
        np.testing.assert_array_equal(w["b3"], trainer.model.layers[2].b)
        assert tuple(w["layer_sizes"]) == sizes
    doc = json.loads(
        write_weights_json(
            trainer.model.theta, sizes, "relu", tmp_path / "w.json"
        ).read_text(encoding="utf-8")
    )
    assert [layer["activation"] for layer in doc["layers"]] == [
        "relu",
        "relu",
        "sigmoid",
    ]
    np.testing.assert_array_equal(
        np.array(doc["layers"][1]["W"]), trainer.model.layers[1].W
    )


# -- clear messages for wrong settings (issue 14, items 3 and 10) -------------------


@pytest.mark.parametrize(
    ("block", "key", "value", "words"),
    [
        ("config", "dataset", 5, r"config\.dataset: dataset must be one of"),
        ("config", "hidden_layers", 5, r"config\.hidden_layers should be a list"),
        ("config", "hidden_layers", [16, "8"], r"config\.hidden_layers should be"),
        ("config", "seed", 2**31, r"config\.seed: .*0 to 2,147,483,647"),
        ("data", "seed", 2**31, r"'data\.seed' must be .*0 to 2,147,483,647"),
    ],
)
def test_a_wrong_setting_names_its_field(good, block, key, value, words):
    document = document_of(good)
    document[block][key] = value
    with pytest.raises(SessionError, match=words) as caught:
        load_session(rewrite(good, document))
    assert str(caught.value).startswith("bad.layerlab cannot be opened: ")


def test_the_largest_seed_a_spin_box_holds_round_trips(tmp_path):
    config = CONFIG.with_changes(seed=2**31 - 1)
    assert load_session(saved(tmp_path, trained(config, 1))).config == config


def test_parameters_that_do_not_fit_name_the_layer_and_shapes(good):
    from dataclasses import replace

    session = load_session(good)
    short = replace(session, theta=session.theta[:400], optimizer_state=None)
    with pytest.raises(SessionError) as caught:
        restore_trainer(short)
    assert str(caught.value) == (
        "The saved parameters (400 numbers) do not fit the network 20 → 16 → 8 → 1: "
        "layer 2 (16 → 8) needs W of shape (16, 8) and b of shape (8,), 136 "
        "numbers, but only 64 are left for it."
    )
    long = replace(session, theta=np.zeros(session.theta.size + 7))
    with pytest.raises(SessionError, match=r"its 3 layers need 481 numbers, and 7 "):
        restore_trainer(long)
