"""Shown at start-up when the database is damaged: restore a backup, knowing what is lost.

The newest good backup is proposed; any other backup can be chosen (damaged ones are listed
but cannot be picked). What would be lost is stated before anything is done: the time of the
backup and, when the damaged file still tells, how many changes were made after it. The
damaged file is never deleted: it is moved to the set-aside folder, whose path is shown.
When no backup exists, Jalon can start with an empty database instead (the damaged file is
kept aside too). Quitting changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.backup_info import BackupInfo
from app.models.errors import JalonError
from app.services.backup_service import BackupService, RecoveryOffer
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.common.heading_label import HeadingLabel
from app.ui.common.style_roles import StyleRoles

CHOOSING, DONE = range(2)


def _iso(info: BackupInfo) -> str:
    return info.created_iso


class RecoveryDialog(QDialog):
    restored = Signal(object)  # a RestoreResult, once the backup is in place

    def __init__(self, backups: BackupService, offer: RecoveryOffer, parent: QWidget | None = None):
        super().__init__(parent)
        self._backups = backups
        self._offer = offer
        self._state = CHOOSING
        self._done_text = ""
        # Health is read once: quick_check of each backup is cheap but not free.
        self._choices = [(info, backups.health(info).ok) for info in backups.list()]
        self.heading = HeadingLabel(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_combo = QComboBox()
        self.loss_label = QLabel()
        self.loss_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        StyleRoles.give(self.error_label, "inlineError")
        self.error_label.hide()
        self.restore_button = QPushButton()
        self.empty_button = QPushButton()
        self.quit_button = QPushButton()
        self.continue_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.backup_combo)
        layout.addWidget(self.loss_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.backup_combo.currentIndexChanged.connect(self._describe_loss)
        self.restore_button.clicked.connect(self._restore)
        self.empty_button.clicked.connect(self._start_empty)
        self.quit_button.clicked.connect(self.reject)
        self.continue_button.clicked.connect(self.accept)
        self.setMinimumWidth(560)
        self.retranslate()

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jalon: damaged database"))
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.empty_button.setText(self.tr("Start with an &empty database"))
        self.quit_button.setText(self.tr("&Quit"))
        self.continue_button.setText(self.tr("&Continue"))
        self._fill_choices()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- state ---------------------------------------------------------------------------------

    def state(self) -> int:
        return self._state

    def selected_backup(self) -> BackupInfo | None:
        index = self.backup_combo.currentIndex()
        if index < 0 or not self._choices[index][1]:
            return None
        return self._choices[index][0]

    def _fill_choices(self) -> None:
        current = self.backup_combo.currentIndex()
        self.backup_combo.blockSignals(True)
        self.backup_combo.clear()
        for info, good in self._choices:
            when = AuditLabels.timestamp(_iso(info))
            label = (
                self.tr("{when} ({reason})").format(when=when, reason=info.reason)
                if good
                else self.tr("{when} ({reason}): damaged, cannot be used").format(
                    when=when, reason=info.reason
                )
            )
            self.backup_combo.addItem(label)
            if not good:
                item = self.backup_combo.model().item(self.backup_combo.count() - 1)
                item.setEnabled(False)
        if current < 0:
            best = self._offer.backup
            current = next(
                (i for i, (info, _) in enumerate(self._choices) if best and info.path == best.path),
                0,
            )
        self.backup_combo.setCurrentIndex(current if self._choices else -1)
        self.backup_combo.blockSignals(False)

    def _refresh(self) -> None:
        choosing = self._state == CHOOSING
        has_good = any(good for _, good in self._choices)
        if choosing:
            self.heading.setText(self.tr("Your database is damaged"))
            text = self.tr(
                "Jalon cannot use {file} safely: {problem}.\n\nThis happens after a power cut "
                "or a failing disk or USB stick. The damaged file will not be deleted: it is "
                "moved to {folder}, where support can still look at it."
            ).format(
                file=str(self._offer.database),
                problem=self._offer.problem,
                folder=str(self._offer.database.parent / "set-aside"),
            )
            if has_good:
                text += "\n\n" + self.tr("Choose the backup to restore:")
            else:
                text += "\n\n" + self.tr(
                    "No usable backup was found. Jalon can start with an empty database; your "
                    "audits can then be brought back from packages you sent or received."
                )
            self.explanation.setText(text)
        else:
            self.heading.setText(self.tr("Done"))
            self.explanation.setText(self._done_text)
        self.backup_combo.setVisible(choosing and bool(self._choices))
        self.loss_label.setVisible(choosing and has_good)
        self.restore_button.setVisible(choosing and has_good)
        self.empty_button.setVisible(choosing and not has_good)
        self.quit_button.setVisible(choosing)
        self.continue_button.setVisible(not choosing)
        (self.restore_button if choosing and has_good else self.continue_button).setDefault(True)
        self._describe_loss()

    def _describe_loss(self) -> None:
        backup = self.selected_backup()
        self.restore_button.setEnabled(backup is not None)
        if backup is None:
            self.loss_label.setText(self.tr("This backup is damaged; choose another one."))
            return
        loss = self._backups.loss_if_restored(backup)
        when = AuditLabels.timestamp(_iso(backup))
        if loss.changes is None:
            text = self.tr(
                "The backup was taken on {when}. Changes made after that cannot be counted in "
                "the damaged file, and will not be in the restored database."
            ).format(when=when)
        elif loss.changes == 0:
            text = self.tr(
                "The backup was taken on {when}. The damaged file holds no newer change: "
                "nothing is lost."
            ).format(when=when)
        else:
            text = self.tr(
                "The backup was taken on {when}. %n change(s) made after that (the last on "
                "{last}) will not be in the restored database.",
                "",
                loss.changes,
            ).format(when=when, last=AuditLabels.timestamp(loss.last_change))
        self.loss_label.setText(text)

    # --- actions -------------------------------------------------------------------------------

    def _restore(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        try:
            result = self._backups.restore(backup)
        except JalonError as error:
            self._show_error(error)
            return
        self._done_text = self.tr(
            "The backup of {when} is restored. The damaged file is kept as {file}."
        ).format(when=AuditLabels.timestamp(_iso(backup)), file=str(result.set_aside))
        self._finish()
        self.restored.emit(result)

    def _start_empty(self) -> None:
        try:
            kept = self._backups.start_empty()
        except JalonError as error:
            self._show_error(error)
            return
        self._done_text = self.tr(
            "Jalon will start with an empty database. The damaged file is kept as {file}."
        ).format(file=str(kept))
        self._finish()

    def _show_error(self, error: JalonError) -> None:
        self.error_label.setText(ErrorPresenter.message(error))
        self.error_label.show()

    def _finish(self) -> None:
        self.error_label.hide()
        self._state = DONE
        self._refresh()
