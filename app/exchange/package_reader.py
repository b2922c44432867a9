"""Reading a package as hostile input: structure, manifest, signature, every hash, content and
signer trust are all checked, in memory, before the caller writes anything.

The order matters for what a person is told: a package that is intact but signed by an unknown
or revoked key is reported last, as such, and may be held in quarantine; anything else is
damaged or forged and is refused outright.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.exchange.exchange_error import PackageError, SigningKeyError
from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content import PackageContent
from app.exchange.package_content_check import PackageContentCheck
from app.exchange.package_manifest import (
    AUDIT,
    EVIDENCE_PREFIX,
    FRAMEWORK,
    MANIFEST,
    SIGNATURE,
    SIGNER_KEY,
    SUMS,
    PackageManifest,
)
from app.exchange.verified_entry_cache import VerifiedEntryCache
from app.exchange.zip_inspector import PackageLimits, ZipInspector
from app.models.framework import Framework
from app.models.upgrade_record import upgrades


class SignerTrust(Protocol):
    def check(self, signer: MinisignPublicKey, manifest: PackageManifest) -> None:
        """Raise PackageError unless `signer` may sign this package."""

    def as_known_here(
        self, signer: MinisignPublicKey, manifest: PackageManifest
    ) -> PackageManifest:
        """`manifest` with its signer named as this installation knows the key."""


@dataclass(frozen=True)
class VerifiedPackage:
    manifest: PackageManifest
    content: PackageContent
    framework: Framework | None  # None only on its way from a helper process (ProcessVerifier)
    framework_known: bool  # the reader found it already stored; no need to store it again
    signer: MinisignPublicKey
    signature: MinisignSignature
    evidence: dict[str, bytes]  # by SHA-256
    sha256: str  # of the whole package file
    # The package file itself (decrypted), kept so an untrusted package can be held whole;
    # None when it was left with the helper process that verified it (see MergeService).
    data: bytes | None


def sums_text(files: dict[str, str]) -> str:
    """SHA256SUMS: `sha256sum -c` checks the package's files without Jalon."""
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(files.items()))


