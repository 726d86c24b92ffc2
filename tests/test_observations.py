"""Phases and events (docs/observations.md).

Constructed histories force every phase transition, every sentence variant
and every event (and their absence); real runs over many seeds and setups are
checked against a second, independent reading of the documented rule.
"""

import itertools
import json
import math
import re

import numpy as np
import pytest

from core.cli import main
from core.cli.train import _row
from core.engine import observations as obs
from core.engine.config import TrainingConfig
from core.engine.observations import EVENTS, PHASES, EpochMetrics, trace
from core.engine.training import EpochRecord, Trainer
from core.files.session_checks import record as read_record
from core.files.session_file import SessionError
from tests.conftest import ROOT


def m(loss, val_acc, val_loss=None):
    return EpochMetrics(loss, val_acc, loss if val_loss is None else val_loss, val_acc)


def observed(rows, chance=0.5):
    return trace([m(*row) for row in rows], chance)


def phases(rows, chance=0.5):
    return [o.phase for o in observed(rows, chance)]


def events(rows, chance=0.5):
    return [o.events for o in observed(rows, chance)]


# -- the phase, constructed ---------------------------------------------------------


def test_epoch_one_starts_and_says_how_it_compares_with_chance():
    assert observed([(0.69, 0.50)])[0] == obs.Observation(
        "starting", (), obs.STARTS_AT_RANDOM
    )
    assert observed([(0.68, 0.58)])[0].sentence == obs.STARTS
    assert observed([(0.50, 0.75)])[0].sentence == obs.STARTS_STRONG
    # with 80% chance, 85% is just above random and 95% clearly above
    assert observed([(0.5, 0.85)], chance=0.8)[0].sentence == obs.STARTS
    assert observed([(0.3, 0.95)], chance=0.8)[0].sentence == obs.STARTS_STRONG


def test_every_phase_in_turn():
    rows = [
        (0.690, 0.55),  # 1 starting
        (0.550, 0.70),  # 2 skill 0.4: basic
        (0.400, 0.92),  # 3 skill 0.84, falling fast: complex
        (0.390, 0.93),  # 4 smoothed drop 16.7%: still complex
        (0.385, 0.93),  # 5 10.3%: complex
        (0.380, 0.93),  # 6 1.7% but loss 0.38 is not low: fine-tuning
        (0.150, 0.95),  # 7 falls fast again: the phase does not go back
        (0.149, 0.95),  # 8 smoothed 20.8%
        (0.148, 0.95),  # 9 20.6%
        (0.147, 0.95),  # 10 0.7%, loss low, accuracy high: converged
    ]
    seen = observed(rows)
    assert [o.phase for o in seen] == [
        "starting", "basic", "complex", "complex", "complex",
        "fine-tuning", "fine-tuning", "fine-tuning", "fine-tuning", "converged",
    ]  # fmt: skip
    assert [o.sentence for o in seen[:3]] == [obs.STARTS, obs.BASIC, obs.COMPLEX]
    assert seen[5].sentence == obs.FINE_TUNES
    assert seen[9].sentence == obs.CONVERGES
    assert all(o.events == () for o in seen)


def test_the_phase_moves_one_step_per_epoch_so_each_is_seen():
    rows = [(0.69, 0.55), (0.10, 0.99), (0.09, 0.99), (0.089, 0.99)]
    assert phases(rows) == ["starting", "basic", "complex", "complex"]


def test_a_row_whose_loss_rose_never_advances_the_phase():
    rows = [(0.69, 0.55), (0.70, 0.95), (0.50, 0.95)]
    seen = observed(rows)
    assert [o.phase for o in seen] == ["starting", "starting", "basic"]
    assert seen[1].sentence == obs.STARTS_STRONG  # held by the rise, not "little"


def test_the_phase_never_goes_back_and_its_sentence_stays_true():
    rows = [(0.69, 0.55), (0.5, 0.70), (0.3, 0.95), (0.25, 0.60)]
    seen = observed(rows)
    assert seen[3].phase == "complex"
    assert seen[3].sentence == obs.COMPLEX_NOT_HIGH
    basic = observed([(0.69, 0.55), (0.5, 0.70), (0.45, 0.70)])
    assert [o.sentence for o in basic[1:]] == [obs.BASIC, obs.BASIC_NO_GAIN]


