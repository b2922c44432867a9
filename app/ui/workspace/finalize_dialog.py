"""Finalize an audit: first what blocks it (click one to go there), then lock, then the seal.

Three states in one dialog: "blocked" lists session.blockers() grouped by dimension; "ready"
asks for confirmation; "finalized" shows the seal fingerprint (and, for an audit finalized
earlier, whether its content still matches the seal).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import JalonError
from app.models.framework import Group
from app.models.visible_text import VisibleText
from app.services.audit_finalization import Blocker
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel

BLOCKED, READY, DONE = range(3)
NAME_ROLE = Qt.ItemDataRole.UserRole


def seal_groups(seal: str) -> str:
    """A 64-digit fingerprint in groups of four on two lines: easier to read aloud and compare."""
    groups = [seal[i : i + 4] for i in range(0, len(seal), 4)]
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


class FinalizeDialog(QDialog):
    jump_requested = Signal(str)  # name of the indicator to go to
    finalized = Signal()  # the audit is now finalized and read-only

    def __init__(self, session: AuditSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._language = language
        self._blockers: list[Blocker] = []
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.blocker_tree = QTreeWidget()
        self.blocker_tree.setColumnCount(2)
        self.blocker_tree.setAlternatingRowColors(True)
        self.blocker_tree.setMinimumHeight(240)
        self.blocker_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.blocker_tree.header().setStretchLastSection(True)
        self.blocker_tree.setColumnWidth(0, 300)
        self.seal_label = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.1)
        self.seal_label.setFont(mono)
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seal_label.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid "
            "palette(mid); border-radius: 4px; padding: 8px; }"
        )
        self.seal_note = QLabel()
        self.seal_note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b03a2e;")
        self.error_label.hide()

        self._state = BLOCKED

        self.buttons = QDialogButtonBox()
        self.go_first_button = QPushButton()
        self.finalize_button = QPushButton()
        self.close_button = QPushButton()
        self.buttons.addButton(self.go_first_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.finalize_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.blocker_tree, 1)
        layout.addWidget(self.seal_label)
        layout.addWidget(self.seal_note)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

        # Clicks and the Enter key only: itemActivated would fire twice with some styles.
        self.blocker_tree.itemClicked.connect(self._blocker_chosen)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.blocker_tree,
            lambda: self._blocker_chosen(self.blocker_tree.currentItem()),
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.go_first_button.clicked.connect(self._go_to_first)
        self.finalize_button.clicked.connect(self._finalize)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Finalize the audit"))
        self.blocker_tree.setHeaderLabels([self.tr("What needs attention"), self.tr("Question")])
        self.blocker_tree.setAccessibleName(self.tr("What blocks finalization"))
        self.go_first_button.setText(self.tr("&Go to the first"))
        self.finalize_button.setText(self.tr("&Finalize and lock"))
        self.close_button.setText(self.tr("&Close"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_content_language(self, language: str) -> None:
        self._language = language
        self.refresh()

    # --- state ---------------------------------------------------------------------------------

    def state(self) -> int:
        """BLOCKED, READY or DONE."""
        return self._state

    def blockers(self) -> list[Blocker]:
        return list(self._blockers)

    def refresh(self) -> None:
        """Re-read the audit: blockers, readiness or the seal of a finalized audit."""
        if self._session.audit.is_finalized:
            self._blockers = []
            self._show_done(intact=self._session.seal_intact())
        else:
            self._blockers = self._session.blockers()
            if self._blockers:
                self._show_blocked()
            else:
                self._show_ready()

    def _show_blocked(self) -> None:
        count = len(self._blockers)
        self.heading.setText(self.tr("The audit cannot be finalized yet"))
        self.explanation.setText(
            self.tr("%n item(s) need attention first. Click one to go to it.", "", count)
        )
        self._fill_tree()
        self._switch(BLOCKED)

    def _show_ready(self) -> None:
        overall = self._session.score().overall
        self.heading.setText(self.tr("Ready to finalize"))
        self.explanation.setText(
            self.tr(
                "Every mandatory question is answered; the overall score is {score}.\n\n"
                "Finalizing locks the audit: answers, evidence and the action plan become "
                "read-only and a seal is computed over the whole audit and its history. "
                "The audit can be reopened later, with a reason that is recorded."
            ).format(score=AuditLabels.score(overall.percent))
        )
        self._switch(READY)

    def _show_done(self, intact: bool) -> None:
        audit = self._session.audit
        self.heading.setText(self.tr("The audit is finalized"))
        self.explanation.setText(
            self.tr("Finalized by {author} on {date}. Its seal fingerprint:").format(
                author=VisibleText.for_name(audit.finalized_by),
                date=AuditLabels.timestamp(audit.finalized_at),
            )
        )
        self.seal_label.setText(seal_groups(audit.seal))
        if intact:
            note = self.tr(
                "The seal is a SHA-256 fingerprint of the answers, their history, "
                "the action plan and the evidence. The content matches it; any later "
                "change would break it."
            )
        else:
            note = self.tr(
                "Warning: the content of this audit no longer matches its seal. It "
                "was changed outside Jalon after finalization."
            )
        self.seal_note.setText(note)
        self._switch(DONE)

    def _switch(self, state: int) -> None:
        self._state = state
        self.blocker_tree.setVisible(state == BLOCKED)
        self.seal_label.setVisible(state == DONE)
        self.seal_note.setVisible(state == DONE)
        self.go_first_button.setVisible(state == BLOCKED)
        self.finalize_button.setVisible(state == READY)
        (
            self.go_first_button
            if state == BLOCKED
            else self.finalize_button
            if state == READY
            else self.close_button
        ).setDefault(True)
        # A long list needs room; a confirmation or a seal needs only its text.
        if state == BLOCKED:
            self.resize(max(self.width(), 680), max(self.height(), 460))
        else:
            width = max(self.width(), 560)
            self.layout().activate()
            self.resize(width, self.layout().totalHeightForWidth(width))

    def _fill_tree(self) -> None:
        framework = self._session.framework
        self.blocker_tree.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for blocker in self._blockers:
            # A question, or the standard or practice an action carried over targets.
            node = framework.find(blocker.indicator)
            chain = framework.ancestors(blocker.indicator)
            top = chain[-1] if chain else node if isinstance(node, Group) else None
            key = top.name if top else ""
            if key not in sections:
                title = framework.text(top.label, self._language) if top else ""
                if top is not None and top.code:
                    title = f"{top.code}  {title}"
                section = QTreeWidgetItem(self.blocker_tree, [title, ""])
                section.setFirstColumnSpanned(True)
                sections[key] = section
            label = framework.text(node.label, self._language) if node is not None else ""
            message = ErrorPresenter.message(JalonError(blocker.template, **blocker.params))
            child = QTreeWidgetItem(sections[key], [message, label])
            child.setToolTip(0, message)
            child.setToolTip(1, label)
            child.setData(0, NAME_ROLE, blocker.indicator)
        for section in sections.values():
            section.setText(
                0,
                self.tr("{title} ({count})").format(
                    title=section.text(0), count=section.childCount()
                ),
            )
        first = self.blocker_tree.topLevelItem(0)
        if first is not None:
            first.setExpanded(True)

    # --- actions -------------------------------------------------------------------------------

    def _blocker_chosen(self, item: QTreeWidgetItem | None, column: int = 0) -> None:
        if item is None:
            return
        name = item.data(0, NAME_ROLE)
        if name:
            self.jump_requested.emit(name)
            self.accept()
        else:  # a dimension: open or close its list
            item.setExpanded(not item.isExpanded())

    def _go_to_first(self) -> None:
        if self._blockers:
            self.jump_requested.emit(self._blockers[0].indicator)
            self.accept()

    def _finalize(self) -> None:
        try:
            self._session.finalize()
        except JalonError as error:
            self.error_label.setText(ErrorPresenter.message(error))
            self.error_label.show()
            self.refresh()  # the audit changed meanwhile: show what blocks it now
            return
        self.error_label.hide()
        self.refresh()
        self.finalized.emit()