def parse_framework(data: bytes, expected_hash: str) -> Framework:
    """framework.json of a package as a Framework, which must hash to `expected_hash`."""
    try:
        framework = Framework.from_dict(json.loads(data.decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise PackageError(
            "framework-invalid",
            "framework.json in the package is not a valid framework ({reason})",
            reason=error,
        ) from None
    if framework.content_hash != expected_hash:
        raise PackageError(
            "framework-invalid",
            "framework.json in the package is not in the canonical form its hash was computed on",
        )
    return framework


class PackageReader:
    def __init__(
        self,
        trust: SignerTrust | None,
        known_framework: Callable[[str], Framework | None] | None = None,
        limits: PackageLimits | None = None,
    ):
        self._trust = trust
        self._known_framework = known_framework or (lambda _hash: None)
        # One reader serves a whole merge: the framework snapshot most packages share is
        # unpacked and hashed once, not once per package.
        self._entries = VerifiedEntryCache(frozenset({FRAMEWORK}))
        self._zip = ZipInspector(limits, self._entries)
        self._content_check = PackageContentCheck()

    def read(self, data: bytes) -> VerifiedPackage:
        entries = self._zip.entries(data)
        for required, reason in ((MANIFEST, "manifest-missing"), (SIGNATURE, "signature-missing")):
            if required not in entries:
                raise PackageError(reason, "the package has no {name}", name=required)
        manifest = PackageManifest.from_bytes(entries[MANIFEST])
        signature = MinisignSignature.parse(entries[SIGNATURE])
        self._check_files(manifest, entries)
        signer = self._check_signature(manifest, signature, entries)
        self._check_hashes(manifest, entries, self._entries.sha256)
        framework, known = self._framework(manifest, entries[FRAMEWORK])
        content = PackageContent.from_bytes(entries[AUDIT], signer.key_id_hex)
        evidence = self._check_content(manifest, content, framework, entries)
        if self._trust is not None:
            manifest = self._trust.as_known_here(signer, manifest)
        package = VerifiedPackage(
            manifest,
            content,
            framework,
            known,
            signer,
            signature,
            evidence,
            hashlib.sha256(data).hexdigest(),
            data,
        )
        if self._trust is not None:
            try:
                self._trust.check(signer, manifest)
            except PackageError as error:
                if error.quarantinable:
                    error.package = package
                raise
        return package

    @staticmethod
    def _check_files(manifest: PackageManifest, entries: dict[str, bytes]) -> None:
        listed = {f.path for f in manifest.files}
        present = set(entries) - {MANIFEST, SIGNATURE}
        for path in sorted(listed - present):
            raise PackageError(
                "missing-file", "the package lacks {path}, which its manifest lists", path=path
            )
        for path in sorted(present - listed):
            raise PackageError(
                "unlisted-file",
                "the package holds {path}, which its manifest does not list (added after signing?)",
                path=path,
            )

    @staticmethod
    def _check_signature(
        manifest: PackageManifest, signature: MinisignSignature, entries: dict[str, bytes]
    ) -> MinisignPublicKey:
        try:
            signer = MinisignPublicKey.from_text(entries[SIGNER_KEY].decode("utf-8"))
        except (UnicodeDecodeError, SigningKeyError):
            raise PackageError(
                "signer-key-invalid", "signer.pub in the package is not a minisign public key"
            ) from None
        if signer.key_id != signature.key_id or signer.key_id_hex != manifest.signer_key_id:
            raise PackageError(
                "signer-key-mismatch",
                "the package's signature, signer.pub and "
                "manifest do not name the same key ({a}, {b}, {c})",
                a=MinisignPublicKey(signature.key_id, bytes(32)).key_id_hex,
                b=signer.key_id_hex,
                c=manifest.signer_key_id,
            )
        if not signature.verify(entries[MANIFEST], signer):
            raise PackageError(
                "signature-invalid",
                "the signature does not match the manifest: "
                "manifest.json was changed after signing, or the signature was "
                "not made by key {key}",
                key=signer.key_id_hex,
            )
        if signature.trusted_comment != manifest.trusted_comment():
            raise PackageError(
                "signature-comment-mismatch",
                "the signed comment does not name "
                "this package and audit; the signature belongs to another "
                "package",
            )
        return signer

    @staticmethod
    def _check_hashes(
        manifest: PackageManifest, entries: dict[str, bytes], sha256: Callable[[bytes], str]
    ) -> None:
        digests = {}
        for listed in manifest.files:
            data = entries[listed.path]
            if len(data) != listed.size:
                raise PackageError(
                    "size-mismatch",
                    "{path} in the package is {actual} bytes, "
                    "but the signed manifest says {size}: it was changed after "
                    "signing",
                    path=listed.path,
                    actual=len(data),
                    size=listed.size,
                )
            digest = sha256(data)
            if digest != listed.sha256:
                raise PackageError(
                    "hash-mismatch",
                    "{path} in the package does not match the "
                    "SHA-256 in its signed manifest: it was changed after signing",
                    path=listed.path,
                )
            if listed.path.startswith(EVIDENCE_PREFIX) and listed.path != EVIDENCE_PREFIX + digest:
                raise PackageError(
                    "hash-mismatch",
                    "{path} in the package does not hold the content its name promises",
                    path=listed.path,
                )
            digests[listed.path] = digest
        expected = sums_text({p: d for p, d in digests.items() if p != SUMS})
        if entries[SUMS].decode("utf-8", "replace") != expected:
            raise PackageError(
                "sums-mismatch", "SHA256SUMS in the package disagrees with its manifest"
            )

    def _framework(self, manifest: PackageManifest, data: bytes) -> tuple[Framework, bool]:
        listed = manifest.file(FRAMEWORK)  # its SHA-256 was checked against the bytes already
        if listed is None or listed.sha256 != manifest.framework_hash:
            raise PackageError(
                "framework-hash-mismatch",
                "framework.json in the package is not "
                "the framework its manifest names (hash {hash}…)",
                hash=manifest.framework_hash[:12],
            )
        framework = self._known_framework(manifest.framework_hash)
        known = framework is not None
        if framework is None:
            framework = parse_framework(data, manifest.framework_hash)
        if (framework.id, framework.version) != (manifest.framework_id, manifest.framework_version):
            raise PackageError(
                "framework-hash-mismatch",
                "the manifest names framework {id} {version}, but framework.json is {actual}",
                id=manifest.framework_id,
                version=manifest.framework_version,
                actual=f"{framework.id} {framework.version}",
            )
        return framework, known

    def _check_content(
        self,
        manifest: PackageManifest,
        content: PackageContent,
        framework: Framework,
        entries: dict[str, bytes],
    ) -> dict[str, bytes]:
        audit = content.audit
        if (audit.id, audit.institution, audit.status.value, audit.framework_hash) != (
            manifest.audit_id,
            manifest.institution,
            manifest.audit_status,
            manifest.framework_hash,
        ):
            raise PackageError(
                "content-mismatch",
                "audit.json in the package does not describe the audit its manifest names ({id})",
                id=manifest.audit_id,
            )
        # History kept from before an upgrade to a newer framework version names questions of an
        # earlier version, which the audit's own log lists.
        earlier = {name for record in upgrades(content.events) for name in record.earlier_questions}
        for revision in content.revisions:
            if revision.indicator not in framework.indicators and revision.indicator not in earlier:
                raise PackageError(
                    "content-invalid",
                    "the package answers {indicator}, which framework {framework} does not have",
                    indicator=revision.indicator,
                    framework=framework.id,
                )
        self._content_check.check(manifest, content, framework)
        evidence = {}
        for link in content.evidence:
            data = entries.get(EVIDENCE_PREFIX + link.sha256)
            if data is None:
                raise PackageError(
                    "missing-file",
                    "the package lacks the evidence file {name} that audit.json lists",
                    name=link.filename,
                )
            if len(data) != link.size:
                raise PackageError(
                    "size-mismatch",
                    "the evidence file {name} is {actual} bytes, but audit.json says {size}",
                    name=link.filename,
                    actual=len(data),
                    size=link.size,
                )
            evidence[link.sha256] = data
        unused = {p for p in entries if p.startswith(EVIDENCE_PREFIX)} - {
            EVIDENCE_PREFIX + sha for sha in evidence
        }
        if unused:
            raise PackageError(
                "unlisted-file",
                "the package holds {path}, which no evidence entry uses",
                path=sorted(unused)[0],
            )
        if audit.is_finalized and content.seal() != audit.seal:
            raise PackageError(
                "seal-mismatch",
                "the package says the audit is finalized, but "
                "its content does not match the finalization seal",
            )
        return evidence
