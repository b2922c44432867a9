"""Organization Information kept as typed (a year `19a8`, a percentage `145`) reaches every
export as typed and marked invalid, never as an empty cell: the tidy CSV and Parquet read back by
pandas, the consolidated workbook and the audit's own workbook by openpyxl, the PDF by pypdf."""

from __future__ import annotations

import math

import pandas
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services.report_service import ReportService

YEAR, PERCENT, STAFF = "org_year_founded", "org_women_staff_pct", "org_staff"


@pytest.fixture
def audit_id(application, default_framework) -> str:
    audit = application.audits.create(default_framework, "Caisse Rurale de Kolda", "SN")
    session = application.audits.open(audit.id)
    session.enter("0.3", "19a8")  # the year founded: not a whole number
    session.enter(PERCENT, "145")  # a whole number, against the question's rule
    session.enter(STAFF, "12")
    return audit.id


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_the_tidy_export_has_the_typed_text_and_why_it_is_not_valid(
    application, audit_id, tmp_path, kind
):
    application.tidy_exports.export(tmp_path / "tidy", kind)
    read = pandas.read_csv if kind == "csv" else pandas.read_parquet
    rows = read(tmp_path / "tidy" / f"answers.{kind}").set_index("indicator")
    year, percent, staff = rows.loc[YEAR], rows.loc[PERCENT], rows.loc[STAFF]
    assert (year["value"], bool(year["value_invalid"]), year["value_problem"]) == (
        "19a8",
        True,
        "expects_whole_number",
    )
    assert (str(percent["value"]), bool(percent["value_invalid"]), percent["value_problem"]) == (
        "145",
        True,
        "breaks_rule",
    )
    # Not an answer: no number, not answered.
    assert math.isnan(year["value_number"]) and math.isnan(percent["value_number"])
    assert not year["answered"] and not percent["answered"]
    assert (staff["value_number"], bool(staff["value_invalid"])) == (12.0, False)
    assert pandas.isna(staff["value_problem"])


def test_the_consolidated_workbook_lists_the_typed_text_with_its_problem(
    application, audit_id, tmp_path
):
    target = tmp_path / "all.xlsx"
    ReportService(application.store, application.audits).write_consolidated(target, "en")
    answers = load_workbook(target).worksheets[1]
    header, *rows = [list(row) for row in answers.iter_rows(values_only=True)]
    by_code = {row[header.index("Code")]: row for row in rows}
    year = by_code["0.3"]
    assert year[header.index("Answer")] == "19a8 (as typed; not valid: a whole number is expected)"
    assert year[header.index("Stored value")] == "19a8"


def test_the_audit_workbook_and_pdf_show_the_typed_text_with_its_problem(
    application, audit_id, tmp_path
):
    reports = ReportService(application.store, application.audits)
    reports.write_xlsx(audit_id, tmp_path / "kolda.xlsx", "en")
    cells = {
        str(cell)
        for sheet in load_workbook(tmp_path / "kolda.xlsx").worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    }
    assert "19a8 (as typed; not valid: a whole number is expected)" in cells
    reports.write_pdf(audit_id, tmp_path / "kolda.pdf", "en")
    text = " ".join(
        " ".join((page.extract_text() or "").split())
        for page in PdfReader(tmp_path / "kolda.pdf").pages
    )
    assert "19a8 (as typed; not valid: a whole number is expected)" in text
