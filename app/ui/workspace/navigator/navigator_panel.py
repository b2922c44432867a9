"""The left side of the workspace: search, filters with counts, and the framework tree."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.question_counts import QuestionCounts
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.navigator.navigator_filter_proxy import (
    ALL,
    FLAGGED,
    MISSING,
    REVIEWED,
    STATUS_FILTERS,
    NavigatorFilterProxy,
)
from app.ui.workspace.navigator.navigator_tree_model import (
    BADGE_ROLE,
    NAME_ROLE,
    NavigatorTreeModel,
)
from app.ui.workspace.navigator.navigator_tree_view import NavigatorTreeView
from app.ui.workspace.navigator.status_icons import StatusIcons


class NavigatorPanel(QWidget):
    node_selected = Signal(str)

    def __init__(self, session: AuditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.model = NavigatorTreeModel(session, self)
        self.proxy = NavigatorFilterProxy(self.model, self)
        # Where the review's comments come from, for an audit under review (set_review_source).
        self._review_marks: Callable[[], dict[str, bool]] | None = None

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._criteria_changed(query=text))
        self.status = QComboBox()
        for key in STATUS_FILTERS:
            self.status.addItem("", key)
        self.status.currentIndexChanged.connect(
            lambda _row: self._criteria_changed(status=self.status.currentData())
        )
        self.department = QComboBox()
        self.department.addItem("", "")
        for key in session.framework.departments:
            self.department.addItem("", key)
        self.department.currentIndexChanged.connect(
            lambda _row: self._criteria_changed(department=self.department.currentData())
        )
        # On a narrow screen the filters give up width (their lists still show whole
        # entries) rather than pushing the question off the window.
        for combo in (self.status, self.department):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.summary = QLabel()
        StyleRoles.give(self.summary, "muted")

        self.tree = NavigatorTreeView(NavigatorTreeModel.SCORE, BADGE_ROLE)
        self.tree.setModel(self.proxy)
        self.tree.setIndentation(14)
        # The state icons' own size (dot + flag side by side): never scaled when painted.
        self.tree.setIconSize(StatusIcons.ICON_SIZE)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NavigatorTreeModel.LABEL, QHeaderView.ResizeMode.Stretch)
        # The labels take what the counts leave; a person may narrow the counts (drag their
        # header's edge) to read longer labels, whose whole text is in their tooltip anyway.
        header.setSectionResizeMode(NavigatorTreeModel.PROGRESS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NavigatorTreeModel.SCORE, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        header.resizeSection(NavigatorTreeModel.PROGRESS, 74)
        header.resizeSection(NavigatorTreeModel.SCORE, 58)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.status, 3)
        filters.addWidget(self.department, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        # Only once it has a parent: a parentless widget made visible becomes a window.
        self.department.setVisible(bool(session.framework.departments))
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search codes, questions, guidance… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.status.setAccessibleName(self.tr("Show questions by state"))
        self.department.setAccessibleName(self.tr("Show questions by department"))
        self.tree.setAccessibleName(self.tr("Questions of the framework"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Click or press Enter to open a question; digits answer the question on screen."
            )
        )
        self.status.setToolTip(self.tr("Show only questions in this state"))
        self.department.setToolTip(self.tr("Show only questions for this department"))
        self.department.setItemText(0, self.tr("All departments"))
        self.refresh_content_texts()
        self.model.retranslate()
        header = self.tree.header()
        # The score column holds the widest pill, a dimension's "100.0%" ("100,0 %" in French).
        widest_score = self.tree.pill_room(AuditLabels.score(100))
        for column, least in (
            (NavigatorTreeModel.PROGRESS, 86),
            (NavigatorTreeModel.SCORE, max(58, widest_score)),
        ):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(
                column, max(least, header.fontMetrics().horizontalAdvance(title) + 18)
            )
        self.update_counts()

    def refresh_content_texts(self) -> None:
        """Department names come from the framework, in the content language."""
        departments = self._session.framework.departments
        for row in range(1, self.department.count()):
            self.department.setItemText(
                row,
                self._session.framework.text(
                    departments[self.department.itemData(row)], self.model.language
                ),
            )

    def set_content_language(self, language: str) -> None:
        self.model.set_content_language(language)
        self.refresh_content_texts()

    def _status_labels(self) -> dict[str, str]:
        return {
            ALL: self.tr("All questions"),
            "unanswered": self.tr("Unanswered"),
            "to confirm": self.tr("Carried, to confirm"),
            "yes": self.tr("Yes"),
            "partial": self.tr("Partially"),
            "no": self.tr("No"),
            "na": self.tr("Not applicable"),
            FLAGGED: self.tr("Flagged"),
            MISSING: self.tr("Mandatory missing"),
            REVIEWED: self.tr("With review comments"),
        }

    # --- state ---------------------------------------------------------------------------------

    def set_review_source(self, marks: Callable[[], dict[str, bool]]) -> None:
        """For an audit under review: `marks` gives the questions with comments (True while a
        correction is open there); read now, after every answer and on refresh()."""
        self._review_marks = marks
        self.refresh()

    def refresh(self) -> None:
        """After a change to an answer: icons, progress, scores, review marks (an answer may
        close a correction), filters and counts."""
        if self._review_marks is not None:
            self.model.set_review_marks(self._review_marks())  # refreshes the model too
        else:
            self.model.refresh()
        if self.proxy.active:
            self.proxy.refilter()
        self.update_counts()

    def update_counts(self) -> None:
        counts = self.proxy.counts()
        labels = self._status_labels()
        with QSignalBlocker(self.status):
            for row in range(self.status.count()):
                key = self.status.itemData(row)
                text = f"{labels[key]} ({AuditLabels.number(counts[key])})"
                if self.status.itemText(row) != text:
                    self.status.setItemText(row, text)
        overall = QuestionCounts.of(self._session.score().overall)
        self.status.setItemData(
            0, AuditLabels.counts_explained(overall), Qt.ItemDataRole.ToolTipRole
        )
        if self.proxy.active:
            relevant = self._session.score().relevant
            shown = sum(name in relevant for name in self.visible_indicators())
            self.summary.setText(
                self.tr("%1 of %2 questions shown")
                .replace("%1", AuditLabels.number(shown))
                .replace("%2", AuditLabels.number(overall.questions))
            )
        self.summary.setVisible(self.proxy.active)

    def _criteria_changed(self, **criteria) -> None:
        self.proxy.set_criteria(**criteria)
        if self.proxy.active:
            self.tree.expandAll()
        self.update_counts()

    def set_filter(self, status: str = ALL, department: str = "", query: str = "") -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.department.setCurrentIndex(max(0, self.department.findData(department)))
        self.search.setText(query)

    # --- selection -----------------------------------------------------------------------------

    def visible_indicators(self) -> list[str]:
        """Questions shown by the current filters, in framework order."""
        if not self.proxy.active:
            return list(self.model.indicator_order)
        return [
            name
            for name in self.model.indicator_order
            if self.proxy.mapFromSource(self.model.index_of(name)).isValid()
        ]

    def select(self, name: str) -> None:
        self.proxy.set_pinned(name)
        index = self.proxy.mapFromSource(self.model.index_of(name))
        if not index.isValid():
            return
        top = index
        while top.parent().isValid():
            top = top.parent()
        if not self.tree.isExpanded(top):
            # Entering another dimension: fold the others, so the tree stays an overview.
            self.tree.collapseAll()
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        if self.tree.currentIndex().data(NAME_ROLE) != name:
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = current.data(NAME_ROLE)
        if name:
            self.node_selected.emit(name)
