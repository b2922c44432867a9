"""In a follow-up audit, the previous audit's answer beside the question: its value (or why it
did not apply), its comment, its evidence files and who gave it, with one key (Ctrl+K) to keep
it as this audit's answer. A carried answer not yet confirmed says so: it blocks finalization
and does not count in the score until kept or changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.answer import Answer
from app.models.evidence_link import EvidenceLink
from app.models.follow_up import PreviousAnswer
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.style_roles import StyleRoles


class PreviousAnswerPanel(QFrame):
    keep_requested = Signal()

    def __init__(self, describe: Callable[[object], str], parent: QWidget | None = None):
        """`describe(value)` writes a stored value as the question shows it ("Partially")."""
        super().__init__(parent)
        StyleRoles.give(self, "previousAnswer")
        self._describe = describe
        self._previous: PreviousAnswer | None = None
        self._period = ""
        self._evidence: list[EvidenceLink] = []
        self._to_confirm = False
        self._kept = False
        self.title = QLabel()
        StyleRoles.give(self.title, "panelTitle")
        self.tag = QLabel()
        StyleRoles.give(self.tag, "toConfirmTag")
        self.value = QLabel()
        self.value.setTextFormat(Qt.TextFormat.RichText)  # bold answer; user text escaped
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comment = QLabel()
        self.comment.setTextFormat(Qt.TextFormat.PlainText)  # a comment is never markup
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence = QLabel()
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        StyleRoles.give(self.evidence, "muted")
        self.evidence.setWordWrap(True)
        self.keep_button = QPushButton()
        self.keep_button.clicked.connect(self.keep_requested)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.tag)
        header.addStretch()
        header.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.value)
        layout.addWidget(self.comment)
        layout.addWidget(self.evidence)
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)

    def show_previous(
        self,
        previous: PreviousAnswer | None,
        period: str,
        evidence: list[EvidenceLink],
        to_confirm: bool,
        current: Answer,
        read_only: bool,
    ) -> None:
        """`to_confirm`: carried and still waiting for a person; `current`: this audit's
        answer, to tell whether the previous one was kept."""
        self._previous = previous
        self._period = period
        self._evidence = evidence
        self._to_confirm = to_confirm
        self._kept = (
            previous is not None
            and current.is_answered
            and (current.value, current.na_reason) == (previous.value, previous.na_reason)
        )
        self.keep_button.setEnabled(not read_only and not self._kept)
        self.setVisible(previous is not None)
        self._fill()

    @property
    def is_kept(self) -> bool:
        return self._kept

    def _fill(self) -> None:
        previous = self._previous
        if previous is None:
            return
        self.title.setText(
            self.tr("Previous audit (%1)").replace("%1", AuditLabels.date(self._period))
        )
        self.tag.setText(self.tr("Carried, to confirm"))
        self.tag.setVisible(self._to_confirm)
        if previous.na_reason:
            value = self.tr("Not applicable: %1").replace("%1", previous.na_reason)
        elif previous.value is None or previous.value == "":
            value = self.tr("No answer (comment only)")
        else:
            value = self._describe(previous.value)
        by = (
            self.tr("by %1").replace("%1", VisibleText.for_name(previous.author))
            if previous.author
            else ""
        )
        self.value.setText(f"<b>{_escaped(value)}</b>" + (f" · {_escaped(by)}" if by else ""))
        self.comment.setText(self.tr("Comment: %1").replace("%1", previous.comment))
        self.comment.setVisible(bool(previous.comment))
        self.evidence.setText(
            self.tr("Evidence: %1").replace(
                "%1", ", ".join(link.filename for link in self._evidence)
            )
        )
        self.evidence.setVisible(bool(self._evidence))
        self.keep_button.setText(
            self.tr("Kept") if self._kept else self.tr("&Keep this answer (Ctrl+K)")
        )
        self.keep_button.setToolTip(
            self.tr("Record the previous answer as this audit's, in your name and now")
        )


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
