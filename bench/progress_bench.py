"""Progress and timeline benchmarks: `python -m bench progress`.

- The progress view between two audits of the default framework, fully answered (what
  `jalon compare` and the Progress tab compute: both audits read from the database, scored and
  compared), against the same-run baseline of reading and scoring one audit (`jalon score`'s
  work), and the comparison alone on two score cards;
- the timeline of an institution with 10 audits (each read, scored and summed per dimension),
  against 10 times the baseline.

Target: each under 100 ms. Median of 9 runs, on a real SQLite file.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from app.composition import Application
from app.models.progress import compare
from app.paths import AppPaths
from bench.report_bench import answer_everything

RUNS = 9
AUDITS = 10


def median_ms(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def prepare(app: Application) -> list[str]:
    """Ten yearly audits of one institution; each year changes 30 answers."""
    framework = app.catalog.default()
    first = app.audits.create(
        framework, "Caisse Populaire de Thiès", "SN", period_end="2016-12-31", content_language="fr"
    )
    answer_everything(app.audits.open(first.id))
    ids = [first.id]
    selects = [i for i in framework.iter_indicators() if i.is_scored and i.is_select]
    for year in range(1, AUDITS):
        audit = app.audits.duplicate(app.audits.get(ids[-1]), period_end=f"{2016 + year}-12-31")
        session = app.audits.open(audit.id)
        for n, indicator in enumerate(selects[year * 7 : year * 7 + 30]):
            if indicator.name in session.score().relevant:
                session.answer(indicator.name, indicator.choices[(n + year) % 3].name)
        ids.append(audit.id)
    return ids


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as name:
        app = Application(AppPaths(Path(name) / "data"), author="bench")
        ids = prepare(app)
        institution = app.audits.get(ids[0]).institution_id
        framework = app.catalog.default()
        scored = sum(1 for i in framework.iter_indicators() if i.is_scored)

        def score_one() -> None:
            app.audits.open(ids[-2]).score()

        baseline = median_ms(score_one)
        progress = median_ms(lambda: app.progress.compare(ids[-2], ids[-1]))
        before, after = app.audits.open(ids[-2]).score(), app.audits.open(ids[-1]).score()
        alone = median_ms(lambda: compare(framework, before, framework, after))
        timeline = median_ms(lambda: app.progress.timeline(institution))
        app.close()
    print(f"default framework ({scored} scored indicators), medians of {RUNS} runs:")
    print(f"  baseline: read and score one audit           {baseline:7.1f} ms")
    print(
        f"  progress view between two audits             {progress:7.1f} ms "
        f"(ratio {progress / baseline:.2f}x the baseline; target < 100 ms)"
    )
    print(f"  the comparison alone, on two score cards     {alone:7.1f} ms")
    print(
        f"  timeline of an institution with {AUDITS} audits     {timeline:7.1f} ms "
        f"(ratio {timeline / (AUDITS * baseline):.2f}x {AUDITS} baselines; target < 100 ms)"
    )
    return 0 if progress < 100 and timeline < 100 else 1
