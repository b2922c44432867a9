"""Builders of hostile packages: a valid package taken apart and put back together wrong."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import stat
import struct
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content import PackageContent
from app.exchange.package_encryption import PackageEncryption
from app.exchange.package_writer import PackageWriter
from app.exchange.signing_key import SigningKey
from app.models.framework import Framework
from app.models.review import ReviewEvent, ReviewState
from app.services.identity import utc_now


def entries(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def build(items: list[tuple[str, bytes]], links: tuple[str, ...] = ()) -> bytes:
    """A zip of `items`, in order, duplicates and odd names allowed; `links` are symlinks."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in items:
                info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3
                mode = (stat.S_IFLNK | 0o777) if name in links else (stat.S_IFREG | 0o644)
                info.external_attr = mode << 16
                archive.writestr(info, content)
    return buffer.getvalue()


def replace(items: list[tuple[str, bytes]], name: str, content: bytes) -> list[tuple[str, bytes]]:
    return [(n, content if n == name else c) for n, c in items]


def flip_last_byte(content: bytes) -> bytes:
    return content[:-2] + bytes([content[-2] ^ 0x01]) + content[-1:]


def resign(items: list[tuple[str, bytes]], key: SigningKey, change) -> list[tuple[str, bytes]]:
    """Recompute SHA256SUMS and the manifest's file list as a careful forger would, edit the
    manifest with `change(dict)`, and sign it with `key`."""
    contents = dict(items)
    listed = [n for n, _ in items if n not in ("manifest.json", "manifest.json.minisig")]
    contents["SHA256SUMS"] = "".join(
        f"{hashlib.sha256(contents[n]).hexdigest()}  {n}\n"
        for n in sorted(listed)
        if n != "SHA256SUMS"
    ).encode()
    items = replace(items, "SHA256SUMS", contents["SHA256SUMS"])
    manifest = json.loads(contents["manifest.json"])
    manifest["files"] = [
        {"path": n, "sha256": hashlib.sha256(contents[n]).hexdigest(), "size": len(contents[n])}
        for n in sorted(listed)
    ]
    change(manifest)
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    comment = (
        f"jalon package {manifest['package_id']} audit {manifest['audit']['id']} "
        f"framework {manifest['framework']['hash'][:16]} signed {manifest['created_at']}"
    )
    signature = MinisignSignature.create(key, data, comment).to_text().encode("utf-8")
    return replace(replace(items, "manifest.json", data), "manifest.json.minisig", signature)


# --- the corpus: named hostile packages, each with the refusal it must get -------------------


@dataclass
class Kit:
    """What the hostile packages are made from: a genuine package of an answered audit with an
    action, a log and an evidence file, the keys of the signers the receiver knows, and genuine
    packages of those signers."""

    items: list[tuple[str, bytes]]
    keys: dict[str, SigningKey]
    packages: dict[str, bytes]
    contents: dict[str, PackageContent]  # genuine content of the packages above, by name
    frameworks: dict[str, Framework]  # "default" and "other"
    here: dict[str, str]  # audit ids recorded at the receiver: "own" (its own audit), "field"
    questions: dict[str, str]  # a question of each type: "select_one", "integer", ...

    @property
    def audit(self) -> dict:
        return json.loads(dict(self.items)["audit.json"])

    @property
    def manifest(self) -> dict:
        return json.loads(dict(self.items)["manifest.json"])


@dataclass(frozen=True)
class Case:
    name: str
    kind: str  # the receipt's problem ("" when the outcome is not a refusal)
    message: str  # a part of the message that only this refusal gives
    make: Callable[[Kit], bytes]
    outcome: str = "rejected"  # or "quarantined" (held for a person), "already-present"
    same_as: str = ""  # another class caught by the same check, with the very same message


def signed(
    kit: Kit,
    replaced: dict[str, bytes] | None = None,
    key: str = "field",
    change: Callable[[dict], None] | None = None,
    items=None,
) -> bytes:
    """The genuine package with files `replaced`, re-signed by `key` as a careful forger
    would (SHA256SUMS and the manifest's file list recomputed)."""
    items = list(items or kit.items)
    for name, content in (replaced or {}).items():
        items = replace(items, name, content) if name in dict(items) else [*items, (name, content)]
    return build(resign(items, kit.keys[key], change or (lambda manifest: None)))


def audit_edit(change: Callable[[dict, Kit], None]) -> Callable[[Kit], bytes]:
    """A package whose audit.json was edited by `change(document, kit)`, validly re-signed:
    only the content check can catch it."""

    def make(kit: Kit) -> bytes:
        document = kit.audit
        change(document, kit)
        return signed(kit, {"audit.json": json.dumps(document, ensure_ascii=False).encode()})

    return make


def audit_text(old: bytes, new: bytes) -> Callable[[Kit], bytes]:
    """A package whose audit.json text had `old` replaced by `new` (once), re-signed."""

    def make(kit: Kit) -> bytes:
        text = dict(kit.items)["audit.json"]
        assert old in text, old
        return signed(kit, {"audit.json": text.replace(old, new, 1)})

    return make


def manifest_edit(change: Callable[[dict], None], key: str = "field") -> Callable[[Kit], bytes]:
    return lambda kit: signed(kit, key=key, change=change)


def manifest_text(old: bytes, new: bytes) -> Callable[[Kit], bytes]:
    """A manifest whose text had `old` replaced by `new`, signed as it is (no re-parsing)."""

    def make(kit: Kit) -> bytes:
        text = dict(kit.items)["manifest.json"].replace(old, new, 1)
        assert old in dict(kit.items)["manifest.json"], old
        return build(sign_manifest(replace(kit.items, "manifest.json", text), kit.keys["field"]))

    return make


