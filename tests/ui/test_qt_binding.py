"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 under Python 3.11 returns None from every void call without taking a
reference; None's count falls by one per call until Python aborts ("none_dealloc") after a few
minutes of real use, while short unit tests stay green. From Python 3.12 None is immortal.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.setVisible(False)
    assert sys.getrefcount(None) > before - 100
