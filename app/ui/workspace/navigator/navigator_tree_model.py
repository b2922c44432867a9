"""The framework tree of an open audit (dimension → standard → practice → indicator) as a Qt
item model: progress per node, missing mandatory answers, flags, review comments and score
badges.

The model keeps what it shows in Qt's own items (a QStandardItemModel), so painting the tree
never calls back into Python: a repaint of the whole tree asks for a dozen roles per cell, and
each call into a Python `data()` costs more than the painting itself. After a change, only the
rows whose appearance moved are written again. Questions of modules the audit did not select
are left out altogether.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from app.models.answer import Answer, InvalidValue
from app.models.errors import AnswerError
from app.models.framework import Group, Indicator, Level, Node
from app.models.scoring import NodeScore, ScoreCard
from app.services.audit_session import AuditSession
from app.ui.common.audit_labels import AuditLabels
from app.ui.common.error_presenter import ErrorPresenter
from app.ui.workspace.navigator.answer_state import AnswerState
from app.ui.workspace.navigator.status_icons import StatusIcons
from app.ui.workspace.question.calculated_value_view import CalculatedValueView

NAME_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # AnswerState of an indicator
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # percent of a group, or None
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 3  # every scored question of the group answered
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4  # a group's score pill: text, percent, complete, bold
BOLD_LEVELS = (Level.DIMENSION, Level.SECTION)
FLAGGED = "flagged"  # keys of `tally` besides the answer states
MISSING = "missing"
REVIEWED = "reviewed"  # a filter key: questions with review comments
IRRELEVANT_COLOUR = QColor("#9aa3ab")
UNSEEN = object()  # no answer looked at yet (None means "no answer")
DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


class NavigatorTreeModel(QStandardItemModel):
    LABEL, PROGRESS, SCORE = range(3)

    def __init__(self, session: AuditSession, parent: QObject | None = None):
        super().__init__(0, 3, parent)
        self._session = session
        self.language = session.audit.content_language
        self._icons = StatusIcons()
        self.nodes: list[Node] = []
        self.id_of: dict[str, int] = {}
        self._items: list[list[QStandardItem]] = []
        self._add_children(session.framework.root, self.invisibleRootItem())
        self.indicator_order = [node.name for node in self.nodes if isinstance(node, Indicator)]
        self._group_ids = [i for i, node in enumerate(self.nodes) if isinstance(node, Group)]
        # Ancestors shown in the tree, nearest first: they count the flags below them.
        self._ancestor_ids = {
            name: [
                self.id_of[g.name]
                for g in session.framework.ancestors(name)
                if g.name in self.id_of
            ]
            for name in self.indicator_order
        }
        self._card: ScoreCard = session.score()
        self._states: dict[str, AnswerState] = {}
        self._facts: dict[str, tuple[AnswerState, bool, bool]] = {}  # state, flagged, missing
        self._seen_answer: dict[str, Answer | None] = {}
        self._seen_relevant: dict[str, bool] = {}
        self._seen_score: dict[int, NodeScore | None] = {}
        self._flagged_below: Counter[int] = Counter()
        self.tally: Counter[str] = Counter()  # questions per state, flagged, missing
        # Questions with review comments: True while a correction asked there is still open.
        self.review_marks: dict[str, bool] = {}
        self._labels: dict[str, str] = {}  # in the content language
        self._shown: list[tuple] = [()] * len(self.nodes)
        self.retranslate()

    def _add_children(self, group: Group, parent: QStandardItem) -> None:
        modules = self._session.audit.modules
        for child in group.children:
            if not self._session.framework.in_scope(child.name, modules):
                continue
            if isinstance(child, Indicator) and not child.is_shown:
                continue  # a calculation without a label is a working value
            self.id_of[child.name] = len(self.nodes)
            self.nodes.append(child)
            row = [QStandardItem() for _ in range(3)]
            self._items.append(row)
            for column, item in enumerate(row):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(child.name, NAME_ROLE)
                if isinstance(child, Group):
                    self._style_group_item(child, column, item)
            parent.appendRow(row)
            if isinstance(child, Group):
                self._add_children(child, row[0])

    def _style_group_item(self, group: Group, column: int, item: QStandardItem) -> None:
        if group.level in BOLD_LEVELS:
            font = QFont()
            font.setBold(True)
            item.setData(font, Qt.ItemDataRole.FontRole)
        if column != self.LABEL:
            item.setData(
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Qt.ItemDataRole.TextAlignmentRole,
            )

    # --- state ---------------------------------------------------------------------------------

    def refresh(self, everything: bool = False) -> None:
        """Re-read answers and scores after a change. Answering one question can make others
        apply or stop applying, so every question is looked at again; only those whose answer
        or relevance moved are worked out anew, and only rows that look different are written
        (all of them when the texts changed)."""
        card = self._card = self._session.score()
        answers = self._session.answers
        touched: set[int] = set()  # groups whose flag count moved
        for name in self.indicator_order:
            answer = answers.get(name)
            if name in card.values:  # a calculation has no answer: its row follows its value
                value = card.values[name]
                relevant: object = ("value", type(value), value)  # 1.0 is not True here
            else:
                relevant = name in card.relevant
            if (
                not everything
                and answer is self._seen_answer.get(name, UNSEEN)
                and relevant == self._seen_relevant.get(name)
            ):
                continue
            self._seen_answer[name] = answer
            self._seen_relevant[name] = relevant
            self._states.pop(name, None)
            facts = (self.state(name), bool(answer and answer.flagged), self.is_missing(name))
            self._count(name, self._facts.get(name), facts, touched)
            self._facts[name] = facts
            # A value kept as typed looks unanswered, yet its row shows it: part of the look.
            kept = answer.value if answer is not None and answer.is_invalid else None
            mark = self.review_marks.get(name)
            self._show(self.id_of[name], (*facts, kept, relevant, mark), everything)
        for node_id in self._group_ids:
            score = card.nodes.get(self.nodes[node_id].name)
            if everything or node_id in touched or score is not self._seen_score.get(node_id):
                self._seen_score[node_id] = score
                appearance = (
                    ()
                    if score is None
                    else (
                        score.answered,
                        score.total,
                        score.percent,
                        score.is_partial,
                        score.required_missing,
                        self._flagged_below[node_id],
                    )
                )
                self._show(node_id, appearance, everything)

    def _count(self, name: str, before: tuple | None, after: tuple, touched: set[int]) -> None:
        """Keep the per-state tally and the flags counted under each group up to date."""
        if before == after:
            return
        for facts, step in ((before, -1), (after, 1)):
            if facts is None:
                continue
            state, flagged, missing = facts
            self.tally[state.value] += step
            self.tally[FLAGGED] += step * flagged
            self.tally[MISSING] += step * missing
        was_flagged, flagged = bool(before and before[1]), after[1]
        if was_flagged != flagged:
            for group_id in self._ancestor_ids[name]:
                self._flagged_below[group_id] += 1 if flagged else -1
                touched.add(group_id)

    def _show(self, node_id: int, appearance: tuple, everything: bool) -> None:
        if not everything and appearance == self._shown[node_id]:
            return
        self._shown[node_id] = appearance
        node = self.nodes[node_id]
        if isinstance(node, Indicator):
            columns = self._indicator_roles(node, *appearance[:4], mark=appearance[5])
        else:
            columns = self._group_roles(node, self._card.nodes.get(node.name))
        for item, roles in zip(self._items[node_id], columns, strict=True):
            self.setItemData(item.index(), roles)

    def state(self, name: str) -> AnswerState:
        """Where a question stands; worked out once per change (views ask very often)."""
        state = self._states.get(name)
        if state is None:
            indicator = self._session.framework.indicators[name]
            relevant = name in self._card.relevant
            if not indicator.is_answerable:
                state = AnswerState.ANSWERED if relevant else AnswerState.IRRELEVANT
            else:
                state = AnswerState.of(indicator, self._session.answers.get(name), relevant)
            follow_up = self._session.follow_up
            if (
                state is AnswerState.UNANSWERED
                and follow_up is not None
                and follow_up.needs_confirmation(name)
            ):
                state = AnswerState.TO_CONFIRM
            self._states[name] = state
        return state

    def is_missing(self, name: str) -> bool:
        indicator = self._session.framework.indicators[name]
        return indicator.required and self.state(name) is AnswerState.UNANSWERED

    def set_review_marks(self, marks: dict[str, bool]) -> None:
        """The questions with review comments (True: a correction is still open there); only
        the rows whose mark moved are drawn again."""
        marks = {name: open_ for name, open_ in marks.items() if name in self.id_of}
        for name in marks.keys() | self.review_marks.keys():
            if marks.get(name) != self.review_marks.get(name):
                self._seen_answer.pop(name, None)  # refresh() looks at the row again
        self.review_marks = marks
        self.refresh()

    def is_flagged(self, name: str) -> bool:
        answer = self._session.answers.get(name)
        return bool(answer and answer.flagged)

    def department_of(self, name: str) -> str:
        """The department answering a question: the one set on the answer, else the
        framework's."""
        answer = self._session.answers.get(name)
        if answer is not None and answer.department:
            return answer.department
        return self._session.framework.indicators[name].department

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        return self._session.framework.nodes.get(index.data(NAME_ROLE)) if index.isValid() else None

    def index_of_id(self, node_id: int, column: int = 0) -> QModelIndex:
        return self._items[node_id][column].index()

    def index_of(self, name: str, column: int = 0) -> QModelIndex:
        node_id = self.id_of.get(name)
        return QModelIndex() if node_id is None else self.index_of_id(node_id, column)

    # --- what the rows show --------------------------------------------------------------------

    def _label(self, node: Node) -> str:
        label = self._labels.get(node.name)
        if label is None:
            text = self._session.framework.text(node.label, self.language)
            label = f"{node.code}  {text}" if node.code else text or node.name
            self._labels[node.name] = label
        return label

    def _indicator_roles(
        self,
        node: Indicator,
        state: AnswerState,
        flagged: bool,
        missing: bool,
        kept: InvalidValue | None,
        mark: bool | None = None,
    ) -> list[dict]:
        other = {STATE_ROLE: state.value}
        if node.is_calculated:
            # Not a question (the tally leaves it out as one that does not apply), but not
            # greyed out either: its value is shown where a score would be.
            shown = CalculatedValueView.text_of(self._card.values.get(node.name, ""))
            return [
                {
                    **other,
                    DISPLAY: self._label(node),
                    DECORATION: self._icons.indicator(AnswerState.IRRELEVANT, False, False),
                    TOOLTIP: f"{self._label(node)}\n= {shown}" if shown else self._label(node),
                },
                {**other, DISPLAY: shown},
                other,
            ]
        # A value kept as typed is marked like a missing answer, its problem in the tooltip.
        problem = self._session.problem_of(node.name, self.language) if kept else None
        tooltip = self._indicator_tooltip(node, state, flagged, missing, problem, mark)
        # The review's mark sits in the progress column, empty on a question's row.
        review = {} if mark is None else {DECORATION: self._icons.review(mark), TOOLTIP: tooltip}
        return [
            {
                **other,
                DISPLAY: self._label(node),
                DECORATION: self._icons.indicator(state, flagged, missing or bool(problem)),
                FOREGROUND: IRRELEVANT_COLOUR if state is AnswerState.IRRELEVANT else None,
                TOOLTIP: tooltip,
            },
            {**other, **review},
            other,
        ]

    def _indicator_tooltip(
        self,
        node: Indicator,
        state: AnswerState,
        flagged: bool,
        missing: bool,
        problem: AnswerError | None = None,
        mark: bool | None = None,
    ) -> str:
        lines = [self._label(node)]
        if problem is not None:
            lines.append(
                self.tr("Kept as typed, not a valid answer: %1").replace(
                    "%1", ErrorPresenter.message(problem)
                )
            )
        elif state is AnswerState.IRRELEVANT:
            lines.append(self.tr("Does not apply, given the answers to earlier questions."))
        elif state is AnswerState.TO_CONFIRM:
            lines.append(self.tr("Carried from the previous audit, to confirm (Ctrl+K keeps it)."))
        elif missing:
            lines.append(self.tr("Mandatory: not answered yet."))
        if flagged:
            lines.append(self.tr("Flagged for later."))
        if mark is True:
            lines.append(self.tr("Review: a correction is asked here."))
        elif mark is False:
            lines.append(self.tr("Review: comments here."))
        return "\n".join(lines)

    def _group_roles(self, node: Group, score: NodeScore | None) -> list[dict]:
        if score is None:
            return [{DISPLAY: self._label(node)}, {}, {}]
        flagged = self._flagged_below[self.id_of[node.name]]
        missing = score.required_missing > 0
        common = {
            SCORE_ROLE: score.percent,
            COMPLETE_ROLE: not score.is_partial,
            TOOLTIP: self._group_tooltip(node, score, flagged),
        }
        percent = AuditLabels.score(score.percent) if score.percent is not None else ""
        badge = (
            None
            if score.percent is None
            else (percent, score.percent, not score.is_partial, node.level in BOLD_LEVELS)
        )
        return [
            {**common, DISPLAY: self._label(node)},
            {
                **common,
                DISPLAY: f"{score.answered}/{score.total}",
                DECORATION: self._icons.group(missing, bool(flagged))
                if missing or flagged
                else None,
            },
            {**common, DISPLAY: percent, BADGE_ROLE: badge},
        ]

    def _group_tooltip(self, node: Group, score: NodeScore, flagged: int) -> str:
        lines = [
            self._label(node),
            self.tr("%1 of %2 questions answered")
            .replace("%1", str(score.answered))
            .replace("%2", str(score.total)),
        ]
        if score.required_missing:
            lines.append(self.tr("%n mandatory answer(s) missing", "", score.required_missing))
        if flagged:
            lines.append(self.tr("%n flagged for later", "", flagged))
        if score.percent is not None:
            text = self.tr("Score %1").replace("%1", AuditLabels.score(score.percent))
            if score.is_partial:
                text += " " + self.tr("(partial: not every scored question is answered)")
            lines.append(text)
        return "\n".join(lines)

    # --- languages -----------------------------------------------------------------------------

    def set_content_language(self, language: str) -> None:
        self.language = language
        self._labels = {}
        self.refresh(everything=True)

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Done"), self.tr("Score")])
        self.refresh(everything=True)
