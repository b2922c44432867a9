"""Migration m008 gives each existing action one step of history; two installations that
upgrade the same action give that step the same id, so that their packages join without a
duplicate step."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.composition import Application
from app.paths import AppPaths

FIXTURES = Path(__file__).parent / "fixtures"


def _upgraded(folder: Path) -> Application:
    paths = AppPaths(folder)
    paths.database.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "schema_v7.sqlite3", paths.database)
    return Application(paths, author="Moussa")


def test_two_installations_upgrading_the_same_action_agree_on_its_step(tmp_path):
    audit = json.loads((FIXTURES / "schema_v7.json").read_text(encoding="utf-8"))["audit"]
    field, office = _upgraded(tmp_path / "field"), _upgraded(tmp_path / "office")
    try:
        steps = [
            [(r.id, r.item) for r in app.store.actions.revisions(audit)] for app in (field, office)
        ]
        held = [app.store.actions.for_audit(audit, include_deleted=True) for app in (field, office)]
    finally:
        field.close()
        office.close()
    assert steps[0] == steps[1]
    assert len(steps[0]) == len(held[0]) == 2  # the kept action and the removed one
    assert {item for _id, item in steps[0]} == set(held[0])
