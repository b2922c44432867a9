"""Risky operations back up first: a merge and a fill-in workbook import each leave a backup of
the database as it was just before them, and do not start when that backup cannot be made."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.models.import_receipt import ReceiptStatus
from app.reports.fill_in.fill_in_layout import HEADER_ROW, META_SHEET, FillInLayout
from app.reports.fill_in.workbook_import_plan import ImportMode
from app.services.key_service import PASSPHRASE_ENV
from app.services.report_service import ReportService
from app.storage.storage_error import StorageError
from tests.fixtures.sample_workbook import write_sample


def _revisions(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM revisions").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def filled(application, tmp_path):
    """A draft of the sample framework and its fill-in workbook with q2 answered "no"."""
    framework = load_framework(write_sample(tmp_path / "sample.xlsx")).framework
    audit = application.audits.create(framework, "Caisse de Test", "SN")
    application.audits.open(audit.id).answer("q1", "yes")
    service = ReportService(application.store, application.audits, backups=application.backups)
    path = service.export_workbook(audit.id, tmp_path / "fill-in.xlsx")
    book = load_workbook(path)
    meta = {row[0]: row[1] for row in book[META_SHEET].iter_rows(values_only=True)}
    sheet = book[meta["answers_sheet"]]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row, FillInLayout.index("key")).value == "q2":
            sheet.cell(row, FillInLayout.index("answer"), "no")
    book.save(path)
    return service, audit, path


def test_a_workbook_import_is_preceded_by_a_backup_of_the_state_before_it(application, filled):
    service, audit, path = filled
    before = _revisions(application.paths.database)
    service.import_workbook(audit.id, path, ImportMode.FILL)
    (backup,) = [b for b in application.backups.list() if b.reason == "before-workbook-import"]
    assert _revisions(backup.path) == before
    assert _revisions(application.paths.database) == before + 1


def test_no_import_when_the_backup_cannot_be_made(application, filled):
    service, audit, path = filled
    backups = application.paths.backups
    for info in application.backups.list():
        info.path.unlink()
    if backups.exists():
        backups.rmdir()
    backups.write_text("a file where the backups folder should be")
    before = _revisions(application.paths.database)
    with pytest.raises(StorageError, match="backup"):
        service.import_workbook(audit.id, path, ImportMode.FILL)
    assert _revisions(application.paths.database) == before


def test_a_merge_is_preceded_by_a_backup(application, session, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "a long passphrase for the test key")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    name = next(i.name for i in session.framework.iter_indicators() if len(i.choices) > 1)
    session.answer(name, session.indicator(name).choices[0].name)
    package = application.packages.export(session.audit, tmp_path / "own.jalon").path
    (receipt,) = application.merges.merge([package])  # re-importing one's own work
    assert receipt.status == ReceiptStatus.ALREADY_PRESENT, receipt
    assert [b.reason for b in application.backups.list()].count("before-merge") == 1
