"""The columns of the tidy export: one place that names them, types them and says what they
mean. The Parquet schema, the CSV header and the README written beside the files all come
from here, so they cannot disagree.

Names are stable ids (snake_case English, never translated): an analyst's script written
against one export keeps working on the next. Units follow `jalon score --json`: scores are
percentages (0–100), coverage a share (0–1).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.framework import Group

STRING, DOUBLE, INTEGER, BOOLEAN = "string", "double", "int64", "bool"


@dataclass(frozen=True)
class TidyColumn:
    name: str
    type: str  # STRING, DOUBLE, INTEGER or BOOLEAN
    meaning: str


# The first columns of both tables: the batch that wrote the row, and the audit it is about.
_AUDIT_KEY = (
    TidyColumn(
        "export_batch",
        STRING,
        "UTC time of the export that wrote the row (ISO 8601); with incremental "
        "exports, keep each audit's rows from its latest batch",
    ),
    TidyColumn("audit_id", STRING, "the audit's stable id (UUID)"),
    TidyColumn("institution", STRING, "name of the institution audited"),
)
_FRAMEWORK = (
    TidyColumn("framework_id", STRING, "id of the framework the audit was made with"),
    TidyColumn("framework_version", STRING, "its version"),
    TidyColumn("framework_hash", STRING, "SHA-256 of its exact content"),
)

ANSWER_COLUMNS = (
    *_AUDIT_KEY,
    *_FRAMEWORK,
    TidyColumn("indicator", STRING, "the question's stable name in the framework"),
    TidyColumn("code", STRING, "its display code (e.g. 2.1.3.4)"),
    TidyColumn("dimension", STRING, "name of its top-level group (dimension or section)"),
    TidyColumn(
        "question_type", STRING, "select_one, select_multiple, integer, decimal, date, text…"
    ),
    TidyColumn(
        "value",
        STRING,
        "the current answer as stored: choice name(s) separated by "
        "spaces, number with a dot, date YYYY-MM-DD, or text; empty "
        "when unanswered; the text as typed when value_invalid",
    ),
    TidyColumn("value_number", DOUBLE, "the answer of a numeric question, as a number"),
    TidyColumn(
        "value_invalid",
        BOOLEAN,
        "value holds text kept as typed that is not a valid answer (not "
        "answered, not scored, blocks finalization until corrected)",
    ),
    TidyColumn(
        "value_problem",
        STRING,
        "why a value kept as typed is not valid: expects_whole_number, "
        "expects_number, expects_date, expects_choice, or breaks_rule (the "
        "question's constraint); empty otherwise",
    ),
    TidyColumn(
        "relevant",
        BOOLEAN,
        "the question applies (its relevance rule holds and its module is selected)",
    ),
    TidyColumn("answered", BOOLEAN, "it has a value or is marked not applicable"),
    TidyColumn("not_applicable", BOOLEAN, "marked not applicable"),
    TidyColumn("na_reason", STRING, "why it is not applicable"),
    TidyColumn("points", DOUBLE, "points obtained, when the answer counts in the score"),
    TidyColumn("points_possible", DOUBLE, "points possible, when the answer counts"),
    TidyColumn("weight", DOUBLE, "the question's weight in its practice"),
    TidyColumn("score", DOUBLE, "points / points_possible in percent, when the answer counts"),
    TidyColumn("flagged", BOOLEAN, "flagged for later by the auditor"),
    TidyColumn("comment", STRING, "the auditor's comment"),
    TidyColumn("department", STRING, "department the question was assigned to"),
    # A name is shown, in Power BI as in a spreadsheet: its right-to-left overrides and
    # invisible controls are written as escapes (\u202e), as in every other export, so that
    # "Awa \u202eexe.X" never reads "Awa X.exe". The same name always gives the same text, so
    # grouping and joining by name still work; free texts (comments) keep their characters.
    TidyColumn("author", STRING, "who made the current answer (controls shown as \\u202e)"),
    TidyColumn("site", STRING, "installation id where it was made"),
    TidyColumn("changed_at", STRING, "when (UTC, ISO 8601)"),
    TidyColumn("revision_id", STRING, "id of the current answer's revision"),
)

AUDIT_COLUMNS = (
    *_AUDIT_KEY,
    TidyColumn("country", STRING, "country (ISO 3166 code as entered)"),
    TidyColumn("audit_type", STRING, "self-assessment, accompanied or external"),
    TidyColumn("period_start", STRING, "start of the period assessed (YYYY-MM-DD)"),
    TidyColumn("period_end", STRING, "end of the period assessed (YYYY-MM-DD)"),
    TidyColumn("status", STRING, "draft or finalized"),
    TidyColumn("content_language", STRING, "language the audit was answered in"),
    TidyColumn("auditors", STRING, "auditors, separated by '; ' (controls shown as \\u202e)"),
    *_FRAMEWORK,
    TidyColumn("created_at", STRING, "when the audit was created (UTC, ISO 8601)"),
    TidyColumn("updated_at", STRING, "its last change (UTC, ISO 8601)"),
    TidyColumn("finalized_at", STRING, "when it was finalized, if it is"),
    TidyColumn("score", DOUBLE, "overall score in percent"),
    TidyColumn("coverage", DOUBLE, "share (0–1) of the scored questions answered"),
    TidyColumn("points", DOUBLE, "weighted points obtained"),
    TidyColumn("points_possible", DOUBLE, "weighted points possible"),
    TidyColumn("answered", INTEGER, "questions answered (every question that applies)"),
    TidyColumn("questions", INTEGER, "questions that apply"),
)


def dimension_columns(dimension: Group) -> tuple[TidyColumn, TidyColumn]:
    """The audits table's score and coverage of one dimension, named after its stable name."""
    return (
        TidyColumn(
            f"score_{dimension.name}",
            DOUBLE,
            f"score of dimension {dimension.display_code} in percent",
        ),
        TidyColumn(
            f"coverage_{dimension.name}",
            DOUBLE,
            f"coverage (0–1) of dimension {dimension.display_code}",
        ),
    )
