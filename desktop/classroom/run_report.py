"""The run report: one printable page a student hands in.

It holds the configuration, the curves, the trace table with its
observations, the key insight next to the run's own numbers (loss and
accuracy after epoch 1 and after the last epoch) and the quiz score. The page
is HTML, so it is saved as is (the curves embedded as a base64 PNG, one
self-contained file) or laid out by ``QTextDocument`` and printed to PDF with
Qt's printing module, which needs no browser.

``report_html`` is a function of plain values (no window), so it is tested
and previewed on its own; ``window_report`` gathers those values from the
main window.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument

from core.engine.config import TrainingConfig
from core.engine.training import EpochRecord
from core.files.session_file import app_version
from core.lesson.insight import KEY_INSIGHT, progress_sentence, run_progress
from core.lesson.observations import EVENT_SENTENCES
from core.quiz.sitting import Result

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

CURVES_NAME = "curves.png"
STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #222; }
h1 { font-size: 15pt; margin: 0; } h2 { font-size: 11pt; margin: 8px 0 3px 0; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #bbb; padding: 1px 5px; }
table.trace { font-size: 8pt; }
th { background: #eef2f7; text-align: left; }
td.num { text-align: right; }
table.insight { border: 2px solid #D55E00; border-collapse: collapse; }
.muted { color: #666; }
"""


@dataclass(frozen=True)
class ReportData:
    """Everything on the page, as plain values."""

    config: TrainingConfig
    data_description: str
    train_rows: int
    val_rows: int
    parameter_count: int
    records: Sequence[EpochRecord]
    quiz: Sequence[Result] = ()
    created: str = ""


def insight_numbers(records: Sequence[EpochRecord]) -> str:
    """The run's evidence for the key insight: the Key insight tab's own sentence."""
    progress = run_progress(records)
    if progress is None:
        return "No epoch has finished yet: train the network to see the numbers."
    return progress_sentence(progress)


def report_html(data: ReportData, curves_src: str | None) -> str:
    """The page; ``curves_src`` is the curves image's address (None: left out)."""
    e = html.escape
    parts = [
        f"<html><head><meta charset='utf-8'><title>LayerLab run report</title>"
        f"<style>{STYLE}</style></head><body>",
        "<h1>LayerLab run report</h1>",
        f"<p class='muted'>{e(data.created)} · {e(_made_by())}</p>",
        "<h2>Configuration</h2>",
        _config_table(data),
    ]
    if curves_src:
        image = f"<img src='{curves_src}' width='560'>"
        parts += ["<h2>Training curves</h2>", f"<p>{image}</p>"]
    parts += [
        "<h2>Training trace</h2>",
        _trace_table(data.records),
        "<h2>Key insight</h2>",
        # a one-cell table: Qt's rich text draws borders on tables, not on divs
        "<table class='insight' width='100%' cellpadding='6' bgcolor='#fff4e5'>"
        f"<tr><td><p>{e(KEY_INSIGHT)}</p>"
        f"<p><b>{e(insight_numbers(data.records))}</b></p></td></tr></table>",
        "<h2>Quiz</h2>",
        _quiz_html(data.quiz),
        "</body></html>",
    ]
    return "\n".join(parts)


def _made_by() -> str:
    version = app_version()
    return "LayerLab" if version == "unknown" else f"LayerLab {version}"