def sign_manifest(
    items: list[tuple[str, bytes]], key: SigningKey, comment: str | None = None
) -> list[tuple[str, bytes]]:
    """Sign the manifest as it stands, with its own trusted comment unless told another."""
    manifest = dict(items)["manifest.json"]
    if comment is None:
        document = json.loads(manifest)
        comment = (
            f"jalon package {document['package_id']} audit {document['audit']['id']} "
            f"framework {document['framework']['hash'][:16]} signed "
            f"{document['created_at']}"
        )
    signature = MinisignSignature.create(key, manifest, comment).to_text().encode("utf-8")
    return replace(items, "manifest.json.minisig", signature)


def revision(document: dict, index: int = 0) -> dict:
    return document["revisions"][index]


def answer_of(kit: Kit, kind: str) -> Callable[[dict], dict]:
    """The first revision of the question of type `kind`."""
    name = kit.questions[kind]
    return lambda document: next(r for r in document["revisions"] if r["indicator"] == name)


def set_answer(kind: str, value: object) -> Callable[[Kit], bytes]:
    def change(document: dict, kit: Kit) -> None:
        answer_of(kit, kind)(document)["value"] = value

    return audit_edit(change)


def raw_zip_patch(data: bytes, name: str, where: str, offset: int, value: bytes) -> bytes:
    """Bytes of `name`'s local ("local") or central ("central") zip header overwritten."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
        start = archive.start_dir
    if where == "local":
        position = info.header_offset
    else:
        position = start
        while True:
            assert data[position : position + 4] == b"PK\x01\x02"
            length, extra, comment = struct.unpack("<HHH", data[position + 28 : position + 34])
            if data[position + 46 : position + 46 + length] == name.encode():
                break
            position += 46 + length + extra + comment
    position += offset
    return data[:position] + value + data[position + len(value) :]


def lie_about_size(kit: Kit) -> bytes:
    data = build(kit.items)
    size = len(dict(kit.items)["audit.json"])
    return raw_zip_patch(data, "audit.json", "central", 24, struct.pack("<I", size - 10))


def rename_in_local_header(kit: Kit) -> bytes:
    return raw_zip_patch(build(kit.items), "audit.json", "local", 30, b"audit.jsoN")


def set_encrypted_flag(kit: Kit) -> bytes:
    data = raw_zip_patch(build(kit.items), "audit.json", "central", 8, b"\x01\x00")
    return raw_zip_patch(data, "audit.json", "local", 6, b"\x01\x00")


def nul_in_name(kit: Kit) -> bytes:
    data = build([*kit.items, ("audit.json.txt", b"decoy")])
    return data.replace(b"audit.json.txt", b"audit.json\0txt")


def with_content(
    kit: Kit,
    name: str,
    change: Callable[[PackageContent], PackageContent],
    key: str,
    framework: str = "default",
) -> bytes:
    """A package written by the real writer from changed genuine content, signed by `key`."""
    writer = PackageWriter(kit.keys[key], key.title(), "", "hostile")
    content = dataclasses.replace(change(kit.contents[name]), evidence=())
    return writer.build(content, kit.frameworks[framework], {}, utc_now())[1]


def as_audit(audit_id: str, content: PackageContent, **audit_changes) -> PackageContent:
    """`content` made to claim audit `audit_id`."""
    return dataclasses.replace(
        content,
        audit=dataclasses.replace(content.audit, id=audit_id, **audit_changes),
        revisions=tuple(dataclasses.replace(r, audit_id=audit_id) for r in content.revisions),
        events=tuple(dataclasses.replace(e, audit_id=audit_id) for e in content.events),
        actions=tuple(dataclasses.replace(a, audit_id=audit_id) for a in content.actions),
        evidence=(),
    )


def other_framework(kit: Kit) -> bytes:
    """The field audit's id (recorded at the receiver) on another framework."""
    return with_content(
        kit,
        "other",
        lambda c: as_audit(
            kit.here["field"], c, institution=kit.contents["field"].audit.institution
        ),
        "field",
        "other",
    )


def graph_edit(change: Callable[[list[dict]], None]) -> Callable[[Kit], bytes]:
    return audit_edit(lambda document, kit: change(document["revisions"]))


def same_indicator_pair(revisions: list[dict]) -> tuple[dict, dict]:
    """Two revisions of one answer (the fixture answers some questions twice)."""
    seen: dict[str, dict] = {}
    for item in revisions:
        if item["indicator"] in seen:
            return seen[item["indicator"]], item
        seen[item["indicator"]] = item
    raise AssertionError("no answer changed twice")


def evidence_file(kit: Kit) -> tuple[str, bytes]:
    return next((n, c) for n, c in kit.items if n.startswith("evidence/"))


def swap_evidence(kit: Kit) -> bytes:
    name, _content = evidence_file(kit)
    other = b"another file under the same name"
    return signed(kit, {name: other})


FUTURE = "9999-12-31T23:59:59.000000Z"
LONG_AGO = "1990-01-01T00:00:00.000000Z"


