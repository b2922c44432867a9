"""Calculations and cascading choices, from a workbook written as an author would write it.

Values worked out by hand for 400 borrowers, 250 of them women, a portfolio of 1,000,000 and
80,000 overdue more than 30 days:
    average loan        1,000,000 / 400          = 2,500
    share of women      round(250 / 400 * 100, 1) = 62.5
    portfolio at risk   80,000 / 1,000,000        = 0.08 (above 0.05, so the plan is asked)
    women's portfolio   2,500 * 250               = 625,000 (a calculation of a calculation)
"""

from __future__ import annotations

import random
from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from app.cli.main import cli
from app.frameworks.framework_loader import load_framework
from app.frameworks.source_compiler import SourceCompiler
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.answer import Answer
from app.models.incremental_scorer import IncrementalScorer
from app.models.relevance import ExpressionCache, Relevance
from app.models.scoring import score_audit

HEADER = ["type", "name", "label", "calculation", "relevant", "constraint", "choice_filter"]
SURVEY = [
    ["begin_group", "org", "Organization information", "", "", "", ""],
    ["integer", "borrowers", "Active borrowers", "", "", "", ""],
    ["integer", "women", "Women among them", "", "", ". <= ${borrowers}", ""],
    ["decimal", "portfolio", "Gross loan portfolio", "", "", "", ""],
    ["decimal", "par30", "Portfolio overdue more than 30 days", "", "", "", ""],
    [
        "calculate",
        "avg_loan",
        "Average loan per borrower",
        "${portfolio} div ${borrowers}",
        "",
        "",
        "",
    ],
    [
        "calculate",
        "women_share",
        "Share of women clients (%)",
        "round(${women} div ${borrowers} * 100, 1)",
        "",
        "",
        "",
    ],
    ["calculate", "par_ratio", "", "${par30} div ${portfolio}", "", "", ""],
    ["calculate", "women_portfolio", "", "${avg_loan} * ${women}", "", "", ""],
    [
        "select_one yesno",
        "par_plan",
        "Is there a plan to bring arrears down?",
        "",
        "${par_ratio} > 0.05",
        "",
        "",
    ],
    ["decimal", "smallest_loan", "Smallest loan", "", "", ". <= ${avg_loan}", ""],
    ["select_one regions", "region", "Region", "", "", "", ""],
    ["select_one districts", "district", "District", "", "", "", "region = ${region}"],
    ["end_group", "", "", "", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label", "region"],
    ["yesno", "yes", "Yes", ""],
    ["yesno", "no", "No", ""],
    ["regions", "dakar", "Dakar", ""],
    ["regions", "kolda", "Kolda", ""],
    ["districts", "pikine", "Pikine", "dakar"],
    ["districts", "rufisque", "Rufisque", "dakar"],
    ["districts", "velingara", "Vélingara", "kolda"],
]


def write_form(path: Path, survey=SURVEY, choices=CHOICES, with_header=True) -> Path:
    """The form with `survey` rows under HEADER (or, `with_header=False`, a header of their
    own as first row)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in [HEADER, *survey] if with_header else survey:
        sheet.append(row)
    choice_sheet = book.create_sheet("choices")
    for row in choices:
        choice_sheet.append(row)
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Organization information", "org_info", "1"])
    book.save(path)
    return path


def answers(**values) -> dict[str, Answer]:
    return {name: Answer(name, value) for name, value in values.items()}


def loaded(tmp_path, survey=SURVEY):
    result = load_framework(write_form(tmp_path / "org.xlsx", survey))
    assert result.errors == [], [str(p) for p in result.errors]
    return result.framework


KOLDA = dict(borrowers=400, women=250, portfolio=1_000_000.0, par30=80_000.0)


def test_calculations_are_worked_out_from_the_answers(tmp_path):
    framework = loaded(tmp_path)
    card = score_audit(framework, answers(**KOLDA))
    assert card.values["avg_loan"] == 2500
    assert card.values["women_share"] == 62.5
    assert card.values["par_ratio"] == 0.08
    assert card.values["women_portfolio"] == 625_000
    # Nothing to work from yet: empty, not NaN and not 0.
    empty = score_audit(framework, answers(women=250))
    assert empty.values["avg_loan"] == ""
    assert empty.values["women_portfolio"] == ""


def test_a_calculation_decides_whether_a_question_is_asked(tmp_path):
    framework = loaded(tmp_path)
    risky = score_audit(framework, answers(**KOLDA))
    assert "par_plan" in risky.relevant
    healthy = score_audit(framework, answers(**{**KOLDA, "par30": 30_000.0}))  # 0.03
    assert "par_plan" not in healthy.relevant
    # Calculations are not questions: the 8 questions to answer, par_plan among them.
    assert risky.overall.total == 8 and healthy.overall.total == 7


def test_a_constraint_reads_a_calculation(tmp_path):
    framework = loaded(tmp_path)
    relevance = Relevance(framework, answers(**KOLDA), frozenset(), ExpressionCache())
    smallest = framework.indicators["smallest_loan"]
    assert relevance.constraint_violation(smallest, 3000.0)  # more than the 2,500 average
    assert not relevance.constraint_violation(smallest, 500.0)


def test_cascading_choices_follow_the_earlier_answer(tmp_path):
    framework = loaded(tmp_path)
    district = framework.indicators["district"]
    offered = Relevance(framework, answers(region="dakar"), frozenset(), ExpressionCache())
    assert [c.name for c in offered.choices_for(district)] == ["pikine", "rufisque"]
    kolda = Relevance(framework, answers(region="kolda"), frozenset(), ExpressionCache())
    assert [c.name for c in kolda.choices_for(district)] == ["velingara"]
    nothing = Relevance(framework, {}, frozenset(), ExpressionCache())
    assert nothing.choices_for(district) == ()


def test_incremental_scores_recompute_calculations_like_a_full_pass(tmp_path):
    framework = loaded(tmp_path)
    scorer = IncrementalScorer(framework, frozenset(), ExpressionCache())
    current: dict[str, Answer] = {}
    scorer.score(current)
    generator = random.Random(7)
    numbers = ["borrowers", "women", "portfolio", "par30"]
    for _ in range(60):
        name = generator.choice([*numbers, "par_plan"])
        if name == "par_plan":
            value = generator.choice(["yes", "no", None])
        else:
            value = generator.choice([None, 0, 1, 250, 400, 80_000, 1_000_000])
        current[name] = Answer(name, value)
        incremental = scorer.score(current, {name})
        full = score_audit(framework, current)
        assert incremental.values == full.values
        assert incremental.relevant == full.relevant
        assert incremental.overall.to_dict() == full.overall.to_dict()


def located(result) -> list[str]:
    return [f"{p.sheet}|{p.row}|{p.column}|{p.message}" for p in result.errors]


def test_a_cycle_of_calculations_is_refused_with_its_place(tmp_path):
    survey = [
        *SURVEY,
        ["calculate", "a", "", "${b} + 1", "", "", ""],
        ["calculate", "b", "", "${a} * 2", "", "", ""],
    ]
    result = load_framework(write_form(tmp_path / "cycle.xlsx", survey))
    assert result.framework is None
    found = located(result)
    assert any(
        m.startswith("survey|16|D (calculation)|calculations form a cycle: a → b → a")
        for m in found
    ), found


def test_an_unknown_function_is_refused_with_its_place(tmp_path):
    survey = [*SURVEY, ["calculate", "median_loan", "", "median(${portfolio})", "", "", ""]]
    result = load_framework(write_form(tmp_path / "unknown.xlsx", survey))
    assert result.framework is None
    assert any(
        m.startswith("survey|16|D (calculation)|") and "unknown function median()" in m
        for m in located(result)
    ), located(result)


def test_a_bare_name_outside_a_choice_filter_is_refused(tmp_path):
    survey = [*SURVEY, ["calculate", "twice", "", "borrowers * 2", "", "", ""]]
    result = load_framework(write_form(tmp_path / "bare.xlsx", survey))
    assert any(
        "uses the bare name 'borrowers'; write ${borrowers} for the answer" in m
        for m in located(result)
    ), located(result)


def test_calculations_and_cascades_through_the_command_line(tmp_path):
    form = write_form(tmp_path / "org.xlsx")
    runner = CliRunner()
    base = ["--data-dir", str(tmp_path / "data"), "--author", "Awa"]

    def run(*args, code=0):
        result = runner.invoke(cli, [*base, *args])
        assert result.exit_code == code, result.output
        return result.output

    audit_id = run("audit", "new", "--institution", "CR Kolda", "--framework", str(form)).split()[2]
    for name, value in KOLDA.items():
        run("audit", "answer", audit_id, name, str(value))
    shown = run("audit", "show", audit_id)
    assert "avg_loan   2500 (calculated)  Average loan per borrower" in shown
    assert "women_share 62.5 (calculated)" in shown
    assert "par_ratio" not in shown  # no label: a working value, not shown
    refused = run("audit", "answer", audit_id, "smallest_loan", "3000", code=1)
    assert "smallest_loan" in refused and "${avg_loan}" in refused
    run("audit", "answer", audit_id, "region", "kolda")
    refused = run("audit", "answer", audit_id, "district", "pikine", code=1)
    assert "'pikine' is not offered for district given the earlier answers" in refused
    assert "expected velingara" in refused
    run("audit", "answer", audit_id, "district", "velingara")
    run("export", "xlsx", audit_id, str(tmp_path / "org-export.xlsx"))
    book = load_workbook(tmp_path / "org-export.xlsx", read_only=True)
    organization = book["Organization information"].iter_rows(min_row=2, values_only=True)
    rows = {row[1]: row for row in organization}
    assert rows["avg_loan"][2:4] == ("Average loan per borrower", 2500)
    assert rows["women_share"][3] == 62.5
    assert "par_ratio" not in rows
    answers = {row[0]: row for row in book["Answers"].iter_rows(min_row=2, values_only=True)}
    book.close()  # a read-only workbook keeps its file open until closed
    assert answers["avg_loan"][4:6] == ("Average loan per borrower", 2500)
    run("report", audit_id, "--pdf", str(tmp_path / "org.pdf"))
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "org.pdf").pages)
    # Four-digit whole numbers are written without a separator in reports, as years are.
    assert "Average loan per borrower 2500" in " ".join(text.split())
    refused = run("audit", "answer", audit_id, "avg_loan", "3", code=1)
    assert "avg_loan is worked out from other answers and takes no answer" in refused


def test_an_exported_workbook_keeps_calculations_and_cascades(tmp_path):
    framework = loaded(tmp_path)
    WorkbookWriter(framework).write(tmp_path / "exported.xlsx")
    again = load_framework(tmp_path / "exported.xlsx")
    assert again.errors == []
    assert again.framework.content_hash == framework.content_hash
    district = again.framework.indicators["district"]
    assert district.choice("pikine").column("region") == "dakar"


def test_framework_sources_carry_calculations_and_cascades(tmp_path):
    """The YAML sources the bundled frameworks are written in compile to the same framework
    as their workbook: calculations, filters and the filter columns of choices included."""
    source = tmp_path / "src"
    source.mkdir()
    (source / "framework.yaml").write_text(
        """
settings:
  form_id: org_src
  version: "1"
  default_language: en
  languages: [en]
  title: {en: Organization information}
choice_lists:
  regions:
    - {name: dakar, label: {en: Dakar}}
    - {name: kolda, label: {en: Kolda}}
  districts:
    - {name: pikine, label: {en: Pikine}, columns: {region: dakar}}
    - {name: velingara, label: {en: Vélingara}, columns: {region: kolda}}
""",
        encoding="utf-8",
    )
    (source / "0-org.yaml").write_text(
        """
items:
  - group: org
    level: section
    label: {en: Organization information}
    items:
      - {question: borrowers, type: integer, label: {en: Active borrowers}}
      - {question: portfolio, type: decimal, label: {en: Gross loan portfolio}}
      - question: avg_loan
        type: calculate
        label: {en: Average loan per borrower}
        calculation: ${portfolio} div ${borrowers}
      - {question: region, type: select_one regions, label: {en: Region}}
      - question: district
        type: select_one districts
        label: {en: District}
        choice_filter: region = ${region}
""",
        encoding="utf-8",
    )
    compiled = SourceCompiler(source).compile()
    assert compiled.indicators["avg_loan"].calculation == "${portfolio} div ${borrowers}"
    card = score_audit(compiled, answers(borrowers=400, portfolio=1_000_000.0))
    assert card.values["avg_loan"] == 2500
    WorkbookWriter(compiled).write(tmp_path / "org_src.xlsx")
    shipped = load_framework(tmp_path / "org_src.xlsx")
    assert shipped.problems == []
    assert shipped.framework.content_hash == compiled.content_hash
    kolda = Relevance(compiled, answers(region="kolda"), frozenset(), ExpressionCache())
    assert [c.name for c in kolda.choices_for(compiled.indicators["district"])] == ["velingara"]


def test_a_cascading_answer_left_behind_by_a_changed_parent_blocks_finalization(
    tmp_path, application
):
    framework = loaded(tmp_path)
    audit = application.audits.create(framework, "CR Kolda", "SN")
    session = application.audits.open(audit.id)
    session.answer("region", "dakar")
    session.answer("district", "pikine")
    assert not [b for b in session.blockers() if b.indicator == "district"]
    session.answer("region", "kolda")  # pikine is kept, but no longer fits
    assert session.answer_of("district").value == "pikine"
    [blocker] = [b for b in session.blockers() if b.indicator == "district"]
    assert blocker.message == (
        "district: the answer pikine is no longer offered given the earlier answers; choose again"
    )


def test_a_ratio_that_overflows_is_not_computable_rather_than_infinite(tmp_path):
    # Figures within what a number may be (a signed package may carry them) whose product
    # overflows: the calculation shows nothing, never "inf" in a report.
    framework = loaded(tmp_path)
    card = score_audit(framework, answers(borrowers=400, women=1e308, portfolio=1.7e308))
    assert card.values["avg_loan"] == 1.7e308 / 400
    assert card.values["women_portfolio"] == ""
