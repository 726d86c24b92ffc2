"""File → Export ▸: the run's curves, tables, weights and diagram as files.

Each export is a plain function of the window and a path, so tests call it
with a temporary path and the menu only adds the file dialog in front. The
numbers come from the latest snapshot (frozen copies), never from the
trainer, which may be training on its own thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from core.engine.snapshot import RunSnapshot
from core.files import history_export

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow


class NothingToExport(RuntimeError):
    """There is no run yet (the window is still setting up)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def latest(window: MainWindow) -> RunSnapshot:
    snapshot = window.controller.latest
    if snapshot is None or window.description is None:
        raise NothingToExport(_tr("There is no run to export yet."))
    return snapshot


def ask_save_path(
    parent: QWidget, title: str, suggested: str, filters: str
) -> Path | None:
    """The file dialog; None when the student cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(path) if path else None


def export_curves(window: MainWindow, path: str | Path) -> Path:
    """PNG or SVG, by the file's extension (the plot does the drawing)."""
    window.plot.export(str(path))
    return Path(path)


def export_trace_csv(window: MainWindow, path: str | Path) -> Path:
    """The trace table as shown: three decimals and the observations (made
    safe for spreadsheets: an observation may come from someone's session)."""
    return history_export.write_csv_rows(window.table.trace_model.as_csv_rows(), path)


def export_history_csv(window: MainWindow, path: str | Path) -> Path:
    """Every epoch's numbers at full precision, with the learning rate used."""
    return history_export.write_history_csv(latest(window).records, path)


def export_batch_losses_csv(window: MainWindow, path: str | Path) -> Path:
    snapshot = latest(window)
    return history_export.write_batch_losses_csv(
        snapshot.per_batch_losses(), snapshot.batches_per_epoch, path
    )


def export_weights_npz(window: MainWindow, path: str | Path) -> Path:
    snapshot = latest(window)
    return history_export.write_weights_npz(snapshot.theta, snapshot.layer_sizes, path)


def export_weights_json(window: MainWindow, path: str | Path) -> Path:
    snapshot = latest(window)
    return history_export.write_weights_json(
        snapshot.theta,
        snapshot.layer_sizes,
        window.description.config.activation,
        path,
        window.description.dataset.feature_names,
    )


def export_pipeline_png(window: MainWindow, path: str | Path) -> Path:
    """The pipeline diagram as it is on screen."""
    path = Path(path)
    if not window.pipeline.grab().save(str(path), "PNG"):
        raise OSError(_tr("Could not write the image to {path}.").format(path=path))
    return path


# (object name, menu text, suggested file name, file filter, export function)
EXPORTS = (
    ("export_history_action", "Full history (CSV)…", "layerlab-history.csv",
     "CSV (*.csv)", export_history_csv),
    ("export_batches_action", "Every mini-batch loss (CSV)…",
     "layerlab-batch-losses.csv", "CSV (*.csv)", export_batch_losses_csv),
    ("export_weights_npz_action", "Trained weights (.npz)…", "layerlab-weights.npz",
     "NumPy arrays (*.npz)", export_weights_npz),
    ("export_weights_json_action", "Trained weights (JSON)…",
     "layerlab-weights.json", "JSON (*.json)", export_weights_json),
    ("export_pipeline_action", "Pipeline diagram (PNG)…", "layerlab-pipeline.png",
     "PNG image (*.png)", export_pipeline_png),
)  # fmt: skip
