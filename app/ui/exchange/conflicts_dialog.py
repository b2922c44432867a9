"""Conflicts of an audit: answers changed differently on two installations. Each is shown side
by side — this installation's version and the other one, with authors and times — and settled
by keeping one or writing a new answer. A resolution is itself a revision with both parents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework, QuestionType
from app.services.merge.conflict_service import ConflictView, Resolution
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.exchange.conflict_side_panel import ConflictSidePanel

AUDIT_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    resolved = Signal(str)  # audit id: its answers changed

    def __init__(
        self, application: Application, audit_id: str | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._app = application
        self._errors = ErrorPresenter(self)
        self._views: list[ConflictView] = []
        self._audit: Audit | None = None
        self._framework: Framework | None = None
        self._choose_new = False  # a choice list rather than free text for the new answer

        self.audit_choice = QComboBox()
        self.summary = QLabel()
        self.conflict_list = QListWidget()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setObjectName("sectionTitle")
        self.mine = ConflictSidePanel()
        self.theirs = ConflictSidePanel()
        self.new_value = QComboBox()
        self.new_text = QLineEdit()
        self.new_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        sides = QHBoxLayout()
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        new_answer = QHBoxLayout()
        self.new_label = QLabel()
        new_answer.addWidget(self.new_label)
        new_answer.addWidget(self.new_value, 1)
        new_answer.addWidget(self.new_text, 1)
        new_answer.addWidget(self.new_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.question)
        detail_layout.addLayout(sides, 1)
        detail_layout.addLayout(new_answer)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(self.audit_choice)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 560)

        self.audit_choice.currentIndexChanged.connect(self._load_audit)
        self.conflict_list.currentRowChanged.connect(self._show)
        self.mine.keep_button.clicked.connect(lambda: self._resolve(Resolution.KEEP_MINE))
        self.theirs.keep_button.clicked.connect(lambda: self._resolve(Resolution.KEEP_THEIRS))
        self.new_button.clicked.connect(lambda: self._resolve(Resolution.NEW_ANSWER))
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._fill_audits(audit_id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.audit_choice.setAccessibleName(self.tr("Audit"))
        self.conflict_list.setAccessibleName(self.tr("Answers in conflict"))
        self.new_value.setAccessibleName(self.tr("New answer"))
        self.new_text.setAccessibleName(self.tr("New answer"))
        self.mine.setTitle(self.tr("Mine (this installation)"))
        self.theirs.setTitle(self.tr("Theirs (the other installation)"))
        self.mine.keep_button.setText(self.tr("Keep &mine"))
        self.theirs.keep_button.setText(self.tr("Keep &theirs"))
        self.new_label.setText(self.tr("Or a new answer:"))
        self.new_button.setText(self.tr("&Save new answer"))

    # --- loading -------------------------------------------------------------------------------

    def _fill_audits(self, audit_id: str | None) -> None:
        try:
            ids = [audit_id] if audit_id else list(self._app.conflicts.open_counts())
            audits = [self._app.audits.get(i) for i in ids]
        except JalonError as error:
            self._errors.show(error)
            audits = []
        self.audit_choice.blockSignals(True)
        for audit in audits:
            self.audit_choice.addItem(f"{audit.institution} ({audit.short_id})", audit.id)
        self.audit_choice.blockSignals(False)
        self.audit_choice.setVisible(len(audits) > 1)
        self._load_audit()

    def _load_audit(self) -> None:
        audit_id = self.audit_choice.currentData()
        self._views = []
        self.conflict_list.clear()
        if audit_id is not None:
            try:
                self._audit = self._app.audits.get(audit_id)
                self._framework = self._app.audits.framework_of(self._audit)
                self._views = self._app.conflicts.list(self._audit, self._framework)
            except JalonError as error:
                self._errors.show(error)
        language = self._audit.content_language if self._audit else "en"
        for view in self._views:
            label = self._framework.text(view.indicator.label, language) if self._framework else ""
            item = QListWidgetItem(f"{view.indicator.display_code}  {label}")
            item.setToolTip(label)
            self.conflict_list.addItem(item)
        self.summary.setText(
            self.tr("%n answer(s) changed differently on two installations.", "", len(self._views))
            if self._views
            else self.tr("No conflicts left to resolve.")
        )
        if self._views:
            self.conflict_list.setCurrentRow(0)
        self._show(self.conflict_list.currentRow())

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self._views)
        for widget in (self.mine, self.theirs, self.new_value, self.new_text, self.new_button):
            widget.setEnabled(has)
        if not has or self._audit is None or self._framework is None:
            self.question.clear()
            self.new_text.hide()
            return
        view = self._views[row]
        language = self._audit.content_language
        indicator = view.indicator
        self.question.setText(
            f"{indicator.display_code} — {self._framework.text(indicator.label, language)}"
        )
        trust = self._app.trust
        self.mine.show_revision(
            view.mine, indicator, self._framework, language, trust.name_of(view.mine.signed_by)
        )
        self.theirs.show_revision(
            view.theirs, indicator, self._framework, language, trust.name_of(view.theirs.signed_by)
        )
        select = indicator.type == QuestionType.SELECT_ONE
        self._choose_new = select
        self.new_value.setVisible(select)
        self.new_text.setVisible(not select)
        self.new_value.clear()
        for choice in indicator.choices:
            self.new_value.addItem(
                self._framework.text(choice.label, language) or choice.name, choice.name
            )
        self.new_text.clear()

    # --- resolving -----------------------------------------------------------------------------

    @property
    def current(self) -> ConflictView | None:
        row = self.conflict_list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def _resolve(self, resolution: Resolution) -> None:
        view = self.current
        if view is None or self._audit is None or self._framework is None:
            return
        value = None
        if resolution == Resolution.NEW_ANSWER:
            value = self.new_value.currentData() if self._choose_new else self.new_text.text()
        try:
            self._app.conflicts.resolve(
                view.conflict, self._audit, self._framework, resolution, value
            )
        except JalonError as error:
            self._errors.show(error)
            return
        self.resolved.emit(self._audit.id)
        row = self.conflict_list.currentRow()
        self._load_audit()
        if self._views:
            self.conflict_list.setCurrentRow(min(row, len(self._views) - 1))
