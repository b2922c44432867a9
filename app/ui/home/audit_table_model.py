"""The list of audits on the home page, as a Qt table model.

Progress needs each audit's answers and scores. It is filled in a few audits per pass of the
event loop, so a head office holding thousands of audits sees the list at once and never a
frozen window; a value is recomputed only when the audit changed since. Computing starts when a
view first asks for a value it lacks (the list being painted): the window appears first, its
progress just after, and a list never shown reads nothing.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.question_counts import QuestionCounts
from app.services.audit_service import AuditService
from app.ui.common.audit_labels import AuditLabels

log = logging.getLogger("jalon.ui")

SORT_ROLE = Qt.ItemDataRole.UserRole
AUDIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0–1, or None while being computed
INSTITUTION_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # the text shown, and a country's code beside its name
AUDITS_PER_PASS = 3  # a pass stays well under 0.1 s: the list answers clicks meanwhile


class AuditTableModel(QAbstractTableModel):
    INSTITUTION, COUNTRY, TYPE, PERIOD, FRAMEWORK, STATUS, PROGRESS, CHANGED = range(8)
    # The period tells an audit from its follow-up: same institution, type and framework

    def __init__(self, audits: AuditService, parent: QObject | None = None):
        super().__init__(parent)
        self._service = audits
        self._audits: list[Audit] = []
        self._frameworks: dict[str, str] = {}
        self._progress: dict[tuple[str, str], QuestionCounts] = {}
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._compute_some)

    # --- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._audits = self._service.list()
        self.endResetModel()
        self._pending = [a.id for a in self._audits if self._cached(a) is None]
        self._timer.stop()  # until a view asks for a value: see _asked()

    def pause(self) -> None:
        """Stop reading the database (it is about to be closed); reload() starts again."""
        self._timer.stop()
        self._pending = []

    def set_service(self, audits: AuditService) -> None:
        """Read through `audits` from now on: the database was closed and opened again."""
        self.pause()
        self._service = audits

    def audit(self, row: int) -> Audit:
        return self._audits[row]

    def row_of(self, audit_id: str) -> int:
        return next((row for row, a in enumerate(self._audits) if a.id == audit_id), -1)

    @property
    def progress_pending(self) -> bool:
        return bool(self._pending)

    def _cached(self, audit: Audit) -> QuestionCounts | None:
        return self._progress.get((audit.id, audit.updated_at))

    def _asked(self, audit: Audit) -> QuestionCounts | None:
        """The progress a view asks for: None while unknown, and then computing starts."""
        progress = self._cached(audit)
        if progress is None and self._pending and not self._timer.isActive():
            self._timer.start()
        return progress

    def _compute_some(self) -> None:
        batch, self._pending = self._pending[:AUDITS_PER_PASS], self._pending[AUDITS_PER_PASS:]
        for audit_id in batch:
            row = self.row_of(audit_id)
            if row < 0:
                continue
            audit = self._audits[row]
            try:
                overall = self._service.open(audit.id).score().overall
            except JalonError as error:  # e.g. framework missing: the row stays usable
                log.warning("progress of audit %s unavailable: %s", audit.id, error)
                continue
            self._progress[(audit.id, audit.updated_at)] = QuestionCounts.of(overall)
            index = self.index(row, self.PROGRESS)
            self.dataChanged.emit(index, index)
        if not self._pending:
            self._timer.stop()

    def _framework_name(self, audit: Audit) -> str:
        if audit.framework_hash not in self._frameworks:
            try:
                name = self._service.framework_name(audit)
            except JalonError:
                name = audit.framework_hash[:12]
            self._frameworks[audit.framework_hash] = name
        return self._frameworks[audit.framework_hash]

    # --- the model -----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._audits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.CHANGED + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Institution"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Period assessed"),
            self.tr("Framework"),
            self.tr("Status"),
            self.tr("Progress"),
            self.tr("Last change"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._audits):
            return None
        audit = self._audits[index.row()]
        column = index.column()
        if role == AUDIT_ID_ROLE:
            return audit.id
        if role == INSTITUTION_ID_ROLE:
            return audit.institution_id
        if role == PROGRESS_ROLE:
            progress = self._asked(audit)
            return None if progress is None else progress.progress
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(audit, column)
        if role == SORT_ROLE:
            return self._sort_key(audit, column)
        if role == SEARCH_ROLE:
            shown = self._display(audit, column)
            return f"{shown} {audit.country}" if column == self.COUNTRY else shown
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PROGRESS:
            progress = self._asked(audit)
            if progress is not None:
                return AuditLabels.counts_explained(progress)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, audit: Audit, column: int) -> str:
        if column == self.INSTITUTION:
            return audit.institution
        if column == self.COUNTRY:
            return AuditLabels.country(audit.country)
        if column == self.TYPE:
            return AuditLabels.audit_type(audit.audit_type)
        if column == self.PERIOD:
            return AuditLabels.period(audit)
        if column == self.FRAMEWORK:
            return self._framework_name(audit)
        if column == self.STATUS:
            return AuditLabels.status(audit.status)
        if column == self.PROGRESS:
            progress = self._asked(audit)
            return "…" if progress is None else AuditLabels.percent(100 * progress.progress)
        return AuditLabels.timestamp(audit.updated_at)

    def _sort_key(self, audit: Audit, column: int):
        if column == self.PROGRESS:
            progress = self._asked(audit)
            return -1.0 if progress is None else progress.progress
        if column == self.CHANGED:
            return audit.updated_at
        if column == self.PERIOD:  # by date, not by the locale's text of it
            return f"{audit.period_end} {audit.period_start}"
        return self._display(audit, column).casefold()

    def retranslate(self) -> None:
        """Texts depend on the interface language: redraw headers and every cell."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.CHANGED)
        if self._audits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._audits) - 1, self.CHANGED))
