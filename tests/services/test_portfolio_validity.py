"""A validity period per framework: the framework's own (`validity_months` in its settings
sheet), the head office's choice per framework kept in this installation's settings, and two
years otherwise. The dates are worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.framework import Framework
from tests.fixtures.sample_workbook import write_sample
from tests.jalon_cli import jalon


def _with_settings(path, **columns):
    """The sample workbook with extra columns on its settings sheet."""
    write_sample(path)
    book = load_workbook(path)
    sheet = book["settings"]
    for offset, (header, value) in enumerate(columns.items(), start=5):
        sheet.cell(1, offset, header)
        sheet.cell(2, offset, value)
    book.save(path)
    return path


def test_a_framework_declares_its_validity_in_its_settings_sheet(tmp_path):
    plain = load_framework(write_sample(tmp_path / "plain.xlsx")).framework
    declared = load_framework(_with_settings(tmp_path / "d.xlsx", validity_months=18)).framework
    assert (plain.validity_months, declared.validity_months) == (None, 18)
    # Declared, it is part of the framework's content (and hash); absent, nothing changes.
    assert "validity_months" not in plain.to_dict()
    assert declared.content_hash != plain.content_hash
    assert Framework.from_dict(declared.to_dict()).content_hash == declared.content_hash
    # Written back to a workbook and read again, the period and the hash stay.
    WorkbookWriter(declared).write(tmp_path / "again.xlsx")
    again = load_framework(tmp_path / "again.xlsx").framework
    assert (again.validity_months, again.content_hash) == (18, declared.content_hash)


@pytest.mark.parametrize("written", ["two years", "0", "241", "1.5"])
def test_a_validity_that_is_not_a_number_of_months_is_refused_where_it_is(tmp_path, written):
    result = load_framework(_with_settings(tmp_path / "bad.xlsx", validity_months=written))
    assert result.framework is None
    (problem,) = [p for p in result.problems if "validity_months" in str(p)]
    text = str(problem)
    assert "settings" in text and "row 2" in text and "validity_months" in text
    assert "not a whole number of months from 1 to 240" in text


def _accepted(application, framework, name: str, period_end: str):
    audit = application.audits.create(framework, name, "SN", period_end=period_end)
    application.audits.open(audit.id).answer("q1", "yes")
    application.reviews.start(audit)
    application.reviews.accept(audit)
    return audit


@pytest.fixture
def two_frameworks(application, tmp_path):
    """Two institutions assessed up to 31 August 2024: one against a framework that declares
    18 months, one against a framework that declares nothing (two years)."""
    sample = load_framework(write_sample(tmp_path / "sample.xlsx")).framework
    short = Framework.from_dict(sample.to_dict() | {"id": "short", "validity_months": 18})
    _accepted(application, short, "Caisse A", "2024-08-31")
    _accepted(application, sample, "Caisse B", "2024-08-31")
    return application


def _stale(application, when: str) -> dict[str, bool]:
    today = datetime.fromisoformat(when).replace(tzinfo=UTC)
    return {row.institution: row.out_of_date for row in application.portfolio.rows(today)}


def test_each_audit_is_out_of_date_by_its_own_framework(two_frameworks):
    application = two_frameworks
    # 31 August 2024 + 18 months = 28 February 2026 (no 31 February, 2026 is no leap year);
    # + 24 months = 31 August 2026.
    assert _stale(application, "2026-02-27T23:59:59") == {"Caisse A": False, "Caisse B": False}
    assert _stale(application, "2026-02-28T00:00:01") == {"Caisse A": True, "Caisse B": False}
    assert _stale(application, "2026-08-31T00:00:00") == {"Caisse A": True, "Caisse B": False}
    assert _stale(application, "2026-08-31T00:00:01") == {"Caisse A": True, "Caisse B": True}
    rows = {row.institution: row for row in application.portfolio.rows()}
    assert (rows["Caisse A"].framework_id, rows["Caisse A"].valid_months) == ("short", 18)
    assert (rows["Caisse B"].framework_id, rows["Caisse B"].valid_months) == ("sample", 24)


def test_the_head_office_overrides_a_framework_and_goes_back(two_frameworks):
    application = two_frameworks
    portfolio = application.portfolio
    portfolio.set_override("sample", 36)  # 31 August 2024 + 3 years = 31 August 2027
    assert _stale(application, "2027-08-30T12:00:00") == {"Caisse A": True, "Caisse B": False}
    assert _stale(application, "2027-08-31T00:00:01")["Caisse B"]
    periods = {p.framework_id: (p.declared, p.override, p.months) for p in portfolio.periods()}
    assert periods == {"sample": (None, 36, 36), "short": (18, None, 18)}
    portfolio.set_override("sample", None)
    assert not _stale(application, "2026-08-30T00:00:00")["Caisse B"]
    assert _stale(application, "2026-09-01T00:00:00")["Caisse B"]


def test_the_cli_keeps_a_period_per_framework(two_frameworks, data_dir, tmp_path):
    target = tmp_path / "portfolio.xlsx"
    shown = jalon(data_dir, "portfolio", "--valid-for", "short=3y", "--xlsx", target).stdout
    assert "Validity of sample: 2 years (the default)" in shown
    assert "Validity of short: 3 years (set here)" in shown
    rows = [[c.value for c in r] for r in load_workbook(target).active.iter_rows()]
    assert rows[0][-2:] == ["framework", "validity (months)"]
    assert [r[-2:] for r in rows[1:]] == [["short", 36], ["sample", 24]]
    # Kept for the next run; 'default' goes back to the framework's own.
    assert "Validity of short: 3 years (set here)" in jalon(data_dir, "portfolio").stdout
    shown = jalon(data_dir, "portfolio", "--valid-for", "short=default").stdout
    assert "Validity of short: 18 months (the framework's own)" in shown
    refused = jalon(data_dir, "portfolio", "--valid-for", "short=three", check=False)
    assert refused.returncode == 2 and "FRAMEWORK=PERIOD" in refused.stderr
