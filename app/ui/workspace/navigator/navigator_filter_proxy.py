"""Filters of the navigator: answer state (or flagged, mandatory missing, with review
comments), department and free text, combined (all must hold).

Text search looks through codes, labels, hints, guidance and evidence in every language of the
framework, ignoring case and accents, so "evaluacion" finds "Évaluation" too; a code typed as
such ("4.2") finds the questions under it. The question on
screen stays visible even when a change makes it leave the filter, so that answering an
"unanswered" question does not pull it from under the user's eyes.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from app.models.framework import Indicator
from app.ui.workspace.navigator.answer_state import AnswerState
from app.ui.workspace.navigator.navigator_tree_model import (
    FLAGGED,
    MISSING,
    REVIEWED,
    NavigatorTreeModel,
)

ALL = "all"
CODE = re.compile(r"\d+(\.\d+)*\.?")  # "4.2" finds 4.2.1.1, not 1.4.2.1
STATUS_FILTERS = (
    ALL,
    AnswerState.UNANSWERED.value,
    AnswerState.TO_CONFIRM.value,
    AnswerState.YES.value,
    AnswerState.PARTIAL.value,
    AnswerState.NO.value,
    AnswerState.NOT_APPLICABLE.value,
    FLAGGED,
    MISSING,
    REVIEWED,
)


def normalized(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class NavigatorFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: NavigatorTreeModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)
        # Filters are applied again explicitly after each change (refilter); re-filtering on
        # every dataChanged would walk the tree many times per saved answer.
        self.setDynamicSortFilter(False)
        self.status = ALL
        self.department = ""
        self.query = ""
        self.pinned = ""
        self._words: list[str] = []
        self._haystack = {
            node.name: self._searchable(node) for node in model.nodes if isinstance(node, Indicator)
        }
        self._codes = {node.name: node.code for node in model.nodes if isinstance(node, Indicator)}

    @staticmethod
    def _searchable(indicator: Indicator) -> str:
        texts = [indicator.code, indicator.name]
        for field in (indicator.label, indicator.hint, indicator.guidance, indicator.evidence):
            texts.extend(field.values.values())
        return normalized(" ".join(texts))

    @property
    def active(self) -> bool:
        return self.status != ALL or bool(self.department) or bool(self._words)

    def set_criteria(
        self, status: str | None = None, department: str | None = None, query: str | None = None
    ) -> None:
        self.beginFilterChange()
        if status is not None:
            self.status = status
        if department is not None:
            self.department = department
        if query is not None:
            self.query = query
            self._words = normalized(query).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pinned(self, name: str) -> None:
        if name == self.pinned:
            return
        if not self.active:
            # Everything shows anyway: no need to walk the tree again. The criteria's next
            # change re-filters with the question pinned then.
            self.pinned = name
            return
        self.beginFilterChange()
        self.pinned = name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the criteria again, after answers changed."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    # --- matching ------------------------------------------------------------------------------

    def matches_scope(self, name: str) -> bool:
        """Department and text criteria, which the status counts are computed within."""
        if self.department and self._model.department_of(name) != self.department:
            return False
        haystack = self._haystack.get(name, "")
        code = self._codes.get(name, "")
        return all(
            self._under_code(code, word) if CODE.fullmatch(word) else word in haystack
            for word in self._words
        )

    @staticmethod
    def _under_code(code: str, prefix: str) -> bool:
        prefix = prefix.rstrip(".")
        return code == prefix or code.startswith(prefix + ".")

    def matches_status(self, name: str, status: str) -> bool:
        if status == ALL:
            return True
        if status == FLAGGED:
            return self._model.is_flagged(name)
        if status == MISSING:
            return self._model.is_missing(name)
        if status == REVIEWED:
            return name in self._model.review_marks
        return self._model.state(name).value == status

    def counts(self) -> dict[str, int]:
        """How many questions each status filter would show, within department and text."""
        result = dict.fromkeys(STATUS_FILTERS, 0)
        model = self._model
        if not self.department and not self._words:
            # Every question is in scope: the model keeps these counts as answers change.
            for key in result:
                result[key] = model.tally[key]
            # "All" counts the questions that apply (app/models/question_counts.py); those
            # that do not are listed too, greyed.
            result[ALL] = len(model.indicator_order) - model.tally[AnswerState.IRRELEVANT.value]
            result[REVIEWED] = len(model.review_marks)
            return result
        for name in model.indicator_order:
            if not self.matches_scope(name):
                continue
            state = model.state(name).value
            result[ALL] += state != AnswerState.IRRELEVANT.value
            if state in result:
                result[state] += 1
            if model.is_flagged(name):
                result[FLAGGED] += 1
            if model.is_missing(name):
                result[MISSING] += 1
            result[REVIEWED] += name in model.review_marks
        return result

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        node = self._model.node(self._model.index(source_row, 0, source_parent))
        if not isinstance(node, Indicator):
            # A group shows when one of its questions does (recursive filtering), or always
            # when nothing is filtered.
            return not self.active
        if node.name == self.pinned or not self.active:
            return True
        return self.matches_scope(node.name) and self.matches_status(node.name, self.status)
