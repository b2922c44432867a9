"""The framework tree of an open audit (dimension → standard → practice → indicator) as a Qt
item model: progress per node, missing mandatory answers, flags and score badges.

Nodes are numbered once when the audit opens; a QModelIndex carries that number as its
internal id, so no Python object is handed to Qt. Questions of modules the audit did not
select are left out altogether.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.models.framework import Group, Indicator, Level, Node
from app.models.scoring import ScoreCard
from app.services.audit_session import AuditSession
from app.ui.answer_state import AnswerState
from app.ui.audit_labels import AuditLabels
from app.ui.status_icons import StatusIcons

NAME_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # AnswerState of an indicator
SCORE_ROLE = Qt.ItemDataRole.UserRole + 2  # percent of a group, or None
COMPLETE_ROLE = Qt.ItemDataRole.UserRole + 3  # every scored question of the group answered
NO_PARENT = -1
ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
    NAME_ROLE, STATE_ROLE, SCORE_ROLE, COMPLETE_ROLE,
})


class NavigatorTreeModel(QAbstractItemModel):
    LABEL, PROGRESS, SCORE = range(3)

    def __init__(self, session: AuditSession, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self.language = session.audit.content_language
        self._icons = StatusIcons()
        self.nodes: list[Node] = []
        self._parent: list[int] = []
        self._row: list[int] = []
        self._children: dict[int, list[int]] = {NO_PARENT: []}
        self.id_of: dict[str, int] = {}
        framework = session.framework
        self._add_children(framework.root, NO_PARENT)
        self.indicator_order = [node.name for node in self.nodes if isinstance(node, Indicator)]
        self._card: ScoreCard = session.score()
        self._flagged_below: dict[str, int] = {}
        self._states: dict[str, AnswerState] = {}
        self._labels: dict[str, str] = {}  # in the content language
        self._shown: list[tuple] = [()] * len(self.nodes)
        self.refresh()

    def _add_children(self, group: Group, parent_id: int) -> None:
        modules = self._session.audit.modules
        for child in group.children:
            if not self._session.framework.in_scope(child.name, modules):
                continue
            node_id = len(self.nodes)
            self.nodes.append(child)
            self._parent.append(parent_id)
            self._row.append(len(self._children[parent_id]))
            self._children[parent_id].append(node_id)
            self.id_of[child.name] = node_id
            if isinstance(child, Group):
                self._children[node_id] = []
                self._add_children(child, node_id)

    # --- state ---------------------------------------------------------------------------------

    def refresh(self, everything: bool = False) -> None:
        """Re-read answers and scores after a change. Answering one question can make others
        apply or stop applying, so every node is compared with what was shown; only the rows
        that changed are announced (or all of them when the texts changed)."""
        self._card = self._session.score()
        self._states = {}
        self._flagged_below = {}
        framework = self._session.framework
        for name, answer in self._session.answers.items():
            if answer.flagged and name in self.id_of:
                for group in framework.ancestors(name):
                    self._flagged_below[group.name] = self._flagged_below.get(group.name, 0) + 1
        shown = [self._appearance(node) for node in self.nodes]
        if everything:
            # Every label changed (another language): one layout signal instead of a
            # dataChanged per group; no row moves, so persistent indexes stay valid.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
        else:
            for node_id, appearance in enumerate(shown):
                if appearance != self._shown[node_id]:
                    self.dataChanged.emit(self.index_of_id(node_id, 0),
                                          self.index_of_id(node_id, 2))
        self._shown = shown

    def _appearance(self, node: Node) -> tuple:
        if isinstance(node, Indicator):
            state = self.state(node.name)
            answer = self._session.answers.get(node.name)
            return (state, bool(answer and answer.flagged),
                    node.required and state is AnswerState.UNANSWERED)
        score = self._card.nodes.get(node.name)
        return (score.answered, score.total, score.percent, score.is_partial,
                score.required_missing, self._flagged_below.get(node.name, 0)) \
            if score is not None else ()

    def state(self, name: str) -> AnswerState:
        """Where a question stands; worked out once per refresh (views ask very often)."""
        state = self._states.get(name)
        if state is None:
            indicator = self._session.framework.indicators[name]
            relevant = name in self._card.relevant
            if not indicator.is_answerable:
                state = AnswerState.ANSWERED if relevant else AnswerState.IRRELEVANT
            else:
                state = AnswerState.of(indicator, self._session.answers.get(name), relevant)
            self._states[name] = state
        return state

    def is_missing(self, name: str) -> bool:
        indicator = self._session.framework.indicators[name]
        return indicator.required and self.state(name) is AnswerState.UNANSWERED

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
        return self.nodes[index.internalId()] if index.isValid() else None

    def index_of_id(self, node_id: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._row[node_id], column, node_id)

    def index_of(self, name: str, column: int = 0) -> QModelIndex:
        node_id = self.id_of.get(name)
        return QModelIndex() if node_id is None else self.index_of_id(node_id, column)

    # --- QAbstractItemModel --------------------------------------------------------------------

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else NO_PARENT
        children = self._children.get(parent_id, [])
        if not (0 <= row < len(children) and 0 <= column < 3):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent[index.internalId()]
        return QModelIndex() if parent_id == NO_PARENT else self.index_of_id(parent_id)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else NO_PARENT
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {self.LABEL: self.tr("Item"), self.PROGRESS: self.tr("Done"),
                self.SCORE: self.tr("Score")}.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        # Views ask for a dozen roles per cell on every repaint; most have no answer here.
        if role not in ROLES or not index.isValid():
            return None
        node = self.nodes[index.internalId()]
        if role == NAME_ROLE:
            return node.name
        if isinstance(node, Indicator):
            return self._indicator_data(node, index.column(), role)
        return self._group_data(node, index.column(), role)

    def _label(self, node: Node) -> str:
        label = self._labels.get(node.name)
        if label is None:
            text = self._session.framework.text(node.label, self.language)
            label = f"{node.code}  {text}" if node.code else text or node.name
            self._labels[node.name] = label
        return label

    def _indicator_data(self, node: Indicator, column: int, role: int):
        if role == STATE_ROLE:
            return self.state(node.name).value
        if column != self.LABEL:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons.indicator(self.state(node.name), self.is_flagged(node.name),
                                         self.is_missing(node.name))
        if role == Qt.ItemDataRole.ForegroundRole and self.state(node.name) is \
                AnswerState.IRRELEVANT:
            return QColor("#9aa3ab")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._indicator_tooltip(node)
        return None

    def _indicator_tooltip(self, node: Indicator) -> str:
        lines = [self._label(node)]
        state = self.state(node.name)
        if state is AnswerState.IRRELEVANT:
            lines.append(self.tr("Does not apply, given the answers to earlier questions."))
        elif self.is_missing(node.name):
            lines.append(self.tr("Mandatory: not answered yet."))
        if self.is_flagged(node.name):
            lines.append(self.tr("Flagged for later."))
        return "\n".join(lines)

    def _group_data(self, node: Group, column: int, role: int):
        score = self._card.nodes.get(node.name)
        if score is None:
            return None
        if role == SCORE_ROLE:
            return score.percent
        if role == COMPLETE_ROLE:
            return not score.is_partial
        if role == Qt.ItemDataRole.FontRole and node.level in (Level.DIMENSION, Level.SECTION):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return self._label(node)
            if column == self.PROGRESS:
                return f"{score.answered}/{score.total}"
            return AuditLabels.percent(score.percent) if score.percent is not None else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.PROGRESS:
            missing, flagged = score.required_missing > 0, node.name in self._flagged_below
            return self._icons.group(missing, flagged) if missing or flagged else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._group_tooltip(node, score)
        return None

    def _group_tooltip(self, node: Group, score) -> str:
        lines = [self._label(node),
                 self.tr("%1 of %2 questions answered").replace("%1", str(score.answered))
                 .replace("%2", str(score.total))]
        if score.required_missing:
            lines.append(self.tr("%n mandatory answer(s) missing", "", score.required_missing))
        if self._flagged_below.get(node.name):
            lines.append(self.tr("%n flagged for later", "", self._flagged_below[node.name]))
        if score.percent is not None:
            text = self.tr("Score %1").replace("%1", AuditLabels.percent(score.percent))
            if score.is_partial:
                text += " " + self.tr("(partial: not every scored question is answered)")
            lines.append(text)
        return "\n".join(lines)

    def set_content_language(self, language: str) -> None:
        self.language = language
        self._labels = {}
        self.refresh(everything=True)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        self.refresh(everything=True)
