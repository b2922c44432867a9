"""In each window, every Alt letter reaches one control: a field's label and a button sharing a
letter (Reason and Reopen, Create and Close, Encrypt and Export; in French Finaliser and Fermer,
Période and Référentiel, Créer and Retapez; in Spanish Crear and Cerrar, Institución and Idioma,
Nombre and Nueva, Completar and Aplicar,
Examinar and Exportar, Cifrar, Cerrar and Carpeta) made Alt+R, Alt+C or Alt+E only move the
focus between the two, never press the button."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from app.ui.exchange.package_export_dialog import PackageExportDialog
from app.ui.exchange.signing_key_dialog import SigningKeyDialog
from app.ui.exchange.workbook_import_dialog import WorkbookImportDialog
from app.ui.home.follow_up_dialog import FollowUpDialog
from app.ui.home.new_audit_dialog import NewAuditDialog
from app.ui.reports.report_dialog import ReportDialog
from app.ui.shell.person_dialog import PersonDialog
from app.ui.workspace.action_plan.action_dialog import ActionDialog
from app.ui.workspace.finalize_dialog import FinalizeDialog
from app.ui.workspace.reopen_dialog import ReopenDialog


def shared_letters(dialog: QDialog) -> list[tuple[str, list[str]]]:
    """The Alt letters of `dialog` that more than one control answers to (buttons shown only
    later, such as Show in folder after an export, included)."""
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    letters = [QKeySequence.mnemonic(text).toString() for text in texts]
    counts = Counter(letter for letter in letters if letter)
    return [
        (letter, [t for t, each in zip(texts, letters, strict=True) if each == letter])
        for letter, count in counts.items()
        if count > 1
    ]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_two_controls_of_a_window_share_an_alt_letter(application, session, languages, language):
    audit_id = session.audit.id
    dialogs = [
        ActionDialog(session, "en", None, "", None),
        ReopenDialog(session),
        ReportDialog(application, audit_id),
        PackageExportDialog(application, audit_id),
        FinalizeDialog(session, "en"),
        PersonDialog(application, first_start=True),
        NewAuditDialog(application.audits, [session.framework], "en"),
        FollowUpDialog(application, audit_id),
        SigningKeyDialog(application.keys),
        WorkbookImportDialog(application, audit_id),
    ]
    languages.apply(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    shared = {}
    for dialog in dialogs:
        if clashes := shared_letters(dialog):
            shared[type(dialog).__name__] = clashes
        dialog.deleteLater()  # before the database closes: some windows read it on a change
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert shared == {}