def cases() -> list[Case]:
    def drop(name: str) -> Callable[[Kit], bytes]:
        return lambda kit: build([(n, c) for n, c in kit.items if n != name])

    def extra(name: str, content: bytes = b"x") -> Callable[[Kit], bytes]:
        return lambda kit: build([*kit.items, (name, content)])

    def first(kit: Kit) -> bytes:
        return dict(kit.items)["audit.json"]

    evidence_name = "evidence/" + hashlib.sha256(b"smuggled").hexdigest()
    zeros = bytes(16 * 1024 * 1024)
    return [
        # --- the zip layer -------------------------------------------------------------------
        Case(
            "not a zip",
            "not-a-zip",
            "it is not a zip archive",
            lambda kit: b"%PDF-1.7\n% not a package at all\n",
        ),
        Case(
            "empty file",
            "not-a-zip",
            "it is not a zip archive",
            lambda kit: b"",
            same_as="not a zip",
        ),
        Case("truncated file", "damaged", "cut short", lambda kit: build(kit.items)[:-2000]),
        Case(
            "prepended data",
            "not-a-zip",
            "it is not a zip archive",
            lambda kit: b"#!/bin/sh\nexit 0\n" + build(kit.items),
            same_as="not a zip",
        ),
        Case(
            "appended data",
            "added-data",
            "bytes after the end of its zip archive",
            lambda kit: build(kit.items) + b"PK\x03\x04 appended after the end of the zip",
        ),
        Case(
            "another zip prepended",
            "added-data",
            "bytes before the start of its zip",
            lambda kit: build([("readme.txt", b"a decoy")]) + build(kit.items),
        ),
        Case(
            "zip comment added",
            "added-data",
            "has 22 bytes after the end",
            lambda kit: _with_comment(build(kit.items), b"a comment of 22 bytes."),
        ),
        Case(
            "path traversal",
            "path-traversal",
            "evidence/../../outside.txt",
            extra("evidence/../../outside.txt"),
        ),
        Case(
            "backslash traversal",
            "path-traversal",
            "..\\..\\outside.txt",
            extra("..\\..\\outside.txt"),
        ),
        Case("absolute path", "absolute-path", "/etc/cron.d/jalon", extra("/etc/cron.d/jalon")),
        Case(
            "windows drive path",
            "absolute-path",
            "C:/Windows/jalon.ini",
            extra("C:/Windows/jalon.ini"),
        ),
        Case(
            "windows drive without slash", "absolute-path", "(D:audit.json)", extra("D:audit.json")
        ),
        Case(
            "backslash absolute path",
            "absolute-path",
            "(\\Windows\\jalon.ini)",
            extra("\\Windows\\jalon.ini"),
        ),
        Case(
            "UNC path",
            "absolute-path",
            "\\\\server\\share\\audit.json",
            extra("\\\\server\\share\\audit.json"),
        ),
        Case(
            "NUL in a name",
            "duplicate-entry",
            "holds audit.json twice",
            nul_in_name,
            same_as="duplicate entry",
        ),
        Case(
            "case variant of a name", "unexpected-entry", "AUDIT.JSON", extra("AUDIT.JSON", b"{}")
        ),
        Case(
            "case variant of the manifest",
            "unexpected-entry",
            "Manifest.json",
            extra("Manifest.json", b"{}"),
        ),
        Case("windows device name", "unexpected-entry", "holds NUL,", extra("NUL")),
        Case("unknown entry", "unexpected-entry", "readme.txt", extra("readme.txt")),
        Case(
            "nested zip",
            "unexpected-entry",
            "inner.jalon",
            lambda kit: build([("inner.jalon", build(kit.items))]),
        ),
        Case(
            "nested zip as evidence",
            "unlisted-file",
            "no evidence entry uses",
            lambda kit: signed(
                kit, {"evidence/" + hashlib.sha256(build(kit.items)).hexdigest(): build(kit.items)}
            ),
        ),
        Case(
            "duplicate entry",
            "duplicate-entry",
            "holds audit.json twice",
            lambda kit: build([*kit.items, ("audit.json", first(kit))]),
        ),
        Case(
            "duplicate manifest",
            "duplicate-entry",
            "holds manifest.json twice",
            lambda kit: build([*kit.items, ("manifest.json", b"{}")]),
        ),
        Case(
            "symlink",
            "link-entry",
            "a link (audit.json)",
            lambda kit: build(
                replace(kit.items, "audit.json", b"/etc/passwd"), links=("audit.json",)
            ),
        ),
        Case(
            "zip bomb",
            "compression-ratio",
            "zip bombs",
            lambda kit: build(
                [*kit.items, ("evidence/" + hashlib.sha256(zeros).hexdigest(), zeros)]
            ),
        ),
        Case(
            "too many entries",
            "too-many-entries",
            "lists 10007 entries in its zip directory",
            lambda kit: build([*kit.items, *((f"evidence/{n:064x}", b"") for n in range(10_000))]),
        ),
        Case(
            "lying size in the directory",
            "damaged",
            "audit.json cannot be read (Bad CRC",
            lie_about_size,
        ),
        Case(
            "header and directory names differ",
            "damaged",
            "and header b'audit.jsoN' differ",
            rename_in_local_header,
        ),
        Case("encrypted-entry flag", "encrypted-entry", "password-protected", set_encrypted_flag),
        Case(
            "zip version from the future",
            "damaged",
            "zip file version 8.4",
            lambda kit: raw_zip_patch(build(kit.items), "audit.json", "central", 6, b"\x54"),
        ),
        # --- files and hashes ----------------------------------------------------------------
        Case(
            "tampered file",
            "hash-mismatch",
            "audit.json in the package does not match",
            lambda kit: build(replace(kit.items, "audit.json", flip_last_byte(first(kit)))),
        ),
        Case(
            "tampered framework",
            "hash-mismatch",
            "framework.json in the package does not",
            lambda kit: build(
                replace(
                    kit.items, "framework.json", flip_last_byte(dict(kit.items)["framework.json"])
                )
            ),
        ),
        Case(
            "file added after signing",
            "unlisted-file",
            "added after signing",
            extra(evidence_name, b"smuggled"),
        ),
        Case("file removed after signing", "missing-file", "lacks SHA256SUMS", drop("SHA256SUMS")),
        Case("audit.json removed", "missing-file", "lacks audit.json", drop("audit.json")),
        Case("manifest missing", "manifest-missing", "no manifest.json", drop("manifest.json")),
        Case(
            "signature missing",
            "signature-missing",
            "no manifest.json.minisig",
            drop("manifest.json.minisig"),
        ),
        Case(
            "SHA256SUMS edited",
            "hash-mismatch",
            "SHA256SUMS in the package does not match",
            lambda kit: build(
                replace(kit.items, "SHA256SUMS", flip_last_byte(dict(kit.items)["SHA256SUMS"]))
            ),
        ),
        Case(
            "SHA256SUMS edited and re-signed",
            "sums-mismatch",
            "SHA256SUMS in the package disagrees",
            lambda kit: build(resign_keeping_sums(kit)),
        ),
        Case(
            "size lie in the manifest",
            "size-mismatch",
            "but the signed manifest says",
            manifest_edit(
                lambda m: next(f for f in m["files"] if f["path"] == "audit.json").update(size=1)
            ),
        ),
        Case(
            "evidence under a name not its hash",
            "hash-mismatch",
            "does not hold the content its name promises",
            swap_evidence,
        ),
        # --- manifest and signature ----------------------------------------------------------
        Case(
            "tampered manifest",
            "signature-invalid",
            "was changed after signing",
            lambda kit: build(
                replace(
                    kit.items,
                    "manifest.json",
                    dict(kit.items)["manifest.json"].replace(b"Caisse field", b"Caisse fielD"),
                )
            ),
        ),
        Case(
            "signature swap",
            "signature-invalid",
            "manifest.json was changed after signing",
            lambda kit: build(
                replace(
                    kit.items,
                    "manifest.json.minisig",
                    dict(entries(kit.packages["field-earlier"]))["manifest.json.minisig"],
                )
            ),
            same_as="tampered manifest",
        ),
        Case(
            "signature garbage",
            "signature-malformed",
            "is not a minisign signature file",
            lambda kit: build(replace(kit.items, "manifest.json.minisig", b"not a signature")),
        ),
        Case(
            "trusted comment tampered",
            "signature-comment-mismatch",
            "the signature belongs to another package",
            lambda kit: build(
                sign_manifest(kit.items, kit.keys["field"], "jalon package of another audit")
            ),
        ),
        Case(
            "wrong signature",
            "signer-key-mismatch",
            "do not name the same key",
            lambda kit: build(resign(kit.items, kit.keys["stranger"], lambda m: None)),
        ),
        Case(
            "forged signer key",
            "signer-key-mismatch",
            "is not the one trusted under that id",
            forged_signer_key,
        ),
        Case(
            "signer.pub garbage",
            "signer-key-invalid",
            "not a minisign public key",
            lambda kit: signed(kit, {"signer.pub": b"untrusted comment: x\nnot a key\n"}),
        ),
        Case(
            "manifest names another key",
            "signer-key-mismatch",
            "0123456789ABCDEF",
            manifest_edit(lambda m: m["signer"].update(key_id="0123456789ABCDEF")),
        ),
        Case(
            "manifest key id not hexadecimal",
            "manifest-invalid",
            "16 hexadecimal digits",
            manifest_edit(lambda m: m["signer"].update(key_id="not a key id")),
        ),
        Case(
            "unknown format version",
            "format-too-new",
            "format version 99",
            manifest_edit(lambda m: m.update(format_version=99)),
        ),
        Case(
            "not a jalon manifest",
            "unknown-format",
            "does not declare the format",
            manifest_edit(lambda m: m.update(format="something-else")),
        ),
        Case(
            "manifest not JSON",
            "json-invalid",
            "manifest.json in the package is not valid",
            lambda kit: build(
                sign_manifest(
                    replace(kit.items, "manifest.json", b"{not json"), kit.keys["field"], "jalon"
                )
            ),
        ),
        Case(
            "manifest duplicate key",
            "json-duplicate-key",
            "holds the key 'institution' twice",
            manifest_text(b'"institution":', b'"institution": "Decoy",\n    "institution":'),
        ),
        Case(
            "manifest NaN",
            "json-not-a-number",
            "manifest.json in the package holds NaN",
            manifest_text(b'"format_version": 1', b'"format_version": NaN'),
        ),
        Case(
            "manifest lone surrogate",
            "json-lone-surrogate",
            "manifest.json in the package holds, at audit.institution",
            manifest_text(b'"Caisse field"', b'"Caisse \\udc00field"'),
        ),
        Case(
            "manifest control character",
            "json-control-character",
            "manifest.json in the package holds, at audit.institution",
            manifest_text(b'"Caisse field"', b'"Caisse \\u001bfield"'),
        ),
        Case(
            "manifest lists a file twice",
            "manifest-invalid",
            "lists audit.json twice",
            manifest_edit(
                lambda m: m["files"].append(
                    dict(next(f for f in m["files"] if f["path"] == "audit.json"))
                )
            ),
        ),
        Case(
            "manifest lists a hostile path",
            "manifest-invalid",
            "a path that no package may hold",
            manifest_edit(
                lambda m: m["files"].append({"path": "../x", "sha256": "0" * 64, "size": 1})
            ),
        ),
        Case(
            "manifest framework hash not a hash",
            "manifest-invalid",
            "framework.hash is not",
            manifest_edit(lambda m: m["framework"].update(hash="x")),
        ),
        Case(
            "framework hash mismatch",
            "framework-hash-mismatch",
            "(hash abababababab…)",
            manifest_edit(lambda m: m["framework"].update(hash="ab" * 32)),
        ),
        Case(
            "framework name lie",
            "framework-hash-mismatch",
            "but framework.json is",
            manifest_edit(lambda m: m["framework"].update(version="99")),
        ),
        Case(
            "framework.json not a framework",
            "framework-invalid",
            "not a valid framework",
            lambda kit: signed(
                kit,
                {"framework.json": b'{"id": "x"}'},
                change=lambda m: m["framework"].update(
                    hash=hashlib.sha256(b'{"id": "x"}').hexdigest()
                ),
            ),
        ),
        Case(
            "manifest and audit.json disagree",
            "content-mismatch",
            "does not describe",
            manifest_edit(lambda m: m["audit"].update(institution="Caisse elsewhere")),
        ),
        # --- signers and time of signing -----------------------------------------------------
        Case(
            "unknown signer",
            "unknown-signer",
            "not in this installation's trust store",
            lambda kit: kit.packages["stranger"],
        ),
        Case(
            "revoked signer",
            "revoked-signer",
            "left the network",
            lambda kit: kit.packages["former"],
        ),
        Case("expired key", "signer-expired", "after key", lambda kit: kit.packages["expired"]),
        Case(
            "key not yet valid",
            "signer-not-yet-valid",
            "before key",
            lambda kit: kit.packages["not-yet"],
        ),
        Case(
            "expired key, backdated into its validity",
            "timestamp-after-signing",
            "later than the package was signed (2024-12-30T10:00:00.000000Z)",
            lambda kit: signed(
                kit,
                items=entries(kit.packages["expired"]),
                key="expired",
                change=lambda m: m.update(created_at="2024-12-30T10:00:00.000000Z"),
            ),
        ),
        Case(
            "signed in the year 9999",
            "signed-in-future",
            "signed on 9999-12-31",
            manifest_edit(lambda m: m.update(created_at=FUTURE)),
        ),
        Case(
            "signing time ~~~~",
            "manifest-invalid",
            "'created_at' is '~~~~'",
            manifest_edit(lambda m: m.update(created_at="~~~~")),
        ),
        Case(
            "signer out of scope",
            "signer-out-of-scope",
            "is trusted only for Mutuelle B, not for Caisse field",
            lambda kit: with_content(kit, "field", lambda c: c, "scoped"),
        ),
        Case(
            "scoped signer takes another institution's audit",
            "signer-out-of-scope-here",
            "the package says Mutuelle B",
            scoped_takeover,
            "quarantined",
        ),
        Case(
            "scoped signer accepts its own audit",
            "review-decision-out-of-scope",
            "(accepted, claimed by Office) signed by Scoped, a key trusted only for Mutuelle B",
            self_acceptance,
            "quarantined",
        ),
        Case(
            "same audit id, another institution",
            "institution-differs",
            "is the audit of Caisse field, but this installation's",
            institution_collision,
            "quarantined",
        ),
        Case(
            "same audit id, another framework",
            "framework-differs",
            "uses another framework",
            other_framework,
            "quarantined",
        ),
        Case(
            "scoped signer's audit carries another institution's action",
            "id-of-another-audit",
            "the id of an action of audit",
            action_takeover,
        ),
        Case(
            "new audit carries another audit's evidence link",
            "id-of-another-audit",
            "the id of an evidence link of audit",
            evidence_takeover,
        ),
        Case(
            "trusted signer claims another name",
            "",
            "",
            manifest_edit(
                lambda m: m["signer"].update(name=CLAIMED_NAME, organisation="Head office")
            ),
            "already-present",
        ),
        Case(
            "replay of an older package",
            "",
            "",
            lambda kit: kit.packages["field-earlier"],
            "already-present",
        ),
        Case(
            "encrypted for someone else",
            "encrypted-no-key",
            "encrypted for other recipients",
            lambda kit: PackageEncryption().encrypt(
                build(kit.items), [kit.keys["stranger"].public.openssh()]
            ),
        ),
        Case(
            "encrypted, header damaged",
            "decryption-failed",
            "(Unknown age format)",
            lambda kit: (
                PackageEncryption()
                .encrypt(build(kit.items), [kit.keys["stranger"].public.openssh()])
                .replace(b"\n---", b"\n--x", 1)
            ),
        ),
        # --- audit.json as strict JSON -------------------------------------------------------
        Case(
            "audit.json not JSON",
            "json-invalid",
            "audit.json in the package is not valid",
            lambda kit: signed(kit, {"audit.json": b'{"format": '}),
        ),
        Case(
            "audit.json duplicate key",
            "json-duplicate-key",
            "holds the key 'audit' twice",
            audit_text(b'"audit":', b'"audit":{"id":"decoy"},"audit":'),
        ),
        Case(
            "audit.json duplicate value key",
            "json-duplicate-key",
            "'value' twice in one object, at revisions[0]",
            audit_text(b'"value":', b'"value":"no","value":'),
        ),
        Case(
            "audit.json NaN",
            "json-not-a-number",
            "audit.json in the package holds NaN",
            audit_text(b'"flagged":false', b'"flagged":NaN'),
        ),
        Case(
            "audit.json Infinity",
            "json-number-too-large",
            "holds the number 1e999",
            audit_text(b'"flagged":false', b'"flagged":1e999'),
        ),
        Case(
            "audit.json lone surrogate",
            "json-lone-surrogate",
            "at revisions[0].author",
            audit_text(b'"author":"', b'"author":"\\ud800'),
        ),
        Case(
            "audit.json control character",
            "json-control-character",
            "at audit.country",
            audit_text(b'"country":"', b'"country":"\\u0000'),
        ),
        Case(
            "audit.json huge integer",
            "json-invalid",
            "Exceeds the limit",
            audit_text(b'"flagged":false', b'"flagged":' + b"9" * 5000),
        ),
        Case(
            "audit.json nested 100,000 deep",
            "json-invalid",
            "audit.json in the package is not valid JSON (maximum recursion",
            lambda kit: signed(kit, {"audit.json": b"[" * 100_000 + b"]" * 100_000}),
        ),
        Case(
            "audit.json wrong version",
            "content-invalid",
            "does not declare format",
            audit_edit(lambda d, kit: d.update(version=2)),
        ),
        # --- answers that do not fit their question ------------------------------------------
        Case(
            "banana for a yes/partially/no question",
            "answer-invalid",
            "is 'banana', but question",
            set_answer("select_one", "banana"),
        ),
        Case(
            "a number for a choice",
            "answer-invalid",
            "is 42, but question",
            set_answer("select_one", 42),
        ),
        Case(
            "100,000 characters for a number",
            "answer-invalid",
            "takes a finite number",
            set_answer("decimal", "9" * 100_000),
        ),
        Case(
            "4,000-digit integer",
            "answer-invalid",
            "is a number of 4000 digits",
            set_answer("integer", 10**3999),
        ),
        Case(
            "309 nines, beyond a decimal",
            "answer-invalid",
            "is a number of 309 digits, but "
            "question org_year_founded takes a whole number between -1.8 × 10^308 and "
            "1.8 × 10^308",
            set_answer("integer", 10**309 - 1),
        ),
        Case(
            "a fraction for a whole number",
            "answer-invalid",
            "is 1.5, but question",
            set_answer("integer", 1.5),
        ),
        Case(
            "a text for a whole number",
            "answer-invalid",
            "is '12', but question",
            set_answer("integer", "12"),
        ),
        Case(
            "an impossible date",
            "answer-invalid",
            "is '2024-02-30', but question",
            set_answer("date", "2024-02-30"),
        ),
        Case(
            "a date with a time",
            "answer-invalid",
            "is '2024-02-03T10:00', but question",
            set_answer("date", "2024-02-03T10:00"),
        ),
        Case(
            "a number for a text question",
            "answer-invalid",
            "is 7, but question",
            set_answer("text", 7),
        ),
        Case(
            "true for an answer",
            "content-invalid",
            "value must be a text, a finite number",
            set_answer("select_one", True),
        ),
        Case(
            "a list for an answer",
            "content-invalid",
            "value must be a text, a finite",
            set_answer("decimal", [1, 2]),
        ),
        Case(
            "comment over the limit",
            "content-invalid",
            "revisions[0].comment must be a text",
            audit_edit(lambda d, kit: revision(d).update(comment="x" * 1_000_001)),
        ),
        Case(
            "answer to a question the framework lacks",
            "content-invalid",
            "which framework",
            audit_edit(lambda d, kit: revision(d).update(indicator="no_such_question")),
        ),
        Case(
            "revision of another audit",
            "content-invalid",
            "revisions[0].audit_id",
            audit_edit(lambda d, kit: revision(d).update(audit_id="another-audit")),
        ),
        Case(
            "empty institution",
            "manifest-invalid",
            "'audit.institution' must be a text of",
            lambda kit: signed(
                kit,
                {"audit.json": _edited(kit, lambda d: d["audit"].update(institution=""))},
                change=lambda m: m["audit"].update(institution=""),
            ),
        ),
        # --- time -----------------------------------------------------------------------------
        Case(
            "revision in the year 9999",
            "timestamp-after-signing",
            "revisions[0].created_at is 9999",
            audit_edit(lambda d, kit: revision(d).update(created_at=FUTURE)),
        ),
        Case(
            "revision dated ~~~~",
            "timestamp-invalid",
            "revisions[0].created_at is '~~~~'",
            audit_edit(lambda d, kit: revision(d).update(created_at="~~~~")),
        ),
        Case(
            "revision dated 13th month",
            "timestamp-invalid",
            "'2025-13-01T00:00:00Z'",
            audit_edit(lambda d, kit: revision(d).update(created_at="2025-13-01T00:00:00Z")),
        ),
        Case(
            "revision before the audit existed",
            "timestamp-before-creation",
            "revisions[0].created_at is 1990",
            audit_edit(lambda d, kit: revision(d).update(created_at=LONG_AGO)),
        ),
        Case(
            "audit updated in 9999",
            "timestamp-after-signing",
            "audit.updated_at is 9999",
            audit_edit(lambda d, kit: d["audit"].update(updated_at=FUTURE)),
        ),
        Case(
            "audit updated ~~~~",
            "timestamp-invalid",
            "audit.updated_at is '~~~~'",
            audit_edit(lambda d, kit: d["audit"].update(updated_at="~~~~")),
        ),
        Case(
            "audit updated before it was created",
            "timestamp-before-creation",
            "audit.updated_at is 1990",
            audit_edit(lambda d, kit: d["audit"].update(updated_at=LONG_AGO)),
        ),
        Case(
            "audit created in 9999",
            "timestamp-after-signing",
            "audit.created_at is 9999",
            audit_edit(lambda d, kit: d["audit"].update(created_at=FUTURE)),
        ),
        Case(
            "action updated in 9999",
            "timestamp-after-signing",
            "actions[0].updated_at",
            audit_edit(lambda d, kit: d["actions"][0].update(updated_at=FUTURE)),
        ),
        Case(
            "event dated 9999",
            "timestamp-after-signing",
            "events[0].created_at",
            audit_edit(lambda d, kit: d["events"][0].update(created_at=FUTURE)),
        ),
        Case(
            "evidence added in 9999",
            "timestamp-after-signing",
            "evidence[0].added_at",
            audit_edit(lambda d, kit: d["evidence"][0].update(added_at=FUTURE)),
        ),
        # --- the action plan's life cycle -----------------------------------------------------
        Case(
            "action of an unknown status",
            "content-invalid",
            "actions[0].status must be one of planned",
            audit_edit(lambda d, kit: d["actions"][0].update(status="finished")),
        ),
        Case(
            "action due on an impossible date",
            "content-invalid",
            "actions[0].due_date must be a date",
            audit_edit(lambda d, kit: d["actions"][0].update(due_date="2026-02-30")),
        ),
        Case(
            "action dropped without a reason",
            "content-invalid",
            "actions[0].reason must say why",
            audit_edit(lambda d, kit: d["actions"][0].update(status="dropped", reason="")),
        ),
        Case(
            "action verified by the audit that planned it",
            "content-invalid",
            "actions[0].status is verified, but only a later audit",
            audit_edit(lambda d, kit: d["actions"][0].update(status="verified", carried_from="")),
        ),
        Case(
            "action step of no action",
            "content-invalid",
            "action_revisions[0].action_id must be the id of an action",
            audit_edit(lambda d, kit: d["action_revisions"][0].update(action_id="no-such-action")),
        ),
        # --- the revision graph ---------------------------------------------------------------
        Case(
            "revision listed twice",
            "content-invalid",
            "lists revision ",
            graph_edit(lambda rs: rs.append(dict(rs[0]))),
        ),
        Case(
            "parent missing",
            "content-invalid",
            "missing from the package",
            graph_edit(lambda rs: rs[0].update(parent_id="no-such-revision")),
        ),
        Case(
            "history in a circle",
            "content-invalid",
            "the history of answer ",
            graph_edit(lambda rs: _circle(rs)),
        ),
        Case(
            "parent of another answer",
            "content-invalid",
            "descends from a revision of another answer",
            graph_edit(
                lambda rs: (
                    rs[1].update(parent_id=rs[0]["id"])
                    if rs[1]["indicator"] != rs[0]["indicator"]
                    else None
                )
            ),
        ),
        Case(
            "revision merged with itself",
            "content-invalid",
            "joins a revision with itself",
            graph_edit(lambda rs: rs[0].update(merge_parent_id=rs[0]["id"])),
        ),
        # --- evidence ---------------------------------------------------------------------------
        Case(
            "evidence listed, file missing",
            "missing-file",
            "lacks the evidence file",
            lambda kit: signed(
                kit, items=[(n, c) for n, c in kit.items if not n.startswith("evidence/")]
            ),
        ),
        Case(
            "evidence size lie",
            "size-mismatch",
            "is 19 bytes, but audit.json says 20",
            audit_edit(lambda d, kit: d["evidence"][0].update(size=d["evidence"][0]["size"] + 1)),
        ),
        Case(
            "evidence name with a folder",
            "content-invalid",
            "must be a plain file name",
            audit_edit(lambda d, kit: d["evidence"][0].update(filename="../../.bashrc")),
        ),
        # Found by tests/reliability/test_fuzz_merge_export.py: the second link under one id
        # failed the database's unique key half-way through the merge ("unexpected problem").
        Case(
            "evidence listed twice",
            "content-invalid",
            "lists evidence file ",
            audit_edit(
                lambda d, kit: d["evidence"].append(dict(d["evidence"][0], filename="other.txt"))
            ),
        ),
        Case(
            "action listed twice",
            "content-invalid",
            "lists action ",
            audit_edit(
                lambda d, kit: d["actions"].append(dict(d["actions"][0], title="Another plan"))
            ),
        ),
        Case(
            "evidence hash not a hash",
            "content-invalid",
            "must be a SHA-256",
            audit_edit(lambda d, kit: d["evidence"][0].update(sha256="not-a-hash")),
        ),
        Case(
            "evidence file nobody uses",
            "unlisted-file",
            "which no evidence entry uses",
            lambda kit: signed(kit, {evidence_name: b"smuggled"}),
        ),
        # --- finalization ------------------------------------------------------------------------
        Case(
            "finalized with a wrong seal",
            "seal-mismatch",
            "finalization seal",
            lambda kit: signed(
                kit,
                {
                    "audit.json": _edited(
                        kit, lambda d: d["audit"].update(status="finalized", seal="0" * 64)
                    )
                },
                change=lambda m: m["audit"].update(status="finalized"),
            ),
        ),
        # --- the review (the package carries a reviewer's comment and the site's reply) -----
        Case(
            "review in an unknown state",
            "content-invalid",
            "review_events[0].state must be one of",
            audit_edit(lambda d, kit: d["review_events"][0].update(state="approved")),
        ),
        Case(
            "review comment without text",
            "content-invalid",
            "review_comments[0].text must be a text that is not empty",
            audit_edit(lambda d, kit: d["review_comments"][0].update(text="")),
        ),
        Case(
            "must-correct mark not a boolean",
            "content-invalid",
            "review_comments[0].must_correct must be true or false",
            audit_edit(lambda d, kit: d["review_comments"][0].update(must_correct="yes")),
        ),
        Case(
            "review comments not a list",
            "content-invalid",
            "review_comments must be a list",
            audit_edit(lambda d, kit: d.update(review_comments={"a": 1})),
        ),
        Case(
            "reply to a comment not in the package",
            "content-invalid",
            "replies to ghost-comment, which is not a reviewer's comment",
            audit_edit(lambda d, kit: d["review_comments"][1].update(reply_to="ghost-comment")),
        ),
        Case(
            "reply to a reply",
            "content-invalid",
            "replies to a reply",
            audit_edit(
                lambda d, kit: d["review_comments"][1].update(
                    reply_to=d["review_comments"][1]["id"]
                )
            ),
        ),
        Case(
            "review record listed twice",
            "content-invalid",
            "lists review record ",
            audit_edit(lambda d, kit: d["review_comments"].append(d["review_comments"][0])),
        ),
        Case(
            "action on no question or practice",
            "action-target-unknown",
            "actions[0].target is 'nowhere', which is not a question or practice",
            audit_edit(lambda d, kit: d["actions"][0].update(target="nowhere")),
        ),
        Case(
            "action step on no question or practice",
            "action-target-unknown",
            "action_revisions[0].target is 'nowhere'",
            audit_edit(lambda d, kit: d["action_revisions"][0].update(target="nowhere")),
        ),
        Case(
            "upgraded audit's action on no question or practice",
            "action-target-unknown",
            "actions[0].target is 'nowhere', which is neither a question or practice",
            audit_edit(_upgraded_with_action_on("nowhere")),
        ),
        # --- the institution record (its times: it may be older than the audit) ---------------
        Case(
            "institution record dated 9999",
            "timestamp-after-signing",
            "institution.created_at is 9999",
            audit_edit(lambda d, kit: d["institution"].update(created_at=FUTURE)),
        ),
        Case(
            "institution record changed before 2000",
            "timestamp-before-records",
            "institution.updated_at is 1990-01-01T00:00:00.000000Z, before 2000-01-01",
            audit_edit(lambda d, kit: d["institution"].update(updated_at=LONG_AGO)),
        ),
        Case(
            "institution record dated ~~~~",
            "timestamp-invalid",
            "institution.created_at is '~~~~'",
            audit_edit(lambda d, kit: d["institution"].update(created_at="~~~~")),
        ),
        Case(
            "new audit's institution record dated 9999",
            "timestamp-after-signing",
            "institution.updated_at is 9999",
            new_audit_institution(updated_at=FUTURE),
        ),
        Case(
            "review comment on no question",
            "review-target-unknown",
            "review_comments[0].target is 'nowhere', which is not a question",
            audit_edit(lambda d, kit: d["review_comments"][0].update(target="nowhere")),
        ),
        Case(
            "review comment dated 9999",
            "timestamp-after-signing",
            "review_comments[0].created_at is 9999",
            audit_edit(lambda d, kit: d["review_comments"][0].update(created_at=FUTURE)),
        ),
        Case(
            "review step before the audit existed",
            "timestamp-before-creation",
            "review_events[0].created_at is 1990",
            audit_edit(lambda d, kit: d["review_events"][0].update(created_at=LONG_AGO)),
        ),
        Case(
            "review step dated ~~~~",
            "timestamp-invalid",
            "review_events[0].created_at is '~~~~'",
            audit_edit(lambda d, kit: d["review_events"][0].update(created_at="~~~~")),
        ),
    ]


