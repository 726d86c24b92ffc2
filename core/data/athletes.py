"""The seed lesson's people: 20 measurements from a fitness lab, and a label.

Who was tested. A sample of adults aged 18 to 65, half women, half men:
36% members of the public who barely train, 30% gym-goers who train about as
many hours as athletes but for general fitness, 17% endurance athletes
(runners, cyclists, rowers) and 17% power athletes (sprinters, jumpers,
throwers). The groups are hidden: only the measurements are in the data.
Height, weight and BMI come from one population (BMI log-normal, about
24 +- 3.5), VO2 max and the vertical jump fall with age and differ by sex,
and every other measurement follows from those, from age, or from training
(resting heart rate falls as VO2 max rises, body fat follows BMI, age and
sex, blood pressure rises with age and BMI). Counts and scores are whole
numbers. Because sex and age spread VO2 max and the jump as widely as
training does, neither measurement has a bump for the athletes on its own.

The label (ATHLETE_RULE) uses two simple patterns of three measurements each:

    endurance margin = VO2 max - (37 + 7*sex - 0.35*(age - 25))
    power margin     = vertical jump - (31 + 9*sex - 0.4*(age - 25))

(how far a person is above the average untrained adult of their sex and age;
the jump is itself a power-to-weight test: it is how high the legs lift the
body's own weight), and combines them with an either-or:

    athlete = endurance margin >= 19 mL/kg/min  or  power margin >= 17 cm

The lab decides on a retest taken another day, while the data holds the
first test; both scatter around the person's true fitness (1.2 mL/kg/min and
1 cm), so for the few people that close to a standard the data's own values
and the label disagree: about 0.5% of the labels, the data's label noise.

Why a straight line fails. An "or" of two thresholds is not a weighted sum,
and this sample makes that matter. The gym-goers are moderately good at
both (on average +14 mL/kg/min and +13 cm), the athletes very good at one and
ordinary at the other (+24 and +4, or +3 and +22): in these two margins,
and close enough in every other measurement that training changes, the
gym-goers' average is the midpoint of the two kinds of athlete. A weighted
sum that puts both kinds of athlete above its threshold therefore puts the
typical gym-goer above it too, so a logistic regression fitted to
convergence stays near 70% (65-72% on seeds 0-9, where always answering "not
an athlete" scores 67%). A network can compute the two margins in its first
layer and keep the better one in the next: with the lesson's defaults two
hidden layers pass 95% by epoch 20, and one hidden layer of the same size
gets there too, only later (benchmarks/athletes_depth.py measures both).
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray

# The tested sample: the public, gym-goers, endurance athletes, power athletes.
GROUP_SHARES = (0.36, 0.30, 0.17, 0.17)
# Each group's training, (endurance, power), as a share of a full athlete's.
GROUP_TRAINING = ((0.0, 0.0), (0.5, 0.5), (1.0, 0.0), (0.0, 1.0))
GROUP_HOURS = (1.5, 7.0, 7.0, 7.0)  # mean training hours per week
VO2_GAIN, JUMP_GAIN = 24.0, 22.0  # a full athlete's gain: mL/kg/min, cm
VO2_STANDARD, JUMP_STANDARD = 19.0, 17.0  # an athlete's margin over the norm
VO2_TEST_SD, JUMP_TEST_SD = 1.2, 1.0  # test-to-test scatter: mL/kg/min, cm

ATHLETE_RULE = (
    "endurance margin = VO2 max - (37 + 7*sex - 0.35*(age - 25))   [mL/kg/min]\n"
    "power margin     = vertical jump - (31 + 9*sex - 0.4*(age - 25))   [cm]\n"
    "(sex: 1 = male, 0 = female; each margin is how far the person is above\n"
    " the average untrained adult of their sex and age)\n"
    "athlete = endurance margin >= 19  or  power margin >= 17\n"
    "The label applies this rule to a retest on another day (same scatter as\n"
    "the first test in the data), so for the few people within a test's\n"
    "scatter of a standard (about 0.5%) the data's own values disagree with it."
)

UNITS = {
    "height": "cm",
    "weight": "kg",
    "age": "years",
    "training per week": "hours",
    "VO2 max": "mL/kg/min",
    "100 m sprint": "s",
    "vertical jump": "cm",
    "resting heart rate": "bpm",
    "body fat": "%",
    "waist": "cm",
    "grip strength": "kg",
    "push-ups in a row": "count",
    "daily steps": "steps",
    "plank hold": "s",
    "sleep": "hours/night",
    "sit-and-reach": "cm",
    "reaction time": "ms",
    "systolic blood pressure": "mmHg",
    "sex": "1 = male",
    "arm span": "cm",
}


def vo2_norm(male: Array, age: Array) -> Array:
    """Average VO2 max (mL/kg/min) of untrained adults of that sex and age."""
    return 37.0 + 7.0 * male - 0.35 * (age - 25)


def jump_norm(male: Array, age: Array) -> Array:
    """Average vertical jump (cm) of untrained adults of that sex and age."""
    return 31.0 + 9.0 * male - 0.4 * (age - 25)


def athlete_label(columns: dict[str, Array]) -> Array:
    """ATHLETE_RULE applied to the measurements (before any label noise)."""
    male, age = columns["sex"], columns["age"]
    endurance = columns["VO2 max"] - vo2_norm(male, age)
    power = columns["vertical jump"] - jump_norm(male, age)
    label: Array = (endurance >= VO2_STANDARD) | (power >= JUMP_STANDARD)
    return label.astype(np.int64)


def athletes(n: int, rng: np.random.Generator) -> tuple[dict[str, Array], Array]:
    """``n`` people's measurements (in UNITS order) and their labels.

    The label is ATHLETE_RULE applied to a retest of VO2 max and the jump on
    another day; the data holds the first test. Both scatter around the
    person's true fitness, so the two disagree for a few people close to a
    standard: that, not a random flip, is the data's label noise.
    """
    people = _People(n, rng)
    columns = {
        "height": people.height,
        "weight": people.weight,
        "age": people.age,
        "sex": people.male,
        "training per week": people.hours,
        **_fitness_tests(people, rng),
        **_strength_and_body(people, rng),
        **_everyday(people, rng),
    }
    vo2, jump = _true_fitness(people)
    retest = {
        "sex": people.male,
        "age": people.age,
        "VO2 max": _vo2_test(vo2, rng),
        "vertical jump": _jump_test(jump, rng),
    }
    return {name: columns[name] for name in UNITS}, athlete_label(retest)


class _People:
    """The hidden make-up of the sample: sex, age, group, training, body size."""

    def __init__(self, n: int, rng: np.random.Generator) -> None:
        self.n = n
        self.male = (rng.random(n) < 0.5).astype(float)
        self.age = rng.integers(18, 66, n).astype(float)
        group = rng.choice(len(GROUP_SHARES), size=n, p=GROUP_SHARES)
        training = np.array(GROUP_TRAINING)[group] * rng.uniform(0.9, 1.1, (n, 2))
        self.endurance, self.power = training[:, 0], training[:, 1]
        mean_hours = np.array(GROUP_HOURS)[group]
        self.hours = _round_to(rng.gamma(4.0, mean_hours / 4.0), 0.5)
        is_male = self.male > 0
        height = np.where(is_male, rng.normal(176, 7.3, n), rng.normal(164, 6.8, n))
        self.height = _round_to(height, 0.1)
        log_bmi = (
            np.log(24.0)
            + 0.13 * np.clip(rng.normal(size=n), -2.5, 3.5)  # BMI about 17 to 40
            + 0.004 * (self.age - 40)
            - 0.06 * self.endurance
            + 0.05 * self.power
        )
        self.weight = _round_to(np.exp(log_bmi) * (self.height / 100) ** 2, 0.1)
        self.bmi = self.weight / (self.height / 100) ** 2


def _round_to(values: Array, step: float) -> Array:
    return np.round(values / step) * step


def _true_fitness(p: _People) -> tuple[Array, Array]:
    """VO2 max and jump without test scatter: norm, training, body size."""
    vo2 = (
        vo2_norm(p.male, p.age)
        + VO2_GAIN * (p.endurance + 0.15 * p.power)
        - 0.3 * (p.bmi - 24)
    )
    jump = (
        jump_norm(p.male, p.age)
        + JUMP_GAIN * (p.power + 0.15 * p.endurance)
        - 0.3 * (p.bmi - 24)
    )
    return vo2, jump


def _vo2_test(true: Array, rng: np.random.Generator) -> Array:
    scattered = true + rng.normal(0, VO2_TEST_SD, true.shape)
    return _round_to(np.clip(scattered, 12, 90), 0.1)


def _jump_test(true: Array, rng: np.random.Generator) -> Array:
    return np.round(np.clip(true + rng.normal(0, JUMP_TEST_SD, true.shape), 5, 95))


def _fitness_tests(p: _People, rng: np.random.Generator) -> dict[str, Array]:
    """One day's VO2 max and jump tests, and the measurements that follow them."""
    true_vo2, true_jump = _true_fitness(p)
    vo2, jump = _vo2_test(true_vo2, rng), _jump_test(true_jump, rng)
    sprint = 19.6 - 0.12 * jump + rng.normal(0, 0.5, p.n)
    heart = 74 - 0.55 * (vo2 - 40) + rng.normal(0, 5, p.n)
    return {
        "VO2 max": vo2,
        "vertical jump": jump,
        "100 m sprint": _round_to(np.clip(sprint, 10.0, 25.0), 0.01),
        "resting heart rate": np.round(np.clip(heart, 36, 110)),
    }


