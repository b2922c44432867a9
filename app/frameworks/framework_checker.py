"""Checks that need the whole framework: expressions and their references, cycles through
relevance and calculations, duplicate codes, modules, and missing translations with the
fallback that will be shown."""

from __future__ import annotations

from dataclasses import dataclass

from app.frameworks.language_columns import LANGUAGE_NAMES
from app.frameworks.problem import ProblemLog, Severity
from app.frameworks.workbook_reader import Sheet
from app.models.expression import Expression, ExpressionError
from app.models.framework import Framework, Indicator
from app.models.localized_text import LocalizedText


@dataclass
class Located:
    """Where a node came from, to report later checks at the right row."""

    row: int
    sheet: Sheet


@dataclass(frozen=True)
class Skipped:
    """A question Jalon does not ask (a photo, a GPS point...): other expressions that read it
    read an empty value."""

    name: str
    type: str
    row: int


# The expressions of a node, in the order they are checked.
EXPRESSION_COLUMNS = ("relevant", "constraint", "calculation", "choice_filter")


class FrameworkChecker:
    def __init__(
        self,
        framework: Framework,
        origins: dict[str, Located],
        log: ProblemLog,
        skipped: dict[str, Skipped] | None = None,
    ):
        self._framework = framework
        self._origins = origins
        self._log = log
        self._skipped = skipped or {}

    def check(self) -> None:
        self._check_expressions()
        self._check_codes()
        self._check_modules()
        self._check_translations()

    def _located(self, name: str) -> tuple[Sheet | None, int | None]:
        origin = self._origins.get(name)
        return (origin.sheet, origin.row) if origin else (None, None)

    def _check_expressions(self) -> None:
        framework = self._framework
        depends: dict[str, set[str]] = {}
        self._calculation_edges: set[tuple[str, str]] = set()
        questions = framework.indicators.keys()
        for name, node in framework.nodes.items():
            if node is framework.root:
                continue
            sheet, row = self._located(name)
            for header in EXPRESSION_COLUMNS:
                source = getattr(node, header, "")
                if not source:
                    continue
                expression = self._parse(sheet, row, header, source)
                if expression is None:
                    continue
                self._check_references(sheet, row, header, expression)
                if header in ("relevant", "calculation"):
                    reads = expression.references & questions
                    depends.setdefault(name, set()).update(reads)
                    if header == "calculation":
                        self._calculation_edges.update((name, read) for read in reads)
                if header in ("relevant", "calculation") and expression.uses_current:
                    self._log.add(
                        Severity.ERROR,
                        sheet,
                        row,
                        header,
                        "{header} cannot use '.'; name the question with ${{name}}",
                        header=header,
                    )
        for name in framework.nodes:
            parent = framework.parents.get(name)
            if parent is not None and parent is not framework.root:
                depends.setdefault(name, set()).add(parent.name)
        self._report_cycles(depends)

    def _parse(self, sheet, row, header: str, source: str) -> Expression | None:
        try:
            return Expression.parse(source)
        except ExpressionError as error:
            self._log.add(
                Severity.ERROR,
                sheet,
                row,
                header,
                "{header} {source!r}: {reason}",
                header=header,
                source=source,
                reason=str(error),
            )
            return None

    def _check_references(self, sheet, row, header: str, expression: Expression) -> None:
        framework = self._framework
        for reference in sorted(expression.references):
            skipped = self._skipped.get(reference)
            if skipped is not None:
                self._log.add(
                    Severity.WARNING,
                    sheet,
                    row,
                    header,
                    "{header} reads ${{{ref}}}, a {type!r} question (row {at}) that "
                    "Jalon does not ask; it reads as empty",
                    header=header,
                    ref=reference,
                    type=skipped.type,
                    at=skipped.row,
                )
            elif reference not in framework.indicators:
                self._log.add(
                    Severity.ERROR,
                    sheet,
                    row,
                    header,
                    "{header} refers to ${{{ref}}}, which is not a question of this framework",
                    header=header,
                    ref=reference,
                )
        if header != "choice_filter":
            for name in sorted(expression.fields):
                self._log.add(
                    Severity.ERROR,
                    sheet,
                    row,
                    header,
                    "{header} uses the bare name {name!r}; write ${{{name}}} for the "
                    "answer to question {name}, or '{name}' in quotes for the text",
                    header=header,
                    name=name,
                )

    def _report_cycles(self, depends: dict[str, set[str]]) -> None:
        state: dict[str, int] = {}  # 1 visiting, 2 done
        reported: set[frozenset[str]] = set()
        for start in depends:
            if state.get(start):
                continue
            stack: list[tuple[str, list[str]]] = [(start, sorted(depends.get(start, ())))]
            path = [start]
            state[start] = 1
            while stack:
                node, pending = stack[-1]
                if not pending:
                    state[node] = 2
                    stack.pop()
                    path.pop()
                    continue
                nxt = pending.pop()
                if state.get(nxt) == 1:
                    cycle = path[path.index(nxt) :]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        self._report_cycle([*cycle, nxt])
                elif not state.get(nxt):
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append((nxt, sorted(depends.get(nxt, ()))))

    def _report_cycle(self, cycle: list[str]) -> None:
        """A cycle through calculations is reported at the first calculation on it."""
        links = list(zip(cycle, cycle[1:], strict=False))
        start = next((i for i, link in enumerate(links) if link in self._calculation_edges), None)
        if start is None:
            sheet, row = self._located(cycle[0])
            self._log.add(
                Severity.ERROR,
                sheet,
                row,
                "relevant",
                "relevance forms a cycle: {cycle}",
                cycle=" → ".join(cycle),
            )
            return
        turned = [*cycle[start:-1], *cycle[:start], cycle[start]]
        sheet, row = self._located(turned[0])
        self._log.add(
            Severity.ERROR,
            sheet,
            row,
            "calculation",
            "calculations form a cycle: {cycle}; a value cannot be worked out from itself",
            cycle=" → ".join(turned),
        )

    def _check_codes(self) -> None:
        framework = self._framework
        seen: dict[str, str] = {}
        for name, node in framework.nodes.items():
            code = node.code.casefold()
            if not code:
                continue
            if code in seen:
                sheet, row = self._located(name)
                first = self._origins[seen[code]].row
                self._log.add(
                    Severity.ERROR,
                    sheet,
                    row,
                    "code",
                    "code {code!r} is already used on row {first}",
                    code=node.code,
                    first=first,
                )
            else:
                seen[code] = name

    def _check_modules(self) -> None:
        framework = self._framework
        for name, node in framework.nodes.items():
            if node.module and framework.modules and node.module not in framework.modules:
                sheet, row = self._located(name)
                self._log.add(
                    Severity.WARNING,
                    sheet,
                    row,
                    "module",
                    "module {module!r} is not in the jalon_modules list; its name will be shown",
                    module=node.module,
                )

    def _check_translations(self) -> None:
        framework = self._framework
        if len(framework.languages) < 2:
            return
        checked_choices: set[str] = set()
        for name, node in framework.nodes.items():
            sheet, row = self._located(name)
            for field_name in ("label", "hint", "guidance", "evidence", "constraint_message"):
                self._check_text(sheet, row, field_name, getattr(node, field_name, None), framework)
            list_name = node.list_name if isinstance(node, Indicator) else ""
            for choice in node.choices if isinstance(node, Indicator) else ():
                key = f"choice:{list_name}:{choice.name}"
                origin = self._origins.get(key)
                if origin and key not in checked_choices:
                    checked_choices.add(key)
                    self._check_text(origin.sheet, origin.row, "label", choice.label, framework)

    def _check_text(
        self, sheet, row, field_name: str, text: LocalizedText | None, framework: Framework
    ) -> None:
        if not text:
            return
        for language in framework.languages:
            if not text.has(language):
                fallback = next(lang for lang in framework.fallback(language) if text.has(lang))
                self._log.add(
                    Severity.WARNING,
                    sheet,
                    row,
                    field_name,
                    "missing {language} translation of {field}; {fallback} will be shown",
                    language=LANGUAGE_NAMES.get(language, language),
                    field=field_name,
                    fallback=LANGUAGE_NAMES.get(fallback, fallback),
                )
