"""An institution: the assessed organisation, a record of its own that outlives each audit.

Its id is derived from its normalised name and country when it is first recorded, so that two
installations which record the same institution independently (or upgrade their databases to
the first schema that knows institutions) give it the same id, and their packages meet on it.
Records found later to be the same institution are merged by a person: the one merged away
keeps its id, pointing at the one it became (`merged_into`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Never change: every installation derives the same ids from it.
_ID_NAMESPACE = "6f1d3c52-8a0e-4d57-9b1e-2f3a7c9e4b10"
# Before any record an installation of Jalon could have written. An institution exists before
# its audits, so its record may be older than any of them, but a record dated earlier than this
# is a forgery or a computer whose clock was reset (a flat battery sets 1980 or 2000): it
# would sort first in every list.
EARLIEST_RECORD = "2000-01-01T00:00:00Z"


def normalised_name(name: str) -> str:
    """A name as compared: case, accents and spacing do not make another institution.
    Never change: the ids of institutions are derived from it."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def normalised_country(country: str) -> str:
    return country.strip().upper()


def institution_id_for(name: str, country: str) -> str:
    """The id an institution gets when first recorded under `name` in `country`."""
    import uuid  # here: with the platform module it loads, not part of the desktop's start

    key = f"{normalised_country(country)}\n{normalised_name(name)}"
    return str(uuid.uuid5(uuid.UUID(_ID_NAMESPACE), key))


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    country: str = ""
    former_names: tuple[str, ...] = ()
    legal_type: str = ""
    network: str = ""
    # The identifiers networks and registries give it, e.g. (("mix", "MFI-1234"),).
    identifiers: tuple[tuple[str, str], ...] = ()
    merged_into: str = ""  # the id of the record this one was merged into, if any
    to_confirm: bool = False  # grouped by spelling alone: a person should confirm
    created_at: str = ""
    updated_at: str = ""

    @property
    def short_id(self) -> str:
        return self.id[:8]

    def is_known_as(self, name: str, country: str) -> bool:
        """Whether `name` in `country` is this institution's name or one of its former names."""
        if normalised_country(country) != normalised_country(self.country):
            return False
        wanted = normalised_name(name)
        return any(normalised_name(n) == wanted for n in (self.name, *self.former_names))

    def absorbing(self, other: Institution, now: str) -> Institution:
        """This record after `other` was merged into it: other's names become former names
        and identifiers it lacks are added."""
        # Every spelling is kept (a network's files may use any of them); only the current
        # name itself is not repeated.
        names = [n for n in (*self.former_names, other.name, *other.former_names) if n != self.name]
        unique = tuple(dict.fromkeys(names))
        identifiers = dict(other.identifiers) | dict(self.identifiers)
        return Institution(
            id=self.id,
            name=self.name,
            country=self.country,
            former_names=unique,
            legal_type=self.legal_type or other.legal_type,
            network=self.network or other.network,
            identifiers=tuple(sorted(identifiers.items())),
            merged_into="",
            to_confirm=False,
            created_at=self.created_at,
            updated_at=now,
        )
