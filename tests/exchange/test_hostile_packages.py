"""The hostile corpus (hostile_corpus.cases()): each package is refused with its own message
through every way in — `package verify`, `package import`, and a merge verified on a thread
or in the helper process — and the receiving database is byte for byte what it was (its
`iterdump`), apart from the receipt that records the refusal and, for a package held for a
person, the quarantine row. Many are validly re-signed, so that only the content check can
catch them. The packages are built once for the whole module."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.composition import Application
from app.exchange.exchange_error import PackageError
from app.frameworks.framework_loader import load_framework
from app.models.import_receipt import ReceiptStatus
from app.models.quarantined_package import QuarantinedPackage
from app.paths import AppPaths
from app.services.merge.merge_service import MergeService
from app.services.merge.process_verifier import ProcessVerifier
from tests.audit_filler import answer_everything
from tests.exchange import hostile_corpus as corpus
from tests.exchange.conftest import PASSPHRASE, introduce, scored_names
from tests.fixtures.sample_workbook import write_sample

CASES = corpus.cases()
BY_NAME = {case.name: case for case in CASES}
UNLOGGED = ('INSERT INTO "import_log"', 'INSERT INTO "quarantine"')


def database_fingerprint(app: Application) -> tuple[dict, str]:
    """Row counts and a checksum of every table except the merge log."""
    connection = app.store.database.connection
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'import_log' "
            "ORDER BY name"
        )
    ]
    counts, digest = {}, hashlib.sha256()
    for table in tables:
        rows = sorted(repr(row) for row in connection.execute(f"SELECT * FROM [{table}]"))
        counts[table] = len(rows)
        digest.update(table.encode() + b"\0" + "\n".join(rows).encode())
    return counts, digest.hexdigest()


def dump(app: Application, skip: tuple[str, ...] = UNLOGGED) -> list[str]:
    """The database as SQL text (`iterdump`), without the rows a refusal or a hold adds."""
    return [line for line in app.store.database.connection.iterdump() if not line.startswith(skip)]


@pytest.fixture(scope="module")
def world(tmp_path_factory, catalog):
    """A head office that trusts a field site fully, a signer only for "Mutuelle B", a key
    that expired and one not yet valid, and revoked a former colleague; it holds the field
    site's audit and one of its own. Every hostile package of the corpus, as files."""
    root = tmp_path_factory.mktemp("hostile")
    mp = pytest.MonkeyPatch()
    mp.setenv("JALON_KEY_PASSPHRASE", PASSPHRASE)
    names = ("field", "office", "stranger", "former", "scoped", "expired", "not-yet")
    sites = {name: Application(AppPaths(root / name), author=name.title()) for name in names}
    for app in sites.values():
        app.catalog = catalog
    office = sites["office"]
    introduce(sites["field"], office)
    introduce(sites["former"], office)
    office.trust.revoke(sites["former"].keys.current().key_id, "left the network")
    for name, limits in (
        ("scoped", {"institutions": ("Mutuelle B",)}),
        ("expired", {"valid_until": "2025-01-01"}),
        ("not-yet", {"valid_from": "2099-01-01"}),
    ):
        site = sites[name]
        site.keys.signing_key()
        office.trust.trust(site.keys.public_key_text(site.keys.current()), name.title(), **limits)
    framework = catalog.default()
    packages, contents = {}, {}
    for name in ("field", "stranger", "former", "scoped", "expired", "not-yet"):
        app = sites[name]
        institution = "Mutuelle B" if name == "scoped" else f"Caisse {name}"
        session = app.audits.open(app.audits.create(framework, institution, "SN").id)
        answer_everything(session)
        if name == "field":
            evidence = root / "minutes.txt"
            evidence.write_text("Board minutes, 2025")
            session.attach_evidence(scored_names(framework, 1)[0], evidence)
            session.add_action(scored_names(framework, 1)[0], "Publish the targets")
            session.comment(scored_names(framework, 1)[0], "Seen on site")
            app.packages.export(session.audit, root / "earlier.jalon")
            packages["field-earlier"] = (root / "earlier.jalon").read_bytes()
            session.answer(scored_names(framework, 2)[1], "no")  # an answer changed twice
            # The package carries a review with a reply too: every class of the corpus is a
            # hostile review package as well as a hostile audit package.
            app.reviews.start(session.audit)
            asked = app.reviews.comment(
                session.audit, scored_names(framework, 1)[0], "Which minutes?", must_correct=True
            )
            app.reviews.reply(session.audit, asked, "Board minutes, March 2025")
        target = root / f"{name}.jalon"
        app.packages.export(app.audits.get(session.audit.id), target)
        packages[name] = target.read_bytes()
        contents[name] = app.packages.content(app.audits.get(session.audit.id))[0]
    other = load_framework(write_sample(root / "sample.xlsx")).framework
    field = sites["field"]
    session = field.audits.open(field.audits.create(other, "Caisse field", "SN").id)
    session.answer("q1", "yes")
    contents["other"] = field.packages.content(session.audit)[0]
    assert office.merges.merge_file(root / "field.jalon").status == ReceiptStatus.ACCEPTED
    own = office.audits.create(framework, "Caisse Rurale A", "SN")
    office.audits.open(own.id).answer(scored_names(framework, 1)[0], "yes")
    kit = corpus.Kit(
        items=corpus.entries(packages["field"]),
        keys={name: sites[name].keys.signing_key()[1] for name in names if name != "office"},
        packages=packages,
        contents=contents,
        frameworks={"default": framework, "other": other},
        here={"own": own.id, "field": contents["field"].audit.id},
        questions={
            kind: next(i.name for i in framework.iter_indicators() if i.type.value == kind)
            for kind in ("select_one", "integer", "decimal", "date", "text")
        },
    )
    files = {}
    for number, case in enumerate(CASES):
        files[case.name] = root / "corpus" / f"{number:03d}.jalon"
        files[case.name].parent.mkdir(exist_ok=True)
        files[case.name].write_bytes(case.make(kit))
    yield office, files, sites
    for app in sites.values():
        app.close()
    mp.undo()


