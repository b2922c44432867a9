"""The main window's menu bar: File, Audit, View (with the open audit's content languages),
Language and Help, their entries, access letters and shortcuts, in the interface's language.

The entries act through the window (new audit, the list, the portfolio, preferences, removal,
quit) and through the shared actions of the workspace, the tools and the help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from app.ui.shell.language_manager import UI_LANGUAGES, language_name

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow
    from app.ui.workspace.audit_workspace import AuditWorkspace


class MainMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._languages = window.languages
        tools = window.tools
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = self.file_menu.addAction("", window.new_audit)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.file_menu.addAction(tools.follow_up)
        self.home_action = self.file_menu.addAction("", window.show_audit_list)
        self.home_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Home))
        self.file_menu.addAction(tools.institution)
        self.portfolio_action = self.file_menu.addAction("", window.show_portfolio)
        self.file_menu.addSeparator()
        self.file_menu.addActions([tools.reports, tools.import_workbook])
        self.file_menu.addSeparator()
        self.file_menu.addActions([tools.export_package, tools.import_packages, tools.conflicts])
        self.file_menu.addSeparator()
        self.file_menu.addActions([tools.signing_key, tools.trusted_signers])
        self.preferences_action = self.file_menu.addAction("", window.open_preferences)
        # The platform's key where it has one (Ctrl+, on macOS, GNOME, KDE), else Ctrl+,.
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
            or [QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma)]
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addSeparator()
        self.file_menu.addAction(tools.install_framework)
        self.file_menu.addSeparator()
        self.removal_action = self.file_menu.addAction("", window.prepare_for_removal)
        self.removal_action.setVisible(window.application.paths.portable)
        if window.application.paths.portable:
            self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", window.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.audit_menu = bar.addMenu("")
        a = window.commands
        for group in (
            (a.next, a.previous, a.next_unanswered, a.jump, a.search, a.answer),
            (a.flag, a.keep_previous, a.add_action),
            (a.finalize, a.reopen, tools.upgrade, tools.follow_up),
            (tools.export_package,),
            (a.close_audit,),
        ):
            self.audit_menu.addActions(list(group))
            self.audit_menu.addSeparator()
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([a.questionnaire, a.dashboard, a.action_plan])
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.guidance)
        self.content_menu = QMenu(window)
        self.content_group = QActionGroup(self)
        self.content_group.triggered.connect(
            lambda action: window.set_content_language(action.data())
        )
        self.view_menu.addMenu(self.content_menu)
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self)
        for code, name in UI_LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(lambda action: window.languages.apply(action.data()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions(window.help.all())

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New audit…"))
        self.home_action.setText(self.tr("&Audit list"))
        self.portfolio_action.setText(self.tr("Portfo&lio"))
        self.quit_action.setText(self.tr("&Quit"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.removal_action.setText(self.tr("Prepare for re&moval…"))
        self.audit_menu.setTitle(self.tr("&Audit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.content_menu.setTitle(self.tr("&Content language"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        for action in self.language_group.actions():
            action.setChecked(action.data() == self._languages.language)

    def fill_content_menu(self, workspace: AuditWorkspace | None) -> None:
        """The open audit's content languages, its own checked; disabled with no audit open."""
        self.content_menu.clear()
        for action in self.content_group.actions():
            self.content_group.removeAction(action)
        self.content_menu.setEnabled(workspace is not None)
        if workspace is None:
            return
        for code in workspace.session.framework.languages:
            action = self.content_menu.addAction(language_name(code))
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == workspace.language)
            self.content_group.addAction(action)
