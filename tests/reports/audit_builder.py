"""Builds audits for report tests: every relevant question answered, with the accents and
punctuation of French and Spanish (é, ñ, ç, ¿) in names, N/A reasons and comments."""

from __future__ import annotations

from pathlib import Path

from app.models.errors import AnswerError
from app.models.framework import QuestionType

INSTITUTION = "Caisse d'Épargne Señor Ñandú & Garçon"
NA_REASON = "¿Ahorro? La caisse n'offre pas d'épargne, façon coopérative"
COMMENT = "Vérifié avec la direction ; señal clara, reçu signé"
SELECT_CYCLE = ("yes", "partially", "no", "yes")


def answer_all(session, na_every: int = 11) -> None:
    """Answer every relevant question; every `na_every`-th scored one is marked N/A."""
    scored_seen = 0
    for indicator in session.framework.iter_indicators():
        if indicator.name not in session.score().relevant or not indicator.is_answerable:
            continue
        if indicator.is_scored:
            scored_seen += 1
            if scored_seen % na_every == 0:
                session.mark_not_applicable(indicator.name, NA_REASON)
            else:
                session.answer(indicator.name, SELECT_CYCLE[scored_seen % len(SELECT_CYCLE)])
            if scored_seen % 9 == 0:
                session.comment(indicator.name, COMMENT)
            if scored_seen % 25 == 0:
                session.flag(indicator.name)
        elif indicator.is_select:
            session.answer(indicator.name, indicator.choices[0].name)
        elif indicator.type in (QuestionType.INTEGER, QuestionType.DECIMAL):
            for candidate in ("1998", "12", "1", "0"):
                try:
                    session.answer(indicator.name, candidate)
                    break
                except AnswerError:  # a constraint refuses this value; try the next one
                    continue
        elif indicator.type == QuestionType.DATE:
            session.answer(indicator.name, "2025-12-31")
        else:
            session.answer(indicator.name, "Société coopérative")


def add_plan_and_evidence(session, folder: Path) -> None:
    session.add_action(
        "1.1.1",
        "Rédiger la stratégie sociale ¿cuándo? avant juin",
        owner="Françoise",
        due_date="2026-06-30",
    )
    evidence = folder / "procès-verbal du conseil.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes" * 200)
    session.attach_evidence("1.1.1.1", evidence)