def test_later_starting_rows_have_learned_little():
    rows = [(0.70, 0.56), (0.69, 0.58), (0.68, 0.48)]
    assert [o.sentence for o in observed(rows)] == [
        obs.STARTS,
        obs.STILL_NEAR_RANDOM,
        obs.STILL_AT_RANDOM,
    ]


def test_skill_makes_the_phase_fair_to_any_class_balance():
    rows = [(0.50, 0.85), (0.40, 0.90), (0.30, 0.90)]
    assert phases(rows, chance=0.5) == ["starting", "basic", "complex"]
    assert phases(rows, chance=0.8) == ["starting", "basic", "basic"]  # skill 0.5
    assert obs.skill(0.9, 0.8) == pytest.approx(0.5)
    assert obs.skill(1.0, 1.0) == 0.0  # one class: accuracy says nothing


def fine_tuning_rows():
    return [(0.69, 0.55), (0.5, 0.7), (0.4, 0.92), (0.39, 0.93), (0.385, 0.93)]


def test_fine_tuning_says_whether_accuracy_is_stable():
    rows = [*fine_tuning_rows(), (0.38, 0.93), (0.378, 0.96)]
    seen = observed(rows)
    assert [o.phase for o in seen[5:]] == ["fine-tuning", "fine-tuning"]
    assert [o.sentence for o in seen[5:]] == [obs.FINE_TUNES, obs.FINE_TUNES_MOVING]


def test_no_convergence_while_the_loss_is_not_low_or_swings():
    flat_high = [*fine_tuning_rows(), *[(0.38, 0.93)] * 6]
    assert phases(flat_high)[-1] == "fine-tuning"  # loss 0.38 > 0.3 x 0.693
    swinging = [*fine_tuning_rows(), (0.15, 0.95), (0.17, 0.95), (0.18, 0.95)]
    swinging.append((0.175, 0.95))  # falls, but smoothed drop -5.4%
    assert phases(swinging)[-1] == "fine-tuning"
    assert obs.smoothed_drop([r[0] for r in swinging]) < -obs.CONVERGED_DROP


def converged_rows():
    rows = [(0.69, 0.55), (0.3, 0.95), (0.2, 0.95), (0.15, 0.95)]
    return rows + [(loss, 0.95) for loss in (0.149, 0.148, 0.147, 0.146)]


def test_converged_rows_never_claim_what_they_do_not_show():
    rows = converged_rows()
    assert phases(rows)[-3:] == ["complex", "fine-tuning", "converged"]
    tail = [(0.16, 0.95), (0.25, 0.95), (0.24, 0.95), (0.15, 0.95), (0.149, 0.80)]
    tail += [(0.148, 0.95)]
    seen = observed([*rows, *tail])[len(rows) :]
    assert [o.phase for o in seen] == ["converged"] * 6
    assert [o.sentence for o in seen] == [
        obs.SETTLED_LOSS_ROSE,
        obs.SETTLED_LOSS_ROSE,
        obs.SETTLED_ABOVE_BEST,  # fell, but 0.24 is far above the best, 0.146
        obs.CONVERGES,  # 0.15 is within 5% of 0.146
        obs.SETTLED_NOT_HIGH,
        obs.CONVERGES,
    ]


def test_a_loss_back_above_the_low_mark_is_not_called_low():
    rows = [(0.69, 0.55), (0.4, 0.95), (0.3, 0.95), (0.21, 0.95), (0.2075, 0.95)]
    rows += [(0.207, 0.95), (0.2065, 0.95), (0.206, 0.95), (0.212, 0.95), (0.21, 0.95)]
    seen = observed(rows)  # "low" is at most 0.3 x 0.693 = 0.208
    assert [o.phase for o in seen[-3:]] == ["converged"] * 3
    assert seen[-3].sentence == obs.CONVERGES
    assert seen[-1].sentence == obs.SETTLED_LOSS_NOT_LOW


