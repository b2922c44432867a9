"""One table of the tidy export on disk, written in pieces: Parquet or CSV, both through
pyarrow (chosen by measurement against DuckDB's Parquet writer and Python's csv module: see
docs/benchmarks.md).

Each piece (a few thousand audits' rows, as columns) becomes a Parquet row group or a run of
CSV lines, so the whole table is never in memory.

CSV choices, made for what pandas, R, DuckDB and Excel's Power Query read without options:
UTF-8 with a byte order mark (Power Query and Excel then know it is UTF-8; pandas, readr and
DuckDB skip the mark), a comma between fields, a dot in decimals, `true`/`false`, an empty
field for a missing value, ISO 8601 dates and times. Texts that a spreadsheet would take for
a formula are neutralised as OWASP recommends: see `SPREADSHEET_TRIGGERS`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from app.boundary.spreadsheet_cell import FORMULA_STARTS
from app.reports.tidy_columns import BOOLEAN, DOUBLE, INTEGER, STRING, TidyColumn

PARQUET, CSV = "parquet", "csv"
PIECE_ROWS = 100_000  # answer rows per Parquet row group, per run of CSV lines
FORMATS = (PARQUET, CSV)
UTF8_BOM = b"\xef\xbb\xbf"
# A CSV text starting with one of these is written with an apostrophe in front, so that a
# spreadsheet opening the file shows it as text instead of running it as a formula (=, +, -,
# @, tab, carriage return: OWASP's list, the one Excel cells follow too). Texts starting with
# an apostrophe get one too, which makes the rule reversible: the raw text is the cell without
# its first character whenever that character is an apostrophe.
SPREADSHEET_TRIGGERS = "".join(FORMULA_STARTS) + "'"
_TRIGGER_PATTERN = "^[" + re.escape(SPREADSHEET_TRIGGERS) + "]"
_ARROW_TYPES = {STRING: pa.string(), DOUBLE: pa.float64(), INTEGER: pa.int64(), BOOLEAN: pa.bool_()}


class TidyTableFile:
    """A table file being written; `for_format` picks the kind."""

    def __init__(self, path: Path, columns: tuple[TidyColumn, ...]):
        self.path = Path(path)
        self.columns = columns
        self.schema = _schema(columns)
        self.rows = 0
        self._pending: list[pa.Table] = []
        self._pending_rows = 0

    @staticmethod
    def for_format(kind: str, path: Path, columns: tuple[TidyColumn, ...]) -> TidyTableFile:
        return ParquetTableFile(path, columns) if kind == PARQUET else CsvTableFile(path, columns)

    @staticmethod
    def table(columns: tuple[TidyColumn, ...], values: dict[str, list]) -> pa.Table:
        """Rows given column by column (every column, same lengths) as a table."""
        return pa.Table.from_pydict(values, schema=_schema(columns))

    def add(self, table: pa.Table) -> None:
        """Append rows; they reach the file PIECE_ROWS at a time (one Parquet row group)."""
        self._pending.append(table)
        self._pending_rows += table.num_rows
        if self._pending_rows >= PIECE_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._pending_rows:
            self._write(pa.concat_tables(self._pending))
            self.rows += self._pending_rows
        self._pending, self._pending_rows = [], 0

    def _write(self, table: pa.Table) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Write what is pending and end the file (a failed flush still closes it)."""
        try:
            self._flush()
        finally:
            self._close()

    def _close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> TidyTableFile:
        return self

    def __exit__(self, failure: type | None, *_details) -> None:
        if failure is None:
            self.close()
        else:  # cancelled or failed: the caller throws the file away, unfinished
            self._close()


class ParquetTableFile(TidyTableFile):
    """Snappy-compressed Parquet (the codec Power BI, R's arrow and every other reader
    support), one row group per piece; texts as they are, typed columns typed."""

    def __init__(self, path: Path, columns: tuple[TidyColumn, ...]):
        super().__init__(path, columns)
        self._writer = pq.ParquetWriter(self.path, self.schema, compression="snappy")

    def _write(self, table: pa.Table) -> None:
        self._writer.write_table(table)

    def _close(self) -> None:
        self._writer.close()  # writes the footer: a table with no row is still a valid file


class CsvTableFile(TidyTableFile):
    def __init__(self, path: Path, columns: tuple[TidyColumn, ...]):
        super().__init__(path, columns)
        self._texts = [index for index, c in enumerate(columns) if c.type == STRING]
        self._handle: BinaryIO = self.path.open("wb")
        try:
            self._handle.write(UTF8_BOM)
            self._writer = pa_csv.CSVWriter(self._handle, self.schema)
        except BaseException:
            self._handle.close()
            raise

    def _write(self, table: pa.Table) -> None:
        for index in self._texts:
            table = table.set_column(
                index, self.schema.field(index), spreadsheet_safe(table.column(index))
            )
        self._writer.write_table(table)

    def _close(self) -> None:
        try:
            self._writer.close()
        finally:
            self._handle.close()


def _schema(columns: tuple[TidyColumn, ...]) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.type]) for c in columns])


def spreadsheet_safe(texts: pa.ChunkedArray) -> pa.ChunkedArray:
    """`texts` with an apostrophe in front of each one starting with a SPREADSHEET_TRIGGERS
    character; missing values stay missing."""
    starts = pc.match_substring_regex(texts, _TRIGGER_PATTERN)
    return pc.if_else(starts, pc.binary_join_element_wise("'", texts, ""), texts)
