"""The framework tree: dimension → standard → practice → indicator, plus unscored sections.

Plain domain objects with no I/O. A framework serialises to a canonical dictionary whose SHA-256
is its content hash: every audit stores the exact framework it was made with, by that hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import Any

from app.models.crosswalk import Crosswalk
from app.models.localized_text import LocalizedText


class QuestionType(StrEnum):
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    INTEGER = "integer"
    DECIMAL = "decimal"
    TEXT = "text"
    DATE = "date"
    NOTE = "note"
    CALCULATE = "calculate"  # a value worked out from other answers, never typed


class Level(StrEnum):
    ROOT = "root"
    DIMENSION = "dimension"
    STANDARD = "standard"
    PRACTICE = "practice"
    MODULE = "module"
    SECTION = "section"
    GROUP = "group"


@dataclass(frozen=True)
class Choice:
    name: str
    label: LocalizedText
    score: float | None = None
    # Other columns of the choices sheet, which a question's `choice_filter` can read
    # (`state = ${state}` offers the counties whose `state` column is the chosen state).
    columns: tuple[tuple[str, str], ...] = ()

    def column(self, name: str) -> str:
        if name == "name":
            return self.name
        return next((value for key, value in self.columns if key == name), "")


def keep_columns(choices: tuple[Choice, ...], names: frozenset[str]) -> tuple[Choice, ...]:
    """The choices carrying only the columns `names` (those a question's choice_filter reads:
    the other columns of a choices sheet are notes for its authors, not part of the question)."""
    return tuple(
        choice
        if all(k in names for k, _ in choice.columns)
        else replace(choice, columns=tuple((k, v) for k, v in choice.columns if k in names))
        for choice in choices
    )


@dataclass
class Indicator:
    """One question of the framework; scored when its choices carry points."""

    name: str
    type: QuestionType
    code: str = ""
    label: LocalizedText = field(default_factory=LocalizedText)
    hint: LocalizedText = field(default_factory=LocalizedText)
    guidance: LocalizedText = field(default_factory=LocalizedText)
    evidence: LocalizedText = field(default_factory=LocalizedText)
    choices: tuple[Choice, ...] = ()
    list_name: str = ""
    weight: float = 1.0
    department: str = ""
    required: bool = False
    relevant: str = ""
    constraint: str = ""
    constraint_message: LocalizedText = field(default_factory=LocalizedText)
    module: str = ""
    calculation: str = ""  # the expression of a `calculate` question
    choice_filter: str = ""  # which choices a select offers, given earlier answers
    # A follow-up audit flags this figure when it moves by more than this share of the previous
    # audit's value (None: the default of app.models.plausibility).
    plausible_change: float | None = None

    @property
    def is_select(self) -> bool:
        return self.type in (QuestionType.SELECT_ONE, QuestionType.SELECT_MULTIPLE)

    # Worked out once: scoring asks for every question of every audit, and a framework is not
    # changed once built (a changed question is a new Indicator, as dataclasses.replace makes).
    @cached_property
    def is_scored(self) -> bool:
        return self.is_select and any(choice.score is not None for choice in self.choices)

    @property
    def is_answerable(self) -> bool:
        return self.type not in (QuestionType.NOTE, QuestionType.CALCULATE)

    @property
    def is_calculated(self) -> bool:
        return self.type == QuestionType.CALCULATE

    @property
    def is_reported(self) -> bool:
        """Has a value a report lists: an answer, or a calculation with a label."""
        return self.is_answerable or (self.is_calculated and bool(self.label))

    @property
    def is_shown(self) -> bool:
        """Calculations without a label are working values, not shown to the person
        answering (as in XLSForm); every other question is shown."""
        return not self.is_calculated or bool(self.label)

    @cached_property
    def max_points(self) -> float:
        scores = [c.score for c in self.choices if c.score is not None]
        if not scores:
            return 0.0
        if self.type == QuestionType.SELECT_MULTIPLE:
            return sum(s for s in scores if s > 0)
        return max(scores)

    def choice(self, name: str) -> Choice | None:
        return self._choices_by_name.get(name)

    @cached_property
    def _choices_by_name(self) -> dict[str, Choice]:
        by_name: dict[str, Choice] = {}
        for choice in self.choices:
            by_name.setdefault(choice.name, choice)  # the first of a repeated name, as before
        return by_name

    @property
    def display_code(self) -> str:
        return self.code or self.name


@dataclass
class Group:
    name: str
    level: Level = Level.GROUP
    code: str = ""
    label: LocalizedText = field(default_factory=LocalizedText)
    hint: LocalizedText = field(default_factory=LocalizedText)
    guidance: LocalizedText = field(default_factory=LocalizedText)
    relevant: str = ""
    module: str = ""
    weight: float = 1.0
    children: list[Group | Indicator] = field(default_factory=list)

    @property
    def display_code(self) -> str:
        return self.code or self.name

    def iter_indicators(self) -> Iterator[Indicator]:
        """The indicators of this group's subtree, in document order."""
        for child in self.children:
            if isinstance(child, Group):
                yield from child.iter_indicators()
            else:
                yield child


