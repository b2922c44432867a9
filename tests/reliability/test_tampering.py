"""A finalized audit edited behind Jalon's back (straight in the SQLite file) is detected.

The seal is a SHA-256 over the audit, every revision, the action plan and the evidence. It
catches edits made with a database tool; it is not a signature (someone who recomputes it can
forge it): authenticity comes from the signed package.
"""

from __future__ import annotations

import sqlite3

import pytest

from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from tests.fixtures.sample_workbook import write_sample
from tests.jalon_cli import jalon

TAMPERING = {
    "answer value changed": "UPDATE revisions SET value = '\"no\"' WHERE indicator = 'q1'",
    "revision deleted": "DELETE FROM revisions WHERE indicator = 'q2'",
    "revision forged": (
        "INSERT INTO revisions SELECT 'forged', audit_id, indicator, id, NULL, '\"no\"', '', "
        "'', 0, '', 'Mallory', site, created_at, '' FROM revisions WHERE indicator = 'q1'"
    ),
    "author rewritten": "UPDATE revisions SET author = 'Someone else'",
    "institution renamed": "UPDATE audits SET institution = 'Another institution'",
    "action reworded": "UPDATE actions SET title = 'Nothing to do'",
    "evidence hidden": "UPDATE evidence SET removed_at = '2030-01-01T00:00:00Z'",
    "seal replaced": "UPDATE audits SET seal = '" + "0" * 64 + "'",
}


@pytest.fixture
def finalized(application, tmp_path):
    """A finalized audit of the small sample framework, with an action and evidence."""
    framework = load_framework(write_sample(tmp_path / "sample.xlsx")).framework
    audit = application.audits.create(framework, "Caisse de Test", "SN")
    session = application.audits.open(audit.id)
    for name in ("q1", "q2", "q3", "q4"):
        session.answer(name, "yes")
    session.answer("q5", "a b")
    session.answer("q6", "40")
    session.add_action("q2", "Publish targets")
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Board minutes")
    session.attach_evidence("q1", minutes)
    session.finalize()
    assert session.seal_intact()
    application.close()
    return application, audit.id


def _edit_file(path, sql: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(sql)
    connection.commit()
    connection.close()


@pytest.mark.parametrize("change", sorted(TAMPERING))
def test_a_change_made_behind_jalons_back_breaks_the_seal(finalized, change):
    application, audit_id = finalized
    _edit_file(application.paths.database, TAMPERING[change])
    assert not application.audits.open(audit_id).seal_intact()


def test_jalon_audit_verify_fails_with_a_clear_message_after_an_edit(finalized):
    application, audit_id = finalized
    intact = jalon(application.paths.data_dir, "audit", "verify", audit_id)
    assert "matches its seal" in intact.stdout
    _edit_file(application.paths.database, TAMPERING["answer value changed"])
    broken = jalon(application.paths.data_dir, "audit", "verify", audit_id, check=False)
    assert broken.returncode != 0
    assert "changed after it was finalized" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_a_package_is_not_exported_from_a_finalized_audit_whose_seal_is_broken(
    finalized, tmp_path, monkeypatch
):
    monkeypatch.setenv("JALON_KEY_PASSPHRASE", "a long passphrase for the test key")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    application, audit_id = finalized
    audit = application.audits.get(audit_id)
    assert application.packages.export(audit, tmp_path / "intact.jalon").path.exists()
    _edit_file(application.paths.database, TAMPERING["answer value changed"])
    with pytest.raises(JalonError, match="seal"):
        application.packages.export(application.audits.get(audit_id), tmp_path / "bad.jalon")
    assert not (tmp_path / "bad.jalon").exists()
    assert not list(tmp_path.glob(".bad.jalon*"))
