"""The Progress tab of an open audit, on real audits of one institution in a real database."""

from __future__ import annotations

from app.models.progress import IndicatorChange


def two_audits(application, default_framework):
    """Last year's: 1.1.2.1 yes. This year's: 1.1.2.1 no, 1.1.2.2 yes (practice 1.1.2 goes
    100 % -> 50 %; over 1.1.2.1 alone 100 % -> 0 %)."""
    before = application.audits.create(
        default_framework, "Caisse du Fleuve", "SN", period_end="2024-12-31"
    )
    after = application.audits.create(
        default_framework, "Caisse du Fleuve", "SN", period_end="2025-12-31"
    )
    application.audits.open(before.id).answer("q1_1_2_1", "yes")
    session = application.audits.open(after.id)
    session.answer("q1_1_2_1", "no")
    session.answer("q1_1_2_2", "yes")
    return before, after


def test_the_progress_tab_compares_with_the_previous_audit(
    window, application, default_framework, qtbot
):
    before, after = two_audits(application, default_framework)
    application.audits.create(default_framework, "Mutuelle des Niayes", "SN")  # not offered
    window.home.reload()
    window.open_audit(after.id)
    workspace = window.workspace
    page = workspace._added_pages[0]
    assert workspace.tabs.tabText(workspace.tabs.indexOf(page)) == "Progress"
    assert page.result is None  # nothing worked out until the tab is shown
    workspace.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.result is not None)
    assert [page.others.itemData(n) for n in range(page.others.count())] == [before.id]
    assert page.result.before.id == before.id and page.result.after.id == after.id
    assert page.summary.text().startswith("Overall: 100.0% (12/31/2024) → 50.0% (12/31/2025)")
    rows = {row.label.split()[0]: row for row in page.chart.rows()}
    assert (rows["1"].before, rows["1"].after) == (100, 50)
    assert rows["1"].change_text == "-50.0 (-100.0) *"
    standard = next(
        page.table.topLevelItem(n)
        for n in range(page.table.topLevelItemCount())
        if page.table.topLevelItem(n).text(0).strip().startswith("1.1 ")
    )
    # Standard 1.1: 1 of 4 questions that apply answered before (1.1.1.1 and practice 1.1.2
    # with its follow-up), 2 of 3 after (no follow-up after a no).
    assert [standard.text(c) for c in range(1, 5)] == [
        "100.0% (25%)",
        "50.0% (67%)",
        "-50.0*",
        "-100.0",
    ]
    assert page.result.progress.counts()[IndicatorChange.REGRESSED] == 1
    assert "1 regressed" in page.indicators.text()


def test_an_audit_alone_says_there_is_nothing_to_compare(workspace, qtbot):
    page = workspace._added_pages[0]
    workspace.tabs.setCurrentWidget(page)
    assert page.summary.text() == (
        "No other audit of this institution to compare with. A follow-up audit "
        "(File ▸ New follow-up audit) will appear here."
    )
    assert page.summary.isVisible()
    assert page.chart.rows() == []
    # Only the sentence: no empty chart, table or "Compare with" box
    assert not page.chart.isVisible()
    assert not page.table.isVisible()
    assert not page.others.isVisible()
    assert not page.note.isVisible()


def test_the_earlier_audit_is_named_by_type_period_and_status_and_no_date_is_made_up(
    window, application, default_framework, qtbot
):
    earlier = application.audits.create(
        default_framework,
        "Caisse du Fleuve",
        "SN",
        period_start="2025-01-01",
        period_end="2025-12-31",
    )
    application.audits.open(earlier.id).answer("q1_1_2_1", "yes")
    follow_up = application.audits.create(default_framework, "Caisse du Fleuve", "SN")
    window.home.reload()
    window.open_audit(follow_up.id)
    page = window.workspace._added_pages[0]
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.others.itemText(0) == "Self-assessment · 1/1/2025 – 12/31/2025 · Draft"
    assert earlier.short_id not in page.others.itemText(0)
    # The follow-up has no period yet: it says so rather than standing today's date in
    assert page.summary.text().startswith(
        "Overall: 100.0% (1/1/2025 – 12/31/2025) → – (no period yet)"
    )