def test_one_bump_is_a_loss_bump_not_a_learning_rate_problem():
    rows = [(0.5, 0.6), (0.4, 0.7), (0.3, 0.8), (0.36, 0.8), (0.29, 0.8)]
    assert events(rows) == [(), (), (), ("loss-bump",), ()]
    assert events([(0.5, 0.6), (0.4, 0.7), (0.416, 0.7)])[-1] == ()  # +4%


def test_a_sustained_bump_is_learning_rate_too_high():
    rows = [(0.5, 0.6), (0.4, 0.7), (0.3, 0.8), (0.36, 0.8), (0.34, 0.8), (0.28, 0.8)]
    assert events(rows)[3:] == [("loss-bump",), ("learning-rate-too-high",), ()]
    both = [*rows[:4], (0.4, 0.8)]
    assert events(both)[-1] == ("loss-bump", "learning-rate-too-high")


def overfit_rows(val_losses, losses=None):
    losses = losses or [0.5 - 0.03 * i for i in range(len(val_losses))]
    return [(loss, 0.8, v) for loss, v in zip(losses, val_losses, strict=True)]


def test_overfitting_needs_three_epochs_and_stops_when_validation_recovers():
    two = overfit_rows([0.5, 0.4, 0.3, 0.33, 0.34])
    assert all("overfitting" not in e for e in events(two))
    rows = overfit_rows([0.5, 0.4, 0.3, 0.33, 0.34, 0.35, 0.36, 0.31])
    found = ["overfitting" in e for e in events(rows)]
    assert found == [False] * 5 + [True, True, False]


def test_validation_rising_with_the_training_loss_is_not_overfitting():
    val = [0.5, 0.4, 0.3, 0.33, 0.34, 0.35]
    rows = overfit_rows(val, losses=[0.5, 0.4, 0.3, 0.33, 0.34, 0.35])
    assert "overfitting" not in events(rows)[-1]
    assert "learning-rate-too-high" in events(rows)[-1]


def test_a_plateau_is_a_flat_loss_with_accuracy_not_high():
    flat = [(0.7, 0.6), (0.69, 0.6), (0.689, 0.6), (0.688, 0.6), (0.687, 0.6)]
    assert events(flat) == [(), (), (), (), ("plateau",)]
    high = [(loss, 0.95) for loss, _ in flat]
    assert events(high)[-1] == ()
    assert events(flat[1:4])[-1] == ()  # 3 rows are not 3 epochs of change


def test_events_stay_in_the_contract_order():
    rows = [(0.5, 0.6, 0.5), (0.4, 0.6, 0.4), (0.3, 0.6, 0.3), (0.36, 0.6, 0.33)]
    rows += [(0.34, 0.6, 0.34), (0.36, 0.6, 0.35)]
    last = events(rows)[-1]
    assert last == tuple(e for e in EVENTS if e in last)
    assert "loss-bump" in last
    assert "learning-rate-too-high" in last


# -- an independent reading of the documented rule, for real runs ---------------------


def chance_loss(c):
    return 0.0 if c in (0.0, 1.0) else -(c * math.log(c) + (1 - c) * math.log(1 - c))


