"""Not applicable, with its reason: a question is marked not applicable only with one.

The reason is saved when the field is left or after a pause in typing; an empty reason is
refused under the field, except during a pause (the user may still be choosing their words).
Unticking the box takes back a stored "not applicable".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.answer import Answer
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.typing_pause import TypingPause


class NotApplicableRow(QWidget):
    reason_given = Signal(str)  # mark the question not applicable for this reason
    withdrawn = Signal()  # the box was unticked: the stored "not applicable" goes

    def __init__(self, stored: Callable[[], Answer | None], parent: QWidget | None = None):
        """`stored()`: the question's stored answer, None while no question is shown."""
        super().__init__(parent)
        self._stored = stored
        self.box = QCheckBox()
        self.box.clicked.connect(self._clicked)
        self.key = QLabel()
        StyleRoles.give(self.key, "keycap")
        self.key.setFixedWidth(22)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLineEdit()
        self.reason.editingFinished.connect(self.commit)
        self._typing = TypingPause(self.reason.textEdited, self)
        self._typing.paused.connect(lambda: self.commit(typing=True))
        self.problem = QLabel()
        StyleRoles.give(self.problem, "inlineError")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.key)
        row.addWidget(self.box)
        row.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)  # the page's spacing: as if the two lines were the page's own
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.box.setText(self.tr("&Not applicable"))
        self.reason.setPlaceholderText(self.tr("Why does this question not apply? (required)"))
        self.reason.setAccessibleName(self.tr("Why it does not apply"))

    def show_answer(self, answer: Answer, read_only: bool, answerable: bool, key: str) -> None:
        """Follow the stored answer (the reason being typed stays); `key`: the choice key
        that ticks the box, if the answer is chosen with keys."""
        self.key.setText(key)
        self.key.setVisible(bool(key))
        self.box.setEnabled(not read_only and answerable)
        self.box.setChecked(answer.is_not_applicable)
        if not self.reason.hasFocus():
            self.reason.setText(answer.na_reason)
        self.reason.setEnabled(self.box.isChecked() and not read_only)

    def clear_problem(self) -> None:
        self.problem.hide()

    def key_pressed(self) -> None:
        """The choice key for "not applicable": tick the box, or go to the reason."""
        if not self.box.isEnabled():
            return
        if self.box.isChecked():
            self.reason.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.box.click()

    def _clicked(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.reason.text().strip():
                self.commit()
        else:
            stored = self._stored()
            if stored is not None and stored.is_not_applicable:
                self.withdrawn.emit()
        self.problem.hide()

    def commit(self, typing: bool = False) -> None:
        """Save the reason; `typing`: a pause while typing, which says nothing of an empty
        field yet."""
        self._typing.stop()
        stored = self._stored()
        if not self.box.isChecked() or stored is None:
            return
        reason = self.reason.text().strip()
        if not reason and typing:
            return
        if not reason:
            self.problem.setText(
                self.tr("Give a reason: a question is marked not applicable only with one.")
            )
            self.problem.show()
            return
        self.problem.hide()
        if reason != stored.na_reason:
            self.reason_given.emit(reason)