Node = Group | Indicator


class Framework:
    """A whole framework with lookups by name and code. Treat it as immutable once built."""

    def __init__(
        self,
        framework_id: str,
        version: str,
        title: LocalizedText,
        root: Group,
        default_language: str = "en",
        languages: tuple[str, ...] = (),
        modules: dict[str, LocalizedText] | None = None,
        departments: dict[str, LocalizedText] | None = None,
        crosswalks: tuple[Crosswalk, ...] = (),
        validity_months: int | None = None,
    ):
        self.id = framework_id
        self.version = version
        self.title = title
        self.root = root
        self.default_language = default_language
        self.languages = languages or (default_language,)
        self.modules = modules or {}
        self.departments = departments or {}
        self.crosswalks = crosswalks  # from earlier versions (or other frameworks) to this one
        # How long an accepted assessment stays current (None: the portfolio's default).
        self.validity_months = validity_months
        self.parents: dict[str, Group] = {}
        self.nodes: dict[str, Node] = {}
        self.indicators: dict[str, Indicator] = {}
        self.by_code: dict[str, Node] = {}
        for parent, node in self._walk(root):
            self.nodes[node.name] = node
            if parent is not None:
                self.parents[node.name] = parent
            if isinstance(node, Indicator):
                self.indicators[node.name] = node
            if node.code:
                self.by_code.setdefault(node.code.casefold(), node)
        self.content_hash = hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    @staticmethod
    def _walk(root: Group) -> Iterator[tuple[Group | None, Node]]:
        stack: list[tuple[Group | None, Node]] = [(None, root)]
        while stack:
            parent, node = stack.pop()
            yield parent, node
            if isinstance(node, Group):
                stack.extend((node, child) for child in reversed(node.children))

    def fallback(self, language: str) -> tuple[str, ...]:
        """Languages to try after `language`: the framework's default first, then the rest."""
        order = [self.default_language, *self.languages]
        return tuple(dict.fromkeys(lang for lang in order if lang != language))

    def text(self, text: LocalizedText, language: str) -> str:
        return text.get(language, self.fallback(language))

    def find(self, reference: str) -> Node | None:
        """A node by name or by code (codes are matched without regard to case)."""
        return self.nodes.get(reference) or self.by_code.get(reference.casefold())

    def ancestors(self, name: str) -> list[Group]:
        """Ancestors from the nearest parent up to (not including) the root."""
        chain: list[Group] = []
        parent = self.parents.get(name)
        while parent is not None and parent is not self.root:
            chain.append(parent)
            parent = self.parents.get(parent.name)
        return chain

    def module_of(self, name: str) -> str:
        node = self.nodes[name]
        if node.module:
            return node.module
        return next((g.module for g in self.ancestors(name) if g.module), "")

    def in_scope(self, name: str, modules: frozenset[str] | set[str]) -> bool:
        module = self.module_of(name)
        return not module or module in modules

    def crosswalk_from(self, older: Framework) -> Crosswalk | None:
        """The crosswalk this framework holds from `older` (by id and version), if any."""
        return next((c for c in self.crosswalks if c.is_from(older)), None)

    def dimensions(self) -> list[Group]:
        """The top-level groups (dimensions and sections) in order."""
        return [child for child in self.root.children if isinstance(child, Group)]

    def iter_indicators(self) -> Iterator[Indicator]:
        """Indicators in document order."""
        return self.root.iter_indicators()

    def iter_groups(self) -> Iterator[Group]:
        for _, node in self._walk(self.root):
            if isinstance(node, Group) and node is not self.root:
                yield node

    # --- Canonical form ------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return (
            {
                "format": 1,
                "id": self.id,
                "version": self.version,
                "title": self.title.to_dict(),
                "default_language": self.default_language,
                "languages": list(self.languages),
                "modules": {k: v.to_dict() for k, v in sorted(self.modules.items())},
                "departments": {k: v.to_dict() for k, v in sorted(self.departments.items())},
                "items": [_node_to_dict(child) for child in self.root.children],
            }
            | (
                # Only when there is one: the hash of a framework without crosswalk is unchanged.
                {"crosswalks": [c.to_dict() for c in self.crosswalks]} if self.crosswalks else {}
            )
            | (
                # Likewise: a framework that declares no validity period keeps its hash.
                {"validity_months": self.validity_months} if self.validity_months else {}
            )
        )

    def canonical_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Framework:
        root = Group(name="__root__", level=Level.ROOT)
        root.children = [_node_from_dict(item) for item in data["items"]]
        return cls(
            framework_id=data["id"],
            version=data["version"],
            title=LocalizedText(data.get("title", {})),
            root=root,
            default_language=data.get("default_language", "en"),
            languages=tuple(data.get("languages", ())),
            modules={k: LocalizedText(v) for k, v in data.get("modules", {}).items()},
            departments={k: LocalizedText(v) for k, v in data.get("departments", {}).items()},
            crosswalks=tuple(Crosswalk.from_dict(c) for c in data.get("crosswalks", ())),
            validity_months=data.get("validity_months"),
        )

    def __repr__(self) -> str:
        return f"Framework({self.id!r}, {self.version!r}, {self.content_hash[:12]})"