def _upgraded_with_action_on(target: str) -> Callable[[dict, Kit], None]:
    """The audit's log made to say it was upgraded to its framework (from a version the
    receiver never saw, which removed a practice), and its action moved onto `target`."""

    def change(document: dict, kit: Kit) -> None:
        first = document["events"][0]
        document["events"].append(
            {
                "kind": "upgraded",
                "detail": {
                    "from": "0" * 64,
                    "to": document["audit"]["framework_hash"],
                    "from_version": "2025.1",
                    "to_version": kit.frameworks["default"].version,
                    "earlier_questions": [],
                    "earlier_groups": ["retired_practice"],
                    "moves": [],
                },
                "author": first["author"],
                "created_at": first["created_at"],
            }
        )
        document["actions"][0]["target"] = target

    return change


def new_audit_institution(**changes: str) -> Callable[[Kit], bytes]:
    """The field site's audit under a new id (so new to the receiver), written by the real
    writer with its institution record changed."""

    def make(kit: Kit) -> bytes:
        def change(content: PackageContent) -> PackageContent:
            moved = as_audit(str(uuid.uuid4()), content)
            assert moved.institution is not None
            return dataclasses.replace(
                moved, institution=dataclasses.replace(moved.institution, **changes)
            )

        return with_content(kit, "field", change, "field")

    return make


