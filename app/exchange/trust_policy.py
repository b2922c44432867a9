"""Whether a signer may sign a package: the trust store's rules, applied in memory.

A snapshot of the trust store, so it can be consulted from the threads that verify packages.
A signer must be in the store with the very same public key, not revoked, within its validity
dates at the package's signing time, and allowed to sign for the package's institution.
The signing time is the signer's own claim: a key whose validity has ended could backdate it,
so what such a key would still change here waits for a person (check_still_valid).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.exchange.exchange_error import PackageError
from app.exchange.minisign_public_key import MinisignPublicKey
from app.exchange.package_manifest import PackageManifest
from app.models.review import REVIEWER_STATES, ReviewEvent
from app.models.trusted_signer import TrustedSigner

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def until(value: str) -> str:
    # A date without a time means "until the end of that day".
    return value + "T23:59:59.999999Z" if _DATE_ONLY.match(value) else value


class TrustPolicy:
    def __init__(self, signers: Iterable[TrustedSigner]):
        self._signers = {s.key_id: s for s in signers}

    def as_known_here(
        self, signer: MinisignPublicKey, manifest: PackageManifest
    ) -> PackageManifest:
        """`manifest` with its signer named as the trust store names the key. A signature vouches
        for the key, not for the name the signer typed beside it: a key trusted here as "Site B"
        that claims to be the head office's director must be shown as Site B. A key unknown here
        keeps its claimed name (it is shown as a stranger's claim)."""
        trusted = self._signers.get(signer.key_id_hex)
        if trusted is None or MinisignPublicKey.from_line(trusted.public_key) != signer:
            return manifest
        return replace(manifest, signer_name=trusted.name, signer_organisation=trusted.organisation)

    def check(self, signer: MinisignPublicKey, manifest: PackageManifest) -> None:
        key = signer.key_id_hex
        trusted = self._signers.get(key)
        if trusted is None:
            raise PackageError(
                "unknown-signer",
                "the package is signed by {name} (key {key}), "
                "who is not in this installation's trust store; if you know "
                "them, add their public key to the trust store first",
                quarantinable=True,
                name=manifest.signer_name,
                key=key,
            )
        if MinisignPublicKey.from_line(trusted.public_key) != signer:
            raise PackageError(
                "signer-key-mismatch",
                "the package claims key {key} of {name}, "
                "but its public key is not the one trusted under that id",
                key=key,
                name=trusted.name,
            )
        if trusted.is_revoked:
            raise PackageError(
                "revoked-signer",
                "the package is signed by key {key} of {name}, revoked on {date} ({reason})",
                quarantinable=True,
                key=key,
                name=trusted.name,
                date=trusted.revoked_at[:10],
                reason=trusted.revoked_reason or "no reason given",
            )
        signed = manifest.created_at
        if trusted.valid_from and signed < trusted.valid_from:
            raise PackageError(
                "signer-not-yet-valid",
                "the package was signed on {signed}, "
                "before key {key} of {name} became valid ({valid})",
                quarantinable=True,
                signed=signed[:10],
                key=key,
                name=trusted.name,
                valid=trusted.valid_from,
            )
        if trusted.valid_until and signed > until(trusted.valid_until):
            raise PackageError(
                "signer-expired",
                "the package was signed on {signed}, after key {key} of {name} expired ({valid})",
                quarantinable=True,
                signed=signed[:10],
                key=key,
                name=trusted.name,
                valid=trusted.valid_until,
            )
        if not trusted.covers(manifest.institution):
            raise PackageError(
                "signer-out-of-scope",
                "{name} (key {key}) is trusted only for {scope}, not for {institution}",
                quarantinable=True,
                name=trusted.name,
                key=key,
                scope=", ".join(trusted.institutions),
                institution=manifest.institution,
            )

    def check_still_valid(
        self, signer: MinisignPublicKey, manifest: PackageManifest, now: str
    ) -> None:
        """Raise PackageError (quarantinable) if the signer's validity has ended by `now`, this
        computer's clock. A signature cannot prove when it was made: the manifest and every
        timestamp of a package can be backdated to before the end, so a package of such a key
        that would change anything here is held for a person, whatever time it claims."""
        trusted = self._signers.get(signer.key_id_hex)
        if trusted is not None and trusted.valid_until and now > until(trusted.valid_until):
            raise PackageError(
                "signer-expired-now",
                "key {key} of {name} expired on {valid}; "
                "the package says it was signed on {signed}, before that, but a "
                "signature cannot prove when it was made, so what it would "
                "change is held in quarantine for a person to decide",
                quarantinable=True,
                key=trusted.key_id,
                name=trusted.name,
                valid=trusted.valid_until[:10],
                signed=manifest.created_at[:10],
            )

    def check_audit_here(
        self, signer: MinisignPublicKey, manifest: PackageManifest, institution_here: str
    ) -> None:
        """Raise PackageError (quarantinable) if the signer's scope does not cover the audit
        as it is recorded here: a package names its institution itself, and a signer trusted
        for one institution must not change another's audit by sending its id."""
        trusted = self._signers.get(signer.key_id_hex)
        if trusted is not None and not trusted.covers(institution_here):
            raise PackageError(
                "signer-out-of-scope-here",
                "{name} (key {key}) is trusted only "
                "for {scope}, but audit {id} is, on this installation, the audit "
                "of {ours} (the package says {theirs}); the package is held in "
                "quarantine for a person to decide",
                quarantinable=True,
                name=trusted.name,
                key=trusted.key_id,
                scope=", ".join(trusted.institutions),
                id=manifest.audit_id[:8],
                ours=institution_here,
                theirs=manifest.institution,
            )

    def check_review_decisions(
        self,
        signer: MinisignPublicKey,
        manifest: PackageManifest,
        new_events: Iterable[ReviewEvent],
    ) -> None:
        """Raise PackageError (quarantinable) if a signer trusted only for some institutions
        brings a review decision (in review, returned, accepted, rejected) not held here. Such
        a key is a field site's: it signs its own audits, which the head office reviews, so it
        could otherwise accept its own audit in the reviewer's name. A decision already held
        here (relayed back with a resubmission) and the site's own steps pass."""
        trusted = self._signers.get(signer.key_id_hex)
        if trusted is None or not trusted.institutions:
            return
        decisions = [e for e in new_events if e.state in REVIEWER_STATES]
        if not decisions:
            return
        newest = max(decisions, key=lambda event: event.order)
        raise PackageError(
            "review-decision-out-of-scope",
            "the package brings a review "
            "decision on audit {id} ({state}, claimed by {author}) signed by "
            "{name}, a key trusted only for {scope}; review decisions come from "
            "the reviewer, so the package is held in quarantine for a person to "
            "decide",
            quarantinable=True,
            id=manifest.audit_id[:8],
            state=newest.state.value,
            author=newest.author,
            name=trusted.name,
            scope=", ".join(trusted.institutions),
        )
