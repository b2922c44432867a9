"""Answering an audit under review: `python -m bench review [--quick]`.

On an audit the head office has reviewed, every saved answer refreshes the navigator, which
shows the questions with review comments and those whose correction is still open (an answer
may close one); moving to a question also shows its review comments under it. This measures
the step of `python -m bench ui --step` (move to the next question, answer it: commit,
rescoring, navigator, header, dashboard, repaint) on such an audit, against the same-run
baseline of the same step on an audit with the same answers that nobody reviews, at the
default framework and at a generated framework of 1,500 questions. The two are measured in
alternate windows (baseline, reviewed, baseline, reviewed) so that a busy machine weighs on
both alike; each figure is the median over both windows. Inside the same steps, the CPU time of
the navigator's refresh after each save is taken apart: there the review's marks are worked
out.

Targets (those of `bench ui`, met by the reviewed audit): median under 16 ms at the default
framework, p95 under 50 ms at 1,500 questions; the ratios to the baseline show what the review
costs on top.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.ui_bench import LARGE_FRAMEWORK, bench_next_and_save, two_thirds_answered

COMMENT_EVERY = 20  # a comment on every 20th question, half of them "must be corrected"
WINDOWS = 2  # alternate windows per audit


def prepare(folder: Path, indicators: int | None) -> tuple[str, str]:
    """Two audits with the same answers, of the default framework (`indicators` None) or of a
    generated one: one nobody reviews, and one in review at this head office with comments on
    every 20th question (half of them corrections asked for) and two on the audit as a whole."""
    from app.composition import Application
    from app.paths import AppPaths
    from bench.synthetic_framework import synthetic_framework

    application = Application(AppPaths(folder))
    application.set_person("Awa Ndiaye", "Cabinet Sahel Conseil")
    framework = (
        application.frameworks.default() if indicators is None else synthetic_framework(indicators)
    )
    plain = two_thirds_answered(application, framework)
    reviewed = application.audits.get(two_thirds_answered(application, framework))
    reviews = application.reviews
    reviews.start(reviewed)
    for n, indicator in enumerate(framework.iter_indicators()):
        if indicator.is_scored and n % COMMENT_EVERY == 0:
            must_correct = n % (2 * COMMENT_EVERY) == 0
            text = "Show the policy document." if must_correct else "Well documented."
            reviews.comment(reviewed, indicator.name, text, must_correct)
    for text in ("The interviews are missing.", "Dates of the board minutes?"):
        reviews.comment(reviewed, "", text)
    application.close()
    return plain, reviewed.id


class CallTimer:
    """While in use, times every call of `owner.method` (CPU time of this process: what other
    programs on a busy machine inflate least), inside the real step."""

    def __init__(self, owner: type, method: str):
        self._owner, self._method = owner, method
        self.cpu_ms: list[float] = []

    def __enter__(self) -> CallTimer:
        original = getattr(self._owner, self._method)

        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.cpu_ms.append((time.process_time() - start) * 1000)

        self._original = original
        setattr(self._owner, self._method, timed)
        return self

    def __exit__(self, *_exc) -> None:
        setattr(self._owner, self._method, self._original)


def measure(rounds: int, folder: Path, plain: str, reviewed: str) -> dict[str, dict]:
    """Per audit: the medians over the alternate windows of bench_next_and_save's figures, and
    the median CPU time of the navigator's refresh after a save (where the review's marks are
    worked out)."""
    from app.ui.workspace.navigator.navigator_panel import NavigatorPanel

    runs: dict[str, list[dict]] = {"baseline": [], "reviewed": []}
    refreshes: dict[str, list[float]] = {"baseline": [], "reviewed": []}
    for _ in range(WINDOWS):
        for name, audit_id in (("baseline", plain), ("reviewed", reviewed)):
            with CallTimer(NavigatorPanel, "refresh") as navigator:
                runs[name].append(bench_next_and_save(rounds, folder, audit_id))
            refreshes[name] += navigator.cpu_ms
    figures = {
        name: {
            key: statistics.median(run[key] for run in results)
            for key in results[0]
            if isinstance(results[0][key], int | float)
        }
        for name, results in runs.items()
    }
    for name, times in refreshes.items():
        figures[name]["navigator_refresh_cpu_ms_median"] = statistics.median(times)
    return figures


def report(label: str, figures: dict[str, dict], target: str, met: bool) -> None:
    baseline, reviewed = figures["baseline"], figures["reviewed"]

    def ratio(key: str) -> str:
        return f"{reviewed[key] / baseline[key]:.2f}x"

    print(f"{label} ({reviewed['indicators']:.0f} indicators), next question + save an answer:")
    for name, flow in figures.items():
        print(
            f"  {name:9} {flow['next_and_save_ms_median']:6.1f} ms median, "
            f"{flow['next_and_save_ms_p95']:6.1f} ms p95, "
            f"{flow['next_and_save_cpu_ms_median']:5.1f} ms CPU median; navigator refresh "
            f"after a save {flow['navigator_refresh_cpu_ms_median']:5.2f} ms CPU median"
        )
    print(
        f"  reviewed / baseline: {ratio('next_and_save_ms_median')} median, "
        f"{ratio('next_and_save_ms_p95')} p95, {ratio('next_and_save_cpu_ms_median')} CPU; "
        f"navigator refresh {ratio('navigator_refresh_cpu_ms_median')}; reviewed "
        f"{'meets' if met else 'misses'} the target {target}"
    )


def main(options: list[str]) -> int:
    rounds = 40 if "--quick" in options else 150
    met_all = True
    with tempfile.TemporaryDirectory() as temporary:
        for label, indicators, key, limit in (
            ("default framework", None, "next_and_save_ms_median", 16),
            (
                f"generated framework of {LARGE_FRAMEWORK} questions",
                LARGE_FRAMEWORK,
                "next_and_save_ms_p95",
                50,
            ),
        ):
            folder = Path(temporary) / label.split()[0]
            plain, reviewed = prepare(folder, indicators)
            figures = measure(rounds, folder, plain, reviewed)
            met = figures["reviewed"][key] < limit
            target = f"{'median' if key.endswith('median') else 'p95'} < {limit} ms"
            report(label, figures, target, met)
            met_all &= met
    return 0 if met_all else 1
