"""The consolidated export of many audits: streamed, with progress, cancellable, atomic."""

from __future__ import annotations

import pandas
import pytest
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from app.reports.consolidated_writer import ConsolidatedWriter
from app.reports.progress import ExportCancelled, Progress
from app.services.atomic_output import AtomicOutput
from app.services.report_service import ReportService
from tests.fixtures.sample_workbook import write_sample


def test_one_row_per_audit_and_a_long_table_of_answers(answered, reports, tmp_path):
    _, draft_id, final_id = answered
    steps: list[tuple[int, int]] = []
    target = tmp_path / "all.xlsx"
    count = reports.write_consolidated(
        target, "fr", progress=Progress(lambda done, total: steps.append((done, total)))
    )
    assert count == 2
    assert steps[0] == (0, 2) and steps[-1] == (2, 2)
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Audits", "Toutes les réponses"]
    audits = workbook["Audits"]
    header = [c.value for c in audits[1]]
    rows = {row[0]: row for row in audits.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {draft_id, final_id}
    data = reports.report_data(draft_id, "fr")
    overall = header.index("Score global")
    assert rows[draft_id][overall] == pytest.approx(data.card.overall.percent / 100)
    for dimension in data.scored_groups():
        column = next(i for i, h in enumerate(header) if h.startswith(dimension.display_code + " "))
        assert rows[draft_id][column] == pytest.approx(data.score(dimension).percent / 100)
    staff = next(i for i, h in enumerate(header) if h.startswith("0.5 "))
    assert rows[draft_id][staff] == data.answers["org_staff"].value
    assert rows[final_id][header.index("Statut")] == "Finalisé"
    answers = workbook["Toutes les réponses"]
    answered_count = sum(1 for a in data.answers.values() if a.is_answered or a.comment)
    own = [r for r in answers.iter_rows(min_row=2, values_only=True) if r[0] == draft_id]
    assert len(own) == answered_count
    assert audits.freeze_panes == "C2" and answers.auto_filter.ref.startswith("A1:")


def test_cancel_leaves_no_file_behind(reports, tmp_path):
    target = tmp_path / "all.xlsx"
    with pytest.raises(ExportCancelled):
        reports.write_consolidated(target, progress=Progress(cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_previous_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")
    with pytest.raises(RuntimeError), AtomicOutput(target).path() as partial:
        partial.write_bytes(b"half a rep")
        raise RuntimeError("power cut")
    assert target.read_bytes() == b"previous report"
    assert list(tmp_path.iterdir()) == [target]


def test_missing_folder_and_unknown_language_are_clear_errors(answered, reports, tmp_path):
    _, draft_id, _ = answered
    with pytest.raises(JalonError, match="does not exist"):
        reports.write_pdf(draft_id, tmp_path / "no" / "such" / "r.pdf")
    with pytest.raises(JalonError, match="en, fr, es"):
        reports.write_pdf(draft_id, tmp_path / "r.pdf", "de")


def _written_rows(path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def test_answers_beyond_excels_row_limit_continue_on_further_sheets(answered, reports, tmp_path):
    """Excel opens no sheet longer than 1,048,576 rows: the answers continue on "All answers
    (2)", "(3)"…, each with its header, every row once and in order (the limit is lowered
    so that two audits pass it)."""
    _, draft_id, final_id = answered
    snapshots = [reports.report_data(i, "en") for i in (draft_id, final_id)]
    frameworks = [snapshots[0].framework]
    ConsolidatedWriter("en", frameworks).write(tmp_path / "one.xlsx", iter(snapshots), 2)
    ConsolidatedWriter("en", frameworks, row_limit=100).write(
        tmp_path / "split.xlsx", iter(snapshots), 2
    )
    [(_, whole)] = [
        (t, r) for t, r in _written_rows(tmp_path / "one.xlsx").items() if t == "All answers"
    ]
    assert len(whole) > 300  # two audits' answers and a header
    split = _written_rows(tmp_path / "split.xlsx")
    names = list(split)
    pages = -(-(len(whole) - 1) // 99)
    assert names == ["Audits", "All answers"] + [f"All answers ({n})" for n in range(2, pages + 1)]
    assert all(len(rows) <= 100 and rows[0] == whole[0] for rows in list(split.values())[1:])
    assert [row for rows in list(split.values())[1:] for row in rows[1:]] == whole[1:]
    assert split["Audits"] == _written_rows(tmp_path / "one.xlsx")["Audits"]


def test_more_audits_than_one_sheet_holds_stops_and_points_to_the_tidy_export(
    answered, reports, tmp_path
):
    _, draft_id, final_id = answered
    snapshots = [reports.report_data(i, "en") for i in (draft_id, final_id)]
    with pytest.raises(JalonError, match="do not fit in one Excel sheet.*jalon export tidy"):
        ConsolidatedWriter("en", [snapshots[0].framework], row_limit=2).write(
            tmp_path / "all.xlsx", iter(snapshots), 2
        )
    assert list(tmp_path.iterdir()) == []


def test_versions_are_named_and_read_through_the_crosswalk(application, catalog, tmp_path):
    old, new = catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")
    before = application.audits.open(application.audits.create(old, "Caisse A", "SN").id)
    before.answer("4.3.2.2", "yes")
    before.answer("0.12", "55")
    after = application.audits.open(application.audits.create(new, "Caisse B", "SN").id)
    after.answer("3.2.2.1", "no")
    target = tmp_path / "mixed.xlsx"
    ReportService(application.store, application.audits).write_consolidated(target)
    frame = pandas.read_excel(target, sheet_name="All answers", dtype=str)  # outside reader
    rows = {(r["Institution"], r["Code"]): r for _, r in frame.iterrows()}
    assert rows[("Caisse A", "4.3.2.2")]["Version"] == "2026.1"
    assert rows[("Caisse A", "4.3.2.2")]["Code in the newest version"] == "3.2.2.1"
    assert pandas.isna(rows[("Caisse A", "0.12")]["Code in the newest version"])  # retired
    assert rows[("Caisse B", "3.2.2.1")]["Version"] == "2026.2"
    assert rows[("Caisse B", "3.2.2.1")]["Code in the newest version"] == "3.2.2.1"
    audits = pandas.read_excel(target, sheet_name="Audits", dtype=str)
    assert sorted(audits["Version"]) == ["2026.1", "2026.2"]


def test_versions_no_crosswalk_links_are_refused(application, tmp_path):
    first = load_framework(write_sample(tmp_path / "v1.xlsx")).framework
    path = write_sample(tmp_path / "v2.xlsx")
    book = load_workbook(path)
    book["settings"]["B2"] = "2"
    book.save(path)
    second = load_framework(path).framework
    for framework in (first, second):
        application.audits.create(framework, f"Caisse {framework.version}", "SN")
    target = tmp_path / "mixed.xlsx"
    with pytest.raises(JalonError, match="holds no crosswalk from 1; export them separately"):
        ReportService(application.store, application.audits).write_consolidated(target)
    assert not target.exists()
