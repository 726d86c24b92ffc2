"""The pieces the quiz window is built from, kept apart so each can be reused.

Options that wrap long answers, a scrolled column that does not scroll for
nothing, a feedback panel, a drawn tick or cross and the score page: none of
them knows about a ``QuizSession``, so the dialog stays the one place that
drives it. Right and wrong are shown by symbols and words as well as
colour, so the feedback does not depend on seeing red and green; the style
sheet keys on a ``verdict`` property that ``set_verdict`` changes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.quiz.sitting import DEFAULT_COUNT, LETTERS, Result

BASE_POINT_SIZE = 13
BASE_SIZE_PROPERTY = "base_point_size"
ICON_SIZE = 28
RIGHT, WRONG, OPEN, OTHER = "right", "wrong", "open", "other"
GREEN, RED = "#2e7d32", "#c62828"
STYLE = f"""
QPushButton[role="option"] {{
    background: #ffffff; border: 1px solid #8a8a8a; border-radius: 8px;
}}
QPushButton[role="option"] QLabel {{ color: #1b1b1b; background: transparent; }}
QPushButton[role="option"][verdict="open"]:hover {{
    background: #e8f0fb; border: 1px solid #1565c0;
}}
QPushButton[role="option"]:focus {{ border: 3px solid #1565c0; }}
QPushButton[role="option"][verdict="right"] {{
    background: #e8f5e9; border: 3px solid {GREEN};
}}
QPushButton[role="option"][verdict="wrong"] {{
    background: #ffebee; border: 3px solid {RED};
}}
QFrame#quiz_feedback {{ border-radius: 8px; }}
QFrame#quiz_feedback[verdict="right"] {{
    background: #e8f5e9; border: 1px solid {GREEN};
}}
QFrame#quiz_feedback[verdict="wrong"] {{
    background: #ffebee; border: 1px solid {RED};
}}
QFrame#quiz_feedback QLabel {{ color: #1b1b1b; background: transparent; }}
QLabel#quiz_hint_label {{ color: #505050; }}
QLabel#quiz_run_tag {{
    color: #0d47a1; background: #e3f2fd; border-radius: 6px; padding: 2px 8px;
}}
"""


class OptionButton(QPushButton):
    """A push button whose text wraps, so long answers are never cut off.

    QPushButton cannot wrap its own text, so a word-wrapping label sits inside
    it and the button takes its size from that label.
    """

    def __init__(self, slot: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setObjectName(f"quiz_option_{slot}")
        self.setProperty("role", "option")
        self.setProperty("verdict", OPEN)
        self.setAutoDefault(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setObjectName(f"quiz_option_text_{slot}")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(16, 12, 16, 12)
        self.row.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def show_option(self, text: str, mark: str = "", note: str = "") -> None:
        """Show "A  text", with a ✓/✗ mark and a note such as "your answer"."""
        letter = f"{mark} {LETTERS[self.slot]}" if mark else LETTERS[self.slot]
        extra = f" <i>({html.escape(note)})</i>" if note else ""
        self.label.setText(
            f"<b>{letter}</b>&nbsp;&nbsp;&nbsp;{html.escape(text)}{extra}"
        )
        self.setAccessibleName(f"{LETTERS[self.slot]}: {text}")
        self.setAccessibleDescription(note)
        self.row.invalidate()
        self.updateGeometry()  # the new text may need more or fewer lines

    def sizeHint(self) -> QSize:
        return self.row.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.row.minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.row.totalHeightForWidth(width)


class WrappedColumn(QWidget):
    """The scrolled part of a question page.

    Its wrapped labels would report the height they need at their narrowest,
    which would make the scroll area scroll when nothing is hidden; returning
    no minimum height leaves the height to heightForWidth at the real width.
    """

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


def verdict_pixmap(correct: bool, size: int = ICON_SIZE, ratio: float = 1.0) -> QPixmap:
    """A filled circle with a tick or a cross, drawn rather than taken from a font."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(GREEN if correct else RED))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    pen = QPen(QColor("white"), size / 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = size / 28
    path = QPainterPath()
    if correct:
        path.moveTo(QPointF(8 * s, 14.5 * s))
        path.lineTo(QPointF(12.5 * s, 19 * s))
        path.lineTo(QPointF(20 * s, 9.5 * s))
    else:
        path.moveTo(QPointF(9.5 * s, 9.5 * s))
        path.lineTo(QPointF(18.5 * s, 18.5 * s))
        path.moveTo(QPointF(18.5 * s, 9.5 * s))
        path.lineTo(QPointF(9.5 * s, 18.5 * s))
    painter.drawPath(path)
    painter.end()
    return pixmap


