"""One truth for counts: the command line, the audit list, the workspace header, the filters and
the dashboard give the same number of questions, answered questions and progress, each with a
tooltip that says what they mean."""

from __future__ import annotations

from click.testing import CliRunner
from PySide6.QtCore import Qt

from app.cli.main import cli
from app.models.question_counts import QuestionCounts
from app.ui.home.audit_table_model import AuditTableModel


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
    answered = f"{counts.answered} of {counts.questions} answered"

    assert workspace.header.coverage.text().startswith(answered)
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
