"""The home page: every audit of this installation, searchable and sortable, and what to do
with one (open, duplicate for the next period, delete a draft)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.audit import Audit
from app.models.errors import JalonError
from app.services.audit_service import AuditService
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.home.audit_table_model import AUDIT_ID_ROLE, PROGRESS_ROLE, SORT_ROLE, AuditTableModel
from app.ui.home.progress_bar_delegate import ProgressBarDelegate


class HomePage(QWidget):
    open_requested = Signal(str)  # audit id
    new_requested = Signal()

    def __init__(self, audits: AuditService, errors: ErrorPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self._audits = audits
        self._errors = errors
        # Tests replace this to answer the confirmation without a window waiting for a click.
        self.confirm: Callable[[str, str], bool] = self._ask

        self.model = AuditTableModel(audits, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditTableModel.CHANGED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(
            AuditTableModel.PROGRESS, ProgressBarDelegate(PROGRESS_ROLE, self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditTableModel.INSTITUTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in (
            (AuditTableModel.COUNTRY, 110),
            (AuditTableModel.TYPE, 200),
            (AuditTableModel.FRAMEWORK, 150),
            (AuditTableModel.STATUS, 100),
            (AuditTableModel.PROGRESS, 140),
            (AuditTableModel.CHANGED, 150),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self.reload()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audits"))
        self.search.setPlaceholderText(self.tr("Search institution, country, type, status…"))
        self.search.setAccessibleName(self.tr("Search the audits"))
        self.table.setAccessibleName(self.tr("Audits"))
        self.new_button.setText(self.tr("&New audit…"))
        self.open_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(
            self.tr(
                "Start a new draft audit from this one's answers, for example for the next year"
            )
        )
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Only draft audits can be deleted"))
        self.empty.setText(self.tr("No audits yet.\nCreate the first one with “New audit…”."))
        self.model.retranslate()

    # --- data ----------------------------------------------------------------------------------

    def reload(self, select_id: str = "") -> None:
        current = select_id or (self.selected().id if self.selected() else "")
        try:
            self.model.reload()
        except JalonError as error:
            self._errors.show(error)
        has_audits = self.model.rowCount() > 0
        self.table.setVisible(has_audits)
        self.empty.setVisible(not has_audits)
        if current:
            self.select(current)
        elif has_audits:
            self.table.selectRow(0)
        self._update_buttons()

    def pause(self) -> None:
        """The database is about to be closed (prepared for removal): stop reading it. The
        rows stay on screen until set_service() gives the reopened database."""
        self.model.pause()

    def set_service(self, audits: AuditService) -> None:
        self._audits = audits
        self.model.set_service(audits)
        self.reload()

    def select(self, audit_id: str) -> None:
        row = self.model.row_of(audit_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected(self) -> Audit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        audit_id = rows[0].data(AUDIT_ID_ROLE)
        row = self.model.row_of(audit_id)
        return self.model.audit(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        audit = self.selected()
        self.open_button.setEnabled(audit is not None)
        self.duplicate_button.setEnabled(audit is not None)
        self.delete_button.setEnabled(audit is not None and not audit.is_finalized)

    # --- actions -------------------------------------------------------------------------------

    def open_selected(self) -> None:
        audit = self.selected()
        if audit is not None:
            self.open_requested.emit(audit.id)

    def duplicate_selected(self) -> None:
        audit = self.selected()
        if audit is None:
            return
        try:
            copy = self._audits.duplicate(audit)
        except JalonError as error:
            self._errors.show(error)
            return
        self.reload(select_id=copy.id)

    def delete_selected(self) -> None:
        audit = self.selected()
        if audit is None or audit.is_finalized:
            return
        question = self.tr(
            "Delete the draft audit of %1? Its answers, evidence and action plan "
            "will be removed. This cannot be undone."
        ).replace("%1", audit.institution)
        if not self.confirm(self.tr("Delete audit"), question):
            return
        try:
            self._audits.delete(audit)
        except JalonError as error:
            self._errors.show(error)
            return
        self.reload()

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
