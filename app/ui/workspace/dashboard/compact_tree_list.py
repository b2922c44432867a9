"""A short, flat list of rows on the dashboard: no scroll bars, its height fitted to the rows
shown, so that several lists stack on one page; a click or Enter on a row activates it.

The first column (the name of the row) takes the width left; the others are as wide as their
contents. Each list builds its rows, sets `_row_height` and says in `_activated` what a row does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget


class CompactTreeList(QTreeWidget):
    def __init__(self, columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(columns)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._row_height = 0
        self.itemClicked.connect(self._activated)

    def fit_height(self, rows: int) -> None:
        """As tall as the header and `rows` rows (at least one, so it never collapses)."""
        self.setFixedHeight(
            self.header().sizeHint().height()
            + max(rows, 1) * self._row_height
            + 2 * self.frameWidth()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter acts like a click; not itemActivated, which some styles also fire on a click.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem(), 0)
            return
        super().keyPressEvent(event)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        raise NotImplementedError  # each list says what its rows do
