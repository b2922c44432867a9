"""The checks AuditSession makes before saving (type, then the question's own rule), run while
the user types so problems show under the field as they type, in the content language."""

from __future__ import annotations

from collections.abc import Callable

from app.models.framework import Indicator
from app.services.audit_session import AuditSession


class AnswerChecker:
    def __init__(self, session: AuditSession, language: Callable[[], str]):
        self._session = session
        self._language = language

    def check(self, indicator: Indicator, text: str) -> None:
        """Raises AnswerError, with the same messages as saving would, if `text` is refused."""
        self._session.checked_value(indicator, text, self._language())
