"""The bold, enlarged first line of a dialog, saying in a few words where the user stands."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


class HeadingLabel(QLabel):
    def __init__(self, dialog: QWidget):
        # The size follows the dialog's font (not the label's, which has no parent yet), with a
        # floor of 9 pt so that a tiny system font still gives a readable heading.
        super().__init__()
        font = QFont(dialog.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.2)
        self.setFont(font)
