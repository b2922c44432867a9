"""Export an audit as a signed package (.jalon): the way an auditor carries an audit to another
installation. Optionally encrypted for named recipients; then "Show in folder".

What runs where: the audit's content is read and the signing key unlocked on the GUI thread —
the database connection belongs to it, and a passphrase can only be asked there (once per
session: the key service keeps the key unlocked). Building, signing, the self-check of the
package, encryption, the atomic write and the read-back from the medium (the slow part on a USB
stick) run on a worker thread with a progress window: PackageService.prepare_export, then
PreparedExport.write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.composition import Application
from app.exchange.package_encryption import PackageEncryption
from app.exchange.package_writer import WrittenPackage
from app.models.errors import JalonError
from app.models.visible_text import VisibleText
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.background_task import BackgroundTask, TaskContext
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.export_dialog import ExportDialog
from app.ui.common.export_folder import ExportFolder
from app.ui.common.safe_file_name import safe_file_name
from app.ui.common.style_roles import StyleRoles
from app.ui.common.task_progress_dialog import TaskProgressDialog
from app.ui.exchange.signing_key_dialog import grouped

SUFFIX = ".jalon"


class PackageExportDialog(ExportDialog):
    def __init__(self, application: Application, audit_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._application = application
        self._audit = application.audits.get(audit_id)
        self._folder = ExportFolder(application.paths)
        self.progress_dialog: TaskProgressDialog | None = None
        self.written: WrittenPackage | None = None
        self._recipient_count = 0
        # How folders are opened; a test puts a recorder here instead.
        self.open_url = QDesktopServices.openUrl
        self.setMinimumWidth(640)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.audit_value = QLabel()
        self.signer_value = QLabel()
        self.signer_value.setWordWrap(True)
        self.target = QLineEdit()
        self.browse_button = QPushButton()
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.recipients_hint = QLabel()
        StyleRoles.give(self.recipients_hint, "muted")
        self.recipients_hint.setWordWrap(True)
        self.include_own = QCheckBox()
        self.include_own.setChecked(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_folder_button = QPushButton()
        self.export_button = QPushButton()
        StyleRoles.give(self.export_button, "primary")
        self.export_button.setDefault(True)
        self.close_button = QPushButton()
        self.offer_after_writing(self.show_folder_button)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.browse_button)
        self.audit_label = QLabel()
        self.signer_label = QLabel()
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target)
        self.recipients_label = QLabel()
        self.recipients_label.setBuddy(self.recipients)
        form = QFormLayout()
        form.addRow(self.audit_label, self.audit_value)
        form.addRow(self.signer_label, self.signer_value)
        form.addRow(self.target_label, target_row)
        form.addRow(self.recipients_label, self.recipients)
        form.addRow("", self.recipients_hint)
        form.addRow("", self.include_own)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.show_folder_button.clicked.connect(self.show_folder)
        self.recipients.textChanged.connect(self._update_own_box)
        self.retranslate()
        self.target.setText(str(self._default_target()))
        self._update_own_box()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a signed package"))
        self.explanation.setText(
            self.tr(
                "A package carries this audit to another Jalon installation: every answer with its "
                "history, the action plan and the evidence files, signed with your key so that the "
                "receiver can prove it comes from you and was not changed."
            )
        )
        self.audit_label.setText(self.tr("Audit:"))
        self.audit_value.setText(
            f"{self._audit.institution} — {AuditLabels.status(self._audit.status)}"
        )
        self.signer_label.setText(self.tr("Signed by:"))
        self._describe_signer()
        self.target_label.setText(self.tr("&Save as:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.recipients_label.setText(self.tr("E&ncrypt for:"))
        self.recipients.setPlaceholderText(self.tr("optional: one public key per line"))
        self.recipients_hint.setText(
            self.tr(
                "Leave empty for a package anyone can read and verify. To keep it private on a "
                "stick or in an e-mail, give the age public keys (age1…) or ssh-ed25519 keys of "
                "the people who may open it."
            )
        )
        self.include_own.setText(
            self.tr("Also encrypt for my own key, so that I can open the package again")
        )
        self.show_folder_button.setText(self.tr("Show in &folder"))
        self.export_button.setText(self.tr("&Export"))
        self.close_button.setText(self.tr("&Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _describe_signer(self) -> None:
        try:
            info = self._application.keys.current()
        except JalonError as error:
            self.signer_value.setText(ErrorPresenter.message(error))
            return
        if info is None:
            self.signer_value.setText(
                self.tr(
                    "You have no signing key yet: one is made for {name} when you export (File ▸ "
                    "Signing key… lets you give your organisation first)."
                ).format(name=VisibleText.for_name(self._application.identity.author))
            )
            return
        who = f"{info.name} ({info.organisation})" if info.organisation else info.name
        self.signer_value.setText(
            self.tr("{who}, key {key}").format(who=who, key=grouped(info.key_id))
        )

    # --- choosing ------------------------------------------------------------------------------

    def _default_target(self) -> Path:
        folder = self._folder.default()
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        return folder / (safe_file_name(f"{self._audit.institution} {today}") + SUFFIX)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package as"),
            self.target.text(),
            self.tr("Jalon packages (*.jalon)"),
        )
        if chosen:
            self.target.setText(str(_with_suffix(Path(chosen))))

    def recipient_lines(self) -> list[str]:
        return [line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()]

    def _update_own_box(self) -> None:
        self.include_own.setEnabled(bool(self.recipient_lines()))

    # --- running -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.is_running():
            return
        self._reset_outcome()
        text = self.target.text().strip()
        if not text:
            self._show_problem(self.tr("Choose where to save the package."))
            return
        target = _with_suffix(Path(text))
        self.target.setText(str(target))
        self._folder.remember(target)
        lines = self.recipient_lines()
        packages = self._application.packages
        try:
            for number, line in enumerate(lines, start=1):
                try:  # a key id of this installation or of a trusted signer, or an age key
                    PackageEncryption.recipient(packages.recipient(line))
                except JalonError as error:
                    self._show_problem(
                        self.tr("Line {line} of the recipients: {problem}").format(
                            line=number, problem=ErrorPresenter.message(error)
                        )
                    )
                    return
            audit = self._application.audits.get(self._audit.id)  # as saved now
            # Reads the database and may ask for the passphrase: both on the GUI thread.
            prepared = packages.prepare_export(audit, lines, self.include_own.isChecked())
        except JalonError as error:
            self._show_problem(ErrorPresenter.message(error))
            return
        self._recipient_count = len(prepared.recipients)

        def work(context: TaskContext) -> WrittenPackage:
            context.check_cancelled()  # once writing has begun it completes: never half a file
            return prepared.write(target)

        self._task = BackgroundTask(work, parent=self)
        self._task.succeeded.connect(self._on_written)
        self._task.failed.connect(lambda message, _error: self._show_problem(message))
        self._task.cancelled.connect(
            lambda: self.status.setText(self.tr("Cancelled: no package was written."))
        )
        self._task.finished.connect(lambda: self._set_running(False))
        self.progress_dialog = TaskProgressDialog(
            self._task, self.tr("Signing and writing {file}…").format(file=target.name), self
        )
        self.progress_dialog.destroyed.connect(lambda: setattr(self, "progress_dialog", None))
        self._set_running(True)
        self._describe_signer()  # a key made just now
        self._task.start()

    def _on_written(self, written: WrittenPackage) -> None:
        self.written = written
        manifest = written.manifest
        text = self.tr(
            "Package written to {file} ({size}), signed by {name} with key {key}."
        ).format(
            file=str(written.path),
            size=QLocale().formattedDataSize(
                written.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
            name=VisibleText.for_name(manifest.signer_name),
            key=grouped(manifest.signer_key_id),
        )
        if written.encrypted:
            text += " " + self.tr(
                "Encrypted: only %n recipient(s) can open it.", "", self._recipient_count
            )
        self.status.setText(text)
        self.show_folder_button.show()
        self.show_folder_button.setFocus()

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.target,
            self.browse_button,
            self.recipients,
            self.export_button,
            self.close_button,
        ):
            widget.setEnabled(not running)
        self.include_own.setEnabled(not running and bool(self.recipient_lines()))

    def show_folder(self) -> None:
        if self.written is not None:
            self.open_url(QUrl.fromLocalFile(str(self.written.path.parent)))


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)
