"""Institutions, and which audits belong to each."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from app.models.audit import Audit
from app.models.institution import Institution, institution_id_for, normalised_country
from app.storage.database import Database

_COLUMNS = (
    "id",
    "name",
    "country",
    "former_names",
    "legal_type",
    "network",
    "identifiers",
    "merged_into",
    "to_confirm",
    "created_at",
    "updated_at",
)


def _institution(row: tuple[Any, ...]) -> Institution:
    data = dict(zip(_COLUMNS, row, strict=True))
    data["former_names"] = tuple(json.loads(data["former_names"]))
    data["identifiers"] = tuple(sorted(json.loads(data["identifiers"]).items()))
    data["to_confirm"] = bool(data["to_confirm"])
    return Institution(**data)


def _row(institution: Institution) -> tuple[Any, ...]:
    values = {
        **institution.__dict__,
        "former_names": json.dumps(list(institution.former_names), ensure_ascii=False),
        "identifiers": json.dumps(
            dict(institution.identifiers), ensure_ascii=False, sort_keys=True
        ),
        "to_confirm": int(institution.to_confirm),
    }
    return tuple(values[c] for c in _COLUMNS)


class InstitutionRepository:
    def __init__(self, database: Database):
        self._database = database

    def get(self, institution_id: str) -> Institution | None:
        row = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM institutions WHERE id = ?", (institution_id,)
        ).fetchone()
        return _institution(row) if row else None

    def find_by_prefix(self, prefix: str) -> list[Institution]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM institutions WHERE id LIKE ? ESCAPE '\\'",
            (escaped + "%",),
        )
        return [_institution(row) for row in rows]

    def list(self, include_merged: bool = False) -> list[Institution]:
        where = "" if include_merged else "WHERE merged_into = ''"
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM institutions {where} ORDER BY name, id"
        )
        return [_institution(row) for row in rows]

    def save(self, institution: Institution) -> None:
        assignments = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        self._database.execute(
            f"INSERT INTO institutions ({', '.join(_COLUMNS)}) VALUES "
            f"({', '.join('?' for _ in _COLUMNS)}) ON CONFLICT(id) DO UPDATE SET {assignments}",
            _row(institution),
        )

    def current(self, institution_id: str) -> str:
        """The id of the record `institution_id` ended up in, following merges."""
        seen = {institution_id}
        while True:
            row = self._database.execute(
                "SELECT merged_into FROM institutions WHERE id = ?", (institution_id,)
            ).fetchone()
            if row is None or not row[0] or row[0] in seen:
                return institution_id
            institution_id = row[0]
            seen.add(institution_id)

    def known_as(self, name: str, country: str) -> Institution | None:
        """The institution (not merged away) that has `name`, or had it, in `country`."""
        rows = self._database.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM institutions "
            "WHERE country = ? AND merged_into = '' ORDER BY created_at, id",
            (normalised_country(country),),
        )
        return next((i for i in map(_institution, rows) if i.is_known_as(name, country)), None)

    def for_name(self, name: str, country: str, now: str) -> str:
        """The id of the institution named `name` in `country`, recorded now if it is new.
        Called within the transaction that stores the audit."""
        known = self.known_as(name, country)
        if known is not None:
            return known.id
        institution_id = institution_id_for(name, country)
        if self.get(institution_id) is None:
            self.save(
                Institution(
                    institution_id,
                    " ".join(name.split()),
                    normalised_country(country),
                    created_at=now,
                    updated_at=now,
                )
            )
        return self.current(institution_id)

    def adopt(self, audit: Audit, carried: Institution | None, now: str) -> str:
        """The institution of an audit arriving in a package: the record the package carries
        (recorded here if new), or, from a package made before institutions existed, the one
        its name and country designate. Merges made here are followed."""
        if carried is None:
            return self.for_name(audit.institution, audit.country, now)
        if self.get(carried.id) is None:
            self.save(replace(carried, merged_into="", to_confirm=False))
        known = self.get(self.current(carried.id))
        if known is None or not known.is_known_as(audit.institution, audit.country):
            # An id this installation knows under another name: the package cannot file its
            # audit under someone else's institution; it goes by its name, for a person to
            # merge if they are one.
            return self.for_name(audit.institution, audit.country, now)
        return known.id

    def audit_counts(self) -> dict[str, int]:
        rows = self._database.execute(
            "SELECT institution_id, count(*) FROM audits GROUP BY institution_id"
        )
        return dict(rows.fetchall())

    def merge(self, source: Institution, target: Institution, now: str) -> None:
        """`source` merged into `target`: its audits move over, its names become former names
        of `target`, and it keeps existing as a pointer so that packages naming it still land."""
        with self._database.transaction():
            self.save(target.absorbing(source, now))
            self.save(
                Institution(
                    **{
                        **source.__dict__,
                        "merged_into": target.id,
                        "to_confirm": False,
                        "updated_at": now,
                    }
                )
            )
            self._database.execute(
                "UPDATE audits SET institution_id = ? WHERE institution_id = ?",
                (target.id, source.id),
            )
            self._database.execute(
                "UPDATE institutions SET merged_into = ? WHERE merged_into = ?",
                (target.id, source.id),
            )

    def confirm(self, institution: Institution, now: str) -> None:
        with self._database.transaction():
            self._database.execute(
                "UPDATE institutions SET to_confirm = 0, updated_at = ? WHERE id = ?",
                (now, institution.id),
            )
