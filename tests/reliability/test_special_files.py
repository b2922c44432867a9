"""Every file Jalon reads is opened as what it claims to be.

A path may name a named pipe (FIFO), a device, a folder or a link to one of them; a zip may list
a million entries; a workbook may hold a million rows. Each is refused at once, with a sentence
that says what it is, through the commands where it was met — never a hang, never memory
exhausted, never "unexpected problem". (`within` turns a hang into a failure; the memory
bounds are measured with tracemalloc, not timed.)
"""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from app.cli.main import cli
from app.models.errors import JalonError
from app.services.report_service import ReportService
from app.storage.database_inspector import DatabaseInspector
from tests.fixtures.sample_workbook import write_sample
from tests.reliability.hostile_files import (
    link_to_endless_device,
    named_pipe,
    with_many_rows,
    within,
    zip_listing,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX's")
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def no_keyring(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("JALON_KEY_PASSPHRASE", PASSPHRASE)


def jalon(data_dir, *args, code=None) -> str:
    result = CliRunner().invoke(
        cli, ["--data-dir", str(data_dir), "--author", "Awa", *map(str, args)]
    )
    if code is not None:
        assert result.exit_code == code, result.output
    assert "unexpected problem" not in result.output, result.output
    return result.output


@contextmanager
def peak_memory(limit_mb: int) -> Iterator[None]:
    """Fail if the block allocates more than `limit_mb` megabytes at its peak."""
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < limit_mb << 20, f"peak allocation {peak >> 20} MB"


@pytest.fixture
def package(tmp_path):
    """A genuine package of a one-answer audit, from a site trusted by `office`."""
    field = tmp_path / "field"
    audit_id = jalon(field, "audit", "new", "--institution", "Caisse Rurale A").split()[2]
    jalon(field, "audit", "answer", audit_id, "1.1.1.1", "yes", code=0)
    jalon(field, "keys", "export", "-o", tmp_path / "field.pub", code=0)
    jalon(tmp_path / "office", "keys", "trust", tmp_path / "field.pub", "--name", "Awa", code=0)
    jalon(field, "package", "export", audit_id, tmp_path / "inbox" / "good.jalon", code=0)
    return tmp_path / "inbox" / "good.jalon"


def test_a_fifo_named_like_a_package_is_refused_at_once_by_verify_import_and_merge(
    tmp_path, package
):
    office = tmp_path / "office"
    fifo = named_pipe(package.parent / "x.jalon")
    with within(20):
        verified = jalon(office, "package", "verify", fifo, code=1)
        imported = jalon(office, "package", "import", fifo, code=1)
        merged = jalon(office, "merge", package.parent, code=1)
    for output in (verified, imported, merged):
        assert "x.jalon is a named pipe (FIFO), not an ordinary file" in output
    assert "accepted" in merged and "good.jalon" in merged  # the inbox's real package merged


def test_a_link_to_dev_zero_is_refused_before_a_byte_is_read(tmp_path, package):
    link = link_to_endless_device(tmp_path / "zero.jalon")
    with within(20), peak_memory(20):
        output = jalon(tmp_path / "office", "package", "verify", link, code=1)
    assert "zero.jalon is a device, not an ordinary file" in output


def test_a_zip_listing_a_million_entries_is_refused_from_its_end_record(tmp_path):
    listing = zip_listing(tmp_path / "million.jalon", 1_000_000)
    size_mb = listing.stat().st_size >> 20
    # zipfile would build a million ZipInfo objects first: several hundred megabytes.
    with within(60), peak_memory(3 * size_mb):
        output = jalon(tmp_path / "office", "package", "verify", listing, code=1)
    assert "zip directory" in output and "refused unread" in output


def test_an_xlsform_longer_than_the_row_bound_is_refused_after_reading_its_first_rows(tmp_path):
    # Sheet rows are bounded at 20,000; pyxform would build every row (a million took over two
    # minutes and 2 GB).
    big = with_many_rows(
        write_sample(tmp_path / "sample.xlsx"),
        tmp_path / "long.xlsx",
        "xl/worksheets/sheet1.xml",
        30_000,
    )
    with within(60), peak_memory(150):
        output = jalon(tmp_path / "data", "framework", "validate", big, code=1)
    assert "sheet survey goes on past row 20000" in output


def test_a_fill_in_workbook_with_rows_past_the_bound_is_refused_with_its_sheet(
    application, default_framework, tmp_path
):
    audit = application.audits.create(default_framework, "Mutuelle B", "SN")
    reports = ReportService(application.store, application.audits)
    exported = reports.export_workbook(audit.id, tmp_path / "questions.xlsx", "en")
    long = with_many_rows(exported, tmp_path / "long.xlsx", "xl/worksheets/sheet2.xml", 25_000)
    with pytest.raises(JalonError, match="sheet Questionnaire goes on past row 20000"):
        reports.preview_workbook(audit.id, long, "fill")


def test_special_files_as_evidence_key_files_and_workbooks_are_refused(
    session, application, tmp_path
):
    fifo = named_pipe(tmp_path / "scan.pdf")
    with within(20):
        with pytest.raises(JalonError, match="scan.pdf is a named pipe"):
            session.attach_evidence("1.1.1.1", fifo)
        key = named_pipe(tmp_path / "bintou.pub")
        output = jalon(tmp_path / "data", "keys", "trust", key, "--name", "Bintou", code=1)
        assert "bintou.pub is a named pipe" in output
        workbook = link_to_endless_device(tmp_path / "form.xlsx")
        output = jalon(tmp_path / "data", "framework", "validate", workbook, code=1)
        assert "form.xlsx is a device" in output


def test_a_database_path_that_is_a_folder_gets_a_sentence(tmp_path):
    (tmp_path / "data" / "jalon.sqlite3").mkdir(parents=True)
    output = jalon(tmp_path / "data", "audit", "list", code=1)
    assert "jalon.sqlite3 is a folder or a device, not a file" in output


def test_a_database_path_that_is_a_fifo_does_not_hang(tmp_path):
    (tmp_path / "data").mkdir()
    named_pipe(tmp_path / "data" / "jalon.sqlite3")
    with within(20):
        output = jalon(tmp_path / "data", "audit", "list", code=1)
    assert "jalon.sqlite3 is a folder or a device, not a file" in output
    with within(20):  # what the desktop app checks at start-up, before offering a backup
        health = DatabaseInspector(tmp_path / "data" / "jalon.sqlite3").health()
    assert "named pipe" in health.problems[0]
