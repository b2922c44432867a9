"""What the numbers about an audit's questions mean, defined once: the command line, the audit
list, the workspace header, the navigator's filters and the dashboard all show these.

- **questions**: the questions that apply to the audit: they take an answer (not a note), are
  in the framework's core or in a module the audit includes, and are relevant given the
  answers so far. The number moves as answers make follow-up questions apply or not.
- **answered**: of those, the ones with an answer, or marked not applicable with a reason.
- **scored**: of the questions that apply, those that count towards the score;
  **scored_answered** of them are answered (a not-applicable answer takes a question out of
  the score, but it is answered).
- **progress**: answered / questions.

A framework on its own (before any audit) counts its questions that take an answer, core and
optional modules apart: relevance is only known once there are answers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # the audit list holds counts long before any audit is scored
    from app.models.framework import Framework
    from app.models.scoring import NodeScore


class QuestionCounts(NamedTuple):  # a tuple: light enough for the audit list of a head office
    questions: int
    answered: int
    scored: int
    scored_answered: int

    @classmethod
    def of(cls, score: NodeScore) -> QuestionCounts:
        """The counts of an audit (its overall score) or of one of its groups."""
        return cls(score.total, score.answered, score.scored_total, score.scored_answered)

    @property
    def progress(self) -> float:
        """Share (0–1) of the questions that apply which are answered; 1 when none apply."""
        return self.answered / self.questions if self.questions else 1.0

    @staticmethod
    def in_framework(framework: Framework) -> tuple[int, int]:
        """(core, in optional modules): the framework's questions that take an answer."""
        core = optional = 0
        for indicator in framework.iter_indicators():
            if indicator.is_answerable:
                if framework.module_of(indicator.name):
                    optional += 1
                else:
                    core += 1
        return core, optional
