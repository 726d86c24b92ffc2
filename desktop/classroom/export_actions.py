"""File → Export ▸: the run's curves, tables, weights and diagram as files.

Each export is a plain function of the run's parts (``RunParts``: the run
model and the window's views) and a path, so tests call it with a temporary
path and the menu only adds the file dialog in front. The numbers come from
the run model's latest snapshot (frozen copies), never from the trainer,
which may be training on its own thread.

Every file goes through ``core.files.safe_write.write_checked``: a write that
raises or leaves nothing behind becomes a ``WriteFailed`` (an ``OSError``)
whose message names the file and the reason, and a success is only reported
for a file that is there and holds something. Save dialogs open in the
student's Documents folder (else home), never the folder the app started in,
and then in the last folder used during this run of the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from core.engine.snapshot import RunSnapshot
from core.files import history_export
from core.files.safe_write import write_checked

if TYPE_CHECKING:
    from desktop.shell.run_model import RunModel
    from desktop.views.pipeline_view import PipelineView
    from desktop.views.trace_table import TraceTable
    from desktop.views.training_plot import TrainingPlot


class RunParts(Protocol):
    """What an export reads: the run model and the window's views
    (``desktop.shell.services.WindowParts`` is one)."""

    run_model: RunModel
    plot: TrainingPlot
    table: TraceTable
    pipeline: PipelineView


Export = Callable[[Any, "str | Path"], Path]

# the folder of the last file saved or chosen during this run of the app
_last_folder: Path | None = None


class NothingToExport(RuntimeError):
    """There is no run yet (the window is still setting up)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def latest(window: RunParts) -> RunSnapshot:
    snapshot = window.run_model.snapshot
    if snapshot is None or window.run_model.description is None:
        raise NothingToExport(_tr("There is no run to export yet."))
    return snapshot


def start_folder() -> Path:
    """Where a save dialog opens: the last folder used, else Documents, else home.

    Never the working folder: started from its own folder, the app would
    otherwise offer to save students' files among its own.
    """
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: str | Path) -> None:
    """The next save dialog of this run opens where ``path`` is."""
    global _last_folder
    _last_folder = Path(path).parent


def ask_save_path(
    parent: QWidget, title: str, suggested: str, filters: str
) -> Path | None:
    """The file dialog, opened in ``start_folder()``; None when the student cancels.

    A name typed without a suffix gets the suggested one (``.csv``), so the
    file opens in the program it is meant for.
    """
    start = str(start_folder() / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not path:
        return None
    chosen = Path(path)
    if not chosen.suffix and Path(suggested).suffix:
        chosen = chosen.with_suffix(Path(suggested).suffix)
    remember_folder(chosen)
    return chosen


def saved_sentence(path: Path) -> str:
    """ "Saved layerlab-trace.csv in /home/sam/Documents." """
    return _tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent)


def export_with_dialog(
    window: Any, export: Export, title: str, suggested: str, filters: str
) -> Path | None:
    """Ask for a path, export, and say what happened (the saved file, or why not).

    ``window`` is the dialogs' parent, with ``show_message`` and a status bar.
    """
    path = ask_save_path(window, title, suggested, filters)
    if path is None:
        return None
    try:
        saved = export(window, path)
    except (OSError, RuntimeError) as problem:
        window.show_message(str(problem))
        return None
    window.statusBar().showMessage(saved_sentence(saved), 10_000)
    return saved


def export_curves(window: RunParts, path: str | Path) -> Path:
    """PNG or SVG, by the file's extension (the plot does the drawing)."""
    return write_checked(lambda target: window.plot.export(str(target)), path)


def export_trace_csv(window: RunParts, path: str | Path) -> Path:
    """The trace table as shown: three decimals and the observations (made
    safe for spreadsheets: an observation may come from someone's session)."""
    rows = window.table.trace_model.as_csv_rows()
    return write_checked(
        lambda target: history_export.write_csv_rows(rows, target), path
    )


def export_history_csv(window: RunParts, path: str | Path) -> Path:
    """Every epoch's numbers at full precision, with the learning rate used."""
    records = latest(window).records
    description = window.run_model.description
    kind = description.target_kind if description is not None else None
    return write_checked(
        lambda target: history_export.write_history_csv(records, target, kind), path
    )


def export_batch_losses_csv(window: RunParts, path: str | Path) -> Path:
    snapshot = latest(window)
    return write_checked(
        lambda target: history_export.write_batch_losses_csv(
            snapshot.per_batch_losses(), snapshot.batches_per_epoch, target
        ),
        path,
    )


def export_weights_npz(window: RunParts, path: str | Path) -> Path:
    snapshot = latest(window)
    return write_checked(
        lambda target: history_export.write_weights_npz(
            snapshot.theta, snapshot.layer_sizes, target
        ),
        path,
    )


def export_weights_json(window: RunParts, path: str | Path) -> Path:
    snapshot, description = latest(window), window.run_model.description
    return write_checked(
        lambda target: history_export.write_weights_json(
            snapshot.theta,
            snapshot.layer_sizes,
            description.config.activation_spec(),
            target,
            description.dataset.feature_names,
            description.target_kind,
            description.target_scale,
        ),
        path,
    )


def export_pipeline_png(window: RunParts, path: str | Path) -> Path:
    """The pipeline diagram as it is on screen (Qt's image writer only returns
    False on failure: ``write_checked`` notices the missing file)."""
    image = window.pipeline.grab()
    return write_checked(lambda target: image.save(str(target), "PNG"), path)


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