def _with_comment(data: bytes, comment: bytes) -> bytes:
    """A zip whose end record carries `comment`."""
    assert data[-22:-18] == b"PK\x05\x06" and data[-2:] == b"\0\0"
    return data[:-2] + struct.pack("<H", len(comment)) + comment


def _edited(kit: Kit, change: Callable[[dict], None]) -> bytes:
    document = kit.audit
    change(document)
    return json.dumps(document, ensure_ascii=False).encode()


def _circle(revisions: list[dict]) -> None:
    first, second = same_indicator_pair(revisions)
    first["parent_id"], second["parent_id"] = second["id"], first["id"]


def resign_keeping_sums(kit: Kit) -> list[tuple[str, bytes]]:
    """An edited SHA256SUMS whose new hash the manifest lists and signs."""
    sums = dict(kit.items)["SHA256SUMS"] + b"0" * 64 + b"  evidence/x\n"
    items = replace(kit.items, "SHA256SUMS", sums)
    manifest = json.loads(dict(items)["manifest.json"])
    for listed in manifest["files"]:
        if listed["path"] == "SHA256SUMS":
            listed.update(sha256=hashlib.sha256(sums).hexdigest(), size=len(sums))
    data = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
    return sign_manifest(replace(items, "manifest.json", data), kit.keys["field"])


