"""Preparing a portable installation for removal: a real database on a real file."""

from app.services.removal_service import RemovalService
from app.storage.store import Store


def side_files(database):
    return [p for p in database.parent.iterdir() if p.name.startswith(database.name + "-")]


def test_the_database_is_checkpointed_closed_and_whole_on_its_own(application, session):
    session.answer("1.1.1.1", "yes")
    database = application.paths.database
    assert side_files(database)  # WAL mode: the log sits beside the file while open

    report = RemovalService().prepare(application.store, release=application.close)

    assert report.ready, report.problems
    assert report.database == database
    assert side_files(database) == []
    # The main file alone holds the answer: copy it without its side files and read it.
    copy = database.parent / "copy.sqlite3"
    copy.write_bytes(database.read_bytes())
    reopened = Store.open(copy)
    try:
        name = session.indicator("1.1.1.1").name
        assert reopened.revisions.current(session.audit.id)[name].value == "yes"
    finally:
        reopened.close()


def test_a_second_window_on_the_same_database_blocks_removal(application, session):
    session.answer("1.1.1.1", "yes")
    other_window = Store.open(application.paths.database)
    try:
        report = RemovalService().prepare(application.store, release=application.close)
    finally:
        other_window.close()
    assert not report.ready
    assert "still open in another Jalon window" in str(report.problems[0])


def test_the_application_reopens_the_database_after_preparing(application, session):
    session.answer("1.1.1.1", "yes")
    RemovalService().prepare(application.store, release=application.close)
    assert application.audits.open(session.audit.id).answer_of("1.1.1.1").value == "yes"


def test_without_a_release_the_store_itself_is_closed(tmp_path):
    store = Store.open(tmp_path / "jalon.sqlite3")
    report = RemovalService().prepare(store)
    assert report.ready and side_files(tmp_path / "jalon.sqlite3") == []
