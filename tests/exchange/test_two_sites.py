"""Two installations exchange one audit both ways with edits on each side."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.models.errors import JalonError
from app.models.import_receipt import ReceiptStatus
from app.services.merge.action_plan_merge import NOTE_ACTION_REMOVED
from app.services.merge.conflict_service import Resolution
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, scored_names, state_of


def test_audit_travels_both_ways_and_converges(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    names = scored_names(default_framework, 4)

    first = tmp_path / "first.jalon"
    field.packages.export(session.audit, first)
    receipt = office.merges.merge_file(first)
    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    assert state_of(office, audit.id) == state_of(field, audit.id)

    # Non-overlapping edits on both sides, one overlapping edit.
    session.answer(names[0], "no")
    session.answer(names[2], "partially")
    remote = office.audits.open(audit.id)
    remote.answer(names[1], "no")
    remote.answer(names[2], "no")

    back = tmp_path / "back.jalon"
    office.packages.export(remote.audit, back)
    receipt = field.merges.merge_file(back)
    assert receipt.status == ReceiptStatus.CONFLICTS
    assert receipt.conflicts == 1
    answers = field.store.revisions.current(audit.id)
    assert answers[names[0]].value == "no" and answers[names[1]].value == "no"

    again = field.merges.merge_file(back)
    assert again.status == ReceiptStatus.ALREADY_PRESENT

    [view] = field.conflicts.list(session.audit, default_framework)
    assert view.indicator.name == names[2]
    assert view.mine.value == "partially" and view.theirs.value == "no"
    # Their side names the key that signed it as well as the author it claims.
    assert (view.mine.signed_by, view.theirs.signed_by) == ("", office.keys.current().key_id)
    from click.testing import CliRunner

    from app.cli.main import cli

    listed = CliRunner().invoke(
        cli, ["--data-dir", str(field.paths.data_dir), "conflicts", "list", audit.id]
    )
    assert (
        f"claimed: Office, site {office.identity.site[:8]}; signed by Office, key "
        f"{office.keys.current().key_id}"
    ) in listed.output, listed.output
    field.conflicts.resolve(view.conflict, session.audit, default_framework, Resolution.KEEP_THEIRS)
    assert field.conflicts.list(session.audit, default_framework) == []

    final = tmp_path / "final.jalon"
    field.packages.export(field.audits.get(audit.id), final)
    receipt = office.merges.merge_file(final)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert state_of(office, audit.id) == state_of(field, audit.id)
    assert office.store.revisions.current(audit.id)[names[2]].value == "no"


def test_a_cancelled_merge_stops_between_packages(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    paths = []
    for n in range(3):
        audit = field.audits.create(default_framework, f"Caisse {n}", "CM")
        paths.append(tmp_path / f"p{n}.jalon")
        field.packages.export(audit, paths[-1])
    asked = []

    def cancelled() -> bool:  # the person presses Cancel while the first package merges
        asked.append(True)
        return len(asked) > 1

    receipts = office.merges.merge(paths, cancelled=cancelled)
    assert [r.status for r in receipts] == [ReceiptStatus.ACCEPTED]
    assert [a.institution for a in office.audits.list()] == ["Caisse 0"]


def test_an_open_conflict_blocks_finalization_until_resolved(
    make_site, tmp_path, default_framework
):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    name = scored_names(default_framework, 1)[0]
    shared = tmp_path / "shared.jalon"
    field.packages.export(session.audit, shared)
    office.merges.merge_file(shared)
    session.answer(name, "partially")
    remote = office.audits.open(audit.id)
    remote.answer(name, "no")
    back = tmp_path / "back.jalon"
    office.packages.export(remote.audit, back)
    assert field.merges.merge_file(back).conflicts == 1

    reopened = field.audits.open(audit.id)
    blockers = reopened.blockers()
    assert [b.indicator for b in blockers] == [name]
    assert "conflicting answers" in blockers[0].message
    [view] = field.conflicts.list(reopened.audit, default_framework)
    field.conflicts.resolve(view.conflict, reopened.audit, default_framework, Resolution.KEEP_MINE)
    final = field.audits.open(audit.id)
    assert final.blockers() == []
    assert final.finalize().is_finalized


def test_a_package_target_inside_a_file_gets_a_clear_message(
    make_site, tmp_path, default_framework
):
    field = make_site("field")
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the user expected a folder")
    target = blocker / "audit.jalon"
    with pytest.raises(JalonError, match="cannot write the package"):
        field.packages.export(audit, target)
    assert blocker.read_text() == "a file where the user expected a folder"


def test_removing_an_action_travels_and_does_not_come_back(make_site, tmp_path, default_framework):
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    answer_everything(session)
    target = scored_names(default_framework, 1)[0]
    kept = session.add_action(target, "Train the loan officers")
    dropped = session.add_action(target, "Write a complaints procedure")
    first = tmp_path / "first.jalon"
    field.packages.export(session.audit, first)
    office.merges.merge_file(first)
    assert {a.title for a in office.audits.open(audit.id).actions()} == {kept.title, dropped.title}

    session.delete_action(dropped)
    assert [a.title for a in session.actions()] == [kept.title]
    second = tmp_path / "second.jalon"
    field.packages.export(session.audit, second)
    receipt = office.merges.merge_file(second)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert receipt.notes == (NOTE_ACTION_REMOVED,)
    assert [a.title for a in office.audits.open(audit.id).actions()] == [kept.title]

    # The office's older copy, still listing the action, does not bring it back.
    assert field.merges.merge_file(first).status == ReceiptStatus.ALREADY_PRESENT
    assert [a.title for a in field.audits.open(audit.id).actions()] == [kept.title]

    # A finalized audit's seal covers the plan as it stands, and packages still verify.
    answer_everything(session)
    blockers = session.blockers()
    assert not blockers, blockers
    session.finalize()
    sealed = tmp_path / "sealed.jalon"
    field.packages.export(session.audit, sealed)
    receipt = office.merges.merge_file(sealed)
    assert receipt.status == ReceiptStatus.UPDATED, receipt.message
    assert office.audits.get(audit.id).is_finalized


def test_a_comment_saved_over_the_old_limit_still_exports_and_imports(
    make_site, tmp_path, default_framework
):
    """A 200,000-character comment saved before input limits existed made every later
    `package export` fail ("revisions[1].comment must be a text"), even after the comment
    was changed: the old revision stays in the history. The package's own bound is ten times
    the input limit, so what was saved travels."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    name = scored_names(default_framework, 1)[0]
    session.answer(name, "yes")
    long_comment = "Procès-verbal recopié. " * 9_000  # 207,000 characters
    revision = field.store.revisions.current(audit.id)[name]
    field.store.revisions.append(
        replace(
            field.store.revisions.all_for_audit(audit.id)[-1],
            id="old-long-comment",
            parent_id=revision.revision_id,
            comment=long_comment,
        )
    )
    session = field.audits.open(audit.id)
    session.comment(name, "short again")

    package = tmp_path / "long.jalon"
    field.packages.export(field.audits.get(audit.id), package)
    receipt = office.merges.merge_file(package)

    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    history = office.audits.open(audit.id).history(name)
    assert long_comment in [r.comment for r in history]


