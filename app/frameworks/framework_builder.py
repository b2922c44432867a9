"""Builds a Framework from the rows of an XLSForm workbook, reporting every problem found.

Each problem names its sheet, row and column. Errors stop the framework from being used;
warnings (an unsupported question type that is skipped, a missing translation and the
fallback that will be shown) let it load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.frameworks.crosswalk_sheet import SHEET as CROSSWALK_SHEET
from app.frameworks.crosswalk_sheet import CrosswalkSheet
from app.frameworks.framework_checker import FrameworkChecker, Located
from app.frameworks.language_columns import language_code, split_header
from app.frameworks.problem import Problem, ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet, SheetRow
from app.frameworks.xlsform_vocabulary import (
    DEPARTMENT_LIST,
    FALSE_WORDS,
    METADATA_TYPES,
    MODULE_LIST,
    SELECT_ALIASES,
    TEXT_FIELDS,
    TRUE_WORDS,
    TYPE_ALIASES,
)
from app.models.framework import (
    Choice,
    Framework,
    Group,
    Indicator,
    Level,
    QuestionType,
)
from app.models.localized_text import LocalizedText

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
# Real frameworks nest 4 or 5 levels; far deeper nesting is a hostile or broken file, and the
# tree is walked recursively (hashing, scoring), so it is refused before it is built.
MAX_GROUP_DEPTH = 30


@dataclass
class BuildResult:
    framework: Framework | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == Severity.WARNING]


class FrameworkBuilder:
    def __init__(self, sheets: dict[str, Sheet], fallback_id: str = "framework"):
        self._sheets = sheets
        self._fallback_id = fallback_id
        self._log = ProblemLog()
        self._origins: dict[str, Located] = {}

    def _error(self, sheet, row, header, template, /, **params) -> None:
        self._log.add(Severity.ERROR, sheet, row, header, template, **params)

    def _warning(self, sheet, row, header, template, /, **params) -> None:
        self._log.add(Severity.WARNING, sheet, row, header, template, **params)

    def build(self) -> BuildResult:
        survey = self._sheets.get("survey")
        if survey is None:
            self._error(None, None, "", "the workbook has no 'survey' sheet")
            return BuildResult(None, self._log.problems)
        settings = self._settings()
        self._languages = self._find_languages(settings["default_language"])
        self._default_language = settings["default_language"] or self._languages[0]
        choice_lists = self._choice_lists()
        modules = self._named_labels(choice_lists.pop(MODULE_LIST, []))
        departments = self._named_labels(choice_lists.pop(DEPARTMENT_LIST, []))
        root = self._survey(survey, choice_lists, departments)
        if root is None:
            return BuildResult(None, self._log.problems)
        crosswalk = self._crosswalk_sheet()
        title = settings["title"] or LocalizedText(
            {self._default_language: settings["form_title"] or settings["form_id"]}
        )
        framework = Framework(
            framework_id=settings["form_id"],
            version=settings["version"],
            title=title,
            root=root,
            default_language=self._default_language,
            languages=tuple(self._languages),
            modules=modules,
            departments=departments,
            crosswalks=crosswalk.crosswalks() if crosswalk else (),
        )
        if crosswalk:
            crosswalk.check_objects(framework)
        FrameworkChecker(framework, self._origins, self._log).check()
        has_errors = any(p.severity == Severity.ERROR for p in self._log.problems)
        return BuildResult(None if has_errors else framework, self._log.problems)

    def _crosswalk_sheet(self) -> CrosswalkSheet | None:
        sheet = self._sheets.get(CROSSWALK_SHEET)
        if sheet is None:
            return None
        crosswalk = CrosswalkSheet(sheet, self._log, self._default_language)
        crosswalk.read()
        return crosswalk

    def _settings(self) -> dict:
        sheet = self._sheets.get("settings")
        row = next((r for r in sheet.rows if r.cells), None) if sheet else None
        cells = row.cells if row else {}
        title = {
            language: text
            for header, text in cells.items()
            for name, language in [split_header(header)]
            if name == "title" and language
        }
        form_id = cells.get("form_id", "") or self._fallback_id
        if not NAME.match(form_id):
            self._error(sheet, row, "form_id", "form_id {value!r} must start with a letter and "
                        "hold only letters, digits and underscores", value=form_id)
        default = cells.get("default_language", "")
        return {
            "form_id": form_id,
            "version": cells.get("version", "") or "1",
            "form_title": cells.get("form_title", ""),
            "title": LocalizedText(title),
            "default_language": language_code(default) if default else "",
        }

    def _find_languages(self, default: str) -> list[str]:
        found: list[str] = [default] if default else []
        for key in ("survey", "choices"):
            sheet = self._sheets.get(key)
            for header in sheet.columns if sheet else ():
                name, language = split_header(header)
                if language and (name in TEXT_FIELDS) and language not in found:
                    found.append(language)
        return found or ["en"]

    def _texts(self, row: SheetRow) -> dict[str, LocalizedText]:
        texts: dict[str, dict[str, str]] = {}
        for header, value in row.cells.items():
            name, language = split_header(header)
            target = TEXT_FIELDS.get(name)
            if target:
                texts.setdefault(target, {})[language or self._default_language] = value
        return {name: LocalizedText(values) for name, values in texts.items()}

    # --- choices -------------------------------------------------------------------------------

    def _choice_lists(self) -> dict[str, list[tuple[Choice, SheetRow]]]:
        sheet = self._sheets.get("choices")
        lists: dict[str, list[tuple[Choice, SheetRow]]] = {}
        if sheet is None:
            return lists
        self._choices_sheet = sheet
        for row in sheet.rows:
            cells = row.cells
            if not cells:
                continue
            list_name = cells.get("list_name") or cells.get("list name", "")
            name = cells.get("name", "")
            if not list_name:
                self._error(sheet, row, "list_name", "the choice has no list_name")
                continue
            if not name:
                self._error(sheet, row, "name", "the choice has no name")
                continue
            entries = lists.setdefault(list_name, [])
            if any(existing.name == name for existing, _ in entries):
                self._error(
                    sheet,
                    row,
                    "name",
                    "choice {name!r} appears twice in list {list!r}",
                    name=name,
                    list=list_name,
                )
                continue
            score = None
            if cells.get("score", "") != "":
                try:
                    score = float(cells["score"])
                except ValueError:
                    self._error(
                        sheet, row, "score", "score {value!r} is not a number", value=cells["score"]
                    )
            entries.append(
                (Choice(name, self._texts(row).get("label", LocalizedText()), score), row)
            )
            self._origins[f"choice:{list_name}:{name}"] = Located(row.number, sheet)
        return lists

    @staticmethod
    def _named_labels(entries: list[tuple[Choice, SheetRow]]) -> dict[str, LocalizedText]:
        return {choice.name: choice.label for choice, _ in entries}

    # --- survey --------------------------------------------------------------------------------

    def _survey(self, sheet: Sheet, choice_lists, departments) -> Group | None:
        root = Group(name="__root__", level=Level.ROOT)
        stack: list[tuple[Group, SheetRow | None]] = [(root, None)]
        skipping_repeat = 0
        names: set[str] = set()
        for row in sheet.rows:
            cells = row.cells
            kind = " ".join(cells.get("type", "").split()).lower()
            if not cells or not kind:
                if cells and any(k for k in cells if k != "type"):
                    self._error(sheet, row, "type", "the row has no type")
                continue
            if kind in ("begin repeat", "begin_repeat"):
                self._error(
                    sheet,
                    row,
                    "type",
                    "repeats are not supported by Jalon; the "
                    "questions inside this repeat cannot be asked",
                )
                skipping_repeat += 1
                continue
            if kind in ("end repeat", "end_repeat"):
                skipping_repeat = max(0, skipping_repeat - 1)
                continue
            if skipping_repeat:
                continue
            if kind in ("begin group", "begin_group"):
                if len(stack) > MAX_GROUP_DEPTH:
                    self._error(
                        sheet,
                        row,
                        "type",
                        "groups are nested more than {limit} levels deep",
                        limit=MAX_GROUP_DEPTH,
                    )
                    return None
                group = self._group(sheet, row, names)
                stack[-1][0].children.append(group)
                stack.append((group, row))
                continue
            if kind in ("end group", "end_group"):
                if len(stack) == 1:
                    self._error(sheet, row, "type", "end_group without a matching begin_group")
                else:
                    stack.pop()
                continue
            indicator = self._question(sheet, row, kind, names, choice_lists, departments)
            if indicator is not None:
                stack[-1][0].children.append(indicator)
        for _, opened in stack[1:]:
            self._error(sheet, opened, "type", "begin_group is never closed by an end_group")
        return root

    def _check_name(self, sheet: Sheet, row: SheetRow, names: set[str]) -> str | None:
        name = row.cells.get("name", "")
        if not name:
            self._error(sheet, row, "name", "the row has no name")
            return None
        if not NAME.match(name):
            self._error(
                sheet,
                row,
                "name",
                "name {name!r} must start with a letter and hold "
                "only letters, digits and underscores",
                name=name,
            )
            return None
        if name in names:
            first = self._origins[name].row
            self._error(
                sheet,
                row,
                "name",
                "name {name!r} is already used on row {first}",
                name=name,
                first=first,
            )
            return None
        names.add(name)
        self._origins[name] = Located(row.number, sheet)
        return name

    def _number(self, sheet: Sheet, row: SheetRow, header: str, default: float) -> float:
        raw = row.cells.get(header, "")
        if raw == "":
            return default
        try:
            value = float(raw)
        except ValueError:
            self._error(
                sheet, row, header, "{header} {value!r} is not a number", header=header, value=raw
            )
            return default
        if value < 0:
            self._error(sheet, row, header, "{header} cannot be negative", header=header)
            return default
        return value

    def _group(self, sheet: Sheet, row: SheetRow, names: set[str]) -> Group:
        name = self._check_name(sheet, row, names) or f"__row{row.number}"
        level_text = row.cells.get("level", "").strip().lower()
        try:
            level = Level(level_text) if level_text else Level.GROUP
        except ValueError:
            self._error(
                sheet,
                row,
                "level",
                "level {value!r} is not one of dimension, standard, practice, module, section",
                value=level_text,
            )
            level = Level.GROUP
        if level == Level.ROOT:
            self._error(sheet, row, "level", "level 'root' is reserved")
            level = Level.GROUP
        texts = self._texts(row)
        return Group(
            name=name,
            level=level,
            code=row.cells.get("code", ""),
            label=texts.get("label", LocalizedText()),
            hint=texts.get("hint", LocalizedText()),
            guidance=texts.get("guidance", LocalizedText()),
            relevant=row.cells.get("relevant", ""),
            module=row.cells.get("module", ""),
            weight=self._number(sheet, row, "weight", 1.0),
        )

    def _question(self, sheet, row, kind, names, choice_lists, departments) -> Indicator | None:
        question_type, list_name = self._question_type(sheet, row, kind)
        if question_type is None:
            return None
        name = self._check_name(sheet, row, names)
        if name is None:
            return None
        choices: tuple[Choice, ...] = ()
        if list_name:
            if list_name not in choice_lists:
                self._error(
                    sheet,
                    row,
                    "type",
                    "choice list {list!r} is not on the choices sheet",
                    list=list_name,
                )
            else:
                choices = tuple(choice for choice, _ in choice_lists[list_name])
        texts = self._texts(row)
        if not texts.get("label"):
            self._error(sheet, row, "label", "question {name!r} has no label", name=name)
        department = row.cells.get("department", "")
        if department and departments and department not in departments:
            self._warning(
                sheet,
                row,
                "department",
                "department {value!r} is not in the jalon_departments list",
                value=department,
            )
        return Indicator(
            name=name,
            type=question_type,
            code=row.cells.get("code", ""),
            label=texts.get("label", LocalizedText()),
            hint=texts.get("hint", LocalizedText()),
            guidance=texts.get("guidance", LocalizedText()),
            evidence=texts.get("evidence", LocalizedText()),
            constraint_message=texts.get("constraint_message", LocalizedText()),
            choices=choices,
            list_name=list_name,
            weight=self._number(sheet, row, "weight", 1.0),
            department=department,
            required=self._required(sheet, row),
            relevant=row.cells.get("relevant", ""),
            constraint=row.cells.get("constraint", ""),
            module=row.cells.get("module", ""),
        )

    def _question_type(self, sheet, row, kind) -> tuple[QuestionType | None, str]:
        if kind in TYPE_ALIASES:
            return TYPE_ALIASES[kind], ""
        for prefix, question_type in SELECT_ALIASES.items():
            if kind.startswith(prefix + " "):
                list_name = kind[len(prefix) + 1 :].strip()
                if " " in list_name or list_name.startswith("or_other"):
                    list_name = list_name.split()[0]
                    self._warning(sheet, row, "type", "'or_other' is not supported; only the "
                                  "listed choices will be offered")
                return question_type, list_name
        if kind in METADATA_TYPES:
            return None, ""
        self._warning(sheet, row, "type", "question type {type!r} is not supported by Jalon; "
                      "the question is skipped", type=kind)
        return None, ""

    def _required(self, sheet, row) -> bool:
        raw = row.cells.get("required", "").strip().lower()
        if raw in TRUE_WORDS:
            return True
        if raw in FALSE_WORDS or raw == "":
            return False
        self._warning(sheet, row, "required", "conditional required {value!r} is not "
                      "supported; the question is treated as required", value=raw)
        return True