class Row:
    """The numbers of a run as arrays, and the facts the rule is written in."""

    def __init__(self, records, chance):
        self.c = chance
        self.L = np.array([r.loss for r in records])
        self.V = np.array([r.val_loss for r in records])
        self.A = np.array([r.val_accuracy for r in records])
        self.skill = (self.A - chance) / (1 - chance) if chance < 1 else 0 * self.A
        self.rose = np.r_[False, self.L[1:] > self.L[:-1]]
        self.low = np.less_equal(self.L, obs.LOW_LOSS_FRACTION * chance_loss(chance))

    def drop(self, i):
        lo = max(1, i - obs.SMOOTHING_EPOCHS + 1)
        steps = [(self.L[e - 1] - self.L[e]) / self.L[e - 1] for e in range(lo, i + 1)]
        return float(np.mean(steps)) if steps else 0.0

    def target(self, i):
        s, d = self.skill[i], self.drop(i)
        if s < obs.BASIC_SKILL:
            return 0
        if s < obs.HIGH_SKILL:
            return 1
        if d >= obs.FINE_TUNING_DROP:
            return 2
        near_best = self.L[i] <= (1 + obs.BUMP) * self.L[:i].min()
        return 4 if abs(d) < obs.CONVERGED_DROP and self.low[i] and near_best else 3

    def phases(self):
        out = [0]
        for i in range(1, len(self.L)):
            step = not self.rose[i] and self.target(i) > out[-1]
            out.append(out[-1] + step)
        return [PHASES[p] for p in out]

    def stable(self, i):
        window = self.A[max(0, i - obs.STABLE_EPOCHS + 1) : i + 1]
        wide = window.max() - window.min() > obs.STABLE_ACCURACY
        return i >= obs.STABLE_EPOCHS - 1 and not wide

    def above(self, values, i, factor, strict):
        best = values[:i].min()
        return values[i] > factor * best if strict else values[i] >= factor * best

    def sustained(self, values, i, epochs, rise, strict):
        last = range(i - epochs + 1, i + 1)
        return i >= epochs and all(
            self.above(values, j, 1 + rise, strict) for j in last
        )

    def events(self, i):
        L, V, n = self.L, self.V, obs.PLATEAU_EPOCHS
        lr = self.sustained(L, i, obs.LR_TOO_HIGH_EPOCHS, obs.BUMP, True)
        over = self.sustained(V, i, obs.OVERFIT_EPOCHS, obs.OVERFIT_RISE, False)
        over = over and L[i] < L[int(np.argmin(V[: i + 1]))]
        window = L[max(0, i - n) : i + 1]
        moved = window.max() - window.min()
        flat = i >= n and moved < obs.PLATEAU_CHANGE * window[0]
        found = {
            "loss-bump": i >= 1 and L[i] > (1 + obs.BUMP) * L[i - 1],
            "learning-rate-too-high": lr,
            "overfitting": over,
            "plateau": flat and self.skill[i] < obs.HIGH_SKILL,
        }
        return tuple(e for e in EVENTS if found.get(e))


CLAIMS = {  # words a sentence may say -> what the row's numbers must show
    "loss low": lambda f, i: f.low[i] and not f.rose[i],
    "converges": lambda f, i: (
        not f.rose[i] and f.L[i] <= (1 + obs.BUMP) * f.L[:i].min()
    ),
    "accuracy high": lambda f, i: f.skill[i] >= obs.HIGH_SKILL,
    "not high": lambda f, i: f.skill[i] < obs.HIGH_SKILL,
    "accuracy improves": lambda f, i: i > 0 and f.A[i] > f.A[i - 1],
    "did not improve": lambda f, i: i > 0 and f.A[i] <= f.A[i - 1],
    "just above random": lambda f, i: f.c < f.A[i] <= f.c + obs.JUST_ABOVE_RANDOM,
    "not yet above random": lambda f, i: f.A[i] <= f.c,
    "not above random": lambda f, i: f.A[i] <= f.c,
    "clearly above random": lambda f, i: f.A[i] > f.c + obs.JUST_ABOVE_RANDOM,
    "stabilizes": lambda f, i: f.stable(i),
    "still moving": lambda f, i: not f.stable(i),
    "learned little": lambda f, i: i > 0 and f.skill[i] < obs.BASIC_SKILL,
    "loss rose this epoch": lambda f, i: f.rose[i],
    "loss not yet low": lambda f, i: not f.low[i],
    "still above its best": lambda f, i: f.L[i] > (1 + obs.BUMP) * f.L[:i].min(),
}
PHASE_OF_SENTENCE = {
    obs.STARTS: "starting", obs.STARTS_AT_RANDOM: "starting",
    obs.STARTS_STRONG: "starting", obs.STILL_AT_RANDOM: "starting",
    obs.STILL_NEAR_RANDOM: "starting", obs.BASIC: "basic",
    obs.BASIC_NO_GAIN: "basic", obs.COMPLEX: "complex",
    obs.COMPLEX_NOT_HIGH: "complex", obs.FINE_TUNES: "fine-tuning",
    obs.FINE_TUNES_MOVING: "fine-tuning", obs.CONVERGES: "converged",
    obs.SETTLED_LOSS_ROSE: "converged", obs.SETTLED_NOT_HIGH: "converged",
    obs.SETTLED_LOSS_NOT_LOW: "converged", obs.SETTLED_ABOVE_BEST: "converged",
}  # fmt: skip
SETUPS = {
    "default": {},
    "lr 0.03": {"learning_rate": 0.03},
    "no hidden layer": {"hidden_layers": ()},
    "xor": {"dataset": "xor"},
    "spiral": {"dataset": "spiral"},
    "batch 8": {"batch_size": 8},
}
SEEDS = range(30)


