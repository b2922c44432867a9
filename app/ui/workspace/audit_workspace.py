"""An open audit: navigator, question and guidance side by side, plus the dashboard and the
action plan, all kept in step after every saved change.

Keyboard flow: Ctrl+Down / Ctrl+Up (or F8 / Shift+F8) move through the questions shown by
the filters, Ctrl+Shift+Down (F9) goes to the next unanswered one, Ctrl+G jumps to a code,
Ctrl+F searches; 1–9 or a choice's letter answer the question on screen whichever pane
has the focus (except where text is typed), and Enter moves on. Ctrl+I shows or hides the
guidance, which folds away by itself when the window is too narrow for three panes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.framework import Group
from app.services.audit_session import AuditSession
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.action_plan.action_plan_page import ActionPlanPage
from app.ui.workspace.answer_keys import AnswerKeys
from app.ui.workspace.autosave_controller import AutosaveController
from app.ui.workspace.dashboard.dashboard_page import DashboardPage
from app.ui.workspace.finalize_dialog import FinalizeDialog
from app.ui.workspace.jump_to_code_dialog import JumpToCodeDialog
from app.ui.workspace.navigator.navigator_panel import NavigatorPanel
from app.ui.workspace.navigator.navigator_tree_model import NAME_ROLE
from app.ui.workspace.question.guidance_panel import GuidancePanel
from app.ui.workspace.question_order import QuestionOrder
from app.ui.workspace.question_pages import QuestionPages
from app.ui.workspace.reopen_dialog import ReopenDialog
from app.ui.workspace.workspace_actions import WorkspaceActions
from app.ui.workspace.workspace_header import WorkspaceHeader

# Below this width the three panes would each be too narrow to read: the guidance folds away
# (Ctrl+I or the Guidance button bring it back).
GUIDANCE_ROOM = 1150


class AuditWorkspace(QWidget):
    status_message = Signal(str, bool)  # text, is an error
    close_requested = Signal()
    question_shown = Signal(str)  # the question now on screen: where to reopen the audit

    def __init__(
        self,
        session: AuditSession,
        commands: WorkspaceActions,
        errors: ErrorPresenter,
        start_at: str = "",
        parent: QWidget | None = None,
    ):
        """`start_at`: the question to show first (the one last visited), else the first
        question still open."""
        super().__init__(parent)
        self.session = session
        self.commands = commands
        self._errors = errors
        self.language = session.audit.content_language
        self.current = ""
        self._dashboard_stale = False
        self._added_pages: list[QWidget] = []  # tabs added by add_page, titled by themselves
        self.dialog: QWidget | None = None  # the open finalize/reopen/go-to dialog, if any
        self.autosave = AutosaveController(self)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._failed)

        self.header = WorkspaceHeader(session, commands, self.language)
        self.navigator = NavigatorPanel(session)
        self.order = QuestionOrder(session, lambda: self.navigator.model.indicator_order)
        self.navigator.node_selected.connect(self._tree_selected)
        self.navigator.tree.clicked.connect(self._tree_clicked)
        self.navigator.tree.activated.connect(self._tree_activated)
        self.pages = QuestionPages(session, self.autosave, errors, self.language)
        self.pages.form_changed.connect(self._after_change)
        self.pages.field_focused.connect(self._field_focused)
        self.page = self.pages.page
        self.page.advance_requested.connect(self.next)
        self.guidance = GuidancePanel(session.framework, self.language)
        # The question (or form) above, and the review's comments on it below when the audit
        # is under review (add_question_panel).
        self.middle = QWidget()
        middle = QVBoxLayout(self.middle)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(0)
        middle.addWidget(self.pages, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.guidance)
        # Widths in proportion (the tree keeps a third, so labels are not cut on a wide
        # screen) and the same proportions when the window grows.
        for pane, stretch in enumerate((4, 5, 3)):
            self.splitter.setStretchFactor(pane, stretch)
        self.splitter.setSizes([400, 500, 300])
        self.splitter.setChildrenCollapsible(False)
        self._roomy: bool | None = None  # whether the guidance had room at the last resize
        # Keys typed where nothing is typed in (tree, guidance, buttons) answer the question.
        self.answer_keys = AnswerKeys(self._answer_widget, self)
        for widget in (self.navigator.tree, self.guidance.text):
            widget.installEventFilter(self.answer_keys)
        self.dashboard = DashboardPage(session, self.language)
        self.dashboard.jump_requested.connect(self.go_to)
        self.dashboard.action_requested.connect(self._add_action_for)
        self.action_plan = ActionPlanPage(session, self.language)
        self.action_plan.jump_requested.connect(self.go_to)
        self.action_plan.actions_changed.connect(self._actions_changed)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.action_plan, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.guidance_button = QToolButton()
        self.guidance_button.setObjectName("guidanceToggle")
        self.guidance_button.setDefaultAction(commands.guidance)
        self.guidance_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tabs.setCornerWidget(self.guidance_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self._connect_actions()
        self.retranslate()
        if start_at:
            self.go_to(start_at)
        if not self.current:  # never visited, or no longer a question of this audit
            self.go_to(self.order.first_open())

    def _connect_actions(self) -> None:
        a = self.commands
        for action, slot in (
            (a.next, self.next),
            (a.previous, self.previous),
            (a.next_unanswered, self.next_unanswered),
            (a.jump, self.open_jump_dialog),
            (a.search, self.focus_search),
            (a.flag, self.page.toggle_flag),
            (a.answer, self.focus_answer),
            (a.keep_previous, self.keep_previous),
            (a.questionnaire, lambda: self.tabs.setCurrentIndex(0)),
            (a.dashboard, lambda: self.tabs.setCurrentIndex(1)),
            (a.action_plan, lambda: self.tabs.setCurrentIndex(2)),
            (a.guidance, self.show_guidance),
            (a.add_action, lambda: self._add_action_for(self.current)),
            (a.finalize, self.open_finalize_dialog),
            (a.reopen, self.open_reopen_dialog),
            (a.close_audit, self.close_requested),
        ):
            action.triggered.connect(slot)
        self._update_actions()

    def disconnect_actions(self) -> None:
        """The actions outlive this workspace (they sit in the menus): let go of them."""
        for action in self.commands.all():
            action.triggered.disconnect()

    # --- language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Questionnaire"))
        self.tabs.setTabText(1, self.tr("Dashboard"))
        self.tabs.setTabText(2, self.tr("Action plan"))
        for page in self._added_pages:
            self.tabs.setTabText(self.tabs.indexOf(page), page.title())

    def add_page(self, page: QWidget) -> None:
        """A further tab (the Progress tab), which gives its own title()."""
        self._added_pages.append(page)
        self.tabs.addTab(page, page.title())

    def add_question_panel(self, panel: QWidget) -> None:
        """A panel under the question that follows it (the review's comments on it): it is
        given show_for(name) for every question shown."""
        self.middle.layout().addWidget(panel)
        self.question_shown.connect(panel.show_for)
        panel.show_for(self.current)

    def set_content_language(self, language: str) -> None:
        """Read the framework in another of its languages; the interface stays as it is."""
        if language not in self.session.framework.languages:
            return
        self.language = language
        self.navigator.set_content_language(language)
        self.pages.set_content_language(language)
        self.guidance.set_content_language(language)
        self.header.set_content_language(language)
        self.dashboard.set_content_language(language)
        self.action_plan.set_content_language(language)

    # --- navigation ----------------------------------------------------------------------------

    def go_to(self, name: str) -> None:
        """Show a question (or the first question of a group) and select it."""
        node = self.session.framework.find(name)
        if node is None:
            return
        name = self.order.first_in(node) or "" if isinstance(node, Group) else node.name
        if name not in self.navigator.model.id_of:
            return
        self.tabs.setCurrentIndex(0)
        if name != self.current:
            self.flush()
            self.current = name
            self._show(name)
            self.question_shown.emit(name)
        elif self.guidance.node is not self.session.framework.nodes[name]:
            self.guidance.show_node(self.session.framework.nodes[name])  # back from a group
        self.navigator.select(name)

    # --- panes and keys ------------------------------------------------------------------------

    def show_guidance(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.commands.guidance.setChecked(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        roomy = event.size().width() >= GUIDANCE_ROOM
        if roomy != self._roomy:  # only when crossing: a choice made since is kept
            self._roomy = roomy
            self.show_guidance(roomy)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys no pane took (a button, the tab bar had the focus) reach the workspace."""
        if not self.answer_keys.forward(event, self):
            super().keyPressEvent(event)

    def _answer_widget(self) -> QWidget | None:
        """The answer of the question on screen, brought forward with the focus (the tree and
        the guidance come back to it); None away from the questionnaire."""
        if self.tabs.currentIndex() != 0 or not self.current:
            return None
        self.go_to(self.current)
        self.focus_answer()
        return self.focusWidget()

    def _tree_clicked(self, index: QModelIndex) -> None:
        """A click on a question: it opens, with the focus on its answer (walking the tree
        with the arrow keys leaves the focus in the tree)."""
        name = index.data(NAME_ROLE)
        if name in self.session.framework.indicators:
            self.go_to(name)
            self.focus_answer()

    def _tree_activated(self, index: QModelIndex) -> None:
        """Enter or a double click: a group opens at its first question."""
        name = index.data(NAME_ROLE)
        if name:
            self.go_to(name)
            self.focus_answer()

    def _tree_selected(self, name: str) -> None:
        """Walking the tree: a question opens; a group shows its guidance and leaves the
        question on screen, except a section of facts, which opens as a form."""
        node = self.session.framework.nodes[name]
        if isinstance(node, Group) and self.order.section_of(name) is None:
            self.guidance.show_node(node)
            return
        self.go_to(name)

    def _show(self, name: str) -> None:
        self.pages.show_question(name, self.order.section_of(name))
        self.guidance.show_node(self.session.framework.nodes[name])

    def _field_focused(self, name: str) -> None:
        """Tabbing through a form moves the navigator and the guidance along."""
        if name != self.current:
            self.current = name
            self.navigator.select(name)
            self.guidance.show_node(self.session.framework.nodes[name])
            self.question_shown.emit(name)

    def _step(self, forward: bool) -> None:
        target = self.order.step(self.current, forward, set(self.navigator.visible_indicators()))
        if target is None:
            self.status_message.emit(
                self.tr("This is the last question shown.")
                if forward
                else self.tr("This is the first question shown."),
                False,
            )
            return
        self.go_to(target)
        self.focus_answer()

    def next(self) -> None:
        self._step(forward=True)

    def previous(self) -> None:
        self._step(forward=False)

    def next_unanswered(self) -> None:
        target = self.order.next_open_after(self.current)
        if target is None:
            self.status_message.emit(self.tr("Every question that applies is answered."), False)
            return
        self.go_to(target)
        self.focus_answer()

    def focus_answer(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.pages.focus_answer(self.current)

    def keep_previous(self) -> None:
        """Ctrl+K on the question or form field on screen."""
        if self.tabs.currentIndex() != 0 or self.session.follow_up is None:
            return
        self.pages.keep_previous(self.current)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.navigator.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.search.selectAll()

    def open_jump_dialog(self) -> None:
        dialog = JumpToCodeDialog(
            self.session.framework, list(self.navigator.model.id_of), self.language, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._jumped)
        self._open_dialog(dialog)

    def _jumped(self, name: str) -> None:
        self.go_to(name)
        self.focus_answer()

    # --- changes -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save what is being typed (before moving away, closing or finalizing)."""
        self.pages.flush()
        self.action_plan.flush()

    def _saved(self, _name: str) -> None:
        self._show_saved()
        self._after_change()

    def show_save_status(self) -> None:
        """Say when the last change was saved (again, e.g. in a newly chosen language)."""
        if self.autosave.last_saved is not None:
            self._show_saved()

    def _show_saved(self) -> None:
        time = self.autosave.last_saved or QTime.currentTime()
        self.status_message.emit(
            self.tr("Saved %1").replace("%1", time.toString("HH:mm:ss")), False
        )

    def _failed(self, _name: str, message: str) -> None:
        self.status_message.emit(self.tr("Not saved: %1").replace("%1", message), True)

    def _after_change(self) -> None:
        """Everything that shows scores or progress follows the change at once."""
        self.navigator.refresh()
        self.header.refresh_score()
        self.pages.refresh_forms(only_shown=True)
        if self.tabs.currentIndex() == 1:
            self.dashboard.refresh()
        else:
            self._dashboard_stale = True

    def _tab_changed(self, index: int) -> None:
        self.guidance_button.setVisible(index == 0)  # the guidance is the questionnaire's
        if index == 1 and self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard.refresh()
        elif index == 2:
            self.action_plan.refresh()

    def _actions_changed(self) -> None:
        self._dashboard_stale = True  # the dashboard offers actions for its practices
        self.page.show_actions()
        self.autosave.last_saved = QTime.currentTime()
        self._show_saved()

    def _add_action_for(self, name: str) -> None:
        self.tabs.setCurrentIndex(2)
        self.action_plan.add_action_for(name)

    # --- finalize and reopen -------------------------------------------------------------------

    def open_finalize_dialog(self) -> None:
        self.flush()
        dialog = FinalizeDialog(self.session, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.jump_requested.connect(self._jumped)
        dialog.finalized.connect(self._status_changed)
        self._open_dialog(dialog)

    def open_reopen_dialog(self) -> None:
        dialog = ReopenDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reopened.connect(self._status_changed)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def _status_changed(self) -> None:
        """Finalized or reopened: everything becomes read-only, or editable again."""
        self._update_actions()
        self.header.refresh()
        if self.current:
            self._show(self.current)
        self.pages.refresh_forms()
        self.dashboard.refresh()
        self.action_plan.refresh()

    def _update_actions(self) -> None:
        finalized = self.session.audit.is_finalized
        self.commands.finalize.setEnabled(not finalized)
        self.commands.reopen.setEnabled(finalized)
        self.commands.flag.setEnabled(not finalized)
        self.commands.keep_previous.setEnabled(not finalized and self.session.follow_up is not None)
        self.commands.add_action.setEnabled(not finalized)
