"""Colours used across LayerLab: the Okabe–Ito palette, safe for colour-blind eyes.

Meaning is never carried by colour alone: curves also differ in line style,
stages in their titles, correct answers in their text.
"""

from PySide6.QtGui import QColor

BLUE = QColor("#0072B2")
ORANGE = QColor("#E69F00")
GREEN = QColor("#009E73")
VERMILLION = QColor("#D55E00")
SKY = QColor("#56B4E9")
PURPLE = QColor("#CC79A7")
YELLOW = QColor("#F0E442")
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
PAPER = QColor("#ffffff")
PANEL = QColor("#f4f6f8")

STAGE_COLOURS = {"data": BLUE, "layer": ORANGE, "output": GREEN}
# one colour per class (cycled past eight), always paired with a symbol or a name
CLASSES = (BLUE, VERMILLION, GREEN, ORANGE, PURPLE, SKY, YELLOW, INK)
TRAIN = BLUE
VALIDATION = VERMILLION
BATCH = QColor(86, 180, 233, 90)  # sky blue, faint
