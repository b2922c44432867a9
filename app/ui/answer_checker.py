"""The checks AuditSession.answer makes before saving (type, then the question's own rule),
run while the user types so problems show under the field before anything is saved."""

from __future__ import annotations

from collections.abc import Callable

from app.models.answer import parse_answer
from app.models.errors import AnswerError
from app.models.framework import Indicator
from app.services.audit_session import AuditSession


class AnswerChecker:
    def __init__(self, session: AuditSession, language: Callable[[], str]):
        self._session = session
        self._language = language

    def check(self, indicator: Indicator, text: str) -> None:
        """Raises AnswerError, with the same messages as saving would, if `text` is refused."""
        value = parse_answer(indicator, text)
        session = self._session
        if value is None or not session.relevance().constraint_violation(indicator, value):
            return
        message = session.framework.text(indicator.constraint_message, self._language())
        if message:
            raise AnswerError("{code}: {message}", code=indicator.display_code, message=message)
        raise AnswerError("{code}: the value {value} is not accepted (rule: {rule})",
                          code=indicator.display_code, value=value, rule=indicator.constraint)