def check_receipt(case: corpus.Case, receipt) -> None:
    assert receipt.status.value == case.outcome, (case.name, receipt.message)
    assert receipt.problem == case.kind, (case.name, receipt.message)
    assert case.message in receipt.message, (case.name, receipt.message)
    assert "{" not in receipt.message


def test_the_corpus_has_a_hundred_classes_each_with_its_own_expected_message():
    assert len(CASES) >= 100
    assert len(BY_NAME) == len(CASES)
    refusals = [
        (case.kind, case.message)
        for case in CASES
        if case.outcome == "rejected" and not case.same_as
    ]
    assert len(set(refusals)) == len(refusals), "two classes expect the same refusal"
    assert all(BY_NAME[case.same_as].kind == case.kind for case in CASES if case.same_as)


def verified(office: Application, path: Path) -> tuple[str, str]:
    """What `package verify` says: the refusal's kind and message, or the problem of an
    intact package that a merge would hold ("" when it would merge)."""
    try:
        check = office.packages.verify(path)
    except PackageError as error:
        return error.kind, str(error)
    return (check.problem.kind, str(check.problem)) if check.problem else ("", "")


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_package_verify_refuses_it_and_writes_nothing(world, name):
    office, files, _sites = world
    case = BY_NAME[name]
    before = dump(office, ())
    kind, message = verified(office, files[name])
    assert kind == case.kind and case.message in message, message
    assert dump(office, ()) == before


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_package_import_refuses_it_and_changes_nothing(world, name):
    office, files, _sites = world
    case = BY_NAME[name]
    before = dump(office)
    log_before = len(office.merges.log())

    receipt = office.merges.merge_file(files[name])

    check_receipt(case, receipt)
    assert dump(office) == before
    log = office.merges.log()
    assert len(log) == log_before + 1 and log[0].problem == case.kind
    if case.outcome == "quarantined":
        [held] = [
            q for q in office.merges.quarantined() if q.package_sha256 == receipt.package_sha256
        ]
        assert held.message == receipt.message


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_a_review_import_refuses_it_and_writes_nothing_at_all(world, name):
    """`jalon review import` (a site receiving the head office's review): every hostile
    package refused with its message, without even a receipt or a quarantine row."""
    office, files, _sites = world
    case = BY_NAME[name]
    if case.outcome != "rejected":
        return  # intact packages, covered by the other ways in
    before = dump(office, ())
    with pytest.raises(PackageError) as refused:
        office.review_post.receive(files[name])
    assert refused.value.kind == case.kind and case.message in str(refused.value)
    assert dump(office, ()) == before


