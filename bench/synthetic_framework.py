"""Frameworks of any size for benchmarks: same shape as the bundled one, generated text."""

from __future__ import annotations

from app.models.framework import Choice, Framework, Group, Indicator, Level, QuestionType
from app.models.localized_text import LocalizedText

YPN = (
    Choice("yes", LocalizedText({"en": "Yes", "fr": "Oui", "es": "Sí"}), 1.0),
    Choice(
        "partially",
        LocalizedText({"en": "Partially", "fr": "Partiellement", "es": "Parcialmente"}),
        0.5,
    ),
    Choice("no", LocalizedText({"en": "No", "fr": "Non", "es": "No"}), 0.0),
    Choice("na", LocalizedText({"en": "Not applicable", "fr": "Sans objet", "es": "No aplica"})),
)


def _text(base: str) -> LocalizedText:
    return LocalizedText({"en": base, "fr": f"{base} (fr)", "es": f"{base} (es)"})


def synthetic_framework(indicators: int) -> Framework:
    """About `indicators` scored indicators: dimensions of 5 standards × 3 practices × 10."""
    root = Group("__root__", Level.ROOT)
    per_dimension = 5 * 3 * 10
    dimensions = max(1, round(indicators / per_dimension))
    per_practice = max(1, round(indicators / (dimensions * 15)))
    for d in range(1, dimensions + 1):
        dim = Group(f"d{d}", Level.DIMENSION, str(d), _text(f"Dimension {d}"))
        root.children.append(dim)
        for s in range(1, 6):
            std = Group(f"d{d}s{s}", Level.STANDARD, f"{d}.{s}", _text(f"Standard {d}.{s}"))
            dim.children.append(std)
            for p in range(1, 4):
                practice = Group(
                    f"d{d}s{s}p{p}", Level.PRACTICE, f"{d}.{s}.{p}", _text(f"Practice {d}.{s}.{p}")
                )
                std.children.append(practice)
                for i in range(1, per_practice + 1):
                    name = f"q{d}_{s}_{p}_{i}"
                    relevant = f"${{q{d}_{s}_{p}_1}} != 'no'" if i == 2 else ""
                    practice.children.append(
                        Indicator(
                            name,
                            QuestionType.SELECT_ONE,
                            f"{d}.{s}.{p}.{i}",
                            label=_text(f"Is practice {d}.{s}.{p} item {i} in place?"),
                            guidance=_text(
                                "What good practice looks like, and when to answer partially."
                            ),
                            evidence=_text("Policy documents, interviews with staff."),
                            choices=YPN,
                            list_name="ypn",
                            required=True,
                            relevant=relevant,
                            department="management",
                        )
                    )
    return Framework("synthetic", "1", _text("Synthetic framework"), root, "en", ("en", "fr", "es"))
