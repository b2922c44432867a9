"""The window and the reports of an audit call its type and status by the same names, in every
language: both read one catalog (app/models/value_names.py). The PDF is read back by pypdf and
the consolidated workbook by openpyxl."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.models.audit import AuditType
from app.ui.home.audit_table_model import AuditTableModel
from tests.audit_filler import answer_everything


def pdf_text(path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " "))


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_audit_list_and_the_pdf_name_an_accompanied_audit_alike(
    application, default_framework, languages, tmp_path, language
):
    audit = application.audits.create(
        default_framework, "Caisse de Kaolack", "SN", audit_type=AuditType.ACCOMPANIED
    )
    languages.apply(language)
    model = AuditTableModel(application.audits)
    model.reload()
    shown = model.index(0, AuditTableModel.TYPE).data(Qt.ItemDataRole.DisplayRole)

    pdf = application.reports.write_pdf(audit.id, tmp_path / "report.pdf", language)
    assert f"{shown} " in pdf_text(pdf) + " "
    assert shown != AuditType.ACCOMPANIED.value  # a name, not the stored value


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_audit_list_and_the_consolidated_workbook_name_type_and_status_alike(
    application, default_framework, languages, tmp_path, language
):
    for kind in AuditType:
        application.audits.create(default_framework, f"Caisse {kind}", "SN", audit_type=kind)
    finalized = application.audits.open(application.audits.list()[0].id)
    answer_everything(finalized)
    finalized.finalize()
    languages.apply(language)
    model = AuditTableModel(application.audits)
    model.reload()
    shown = {
        (
            model.index(row, AuditTableModel.TYPE).data(),
            model.index(row, AuditTableModel.STATUS).data(),
        )
        for row in range(model.rowCount())
    }

    application.reports.write_consolidated(tmp_path / "all.xlsx", language)
    workbook = load_workbook(tmp_path / "all.xlsx", read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()  # a read-only workbook keeps its file open until closed
    written = {(row[3], row[4]) for row in rows[1:] if row[0]}
    assert written == shown
    assert len({status for _kind, status in written}) == 2  # a draft and a finalized audit
