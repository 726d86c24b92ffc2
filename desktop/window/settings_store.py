"""Remembering the last setup and the window between sessions (QSettings).

The configuration is stored as JSON text so that a damaged or outdated
entry is simply ignored: the app then starts on the lesson's defaults.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from core import ConfigError, TrainingConfig

CONFIG_KEY = "training/config"
PACE_KEY = "training/pace"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LayerLab", "LayerLab"
    )


def load_config(settings: QSettings) -> TrainingConfig:
    text = settings.value(CONFIG_KEY, "")
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
    settings.setValue(CONFIG_KEY, json.dumps(config.to_dict()))


def load_pace(settings: QSettings, default: int) -> int:
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
