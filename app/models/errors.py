"""User-facing errors of the domain.

Each error carries an English message template and its parameters rather than a finished
sentence, so the user interface can translate the template and fill it in the user's language.
"""

from __future__ import annotations


class JalonError(Exception):
    """An error a user can understand and act on. `str(error)` gives the English text."""

    def __init__(self, template: str, **params: object):
        super().__init__(template)
        self.template = template
        self.params = params

    def __str__(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class AnswerError(JalonError):
    """An answer that does not fit its question (wrong type, unknown choice, constraint)."""
