"""A small network for peer-benchmark tests and screenshots: a head office with accepted
audits of six institutions of Senegal on the bundled framework, answered in six different
mixes so that the peer group's quartiles spread, a signed benchmark built from them, and a
field site that trusts the office and imports it (the `peer_field` fixture of conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.composition import Application
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from tests.audit_filler import answer_everything
from tests.exchange.conftest import PASSPHRASE, introduce

# One mix of answers per institution (scored questions take them in turn).
MIXES = (
    ("yes", "no", "no", "no"),
    ("partially", "no"),
    ("yes", "no"),
    ("yes", "partially", "no"),
    ("yes", "yes", "no"),
    ("yes", "yes", "yes", "partially"),
)


def accepted_peers(office: Application, framework, country: str = "SN") -> list[str]:
    """One accepted audit per mix; their ids."""
    ids = []
    for number, mix in enumerate(MIXES, start=1):
        audit = office.audits.create(framework, f"Institution {number}", country)
        answer_everything(office.audits.open(audit.id), cycle=mix, variant=number)
        office.reviews.start(audit)
        office.reviews.accept(audit)
        ids.append(audit.id)
    return ids


def network(office: Application, field: Application, framework, folder: Path) -> Path:
    """The office's accepted peers and benchmark, imported at the field site; the file."""
    accepted_peers(office, framework)
    target = folder / "network.jalonbench"
    office.benchmarks.build(target)
    introduce(field, office)
    field.benchmarks.import_file(target)
    return target


def field_with_peers(folder: Path, catalog) -> Iterator[tuple[Application, str, str]]:
    """(a field site with the network's benchmark imported, its audit in Senegal, its audit
    in Mali), all answered; for a session-wide fixture that tests only read."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(PASSPHRASE_ENV, PASSPHRASE)
        office = Application(AppPaths(folder / "office"), author="Bintou Sow")
        field = Application(AppPaths(folder / "field"), author="Awa Diop")
        office.catalog = field.catalog = catalog
        network(office, field, catalog.default(), folder)
        office.close()
        ids = []
        for name, country in (("Caisse Rurale de Kolda", "SN"), ("Mutuelle de Kayes", "ML")):
            audit = field.audits.create(catalog.default(), name, country)
            answer_everything(field.audits.open(audit.id), cycle=("yes", "partially"))
            ids.append(audit.id)
        yield field, ids[0], ids[1]
        field.close()