def _strength_and_body(p: _People, rng: np.random.Generator) -> dict[str, Array]:
    """Body composition and strength: follow BMI, sex, age and training."""
    n, trained, male = p.n, p.endurance + p.power, p.male
    fat = 1.2 * p.bmi + 0.23 * p.age - 10.8 * male - 5.4 - 4 * trained
    waist = 0.5 * p.height + 2.4 * (p.bmi - 24) + 0.15 * (p.age - 40) + 4 * male
    grip = (
        28.0
        + 18.0 * male
        - 0.25 * np.maximum(p.age - 35, 0)
        + 8 * p.power
        + 0.3 * (p.weight - 65.0 - 15.0 * male)
    )
    log_push_ups = (
        np.log(12.0)
        + np.log(22.0 / 12.0) * male
        + 0.5 * p.power
        + 0.2 * p.endurance
        - 0.04 * (p.bmi - 24)
        - 0.01 * (p.age - 30)
    )
    return {
        "body fat": _round_to(np.clip(fat + rng.normal(0, 3, n), 3, 60), 0.1),
        "waist": _round_to(waist - 2 * trained + rng.normal(0, 3, n), 0.5),
        "grip strength": np.round(np.clip(grip + rng.normal(0, 5, n), 8, 90)),
        "push-ups in a row": rng.poisson(
            np.exp(log_push_ups + 0.3 * rng.normal(size=n))
        ).astype(float),
    }


