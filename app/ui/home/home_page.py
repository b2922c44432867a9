"""The home page: every audit of this installation, searchable, sortable and narrowed to one
institution, and what to do with one (open, start the institution's follow-up audit, see its
institution's page, duplicate, delete a draft)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.audit import Audit
from app.models.errors import JalonError
from app.services.audit_service import AuditService
from app.services.institution_service import InstitutionService
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.style_roles import StyleRoles
from app.ui.home.audit_filter_proxy import AuditFilterProxy
from app.ui.home.audit_table_model import AUDIT_ID_ROLE, PROGRESS_ROLE, AuditTableModel
from app.ui.home.progress_bar_delegate import ProgressBarDelegate


class HomePage(QWidget):
    open_requested = Signal(str)  # audit id
    new_requested = Signal()
    follow_up_requested = Signal()  # for the selected audit
    institution_requested = Signal()  # the selected audit's institution

    def __init__(
        self,
        audits: AuditService,
        errors: ErrorPresenter,
        parent: QWidget | None = None,
        institutions: InstitutionService | None = None,
    ):
        super().__init__(parent)
        self._audits = audits
        self._institutions = institutions
        self._errors = errors
        # Tests replace this to answer the confirmation without a window waiting for a click.
        self.confirm: Callable[[str, str], bool] = self._ask

        self.model = AuditTableModel(audits, self)
        self.proxy = AuditFilterProxy(self.model, self)

        self.title = QLabel()
        StyleRoles.give(self.title, "pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.institution_label = QLabel()
        self.institution = QComboBox()
        self.institution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.institution.setMaximumWidth(320)
        self.institution_label.setBuddy(self.institution)
        self.institution.currentIndexChanged.connect(self._institution_chosen)
        self.follow_up_button = QPushButton()
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        self.institution_button = QPushButton()
        self.institution_button.clicked.connect(self.institution_requested)
        self.new_button = QPushButton()
        StyleRoles.give(self.new_button, "primary")
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
        # Narrow enough that Progress still shows in a 1024-pixel-wide window
        for column, width in (
            (AuditTableModel.COUNTRY, 90),
            (AuditTableModel.TYPE, 150),
            (AuditTableModel.PERIOD, 160),
            (AuditTableModel.FRAMEWORK, 140),
            (AuditTableModel.STATUS, 100),
            (AuditTableModel.PROGRESS, 120),
            (AuditTableModel.CHANGED, 140),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        StyleRoles.give(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.institution_label)
        bar.addWidget(self.institution)
        actions = QHBoxLayout()
        actions.addStretch()
        for button in (
            self.new_button,
            self.open_button,
            self.follow_up_button,
            self.institution_button,
            self.duplicate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(actions)
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
        self.follow_up_button.setText(self.tr("New follo&w-up…"))
        self.follow_up_button.setToolTip(
            self.tr("Start the next audit of this institution, from this audit")
        )
        self.institution_button.setText(self.tr("Institu&tion…"))
        self.institution_button.setToolTip(
            self.tr("This institution's page: its names, audits and timeline")
        )
        self.institution_label.setText(self.tr("&Institution:"))
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
        self._fill_institutions()

    # --- data ----------------------------------------------------------------------------------

    def reload(self, select_id: str = "") -> None:
        current = select_id or (self.selected().id if self.selected() else "")
        try:
            self.model.reload()
        except JalonError as error:
            self._errors.show(error)
        self._fill_institutions()
        has_audits = self.model.rowCount() > 0
        self.table.setVisible(has_audits)
        self.empty.setVisible(not has_audits)
        if current:
            self.select(current)
        elif has_audits:
            self.table.selectRow(0)
        self._update_buttons()

    def _fill_institutions(self) -> None:
        """Every institution with audits here, by name, with how many: the list narrows to
        one (the choice survives a reload while that institution still has audits)."""
        chosen = self.institution.currentData() or ""
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for row in range(self.model.rowCount()):
            audit = self.model.audit(row)
            counts[audit.institution_id] = counts.get(audit.institution_id, 0) + 1
            names.setdefault(audit.institution_id, audit.institution)
        if self._institutions is not None:
            try:
                names.update({i.id: i.name for i in self._institutions.list() if i.id in counts})
            except JalonError as error:
                self._errors.show(error)
        self.institution.blockSignals(True)
        self.institution.clear()
        self.institution.addItem(self.tr("All (%n audit(s))", "", self.model.rowCount()), "")
        for key in sorted(counts, key=lambda k: names[k].casefold()):
            self.institution.addItem(
                self.tr("%1 (%n audit(s))", "", counts[key]).replace("%1", names[key]), key
            )
        found = self.institution.findData(chosen)
        self.institution.setCurrentIndex(max(found, 0))
        self.institution.blockSignals(False)
        self.proxy.set_institution(self.institution.currentData() or "")

    def _institution_chosen(self) -> None:
        self.proxy.set_institution(self.institution.currentData() or "")
        if self.selected() is None and self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self._update_buttons()

    def pause(self) -> None:
        """The database is about to be closed (prepared for removal): stop reading it. The
        rows stay on screen until set_service() gives the reopened database."""
        self.model.pause()

    def set_service(
        self, audits: AuditService, institutions: InstitutionService | None = None
    ) -> None:
        self._audits = audits
        self._institutions = institutions
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
        self.follow_up_button.setEnabled(audit is not None)
        self.institution_button.setEnabled(audit is not None and bool(audit.institution_id))
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
        from PySide6.QtWidgets import QMessageBox  # PySide builds it at first use

        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
