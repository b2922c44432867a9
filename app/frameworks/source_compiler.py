"""Compiles a framework's reviewable YAML sources (resources/frameworks/src/<id>/) into a
Framework. The shipped workbook is written from this by `python -m tools.frameworks_build`."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.models.crosswalk import Correspondence, Crosswalk
from app.models.errors import JalonError
from app.models.expression import Expression, ExpressionError
from app.models.framework import (
    Choice,
    Framework,
    Group,
    Indicator,
    Level,
    QuestionType,
    keep_columns,
)
from app.models.framework_diff import FrameworkDiff
from app.models.localized_text import LocalizedText

GROUP_TEXTS = ("label", "hint", "guidance")
QUESTION_TEXTS = ("label", "hint", "guidance", "evidence", "constraint_message")


class SourceError(JalonError):
    """A framework source file that does not follow the documented format."""


class SourceCompiler:
    """`directory` holds one framework's sources; its siblings may hold the earlier versions
    its crosswalks map from (`crosswalk-*.yaml`)."""

    def __init__(self, directory: Path):
        self._directory = directory
        self._lists: dict[str, tuple[Choice, ...]] = {}
        self._file = ""

    def compile(self) -> Framework:
        head = self._load(self._directory / "framework.yaml")
        settings = head.get("settings", {})
        self._lists = {
            name: tuple(
                Choice(
                    str(c["name"]),
                    LocalizedText(c.get("label", {})),
                    None if c.get("score") is None else float(c["score"]),
                    # Columns a question's choice_filter reads (`region: dakar`).
                    tuple((str(k), str(v)) for k, v in (c.get("columns") or {}).items()),
                )
                for c in choices
            )
            for name, choices in head.get("choice_lists", {}).items()
        }
        root = Group(name="__root__", level=Level.ROOT)
        for path in sorted(self._directory.glob("[0-9]*.yaml")):
            data = self._load(path)
            root.children.extend(self._item(item) for item in data.get("items", []))
        default = settings.get("default_language", "en")
        languages = [default, *[lang for lang in settings.get("languages", []) if lang != default]]
        framework = Framework(
            framework_id=settings["form_id"],
            version=str(settings.get("version", "1")),
            title=LocalizedText(settings.get("title", {})),
            root=root,
            default_language=default,
            languages=tuple(languages),
            modules={k: LocalizedText(v) for k, v in (head.get("modules") or {}).items()},
            departments={k: LocalizedText(v) for k, v in (head.get("departments") or {}).items()},
            validity_months=settings.get("validity_months"),
        )
        crosswalks = tuple(
            self._crosswalk(path, framework)
            for path in sorted(self._directory.glob("crosswalk-*.yaml"))
        )
        if not crosswalks:
            return framework
        return Framework.from_dict(
            framework.to_dict() | {"crosswalks": [crosswalk.to_dict() for crosswalk in crosswalks]}
        )

    def predecessor(self, framework_id: str, version: str) -> Framework:
        """The framework compiled from the sibling source folder with that id and version."""
        for folder in sorted(p for p in self._directory.parent.iterdir() if p.is_dir()):
            head = folder / "framework.yaml"
            if folder == self._directory or not head.exists():
                continue
            settings = (yaml.safe_load(head.read_text(encoding="utf-8")) or {}).get("settings", {})
            if (settings.get("form_id"), str(settings.get("version"))) == (framework_id, version):
                return SourceCompiler(folder).compile()
        raise SourceError(
            "{file}: no source folder beside {folder} holds {id} version {version}",
            file=self._file,
            folder=self._directory.name,
            id=framework_id,
            version=version,
        )

    def _crosswalk(self, path: Path, framework: Framework) -> Crosswalk:
        """The rows written in `path`, completed by comparison for every question it does not
        mention: 'same' when nothing about it changed, 'reworded' when its text did, 'new'
        for a question without predecessor (a test keeps these honest)."""
        data = self._load(path)
        source = self.predecessor(str(data["subject_source"]), str(data["subject_source_version"]))
        written = tuple(Correspondence.from_dict(row) for row in data.get("mappings", ()))
        mentioned = {row.subject for row in written} | {row.object for row in written}
        drafted = FrameworkDiff(source, framework).draft_crosswalk().rows
        rows = [*written, *(row for row in drafted if (row.subject or row.object) not in mentioned)]
        old_order = {name: n for n, name in enumerate(source.indicators)}
        new_order = {name: n for n, name in enumerate(framework.indicators)}
        rows.sort(
            key=lambda row: (
                row.subject == "",
                old_order.get(row.subject, 0),
                new_order.get(row.object, 0),
            )
        )
        return Crosswalk(source.id, source.version, tuple(rows))

    def _load(self, path: Path) -> dict:
        self._file = path.name
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as error:
            raise SourceError("{file}: {reason}", file=path.name, reason=error) from error

    def _texts(self, item: dict, names: tuple[str, ...]) -> dict[str, LocalizedText]:
        return {name: LocalizedText(item.get(name) or {}) for name in names}

    def _filter_columns(self, item: dict) -> frozenset[str]:
        source = str(item.get("choice_filter", "")).strip()
        if not source:
            return frozenset()
        try:
            return Expression.parse(source).fields
        except ExpressionError as error:
            raise SourceError(
                "{file}: question {name}: choice_filter {source!r}: {reason}",
                file=self._file,
                name=item["question"],
                source=source,
                reason=str(error),
            ) from error

    def _item(self, item: dict) -> Group | Indicator:
        if "group" in item:
            return Group(
                name=item["group"],
                level=Level(item.get("level", "group")),
                code=str(item.get("code", "")),
                relevant=item.get("relevant", ""),
                module=item.get("module", ""),
                weight=float(item.get("weight", 1)),
                children=[self._item(child) for child in item.get("items", [])],
                **self._texts(item, GROUP_TEXTS),
            )
        if "question" not in item:
            raise SourceError(
                "{file}: an item has neither 'group' nor 'question': {item}",
                file=self._file,
                item=str(item)[:80],
            )
        kind, _, list_name = str(item["type"]).partition(" ")
        if list_name and list_name not in self._lists:
            raise SourceError(
                "{file}: question {name} uses unknown choice list {list}",
                file=self._file,
                name=item["question"],
                list=list_name,
            )
        return Indicator(
            name=item["question"],
            type=QuestionType(kind),
            code=str(item.get("code", "")),
            choices=keep_columns(self._lists.get(list_name, ()), self._filter_columns(item)),
            list_name=list_name,
            weight=float(item.get("weight", 1)),
            department=item.get("department", ""),
            required=bool(item.get("required", False)),
            relevant=item.get("relevant", ""),
            constraint=item.get("constraint", ""),
            module=item.get("module", ""),
            calculation=str(item.get("calculation", "")),
            plausible_change=None
            if item.get("plausible_change") is None
            else float(item["plausible_change"]),
            choice_filter=str(item.get("choice_filter", "")),
            **self._texts(item, QUESTION_TEXTS),
        )
