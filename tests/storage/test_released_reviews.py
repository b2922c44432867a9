"""A database file written by a release with reviews keeps them: a later Jalon opens it with
the review's state, comments and replies as that release left them (the files of
tests/storage/fixtures whose description has a "review")."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.composition import Application
from app.paths import AppPaths

FIXTURES = Path(__file__).parent / "fixtures"
WITH_REVIEWS = sorted(
    path.stem
    for path in FIXTURES.glob("schema_v*.json")
    if "review" in json.loads(path.read_text(encoding="utf-8"))
)


def test_the_first_schema_with_reviews_has_a_file():
    assert "schema_v7" in WITH_REVIEWS


@pytest.mark.parametrize("name", WITH_REVIEWS)
def test_an_old_file_keeps_its_review(name, tmp_path):
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    paths = AppPaths(tmp_path / "data")
    paths.database.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURES / f"{name}.sqlite3", paths.database)
    application = Application(paths, author="Moussa")
    try:
        audit = application.audits.get(expected["audit"])
        review = application.reviews.review(audit)
        assert review.state.value == expected["review"]["state"]
        assert [
            [c.target, c.text, c.must_correct, bool(c.reply_to)] for c in review.comments
        ] == expected["review"]["comments"]
        # The replied correction no longer blocks; the review goes on where it was left.
        assert application.reviews.open_corrections(audit) == []
        application.reviews.accept(audit)
    finally:
        application.close()
