"""Importing a filled-in workbook, first step: reading it back — hostile input, checked cell by
cell.

The workbook must be the one Jalon exported for this audit and framework (hidden metadata),
with its answers sheet and columns where they were; every row must carry an unchanged question
key and code; every answer must fit its question. Each problem is reported with its sheet, row
and column, and none of this writes anything.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from pathlib import Path

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from app.boundary.workbook_file import WorkbookFile, WorkbookLimits
from app.models import text_rule
from app.models.answer import parse_answer
from app.models.audit import Audit
from app.models.errors import AnswerError, JalonError
from app.models.framework import Framework, Indicator, QuestionType
from app.models.text_rule import TextError
from app.reports.fill_in.fill_in_layout import FORMAT_VERSION, HEADER_ROW, META_SHEET, FillInLayout
from app.reports.fill_in.workbook_import_plan import WorkbookEntry, WorkbookProblem
from app.reports.report_texts import REPORT_LANGUAGES, ReportTexts

# What the zip may expand to. The sheets are read as a stream, so a small file holding a
# gigabyte of padding would keep the reader busy for minutes; Jalon's workbooks compress about
# ten to one and expand to a few megabytes. Rows: far above any framework.
LIMITS = WorkbookLimits(
    max_bytes=50 * 1024 * 1024, max_expanded_bytes=200 * 1024 * 1024, max_rows=20_000
)
# Damaged zips make zlib and zipfile raise their own errors, also while the (lazily read)
# sheets are iterated, not only when the file is opened.
UNREADABLE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    EOFError,
    KeyError,
    ValueError,
    OSError,
    TypeError,
)


class FillInImportReader:
    def __init__(self, framework: Framework, audit: Audit):
        self._framework = framework
        self._audit = audit
        self.entries: list[WorkbookEntry] = []
        self.problems: list[WorkbookProblem] = []
        self.meta: dict[str, str] = {}
        self.sheet = ""

    def read(self, path: Path) -> None:
        data = WorkbookFile(LIMITS).read(path)  # bounded before openpyxl parses anything
        # openpyxl warns about parts of a workbook Excel added that it does not keep (data
        # validation extensions, ...): about the file, not for the user's terminal.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                workbook = load_workbook(data, read_only=True, data_only=True)
            except UNREADABLE as error:
                raise _unreadable(Path(path), error) from error
            try:
                if self._read_meta(workbook):
                    self._read_answers(workbook)
            except UNREADABLE as error:
                raise _unreadable(Path(path), error) from error
            finally:
                workbook.close()

    def _problem(
        self,
        message: JalonError,
        row: int | None = None,
        column: int | None = None,
        sheet: str | None = None,
    ) -> None:
        letter = get_column_letter(column) if column else None
        self.problems.append(WorkbookProblem.of(sheet or self.sheet, row, letter, message))

    def _read_meta(self, workbook) -> bool:
        if META_SHEET not in workbook.sheetnames:
            self._problem(
                JalonError(
                    "this is not a Jalon fill-in workbook (its hidden sheet "
                    "{name} is missing); export one with 'Fill-in workbook' "
                    "first",
                    name=META_SHEET,
                ),
                sheet=META_SHEET,
            )
            return False
        for key, value, *_ in workbook[META_SHEET].iter_rows(max_col=2, values_only=True):
            if key is not None:
                self.meta[str(key)] = "" if value is None else str(value)
        meta, audit = self.meta, self._audit
        if meta.get("format") != FORMAT_VERSION:
            self._problem(
                JalonError(
                    "this workbook was made by another version of Jalon "
                    "(format {found}, expected {expected})",
                    found=meta.get("format", "?"),
                    expected=FORMAT_VERSION,
                ),
                sheet=META_SHEET,
            )
        elif meta.get("audit_id") != audit.id:
            self._problem(
                JalonError(
                    "this workbook belongs to another audit ({other}, "
                    "{institution}), not to the audit of {target}",
                    other=meta.get("audit_id", "?")[:8],
                    institution=meta.get("institution", "?"),
                    target=audit.institution,
                ),
                sheet=META_SHEET,
            )
        elif meta.get("framework_hash") != self._framework.content_hash:
            self._problem(
                JalonError(
                    "this workbook was made with another version of the "
                    "framework ({version}); export a new workbook",
                    version=meta.get("framework_version", "?"),
                ),
                sheet=META_SHEET,
            )
        self.sheet = meta.get("answers_sheet", "")
        if self.sheet not in workbook.sheetnames:
            self._problem(
                JalonError(
                    "the sheet {name!r} is missing: it was renamed or "
                    "deleted, or this is not the workbook Jalon exported",
                    name=self.sheet,
                ),
                sheet=self.sheet or "?",
            )
        return not self.problems

    def _read_answers(self, workbook) -> None:
        language = self.meta.get("language", "en")
        texts = ReportTexts(language if language in REPORT_LANGUAGES else "en")
        rows = workbook[self.sheet].iter_rows(
            min_row=HEADER_ROW,
            max_row=LIMITS.max_rows,
            max_col=len(FillInLayout.COLUMNS),
            values_only=True,
        )
        header = next(rows, ())
        expected = FillInLayout(texts).headers()
        for column, wanted in enumerate(expected, start=1):
            found = header[column - 1] if column <= len(header) else None
            if (found or "") != wanted:
                self._problem(
                    JalonError(
                        "the column should be headed {expected!r} but is "
                        "{found!r}; columns must not be moved, added or "
                        "removed",
                        expected=wanted,
                        found=found or "",
                    ),
                    HEADER_ROW,
                    column,
                )
        if self.problems:
            return
        seen: dict[str, int] = {}
        for number, values in enumerate(rows, start=HEADER_ROW + 1):
            cells = dict(zip((c.key for c in FillInLayout.COLUMNS), values, strict=False))
            self._read_row(number, cells, seen)

    def _read_row(self, row: int, cells: dict[str, object], seen: dict[str, int]) -> None:
        key = _text(cells.get("key"))
        inputs = [cells.get(k) for k in ("answer", "na_reason", "comment")]
        if not key:
            if any(_text(v) for v in inputs):
                self._problem(
                    JalonError("this row has no question key: rows must not be added"),
                    row,
                    FillInLayout.index("key"),
                )
            return
        indicator = self._framework.indicators.get(key)
        if indicator is None or not indicator.is_answerable:
            self._problem(
                JalonError(
                    "unknown question key {key!r}: the row was changed or "
                    "does not come from this audit",
                    key=key,
                ),
                row,
                FillInLayout.index("key"),
            )
            return
        code = _text(cells.get("code"))
        if code != indicator.display_code:
            self._problem(
                JalonError(
                    "the code {found!r} does not match the question of this "
                    "row ({expected}); codes must not be changed",
                    found=code,
                    expected=indicator.display_code,
                ),
                row,
                FillInLayout.index("code"),
            )
            return
        if key in seen:
            self._problem(
                JalonError(
                    "question {code} appears twice (rows {first} and {second})",
                    code=code,
                    first=seen[key],
                    second=row,
                ),
                row,
                FillInLayout.index("key"),
            )
            return
        seen[key] = row
        try:
            value = self._value(indicator, cells.get("answer"))
            if isinstance(value, str):
                value = text_rule.TEXT_ANSWER.clean(value, code=code)
        except (AnswerError, TextError) as error:
            self._problem(error, row, FillInLayout.index("answer"))
            return
        texts = {}
        for column, rule in (("na_reason", text_rule.NA_REASON), ("comment", text_rule.COMMENT)):
            try:  # the same rules as typing them in Jalon: what is imported can be exported
                texts[column] = rule.clean(_text(cells.get(column)), code=code)
            except TextError as error:
                self._problem(error, row, FillInLayout.index(column))
        if len(texts) < 2:
            return
        reason = texts["na_reason"]
        if reason and value is not None:
            choice = indicator.choice(str(value)) if indicator.is_select else None
            if choice is None or choice.score is not None:
                self._problem(
                    JalonError(
                        "{code} has both an answer and a reason for N/A; keep only one", code=code
                    ),
                    row,
                    FillInLayout.index("na_reason"),
                )
                return
            value = None  # an unscored choice ("not applicable") with its reason
        self.entries.append(WorkbookEntry(row, key, value, reason, texts["comment"]))

    def _value(self, indicator: Indicator, raw: object):
        """Parse a cell; choices are accepted by label (any language) or by name."""
        if not indicator.is_select or raw is None or _text(raw) == "":
            return parse_answer(indicator, raw)
        names = {}
        for choice in indicator.choices:
            names[choice.name.casefold()] = choice.name
            for label in choice.label.values.values():
                names.setdefault(label.strip().casefold(), choice.name)
        text = _text(raw)
        if indicator.type == QuestionType.SELECT_MULTIPLE:
            parts = [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]
        else:
            parts = [text]
        unknown = [p for p in parts if p.casefold() not in names]
        if unknown:
            language = self.meta.get("language", self._framework.default_language)
            raise AnswerError(
                "{value!r} is not a choice of {code}; choose one of: {choices}",
                value="; ".join(unknown),
                code=indicator.display_code,
                choices="; ".join(
                    self._framework.text(c.label, language) or c.name for c in indicator.choices
                ),
            )
        return parse_answer(indicator, " ".join(names[p.casefold()] for p in parts))


def _unreadable(path: Path, error: Exception) -> JalonError:
    cause: BaseException | None = error
    while cause is not None:  # openpyxl wraps the XML parser's refusal in its own error
        if isinstance(cause, DefusedXmlException):
            return JalonError(
                "{file} contains XML entity declarations, which spreadsheets "
                "never hold (an 'XML bomb', or an attempt to read other files); "
                "it was refused unread",
                file=path.name,
            )
        cause = cause.__cause__ or cause.__context__
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return JalonError(
        "{file} cannot be read as an Excel workbook (.xlsx): {reason}",
        file=path.name,
        reason=reason,
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()
