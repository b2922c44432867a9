"""The action plan: a sortable table of actions with add, edit and delete, filtered by status,
overdue, or carried over from the previous audit to verify.

Actions are stored at once through the session (no Save button to forget). A finalized audit
shows its plan read-only, with a banner saying why the buttons are disabled.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.action_item import ActionItem, ActionStatus
from app.models.errors import JalonError
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.action_plan.action_dialog import ActionDialog
from app.ui.workspace.action_plan.action_filter_proxy import ActionFilter, ActionFilterProxy
from app.ui.workspace.action_plan.action_table_model import (
    DUE,
    ITEM_ROLE,
    OWNER,
    PRIORITY,
    SORT_ROLE,
    STATUS,
    TARGET,
    TITLE,
    ActionTableModel,
)

BANNER_STYLE = (
    "QLabel { background: #fdf3e1; color: #7b4f12; border: 1px solid #e8c98f;"
    " border-radius: 4px; padding: 6px 10px; }"
)


class ActionPlanPage(QWidget):
    jump_requested = Signal(str)  # the target (indicator or group name) of the chosen action
    actions_changed = Signal()  # an action was added, changed or deleted (and is stored)

    def __init__(self, session: AuditSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self._errors = ErrorPresenter(self)
        self.dialog: ActionDialog | None = None  # the open add/edit dialog, if any
        self.confirmation: QMessageBox | None = None  # the open delete confirmation, if any

        self.model = ActionTableModel(session.framework, language, self)
        self.proxy = ActionFilterProxy(self.model, self)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter_label = QLabel()
        self.filter_box = QComboBox()
        for shown in (
            ActionFilter.ALL,
            *ActionStatus,
            ActionFilter.OVERDUE,
            ActionFilter.TO_VERIFY,
        ):
            self.filter_box.addItem("", shown)
        self.filter_label.setBuddy(self.filter_box)
        self.filter_box.currentIndexChanged.connect(
            lambda _index: self._show_only(self.filter_box.currentData())
        )
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TARGET, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, PRIORITY, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(TARGET, 280)

        self.title = QLabel()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.15)
        self.title.setFont(font)
        self.summary = QLabel()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.go_button = QPushButton()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.filter_label)
        buttons.addWidget(self.filter_box)
        buttons.addSpacing(12)
        buttons.addWidget(self.go_button)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

        self.add_button.clicked.connect(lambda: self.add_action_for(""))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.go_button.clicked.connect(self._go_to_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Action plan"))
        self.add_button.setText(self.tr("Add a&ction…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete"))
        self.go_button.setText(self.tr("&Go to indicator"))
        self.filter_label.setText(self.tr("S&how:"))
        names = {
            ActionFilter.ALL: self.tr("All actions"),
            ActionFilter.OVERDUE: self.tr("Overdue"),
            ActionFilter.TO_VERIFY: self.tr("Carried over, to verify"),
        }
        with QSignalBlocker(self.filter_box):
            for index in range(self.filter_box.count()):
                shown = self.filter_box.itemData(index)
                self.filter_box.setItemText(
                    index, names.get(shown) or ActionTableModel.status_text(ActionStatus(shown))
                )
        self.banner.setText(
            self.tr(
                "This audit is finalized: its action plan is read-only. "
                "Reopen the audit to change it."
            )
        )
        self.empty_label.setText(
            self.tr(
                "No action yet. Add one with “Add action”, or from the "
                "lowest-scoring practices on the dashboard."
            )
        )
        self.model.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_content_language(self, language: str) -> None:
        self._language = language
        self.model.set_language(language)

    # --- data ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_item()
        self.model.set_items(self._session.actions())
        if selected is not None:
            self._select(selected.id)
        items = self.model.items()
        self.filter_box.setEnabled(bool(items))
        self.table.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        self.banner.setVisible(self._session.audit.is_finalized)
        self._show_summary(items)
        self._update_buttons()

    def _show_summary(self, items: list[ActionItem]) -> None:
        pending = sum(item.status.is_pending for item in items)
        overdue = sum(self.model.is_overdue(item) for item in items)
        to_verify = sum(self.model.is_to_verify(item) for item in items)
        text = self.tr("%n action(s)", "", len(items)) + " · " + self.tr("%n not done", "", pending)
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        if to_verify:
            text += " · " + self.tr(
                "%n carried over from the previous audit, to verify", "", to_verify
            )
        self.summary.setText(text)

    def _show_only(self, shown: str) -> None:
        self.proxy.show_only(
            ActionFilter(shown) if shown in set(ActionFilter) else ActionStatus(shown)
        )
        self._update_buttons()

    def _editable(self) -> bool:
        return not self._session.audit.is_finalized

    def _update_buttons(self) -> None:
        chosen = self.selected_item() is not None
        self.add_button.setEnabled(self._editable())
        self.edit_button.setEnabled(self._editable() and chosen)
        self.delete_button.setEnabled(self._editable() and chosen)
        self.go_button.setEnabled(chosen)

    def selected_item(self) -> ActionItem | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def _select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    # --- actions -------------------------------------------------------------------------------

    def add_action_for(self, node_name: str) -> None:
        """Open the action dialog, pre-filled with `node_name` as target when given."""
        self._open_dialog(None, node_name)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open_dialog(item, "")

    def _open_dialog(self, item: ActionItem | None, target: str) -> None:
        if not self._editable():
            self._errors.show(
                JalonError(
                    "the audit of {institution} is finalized; reopen it "
                    "with a reason before changing it",
                    institution=self._session.audit.institution,
                )
            )
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ActionDialog(self._session, self._language, item, target, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.saved.connect(self._saved)
        self.dialog.reverted.connect(self._reverted)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _saved(self, item: ActionItem) -> None:
        self.refresh()
        self._select(item.id)
        self.actions_changed.emit()

    def _reverted(self) -> None:
        self.refresh()
        self.actions_changed.emit()

    def flush(self) -> None:
        """Write what is typed in the open action dialog (the audit or the window closes)."""
        if self.dialog is not None:
            self.dialog.keep()

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None or not self._editable():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete action"),
            self.tr("Delete the action “{title}”? This cannot be undone.").format(title=item.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self._confirmed_delete(item, result))
        self.confirmation = box
        box.open()

    def _confirmed_delete(self, item: ActionItem, result: int) -> None:
        self.confirmation = None
        if result != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.delete_action(item)
        except JalonError as error:
            self._errors.show(error)
            return
        self.refresh()
        self.actions_changed.emit()

    def _go_to_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.jump_requested.emit(item.target)
