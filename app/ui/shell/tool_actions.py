"""Menu commands that open the tools around an audit: reports and exports, a filled-in
workbook, signed packages (export, import from other installations), conflicts between their
answers, the user's signing key and the signers this installation trusts, installing a
framework a network sent, upgrading an audit to a newer version of its framework, starting an
institution's follow-up audit and showing its institution's page.

The tools' modules (and the libraries behind them: reportlab, openpyxl, cryptography) are
imported when a command is used, not when the window opens. Every tool window opens
non-modally with open(); `self.dialog` holds the one on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.composition import Application
from app.models.errors import JalonError
from app.ui.common.error_presenter import ErrorPresenter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


class ToolActions(QObject):
    audits_changed = Signal(str)  # an audit's content changed ("" when it may be any)
    audit_created = Signal(str)  # a follow-up audit, to open
    open_requested = Signal(str)  # an audit chosen on an institution's page

    def __init__(
        self,
        application: Application,
        window: QWidget,
        current_audit: Callable[[], str | None],
        flush: Callable[[], None] = lambda: None,
    ):
        """`current_audit()` names the audit a command applies to: the open one, or the one
        selected in the list (None when there is none). `flush()` saves what is being typed
        in the open audit, before a tool reads it."""
        super().__init__(window)
        self._application = application
        self._window = window
        self._current_audit = current_audit
        self._flush = flush
        self.dialog: QWidget | None = None
        self._package_dialog: QDialog | None = None
        self.reports = QAction(self)
        self.import_workbook = QAction(self)
        self.import_packages = QAction(self)
        self.conflicts = QAction(self)
        self.export_package = QAction(self)
        self.signing_key = QAction(self)
        self.trusted_signers = QAction(self)
        self.install_framework = QAction(self)
        self.install_framework.triggered.connect(self.open_framework_install)
        self.upgrade = QAction(self)
        self.upgrade.triggered.connect(self.open_upgrade)
        self.follow_up = QAction(self)
        self.follow_up.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N)
        )
        self.follow_up.triggered.connect(lambda: self.open_follow_up())
        self.institution = QAction(self)
        self.institution.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I)
        )
        self.institution.triggered.connect(self.open_institution)
        self.reports.triggered.connect(self.open_reports)
        self.export_package.triggered.connect(self.open_package_export)
        self.signing_key.triggered.connect(self.open_signing_key)
        self.trusted_signers.triggered.connect(self.open_trusted_signers)
        self.import_workbook.triggered.connect(self.open_workbook_import)
        self.import_packages.triggered.connect(self.open_package_import)
        self.conflicts.triggered.connect(self.open_conflicts)
        self.retranslate()

    def retranslate(self) -> None:
        self.reports.setText(self.tr("&Reports and exports…"))
        self.import_workbook.setText(self.tr("Import a filled-in &workbook…"))
        self.import_packages.setText(self.tr("Import pac&kages…"))
        self.conflicts.setText(self.tr("Resolve &conflicts…"))
        self.export_package.setText(self.tr("&Export a signed package…"))
        self.signing_key.setText(self.tr("&Signing key…"))
        self.trusted_signers.setText(self.tr("&Trusted signers…"))
        self.install_framework.setText(self.tr("Install a &framework…"))
        self.upgrade.setText(self.tr("Upgrade to a newer framework &version…"))
        self.follow_up.setText(self.tr("New f&ollow-up audit…"))
        self.institution.setText(self.tr("&Institution page…"))
        if self._package_dialog is not None:
            self._package_dialog.setWindowTitle(self.tr("Import packages"))

    def update_enabled(self) -> None:
        has_audit = self._current_audit() is not None
        for action in (
            self.reports,
            self.import_workbook,
            self.conflicts,
            self.export_package,
            self.upgrade,
            self.follow_up,
            self.institution,
        ):
            action.setEnabled(has_audit)

    # --- the tools -----------------------------------------------------------------------------

    def open_reports(self) -> None:
        from app.ui.reports.report_dialog import ReportDialog

        audit_id = self._current_audit()
        if audit_id is not None:
            self._flush()
            self._show(ReportDialog(self._application, audit_id, self._window))

    def open_package_export(self) -> None:
        from app.ui.exchange.package_export_dialog import PackageExportDialog

        audit_id = self._current_audit()
        if audit_id is not None:
            self._flush()
            self._show(PackageExportDialog(self._application, audit_id, self._window))

    def open_signing_key(self) -> None:
        from app.ui.common.export_folder import ExportFolder
        from app.ui.exchange.signing_key_dialog import SigningKeyDialog

        self._show(
            SigningKeyDialog(
                self._application.keys, self._window, ExportFolder(self._application.paths)
            )
        )

    def open_trusted_signers(self) -> None:
        from app.ui.exchange.trusted_signers_dialog import TrustedSignersDialog

        self._show(TrustedSignersDialog(self._application.trust, self._window))

    def open_framework_install(self) -> None:
        from app.ui.frameworks.framework_install_dialog import FrameworkInstallDialog

        self._show(FrameworkInstallDialog(self._application.frameworks, self._window))

    def open_upgrade(self) -> None:
        from app.ui.frameworks.upgrade_dialog import UpgradeDialog

        audit_id = self._current_audit()
        if audit_id is None:
            return
        self._flush()
        dialog = UpgradeDialog(self._application, audit_id, self._window)
        dialog.upgraded.connect(self.audits_changed)
        self._show(dialog)

    def open_follow_up(self, audit_id: str | None = None) -> None:
        """The next audit of the institution of `audit_id` (by default the current audit)."""
        from app.ui.home.follow_up_dialog import FollowUpDialog

        audit_id = audit_id or self._current_audit()
        if audit_id is None:
            return
        self._flush()
        try:
            dialog = FollowUpDialog(self._application, audit_id, self._window)
        except JalonError as error:
            ErrorPresenter(self._window).show(error)
            return
        dialog.created.connect(self.audit_created)
        self._show(dialog)

    def open_institution(self) -> None:
        from app.ui.institutions.institution_dialog import InstitutionDialog

        audit_id = self._current_audit()
        if audit_id is None:
            return
        self._flush()
        try:
            audit = self._application.audits.get(audit_id)
            dialog = InstitutionDialog(self._application, audit.institution_id, self._window)
        except JalonError as error:
            ErrorPresenter(self._window).show(error)
            return
        dialog.open_requested.connect(self.open_requested)
        dialog.changed.connect(lambda: self.audits_changed.emit(""))
        # The follow-up dialog takes the institution page's place.
        dialog.follow_up_requested.connect(
            lambda chosen: (dialog.accept(), self.open_follow_up(chosen))
        )
        self._show(dialog)

    def open_workbook_import(self) -> None:
        from app.ui.exchange.workbook_import_dialog import WorkbookImportDialog

        audit_id = self._current_audit()
        if audit_id is None:
            return
        self._flush()
        dialog = WorkbookImportDialog(self._application, audit_id, self._window)
        dialog.imported.connect(lambda _count: self.audits_changed.emit(audit_id))
        self._show(dialog)

    def open_conflicts(self) -> None:
        from app.ui.exchange.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self._application, self._current_audit(), self._window)
        dialog.resolved.connect(self.audits_changed)
        self._show(dialog)

    def open_package_import(self) -> None:
        from PySide6.QtWidgets import (  # PySide builds it at first use
            QDialog,
            QDialogButtonBox,
            QVBoxLayout,
        )

        from app.ui.exchange.package_import_page import PackageImportPage

        dialog = QDialog(self._window)
        page = PackageImportPage(self._application, None, dialog)
        page.audits_changed.connect(lambda: self.audits_changed.emit(""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page, 1)
        layout.addWidget(buttons)
        dialog.setWindowTitle(self.tr("Import packages"))
        dialog.resize(900, 600)
        self._package_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "_package_dialog", None))
        self._show(dialog)
        # Closed while a merge runs: the merge stops after the package it is on, and the
        # window (whose page the worker reports to) is deleted only once it has stopped.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        dialog.finished.connect(lambda _result: page.stop_then(dialog.deleteLater))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