def _everyday(p: _People, rng: np.random.Generator) -> dict[str, Array]:
    """Habits and health checks: mostly age, a little training, much chance."""
    n = p.n
    steps = np.exp(np.log(6500) + 0.04 * p.hours + 0.3 * rng.normal(size=n))
    plank = np.exp(
        np.log(70) + 0.04 * p.hours - 0.03 * (p.bmi - 24) + 0.4 * rng.normal(size=n)
    )
    pressure = 110 + 0.45 * (p.age - 18) + 1.0 * (p.bmi - 24) + 5 * p.male
    return {
        "daily steps": np.round(steps),
        "plank hold": np.round(np.clip(plank, 5, 600)),
        "sleep": np.clip(_round_to(rng.normal(7.1, 0.9, n), 0.25), 4, 10),
        "sit-and-reach": _round_to(
            7 - 5 * p.male - 0.1 * (p.age - 30) + rng.normal(0, 8, n), 0.5
        ),
        "reaction time": np.round(240 + 0.8 * (p.age - 18) + rng.normal(0, 25, n)),
        "systolic blood pressure": np.round(
            pressure - 0.5 * p.hours + rng.normal(0, 11, n)
        ),
        "arm span": _round_to(p.height * 1.01 + rng.normal(0, 3, n), 0.5),
    }
