"""A signer whose packages this installation accepts: the trust store's entry for one key."""

from __future__ import annotations

from dataclasses import dataclass


def institution_key(name: str) -> str:
    """An institution's name as compared: case and spacing do not make another institution."""
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class TrustedSigner:
    key_id: str  # 16 hexadecimal digits, as minisign shows it
    public_key: str  # the minisign public key line (base64)
    name: str
    organisation: str = ""
    valid_from: str = ""  # ISO date or timestamp; empty means no limit
    valid_until: str = ""
    institutions: tuple[str, ...] = ()  # empty: packages about any institution
    revoked_at: str = ""
    revoked_reason: str = ""
    own: bool = False  # a key of this installation
    added_by: str = ""
    added_at: str = ""

    @property
    def is_revoked(self) -> bool:
        return bool(self.revoked_at)

    def covers(self, institution: str) -> bool:
        if not self.institutions:
            return True
        wanted = institution_key(institution)
        return any(institution_key(i) == wanted for i in self.institutions)
