"""The action plan in the PDF report and the Excel export: each status in the report's language,
the due date and overdue actions said in words (and in colour), notes and reasons; and the
follow-up audit's report telling what became of the previous plan. Read back with pypdf and
openpyxl."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from app.composition import Application
from app.models.action_item import ActionStatus
from app.paths import AppPaths
from app.services.report_service import ReportService
from tests.reports.test_pdf_report import flat, read


@pytest.fixture(scope="module")
def follow_up(tmp_path_factory, catalog):
    """Last year's audit (1.1.2.1 answered no) with a plan of three actions; this year's
    follow-up (1.1.2.1 yes) verifying one, going on with one, and an overdue action of its own."""
    folder = tmp_path_factory.mktemp("plan")
    app = Application(AppPaths(folder / "data"), author="Awa")
    framework = catalog.get("jalon_sp", "2026.2")
    first = app.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    plan = app.audits.open(first.id)
    plan.answer("q1_1_2_1", "no")
    plan.update_action(
        plan.add_action("1.1.2.1", "Fixer des objectifs sociaux"),
        status=ActionStatus.DONE,
        note="Objectifs dans le plan 2025",
    )
    plan.add_action("1.1.1.1", "Former le conseil", due_date="2025-03-31")
    plan.update_action(
        plan.add_action("1.1.1.2", "Enquête clients"),
        status=ActionStatus.DROPPED,
        reason="Faite par le réseau",
    )
    later = app.audits.open(app.follow_ups.create(first.id).id)
    later.answer("q1_1_2_1", "yes")
    carried = {a.title: a for a in later.actions()}
    later.update_action(
        carried["Fixer des objectifs sociaux"],
        status=ActionStatus.VERIFIED,
        note="Vus dans le plan d'affaires",
    )
    later.update_action(carried["Former le conseil"], status=ActionStatus.IN_PROGRESS)
    yield ReportService(app.store, app.audits), later.audit.id, folder
    app.close()


def test_the_pdf_shows_statuses_overdue_and_the_previous_plan_in_french(follow_up):
    reports, audit, folder = follow_up
    reports.write_pdf(audit, folder / "rapport.pdf", "fr")
    _, text = read(folder / "rapport.pdf")
    for words in (
        "Plan d'action",
        "Vérifiée",
        "En cours, en retard, à vérifier",
        "Note : Vus dans le plan d'affaires",
        "Actions en retard : 1",
        "Ce qu'est devenu le plan d'action précédent",
        "Réalisée",
        "Abandonnée",
        "Non reprise",
        "En progrès",
        "31 mars 2025 (en retard)",
        "Raison de l'abandon : Faite par le réseau",
    ):
        assert flat(words) in text, words


def test_the_pdf_says_the_same_in_spanish(follow_up):
    reports, audit, folder = follow_up
    reports.write_pdf(audit, folder / "informe.pdf", "es")
    _, text = read(folder / "informe.pdf")
    for words in (
        "Verificada",
        "En curso, vencida, por verificar",
        "Acciones vencidas: 1",
        "Qué fue del plan de acción anterior",
        "Abandonada",
        "No retomada",
        "Mejoraron",
    ):
        assert flat(words) in text, words


def test_the_workbook_has_status_overdue_and_the_previous_plan(follow_up):
    reports, audit, folder = follow_up
    reports.write_xlsx(audit, folder / "export.xlsx", "en")
    workbook = load_workbook(folder / "export.xlsx")
    sheet = workbook["Action plan"]
    header = [cell.value for cell in sheet[1]]
    rows = {
        row[2]: dict(zip(header, row, strict=True))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    late = rows["Former le conseil"]
    assert late["Status"] == "In progress, overdue, to verify"
    assert late["Due date"] == datetime(2025, 3, 31)  # a date cell: it sorts and filters as one
    assert late[header[7]] == "Yes"
    late_row = next(cell.row for cell in sheet["C"] if cell.value == "Former le conseil")
    assert sheet.cell(row=late_row, column=7).font.color.rgb.endswith("B03A2E")  # and in red
    verified = rows["Fixer des objectifs sociaux"]
    assert (verified["Status"], verified["Note"]) == ("Verified", "Vus dans le plan d'affaires")
    previous = [row for row in workbook["Previous plan"].iter_rows(min_row=2, values_only=True)]
    assert [(r[2], r[3], r[4], r[6], r[7]) for r in previous] == [
        ("Fixer des objectifs sociaux", "Done", "Verified", None, "Improved"),
        ("Former le conseil", "Planned", "In progress, overdue, to verify", None, "Not assessed"),
        ("Enquête clients", "Dropped", "Not carried over", "Faite par le réseau", "Not assessed"),
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_due_date_as_a_date(follow_up, tmp_path):
    """LibreOffice, an outside reader, holds the due date as a day number shown as a date (its
    HTML export gives a number cell its value in `sdval`; a text cell has none): the plan sorts
    and filters by date there too."""
    reports, audit, folder = follow_up
    reports.write_xlsx(audit, folder / "export.xlsx", "en")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "html", "--outdir", str(tmp_path)]
        + [str(folder / "export.xlsx")],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    page = (tmp_path / "export.html").read_text(encoding="utf-8", errors="replace")
    plan = page[page.index(">Action plan<") :]
    late = next(row for row in plan.split("<tr")[1:] if "Former le conseil" in row)
    day_number = (date(2025, 3, 31) - date(1899, 12, 30)).days
    assert f'sdval="{day_number}"' in late
