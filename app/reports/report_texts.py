"""The fixed texts of reports and exports (headings, labels, notes) in English, French and
Spanish. Framework texts (questions, guidance) come from the framework itself; these are the
words around them. A test checks that every language has every key and the same placeholders.
"""

from __future__ import annotations

from app.models.action_item import ActionItem, ActionStatus, Priority
from app.models.audit import AuditStatus, AuditType
from app.models.value_names import ValueNames
from app.reports.report_texts_en import TEXTS as ENGLISH
from app.reports.report_texts_es import TEXTS as SPANISH
from app.reports.report_texts_fr import TEXTS as FRENCH

CATALOG: dict[str, dict[str, str]] = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH}
REPORT_LANGUAGES = tuple(CATALOG)


class ReportTexts:
    def __init__(self, language: str):
        self.language = language if language in CATALOG else "en"
        self._texts = CATALOG[self.language]

    def get(self, key: str, **params: object) -> str:
        text = self._texts[key]
        return text.format(**params) if params else text

    def action_status(self, action: ActionItem, today: str) -> str:
        """An action's status in words, with what waits: overdue (on `today`, YYYY-MM-DD), or
        — carried over from the previous audit — to verify."""
        parts = [self.name(action.status)]
        if action.is_overdue(today):
            parts.append(self.get("overdue"))
        if action.carried_from and action.status.is_open:
            parts.append(self.get("to_verify"))
        return ", ".join(parts)

    def name(self, value: AuditType | AuditStatus | ActionStatus | Priority) -> str:
        """An audit type's or status's, an action status's or priority's name, the same as the
        interface's (app/models/value_names.py)."""
        return ValueNames(self.language).of(value)
