"""Two or more installations (data directories) that exchange packages, with real keys.

Keys are protected by a passphrase from the environment, as on a server or in CI, and the
system keyring is switched off so tests never touch the keyring of the person running them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from app.composition import Application
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def key_passphrase(monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)


@pytest.fixture
def make_site(tmp_path: Path, catalog):
    """make_site("field") -> an Application on its own data directory."""
    sites: list[Application] = []

    def make(name: str, author: str | None = None) -> Application:
        app = Application(AppPaths(tmp_path / name), author=author or name.title())
        app.catalog = catalog
        sites.append(app)
        return app

    yield make
    for app in sites:
        app.close()


def introduce(*sites: Application) -> None:
    """Every site trusts every other site's current signing key."""
    for site in sites:
        site.keys.signing_key()
    for site in sites:
        for other in sites:
            if other is not site:
                info = other.keys.current()
                site.trust.trust(other.keys.public_key_text(info), info.name, "Network")


def scored_names(framework, count: int) -> list[str]:
    """Questions answered yes / partially / no."""
    names = [
        i.name
        for i in framework.iter_indicators()
        if {"yes", "partially", "no"} <= {c.name for c in i.choices}
    ]
    return names[:count]


def state_of(app: Application, audit_id: str) -> dict:
    """What two converged installations must agree on about one audit."""
    store = app.store
    answers = store.revisions.current(audit_id)
    return {
        "answers": {name: a.content() for name, a in answers.items()},
        "revisions": sorted(r.to_dict()["id"] for r in store.revisions.all_for_audit(audit_id)),
        "heads": sorted((name, a.revision_id) for name, a in answers.items()),
        "conflicts": sorted(
            (c.id, c.status.value, c.resolution_id)
            for c in app.exchange.store.conflicts.for_audit(audit_id)
        ),
    }


MERGED_TABLES = {
    # table: columns that describe merged content (local bookkeeping such as an event's row
    # number or the time a framework was first stored is left out)
    "audits": "*",
    # signed_by is which package brought a revision here first: it depends on the order
    "revisions": "id, audit_id, indicator, parent_id, merge_parent_id, value, na_reason, "
    "comment, flagged, department, author, site, created_at",
    "answers": "*",
    "conflicts": "*",
    "actions": "*",
    "evidence": "*",
    "evidence_files": "*",
    "audit_events": "audit_id, kind, detail, author, created_at",
    "frameworks": "hash, framework_id, version, definition",
}


def merged_state(app: Application) -> dict[str, list]:
    """Everything a merge writes about audits, as sorted rows: equal states are equal dicts."""
    connection = app.store.database.connection
    return {
        table: sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
        for table, columns in MERGED_TABLES.items()
    }
