"""Upgrading a database of the release before institutions (schema 5): every audit gets an
institution, audits of the same institution under slightly different spellings share one,
and the grouping is listed for a person to confirm and merge."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.composition import Application
from app.models.institution import institution_id_for
from app.paths import AppPaths
from tests.jalon_cli import jalon

FIXTURES = Path(__file__).parent / "fixtures"

# id, institution as typed, country, updated_at: four spellings of one caisse, a namesake in
# another country, and a caisse recorded once under a name a person knows is the same.
SPELLINGS = [
    ("aaaa0001-0000-4000-8000-000000000001", "Caisse Rurale de Kaolack", "SN", "2023-05-01"),
    ("aaaa0002-0000-4000-8000-000000000002", "CAISSE RURALE DE KAOLACK", "SN", "2024-05-01"),
    ("aaaa0003-0000-4000-8000-000000000003", "Caisse  Rurale de  Kaolack ", "SN", "2024-06-01"),
    ("aaaa0004-0000-4000-8000-000000000004", "Caïsse Rurale dé Kaolack", "SN", "2022-05-01"),
    ("aaaa0005-0000-4000-8000-000000000005", "Caisse Rurale de Kaolack", "ML", "2024-01-01"),
    ("aaaa0006-0000-4000-8000-000000000006", "CR Kaolack", "SN", "2021-01-01"),
]


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A schema-5 file (as Jalon 5 wrote it) holding the audits above besides its own."""
    paths = AppPaths(tmp_path / "data")
    paths.database.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema_v5.sqlite3", paths.database)
    connection = sqlite3.connect(paths.database)
    framework_hash = connection.execute("SELECT hash FROM frameworks").fetchone()[0]
    with connection:
        for audit_id, name, country, updated in SPELLINGS:
            connection.execute(
                "INSERT INTO audits (id, framework_hash, institution, country, audit_type, "
                "content_language, status, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    audit_id,
                    framework_hash,
                    name,
                    country,
                    "self-assessment",
                    "fr",
                    "draft",
                    updated,
                    updated,
                ),
            )
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 5
    connection.close()
    return tmp_path / "data"


def test_audits_of_one_institution_under_several_spellings_share_it(data_dir):
    application = Application(AppPaths(data_dir), author="Moussa")
    audits = {a.id: a for a in application.audits.list()}
    kaolack = {audits[a].institution_id for a, *_ in SPELLINGS[:4]}
    assert len(kaolack) == 1
    assert audits[SPELLINGS[4][0]].institution_id not in kaolack  # Mali's is another
    assert audits[SPELLINGS[5][0]].institution_id not in kaolack  # not grouped by guess
    assert all(a.institution_id for a in audits.values())
    record = application.institutions.get(kaolack.pop())
    # Named as its most recently changed audit spells it (spacing tidied); the others kept.
    assert record.name == "Caisse Rurale de Kaolack"
    assert set(record.former_names) == {"CAISSE RURALE DE KAOLACK", "Caïsse Rurale dé Kaolack"}
    assert record.to_confirm
    assert record.country == "SN"
    # The fixture's own audit (Jalon 5's, made under the same name in SN) is one of them.
    own = json.loads((FIXTURES / "schema_v5.json").read_text(encoding="utf-8"))["audit"]
    assert [a.id for a in application.institutions.audits(record)] == [
        SPELLINGS[3][0],
        SPELLINGS[0][0],
        SPELLINGS[1][0],
        SPELLINGS[2][0],
        own,
    ]
    application.close()


def test_the_ids_are_those_any_installation_derives(data_dir):
    """Two sites upgrading copies of the same audits give the institution the same id."""
    application = Application(AppPaths(data_dir), author="Moussa")
    audit = application.audits.get(SPELLINGS[1][0])
    assert audit.institution_id == institution_id_for("caisse rurale de kaolack", "sn")
    application.close()


def test_a_new_audit_under_a_known_spelling_joins_the_institution(data_dir):
    application = Application(AppPaths(data_dir), author="Moussa")
    framework = application.catalog.default()
    created = application.audits.create(framework, "caisse rurale de KAOLACK", "SN")
    assert created.institution_id == application.audits.get(SPELLINGS[0][0]).institution_id
    other = application.audits.create(framework, "Mutuelle Nouvelle", "SN")
    assert application.institutions.get(other.institution_id).name == "Mutuelle Nouvelle"
    application.close()


def test_the_grouping_is_listed_confirmed_and_merged_from_the_command_line(data_dir):
    listing = jalon(data_dir, "institution", "list").stdout
    kaolack = institution_id_for("Caisse Rurale de Kaolack", "SN")
    short = institution_id_for("CR Kaolack", "SN")
    assert f"{kaolack[:8]}  SN    5 audit(s)  Caisse Rurale de Kaolack  [to confirm]" in listing
    assert "also written: CAISSE RURALE DE KAOLACK; Caïsse Rurale dé Kaolack" in listing
    assert f"{short[:8]}  SN    1 audit(s)  CR Kaolack\n" in listing

    merged = jalon(data_dir, "institution", "merge", short[:8], kaolack[:8]).stdout
    assert f"Merged into {kaolack[:8]}." in merged
    assert "former names: CAISSE RURALE DE KAOLACK; Caïsse Rurale dé Kaolack; CR Kaolack" in (
        merged
    )
    listing = jalon(data_dir, "institution", "list").stdout
    assert f"{kaolack[:8]}  SN    6 audit(s)  Caisse Rurale de Kaolack\n" in listing
    assert "CR Kaolack\n" not in listing.replace("; CR Kaolack\n", "")
    # The record merged away still leads to the one it became, e.g. from an old package.
    assert "Caisse Rurale de Kaolack  (" in jalon(data_dir, "institution", "show", short).stdout
    # A new audit under the merged-away name joins the merged institution.
    application = Application(AppPaths(data_dir), author="Moussa")
    created = application.audits.create(application.catalog.default(), "CR Kaolack", "SN")
    assert created.institution_id == kaolack
    application.close()

    failed = jalon(data_dir, "institution", "merge", kaolack, short, check=False)
    assert failed.returncode == 1
    assert "is already that institution" in failed.stderr


def test_confirming_clears_the_mark(data_dir):
    kaolack = institution_id_for("Caisse Rurale de Kaolack", "SN")
    assert (
        "Confirmed: Caisse Rurale de Kaolack"
        in jalon(data_dir, "institution", "confirm", kaolack[:6]).stdout
    )
    assert "[to confirm]" not in jalon(data_dir, "institution", "list").stdout
