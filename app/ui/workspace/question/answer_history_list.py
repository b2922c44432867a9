"""The history of one answer, newest first: when, who, and what changed in each revision, with
the evidence files attached to the question among them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.models.evidence_link import EvidenceLink
from app.models.revision import Revision
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels


class AnswerHistoryList(QTreeWidget):
    def __init__(
        self,
        describe_value: Callable[[object], str],
        departments: Callable[[str], str],
        parent: QWidget | None = None,
    ):
        """`describe_value(value)` shows a stored value as the user knows it (a choice label);
        `departments(key)` names a department."""
        super().__init__(parent)
        self._describe_value = describe_value
        self._department = departments
        self._revisions: list[Revision] = []
        self._evidence: list[EvidenceLink] = []
        self.setColumnCount(3)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.header().resizeSection(0, 130)
        self.header().resizeSection(1, 110)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.show_revisions(self._revisions, self._evidence)

    def show_revisions(
        self, revisions: list[Revision], evidence: list[EvidenceLink] | None = None
    ) -> None:
        self._revisions = revisions
        self._evidence = evidence or []
        self.clear()
        by_id = {revision.id: revision for revision in revisions}
        rows = []  # (when, who, what), oldest first
        for revision in revisions:
            # Compared with the revision it changed (not merely the one before it in time:
            # histories merged from two computers interleave).
            before = by_id.get(revision.parent_id or "")
            rows.append(
                (
                    revision.created_at,
                    VisibleText.for_name(revision.author),
                    "; ".join(self.changes(before, revision)),
                )
            )
        for link in self._evidence:
            shown = VisibleText.for_name(link.filename)
            rows.append(
                (
                    link.added_at,
                    VisibleText.for_name(link.added_by),
                    self.tr("File attached: %1").replace("%1", shown),
                )
            )
        # ISO 8601 UTC times sort as text; a stable sort keeps revisions in their order.
        rows.sort(key=lambda row: row[0])
        items = []
        for when, who, what in reversed(rows):
            item = QTreeWidgetItem([AuditLabels.timestamp(when), who, what])
            item.setToolTip(2, what)
            items.append(item)
        self.addTopLevelItems(items)

    def changes(self, before: Revision | None, after: Revision) -> list[str]:
        found = []
        old = (
            (before.value, before.na_reason, before.comment, before.flagged, before.department)
            if before
            else (None, "", "", False, "")
        )
        if after.na_reason and after.na_reason != old[1]:
            found.append(self.tr("Not applicable: %1").replace("%1", after.na_reason))
        elif after.value != old[0] or (old[1] and not after.na_reason):
            found.append(
                self.tr("Answer: %1").replace("%1", self._describe_value(after.value))
                if after.value not in (None, "")
                else self.tr("Answer cleared")
            )
        if after.comment != old[2]:
            found.append(self.tr("Comment edited") if after.comment else self.tr("Comment removed"))
        if after.flagged != old[3]:
            found.append(self.tr("Flagged for later") if after.flagged else self.tr("Flag removed"))
        if after.department != old[4]:
            found.append(
                self.tr("Department: %1").replace("%1", self._department(after.department))
            )
        if after.merge_parent_id:
            found.append(self.tr("Merged from another copy"))
        return found or [self.tr("No change")]
