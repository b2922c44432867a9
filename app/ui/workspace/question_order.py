"""Where the workspace goes next: the order in which an open audit's questions are walked.

The navigator's order is the framework's, over the questions of the audit's modules; a question
that does not apply given the earlier answers is skipped, and "open" means it takes an answer
and has none yet. Kept apart from the widgets so the rules read in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from app.models.framework import Group, Level
from app.services.audit_session import AuditSession


class QuestionOrder:
    def __init__(self, session: AuditSession, order: Callable[[], list[str]]):
        """`order()`: the questions in the navigator's order, read at each use."""
        self._session = session
        self._order = order

    def section_of(self, name: str) -> Group | None:
        """The section of facts (the organization's profile) a node belongs to, if any: its
        questions are shown as one form rather than one by one."""
        framework = self._session.framework
        node = framework.nodes[name]
        chain = [node] if isinstance(node, Group) else []
        chain += framework.ancestors(name)
        top = chain[-1] if chain else None
        return top if isinstance(top, Group) and top.level == Level.SECTION else None

    def first_in(self, group: Group) -> str | None:
        """A group's first question that applies (else its first one)."""
        names = [
            n
            for n in self._order()
            if any(g is group for g in self._session.framework.ancestors(n))
        ]
        relevant = self._session.score().relevant
        return next((n for n in names if n in relevant), names[0] if names else None)

    def first_open(self) -> str:
        """The first question still to answer, else the first question ("" if none)."""
        order = self._order()
        return self.next_open_after("") or (order[0] if order else "")

    def next_open_after(self, current: str) -> str | None:
        """The next question still to answer after `current`, going round to the start."""
        order = self._order()
        position = order.index(current) if current in order else -1
        relevant = self._session.score().relevant
        for name in order[position + 1 :] + order[: position + 1]:
            answer = self._session.answers.get(name)
            if (
                name in relevant
                and self._session.framework.indicators[name].is_answerable
                and not (answer and answer.is_answered)
            ):
                return name
        return None

    def step(self, current: str, forward: bool, shown: set[str]) -> str | None:
        """The next (or previous) question among those `shown` by the filters that applies;
        None at the end."""
        order = self._order()
        relevant = self._session.score().relevant
        position = order.index(current) if current in order else -1
        candidates = order[position + 1 :] if forward else list(reversed(order[: max(position, 0)]))
        return next((n for n in candidates if n in shown and n in relevant), None)
