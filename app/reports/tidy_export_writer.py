"""The tidy export of many audits into a folder: answers.<ext> (one row per audit × answerable
question), audits.<ext> (one row per audit) and README.md (the schema and how to read them).

Audits are turned into rows a few dozen at a time (`pieces`), here or in helper processes
(TidyExportWorkers), and the files take the pieces in order, writing a row group of about
PIECE_ROWS answers at a time: memory stays flat for 10,000 audits. Progress is reported after
every piece; a cancel stops between two pieces (the caller throws the half-written folder
away).
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from app.models.answer import Answer
from app.models.audit import Audit
from app.models.framework import Framework
from app.models.scoring import ScoreCard
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.tidy_columns import ANSWER_COLUMNS, TidyColumn
from app.reports.tidy_rows import TidyRows
from app.reports.tidy_table_file import CSV, SPREADSHEET_TRIGGERS, TidyTableFile

README = "README.md"


@dataclass(frozen=True)
class ScoredAudit:
    """One audit as the export needs it: the audit, its framework, answers and scores."""

    audit: Audit
    framework: Framework
    answers: Mapping[str, Answer]
    card: ScoreCard


@dataclass(frozen=True)
class TidyPiece:
    """The rows of a few audits, as tables ready for the files (a pyarrow table crosses a
    process boundary as its buffers, without a per-value cost)."""

    answers: object  # pyarrow.Table
    audits: object  # pyarrow.Table
    count: int  # audits in the piece


@dataclass(frozen=True)
class TidyCounts:
    audits: int
    answers: int


class TidyExportWriter:
    def __init__(self, kind: str, batch: str, frameworks: list[Framework]):
        self.kind = kind
        self._rows = TidyRows(batch, frameworks)

    def file_names(self) -> tuple[str, str]:
        return f"answers.{self.kind}", f"audits.{self.kind}"

    def pieces(self, audits: Iterable[ScoredAudit], size: int) -> Generator[TidyPiece, None, None]:
        """The audits' rows, `size` audits to a piece."""
        rows, count = self._rows, 0
        for scored in audits:
            rows.add(scored.audit, scored.framework, scored.answers, scored.card)
            count += 1
            if count == size:
                yield self._piece(count)
                count = 0
        if count:
            yield self._piece(count)

    def _piece(self, count: int) -> TidyPiece:
        rows = self._rows
        return TidyPiece(
            TidyTableFile.table(ANSWER_COLUMNS, rows.take_answers()),
            TidyTableFile.table(rows.audit_columns, rows.take_audits()),
            count,
        )

    def write(
        self,
        folder: Path,
        pieces: Iterable[TidyPiece],
        total: int,
        progress: Progress = NO_PROGRESS,
    ) -> TidyCounts:
        answers_name, audits_name = self.file_names()
        progress.step(0, total)
        done = 0
        with ExitStack() as files:
            answers = files.enter_context(
                TidyTableFile.for_format(self.kind, folder / answers_name, ANSWER_COLUMNS)
            )
            summary = files.enter_context(
                TidyTableFile.for_format(self.kind, folder / audits_name, self.audit_columns)
            )
            for piece in pieces:
                if piece.count:
                    answers.add(piece.answers)
                    summary.add(piece.audits)
                done += piece.count
                progress.step(done, total)
        (folder / README).write_text(self.readme(), encoding="utf-8")
        return TidyCounts(summary.rows, answers.rows)

    @property
    def audit_columns(self) -> tuple[TidyColumn, ...]:
        return self._rows.audit_columns

    def readme(self) -> str:
        """The schema of both tables and the rules an analyst needs, beside the files."""
        answers_name, audits_name = self.file_names()
        lines = [
            "# Jalon tidy export",
            "",
            f"- `{answers_name}`: one row per audit × answerable question "
            "(unanswered questions included, with `answered` false).",
            f"- `{audits_name}`: one row per audit, with overall and per-dimension scores.",
            "- `jalon-export.json`: what was exported (audits and their change marks), read "
            "by `jalon export tidy --incremental`.",
            "- `changes/<batch>/`: audits changed since the previous export, written by "
            "`--incremental`. An audit's rows in a later batch replace all its earlier rows "
            "(keep, per `audit_id`, the rows of its greatest `export_batch`); audits removed "
            "from the database are listed under `removed` in jalon-export.json.",
            "",
            "Scores are percentages (0–100) and coverage a share (0–1), as in "
            "`jalon score --json`. Times are UTC, ISO 8601; dates YYYY-MM-DD.",
        ]
        if self.kind == CSV:
            lines += [
                "",
                "CSV: UTF-8 with a byte order mark, comma-separated, dot decimals, "
                "`true`/`false`, empty field for a missing value. A text starting with one "
                f"of {_shown(SPREADSHEET_TRIGGERS)} is written with an apostrophe (') in "
                "front so that a spreadsheet never runs it as a formula; the raw text is the "
                "cell without its first character whenever that character is an apostrophe.",
            ]
        for title, columns in (
            (answers_name, ANSWER_COLUMNS),
            (audits_name, self._rows.audit_columns),
        ):
            lines += ["", f"## {title}", "", "| column | type | meaning |", "| --- | --- | --- |"]
            lines += [_row(column) for column in columns]
        return "\n".join(lines) + "\n"


def _row(column: TidyColumn) -> str:
    return f"| `{column.name}` | {column.type} | {column.meaning} |"


def _shown(characters: str) -> str:
    names = {"\t": "tab", "\r": "carriage return"}
    return ", ".join(names.get(c, f"`{c}`") for c in characters)
