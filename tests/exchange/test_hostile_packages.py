"""A corpus of hostile packages: each is refused with its own clear message, and the receiving
database is unchanged except for the receipt that records the refusal."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.composition import Application
from app.exchange.signing_key import SigningKey
from app.models.import_receipt import ReceiptStatus
from app.paths import AppPaths
from app.services.process_verifier import ProcessVerifier
from tests.audit_filler import answer_everything
from tests.exchange import hostile_corpus as corpus
from tests.exchange.conftest import introduce

EXPECTED = {
    "tampered file": "hash-mismatch",
    "tampered manifest": "signature-invalid",
    "wrong signature": "signer-key-mismatch",
    "unknown signer": "unknown-signer",
    "revoked signer": "revoked-signer",
    "path traversal": "path-traversal",
    "absolute path": "absolute-path",
    "duplicate entry": "duplicate-entry",
    "symlink": "link-entry",
    "zip bomb": "compression-ratio",
    "truncated file": "damaged",
    "not a zip": "not-a-zip",
    "unknown format version": "format-too-new",
    "framework hash mismatch": "framework-hash-mismatch",
    "file added after signing": "unlisted-file",
    "file removed after signing": "missing-file",
    "forged signer key": "signer-key-mismatch",
}


def database_fingerprint(app: Application) -> tuple[dict, str]:
    """Row counts and a checksum of every table except the merge log."""
    connection = app.store.database.connection
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'import_log' "
        "ORDER BY name")]
    counts, digest = {}, hashlib.sha256()
    for table in tables:
        rows = sorted(repr(row) for row in connection.execute(f"SELECT * FROM [{table}]"))
        counts[table] = len(rows)
        digest.update(table.encode() + b"\0" + "\n".join(rows).encode())
    return counts, digest.hexdigest()


@pytest.fixture(scope="module")
def world(tmp_path_factory, catalog):
    """A field site, an office that trusts it, a stranger and a revoked former colleague."""
    root = tmp_path_factory.mktemp("hostile")
    mp = pytest.MonkeyPatch()
    mp.setenv("JALON_KEY_PASSPHRASE", "correct horse battery staple")
    sites = {name: Application(AppPaths(root / name), author=name.title())
             for name in ("field", "office", "stranger", "former")}
    for app in sites.values():
        app.catalog = catalog
    introduce(sites["field"], sites["office"])
    introduce(sites["former"], sites["office"])
    sites["office"].trust.revoke(sites["former"].keys.current().key_id, "left the network")
    framework = catalog.default()
    packages = {}
    for name in ("field", "stranger", "former"):
        app = sites[name]
        audit = app.audits.create(framework, f"Caisse {name}", "SN")
        session = app.audits.open(audit.id)
        answer_everything(session)
        target = root / f"{name}.jalon"
        app.packages.export(session.audit, target)
        packages[name] = target.read_bytes()
    yield sites, packages, root
    for app in sites.values():
        app.close()
    mp.undo()


def hostile(case: str, packages: dict, field_key: SigningKey, other_key: SigningKey) -> bytes:
    valid = packages["field"]
    items = corpus.entries(valid)
    audit = dict(items)["audit.json"]
    if case == "tampered file":
        return corpus.build(corpus.replace(items, "audit.json", corpus.flip_last_byte(audit)))
    if case == "tampered manifest":
        manifest = dict(items)["manifest.json"].replace(b"Caisse field", b"Caisse fielD")
        return corpus.build(corpus.replace(items, "manifest.json", manifest))
    if case == "wrong signature":
        return corpus.build(corpus.resign(items, other_key, lambda m: None))
    if case == "unknown signer":
        return packages["stranger"]
    if case == "revoked signer":
        return packages["former"]
    if case == "path traversal":
        return corpus.build([*items, ("evidence/../../outside.txt", b"x")])
    if case == "absolute path":
        return corpus.build([*items, ("/etc/cron.d/jalon", b"x")])
    if case == "duplicate entry":
        return corpus.build([*items, ("audit.json", audit)])
    if case == "symlink":
        return corpus.build(corpus.replace(items, "audit.json", b"/etc/passwd"),
                            links=("audit.json",))
    if case == "zip bomb":
        zeros = bytes(16 * 1024 * 1024)
        return corpus.build([*items, ("evidence/" + hashlib.sha256(zeros).hexdigest(), zeros)])
    if case == "truncated file":
        return valid[: len(valid) * 2 // 3]
    if case == "not a zip":
        return b"%PDF-1.7\n% not a package at all\n"
    if case == "unknown format version":
        return corpus.build(corpus.resign(items, field_key,
                                          lambda m: m.update(format_version=99)))
    if case == "framework hash mismatch":
        return corpus.build(corpus.resign(
            items, field_key, lambda m: m["framework"].update(hash="ab" * 32)))
    if case == "file added after signing":
        return corpus.build([*items, ("evidence/" + "0" * 64, b"smuggled")])
    if case == "file removed after signing":
        return corpus.build([(n, c) for n, c in items if n != "SHA256SUMS"])
    if case == "forged signer key":
        # Someone else's key presented under the trusted signer's key id.
        forged = SigningKey(other_key._private_key, field_key.public.key_id)
        forged_items = corpus.replace(items, "signer.pub", forged.public.to_text().encode())
        return corpus.build(corpus.resign(forged_items, forged, lambda m: None))
    raise AssertionError(case)


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_hostile_package_is_refused_and_changes_nothing(world, case):
    sites, packages, root = world
    office = sites["office"]
    field_key = sites["field"].keys.signing_key()[1]
    other_key = sites["stranger"].keys.signing_key()[1]
    path = root / f"{case.replace(' ', '-')}.jalon"
    path.write_bytes(hostile(case, packages, field_key, other_key))
    before = database_fingerprint(office)
    log_before = len(office.merges.log())

    receipt = office.merges.merge_file(path)

    assert receipt.status == ReceiptStatus.REJECTED
    assert receipt.problem == EXPECTED[case], receipt.message
    assert receipt.message and "{" not in receipt.message
    assert database_fingerprint(office) == before
    log = office.merges.log()
    assert len(log) == log_before + 1 and log[0].problem == EXPECTED[case]


def test_every_hostile_package_gets_its_own_message(world):
    sites, packages, root = world
    office = sites["office"]
    field_key = sites["field"].keys.signing_key()[1]
    other_key = sites["stranger"].keys.signing_key()[1]
    messages = {}
    for case in EXPECTED:
        path = Path(root / "again.jalon")
        path.write_bytes(hostile(case, packages, field_key, other_key))
        messages[case] = office.merges.merge_file(path).message
    assert len(set(messages.values())) == len(messages), messages


def test_hostile_packages_are_refused_alike_when_verified_in_a_helper_process(world,
                                                                             monkeypatch):
    """A large merge verifies in a helper process: the same refusals, kinds and messages
    must come back across the process boundary, and still nothing is written."""
    sites, packages, root = world
    office = sites["office"]
    field_key = sites["field"].keys.signing_key()[1]
    other_key = sites["stranger"].keys.signing_key()[1]
    paths = []
    for case in sorted(EXPECTED):
        paths.append(root / f"batch-{case.replace(' ', '-')}.jalon")
        paths[-1].write_bytes(hostile(case, packages, field_key, other_key))
    expected = {case: office.merges.merge_file(path) for case, path in
                zip(sorted(EXPECTED), paths, strict=True)}  # one at a time: on a thread
    finished = []
    monkeypatch.setattr(ProcessVerifier, "worth_it", staticmethod(lambda count: True))
    monkeypatch.setattr(ProcessVerifier, "finish",
                        lambda self, outcome, real=ProcessVerifier.finish:
                        finished.append(outcome) or real(self, outcome))
    before = database_fingerprint(office)

    receipts = office.merges.merge(paths)

    assert len(finished) == len(paths), "the helper process did not verify the packages"
    for case, receipt in zip(sorted(EXPECTED), receipts, strict=True):
        assert receipt.status == ReceiptStatus.REJECTED
        assert (receipt.problem, receipt.message) == (expected[case].problem,
                                                      expected[case].message), case
    assert database_fingerprint(office) == before


def test_untrusted_package_can_be_held_and_released(world):
    sites, packages, root = world
    office = sites["office"]
    path = root / "stranger-held.jalon"
    path.write_bytes(packages["stranger"])
    receipt = office.merges.merge_file(path, quarantine_untrusted=True)
    assert receipt.status == ReceiptStatus.QUARANTINED and receipt.problem == "unknown-signer"
    [held] = [q for q in office.merges.quarantined() if q.package_sha256 ==
              receipt.package_sha256]
    assert office.audits.list() == [] or all(a.id != held.audit_id for a in office.audits.list())

    stranger = sites["stranger"]
    info = stranger.keys.current()
    office.trust.trust(stranger.keys.public_key_text(info), info.name)
    [released] = office.merges.retry_quarantine()
    assert released.status == ReceiptStatus.ACCEPTED
    assert office.audits.get(held.audit_id).institution == "Caisse stranger"
    assert office.merges.quarantined() == []
