"""The main window: the audit list, or one open audit; menus; the "Saved" status line and, in
portable mode, where the data is and how to remove its drive safely."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from app.composition import Application
from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.home.home_page import HomePage
from app.ui.shell.help_actions import HelpActions
from app.ui.shell.language_manager import LanguageManager
from app.ui.shell.main_menus import MainMenus
from app.ui.shell.tool_actions import ToolActions

if TYPE_CHECKING:
    from app.models.peer_benchmark import PeerBenchmark
    from app.ui.home.new_audit_dialog import NewAuditDialog
    from app.ui.home.portfolio_page import PortfolioPage
    from app.ui.workspace.audit_workspace import AuditWorkspace
from app.ui.common.style_roles import StyleRoles
from app.ui.workspace.workspace_actions import WorkspaceActions

# Where each audit was left, per person and computer (not in the audit: it does not travel).
LAST_QUESTION_KEY = "audits/{audit}/lastQuestion"
FRAME_ALLOWANCE = 24  # pixels for a window manager's borders and title bar


class MainWindow(QMainWindow):
    def __init__(
        self,
        application: Application,
        languages: LanguageManager,
        settings: QSettings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.application = application
        self.languages = languages
        self.settings = settings
        self.errors = ErrorPresenter(self)
        self.workspace: AuditWorkspace | None = None
        self.portfolio: PortfolioPage | None = None  # made on first use
        self.dialog: QWidget | None = None  # the open new-audit or removal dialog, if any
        self.commands = WorkspaceActions(self)
        self.addActions(self.commands.all())

        self.tools = ToolActions(application, self, self.current_audit_id, self.flush_workspace)
        self.tools.audits_changed.connect(self.reload_after_change)
        self.help = HelpActions(self.commands, application.paths, self)
        self.tools.audit_created.connect(self._follow_up_created)
        self.tools.open_requested.connect(self.open_audit)
        self.home = HomePage(application.audits, self.errors, institutions=application.institutions)
        self.home.open_requested.connect(self.open_audit)
        self.home.new_requested.connect(self.new_audit)
        self.home.follow_up_requested.connect(lambda: self.tools.open_follow_up())
        self.home.institution_requested.connect(self.tools.open_institution)
        self.home.table.selectionModel().selectionChanged.connect(
            lambda *_selection: self.tools.update_enabled()
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.save_status = QLabel()
        StyleRoles.give(self.save_status, "saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        # Always in sight in portable mode: the data is on the drive, which must not be
        # pulled out while Jalon has the database open.
        self.portable_status = QLabel()
        StyleRoles.give(self.portable_status, "portableStatus")
        if application.paths.portable:
            self.statusBar().insertPermanentWidget(0, self.portable_status)
        self.menus = MainMenus(self)
        self.retranslate()
        self._show_home()
        self.resize(1366, 768)
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Never larger than the screen it opens on, and on it: a geometry saved on a big
        screen, or the default size, would otherwise put Finalize and Close out of reach on a
        small laptop. A window that does not fit opens maximized, so that the window manager
        fits its title bar and borders in too; un-maximized, it keeps a size that fits."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        available = screen.availableGeometry()
        if self.width() <= available.width() and self.height() <= available.height():
            if not available.contains(self.geometry()):
                self.move(available.topLeft())
            return
        room = available.size() - QSize(FRAME_ALLOWANCE, 2 * FRAME_ALLOWANCE)
        self.resize(self.size().boundedTo(room))
        self.move(available.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    # --- menus ---------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # A status line in the previous language would look forgotten: say it again.
            self.show_status("", False)
            if self.workspace is not None:
                self.workspace.show_save_status()
        super().changeEvent(event)

    def retranslate(self) -> None:
        # Qt appends the application display name ("Jalon") to window titles on Linux and
        # Windows, so the title itself does not repeat it.
        self.setWindowTitle(self.tr("Social performance audits"))
        self.portable_status.setText(
            self.tr("Portable mode — data in {folder}").format(
                folder=str(self.application.paths.data_dir)
            )
        )
        self.portable_status.setToolTip(
            self.tr(
                "Jalon and its data run from this drive. Before removing it, quit Jalon or use "
                "File ▸ Prepare for removal."
            )
        )
        self.menus.retranslate()
        self.commands.retranslate()
        self.tools.retranslate()
        self.help.retranslate()

    # --- pages ---------------------------------------------------------------------------------

    def _show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        for action in self.commands.all():
            action.setEnabled(False)
        self.menus.audit_menu.setEnabled(False)
        self.menus.home_action.setEnabled(False)
        self.menus.fill_content_menu(self.workspace)
        self.tools.update_enabled()
        self.home.table.setFocus()

    def show_audit_list(self) -> None:
        """Back to the list, from an open audit or from the portfolio."""
        if self.workspace is not None:
            self.close_audit()
        else:
            self._show_home()

    def show_portfolio(self) -> None:
        """Every institution at a glance (the head office's view), in place of the list."""
        self.close_audit()
        if self.portfolio is None:
            from app.ui.common.export_folder import ExportFolder
            from app.ui.home.portfolio_page import PortfolioPage

            self.portfolio = PortfolioPage(
                self.application.portfolio, ExportFolder(self.application.paths)
            )
            self.portfolio.open_requested.connect(self.open_audit)
            self.portfolio.close_requested.connect(self._show_home)
            self.stack.addWidget(self.portfolio)
        try:
            self.portfolio.refresh()
        except JalonError as error:
            self.errors.show(error)
            return
        self.stack.setCurrentWidget(self.portfolio)
        self.menus.home_action.setEnabled(True)
        self.portfolio.table.setFocus()

    def new_audit(self) -> None:
        try:
            frameworks = self.application.frameworks.available()
        except JalonError as error:
            self.errors.show(error)
            return
        from app.ui.home.new_audit_dialog import NewAuditDialog

        dialog = NewAuditDialog(self.application.audits, frameworks, self.languages.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _created(self, dialog: NewAuditDialog) -> None:
        if dialog.created is not None:
            self.home.reload(select_id=dialog.created.id)
            self.open_audit(dialog.created.id)

    def _follow_up_created(self, audit_id: str) -> None:
        self.close_audit()
        self.home.reload(select_id=audit_id)
        self.open_audit(audit_id)

    def open_audit(self, audit_id: str) -> None:
        try:
            session = self.application.audits.open(audit_id)
        except JalonError as error:
            self.errors.show(error)
            return
        self.close_audit()
        for action in self.commands.all():
            action.setEnabled(True)
        # Imported on first use: the audit list appears sooner at start-up without the
        # workspace's pages (dashboard, charts, action plan) loaded.
        from app.ui.workspace.audit_workspace import AuditWorkspace

        place = LAST_QUESTION_KEY.format(audit=session.audit.id)
        workspace = AuditWorkspace(
            session,
            self.commands,
            self.errors,
            start_at=str(self.settings.value(place, "")),
            parent=self.stack,
        )
        workspace.question_shown.connect(lambda name: self.settings.setValue(place, name))
        from app.ui.workspace.progress.progress_page import ProgressPage

        workspace.add_page(
            ProgressPage(session, self.application.progress, self.application.institutions)
        )
        from app.ui.workspace.review.review_page import ReviewPage

        ReviewPage.attach(workspace, self.application)
        workspace.status_message.connect(self.show_status)
        workspace.close_requested.connect(self.close_audit)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.menus.audit_menu.setEnabled(True)
        self.menus.home_action.setEnabled(True)
        self.menus.fill_content_menu(self.workspace)
        self.tools.update_enabled()
        self.show_status("", False)
        workspace.dashboard.set_benchmark(self._imported_benchmark())
        workspace.focus_answer()

    def _imported_benchmark(self) -> PeerBenchmark | None:
        """The peer benchmark imported here, verified; None when there is none (a benchmark
        whose signer is no longer trusted is said so in the status line)."""
        try:
            return self.application.imported_benchmark()
        except JalonError as error:
            self.show_status(ErrorPresenter.message(error), True)
            return None

    def close_audit(self) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        workspace.flush()
        workspace.disconnect_actions()
        self.workspace = None
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.home.reload(select_id=workspace.session.audit.id)
        self._show_home()
        self._say_what_needs_correcting(workspace.session)

    def _say_what_needs_correcting(self, session) -> None:
        """Values kept as typed stay in the audit: say so when leaving it, with their codes."""
        invalid = session.invalid_answers()
        if invalid:
            codes = ", ".join(
                session.framework.indicators[a.indicator].display_code for a in invalid
            )
            self.show_status(
                self.tr(
                    "%n answer(s) of %1 kept as typed need correcting before finalizing: %2",
                    "",
                    len(invalid),
                )
                .replace("%1", session.audit.institution)
                .replace("%2", codes),
                True,
            )

    def flush_workspace(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()

    # --- who is working ------------------------------------------------------------------------

    def open_preferences(self, first_start: bool = False) -> None:
        """Ask who is working (on first start, or from File ▸ Preferences)."""
        from app.ui.shell.person_dialog import PersonDialog

        dialog = PersonDialog(self.application, first_start, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._person_changed)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _person_changed(self) -> None:
        """The next change, audit and key go to the new name; earlier ones keep theirs."""
        self.home.set_service(self.application.audits, self.application.institutions)
        if self.workspace is not None:
            self.workspace.session.identity = self.application.identity

    # --- removable drive -----------------------------------------------------------------------

    def prepare_for_removal(self) -> None:
        """Close the open audit (saving what is typed), then let the removal window check and
        close the database. The audit list stays on screen without reading the database until
        the user keeps working, which opens it again."""
        from app.ui.recovery.removal_dialog import RemovalDialog

        self.close_audit()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()  # nothing of Jalon's left to write on the drive
        self.home.pause()
        dialog = RemovalDialog(self.application, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.close)
        dialog.rejected.connect(
            lambda: self.home.set_service(self.application.audits, self.application.institutions)
        )
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.prepare()
        dialog.open()

    def current_audit_id(self) -> str | None:
        """The audit a command applies to: the open one, else the one selected in the list."""
        if self.workspace is not None:
            return self.workspace.session.audit.id
        selected = self.home.selected()
        return selected.id if selected is not None else None

    def reload_after_change(self, audit_id: str) -> None:
        """An import or a resolution changed answers behind the open audit's back: read it
        again, staying on the same question."""
        workspace = self.workspace
        if workspace is None or audit_id not in ("", workspace.session.audit.id):
            self.home.reload()
            return
        question, tab = workspace.current, workspace.tabs.currentIndex()
        reopened = workspace.session.audit.id
        self.close_audit()
        self.open_audit(reopened)
        if self.workspace is not None:
            self.workspace.go_to(question)
            self.workspace.tabs.setCurrentIndex(tab)

    def set_content_language(self, language: str) -> None:
        if self.workspace is not None:
            self.workspace.set_content_language(language)
            self.menus.fill_content_menu(self.workspace)

    def show_status(self, text: str, error: bool) -> None:
        self.save_status.setText(text)
        self.save_status.setProperty("error", error)
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
