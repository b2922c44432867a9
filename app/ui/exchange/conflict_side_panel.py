"""One side of a conflict: the answer as one installation has it, with who wrote it and when."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.framework import Framework, Indicator
from app.models.revision import Revision
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels


class ConflictSidePanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value = QLabel()
        self.value.setObjectName("conflictValue")
        self.value.setWordWrap(True)
        self.comment = QLabel()
        self.comment.setWordWrap(True)
        self.flags = QLabel()
        self.author = QLabel()
        self.signer = QLabel()  # the key that vouched for it here, beside the author it claims
        self.when = QLabel()
        self.keep_button = QPushButton()
        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self._labels,
            (self.value, self.comment, self.flags, self.author, self.signer, self.when),
            strict=True,
        ):
            self._form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self.keep_button)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(
            self._labels,
            (
                self.tr("Answer"),
                self.tr("Comment"),
                self.tr("Marks"),
                self.tr("Written by"),
                self.tr("Signed by"),
                self.tr("On"),
            ),
            strict=True,
        ):
            label.setText(text)

    def show_revision(
        self,
        revision: Revision,
        indicator: Indicator,
        framework: Framework,
        language: str,
        signer_name: str = "",
    ) -> None:
        """`signer_name`: the trust store's name of the key in revision.signed_by."""
        self.value.setText(self.value_text(revision, indicator, framework, language))
        self.comment.setText(revision.comment or "–")
        marks = []
        if revision.flagged:
            marks.append(self.tr("flagged for review"))
        if revision.department:
            marks.append(self.tr("department: %1").replace("%1", revision.department))
        self.flags.setText(", ".join(marks) or "–")
        site = f" ({revision.site[:8]})" if revision.site else ""
        self.author.setText(VisibleText.for_name(revision.author) + site)
        if not revision.signed_by:  # made here (or received before signers were recorded)
            self.signer.setText("–")
        else:
            self.signer.setText(
                self.tr("%1, key %2")
                .replace(
                    "%1",
                    VisibleText.for_name(signer_name) or self.tr("a key not in the trust store"),
                )
                .replace("%2", revision.signed_by)
            )
        self.when.setText(AuditLabels.timestamp(revision.created_at))

    def value_text(
        self, revision: Revision, indicator: Indicator, framework: Framework, language: str
    ) -> str:
        if revision.na_reason:
            return self.tr("Not applicable: %1").replace("%1", revision.na_reason)
        if revision.value is None or revision.value == "":
            return self.tr("(no answer)")
        if indicator.is_select:
            return AuditLabels.choices(framework, indicator, revision.value, language, "; ")
        if isinstance(revision.value, int | float):
            return AuditLabels.number(revision.value)
        return str(revision.value)
