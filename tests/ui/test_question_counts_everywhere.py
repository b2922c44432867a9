"""One truth for counts: the command line, the audit list, the workspace header, the filters and
the dashboard give the same number of questions, answered questions and progress, each with a
tooltip that says what they mean."""

from __future__ import annotations

import re

from click.testing import CliRunner
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.cli.main import cli
from app.models.question_counts import QuestionCounts
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import ReportTexts
from app.ui.common.audit_labels import AuditLabels
from app.ui.home.audit_table_model import AuditTableModel
from app.ui.workspace.navigator.navigator_tree_model import NavigatorTreeModel


def test_every_view_gives_the_same_counts(qtbot, application, window, workspace):
    session = workspace.session
    session.answer("1.1.1.1", "yes")  # a follow-up question now applies
    session.answer("1.1.2.1", "no")
    session.mark_not_applicable("1.1.2.2", "No rural branches")
    workspace.go_to("1.1.1.2")  # shows the change everywhere
    workspace.navigator.refresh()
    workspace.header.refresh_score()
    counts = QuestionCounts.of(session.score().overall)
    assert counts.answered == 3 and counts.scored < counts.questions
    percent = f"{100 * counts.progress:.0f}%"
    scored = f"{counts.scored_answered} of {counts.scored} scored items answered"

    assert workspace.header.coverage.text().startswith(scored)
    assert "those that apply to this audit" in workspace.header.coverage.toolTip()
    status = workspace.navigator.status
    assert status.itemText(0) == f"All questions ({counts.questions})"
    assert "those that apply" in status.itemData(0, Qt.ItemDataRole.ToolTipRole)
    workspace.tabs.setCurrentIndex(1)
    dashboard = workspace.dashboard
    dashboard.refresh()
    assert f"{percent} answered" in dashboard.coverage_marker.text()
    assert (
        f"{counts.answered} of {counts.questions} questions answered"
        in dashboard.coverage_detail.text()
    )
    assert f"{counts.scored_answered} of the {counts.scored}" in dashboard.coverage_detail.text()

    window.close_audit()
    model = window.home.model
    index = model.index(model.row_of(session.audit.id), AuditTableModel.PROGRESS)
    qtbot.waitUntil(lambda: model.data(index) != "…")
    assert model.data(index) == percent
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert f"{counts.answered} of {counts.questions} questions answered" in tooltip

    shown = CliRunner().invoke(
        cli,
        ["--data-dir", str(application.paths.data_dir), "audit", "show", session.audit.id],
        catch_exceptions=False,
    )
    assert (
        f"{percent[:-1]} %: {counts.answered} of {counts.questions} questions answered "
        f"({counts.scored_answered} of {counts.scored} scored)" in shown.output
    )
    listed = CliRunner().invoke(
        cli,
        ["--data-dir", str(application.paths.data_dir), "audit", "list", "--progress"],
        catch_exceptions=False,
    )
    line = next(row for row in listed.output.splitlines() if row.startswith(session.audit.id[:8]))
    assert f"{percent[:-1]} %" in line and f"{counts.answered}/{counts.questions}" in line


def test_the_header_gives_the_score_and_count_the_pdf_prints(
    qtbot, application, languages, workspace, tmp_path
):
    """The header showed 88 % and '176 of 176 answered' where the PDF of the same audit printed
    87.5 % and 148 / 148: both now give the score to a tenth and count the scored items
    answered (QuestionCounts), saying so, in the interface's and the report's language."""
    session = workspace.session
    for code, choice in (("1.1.1.1", "yes"), ("1.1.2.1", "partially"), ("1.1.2.2", "yes")):
        session.answer(code, choice)
    session.mark_not_applicable("1.1.2.3", "No rural branches")
    overall = session.score().overall
    counts = QuestionCounts.of(overall)
    assert overall.percent is not None and overall.percent != round(overall.percent)
    assert counts.scored != counts.questions  # the two counts differ
    for language, count in (
        ("en", "{0} of {1} scored items answered"),
        ("fr", "{0} sur {1} éléments notés renseignés"),
        ("es", "{0} de {1} elementos puntuados respondidos"),
    ):
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        workspace.header.refresh_score()
        target = tmp_path / f"report-{language}.pdf"
        application.reports.write_pdf(session.audit.id, target, language)
        printed = _flat(PdfReader(target).pages[0].extract_text())
        score = _flat(ReportFormatter(language).score(overall.percent))
        assert score in printed
        assert _flat(workspace.header.score.text()).endswith(score)
        assert ReportTexts(language).get("scored_answered") in printed
        assert f"{counts.scored_answered} / {counts.scored}" in printed
        assert workspace.header.coverage.text().startswith(
            count.format(counts.scored_answered, counts.scored)
        )
        # A dimension's "100.0%" ("100,0 %") pill fits the navigator's score column whole.
        tree = workspace.navigator.tree
        assert tree.columnWidth(NavigatorTreeModel.SCORE) >= tree.pill_room(AuditLabels.score(100))


def _flat(text: str) -> str:
    """The percent sign's spacing as the PDF text extraction gives it (no-break spaces)."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).replace(
        " %", "%"
    )