@pytest.mark.parametrize("helper_process", [False, True], ids=["thread", "helper-process"])
def test_a_merge_of_the_whole_corpus_refuses_each_alike(world, monkeypatch, helper_process):
    """One merge of every hostile package, verified on a thread or in the helper process:
    the same refusals, kinds and messages, and nothing written."""
    office, files, _sites = world
    finished = []
    monkeypatch.setattr(ProcessVerifier, "worth_it", staticmethod(lambda count: True))
    monkeypatch.setattr(MergeService, "parallel_processes", helper_process)
    monkeypatch.setattr(
        ProcessVerifier,
        "finish",
        lambda self, outcome, real=ProcessVerifier.finish: (
            finished.append(outcome) or real(self, outcome)
        ),
    )
    before = dump(office)

    receipts = office.merges.merge([files[case.name] for case in CASES])

    assert len(finished) == (len(CASES) if helper_process else 0)
    for case, receipt in zip(CASES, receipts, strict=True):
        check_receipt(case, receipt)
    messages = {
        case.name: r.message
        for case, r in zip(CASES, receipts, strict=True)
        if r.status == ReceiptStatus.REJECTED
    }
    own = [message for name, message in messages.items() if not BY_NAME[name].same_as]
    assert len(set(own)) == len(own), "two classes got the same message"
    assert all(messages[case.same_as] == messages[case.name] for case in CASES if case.same_as)
    assert dump(office) == before


def test_an_audit_taken_over_by_a_scoped_signer_is_held_with_both_sides(world):
    """Seen in the field: a key trusted only for "Mutuelle B" sent a package carrying
    Caisse Rurale A's audit id, claiming "Mutuelle B"; it merged and changed an answer of
    Caisse Rurale A. Now it is held, and the receipt and the quarantine list say both."""
    office, files, _sites = world
    receipt = office.merges.merge_file(files["scoped signer takes another institution's audit"])
    assert receipt.status == ReceiptStatus.QUARANTINED
    assert "Caisse Rurale A" in receipt.message and "Mutuelle B" in receipt.message
    assert office.audits.get(receipt.audit_id).institution == "Caisse Rurale A"
    held: list[QuarantinedPackage] = office.merges.quarantined()
    assert any("Caisse Rurale A" in q.message and "Mutuelle B" in q.message for q in held)


def test_the_signer_is_named_as_the_trust_store_names_the_key(world):
    """Seen in an attack: a trusted key signed a package claiming to be the head office's
    director; `package verify`, the receipt and the merge log named the signer as claimed.
    The signature vouches for the key, not for the name typed beside it."""
    office, files, _sites = world
    path = files["trusted signer claims another name"]
    trusted_as = "Field"  # the name `introduce` trusted the field site's key under
    check = office.packages.verify(path)
    assert (check.package.manifest.signer_name, check.package.manifest.signer_organisation) == (
        trusted_as,
        "Network",
    )
    receipt = office.merges.merge_file(path)
    assert receipt.signer_name == trusted_as
    assert corpus.CLAIMED_NAME not in receipt.message
    assert all(r.signer_name != corpus.CLAIMED_NAME for r in office.merges.log())


def test_untrusted_package_can_be_held_and_released(world, make_site, tmp_path, default_framework):
    office, _files, _sites = world
    newcomer = make_site("newcomer")
    audit = newcomer.audits.create(default_framework, "Caisse newcomer", "SN")
    path = tmp_path / "newcomer.jalon"
    newcomer.packages.export(audit, path)
    receipt = office.merges.merge_file(path, quarantine_untrusted=True)
    assert receipt.status == ReceiptStatus.QUARANTINED and receipt.problem == "unknown-signer"
    [held] = [q for q in office.merges.quarantined() if q.package_sha256 == receipt.package_sha256]
    assert all(a.id != held.audit_id for a in office.audits.list())

    info = newcomer.keys.current()
    office.trust.trust(newcomer.keys.public_key_text(info), info.name)
    released = [r for r in office.merges.retry_quarantine() if r.audit_id == held.audit_id]
    assert [r.status for r in released] == [ReceiptStatus.ACCEPTED]
    assert office.audits.get(held.audit_id).institution == "Caisse newcomer"
    assert all(q.audit_id != held.audit_id for q in office.merges.quarantined())


def test_the_quarantine_command_lists_a_held_collision_with_both_sides(world):
    from click.testing import CliRunner

    from app.cli.main import cli

    office, files, _sites = world
    office.merges.merge_file(files["same audit id, another institution"])
    data_dir = Path(office.paths.data_dir)
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "package", "quarantine"])
    assert result.exit_code == 0, result.output
    assert "Caisse field" in result.output and "Caisse Rurale A" in result.output
