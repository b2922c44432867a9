"""The `crosswalk` sheet of a framework workbook (or of a workbook of its own), SSSOM-shaped.

One row per correspondence, columns as in an SSSOM mapping table: `subject_source` and
`subject_source_version` (the older framework), `subject_id` (its question's name),
`predicate_id` (or `relation`: same, reworded, split, merged, retired, new), `object_id` (the
question's name in this framework), `mapping_justification`, and `comment::English (en)`,
`comment::Français (fr)`… `subject_label` and `object_label` are for the reader and ignored.
A sheet may hold crosswalks from several older versions, told apart by their subject source.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.frameworks.language_columns import column_header, split_header
from app.frameworks.problem import ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet, SheetRow
from app.models.crosswalk import MANUAL_CURATION, Correspondence, Crosswalk, Relation
from app.models.framework import Framework
from app.models.localized_text import LocalizedText

SHEET = "crosswalk"
SOURCE, SOURCE_VERSION = "subject_source", "subject_source_version"
SUBJECT, SUBJECT_LABEL = "subject_id", "subject_label"
PREDICATE, RELATION_ALIAS = "predicate_id", "relation"
OBJECT, OBJECT_LABEL = "object_id", "object_label"
JUSTIFICATION, COMMENT = "mapping_justification", "comment"
RELATIONS = ", ".join(relation.value for relation in Relation)


class CrosswalkSheet:
    """Reads the rows of a crosswalk sheet, logging each problem with its row and column."""

    def __init__(self, sheet: Sheet, log: ProblemLog, default_language: str):
        self._sheet = sheet
        self._log = log
        self._default_language = default_language
        self._rows: dict[tuple[str, str], list[tuple[SheetRow, Correspondence]]] = {}

    def read(self) -> None:
        for row in self._sheet.rows:
            if any(row.cells.values()):
                self._read_row(row)

    def check_objects(self, framework: Framework) -> None:
        """Objects must be questions of the framework that holds the crosswalk."""
        for rows in self._rows.values():
            for row, correspondence in rows:
                if correspondence.object and correspondence.object not in framework.indicators:
                    self._error(
                        row,
                        OBJECT,
                        "{object!r} is not a question of this framework",
                        object=correspondence.object,
                    )

    def crosswalks(self) -> tuple[Crosswalk, ...]:
        return tuple(
            Crosswalk(source, version, tuple(c for _, c in rows))
            for (source, version), rows in self._rows.items()
        )

    def _error(self, row: SheetRow, header: str, template: str, /, **params) -> None:
        self._log.add(Severity.ERROR, self._sheet, row, header, template, **params)

    def _read_row(self, row: SheetRow) -> None:
        cells = {split_header(header)[0]: value for header, value in row.cells.items()}
        source, version = cells.get(SOURCE, ""), cells.get(SOURCE_VERSION, "")
        for header, value in ((SOURCE, source), (SOURCE_VERSION, version)):
            if not value:
                self._error(
                    row,
                    header,
                    "the row does not say which framework it maps from (column {column} is empty)",
                    column=header,
                )
        predicate_header = PREDICATE if PREDICATE in cells else RELATION_ALIAS
        word = cells.get(predicate_header, "").strip().lower()
        try:
            relation = Relation(word)
        except ValueError:
            self._error(
                row,
                predicate_header,
                "{value!r} is not a relation; write one of: {known}",
                value=word,
                known=RELATIONS,
            )
            return
        subject, target = cells.get(SUBJECT, "").strip(), cells.get(OBJECT, "").strip()
        if relation.needs_subject and not subject:
            self._error(
                row,
                SUBJECT,
                "a {relation!r} row needs the old question's name",
                relation=relation.value,
            )
        if relation.needs_object and not target:
            self._error(
                row,
                OBJECT,
                "a {relation!r} row needs the new question's name",
                relation=relation.value,
            )
        if not relation.needs_subject and subject:
            self._error(
                row,
                SUBJECT,
                "a 'new' row has no old question; leave {column} empty",
                column=SUBJECT,
            )
        if not relation.needs_object and target:
            self._error(
                row,
                OBJECT,
                "a 'retired' row has no new question; leave {column} empty",
                column=OBJECT,
            )
        if not (source and version):
            return
        rows = self._rows.setdefault((source, version), [])
        for earlier, existing in rows:
            if (existing.subject, existing.object) == (subject, target):
                self._error(
                    row,
                    SUBJECT,
                    "{subject} → {object} is already mapped on row {first}",
                    subject=subject or "-",
                    object=target or "-",
                    first=earlier.number,
                )
                return
        comment = {
            language or self._default_language: value
            for header, value in row.cells.items()
            for name, language in [split_header(header)]
            if name == COMMENT and value
        }
        rows.append(
            (
                row,
                Correspondence(
                    subject,
                    relation,
                    target,
                    LocalizedText(comment),
                    cells.get(JUSTIFICATION, "") or MANUAL_CURATION,
                ),
            )
        )


def crosswalk_headers(languages: Sequence[str]) -> list[str]:
    return [
        SOURCE,
        SOURCE_VERSION,
        SUBJECT,
        SUBJECT_LABEL,
        PREDICATE,
        OBJECT,
        OBJECT_LABEL,
        JUSTIFICATION,
        *(column_header(COMMENT, language) for language in languages),
    ]


def crosswalk_rows(
    crosswalk: Crosswalk, target: Framework, source: Framework | None = None
) -> list[list[str | None]]:
    """The rows of a crosswalk sheet; labels (code and question) are filled where known."""
    languages = target.languages

    def label(framework: Framework | None, name: str) -> str | None:
        indicator = framework.indicators.get(name) if framework and name else None
        if framework is None or indicator is None:
            return None
        text = framework.text(indicator.label, framework.default_language)
        return f"{indicator.display_code} {text}".strip()

    return [
        [
            crosswalk.source_id,
            crosswalk.source_version,
            row.subject or None,
            label(source, row.subject),
            row.relation.value,
            row.object or None,
            label(target, row.object),
            row.justification,
            *(row.comment.values.get(language) or None for language in languages),
        ]
        for row in crosswalk.rows
    ]
