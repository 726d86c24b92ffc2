"""Stand-in for ``PySide6.QtOpenGL``, inside the packaged LayerLab only.

pyqtgraph imports QtOpenGL when it is imported, but touches it only to draw
with OpenGL, which LayerLab never turns on (``useOpenGL`` stays False). The
real binding is 9 MB; this module takes its name in the bundle, and any use
fails with a sentence instead of drawing wrongly. packaging/bundle_config.py
lists it; tests/test_packaging.py runs the app's plots with it in place.
"""

from __future__ import annotations

REASON = "OpenGL drawing is not part of the packaged LayerLab"


def __getattr__(name: str) -> object:
    raise AttributeError(f"PySide6.QtOpenGL.{name}: {REASON}")
