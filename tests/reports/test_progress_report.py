"""The progress section and timeline of the PDF report, and the Progress and Timeline sheets of
the Excel export, for an audit whose institution was audited before; figures worked out by hand
and read back with pypdf, openpyxl and LibreOffice."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.composition import Application
from app.paths import AppPaths
from app.services.report_service import ReportService
from tests.reports.test_pdf_report import flat, read


@pytest.fixture(scope="module")
def caisse(tmp_path_factory, catalog):
    """Three audits of one caisse on jalon_sp 2026.2 and one of another institution.

    2023: nothing scored. 2024: q1_1_2_1 yes, q5_2_1_2 no. 2025: q1_1_2_1 no, q1_1_2_2 yes
    (newly assessed), q5_2_1_2 yes (improved)."""
    folder = tmp_path_factory.mktemp("progress")
    app = Application(AppPaths(folder / "data"), author="Awa Ndiaye")
    app.catalog = catalog
    framework = catalog.get("jalon_sp", "2026.2")
    first = app.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2023-12-31")
    before = app.audits.create(framework, "Caisse du Fleuve", "SN", period_end="2024-12-31")
    after = app.audits.create(
        framework, "CAISSE DU FLEUVE", "SN", period_end="2025-12-31", content_language="fr"
    )
    session = app.audits.open(before.id)
    session.answer("q1_1_2_1", "yes")
    session.answer("q5_2_1_2", "no")
    session = app.audits.open(after.id)
    session.answer("q1_1_2_1", "no")
    session.answer("q1_1_2_2", "yes")
    session.answer("q5_2_1_2", "yes")
    yield app, first.id, before.id, after.id
    app.close()


@pytest.fixture(scope="module")
def reports(caisse) -> ReportService:
    return ReportService(caisse[0].store, caisse[0].audits)


@pytest.fixture(scope="module")
def english_pdf(caisse, reports, tmp_path_factory):
    target = tmp_path_factory.mktemp("pdf") / "report.pdf"
    reports.write_pdf(caisse[3], target, "en")
    return target


def test_progress_section_tells_practice_from_coverage(caisse, english_pdf):
    _, text = read(english_pdf)
    assert "Progress since the previous audit" in text
    assert "Compared with the audit of December 31, 2024 (Jalon Social Performance" in text
    # Standard 1.1: q1_1_2_1 1/1 before = 100 %, answered 1 of its 3 questions then; after
    # (0 + 1)/2 = 50 %: -50 points raw, but over q1_1_2_1 alone (both times) 100 % -> 0 %.
    standard = text[text.index("1.1 The institution has a clear strategy") :].split("1.2 ")[0]
    assert standard.split()[-7:] == ["100.0%", "(25%)", "50.0%", "(67%)", "-50.0", "*", "-100.0"]
    assert (
        "Questions: 1 improved, 1 regressed, 0 unchanged, 1 newly assessed, 0 no longer assessed."
    ) in text
    improved = text[text.index("Questions that improved (1)") :]
    assert improved.split("Questions that regressed")[0].split()[-2:] == ["0%", "100%"]
    assert "5.2.1.2" in improved.split("Questions that regressed")[0]
    regressed = text[text.index("Questions that regressed (1)") :].split("Newly assessed")[0]
    assert "1.1.2.1" in regressed and regressed.split()[-2:] == ["100%", "0%"]
    newly = text[text.index("Newly assessed (1)") :].split("Timeline")[0]
    assert "1.1.2.2" in newly and "not a change of practice" in newly


def test_timeline_lists_every_audit_up_to_this_one(caisse, english_pdf):
    app, first, before, after = caisse
    _, text = read(english_pdf)
    timeline = text[text.index("Timeline of the institution") :]
    assert f"Dec 31, 2023 · {first[:8]}" in timeline
    assert f"Dec 31, 2024 · {before[:8]}" in timeline
    assert "Dec 31, 2025 (this audit)" in timeline
    reader = PdfReader(english_pdf)
    assert "Timeline of the institution" in [o.title for o in _outline(reader.outline)]


def test_the_first_audit_has_no_progress_section_and_an_earlier_one_no_later_points(
    caisse, reports, tmp_path
):
    _, first, before, after = caisse
    reports.write_pdf(first, tmp_path / "first.pdf", "en")
    assert "Progress since" not in read(tmp_path / "first.pdf")[1]
    reports.write_pdf(before, tmp_path / "before.pdf", "en")
    _, text = read(tmp_path / "before.pdf")
    assert "Progress since the previous audit" in text
    assert after[:8] not in text and "Dec 31, 2025" not in text


def test_french_section(caisse, reports, tmp_path):
    reports.write_pdf(caisse[3], tmp_path / "rapport.pdf", "fr")
    _, text = read(tmp_path / "rapport.pdf")
    assert "Progrès depuis l'audit précédent" in text
    assert flat("100,0 % (25 %) 50,0 % (67 %) -50,0 * -100,0") in text
    assert "Chronologie de l'institution" in text


def test_versions_without_a_crosswalk_say_so(tmp_path, catalog):
    app = Application(AppPaths(tmp_path / "data"), author="Awa")
    app.catalog = catalog
    newer = app.audits.create(
        catalog.get("jalon_sp", "2026.2"), "Mutuelle", "SN", period_end="2024-12-31"
    )
    older = app.audits.create(
        catalog.get("jalon_sp", "2026.1"), "Mutuelle", "SN", period_end="2025-12-31"
    )
    app.audits.open(newer.id).answer("q1_1_2_1", "yes")
    target = tmp_path / "report.pdf"
    ReportService(app.store, app.audits).write_pdf(older.id, target, "en")
    _, text = read(target)
    assert (
        "Comparing them needs a crosswalk between the two versions, which version 2026.1 "
        "does not hold, so no progress is shown."
    ) in text
    assert "Timeline of the institution" in text
    app.close()


@pytest.fixture(scope="module")
def workbook(caisse, reports, tmp_path_factory):
    target = tmp_path_factory.mktemp("xlsx") / "export.xlsx"
    reports.write_xlsx(caisse[3], target, "en")
    return target


def test_progress_sheet(workbook):
    sheet = load_workbook(workbook)["Progress"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    standard = dict(zip(header, next(r for r in rows if r[0] == "1.1"), strict=True))
    assert standard["Score before"] == 1 and standard["Score after"] == 0.5
    assert standard["Coverage before"] == 0.25  # 1 of the 4 questions of 1.1 then applied
    assert standard["Change (points)"] == -50
    assert standard["Change of practice (points)"] == -100
    assert standard["Newly assessed"] == 1 and standard["No longer assessed"] == 0
    practice = dict(zip(header, next(r for r in rows if r[0] == "1.1.2"), strict=True))
    assert practice["Level"] == "Practice"
    questions = {r[0]: r for r in rows if r[0] in ("1.1.2.1", "1.1.2.2", "5.2.1.2")}
    assert [questions[c][3:9] for c in ("1.1.2.1", "1.1.2.2", "5.2.1.2")] == [
        ["regressed", 1, None, 0, None, -100],
        ["newly assessed", None, None, 1, None, None],
        ["improved", 0, None, 1, None, 100],
    ]


def test_timeline_sheet(caisse, workbook):
    _, first, before, after = caisse
    sheet = load_workbook(workbook)["Timeline"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [r[1] for r in rows[1:]] == [first, before, after]
    assert rows[1][3] is None  # nothing scored in 2023: no score rather than 0
    assert rows[3][3] == pytest.approx(2 / 3)  # (0 + 1 + 1) / 3 in 2025


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_progress_sheet(workbook, tmp_path):
    """LibreOffice, an outside reader, opens the workbook and sees the same figures."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    progress = next(tmp_path.glob("*-Progress.csv"))
    rows = list(csv.reader(progress.read_text(encoding="utf-8").splitlines()))
    standard = next(r for r in rows if r[0] == "1.1")
    assert standard[4:10] == ["100.0%", "25%", "50.0%", "67%", "-50.0", "-100.0"]


def _outline(items):
    for item in items:
        if isinstance(item, list):
            yield from _outline(item)
        else:
            yield item
