from core import observations as obs
from core.observations import EpochMetrics, observe


def m(loss, val_acc, val_loss=None, acc=None):
    return EpochMetrics(loss, acc or val_acc, val_loss or loss, val_acc)


def test_first_epoch_near_chance_is_just_above_random():
    assert observe([m(0.68, 0.58)]) == obs.STARTS
    assert observe([m(0.4, 0.85)]) == obs.STARTS_STRONG


def test_phases_follow_the_numbers_not_the_epoch():
    assert observe([m(0.6, 0.6), m(0.45, 0.75)]) == obs.BASIC
    assert observe([m(0.4, 0.88), m(0.25, 0.92)]) == obs.COMPLEX
    assert observe([m(0.2, 0.93), m(0.19, 0.94)]) == obs.FINE_TUNES
    assert observe([m(0.1, 0.95), m(0.0995, 0.95)]) == obs.CONVERGES


def test_rising_loss_overfitting_and_plateau_are_recognised():
    assert observe([m(0.3, 0.9), m(0.5, 0.85)]) == obs.LOSS_ROSE
    overfit = [m(0.3, 0.9, 0.30), m(0.25, 0.9, 0.33), m(0.2, 0.9, 0.36)]
    assert observe(overfit) == obs.OVERFITS
    flat = [m(0.5, 0.7), m(0.499, 0.7), m(0.498, 0.7), m(0.497, 0.7)]
    assert observe(flat) == obs.PLATEAU
