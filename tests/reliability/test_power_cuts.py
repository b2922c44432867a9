"""Power cuts at many moments of Jalon's writes: answer saves, a schema migration, a merge of
packages, backups. Each workload runs once on the recording VFS (power_cut_vfs.py); then, for
each chosen moment, the disk a power cut there would leave (unsynced writes lost or torn) is
rebuilt in a new folder and opened by Jalon's real open path. There it must pass
`PRAGMA integrity_check` and hold every change acknowledged before the moment (a call that had
returned: WAL with synchronous=FULL syncs every commit before it returns).

JALON_POWER_CUTS sets the number of moments per workload (every moment when larger than the
workload: docs/reliability.md records such a run), JALON_POWER_CUT_SEED the random choices.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.composition import Application
from app.models.errors import JalonError
from app.paths import AppPaths
from app.services.key_service import PASSPHRASE_ENV
from app.storage.database import SCHEMA_VERSION
from tests.reliability.power_cut_vfs import PowerCutVfs, Recording

CUTS = int(os.environ.get("JALON_POWER_CUTS", "24"))
SEED = int(os.environ.get("JALON_POWER_CUT_SEED", "2026"))
FIXTURES = Path(__file__).parents[1] / "storage" / "fixtures"

pytestmark = [
    pytest.mark.slow,  # about 30 s for the file on 2 cores
    pytest.mark.skipif(
        not PowerCutVfs.available(),
        reason="Python's sqlite3 is not linked to a shared libsqlite3: no VFS can be installed",
    ),
]


@dataclass(frozen=True)
class Acknowledged:
    at: int  # events recorded when the call returned
    what: str
    present: Callable[[Application], bool]


@dataclass
class Workload:
    database: Path
    recording: Recording
    acknowledged: list[Acknowledged]


@dataclass
class Outcome:
    cuts: int = 0
    acknowledged: int = 0  # acknowledged changes checked, summed over the cuts
    lost: int = 0
    integrity_failures: int = 0


def _revisions(application: Application, audit_id: str) -> set[str]:
    return {r.id for r in application.store.revisions.all_for_audit(audit_id)}


def _questions(framework) -> list[str]:
    return [i.name for i in framework.iter_indicators() if len(i.choices) > 1 and not i.constraint]


class Recorder:
    """Runs a workload on the recording VFS and notes each acknowledged change."""

    def __init__(self, vfs: PowerCutVfs, database: Path):
        self.vfs, self.database = vfs, database
        self.acknowledged: list[Acknowledged] = []

    def saved(self, what: str, present: Callable[[Application], bool]) -> None:
        self.acknowledged.append(Acknowledged(self.vfs.mark(), what, present))

    def answer_some(
        self,
        application: Application,
        audit_id: str,
        rounds: int,
        questions: int = 6,
        first_round: int = 0,
    ) -> None:
        """Each round moves every answer to another choice and changes a comment."""
        session = application.audits.open(audit_id)
        names = _questions(session.framework)[:questions]
        for round_ in range(first_round, first_round + rounds):
            for name in names:
                choices = session.indicator(name).choices
                answer = session.answer(name, choices[round_ % len(choices)].name)
                self.saved(
                    f"answer {name}",
                    lambda app, r=answer.revision_id: r in _revisions(app, audit_id),
                )
            comment = session.comment(names[round_ % len(names)], f"note {round_} " * 40)
            self.saved("comment", lambda app, r=comment.revision_id: r in _revisions(app, audit_id))


def _record(vfs, database, run: Callable[[Recorder], None]) -> Workload:
    recorder = Recorder(vfs, database)
    with vfs.recording(database) as recording:
        run(recorder)
    assert vfs.errors == []
    return Workload(database, recording, recorder.acknowledged)


def _application(data: Path, catalog, author: str = "Awa") -> Application:
    application = Application(AppPaths(data), author=author)
    application.catalog = catalog
    return application


# --- the workloads ----------------------------------------------------------------------------


def answer_saves(vfs, tmp_path, catalog) -> Workload:
    data = tmp_path / "answers"

    def run(recorder: Recorder) -> None:
        application = _application(data, catalog)
        audit = application.audits.create(catalog.default(), "Caisse de Test", "SN")
        recorder.saved("audit", lambda app: audit.id in {a.id for a in app.audits.list()})
        recorder.answer_some(application, audit.id, rounds=3)
        application.close()

    return _record(vfs, AppPaths(data).database, run)


def migration(vfs, tmp_path, catalog) -> Workload:
    """A file of the first released schema upgraded (with its backup first), then used."""
    data = tmp_path / "migration"
    database = AppPaths(data).database
    database.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", database)
    before = sqlite3.connect(database)
    (audit_id,) = before.execute("SELECT id FROM audits ORDER BY created_at LIMIT 1").fetchone()
    kept = {
        row[0] for row in before.execute("SELECT id FROM revisions WHERE audit_id = ?", (audit_id,))
    }
    before.close()

    def run(recorder: Recorder) -> None:
        recorder.saved("the old file's revisions", lambda app: kept <= _revisions(app, audit_id))
        application = _application(data, catalog)
        application.audits.list()  # opens: backup, then every migration in one transaction
        recorder.saved(
            "migrated",
            lambda app: (
                app.store.database.connection.execute("PRAGMA user_version").fetchone()[0]
                == SCHEMA_VERSION
            ),
        )
        recorder.answer_some(application, audit_id, rounds=1, first_round=1)
        application.close()

    return _record(vfs, database, run)


def merge(vfs, tmp_path, catalog, monkeypatch) -> Workload:
    """A head office merging packages from a field site in two merges (the packages made
    beforehand, outside the recording)."""
    from tests.audit_filler import answer_everything
    from tests.exchange.conftest import PASSPHRASE, introduce

    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    field_site = _application(tmp_path / "field", catalog, "Field")
    office = _application(tmp_path / "office", catalog, "Office")
    introduce(field_site, office)
    packages, expected = [], {}
    for number in range(3):
        audit = field_site.audits.create(catalog.default(), f"Caisse {number}", "SN")
        session = field_site.audits.open(audit.id)
        answer_everything(session, variant=number)
        packages.append(tmp_path / f"caisse-{number}.jalon")
        field_site.packages.export(session.audit, packages[-1])
        expected[audit.id] = _revisions(field_site, audit.id)
    field_site.close()
    office.close()

    def run(recorder: Recorder) -> None:
        application = _application(tmp_path / "office", catalog, "Office")
        for batch in (packages[:2], packages[2:]):  # the first merge must survive the second
            receipts = application.merges.merge(batch)
            assert len(receipts) == len(batch)
            for receipt in receipts:
                recorder.saved(
                    f"merged {receipt.audit_id}",
                    lambda app, a=receipt.audit_id: expected[a] <= _revisions(app, a),
                )
        application.close()

    return _record(vfs, AppPaths(tmp_path / "office").database, run)


def backups(vfs, tmp_path, catalog) -> Workload:
    """Answers saved between backups taken by hand and on the way out."""
    data = tmp_path / "backups"
    application = _application(data, catalog)
    audit = application.audits.create(catalog.default(), "Caisse de Test", "SN")
    application.close()

    def run(recorder: Recorder) -> None:
        application = _application(data, catalog)
        for round_ in range(3):
            recorder.answer_some(application, audit.id, rounds=1, questions=3, first_round=round_)
            application.backups.create()
        application.close()

    return _record(vfs, AppPaths(data).database, run)


# --- the cuts ---------------------------------------------------------------------------------


def _moments(workload: Workload, chance: random.Random) -> list[int]:
    """Every moment when CUTS allows; else the first writes of the files, the moments on
    either side of each sync (a commit becoming durable), then random ones, up to CUTS."""
    events = workload.recording.events
    if len(events) + 1 <= CUTS:
        return list(range(len(events) + 1))
    syncs = [i + step for i, event in enumerate(events) if event[0] == "sync" for step in (0, 1)]
    chosen = set(range(4)) | set(chance.sample(syncs, min(len(syncs), CUTS // 2)))
    others = sorted(set(range(len(events) + 1)) - chosen)
    chosen |= set(chance.sample(others, max(0, CUTS - len(chosen))))
    return sorted(chosen)


def _after_the_cut(
    workload: Workload, cut: int, folder: Path, chance: random.Random, catalog, outcome: Outcome
) -> None:
    data = folder / "data"
    data.mkdir(parents=True)
    for path, content in workload.recording.disk_at(cut, chance).items():
        (data / path.name).write_bytes(content)
    due = [a for a in workload.acknowledged if a.at <= cut]
    application = _application(data, catalog, "After")
    try:
        application.audits.list()  # Jalon's real open: WAL recovery, checks, migrations
        if application.store.database.integrity_problems():
            outcome.integrity_failures += 1
        outcome.lost += sum(not change.present(application) for change in due)
    except JalonError:
        outcome.integrity_failures += 1
    finally:
        application.close()
    outcome.cuts += 1
    outcome.acknowledged += len(due)
    shutil.rmtree(folder)


WORKLOADS = {
    "answer saves": answer_saves,
    "migration": migration,
    "merge": merge,
    "backups": backups,
}


@pytest.mark.parametrize("name", WORKLOADS)
def test_a_power_cut_never_loses_an_acknowledged_change(
    name, tmp_path, catalog, monkeypatch, capsys
):
    vfs = PowerCutVfs.install()
    make = WORKLOADS[name]
    arguments = (
        (vfs, tmp_path, catalog, monkeypatch) if name == "merge" else (vfs, tmp_path, catalog)
    )
    workload = make(*arguments)
    chance = random.Random(f"{SEED}-{name}")
    outcome = Outcome()
    for cut in _moments(workload, chance):
        _after_the_cut(workload, cut, tmp_path / f"cut-{cut}", chance, catalog, outcome)
    syncs = sum(event[0] == "sync" for event in workload.recording.events)
    with capsys.disabled():
        print(
            f"\n{name}: {len(workload.recording.events)} events ({syncs} syncs), "
            f"{outcome.cuts} cuts, {outcome.acknowledged} acknowledged changes checked, "
            f"{outcome.lost} lost, {outcome.integrity_failures} integrity failures"
        )
    assert workload.acknowledged and outcome.cuts
    assert (outcome.lost, outcome.integrity_failures) == (0, 0)


def test_a_power_cut_while_the_database_is_first_made_leaves_none_or_a_whole_one(
    tmp_path, catalog, capsys
):
    """Jalon's first start on a computer. Every moment until the database's first sync, 16
    times over (each write lost, made or torn anew): Jalon then starts, on a sound file."""
    vfs = PowerCutVfs.install()
    data = tmp_path / "first"

    def run(recorder: Recorder) -> None:
        _application(data, catalog).audits.list()  # makes the database, then closes it

    workload = _record(vfs, AppPaths(data).database, run)
    events = workload.recording.events
    first_sync = next(i for i, event in enumerate(events) if event[0] == "sync")
    chance = random.Random(SEED)
    outcome = Outcome()
    for cut in range(first_sync + 2):
        for draw in range(16):
            folder = tmp_path / f"cut-{cut}-{draw}"
            _after_the_cut(workload, cut, folder, chance, catalog, outcome)
    with capsys.disabled():
        print(
            f"\nfirst start: {first_sync + 2} moments, {outcome.cuts} cuts, "
            f"{outcome.integrity_failures} integrity failures"
        )
    assert (outcome.cuts, outcome.integrity_failures) == ((first_sync + 2) * 16, 0)


def test_the_simulation_catches_commits_that_were_not_synced(tmp_path):
    """The same cuts on a database committing with synchronous=OFF (no sync before a commit
    returns): acknowledged rows are lost, so a durability bug in Jalon would be seen."""
    vfs = PowerCutVfs.install()
    database = tmp_path / "unsynced.sqlite3"
    acknowledged = []
    with vfs.recording(database) as recording:
        connection = sqlite3.connect(database)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        for number in range(40):
            connection.execute("INSERT INTO t VALUES (?)", (number,))
            connection.commit()
            acknowledged.append((number, vfs.mark()))
        connection.close()
    chance = random.Random(SEED)
    lost = 0
    for cut in range(0, len(recording.events) + 1, 3):
        folder = tmp_path / f"cut-{cut}"
        folder.mkdir()
        for path, content in recording.disk_at(cut, chance).items():
            (folder / path.name).write_bytes(content)
        check = sqlite3.connect(folder / database.name)
        try:
            rows = {row[0] for row in check.execute("SELECT x FROM t")}
        except sqlite3.DatabaseError:
            rows = set()
        check.close()
        lost += sum(number not in rows for number, at in acknowledged if at <= cut)
    assert lost > 0