def test_files_that_compress_like_a_zip_bomb_still_travel(make_site, tmp_path, default_framework):
    """Found by fuzzing merged packages: an audit whose audit.json or evidence deflates more
    than 200 times (an evidence file of zeros, such as a blank scan; a text of a million dots
    received in a package) could not be exported ("audit.json in the package expands 555
    times when unpacked: this is how zip bombs work"): the writer's own check refused what
    every reader would refuse. Such an entry is now stored uncompressed, and it travels."""
    import io
    import zipfile

    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    name = scored_names(default_framework, 1)[0]
    blank_scan = tmp_path / "blank-page.bmp"
    blank_scan.write_bytes(bytes(3_000_000))
    session.attach_evidence(name, blank_scan)
    session.answer(name, "yes")
    dots = "." * 600_000  # over the input limit: as received in a package, or an older Jalon
    for number in range(2):  # audit.json over 1 MB: the size from which the ratio counts
        revision = field.store.revisions.current(audit.id)[name]
        field.store.revisions.append(
            replace(
                field.store.revisions.all_for_audit(audit.id)[-1],
                id=f"pasted-dots-{number}",
                parent_id=revision.revision_id,
                comment=dots + str(number),
            )
        )

    package = tmp_path / "compressible.jalon"
    field.packages.export(field.audits.get(audit.id), package)
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
        stored = {i.filename for i in archive.infolist() if i.compress_type == zipfile.ZIP_STORED}
    assert "audit.json" in stored and any(n.startswith("evidence/") for n in stored)
    receipt = office.merges.merge_file(package)

    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    arrived = office.audits.open(audit.id)
    assert arrived.answer_of(name).comment == dots + "1"
    [link] = arrived.evidence(name)
    assert arrived.evidence_data(link) == bytes(3_000_000)


def test_a_claimed_author_is_shown_beside_the_signer_that_proves_it(
    make_site, tmp_path, default_framework
):
    """Seen in the field: revisions claiming another author and site than the signer's were
    merged and shown as that author's. The claim is kept (it may be a colleague's work
    relayed), and the key that signed the package is recorded and shown beside it: in the
    receipt, in `jalon audit history` and in the conflicts list."""
    import json

    from click.testing import CliRunner

    from app.cli.main import cli
    from tests.exchange import hostile_corpus as corpus

    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    audit = field.audits.create(default_framework, "Caisse du Fleuve", "SN")
    name = scored_names(default_framework, 1)[0]
    field.audits.open(audit.id).answer(name, "yes")
    genuine = tmp_path / "genuine.jalon"
    field.packages.export(field.audits.get(audit.id), genuine)
    items = corpus.entries(genuine.read_bytes())
    document = json.loads(dict(items)["audit.json"])
    document["revisions"][0].update(author="Director General", site=office.identity.site)
    forged = tmp_path / "forged.jalon"
    forged.write_bytes(
        corpus.build(
            corpus.resign(
                corpus.replace(items, "audit.json", json.dumps(document).encode()),
                field.keys.signing_key()[1],
                lambda manifest: None,
            )
        )
    )

    receipt = office.merges.merge_file(forged)

    assert receipt.status == ReceiptStatus.ACCEPTED, receipt.message
    assert receipt.authors == (f"Director General ({office.identity.site[:8]})",)
    key = field.keys.current().key_id
    [revision] = office.audits.open(audit.id).history(name)
    assert (revision.author, revision.signed_by) == ("Director General", key)
    assert field.audits.open(audit.id).history(name)[0].signed_by == ""  # made there
    run = CliRunner()
    data = ["--data-dir", str(office.paths.data_dir)]
    history = run.invoke(cli, [*data, "audit", "history", audit.id, name])
    assert history.exit_code == 0, history.output
    assert (
        f"claimed: Director General, site {office.identity.site[:8]}; signed by Field, key {key}"
    ) in history.output
    log = run.invoke(cli, [*data, "package", "log"])
    assert (
        f"changes by Director General ({office.identity.site[:8]}) (as claimed); signed "
        f"by Field, key {key}"
    ) in log.output
