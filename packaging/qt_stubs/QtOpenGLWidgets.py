"""Stand-in for ``PySide6.QtOpenGLWidgets``, inside the packaged LayerLab only.

pyqtgraph subclasses ``QOpenGLWidget`` when it is imported (its OpenGL
viewport), so the name must be a class; making one fails with a sentence.
LayerLab never asks pyqtgraph for an OpenGL viewport. See QtOpenGL.py.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

REASON = "OpenGL drawing is not part of the packaged LayerLab"


class QOpenGLWidget(QWidget):
    """A widget class that cannot be made: there is no OpenGL here."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise RuntimeError(REASON)


def __getattr__(name: str) -> object:
    raise AttributeError(f"PySide6.QtOpenGLWidgets.{name}: {REASON}")