@pytest.fixture(scope="module")
def runs():
    out = {}
    for name, change in SETUPS.items():
        for seed in SEEDS:
            trainer = Trainer(TrainingConfig(seed=seed, **change))
            trainer.run()
            out[name, seed] = (trainer.chance, trainer.history.records)
    return out


def test_real_runs_cover_every_phase_and_event_but_divergence(runs):
    seen_phases = {r.phase for _, rs in runs.values() for r in rs}
    seen_events = {e for _, rs in runs.values() for r in rs for e in r.events}
    assert seen_phases == set(PHASES)
    assert seen_events == set(EVENTS) - {"diverged"}


def test_the_phase_starts_then_only_moves_forward_one_step_at_a_time(runs):
    for (name, seed), (chance, records) in runs.items():
        index = [PHASES.index(r.phase) for r in records]
        assert index[0] == 0, (name, seed)
        assert all(b - a in (0, 1) for a, b in itertools.pairwise(index)), (name, seed)
        assert [r.phase for r in records] == Row(records, chance).phases(), (name, seed)


def test_no_sentence_contradicts_its_row(runs):
    for (name, seed), (chance, records) in runs.items():
        facts = Row(records, chance)
        for i, r in enumerate(records):
            said = [w for w in CLAIMS if w in r.observation]
            assert said, r.observation
            assert PHASE_OF_SENTENCE[r.observation] == r.phase, (name, seed, i)
            wrong = [w for w in said if not CLAIMS[w](facts, i)]
            assert not wrong, (name, seed, r.epoch, r.observation, wrong)


def test_events_are_reported_exactly_where_their_definition_holds(runs):
    for (name, seed), (chance, records) in runs.items():
        facts = Row(records, chance)
        for i, r in enumerate(records):
            assert r.events == facts.events(i), (name, seed, r.epoch)


def test_only_learning_rate_too_high_advises_a_lower_learning_rate():
    advising = [s for s in obs.EVENT_SENTENCES.values() if "learning rate" in s]
    assert advising == [obs.LEARNING_RATE_TOO_HIGH]
    sentences = [*PHASE_OF_SENTENCE, obs.DIVERGED_ROW]
    assert not any("learning rate" in s for s in sentences)


def test_the_default_run_never_earns_learning_rate_too_high_on_seeds_0_to_9(runs):
    earned = [
        seed
        for seed in range(10)
        if any("learning-rate-too-high" in r.events for r in runs["default", seed][1])
    ]
    assert earned == []


# -- the trainer, the command line, the session file and the trace table -------------


def test_the_trainers_rows_are_the_rule_applied_to_its_numbers():
    trainer = Trainer(TrainingConfig(seed=4))
    trainer.run()
    records = trainer.history.records
    again = trace(records, trainer.chance)
    assert [(r.phase, r.events, r.observation) for r in records] == [
        (o.phase, o.events, o.sentence) for o in again
    ]
    row = records[-1].as_dict()
    assert row["phase"] == records[-1].phase
    assert row["events"] == list(records[-1].events)


def test_a_divergence_in_epoch_one_gets_a_row_with_the_starting_weights():
    trainer = Trainer(TrainingConfig(learning_rate=10))
    start_loss = trainer.model.loss(trainer.X_val, trainer.y_val)  # readable pass
    trainer.run()
    (row,) = trainer.history.records
    assert (row.epoch, row.phase, row.events) == (1, "starting", ("diverged",))
    assert row.observation == obs.DIVERGED_ROW
    assert row.val_loss == pytest.approx(start_loss, rel=1e-9)


