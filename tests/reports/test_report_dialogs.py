"""The report and workbook import dialogs, driven on a real audit with real files (offscreen)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings, Qt

from app.reports.fill_in.workbook_import_plan import ImportMode
from app.services.report_service import ReportService
from app.ui.exchange.workbook_import_dialog import WorkbookImportDialog
from app.ui.reports.report_dialog import (
    CONSOLIDATED,
    PDF,
    TIDY_CSV,
    TIDY_PARQUET,
    WORKBOOK,
    ReportDialog,
)
from app.ui.shell.language_manager import LanguageManager
from tests.reports.audit_builder import answer_all
from tests.reports.workbook_user import fill
from tools import translations_build


@pytest.fixture
def audit(application, default_framework):
    audit = application.audits.create(
        default_framework, "Caja Rural Señor de Ñaña", "PE", content_language="es"
    )
    application.audits.open(audit.id).answer("1.1.1.1", "yes")
    return audit


def make_report_dialog(qtbot, application, audit) -> ReportDialog:
    dialog = ReportDialog(application, audit.id)
    qtbot.addWidget(dialog)
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile())
    dialog.opened = opened
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_pdf_report_written_in_the_background_then_opened(qtbot, application, audit, tmp_path):
    dialog = make_report_dialog(qtbot, application, audit)
    assert dialog.language.currentData() == "es"  # the audit's language by default
    assert dialog.target.text().endswith(".pdf") and "Caja Rural" in dialog.target.text()
    target = tmp_path / "informe"
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None and not dialog.is_running(), timeout=20000)
    assert dialog.written == tmp_path / "informe.pdf"  # the suffix is added
    assert "Resumen" in PdfReader(dialog.written).pages[1].extract_text()
    assert dialog.open_file_button.isVisible() and dialog.show_folder_button.isVisible()
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.show_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.opened == [str(tmp_path / "informe.pdf"), str(tmp_path)]


def test_cancel_stops_the_work_and_leaves_no_file(qtbot, application, audit, tmp_path):
    dialog = make_report_dialog(qtbot, application, audit)
    dialog.kind.setCurrentIndex(dialog.kind.findData(PDF))
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.target.setText(str(folder / "r.pdf"))
    dialog.start()
    assert dialog.close_button.text() == "&Cancel" and not dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert "Cancelled" in dialog.status.text()
    assert list(folder.iterdir()) == []
    assert dialog.isVisible() and dialog.create_button.isEnabled()


def test_tables_for_analysis_go_to_a_folder_then_only_the_changes(
    qtbot, application, audit, tmp_path
):
    dialog = make_report_dialog(qtbot, application, audit)
    dialog.kind.setCurrentIndex(dialog.kind.findData(TIDY_PARQUET))
    assert dialog.incremental.isVisible() and not dialog.language.isEnabled()
    folder = tmp_path / "tables"
    dialog.target.setText(str(folder))
    dialog.kind.setCurrentIndex(dialog.kind.findData(TIDY_CSV))
    assert dialog.target.text() == str(folder)  # the other format keeps the folder

    def export() -> None:
        dialog.written = None
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.written is not None and not dialog.is_running(), timeout=20000
        )

    export()
    assert dialog.written == folder
    assert {"answers.csv", "audits.csv", "README.md"} <= {p.name for p in folder.iterdir()}
    assert "1 audit(s) written" in dialog.status.text()
    assert dialog.show_folder_button.isVisible() and not dialog.open_file_button.isVisible()
    qtbot.mouseClick(dialog.show_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.opened == [str(folder)]

    qtbot.mouseClick(dialog.incremental, Qt.MouseButton.LeftButton)
    assert dialog.incremental.isChecked()
    export()
    assert "nothing was written" in dialog.status.text()
    application.audits.open(audit.id).answer("1.1.1.2", "no")
    export()
    [batch] = (folder / "changes").iterdir()
    assert dialog.written == batch and (batch / "answers.csv").exists()
    assert dialog.language.isEnabled() is False
    dialog.kind.setCurrentIndex(dialog.kind.findData(PDF))
    assert dialog.language.isEnabled() and not dialog.incremental.isVisible()


def test_problems_are_shown_in_the_dialog(qtbot, application, audit, tmp_path):
    dialog = make_report_dialog(qtbot, application, audit)
    dialog.kind.setCurrentIndex(dialog.kind.findData(CONSOLIDATED))
    assert dialog.target.text().endswith("all audits.xlsx")
    dialog.target.setText(str(tmp_path / "missing" / "all.xlsx"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.problem.isVisible(), timeout=20000)
    assert "does not exist" in dialog.problem.text()
    assert dialog.written is None


def test_finalized_audits_offer_no_fill_in_workbook(qtbot, application, audit):
    dialog = make_report_dialog(qtbot, application, audit)
    assert dialog.kind.findData(WORKBOOK) >= 0
    session = application.audits.open(audit.id)
    answer_all(session)
    session.finalize()
    finalized = make_report_dialog(qtbot, application, audit)
    assert finalized.kind.findData(WORKBOOK) == -1


def preview(qtbot, dialog: WorkbookImportDialog, path) -> None:
    """Choose the workbook; the preview is read on a background thread."""
    dialog.set_source(path)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)


def test_workbook_import_previews_then_applies(qtbot, application, audit, tmp_path):
    path = tmp_path / "cuestionario.xlsx"
    ReportService(application.store, application.audits).export_workbook(audit.id, path, "es")
    fill(
        path,
        {
            "1.1.1.1": {"answer": "No"},
            "1.1.1.2": {"answer": "Parcialmente"},
            "1.1.2.1": {"comment": "Revisado en la visita"},
        },
    )
    dialog = WorkbookImportDialog(application, audit.id)
    qtbot.addWidget(dialog)
    dialog.open()
    preview(qtbot, dialog, path)
    assert dialog.mode() == ImportMode.FILL
    assert dialog.changes.rowCount() == 2 and not dialog.problems.isVisible()
    assert "1 answer(s) differ" in dialog.summary.text()
    qtbot.mouseClick(dialog.overwrite_mode, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20000)
    assert dialog.changes.rowCount() == 3
    codes = [dialog.changes.item(row, 1).text() for row in range(3)]
    assert codes == ["1.1.1.1", "1.1.1.2", "1.1.2.1"]
    assert dialog.changes.item(0, 3).text() == "Sí" and dialog.changes.item(0, 4).text() == "No"
    before = application.store.revisions.count(audit.id)
    with qtbot.waitSignal(dialog.imported, timeout=20000) as signal:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        # Applying runs off the GUI thread, and the dialog stays open until it is done.
        assert dialog.is_running() and not dialog.close_button.isEnabled()
        dialog.reject()
        assert dialog.isVisible()
    assert signal.args == [3]
    assert application.store.revisions.count(audit.id) == before + 3
    assert [b.reason for b in application.backups.list()].count("before-workbook-import") == 1
    assert "3 change(s) recorded" in dialog.outcome.text()
    assert not dialog.apply_button.isEnabled()


def test_workbook_import_lists_problems_and_applies_nothing(qtbot, application, audit, tmp_path):
    path = tmp_path / "cuestionario.xlsx"
    ReportService(application.store, application.audits).export_workbook(audit.id, path, "es")
    fill(path, {"1.1.1.2": {"answer": "Quizás"}, "1.1.1.3": {"code": "X"}})
    dialog = WorkbookImportDialog(application, audit.id)
    qtbot.addWidget(dialog)
    dialog.open()
    preview(qtbot, dialog, path)
    assert dialog.problems.isVisible() and dialog.problems.rowCount() == 2
    columns = sorted(dialog.problems.item(row, 2).text() for row in range(2))
    assert columns == ["B", "G"]
    assert not dialog.apply_button.isEnabled()
    preview(qtbot, dialog, tmp_path / "nowhere.xlsx")
    assert "cannot read" in dialog.outcome.text().lower()


def test_dialogs_speak_the_interface_language_and_follow_a_switch(
    qtbot, qapp, application, audit, tmp_path
):
    assert translations_build.main() == 0
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = LanguageManager(qapp, settings)
    try:
        manager.apply("fr")
        dialog = make_report_dialog(qtbot, application, audit)
        assert dialog.windowTitle() == "Rapports et exports"
        assert dialog.kind.itemText(0) == "Rapport PDF de cet audit"
        importer = WorkbookImportDialog(application, audit.id)
        qtbot.addWidget(importer)
        assert importer.apply_button.text() == "Appli&quer les modifications"
        manager.apply("es")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Informes y exportaciones")
        qtbot.waitUntil(lambda: importer.windowTitle() == "Importar un libro completado")
    finally:
        manager.apply("en")
        QLocale.setDefault(QLocale("en"))
        manager.deleteLater()
