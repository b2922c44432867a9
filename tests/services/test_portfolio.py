"""The portfolio on the sample framework: latest accepted audit, trend, review state, open
corrections and out-of-date assessments; its workbook read back by openpyxl."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from openpyxl import load_workbook

from app.models.review import ReviewState
from tests.jalon_cli import jalon


def _audit(application, framework, name: str, q1: str, q2: str):
    audit = application.audits.create(framework, name, "SN")
    session = application.audits.open(audit.id)
    session.answer("q1", q1)
    session.answer("q2", q2)
    return audit


def test_the_portfolio_of_a_head_office(application, sample_framework, tmp_path, data_dir):
    reviews = application.reviews
    for q1, q2 in (("no", "no"), ("yes", "yes")):  # scores 0 then 100
        audit = _audit(application, sample_framework, "=1+1 Caisse", q1, q2)
        reviews.start(audit)
        reviews.accept(audit)
    returned = _audit(application, sample_framework, "Mutuelle B", "yes", "no")
    reviews.start(returned)
    reviews.comment(returned, "q1", "Which minutes?", must_correct=True)
    reviews.return_for_correction(returned)

    caisse, mutuelle = application.portfolio.rows()
    assert (caisse.institution, caisse.audits, caisse.score, caisse.trend) == (
        "=1+1 Caisse",
        2,
        100.0,
        100.0,
    )
    assert (caisse.review_state, caisse.open_corrections, caisse.out_of_date) == (
        ReviewState.ACCEPTED,
        0,
        False,
    )
    assert (mutuelle.latest_accepted, mutuelle.score, mutuelle.review_state) == (
        None,
        None,
        ReviewState.RETURNED,
    )
    assert (mutuelle.open_corrections, mutuelle.out_of_date) == (1, True)
    later = datetime.now(UTC) + timedelta(days=2 * 366 + 1)  # past two years, leap or not
    assert application.portfolio.rows(today=later)[0].out_of_date

    target = tmp_path / "portfolio.xlsx"
    shown = jalon(data_dir, "portfolio", "--xlsx", target).stdout
    assert "=1+1 Caisse" in shown and "+100.0" in shown and "returned" in shown
    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[1][:3] == ["=1+1 Caisse", "SN", 2] and rows[1][5:9] == [100, 100, "accepted", 0]
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 1).quotePrefix
    assert rows[2][7:10] == ["returned", 1, "yes"]