def test_a_later_divergence_keeps_the_phase_and_the_rolled_back_numbers():
    trainer = Trainer(TrainingConfig(epochs=10))
    for _ in range(3):
        trainer.step_epoch()
    trainer.learning_rate = 50.0
    trainer.run()
    *good, row = trainer.history.records
    assert len(good) == 3
    assert row.epoch == 4
    assert row.events == ("diverged",)
    assert row.phase == good[-1].phase
    assert row.loss == pytest.approx(good[-1].loss, rel=1e-12)
    assert row.val_accuracy == good[-1].val_accuracy


def test_train_json_rows_carry_phase_and_events(capsys):
    assert main(["train", "--epochs", "4", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["phase"] == "starting"
    assert all(r["phase"] in PHASES for r in rows)
    assert all(isinstance(r["events"], list) for r in rows)
    assert main(["train", "--lr", "10", "--json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[-1]["events"] == ["diverged"]


def test_the_text_table_shows_each_events_sentence():
    row = EpochRecord(
        0.3, 0.9, 0.35, 0.9, epoch=7, observation=obs.COMPLEX, events=("loss-bump",)
    )
    assert _row(row).endswith(f"{obs.COMPLEX}  [{obs.LOSS_BUMP}]")


def session_row(**extra):
    numbers = {"epoch": 1, "loss": 0.6, "accuracy": 0.6, "val_loss": 0.6}
    return {**numbers, "val_accuracy": 0.6, "learning_rate": 0.003,
            "observation": obs.STARTS, **extra}  # fmt: skip


def test_session_files_keep_phase_and_events_and_older_files_still_open():
    row = read_record(0, session_row(phase="basic", events=["loss-bump"]))
    assert (row.phase, row.events) == ("basic", ("loss-bump",))
    assert read_record(0, session_row()).phase == "starting"
    with pytest.raises(SessionError, match=r"history\[0\]\.phase"):
        read_record(0, session_row(phase="finished"))
    with pytest.raises(SessionError, match=r"history\[0\]\.events"):
        read_record(0, session_row(events="loss-bump"))


def test_the_trace_table_marks_events_apart_from_the_phase_sentence(qapp):
    from PySide6.QtCore import Qt

    from desktop.views.trace_table import COLUMNS, TraceModel

    model = TraceModel()
    rows = [
        EpochRecord(0.6, 0.6, 0.6, 0.6, epoch=1, observation=obs.STARTS),
        EpochRecord(0.7, 0.6, 0.6, 0.6, epoch=2, observation=obs.STILL_NEAR_RANDOM,
                    events=("loss-bump", "overfitting")),
    ]  # fmt: skip
    model.set_records(rows)
    keys = [key for key, _, _ in COLUMNS]
    event, said = keys.index("events"), keys.index("observation")
    assert model.data(model.index(0, event)) == ""
    mark = model.data(model.index(1, event))
    assert mark == "▲ loss bump · ⚠ overfitting"  # a symbol and words, not colour
    tip = model.data(model.index(1, event), Qt.ItemDataRole.ToolTipRole)
    assert obs.EVENT_EXPLANATIONS["overfitting"] in tip
    assert model.data(model.index(1, said)) == obs.STILL_NEAR_RANDOM
    phase_tip = model.data(model.index(1, said), Qt.ItemDataRole.ToolTipRole)
    assert "Phase: starting (1 of 5)" in phase_tip
    assert model.as_csv_rows()[2][event] == mark


# -- the document quotes the code -----------------------------------------------------


def test_the_document_quotes_every_threshold_and_sentence_of_the_code():
    doc = (ROOT / "docs" / "observations.md").read_text(encoding="utf-8")
    quoted = dict(re.findall(r"`([A-Z_]+) = ([0-9.]+)`", doc))
    names = [n for n in dir(obs) if n.isupper() and isinstance(getattr(obs, n), float)]
    names += ["SMOOTHING_EPOCHS", "STABLE_EPOCHS", "LR_TOO_HIGH_EPOCHS"]
    names += ["OVERFIT_EPOCHS", "PLATEAU_EPOCHS"]
    assert {n: float(quoted[n]) for n in names} == {
        n: float(getattr(obs, n)) for n in names
    }
    for sentence in [*PHASE_OF_SENTENCE, *obs.EVENT_SENTENCES.values()]:
        assert sentence in doc, sentence