_TEXT_FIELDS = ("label", "hint", "guidance", "evidence", "constraint_message")


def _node_to_dict(node: Node) -> dict[str, Any]:
    if isinstance(node, Group):
        data: dict[str, Any] = {
            "group": node.name,
            "level": node.level.value,
            "code": node.code,
            "relevant": node.relevant,
            "module": node.module,
            "weight": float(node.weight),
            "items": [_node_to_dict(child) for child in node.children],
        }
    else:
        data = {
            "question": node.name,
            "type": node.type.value,
            "code": node.code,
            "list_name": node.list_name,
            "choices": [_choice_to_dict(c) for c in node.choices],
            "weight": float(node.weight),
            "department": node.department,
            "required": node.required,
            "relevant": node.relevant,
            "constraint": node.constraint,
            "module": node.module,
        }
        # Written only when set, so that frameworks without them keep their content hash.
        if node.calculation:
            data["calculation"] = node.calculation
        if node.choice_filter:
            data["choice_filter"] = node.choice_filter
        if node.plausible_change is not None:
            data["plausible_change"] = node.plausible_change
    for name in _TEXT_FIELDS:
        text = getattr(node, name, None)
        if text:
            data[name] = text.to_dict()
    return data


def _texts(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, LocalizedText]:
    return {name: LocalizedText(data.get(name, {})) for name in names}


def _node_from_dict(data: dict[str, Any]) -> Node:
    if "group" in data:
        return Group(
            name=data["group"],
            level=Level(data["level"]),
            code=data.get("code", ""),
            relevant=data.get("relevant", ""),
            module=data.get("module", ""),
            weight=data.get("weight", 1.0),
            children=[_node_from_dict(item) for item in data.get("items", [])],
            **_texts(data, ("label", "hint", "guidance")),
        )
    return Indicator(
        name=data["question"],
        type=QuestionType(data["type"]),
        code=data.get("code", ""),
        list_name=data.get("list_name", ""),
        choices=tuple(
            Choice(
                c["name"],
                LocalizedText(c.get("label", {})),
                c.get("score"),
                tuple((k, v) for k, v in c.get("columns", {}).items()),
            )
            for c in data.get("choices", [])
        ),
        weight=data.get("weight", 1.0),
        department=data.get("department", ""),
        required=data.get("required", False),
        relevant=data.get("relevant", ""),
        constraint=data.get("constraint", ""),
        module=data.get("module", ""),
        calculation=data.get("calculation", ""),
        choice_filter=data.get("choice_filter", ""),
        plausible_change=_optional_float(data.get("plausible_change")),
        **_texts(data, _TEXT_FIELDS),
    )


def _optional_float(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _choice_to_dict(choice: Choice) -> dict[str, Any]:
    data = {"name": choice.name, "label": choice.label.to_dict(), "score": _score(choice.score)}
    if choice.columns:
        data["columns"] = dict(choice.columns)
    return data


def _score(score: float | None) -> float | None:
    return None if score is None else float(score)
