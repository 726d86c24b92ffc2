"""Remembering the window, and the setup if asked to, between sessions (QSettings).

Schools share logins: a setup remembered for everyone would hand the last
student's speed, learning rate and layers to the next one. So the setup is
only remembered when the user ticks File → Remember my setup (off unless
turned on); otherwise every start is the lesson's (or a classroom
profile's). The window's size and place are always remembered. The
configuration is stored as JSON text so that a damaged or outdated entry is
simply ignored: the app then starts on the lesson's defaults.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from core import ConfigError, TrainingConfig

CONFIG_KEY = "training/config"
PACE_KEY = "training/pace"
REMEMBER_KEY = "training/remember"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LayerLab", "LayerLab"
    )


def remembers_setup(settings: QSettings) -> bool:
    """Whether the user asked for the setup to be remembered (off by default)."""
    return str(settings.value(REMEMBER_KEY, "false")).lower() == "true"


def set_remember_setup(settings: QSettings, on: bool) -> None:
    """Turn remembering on or off; off forgets the stored setup at once."""
    settings.setValue(REMEMBER_KEY, "true" if on else "false")
    if not on:
        settings.remove(CONFIG_KEY)
        settings.remove(PACE_KEY)


def load_config(settings: QSettings) -> TrainingConfig:
    """The remembered setup, or the lesson's when none is (or may be) remembered."""
    text = settings.value(CONFIG_KEY, "") if remembers_setup(settings) else ""
    if not text:
        return TrainingConfig()
    try:
        config = TrainingConfig.from_dict(json.loads(str(text)))
    except (ConfigError, ValueError, TypeError):
        return TrainingConfig()
    if config.dataset.startswith("file:"):
        return config.with_changes(dataset="athletes")  # the file may be gone
    return config


def save_config(settings: QSettings, config: TrainingConfig) -> None:
    """Store ``config`` as the setup to start with (which turns remembering on)."""
    settings.setValue(REMEMBER_KEY, "true")
    settings.setValue(CONFIG_KEY, json.dumps(config.to_dict()))


def remember_on_close(
    settings: QSettings,
    shown: TrainingConfig | None,
    started: TrainingConfig | None,
    pace: int,
) -> None:
    """Store the setup and speed for the next start, if the user asked for that."""
    if not remembers_setup(settings):
        return
    config = config_to_save(shown, started)
    if config is not None:
        save_config(settings, config)
    save_pace(settings, pace)


def load_pace(settings: QSettings, default: int) -> int:
    if not remembers_setup(settings):
        return default
    try:
        return int(settings.value(PACE_KEY, default))
    except (TypeError, ValueError):
        return default


def save_pace(settings: QSettings, level: int) -> None:
    settings.setValue(PACE_KEY, int(level))


def load_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) else None


def config_to_save(
    shown: TrainingConfig | None, started: TrainingConfig | None
) -> TrainingConfig | None:
    """The setup to remember: only one that started a run.

    ``shown`` is what the fields hold, ``started`` the setup of the run in
    place. They differ after a setup was refused (the previous run goes on),
    and then the one that started is kept: a remembered setup that cannot
    start would leave every later launch without a run. A learning rate
    changed during the run is applied to the run, so it counts as started.
    """
    if started is None:
        return None
    rate = started.learning_rate
    if shown is not None and shown.with_changes(learning_rate=rate) == started:
        return shown
    return started
