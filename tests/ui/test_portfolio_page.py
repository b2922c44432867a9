"""The head office's portfolio page: every institution with its latest accepted audit, score
and trend, latest review, open corrections and out-of-date assessments; sorting, opening an
audit, and the Excel export read back with openpyxl."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence

from app.frameworks.framework_loader import load_framework
from app.ui.home.portfolio_page import PortfolioPage
from tests.fixtures.sample_workbook import write_sample


@pytest.fixture
def office(application, tmp_path):
    """Three institutions: one accepted twice (50 % then 100 %), one returned with a
    correction open and an assessment of 2020, one received and not yet reviewed."""
    framework = load_framework(write_sample(tmp_path / "sample.xlsx")).framework
    audits, reviews = application.audits, application.reviews

    def audit(name: str, answer: str, period_end: str = ""):
        made = audits.create(framework, name, "SN", period_end=period_end)
        audits.open(made.id).answer("q1", answer)
        return made

    for answer in ("partially", "yes"):
        first = audit("Caisse de Kolda", answer)
        reviews.start(first)
        reviews.accept(first)
    old = audit("Mutuelle de Ziguinchor", "no", period_end="2020-12-31")
    reviews.start(old)
    reviews.accept(old)
    again = audit("Mutuelle de Ziguinchor", "no")
    reviews.start(again)
    reviews.comment(again, "q1", "Answer without evidence", must_correct=True)
    reviews.return_for_correction(again)
    pending = audit("Caisse de Louga", "yes")
    reviews.start(pending)
    return application, first


def _table(page: PortfolioPage) -> list[list[str]]:
    table = page.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_portfolio_lists_every_institution(window, office, qtbot):
    _application, kolda = office
    window.show_portfolio()
    page = window.portfolio
    assert window.stack.currentWidget() is page
    rows = {row[0]: row for row in _table(page)}
    assert rows["Caisse de Kolda"][2:] == [
        "2",
        rows["Caisse de Kolda"][3],
        "100.0%",
        "+50.0",
        "Accepted",
        "0",
        "Up to date",
    ]
    assert rows["Mutuelle de Ziguinchor"][4:] == [
        "0.0%",
        "–",
        "Returned for correction",
        "1",
        "Out of date",
    ]
    assert rows["Caisse de Louga"][3:] == ["–", "–", "–", "In review", "0", "No accepted audit"]
    # What the validity is counted from: accepted lately, an assessment of 2020 is out of date
    tips = {
        page.table.item(r, 0).text(): page.table.item(r, 8).toolTip()
        for r in range(page.table.rowCount())
    }
    assert tips["Mutuelle de Ziguinchor"] == (
        "Assessment period ended on 12/31/2020; validity 24 month(s)."
    )
    assert tips["Caisse de Kolda"] == (
        "No period assessed: counted from the acceptance on "
        f"{rows['Caisse de Kolda'][3]}; validity 24 month(s)."
    )
    assert tips["Caisse de Louga"] == ""
    assert page.summary.text() == (
        "3 institution(s) · 2 out of date or never accepted · 1 correction(s) open"
    )
    page.table.sortItems(4, Qt.SortOrder.DescendingOrder)  # by score, highest first
    assert [r[0] for r in _table(page)] == [
        "Caisse de Kolda",
        "Mutuelle de Ziguinchor",
        "Caisse de Louga",
    ]
    # A double click (activation) opens the latest accepted audit.
    page.table.itemActivated.emit(page.table.item(0, 0))
    assert window.workspace is not None and window.workspace.session.audit.id == kolda.id


def test_a_longer_validity_period_brings_old_assessments_back(window, office):
    application, _kolda = office
    window.show_portfolio()
    page = window.portfolio
    assert page.framework_choice.currentText() == "sample"
    assert (page.validity.value(), page.period_origin.text()) == (24, "(the default)")
    assert not page.default_button.isEnabled()
    # Assessed up to 31 December 2020: 20 years reach 31 December 2040.
    page.validity.setValue(240)
    rows = {row[0]: row for row in _table(page)}
    assert rows["Mutuelle de Ziguinchor"][-1] == "Up to date"
    assert page.period_origin.text() == "(chosen here)"
    # Kept on this installation, as `jalon portfolio` sees it.
    assert application.portfolio.overrides() == {"sample": 240}
    page.default_button.click()
    assert application.portfolio.overrides() == {}
    assert (page.validity.value(), page.period_origin.text()) == (24, "(the default)")
    rows = {row[0]: row for row in _table(page)}
    assert rows["Mutuelle de Ziguinchor"][-1] == "Out of date"


def test_the_export_writes_the_table_in_the_interface_language(window, office, tmp_path):
    window.show_portfolio()
    page = window.portfolio
    target = tmp_path / "portfolio.xlsx"
    page.export(target)
    assert str(target) in page.outcome.text()
    sheet = load_workbook(target)["Portfolio"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Institution",
        "Country",
        "Audits",
        "Latest accepted audit",
        "Accepted on",
        "Overall score (%)",
        "Trend (points)",
        "Latest review",
        "Open corrections",
        "Out of date",
        "Framework",
        "Validity (months)",
    )
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Caisse de Kolda"][5:] == (100.0, 50.0, "Accepted", 0, "no", "sample", 24)
    assert by_name["Mutuelle de Ziguinchor"][7:] == (
        "Returned for correction",
        1,
        "yes",
        "sample",
        24,
    )


def test_an_export_that_cannot_be_written_is_said_and_nothing_is_left(window, office, tmp_path):
    window.show_portfolio()
    page = window.portfolio
    page.export(tmp_path / "missing" / "portfolio.xlsx")
    assert page.problem.isVisible() and "does not exist" in page.problem.text()
    assert not (tmp_path / "missing").exists()


def test_back_to_the_audit_list(window, office):
    window.show_portfolio()
    window.menus.home_action.trigger()
    assert window.stack.currentWidget() is window.home


def test_each_control_of_the_portfolio_has_a_letter_of_its_own(window, office, languages):
    """The Export to Excel and Back to the audit list buttons had no Alt letter: every control
    of the page now has one that no other control and no menu of the window takes."""
    window.show_portfolio()
    page = window.portfolio
    controls = (
        page.framework_label,
        page.validity_label,
        page.default_button,
        page.export_button,
        page.back_button,
    )
    for language in ("en", "fr", "es"):
        languages.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        texts = [action.text() for action in window.menuBar().actions()]
        texts += [control.text() for control in controls]
        letters = [QKeySequence.mnemonic(text).toString() for text in texts]
        assert "" not in letters and len(set(letters)) == len(letters), (language, texts)