def forged_signer_key(kit: Kit) -> bytes:
    """Someone else's key presented under the trusted signer's key id."""
    field, other = kit.keys["field"], kit.keys["stranger"]
    forged = SigningKey(other._private_key, field.public.key_id)
    items = replace(kit.items, "signer.pub", forged.public.to_text().encode())
    return build(resign(items, forged, lambda m: None))


def scoped_takeover(kit: Kit) -> bytes:
    """Seen in the field: a signer trusted only for "Mutuelle B" sends its own audit under the
    id of the receiver's own audit of another institution, claiming "Mutuelle B"."""
    return with_content(kit, "scoped", lambda c: as_audit(kit.here["own"], c), "scoped")


def institution_collision(kit: Kit) -> bytes:
    """A fully trusted signer sends an audit under the id of the receiver's own audit."""
    return with_content(kit, "field", lambda c: as_audit(kit.here["own"], c), "field")


def self_acceptance(kit: Kit) -> bytes:
    """Seen in an attack: a signer trusted only for "Mutuelle B" sends its own audit with the
    head office's review steps (in review, accepted) written in the head office's name."""

    def accept(content: PackageContent) -> PackageContent:
        steps = tuple(
            ReviewEvent(
                f"0e5b3f7e-5d43-4a8e-9d4f-6a1c2b3d4e6{n}",
                content.audit.id,
                state,
                "",
                "Office",
                "head-office",
                content.audit.updated_at,
            )
            for n, state in enumerate((ReviewState.IN_REVIEW, ReviewState.ACCEPTED))
        )
        return dataclasses.replace(content, review_events=steps, review_comments=())

    return with_content(kit, "scoped", accept, "scoped")


