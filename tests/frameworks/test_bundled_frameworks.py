"""The shipped frameworks stay complete: counts, codes, points and three languages."""

import pytest

from app.frameworks.framework_loader import load_framework
from app.models.answer import Answer
from app.models.framework import Level
from app.models.scoring import score_audit
from app.paths import resources_dir

LANGUAGES = ("en", "fr", "es")


@pytest.fixture(scope="module", params=["jalon_sp", "jalon_sie"])
def framework(request):
    result = load_framework(resources_dir() / "frameworks" / f"{request.param}.xlsx")
    assert result.problems == [], [str(p) for p in result.problems]
    return result.framework


def count(framework, level):
    return sum(1 for g in framework.iter_groups() if g.level == level)


def test_default_framework_has_the_promised_size(default_framework):
    f = default_framework
    assert count(f, Level.DIMENSION) >= 7
    assert count(f, Level.STANDARD) >= 20
    assert count(f, Level.PRACTICE) >= 50
    core_scored = [i for i in f.indicators.values() if i.is_scored and not f.module_of(i.name)]
    assert len(core_scored) >= 120
    org = next(g for g in f.dimensions() if g.level == Level.SECTION)
    assert sum(1 for _ in _indicators_under(org)) >= 20
    assert len(f.modules) >= 2
    assert all(any(f.module_of(i) == m for i in f.indicators) for m in f.modules)
    assert any(i.relevant for i in f.indicators.values())


def test_every_text_exists_in_three_languages(framework):
    assert set(framework.languages) == set(LANGUAGES)
    for node in framework.nodes.values():
        if node is framework.root:
            continue
        for field in ("label", "hint", "guidance", "evidence", "constraint_message"):
            text = getattr(node, field, None)
            if text:
                missing = [lang for lang in LANGUAGES if not text.has(lang)]
                assert not missing, f"{node.name}.{field} lacks {missing}"
        assert node.label, f"{node.name} has no label"
        for choice in getattr(node, "choices", ()):
            assert all(choice.label.has(lang) for lang in LANGUAGES), choice.name


def test_codes_are_unique_and_scored_questions_have_points(framework):
    codes = [n.code for n in framework.nodes.values() if n.code]
    assert len(codes) == len(set(codes))
    for indicator in framework.indicators.values():
        if indicator.is_select and indicator.is_scored:
            assert indicator.max_points > 0
    scored = [i for i in framework.indicators.values() if i.is_scored]
    assert scored, "a framework without scored questions cannot produce scores"


def test_scored_indicators_of_the_default_framework_carry_guidance(default_framework):
    for indicator in default_framework.indicators.values():
        if indicator.is_scored:
            assert indicator.guidance and indicator.evidence and indicator.department, (
                indicator.code
            )


def _all(framework, choice):
    return {
        i.name: Answer(i.name, value=choice)
        for i in framework.indicators.values()
        if i.is_scored and i.choice(choice)
    }


def test_all_yes_is_100_and_all_no_is_0(default_framework):
    f = default_framework
    everything = frozenset(f.modules)
    yes = score_audit(f, _all(f, "yes"), everything)
    no = score_audit(f, _all(f, "no"), everything)
    for dimension in f.dimensions():
        if dimension.level == Level.DIMENSION:
            assert yes[dimension.name].percent == 100
            assert no[dimension.name].percent == 0
            assert yes[dimension.name].coverage == 1


def test_a_mix_with_not_applicable_gives_the_hand_computed_value(default_framework):
    f = default_framework
    first = next(d for d in f.dimensions() if d.level == Level.DIMENSION)
    indicators = [i for i in _indicators_under(first) if i.is_scored and not i.relevant]
    pattern = ["yes", "partially", "no", "na"]
    answers = {i.name: Answer(i.name, value=pattern[n % 4]) for n, i in enumerate(indicators)}
    counts = {
        p: sum(1 for n in range(len(indicators)) if n % 4 == pattern.index(p)) for p in pattern
    }
    expected = (
        100
        * (counts["yes"] + 0.5 * counts["partially"])
        / (counts["yes"] + counts["partially"] + counts["no"])
    )
    card = score_audit(f, answers)
    assert card[first.name].percent == pytest.approx(expected)


def _indicators_under(group):
    for child in group.children:
        if hasattr(child, "children"):
            yield from _indicators_under(child)
        else:
            yield child
