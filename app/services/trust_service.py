"""The trust store: whose packages this installation accepts (a head office's list of field
auditors, a site's head office key), with validity dates, institution scope and revocation."""

from __future__ import annotations

from datetime import date, datetime

from app.exchange.minisign_public_key import MinisignPublicKey, normalize_key_id
from app.exchange.trust_policy import TrustPolicy
from app.models import text_rule
from app.models.errors import JalonError
from app.models.trusted_signer import TrustedSigner
from app.services.identity import Identity, utc_now
from app.storage.exchange_store import ExchangeStore


def _check_date(value: str, label: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise JalonError(
            "{label} {value!r} is not a date written YYYY-MM-DD", label=label, value=value
        ) from None
    return value


class TrustService:
    def __init__(self, exchange: ExchangeStore, identity: Identity):
        self._exchange = exchange
        self.identity = identity

    def list(self) -> list[TrustedSigner]:
        return self._exchange.trust.list()

    def get(self, reference: str) -> TrustedSigner:
        signer = self._exchange.trust.get(normalize_key_id(reference))
        if signer is None:
            raise JalonError("key {key} is not in the trust store", key=reference)
        return signer

    def name_of(self, key_id: str) -> str:
        """The name this installation knows a key by ("" when it is not in the trust store):
        how a revision's signer is shown beside the author it claims."""
        signer = self._exchange.trust.get(key_id)
        return signer.name if signer is not None else ""

    def policy(self) -> TrustPolicy:
        """A snapshot of the trust store for verifying packages (usable from any thread)."""
        return TrustPolicy(self._exchange.trust.list())

    def trust(
        self,
        public_key: str,
        name: str,
        organisation: str = "",
        valid_from: str = "",
        valid_until: str = "",
        institutions: tuple[str, ...] = (),
    ) -> TrustedSigner:
        key = MinisignPublicKey.from_text(public_key)
        name = text_rule.PERSON.clean(name)
        if not name:
            raise JalonError("give the name of the person or office the key belongs to")
        organisation = text_rule.ORGANISATION.clean(organisation)
        institutions = tuple(text_rule.INSTITUTION.clean(i) for i in institutions)
        valid_from = _check_date(valid_from, "valid from")
        valid_until = _check_date(valid_until, "valid until")
        if valid_from and valid_until and valid_until < valid_from:
            raise JalonError(
                "the key would expire ({until}) before it becomes valid ({start})",
                until=valid_until,
                start=valid_from,
            )
        existing = self._exchange.trust.get(key.key_id_hex)
        if existing is not None:
            if existing.public_key != key.to_line():
                raise JalonError(
                    "another key with the id {key} is already trusted (as {name}); "
                    "key ids must be unique",
                    key=key.key_id_hex,
                    name=existing.name,
                )
            if existing.own:
                raise JalonError(
                    "key {key} is one of this installation's own keys", key=key.key_id_hex
                )
            if existing.is_revoked:
                # A revoked key may be in the wrong hands: trusting it again must be a new key.
                raise JalonError(
                    "key {key} of {name} was revoked on {date} and cannot be "
                    "trusted again; ask for a new key",
                    key=key.key_id_hex,
                    name=existing.name,
                    date=existing.revoked_at[:10],
                )
        signer = TrustedSigner(
            key.key_id_hex,
            key.to_line(),
            name,
            organisation,
            valid_from,
            valid_until,
            tuple(i for i in institutions if i),
            added_by=self.identity.author,
            added_at=utc_now(),
        )
        self._exchange.trust.save(signer)
        return signer

    def revoke(self, reference: str, reason: str = "") -> TrustedSigner:
        signer = self.get(reference)
        if signer.is_revoked:
            raise JalonError(
                "key {key} of {name} is already revoked (on {date})",
                key=signer.key_id,
                name=signer.name,
                date=signer.revoked_at[:10],
            )
        self._exchange.trust.revoke(signer.key_id, utc_now(), " ".join(reason.split()))
        return self.get(signer.key_id)
