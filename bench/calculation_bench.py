"""Calculations and cascading choices at scale.

A 1,500-indicator framework (the synthetic one) plus an organization section of 100 figures,
300 calculations and 20 cascading selects; 50 scored indicators are asked only when a
calculation says so. Measured against baselines in the same run:

- load + validate its workbook (target under 1 s), against reading the same workbook's cells
  with pyxform's own reader (the floor of any loading) and against loading the same framework
  without the calculations and cascades;
- live rescoring after one answer (IncrementalScorer, which recomputes only what the change
  reaches, calculations included; target: the 16 ms frame budget), against the same rescoring
  of the framework without calculations, and a full rescoring for reference.

    python -m bench calculation [--quick]
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from pyxform.xls2json_backends import xlsx_to_dict

from app.frameworks.framework_loader import load_framework
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.answer import Answer
from app.models.framework import Choice, Framework, Group, Indicator, Level, QuestionType
from app.models.incremental_scorer import IncrementalScorer
from app.models.localized_text import LocalizedText
from app.models.relevance import ExpressionCache
from app.models.scoring import score_audit
from bench.synthetic_framework import synthetic_framework

FIGURES, CALCULATIONS, CASCADES = 100, 300, 20


def _text(base: str) -> LocalizedText:
    return LocalizedText({"en": base, "fr": f"{base} (fr)", "es": f"{base} (es)"})


def with_calculations(framework: Framework) -> Framework:
    """The framework with an organization section of figures, calculations and cascades.

    Calculation i reads figure i mod 100, one scored answer, and calculation i - 10 when there
    is one: chains up to 30 deep, so that one changed figure moves a whole chain."""
    scored = [i for i in framework.iter_indicators() if i.is_scored]
    section = Group("org", Level.SECTION, "0", _text("Organization information"))
    for f in range(FIGURES):
        section.children.append(
            Indicator(f"fig{f}", QuestionType.DECIMAL, f"0.{f}", _text(f"Figure {f}"))
        )
    for c in range(CALCULATIONS):
        source = f"${{fig{c % FIGURES}}} * 2 + if(${{{scored[c].name}}} = 'yes', 1, 0)"
        if c >= 10:
            source += f" + ${{calc{c - 10}}}"
        label = _text(f"Ratio {c}") if c % 3 == 0 else LocalizedText()
        section.children.append(
            Indicator(f"calc{c}", QuestionType.CALCULATE, f"0.c{c}", label, calculation=source)
        )
    regions = tuple(Choice(f"r{r}", _text(f"Region {r}")) for r in range(10))
    districts = tuple(
        Choice(f"d{r}_{d}", _text(f"District {r}.{d}"), columns=(("region", f"r{r}"),))
        for r in range(10)
        for d in range(10)
    )
    for k in range(CASCADES):
        section.children.append(
            Indicator(
                f"region{k}",
                QuestionType.SELECT_ONE,
                f"0.r{k}",
                _text("Region"),
                choices=regions,
                list_name="regions",
            )
        )
        section.children.append(
            Indicator(
                f"district{k}",
                QuestionType.SELECT_ONE,
                f"0.d{k}",
                _text("District"),
                choices=districts,
                list_name="districts",
                choice_filter=f"region = ${{region{k}}}",
            )
        )
    for n, indicator in enumerate(scored[-50:]):
        indicator.relevant = f"${{calc{CALCULATIONS - 1 - n}}} > 40"
    framework.root.children.insert(0, section)
    return Framework(
        framework.id,
        framework.version,
        framework.title,
        framework.root,
        framework.default_language,
        framework.languages,
    )


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def _cpu(action) -> float:
    """CPU milliseconds: what other programs on a busy machine inflate least."""
    start = time.process_time()
    action()
    return (time.process_time() - start) * 1000


def bench_load(rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        plain_path = Path(folder) / "plain.xlsx"
        calc_path = Path(folder) / "calculations.xlsx"
        WorkbookWriter(synthetic_framework(1500)).write(plain_path)
        WorkbookWriter(with_calculations(synthetic_framework(1500))).write(calc_path)
        result = load_framework(calc_path)
        assert result.framework is not None, [str(p) for p in result.errors[:3]]
        actions = {
            "cells": lambda: xlsx_to_dict(str(calc_path)),
            "plain": lambda: load_framework(plain_path),
            "calculations": lambda: load_framework(calc_path),
        }
        times: dict[str, list[float]] = {}
        for _ in range(rounds):  # alternated, so that a busy moment hits all of them alike
            for name, action in actions.items():
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    times.setdefault(name, []).append(_timed(action))
                    times.setdefault(f"{name}_cpu", []).append(_cpu(action))
    return {name: statistics.median(values) for name, values in times.items()}


def _rescore_times(framework: Framework, changes: int, seed: int) -> tuple[list[float], float]:
    cache = ExpressionCache()
    scorer = IncrementalScorer(framework, frozenset(), cache)
    generator = random.Random(seed)
    indicators = [i for i in framework.iter_indicators() if i.is_answerable]
    answers: dict[str, Answer] = {}
    for n, indicator in enumerate(indicators):
        if n % 3:
            answers[indicator.name] = Answer(indicator.name, _value(indicator, n))
    scorer.score(answers)
    full = _timed(lambda: score_audit(framework, answers, expressions=cache))
    times = []
    for step in range(changes):
        indicator = generator.choice(indicators)
        answers[indicator.name] = Answer(indicator.name, _value(indicator, step))
        times.append(_timed(lambda name=indicator.name: scorer.score(answers, {name})))
    return times, full


def _value(indicator: Indicator, n: int) -> object:
    if indicator.type == QuestionType.DECIMAL:
        return float(n % 50)
    choices = indicator.choices
    return choices[n % len(choices)].name


def bench_rescoring(changes: int) -> dict[str, float]:
    calc_times, calc_full = _rescore_times(
        with_calculations(synthetic_framework(1500)), changes, seed=1
    )
    plain_times, plain_full = _rescore_times(synthetic_framework(1500), changes, seed=1)
    return {
        "calculations_ms": statistics.median(calc_times),
        "calculations_p95_ms": statistics.quantiles(calc_times, n=20)[-1],
        "plain_ms": statistics.median(plain_times),
        "calculations_full_ms": calc_full,
        "plain_full_ms": plain_full,
    }


def main(options: list[str]) -> int:
    quick = "--quick" in options
    load = bench_load(3 if quick else 7)
    for unit, suffix in (("wall", ""), ("CPU", "_cpu")):
        mine, plain, cells = (
            load[f"{name}{suffix}"] for name in ("calculations", "plain", "cells")
        )
        print(
            f"load + validate 1,500 indicators with {CALCULATIONS} calculations and "
            f"{CASCADES} cascading selects: {mine:.0f} ms {unit} median (target < 1000 ms); "
            f"same framework without them {plain:.0f} ms (ratio {mine / plain:.2f}x); "
            f"pyxform reading the cells {cells:.0f} ms (ratio {mine / cells:.2f}x)"
        )
    rescoring = bench_rescoring(200 if quick else 1000)
    print(
        f"live rescoring after one answer, with calculations: "
        f"{rescoring['calculations_ms']:.2f} ms median, "
        f"{rescoring['calculations_p95_ms']:.2f} ms 95th percentile (frame budget 16 ms); "
        f"without calculations {rescoring['plain_ms']:.2f} ms median "
        f"(ratio {rescoring['calculations_ms'] / rescoring['plain_ms']:.2f}x); full rescoring "
        f"{rescoring['calculations_full_ms']:.1f} ms with, {rescoring['plain_full_ms']:.1f} ms "
        f"without"
    )
    return 0
