"""PySide6 6.12.0 on CPython 3.11 lost a reference to None on every void call.

The process then aborts with "Fatal Python error: none_dealloc" once pyqtgraph
paints; pyproject pins below 6.12 for Python < 3.12. This test fails if an
upgrade brings the leak back.
"""

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_qt_calls_leave_none_refcount_alone(qapp):
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    before = sys.getrefcount(None)
    for _ in range(1000):
        painter.setPen(pen)
    after = sys.getrefcount(None)
    painter.end()
    assert abs(after - before) < 50