class FeedbackPanel(QFrame):
    """Right or wrong, and why: a drawn tick or cross, a title and the explanation.

    The icon's accessible name repeats the title, so a screen reader says what
    the picture shows.
    """

    def __init__(self, base_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_feedback")
        self.icon_label = QLabel()
        self.icon_label.setObjectName("quiz_feedback_icon")
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.title_label = plain_label("quiz_feedback_title", base_font, bold=True)
        self.text_label = plain_label("quiz_feedback_text", base_font, wrap=True)
        words = QVBoxLayout()
        words.addWidget(self.title_label)
        words.addWidget(self.text_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(12)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    def show_verdict(self, correct: bool, title: str, text: str, ratio: float) -> None:
        """Show the verdict; ``ratio`` is the screen's device pixel ratio."""
        self.icon_label.setPixmap(verdict_pixmap(correct, ICON_SIZE, ratio))
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.icon_label.setAccessibleName(self.title_label.text())
        set_verdict(self, RIGHT if correct else WRONG)
        self.show()


class ScorePage(QWidget):
    """The end of a sitting: the score, a word for the student, every answer.

    It only shows results; the dialog connects the retake and close buttons,
    because starting again is the session's business. ``available`` is how
    many questions "retake all" would ask.
    """

    def __init__(
        self, base_font: QFont, available: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.score_label = plain_label(
            "quiz_score_label", base_font, point_size=22, bold=True
        )
        self.score_message = plain_label("quiz_score_message", base_font, wrap=True)
        self.summary = QTextBrowser()
        self.summary.setObjectName("quiz_summary")
        self.summary.setOpenLinks(False)
        self.summary.document().setDocumentMargin(12)
        self.retake_button = QPushButton(
            self.tr("Retake: {0} new questions").format(DEFAULT_COUNT)
        )
        self.retake_button.setObjectName("quiz_retake_button")
        self.retake_all_button = QPushButton(
            self.tr("Retake: all {0} questions").format(available)
        )
        self.retake_all_button.setObjectName("quiz_retake_all_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("quiz_close_button")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.retake_button, self.retake_all_button, self.close_button):
            button.setMinimumHeight(40)
            row.addWidget(button)
        top = QVBoxLayout()
        top.addWidget(self.score_label)
        top.addWidget(self.score_message)
        stacked_page(top, self.summary, row, self)

    def show_results(self, score: int, total: int, results: Sequence[Result]) -> None:
        """Show ``score`` out of ``total`` and each answer, right or wrong."""
        self.score_label.setText(
            self.tr("You scored {0} out of {1}").format(score, total)
        )
        if total == 0:  # every bank question is tagged for other data
            self.score_label.setText(self.tr("No questions for this data"))
            message = self.tr(
                "This question bank has no questions for the data in use: its "
                'questions are marked for other data sets (their "datasets" key).'
            )
        elif score == total:
            message = self.tr("Excellent: every answer right!")
        elif 2 * score >= total:
            message = self.tr("Good work. Read why below for the ones you missed.")
        else:
            message = self.tr(
                "Read the right answers below, then try a new set of questions."
            )
        self.score_message.setText(message)
        self.summary.setHtml(self._summary_html(results))

    def _summary_html(self, results: Sequence[Result]) -> str:
        rows = []
        for number, result in enumerate(results, start=1):
            mark, colour = ("✓", GREEN) if result.correct else ("✗", RED)
            lines = [
                f'<b><span style="color:{colour}">{mark}</span> {number}. '
                f"{html.escape(result.question)}</b>",
                self.tr("Your answer: {0}").format(html.escape(result.answer)),
            ]
            if not result.correct:
                right = html.escape(result.right_answer)
                lines.append(self.tr("Right answer: {0}").format(right))
            rows.append(f"<p>{'<br>'.join(lines)}</p>")
        return "".join(rows)


def plain_label(
    name: str,
    base_font: QFont,
    text: str = "",
    *,
    wrap: bool = False,
    point_size: int | None = None,
    bold: bool = False,
) -> QLabel:
    """A label that shows text as typed: bank text is never read as HTML."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    font = QFont(base_font)
    font.setPointSize(point_size or BASE_POINT_SIZE)
    font.setBold(bold)
    label.setFont(font)
    # the size at font scale 1: projector mode scales every label from it alike
    label.setProperty(BASE_SIZE_PROPERTY, point_size or BASE_POINT_SIZE)
    return label


def scale_labels(root: QWidget, scale: float) -> None:
    """Every ``plain_label`` under ``root`` at its own size times ``scale``.

    Scaling all of them by one factor keeps their order: the question stays
    larger than its answers at any projector size.
    """
    for label in root.findChildren(QLabel):
        base = label.property(BASE_SIZE_PROPERTY)
        if base:
            font = QFont(label.font())
            font.setPointSizeF(float(base) * scale)
            label.setFont(font)


def stacked_page(
    top: QLayout, middle: QWidget, bottom: QLayout, page: QWidget | None = None
) -> QWidget:
    """One page of the quiz's stack: a top row, a middle that stretches, buttons.

    ``page`` is laid out if given (a page class lays itself out), else made.
    """
    page = QWidget() if page is None else page
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    layout.addLayout(top)
    layout.addWidget(middle, 1)
    layout.addLayout(bottom)
    return page


def set_verdict(widget: QWidget, verdict: str) -> None:
    """Change the property the style sheet keys on, and re-apply the sheet."""
    widget.setProperty("verdict", verdict)
    for each in (widget, *widget.findChildren(QLabel)):
        each.style().unpolish(each)
        each.style().polish(each)
