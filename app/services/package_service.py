"""Exporting an audit as a signed package, and opening packages for verification or merge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app import __version__
from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import MAX_TEXT
from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.package_content import PackageContent
from app.exchange.package_opener import OpenedPackage, PackageOpener
from app.exchange.package_reader import PackageReader, VerifiedPackage
from app.exchange.package_writer import PackageWriter, WrittenPackage
from app.exchange.packaged_evidence import PackagedEvidence
from app.exchange.signing_key import SigningKey
from app.exchange.trust_policy import TrustPolicy
from app.exchange.zip_inspector import PackageLimits
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
from app.models.import_receipt import ImportReceipt, ReceiptStatus
from app.models.text_rule import shortened
from app.models.visible_text import VisibleText
from app.services.identity import Identity, utc_now
from app.services.key_service import KeyService
from app.services.merge.merge_planner import MergePlanner
from app.services.merge.process_verifier import VerifierSetup
from app.services.trust_service import TrustService
from app.storage.exchange_store import ExchangeStore
from app.storage.store import Store

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_KEY_ID = re.compile(r"^[0-9A-Fa-f]{16}$")


@dataclass(frozen=True)
class PackageCheck:
    """What `verify` found: an intact package, and whether its signer is trusted here."""

    path: Path
    package: VerifiedPackage
    encrypted: bool
    problem: PackageError | None = None  # set when intact but not trusted

    @property
    def trusted(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class PreparedExport:
    """Everything a package needs, read from the database and with the key unlocked; writing
    it touches no database, so the desktop app runs `write` on a worker thread."""

    writer: PackageWriter
    content: PackageContent
    framework: Framework
    evidence: dict[str, bytes]
    recipients: list[str]

    def write(self, target: Path) -> WrittenPackage:
        return self.writer.write(
            target, self.content, self.framework, self.evidence, utc_now(), self.recipients
        )


class PackageService:
    def __init__(
        self,
        store: Store,
        exchange: ExchangeStore,
        keys: KeyService,
        trust: TrustService,
        identity: Identity,
        limits: PackageLimits | None = None,
    ):
        self._store = store
        self._exchange = exchange
        self._keys = keys
        self._trust = trust
        self.identity = identity
        self.limits = limits or PackageLimits()

    # --- export ----------------------------------------------------------------------------

    def content(self, audit: Audit) -> tuple[PackageContent, Framework, dict[str, bytes]]:
        framework = self._store.frameworks.get(audit.framework_hash)
        if framework is None:
            raise JalonError(
                "the framework of audit {id} is missing from the database", id=audit.short_id
            )
        links = self._store.evidence.for_audit(audit.id)
        evidence: dict[str, bytes] = {}
        for link in links:
            data = self._store.evidence.data(link.sha256)
            if data is None:
                raise JalonError("the evidence file {file} is missing", file=link.filename)
            evidence[link.sha256] = data
        content = PackageContent(
            audit=_fitted(audit, ("institution", "country")),
            revisions=tuple(
                _fitted(revision, _REVISION_TEXTS)
                for revision in self._store.revisions.all_for_audit(audit.id)
            ),
            actions=tuple(
                _fitted(action, ("title", "owner"))
                for action in self._store.actions.for_audit(audit.id, include_deleted=True)
            ),
            events=tuple(self._store.audits.events(audit.id)),
            evidence=tuple(
                PackagedEvidence(
                    link.id,
                    link.indicator,
                    link.sha256,
                    link.filename,
                    link.size,
                    link.added_by,
                    link.added_at,
                )
                for link in links
            ),
            review_events=(review := self._store.reviews.review(audit.id)).events,
            review_comments=review.comments,
            institution=self._store.institutions.get(audit.institution_id),
            action_revisions=tuple(
                replace(r, item=_fitted(r.item, ("title", "owner")))
                for r in self._store.actions.revisions(audit.id)
            ),
        )
        return content, framework, evidence

    def export(self, audit: Audit, target: Path, encrypt_to: Sequence[str] = ()) -> WrittenPackage:
        return self.prepare_export(audit, encrypt_to).write(target)

    def prepare_export(
        self, audit: Audit, encrypt_to: Sequence[str] = (), include_own: bool = False
    ) -> PreparedExport:
        """Read the audit and unlock the signing key (may ask for its passphrase). With
        `include_own` and recipients, the package is also encrypted to the signer's own key,
        so its author can open it again."""
        content, framework, evidence = self.content(audit)
        info, key = self._keys.signing_key()
        recipients = [self.recipient(reference) for reference in encrypt_to]
        if recipients and include_own:
            recipients.append(MinisignPublicKey.from_line(info.public_key).openssh())
        writer = PackageWriter(key, info.name, info.organisation, __version__)
        return PreparedExport(writer, content, framework, evidence, recipients)

    def recipient(self, reference: str) -> str:
        """A key id (own key or trusted signer) becomes its ssh-ed25519 form; age and ssh
        recipients pass through unchanged."""
        cleaned = "".join(reference.split())
        if not _KEY_ID.match(cleaned):
            return reference.strip()
        own = self._exchange.keys.get(cleaned.upper())
        if own is not None:
            return MinisignPublicKey.from_line(own.public_key).openssh()
        trusted = self._exchange.trust.get(cleaned.upper())
        if trusted is None:
            raise JalonError(
                "cannot encrypt to {key}: it is neither a key of this installation "
                "nor a trusted signer",
                key=reference,
            )
        if trusted.is_revoked:
            raise JalonError("cannot encrypt to {key}: that key was revoked", key=reference)
        return MinisignPublicKey.from_line(trusted.public_key).openssh()

    # --- reading ---------------------------------------------------------------------------

    def known_frameworks(self) -> dict[str, Framework]:
        """Frameworks already stored, by hash: packages using them need no second parse."""
        known = {}
        for content_hash in self._store.frameworks.hashes():
            framework = self._store.frameworks.get(content_hash)
            if framework is not None:
                known[content_hash] = framework
        return known

    def trust_policy(self) -> TrustPolicy:
        """A snapshot of the trust store, as the packages of one merge are judged by it."""
        return self._trust.policy()

    def opener(
        self, keys: list[SigningKey] | None = None, known: dict[str, Framework] | None = None
    ) -> PackageOpener:
        """An opener bound to a snapshot of the trust store and of the stored frameworks.

        With `keys`, encrypted packages are opened with those keys only (worker threads must
        not prompt); without, own keys are unlocked when the first encrypted package comes.
        """
        frameworks = self.known_frameworks() if known is None else known
        reader = PackageReader(self.trust_policy(), frameworks.get, self.limits)
        provide = (lambda: keys) if keys is not None else self._keys.decryption_keys
        return PackageOpener(reader, provide, self.limits)

    def verifier_setup(self, keys: list[SigningKey]) -> VerifierSetup:
        """What a helper process needs to open packages as opener(keys) does."""
        return VerifierSetup(
            self._trust.policy(), self.limits, tuple(key.secret_bytes() for key in keys)
        )

    def verify(self, path: Path) -> PackageCheck:
        """Check a package completely without importing it, including what a merge would find
        against the audit recorded here. Raises PackageError when it is damaged, forged or
        does not fit; returns a check with `problem` set when it is intact but would be held
        (signer not trusted, audit recorded here for another institution...)."""
        opener = self.opener()
        data, encrypted = opener.read_bytes(path)
        try:
            opened: OpenedPackage = opener.open_bytes(data, path.name, encrypted)
            package = opened.package
            state = self._exchange.merges.state(
                package.manifest.audit_id, *package.content.ids_held_by_id()
            )
            receipt = ImportReceipt(path.name, ReceiptStatus.REJECTED)
            MergePlanner(self.identity.author).plan(
                state, package, receipt, None, self.trust_policy()
            )
        except PackageError as error:
            if error.quarantinable and error.package is None:
                error.package = package  # found by the merge plan: the package is intact
            if isinstance(error.package, VerifiedPackage):
                return PackageCheck(path, error.package, encrypted, error)
            raise
        return PackageCheck(path, package, encrypted)


_REVISION_TEXTS = ("value", "na_reason", "comment", "department")
_Record = TypeVar("_Record", bound="DataclassInstance")


def _fitted(record: _Record, fields: tuple[str, ...]) -> _Record:
    """`record` with its texts as a package carries them: characters no package text may hold
    shown as escapes (\\x1b), texts longer than a package carries cut visibly ("[…]"). Texts
    saved before input was checked must not make an audit impossible to send; nothing typed
    now is changed (today's input rules are stricter)."""
    changes = {}
    for name in fields:
        text = getattr(record, name)
        if isinstance(text, str):
            fitted = shortened(VisibleText.for_documents(text), MAX_TEXT)
            if fitted != text:
                changes[name] = fitted
    return replace(record, **changes) if changes else record
