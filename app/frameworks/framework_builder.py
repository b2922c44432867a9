"""Builds a Framework from the rows of an XLSForm workbook, reporting every problem found.

Each problem names its sheet, row and column. Errors stop the framework from being used;
warnings (an unsupported question type that is skipped, a missing translation and the
fallback that will be shown) let it load.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.frameworks.choice_lists import ChoiceLists
from app.frameworks.crosswalk_sheet import SHEET as CROSSWALK_SHEET
from app.frameworks.crosswalk_sheet import CrosswalkSheet
from app.frameworks.form_settings import FormSettings
from app.frameworks.framework_checker import FrameworkChecker, Located, Skipped
from app.frameworks.language_columns import split_header
from app.frameworks.problem import Problem, ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet, SheetRow
from app.frameworks.xlsform_types import ParsedType, TypeKind, XlsformTypes
from app.frameworks.xlsform_vocabulary import (
    DEPARTMENT_LIST,
    FALSE_WORDS,
    MODULE_LIST,
    NAME,
    OR_OTHER_CHOICE,
    OR_OTHER_LABELS,
    SPECIFY_OTHER_LABELS,
    TEXT_FIELDS,
    TRUE_WORDS,
)
from app.models.framework import Choice, Framework, Group, Indicator, Level, QuestionType
from app.models.localized_text import LocalizedText

# Real frameworks nest 4 or 5 levels; far deeper nesting is a hostile or broken file, and the
# tree is walked recursively (hashing, scoring), so it is refused before it is built.
MAX_GROUP_DEPTH = 30


@dataclass
class BuildResult:
    framework: Framework | None
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # questions Jalon does not ask

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
        self._skipped: dict[str, Skipped] = {}
        self._types = XlsformTypes()
        self._choices = ChoiceLists(self._log, self._texts, self._origins)

    def _error(self, sheet, row, header, template, /, **params) -> None:
        self._log.add(Severity.ERROR, sheet, row, header, template, **params)

    def _warning(self, sheet, row, header, template, /, **params) -> None:
        self._log.add(Severity.WARNING, sheet, row, header, template, **params)

    def build(self) -> BuildResult:
        survey = self._sheets.get("survey")
        if survey is None:
            self._error(None, None, "", "the workbook has no 'survey' sheet")
            return BuildResult(None, self._log.problems)
        settings = FormSettings.read(self._sheets, self._log, self._fallback_id)
        self._languages = settings.languages
        self._default_language = settings.default_language
        choice_lists = self._choices.read(self._sheets.get("choices"), settings.allow_duplicates)
        # select_one_external questions read external_choices: it is part of the workbook, so
        # Jalon runs them; cascading lists there repeat a name under each parent.
        self._external_lists = self._choices.read(self._sheets.get("external_choices"), True)
        modules = ChoiceLists.named_labels(choice_lists.pop(MODULE_LIST, []))
        departments = ChoiceLists.named_labels(choice_lists.pop(DEPARTMENT_LIST, []))
        root = self._survey(survey, choice_lists, departments)
        if root is None:
            return BuildResult(None, self._log.problems, list(self._skipped.values()))
        crosswalk = self._crosswalk_sheet()
        framework = Framework(
            framework_id=settings.form_id,
            version=settings.version,
            title=settings.title,
            root=root,
            default_language=self._default_language,
            languages=self._languages,
            modules=modules,
            departments=departments,
            crosswalks=crosswalk.crosswalks() if crosswalk else (),
            validity_months=settings.validity_months,
        )
        if crosswalk:
            crosswalk.check_objects(framework)
        FrameworkChecker(framework, self._origins, self._log, self._skipped).check()
        if not any(i.is_answerable for i in framework.indicators.values()):
            indicators = framework.indicators.values()
            skipped = ", ".join(f"{s.type} (row {s.row})" for s in self._skipped.values())
            self._error(
                survey,
                None,
                "",
                "the form has no question Jalon can ask, so there is "
                "nothing to answer: it holds {notes} note(s), {calculations} "
                "calculation(s) and {count} skipped question(s){skipped}",
                notes=sum(i.type == QuestionType.NOTE for i in indicators),
                calculations=sum(i.is_calculated for i in indicators),
                count=len(self._skipped),
                skipped=f" ({skipped})" if skipped else "",
            )
        has_errors = any(p.severity == Severity.ERROR for p in self._log.problems)
        return BuildResult(
            None if has_errors else framework, self._log.problems, list(self._skipped.values())
        )

    def _crosswalk_sheet(self) -> CrosswalkSheet | None:
        sheet = self._sheets.get(CROSSWALK_SHEET)
        if sheet is None:
            return None
        crosswalk = CrosswalkSheet(sheet, self._log, self._default_language)
        crosswalk.read()
        return crosswalk

    def _texts(self, row: SheetRow) -> dict[str, LocalizedText]:
        texts: dict[str, dict[str, str]] = {}
        for header, value in row.cells.items():
            name, language = split_header(header)
            target = TEXT_FIELDS.get(name)
            if target:
                texts.setdefault(target, {})[language or self._default_language] = value
        return {name: LocalizedText(values) for name, values in texts.items()}

    # --- survey --------------------------------------------------------------------------------

    def _survey(self, sheet: Sheet, choice_lists, departments) -> Group | None:
        root = Group(name="__root__", level=Level.ROOT)
        stack: list[tuple[Group, SheetRow | None]] = [(root, None)]
        skipping_repeat = 0
        names: set[str] = set()
        for row in sheet.rows:
            cells = row.cells
            raw = cells.get("type", "")
            if not cells or not raw.strip():
                # As in pyxform: a row with neither name nor label is a comment row.
                if "name" in cells or any(split_header(k)[0] == "label" for k in cells):
                    self._error(sheet, row, "type", "the row has no type")
                continue
            parsed = self._types.parse(raw)
            if parsed.kind == TypeKind.BEGIN_REPEAT:
                if not skipping_repeat:
                    self._error(
                        sheet,
                        row,
                        "type",
                        "repeat groups (row {row}, {name!r}) are not "
                        "supported; Jalon runs questionnaires without repeats",
                        row=row.number,
                        name=cells.get("name", ""),
                    )
                skipping_repeat += 1
                continue
            if parsed.kind == TypeKind.END_REPEAT:
                skipping_repeat = max(0, skipping_repeat - 1)
                continue
            if skipping_repeat:
                continue
            if parsed.kind == TypeKind.BEGIN_GROUP:
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
            if parsed.kind == TypeKind.END_GROUP:
                if len(stack) == 1:
                    self._error(sheet, row, "type", "end_group without a matching begin_group")
                else:
                    stack.pop()
                continue
            for indicator in self._questions(sheet, row, parsed, names, choice_lists, departments):
                stack[-1][0].children.append(indicator)
        for _, opened in stack[1:]:
            self._error(sheet, opened, "type", "begin_group is never closed by an end_group")
        return root

    def _questions(
        self, sheet, row, parsed: ParsedType, names, choice_lists, departments
    ) -> list[Indicator]:
        """The question a row asks (with the text question `or_other` adds), or none."""
        kind = parsed.kind
        if kind in (TypeKind.METADATA, TypeKind.SETTING):
            return []
        if kind == TypeKind.FILE_SELECT:
            self._error(
                sheet,
                row,
                "type",
                "{type!r} (row {row}, {name!r}) reads its choices "
                "from the file {file}, outside the workbook, which Jalon does not do; "
                "put the choices on the choices sheet and use select_one",
                type=parsed.text,
                row=row.number,
                name=row.cells.get("name", ""),
                file=parsed.list_name,
            )
            return []
        if kind in (TypeKind.UNSUPPORTED, TypeKind.UNKNOWN):
            self._skip(sheet, row, parsed)
            return []
        if kind == TypeKind.CALCULATE and not row.cells.get("calculation", "").strip():
            self._error(sheet, row, "calculation", "the calculate row has no calculation")
            return []
        if parsed.question_type == QuestionType.NOTE and not row.cells.get("name"):
            # pyxform names unnamed notes itself; so does Jalon, the same way.
            row = SheetRow(row.number, {**row.cells, "name": f"generated_note_name_{row.number}"})
        indicator = self._question(sheet, row, parsed, names, choice_lists, departments)
        if indicator is None:
            return []
        if not parsed.or_other:
            return [indicator]
        return [indicator, self._specify_other(sheet, row, indicator, names)]

    def _in_languages(self, words: dict[str, str]) -> LocalizedText:
        """Jalon's own words in each language of the form (English where it has none)."""
        return LocalizedText(
            {language: words.get(language, words["en"]) for language in self._languages}
        )

    def _skip(self, sheet, row, parsed: ParsedType) -> None:
        name = row.cells.get("name", "")
        if name:
            self._skipped[name] = Skipped(name, parsed.text, row.number)
        if parsed.kind == TypeKind.UNKNOWN:
            # Most often a typing slip ("interger"): skipping it would lose a question.
            self._error(
                sheet,
                row,
                "type",
                "question type {type!r} is not an XLSForm type; check its spelling",
                type=parsed.text,
            )
        else:
            self._warning(
                sheet,
                row,
                "type",
                "question type {type!r} is not supported by Jalon; the question is skipped",
                type=parsed.text,
            )

    def _specify_other(self, sheet, row, select: Indicator, names) -> Indicator:
        """`select_one LIST or_other`: an 'Other' choice and a text question asked when it is
        chosen, as pyxform builds them."""
        other = Choice(OR_OTHER_CHOICE["name"], self._in_languages(OR_OTHER_LABELS))
        if select.choice(other.name) is None:
            select.choices = (*select.choices, other)
        name = f"{select.name}_other"
        self._check_name(sheet, SheetRow(row.number, {"name": name}), names)
        return Indicator(
            name=name,
            type=QuestionType.TEXT,
            label=self._in_languages(SPECIFY_OTHER_LABELS),
            relevant=f"selected(${{{select.name}}}, '{other.name}')",
            module=select.module,
        )

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
        value = self._optional_number(sheet, row, header)
        return default if value is None else value

    def _optional_number(self, sheet: Sheet, row: SheetRow, header: str) -> float | None:
        """A non-negative number from column `header`; None when empty or refused."""
        raw = row.cells.get(header, "")
        if raw == "":
            return None
        try:
            value = float(raw)
        except ValueError:
            self._error(
                sheet, row, header, "{header} {value!r} is not a number", header=header, value=raw
            )
            return None
        if value < 0:
            self._error(sheet, row, header, "{header} cannot be negative", header=header)
            return None
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

    def _question(
        self, sheet, row, parsed: ParsedType, names, choice_lists, departments
    ) -> Indicator | None:
        question_type = parsed.question_type
        assert question_type is not None  # _questions hands over questions only
        name = self._check_name(sheet, row, names)
        if name is None:
            return None
        list_name = parsed.list_name
        choice_filter = row.cells.get("choice_filter", "").strip()
        choices: tuple[Choice, ...] = ()
        if parsed.external:
            choice_lists = self._external_lists
        if list_name:
            if list_name not in choice_lists:
                self._error(
                    sheet,
                    row,
                    "type",
                    "choice list {list!r} is not on the {sheet} sheet",
                    list=list_name,
                    sheet="external_choices" if parsed.external else "choices",
                )
            else:
                choices = self._choices.offered(
                    sheet, row, list_name, choice_lists[list_name], choice_filter
                )
        texts = self._texts(row)
        if not texts.get("label") and parsed.kind != TypeKind.CALCULATE:
            # pyxform accepts a question shown by an image or a hint alone; Jalon shows text.
            self._warning(
                sheet,
                row,
                "label",
                "question {name!r} has no label; its name will be shown",
                name=name,
            )
            texts["label"] = texts.get("hint") or LocalizedText({self._default_language: name})
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
            calculation=row.cells.get("calculation", "").strip(),
            choice_filter=choice_filter if list_name else "",
            plausible_change=self._optional_number(sheet, row, "plausible_change"),
        )

    def _required(self, sheet, row) -> bool:
        raw = row.cells.get("required", "").strip().lower()
        if raw in TRUE_WORDS:
            return True
        if raw in FALSE_WORDS or raw == "":
            return False
        self._warning(
            sheet,
            row,
            "required",
            "conditional required {value!r} is not supported; the question is treated as required",
            value=raw,
        )
        return True