CLAIMED_NAME = "Director of the head office"


def action_takeover(kit: Kit) -> bytes:
    """Seen in an attack: a signer trusted only for "Mutuelle B" sends its own audit carrying
    an action under the id of the field audit's action (recorded at the receiver). Actions are
    stored by id: merged, it left the field audit's plan for Mutuelle B's."""
    [taken, *_] = kit.contents["field"].actions

    def carry(content: PackageContent) -> PackageContent:
        action = dataclasses.replace(taken, audit_id=content.audit.id, title="Taken over")
        return dataclasses.replace(content, actions=(action,), action_revisions=())

    return with_content(kit, "scoped", carry, "scoped")


def evidence_takeover(kit: Kit) -> bytes:
    """The field audit's package made into a new audit's (another id), keeping the ids of its
    evidence links: stored by id, the link would leave the field audit."""
    new_id = "0e5b3f7e-5d43-4a8e-9d4f-6a1c2b3d4e5f"

    def change(document: dict) -> None:
        document["audit"]["id"] = new_id
        for answer in document["revisions"]:
            answer["audit_id"] = new_id
        document["actions"], document["action_revisions"] = [], []

    document = kit.audit
    change(document)
    return signed(
        kit,
        {"audit.json": json.dumps(document, ensure_ascii=False).encode()},
        change=lambda manifest: manifest["audit"].update(id=new_id),
    )
