"""What changed between two frameworks (usually two versions of one), field by field, and a
draft crosswalk from the older to the newer for a person to complete.

Nodes are matched by name, the stable identifier a revision refers to; codes are what people
read, so every change is reported under the node's code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from app.models.crosswalk import DRAFTED, Correspondence, Crosswalk, Relation
from app.models.framework import Choice, Framework, Group, Indicator, Node
from app.models.localized_text import LocalizedText

NODE_TEXTS = ("label", "hint", "guidance", "evidence", "constraint_message")
INDICATOR_FIELDS = (
    "code",
    "type",
    "list_name",
    "weight",
    "department",
    "required",
    "relevant",
    "constraint",
    "module",
    "calculation",
    "choice_filter",
)
GROUP_FIELDS = ("code", "level", "weight", "relevant", "module")


class ChangeKind:
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One difference. `code` names the node ('' for the framework as a whole); `field` is
    what differs, e.g. 'label', 'weight', 'choice partially score'; `language` is set for
    texts."""

    code: str
    name: str
    kind: str
    field: str = ""
    language: str = ""
    old: str = ""
    new: str = ""


class FrameworkDiff:
    def __init__(self, old: Framework, new: Framework):
        self.old = old
        self.new = new

    def changes(self) -> list[Change]:
        changes = list(self._framework_changes())
        for node in self._nodes_in_order():
            before, after = self.old.nodes.get(node.name), self.new.nodes.get(node.name)
            if before is None:
                changes.append(
                    Change(
                        node.display_code,
                        node.name,
                        ChangeKind.ADDED,
                        new=self._text(after, "label"),
                    )
                )
            elif after is None:
                changes.append(
                    Change(
                        node.display_code,
                        node.name,
                        ChangeKind.REMOVED,
                        old=self._text(before, "label"),
                    )
                )
            else:
                changes.extend(self._node_changes(before, after))
        return changes

    def draft_crosswalk(self) -> Crosswalk:
        """Every old indicator kept under its name is 'same' (nothing differs) or 'reworded'
        (anything does: a person judges whether a change of choices or points is more than
        that); one that is gone is 'retired' and one without a predecessor 'new'. A person
        then marks the merges and splits and writes the notes."""
        rows: list[Correspondence] = []
        for indicator in self.old.iter_indicators():
            if not indicator.is_answerable:
                continue
            after = self.new.indicators.get(indicator.name)
            if after is None:
                rows.append(
                    Correspondence(indicator.name, Relation.RETIRED, "", justification=DRAFTED)
                )
                continue
            relation = Relation.SAME if self._same(indicator, after) else Relation.REWORDED
            rows.append(Correspondence(indicator.name, relation, after.name, justification=DRAFTED))
        for indicator in self.new.iter_indicators():
            if indicator.is_answerable and indicator.name not in self.old.indicators:
                rows.append(Correspondence("", Relation.NEW, indicator.name, justification=DRAFTED))
        return Crosswalk(self.old.id, self.old.version, tuple(rows))

    # --- details -------------------------------------------------------------------------------

    def _same(self, before: Indicator, after: Indicator) -> bool:
        return not any(self._node_changes(before, after))

    def _nodes_in_order(self) -> Iterator[Node]:
        """Nodes of the new framework in document order, each removed node after them."""
        seen: set[str] = set()
        for framework in (self.new, self.old):
            for node in _document_order(framework.root):
                if node.name not in seen:
                    seen.add(node.name)
                    yield node

    def _framework_changes(self) -> Iterator[Change]:
        old, new = self.old, self.new
        for name in ("id", "version", "default_language"):
            if getattr(old, name) != getattr(new, name):
                yield Change(
                    "", "", ChangeKind.CHANGED, name, "", getattr(old, name), getattr(new, name)
                )
        if old.languages != new.languages:
            yield Change(
                "",
                "",
                ChangeKind.CHANGED,
                "languages",
                "",
                ", ".join(old.languages),
                ", ".join(new.languages),
            )
        yield from _text_changes("", "", "title", old.title, new.title)
        for field, before, after in (
            ("module", old.modules, new.modules),
            ("department", old.departments, new.departments),
        ):
            for key in sorted(set(before) | set(after)):
                yield from _text_changes(
                    "",
                    "",
                    f"{field} {key}",
                    before.get(key, LocalizedText()),
                    after.get(key, LocalizedText()),
                )

    def _node_changes(self, before: Node, after: Node) -> Iterator[Change]:
        code, name = after.display_code, after.name
        if type(before) is not type(after):
            yield Change(code, name, ChangeKind.CHANGED, "kind", "", _kind(before), _kind(after))
            return
        fields = INDICATOR_FIELDS if isinstance(after, Indicator) else GROUP_FIELDS
        for field in fields:
            old_value, new_value = _plain(getattr(before, field)), _plain(getattr(after, field))
            if old_value != new_value:
                yield Change(code, name, ChangeKind.CHANGED, field, "", old_value, new_value)
        old_parent, new_parent = (
            self._parent_code(self.old, name),
            self._parent_code(self.new, name),
        )
        if old_parent != new_parent:
            yield Change(code, name, ChangeKind.CHANGED, "placed under", "", old_parent, new_parent)
        for field in NODE_TEXTS:
            yield from _text_changes(
                code,
                name,
                field,
                getattr(before, field, LocalizedText()),
                getattr(after, field, LocalizedText()),
            )
        if isinstance(before, Indicator) and isinstance(after, Indicator):
            yield from _choice_changes(code, name, before.choices, after.choices)

    @staticmethod
    def _parent_code(framework: Framework, name: str) -> str:
        parent = framework.parents.get(name)
        return "" if parent is None or parent is framework.root else parent.display_code

    def _text(self, node: Node | None, field: str) -> str:
        if node is None:
            return ""
        framework = self.new if node.name in self.new.nodes else self.old
        return framework.text(getattr(node, field), framework.default_language)


def _document_order(group: Group) -> Iterator[Node]:
    for child in group.children:
        yield child
        if isinstance(child, Group):
            yield from _document_order(child)


def _kind(node: Node) -> str:
    return "group" if isinstance(node, Group) else "question"


def _plain(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value.value if hasattr(value, "value") else value)


def _text_changes(
    code: str, name: str, field: str, before: LocalizedText, after: LocalizedText
) -> Iterator[Change]:
    for language in sorted(set(before.values) | set(after.values)):
        old, new = before.values.get(language, ""), after.values.get(language, "")
        if old != new:
            yield Change(code, name, ChangeKind.CHANGED, field, language, old, new)


def _choice_changes(
    code: str, name: str, before: tuple[Choice, ...], after: tuple[Choice, ...]
) -> Iterator[Change]:
    old = {choice.name: choice for choice in before}
    new = {choice.name: choice for choice in after}
    for choice_name in [*new, *(n for n in old if n not in new)]:
        was, now = old.get(choice_name), new.get(choice_name)
        if was is None or now is None:
            kind = ChangeKind.ADDED if was is None else ChangeKind.REMOVED
            yield Change(
                code,
                name,
                kind,
                f"choice {choice_name}",
                "",
                "" if was is None else _points(was),
                "" if now is None else _points(now),
            )
            continue
        if was.score != now.score:
            yield Change(
                code,
                name,
                ChangeKind.CHANGED,
                f"choice {choice_name} points",
                "",
                _points(was),
                _points(now),
            )
        yield from _text_changes(code, name, f"choice {choice_name}", was.label, now.label)


def _points(choice: Choice) -> str:
    return "no points (not applicable)" if choice.score is None else f"{choice.score:g}"
