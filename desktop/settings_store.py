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
