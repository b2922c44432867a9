"""Progress between two audits, with figures worked out by hand on the sample framework
(tests/fixtures/sample_workbook.py):

    d1  s1: q1 (weight 1), q2 (weight 2)      s2: q3, q4 (applies when q3 = yes)
    d2  q5 select_multiple a=1 b=1 c=0 (2 points possible), q6 unscored, q7 module
"""

from __future__ import annotations

import pytest

from app.frameworks.framework_loader import load_framework
from app.models.answer import Answer
from app.models.errors import JalonError
from app.models.progress import IndicatorChange, compare
from app.models.scoring import score_audit
from tests.fixtures.sample_workbook import SURVEY, write_sample


@pytest.fixture(scope="module")
def framework(tmp_path_factory):
    result = load_framework(write_sample(tmp_path_factory.mktemp("fw") / "sample.xlsx"))
    assert result.errors == []
    return result.framework


def card(framework, **values):
    answers = {
        name: Answer(name, na_reason=value[1])
        if isinstance(value, tuple)
        else Answer(name, value=value)
        for name, value in values.items()
    }
    return score_audit(framework, answers)


def progress(framework, before: dict, after: dict):
    return compare(framework, card(framework, **before), framework, card(framework, **after))


def test_a_practice_whose_score_moved_only_because_more_was_answered(framework):
    # Before: q1 yes alone -> s1 1/1 = 100 %, coverage 1/2. After: q1 yes, q2 no (weight 2)
    # -> s1 (1 + 0) / (1 + 2) = 33.33 %, coverage 2/2. Raw change -66.67 points; over q1
    # alone (the only indicator scored both times) 100 % -> 100 %: no change of practice.
    result = progress(framework, {"q1": "yes"}, {"q1": "yes", "q2": "no"})
    s1 = result.node("s1")
    assert s1.before.percent == 100 and s1.after.percent == pytest.approx(100 / 3)
    assert s1.change == pytest.approx(-200 / 3)
    assert s1.coverage_change == pytest.approx(50)
    assert s1.practice_change == 0
    assert s1.coverage_differs and s1.newly_assessed == 1
    assert result.indicator("q1").change == IndicatorChange.UNCHANGED
    assert result.indicator("q2").change == IndicatorChange.NEWLY_ASSESSED


def test_an_indicator_that_went_from_not_applicable_to_answered(framework):
    # q3 N/A leaves the denominator: d1 has nothing scored before. After: q3 partially
    # (0.5/1) and q4, which now applies, unanswered.
    result = progress(framework, {"q3": ("na", "no data system yet")}, {"q3": "partially"})
    q3 = result.indicator("q3")
    assert (q3.before, q3.after, q3.change) == (None, 0.5, IndicatorChange.NEWLY_ASSESSED)
    d1 = result.node("d1")
    assert d1.before.percent is None and d1.after.percent == 50
    assert d1.change is None and d1.practice_change is None  # nothing to compare with
    assert d1.newly_assessed == 1
    assert [i.name for i in result.indicators] == ["q3"]  # q4 was never scored


def test_coverage_differs_improvements_and_regressions(framework):
    before = {"q1": "no", "q2": "yes", "q3": "yes", "q4": "no", "q5": "a"}
    after = {"q1": "yes", "q2": "partially", "q3": "yes", "q5": "a b"}
    result = progress(framework, before, after)
    changes = {i.name: i.change for i in result.indicators}
    assert changes == {
        "q1": IndicatorChange.IMPROVED,  # 0 -> 1
        "q2": IndicatorChange.REGRESSED,  # 1 -> 0.5
        "q3": IndicatorChange.UNCHANGED,
        "q4": IndicatorChange.NO_LONGER_ASSESSED,  # no -> unanswered
        "q5": IndicatorChange.IMPROVED,  # 1/2 -> 2/2
    }
    # s1: (0 + 2) / 3 before, (1 + 1) / 3 after: the same score from different answers.
    s1 = result.node("s1")
    assert s1.change == pytest.approx(0) and s1.practice_change == pytest.approx(0)
    assert not s1.coverage_differs
    # s2: q3 yes, q4 no = 1/2 before; q3 yes alone = 1/1 after: +50 raw, 0 in practice.
    s2 = result.node("s2")
    assert s2.change == pytest.approx(50) and s2.practice_change == pytest.approx(0)
    assert s2.no_longer_assessed == 1 and s2.coverage_change == pytest.approx(-50)
    # d1: 3/5 = 60 % -> 3/4 = 75 %; over q1 q2 q3: 3/4 -> 3/4.
    d1 = result.node("d1")
    assert (d1.before.percent, d1.after.percent) == (60, 75)
    assert d1.change == pytest.approx(15) and d1.practice_change == pytest.approx(0)
    # Overall: 4/7 -> 5/6 raw (+26.19); over q1 q2 q3 q5: 4/6 -> 5/6 (+16.67).
    assert result.overall.before.percent == pytest.approx(400 / 7)
    assert result.overall.after.percent == pytest.approx(500 / 6)
    assert result.overall.change == pytest.approx(500 / 6 - 400 / 7)
    assert result.overall.practice_change == pytest.approx(100 / 6)
    assert result.counts()[IndicatorChange.IMPROVED] == 2
    assert not result.across_versions
    assert [n.name for n in result.nodes] == ["d1", "s1", "s2", "d2"]


def test_versions_without_a_crosswalk_are_not_compared(framework, tmp_path):
    survey = [row for row in SURVEY if row[1] != "q2"]
    other = load_framework(write_sample(tmp_path / "v2.xlsx", survey=survey)).framework
    other.version = "2"
    with pytest.raises(JalonError, match="needs a crosswalk"):
        compare(framework, card(framework), other, card(other))


def test_versions_are_compared_through_the_crosswalk(catalog):
    """jalon_sp 2026.1 -> 2026.2: q5_2_1_2 was reworded (still comparable); q3_2_2_1 and
    q4_3_2_2 were merged into q3_2_2_1 (no longer comparable one to one)."""
    old, new = catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")
    before = card(old, q5_2_1_2="yes", q3_2_2_1="yes", q4_3_2_2="no", q1_1_1_1="no")
    after = card(new, q5_2_1_2="partially", q3_2_2_1="yes", q1_1_1_1="no")
    result = compare(old, before, new, after)
    assert result.across_versions
    changes = {(i.before_name, i.name): i.change for i in result.indicators}
    assert changes == {
        ("q1_1_1_1", "q1_1_1_1"): IndicatorChange.UNCHANGED,
        ("q5_2_1_2", "q5_2_1_2"): IndicatorChange.REGRESSED,
        ("q3_2_2_1", "q3_2_2_1"): IndicatorChange.NOT_COMPARABLE,
        ("q4_3_2_2", "q3_2_2_1"): IndicatorChange.NOT_COMPARABLE,
    }
    # The practice holding the merged indicator: scored both times, nothing like for like.
    practice = result.node("d3_s2_p2")
    assert practice.before.percent == 100 and practice.after.percent == 100
    assert practice.practice_change is None
    # Overall: before 2/4 = 50 %, after 1.5/3 = 50 %; like for like over q1_1_1_1 and
    # q5_2_1_2: 1/2 -> 0.5/2, a change of practice of -25 points.
    assert result.overall.change == pytest.approx(0)
    assert result.overall.practice_change == pytest.approx(-25)