def _config_table(d: ReportData) -> str:
    c = d.config
    layers = ", ".join(map(str, c.hidden_layers)) or "none (logistic regression)"
    rows = [
        ("Data", f"{c.dataset}: {d.data_description}"),
        ("Rows", f"{d.train_rows} for training, {d.val_rows} for validation"),
        ("Hidden layers", f"{layers} · activation {c.activation}"),
        ("Parameters", f"{d.parameter_count:,}"),
        ("Optimizer", f"{c.optimizer}, learning rate {c.learning_rate:g}, "
                      f"batch size {c.batch_size}"),
        ("Epochs · seed", f"{c.epochs} · {c.seed}"),
    ]  # fmt: skip
    cells = "".join(f"<tr><th>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table class='grid'>{cells}</table>"


def _trace_table(records: Sequence[EpochRecord]) -> str:
    if not records:
        return "<p class='muted'>No epoch has finished yet.</p>"
    head = "".join(
        f"<th>{t}</th>"
        for t in ("Epoch", "Loss ↓", "Accuracy ↑", "Val. loss ↓", "Val. accuracy ↑",
                  "Observation", "Events")
    )  # fmt: skip
    rows = "".join(
        f"<tr><td class='num'>{r.epoch}</td><td class='num'>{r.loss:.3f}</td>"
        f"<td class='num'>{r.accuracy:.3f}</td><td class='num'>{r.val_loss:.3f}</td>"
        f"<td class='num'>{r.val_accuracy:.3f}</td>"
        f"<td>{html.escape(r.observation)}</td>"
        f"<td>{html.escape('; '.join(EVENT_SENTENCES[e] for e in r.events))}</td></tr>"
        for r in records
    )
    return f"<table class='grid trace'><tr>{head}</tr>{rows}</table>"


def _quiz_html(results: Sequence[Result]) -> str:
    if not results:
        return "<p class='muted'>The quiz was not taken in this session.</p>"
    score = sum(r.correct for r in results)
    items = "".join(
        f"<li>{'✓' if r.correct else '✗'} {html.escape(r.question)} "
        f"<span class='muted'>— answered: {html.escape(r.answer)}"
        + ("" if r.correct else f"; right: {html.escape(r.right_answer)}")
        + "</span></li>"
        for r in results
    )
    return f"<p><b>Score: {score} of {len(results)}</b></p><ul>{items}</ul>"


# -- from the window --------------------------------------------------------------


def window_report(window: MainWindow, quiz: Sequence[Result] = ()) -> ReportData:
    """The report's values from the window's latest run and the quiz."""
    description, snapshot = window.description, window.controller.latest
    if description is None or snapshot is None:
        raise RuntimeError("There is no run to report yet.")
    dialog = getattr(window, "quiz", None)
    if dialog is not None and dialog.results():
        quiz = dialog.results()
    return ReportData(
        config=description.config,
        data_description=description.dataset.description,
        train_rows=description.train_rows,
        val_rows=description.val_rows,
        parameter_count=int(snapshot.theta.size),
        records=snapshot.records,
        quiz=tuple(quiz),
        created=datetime.now().strftime("%Y-%m-%d %H:%M"),
    )


def curves_png(window: MainWindow) -> bytes:
    """The curves as the plot exports them (with the latest run drawn first)."""
    if window.controller.latest is not None:
        window.plot.show_snapshot(window.controller.latest)
    with TemporaryDirectory(prefix="layerlab-") as folder:
        path = Path(folder) / CURVES_NAME
        window.plot.export(str(path))
        return path.read_bytes()


def save_report_html(data: ReportData, png: bytes, path: str | Path) -> Path:
    """One self-contained HTML file (the image embedded)."""
    src = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    path = Path(path)
    path.write_text(report_html(data, src), encoding="utf-8")
    return path


def report_document(data: ReportData, png: bytes) -> QTextDocument:
    """The page laid out by Qt (the image given as a document resource)."""
    document = QTextDocument()
    image = QImage.fromData(png)
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl(CURVES_NAME), image
    )
    document.setHtml(report_html(data, CURVES_NAME if not image.isNull() else None))
    return document


def print_report_pdf(data: ReportData, png: bytes, path: str | Path) -> Path:
    """A4 PDF through Qt's printing module (PySide6-Essentials ships it).

    A bundle built without QtPrintSupport gets a sentence instead of a crash.
    """
    try:
        from PySide6.QtPrintSupport import QPrinter
    except ImportError:
        raise RuntimeError(
            "PDF printing is not available in this LayerLab; save the report "
            "as a web page (.html) and print it from a browser."
        ) from None

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    report_document(data, png).print_(printer)
    return Path(path)


def save_report(window: MainWindow, path: str | Path, quiz=()) -> Path:
    """PDF or HTML, by the file's extension (anything else gets .pdf added)."""
    path = Path(path)
    data, png = window_report(window, quiz), curves_png(window)
    if path.suffix.lower() in (".html", ".htm"):
        return save_report_html(data, png, path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return print_report_pdf(data, png, path)
