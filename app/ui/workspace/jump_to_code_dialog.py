"""Ctrl+G: type a code (4.2.1.3) or words of a question, press Enter once, be there.

The matching questions and groups are listed inside the dialog, under the field, rather than
in a completer's pop-up: a pop-up took the first Enter for itself and covered OK and Cancel.
Up and Down move through the list from the field (or Tab into it); a code typed in full wins
over the list unless a row was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.models.framework import Framework
from app.ui.common.style_roles import StyleRoles

SHOWN_ROWS = 8


class JumpToCodeDialog(QDialog):
    chosen = Signal(str)  # name of the node

    def __init__(
        self, framework: Framework, names: list[str], language: str, parent: QWidget | None = None
    ):
        """`names`: the nodes one may jump to, in framework order."""
        super().__init__(parent)
        self._framework = framework
        self._entries = {}
        for name in names:
            node = framework.nodes[name]
            entry = f"{node.display_code}  {framework.text(node.label, language)}".strip()
            self._entries[entry] = name
        self._picked = False  # a row was chosen in the list (arrows or a click)
        self.prompt = QLabel()
        self.field = QLineEdit()
        self.prompt.setBuddy(self.field)
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(QStringListModel(list(self._entries), self))
        self.filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.matches = QListView()
        self.matches.setModel(self.filter)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setUniformItemSizes(True)
        self.matches.setMinimumHeight(self.fontMetrics().height() * SHOWN_ROWS)
        self.matches.clicked.connect(lambda _index: self._pick())
        # Tabbed into, the list is walked with the arrows: the row moved to is the choice.
        self.matches.selectionModel().currentChanged.connect(
            lambda *_indexes: self._pick() if self.matches.hasFocus() else None
        )
        self.matches.doubleClicked.connect(lambda _index: self._go())
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        self.field.textEdited.connect(self._filter_changed)
        self.field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Go to"))
        self.prompt.setText(self.tr("&Code or words of the question:"))
        self.field.setPlaceholderText(self.tr("e.g. 4.2.1"))
        self.matches.setAccessibleName(self.tr("Matching questions and groups"))

    # --- the list ------------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.filter.setFilterFixedString(text.strip())
        self._picked = False
        self.problem.hide()
        if self.filter.rowCount():
            # The row Enter would go to: a code typed in full, else the first match.
            exact = self._exact(text.strip()) if text.strip() else None
            rows = [self.filter.index(row, 0) for row in range(self.filter.rowCount())]
            self.matches.setCurrentIndex(
                next((index for index in rows if self._entries[index.data()] == exact), rows[0])
            )

    def _pick(self) -> None:
        self._picked = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.filter.rowCount()
        ):
            row = self.matches.currentIndex().row()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(row + step, 0), self.filter.rowCount() - 1)
            self.matches.setCurrentIndex(self.filter.index(row, 0))
            self._pick()
            return True
        return super().eventFilter(watched, event)

    # --- going ---------------------------------------------------------------------------------

    def resolve(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        exact = self._exact(text)
        if exact is not None:
            return exact
        folded = text.casefold()
        return next(
            (name for entry, name in self._entries.items() if folded in entry.casefold()), None
        )

    def _exact(self, text: str) -> str | None:
        """A whole entry or a code typed in full: 4.2.1 is 4.2.1, not 1.4.2.1 listed first."""
        if text in self._entries:
            return self._entries[text]
        node = self._framework.find(text.split()[0])
        return node.name if node is not None and node.name in self._entries.values() else None

    def _go(self) -> None:
        text = self.field.text().strip()
        current = self.matches.currentIndex()
        listed = self._entries[current.data()] if current.isValid() and text else None
        name = (listed if self._picked else None) or self.resolve(text) or listed
        if name is None:
            self.problem.setText(self.tr("Nothing matches “%1”.").replace("%1", self.field.text()))
            self.problem.show()
            return
        self.accept()
        self.chosen.emit(name)
