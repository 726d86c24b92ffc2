"""The run report: one printable page a student hands in.

It holds the configuration, the curves, the trace table with its
observations, the key insight next to the run's own numbers (loss and
accuracy after epoch 1 and after the last epoch) and the quiz score. The page
is HTML, so it is saved as is (the curves embedded as a base64 PNG, one
self-contained file) or laid out by ``QTextDocument`` and printed with
Qt's printing module (to a PDF file, or through the print dialog), which needs
no browser. The printed page is one A4 or Letter page whatever the run: it
is shrunk to fit when a long run or quiz makes it longer (``paint_one_page``).

``report_html`` is a function of plain values (no window), so it is tested
and previewed on its own; ``window_report`` gathers those values from the
run model (the run, the quiz results, the student's name).
"""

from __future__ import annotations

import base64
import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import QDialog, QWidget

from core.engine.config import TrainingConfig
from core.engine.observations import EVENT_SENTENCES
from core.engine.training import EpochRecord
from core.files.safe_write import verify_written, write_checked
from core.files.session_file import app_version
from core.lesson.insight import KEY_INSIGHT, progress_sentence, run_progress
from core.quiz.sitting import Result

if TYPE_CHECKING:
    from desktop.classroom.export_actions import RunParts

CURVES_NAME = "curves.png"
CURVES_WIDTH = 440  # pixels at screen resolution: about 12 cm on the page
PRINTED_ROWS = 12  # epochs in the printed trace, so the page stays one page
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
    student: str = ""  # "" leaves a line to write the name on


def insight_numbers(records: Sequence[EpochRecord]) -> str:
    """The run's evidence for the key insight: the Key insight tab's own sentence."""
    progress = run_progress(records)
    if progress is None:
        return _tr("No epoch has finished yet: train the network to see the numbers.")
    return progress_sentence(progress)


def report_html(
    data: ReportData, curves_src: str | None, max_rows: int | None = None
) -> str:
    """The page; ``curves_src`` is the curves image's address (None: left out).

    ``max_rows`` limits the trace to that many epochs, spread evenly from the
    first to the last (the printed page); None shows every epoch.
    """
    e = html.escape
    title = e(_tr("LayerLab run report"))
    parts = [
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        _student_html(data.student),
        f"<p class='muted'>{e(data.created)} · {e(_made_by())}</p>",
        f"<h2>{e(_tr('Configuration'))}</h2>",
        _config_table(data),
    ]
    if curves_src:
        image = f"<img src='{curves_src}' width='{CURVES_WIDTH}'>"
        parts += [f"<h2>{e(_tr('Training curves'))}</h2>", f"<p>{image}</p>"]
    parts += [
        f"<h2>{e(_tr('Training trace'))}</h2>",
        _trace_table(data.records, max_rows),
        f"<h2>{e(_tr('Key insight'))}</h2>",
        # a one-cell table: Qt's rich text draws borders on tables, not on divs
        "<table class='insight' width='100%' cellpadding='6' bgcolor='#fff4e5'>"
        f"<tr><td><p>{e(_tr(KEY_INSIGHT))}</p>"
        f"<p><b>{e(insight_numbers(data.records))}</b></p></td></tr></table>",
        f"<h2>{e(_tr('Quiz'))}</h2>",
        _quiz_html(data.quiz),
        "</body></html>",
    ]
    return "\n".join(parts)


def _student_html(name: str) -> str:
    if not name:
        blank = _tr("Student: {name}").format(name="______________________________")
        return f"<p>{html.escape(blank)}</p>"
    said = html.escape(_tr("Student: {name}"))
    return f"<p>{said.format(name=f'<b>{html.escape(name)}</b>')}</p>"


def _made_by() -> str:
    version = app_version()
    return "LayerLab" if version == "unknown" else f"LayerLab {version}"


def _config_table(d: ReportData) -> str:
    c = d.config
    layers = ", ".join(map(str, c.hidden_layers)) or _tr("none (logistic regression)")
    rows = [
        (_tr("Data"), f"{c.dataset}: {d.data_description}"),
        (_tr("Rows"), _tr("{train} for training, {val} for validation").format(
            train=d.train_rows, val=d.val_rows)),
        (_tr("Hidden layers"), _tr("{layers} · activation {activation}").format(
            layers=layers, activation=c.activation_words())),
        (_tr("Parameters"), f"{d.parameter_count:,}"),
        (_tr("Optimizer"), _tr(
            "{optimizer}, learning rate {lr:g}, batch size {batch}").format(
            optimizer=c.optimizer, lr=c.learning_rate, batch=c.batch_size)),
        (_tr("Epochs · seed"), f"{c.epochs} · {c.seed}"),
    ]  # fmt: skip
    cells = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    return f"<table class='grid'>{cells}</table>"


