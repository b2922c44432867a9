"""The offline fill-in workbook: its structure, and the round trip back into the audit."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from app.reports.fill_in.fill_in_layout import FillInLayout
from app.reports.fill_in.workbook_import_plan import ImportMode
from app.services.report_service import ReportService
from tests.fixtures.stray_defined_name import add_stray_defined_name
from tests.frameworks.test_calculations import write_form
from tests.reports.workbook_user import SHEET, fill, row_of


@pytest.fixture
def service(application) -> ReportService:
    return ReportService(application.store, application.audits)


@pytest.fixture
def draft(application, default_framework):
    audit = application.audits.create(
        default_framework, "Mutuelle Ñandú", "SN", content_language="fr"
    )
    session = application.audits.open(audit.id)
    session.answer("1.1.1.1", "no")
    session.comment("1.1.1.1", "ancien commentaire")
    return audit


def revisions(application, audit) -> int:
    return application.store.revisions.count(audit.id)


def test_structure_lists_validation_and_protection(service, draft, tmp_path):
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(draft.id, path, "fr")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Mode d'emploi", SHEET, "_lists", "_jalon"]
    assert workbook["_lists"].sheet_state == "hidden"
    assert workbook["_jalon"].sheet_state == "veryHidden"
    assert workbook.security.lockStructure
    steps = [c.value for c in workbook["Mode d'emploi"]["B"] if c.value]
    assert any("Répondez dans la feuille « Questionnaire »" in step for step in steps)
    sheet = workbook[SHEET]
    assert sheet.protection.sheet
    assert sheet.column_dimensions["A"].hidden
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists and all(v.formula1.lstrip("=") in workbook.defined_names for v in lists)
    name = lists[0].formula1.lstrip("=")
    assert workbook.defined_names[name].attr_text.startswith("'_lists'!$")
    assert {v.type for v in sheet.data_validations.dataValidation} >= {
        "list",
        "whole",
        "decimal",
        "date",
    }
    row = row_of(path, "1.1.1.1")
    assert sheet.cell(row=row, column=FillInLayout.index("answer")).value == "Non"
    assert not sheet.cell(row=row, column=FillInLayout.index("answer")).protection.locked
    assert sheet.cell(row=row, column=FillInLayout.index("question")).protection.locked
    assert any(str(v.sqref).find(f"G{row}") >= 0 for v in lists)
    framework = service.session(draft).framework
    in_scope = [
        i
        for i in framework.iter_indicators()
        if i.is_answerable and framework.in_scope(i.name, draft.modules)
    ]
    assert sheet.max_row == len(in_scope) + 1


def test_round_trip_fill_then_overwrite(application, service, draft, tmp_path):
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(draft.id, path, "fr")
    fill(
        path,
        {
            "1.1.1.1": {"answer": "Oui"},  # Jalon already says "no"
            "1.1.2.1": {"answer": "Partiellement"},
            "0.5": {"answer": 25},
            "0.21": {"answer": "4,5"},  # a decimal comma, typed as text
            "0.1": {"answer": datetime(2025, 12, 31)},
            "1.2.1.3": {"na_reason": "¿Medición? pas d'outil, façon simple"},
            "1.2.1.1": {"comment": "Vérifié sur place"},
        },
    )
    before = revisions(application, draft)
    preview = service.preview_workbook(draft.id, path, ImportMode.FILL)
    assert not preview.problems
    assert [(c.code, c.field, c.after) for c in preview.changes] == [
        ("0.1", "answer", "31 décembre 2025"),
        ("0.5", "answer", "25"),
        ("0.21", "answer", "4,5"),
        ("1.1.2.1", "answer", "Partiellement"),
        ("1.2.1.1", "comment", "Vérifié sur place"),
        ("1.2.1.3", "not_applicable", "Sans objet: ¿Medición? pas d'outil, façon simple"),
    ]
    assert [(c.code, c.before, c.after) for c in preview.kept] == [("1.1.1.1", "Non", "Oui")]
    assert revisions(application, draft) == before  # a preview writes nothing

    service.import_workbook(draft.id, path, ImportMode.FILL, previewed=preview)
    assert revisions(application, draft) == before + 6
    session = application.audits.open(draft.id)
    assert session.answer_of("0.5").value == 25 and session.answer_of("0.21").value == 4.5
    assert session.answer_of("0.1").value == "2025-12-31"
    assert session.answer_of("1.2.1.3").na_reason.startswith("¿Medición?")
    assert session.answer_of("1.1.1.1").value == "no"
    assert session.answer_of("1.1.2.1").author == "Tester"  # the importer, as a revision
    assert application.audits.events(draft)[-1].kind == "workbook-imported"

    overwrite = service.preview_workbook(draft.id, path, ImportMode.OVERWRITE)
    assert [(c.code, c.before, c.after) for c in overwrite.changes] == [("1.1.1.1", "Non", "Oui")]
    service.import_workbook(draft.id, path, ImportMode.OVERWRITE)
    history = application.audits.open(draft.id).history("1.1.1.1")
    assert [r.value for r in history][-2:] == ["no", "yes"]
    assert history[-1].author == "Tester"
    assert service.preview_workbook(draft.id, path, ImportMode.OVERWRITE).changes == []


@pytest.mark.parametrize(
    ("tamper", "where", "words"),
    [
        ({"1.1.1.2": {"code": "9.9.9.9"}}, ("1.1.1.2", "B"), "does not match"),
        ({"1.1.1.2": {"answer": "Peut-être"}}, ("1.1.1.2", "G"), "is not a choice of 1.1.1.2"),
        ({"0.7": {"answer": 150}}, ("0.7", "G"), "compris entre 0 et 100"),
        ({"1.1.1.3": {"answer": "Oui", "na_reason": "double"}}, ("1.1.1.3", "H"), "both"),
    ],
)
def test_bad_rows_are_refused_with_their_place_and_nothing_is_written(
    application, service, draft, tmp_path, tamper, where, words
):
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(draft.id, path, "fr")
    code, column = where
    row = row_of(path, code)
    fill(path, {"1.1.2.1": {"answer": "Oui"}, **tamper})
    before = revisions(application, draft)
    preview = service.preview_workbook(draft.id, path, ImportMode.OVERWRITE)
    assert len(preview.problems) == 1
    problem = preview.problems[0]
    assert (problem.sheet, problem.row, problem.column) == (SHEET, row, column)
    assert words in problem.message
    assert not preview.can_apply
    with pytest.raises(JalonError, match="not imported"):
        service.import_workbook(draft.id, path, ImportMode.OVERWRITE)
    assert revisions(application, draft) == before


def test_wrong_sheet_other_audit_and_not_a_workbook(
    application, service, draft, default_framework, tmp_path
):
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(draft.id, path, "fr")
    workbook = load_workbook(path)
    workbook[SHEET].title = "Hoja1"
    renamed = tmp_path / "renamed.xlsx"
    workbook.save(renamed)
    problems = service.preview_workbook(draft.id, renamed, ImportMode.FILL).problems
    assert [(p.sheet, p.row) for p in problems] == [(SHEET, None)]
    assert "missing" in problems[0].message

    other = application.audits.create(default_framework, "Otra institución")
    problems = service.preview_workbook(other.id, path, ImportMode.FILL).problems
    assert "belongs to another audit" in problems[0].message

    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    with pytest.raises(JalonError, match="is not an .xlsx workbook"):
        service.preview_workbook(draft.id, text, ImportMode.FILL)


def test_a_finalized_audit_refuses_the_import(application, service, default_framework, tmp_path):
    from tests.reports.audit_builder import answer_all

    audit = application.audits.create(default_framework, "Caja Señor", content_language="es")
    session = application.audits.open(audit.id)
    answer_all(session)
    path = tmp_path / "cuestionario.xlsx"
    service.export_workbook(audit.id, path, "es")
    session.finalize()
    before = revisions(application, audit)
    preview = service.preview_workbook(audit.id, path, ImportMode.OVERWRITE)
    assert "finalized" in preview.problems[0].message
    with pytest.raises(JalonError, match="not imported"):
        service.import_workbook(audit.id, path, ImportMode.OVERWRITE)
    with pytest.raises(JalonError, match="finalized"):
        service.export_workbook(audit.id, tmp_path / "again.xlsx")
    assert revisions(application, audit) == before


def test_a_cascading_choice_is_checked_against_the_region_in_the_same_workbook(
    application, service, tmp_path
):
    framework = load_framework(write_form(tmp_path / "org.xlsx")).framework
    audit = application.audits.create(framework, "CR Kolda", "SN", content_language="en")
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(audit.id, path, "en")
    row = row_of(path, "district")
    fill(path, {"region": {"answer": "Kolda"}, "district": {"answer": "Pikine"}})
    preview = service.preview_workbook(audit.id, path, ImportMode.FILL)
    assert [(p.row, p.message) for p in preview.problems] == [
        (row, "district: Pikine is not offered given the other answers of the workbook")
    ]
    fill(path, {"district": {"answer": "Vélingara"}})
    preview = service.preview_workbook(audit.id, path, ImportMode.FILL)
    assert preview.problems == []
    assert "avg_loan" not in {c.code for c in preview.changes}  # calculations are not rows


def test_openpyxl_warnings_about_the_file_stay_off_the_terminal(service, draft, tmp_path):
    """openpyxl warns about a defined name of a missing sheet; pytest makes warnings errors,
    so the preview working at all shows the warning was kept from the user."""
    path = tmp_path / "questionnaire.xlsx"
    service.export_workbook(draft.id, path, "fr")
    fill(path, {"1.1.2.1": {"answer": "Oui"}})
    odd = add_stray_defined_name(path, tmp_path / "odd.xlsx")
    preview = service.preview_workbook(draft.id, odd, ImportMode.FILL)
    assert [(c.code, c.after) for c in preview.changes] == [("1.1.2.1", "Oui")]