def shown_epochs(count: int, max_rows: int | None) -> list[int]:
    """Indices of the epochs a trace of ``max_rows`` shows: first, last, even steps."""
    if max_rows is None or count <= max_rows:
        return list(range(count))
    step = (count - 1) / (max_rows - 1)
    return sorted({round(i * step) for i in range(max_rows)})


def _trace_table(records: Sequence[EpochRecord], max_rows: int | None = None) -> str:
    if not records:
        return f"<p class='muted'>{html.escape(_tr('No epoch has finished yet.'))}</p>"
    shown = shown_epochs(len(records), max_rows)
    note = ""
    if len(shown) < len(records):
        spread = _tr(
            "{shown} of the {total} epochs, spread evenly; File → Export → Full "
            "history (CSV) has every epoch."
        ).format(shown=len(shown), total=len(records))
        note = f"<p class='muted'>{html.escape(spread)}</p>"
    records = [records[i] for i in shown]
    number = math.isnan(records[-1].accuracy)  # a number run has R², not accuracy
    scores = (
        (_tr("R² ↑"), "r2", ".3f"), (_tr("Val. loss ↓"), "val_loss", ".3f"),
        (_tr("Val. R² ↑"), "val_r2", ".3f"), (_tr("Val. MAE ↓"), "val_mae", ".3g"),
    ) if number else (
        (_tr("Accuracy ↑"), "accuracy", ".3f"), (_tr("Val. loss ↓"), "val_loss", ".3f"),
        (_tr("Val. accuracy ↑"), "val_accuracy", ".3f"),
    )  # fmt: skip
    head = "".join(
        f"<th>{html.escape(t)}</th>"
        for t in (_tr("Epoch"), _tr("Loss ↓"), *(t for t, _, _ in scores),
                  _tr("Observation"), _tr("Events"))
    )  # fmt: skip
    rows = "".join(
        f"<tr><td class='num'>{r.epoch}</td><td class='num'>{r.loss:.3f}</td>"
        + "".join(
            f"<td class='num'>{_score(getattr(r, key), fmt)}</td>"
            for _, key, fmt in scores
        )
        + f"<td>{html.escape(_tr(r.observation))}</td>"
        f"<td>{html.escape('; '.join(_tr(EVENT_SENTENCES[e]) for e in r.events))}</td>"
        "</tr>"
        for r in records
    )
    return f"<table class='grid trace'><tr>{head}</tr>{rows}</table>{note}"


def _score(value: float, fmt: str) -> str:
    """A score as the trace table prints it; "—" when it is not defined (NaN)."""
    return "—" if math.isnan(value) else format(value, fmt)


def _quiz_html(results: Sequence[Result]) -> str:
    e = html.escape
    if not results:
        return (
            f"<p class='muted'>{e(_tr('The quiz was not taken in this session.'))}</p>"
        )
    score = sum(r.correct for r in results)
    items = "".join(
        f"<li>{'✓' if r.correct else '✗'} {e(r.question)} <span class='muted'>— "
        + e(_tr("answered: {answer}").format(answer=r.answer))
        + (
            ""
            if r.correct
            else e(_tr("; right: {answer}").format(answer=r.right_answer))
        )
        + "</span></li>"
        for r in results
    )
    total = _tr("Score: {score} of {total}").format(score=score, total=len(results))
    return f"<p><b>{e(total)}</b></p><ul>{items}</ul>"


# -- from the window --------------------------------------------------------------


def window_report(window: RunParts, quiz: Sequence[Result] = ()) -> ReportData:
    """The report's values from the run model: the run, the quiz, the name.

    ``quiz`` is used only when the model holds no quiz results.
    """
    model = window.run_model
    description, snapshot = model.description, model.snapshot
    if description is None or snapshot is None:
        raise RuntimeError("There is no run to report yet.")
    return ReportData(
        config=description.config,
        data_description=description.dataset.description,
        train_rows=description.train_rows,
        val_rows=description.val_rows,
        parameter_count=int(snapshot.theta.size),
        records=snapshot.records,
        quiz=tuple(model.quiz_results or quiz),
        created=datetime.now().strftime("%Y-%m-%d %H:%M"),
        student=model.student_name,
    )


def curves_png(window: RunParts) -> bytes:
    """The curves as the plot exports them (with the latest run drawn first)."""
    if window.run_model.snapshot is not None:
        window.plot.show_snapshot(window.run_model.snapshot)
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
    source = CURVES_NAME if not image.isNull() else None
    document.setHtml(report_html(data, source, PRINTED_ROWS))
    return document


def page_size() -> QPageSize:
    """Letter where the locale measures in inches (the US), else A4."""
    us = QLocale.MeasurementSystem.ImperialUSSystem
    imperial = QLocale().measurementSystem() == us
    return QPageSize(
        QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4
    )


def page_layout(size: QPageSize | None = None) -> QPageLayout:
    return QPageLayout(
        size or page_size(),
        QPageLayout.Orientation.Portrait,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )


def _print_support():
    """Qt's printing module; a bundle built without it gets a sentence, not a crash."""
    try:
        from PySide6 import QtPrintSupport
    except ImportError:
        raise RuntimeError(
            "Printing is not available in this LayerLab; save the report as a web "
            "page (.html) and print it from a browser."
        ) from None
    return QtPrintSupport


def paint_one_page(document: QTextDocument, printer) -> float:
    """Draw ``document`` on one page of ``printer``, shrunk if it is too long.

    The README promises one page, and a long run or a retaken quiz can make
    the page longer than the paper. The document is laid out at the page's
    width in screen units (as ``QTextDocument.print_`` would) and the painter
    scaled so the whole of it fits; returns that shrink factor (1.0: none).
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("The printer could not be started, so nothing was printed.")
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
        to_device = printer.resolution() / dpi
        document.setTextWidth(page.width() / to_device)
        height = document.size().height()
        fit = min(1.0, page.height() / to_device / height) if height > 0 else 1.0
        painter.scale(to_device * fit, to_device * fit)
        document.drawContents(painter)
    finally:
        painter.end()
    return fit


def print_report_pdf(data: ReportData, png: bytes, path: str | Path) -> Path:
    """A one-page PDF through Qt's printing module, checked once written.

    QPrinter writes nothing, silently, to a folder it cannot write in; the
    check turns that into a ``WriteFailed`` naming the file and the reason.
    """
    printing = _print_support()

    def write(target: Path) -> None:
        target.touch()  # the folder's own error (missing, read-only) if any
        printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(printing.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setPageLayout(page_layout())
        paint_one_page(report_document(data, png), printer)

    return write_checked(write, path)


def print_report(
    window: RunParts, quiz: Sequence[Result] = (), parent: QWidget | None = None
) -> str | None:
    """File → Print run report…: the print dialog, then the one page.

    Returns the sentence for the status bar, or None if the student cancelled.
    Printing to a PDF file from the dialog is checked like a saved PDF
    (``WriteFailed`` if nothing was written); a printer that cannot start
    raises ``RuntimeError`` with a sentence.
    """
    printing = _print_support()
    data, png = window_report(window, quiz), curves_png(window)
    printer = printing.QPrinter(printing.QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    dialog = printing.QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print run report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    paint_one_page(report_document(data, png), printer)
    to_file = printer.outputFileName()
    if to_file:
        return _tr("Saved the report in {path}.").format(path=verify_written(to_file))
    return _tr("Sent the report to {printer}.").format(
        printer=printer.printerName() or _tr("the printer")
    )


def print_and_say(
    window: RunParts,
    parent: QWidget | None,
    say: Callable[[str], None],
    fail: Callable[[str], None],
) -> None:
    """``print_report`` for a menu: success to ``say``, any failure to ``fail``."""
    try:
        sentence = print_report(window, parent=parent)
    except (OSError, RuntimeError) as problem:
        fail(str(problem))
    else:
        if sentence:
            say(sentence)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RunReport", text)


def save_report(window: RunParts, path: str | Path, quiz=()) -> Path:
    """PDF or HTML, by the file's extension (anything else gets .pdf added).

    Raises ``WriteFailed`` (an ``OSError``) naming the file and the reason when
    nothing was written.
    """
    path = Path(path)
    data, png = window_report(window, quiz), curves_png(window)
    if path.suffix.lower() in (".html", ".htm"):
        return write_checked(lambda target: save_report_html(data, png, target), path)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return print_report_pdf(data, png, path)
