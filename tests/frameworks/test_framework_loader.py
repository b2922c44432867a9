from pathlib import Path

import pytest
from openpyxl import Workbook

from app.frameworks.framework_loader import load_framework
from app.frameworks.problem import Severity
from app.frameworks.source_compiler import SourceCompiler
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.framework import Level, QuestionType
from app.paths import resources_dir
from tests.fixtures.sample_workbook import CHOICES, SURVEY, write_sample


def messages(result):
    return [f"{p.sheet}|{p.row}|{p.column}|{p.message}" for p in result.problems]


def test_sample_loads_as_a_tree(tmp_path):
    result = load_framework(write_sample(tmp_path / "s.xlsx"))
    assert result.problems == []
    f = result.framework
    assert [g.name for g in f.dimensions()] == ["d1", "d2"]
    assert f.nodes["s1"].level == Level.STANDARD
    assert f.find("1.2.2").name == "q4"
    assert f.indicators["q2"].weight == 2
    assert f.indicators["q3"].required
    assert f.indicators["q5"].type == QuestionType.SELECT_MULTIPLE
    assert f.indicators["q1"].choice("partially").score == 0.5
    assert f.indicators["q1"].choice("na").score is None
    assert f.modules["gender"].get("fr") == "Gender (fr)"
    assert f.languages == ("en", "fr", "es")
    assert f.text(f.indicators["q1"].label, "es") == "Written strategy? (es)"


def test_content_hash_is_stable_and_content_sensitive(tmp_path):
    a = load_framework(write_sample(tmp_path / "a.xlsx")).framework
    b = load_framework(write_sample(tmp_path / "b.xlsx")).framework
    assert a.content_hash == b.content_hash
    changed = [row[:] for row in SURVEY]
    changed[2][2] = "A different question?"
    c = load_framework(write_sample(tmp_path / "c.xlsx", survey=changed)).framework
    assert c.content_hash != a.content_hash


def test_broken_workbook_reports_each_error_with_sheet_row_and_column(tmp_path):
    survey = [row[:] for row in SURVEY]
    survey[3][1] = "q1"  # duplicate name on spreadsheet row 5
    survey[7][9] = "${nowhere} = 'yes'"  # unknown reference on row 9, column "relevant"
    survey[12][8] = "heavy"  # weight not a number, row 14
    survey.insert(13, ["select_one missing_list", "q8", "X", "X", "X", "", "", "", "", "", "", ""])
    choices = [row[:] for row in CHOICES]
    choices[1][5] = "half"  # score not a number, choices row 3
    result = load_framework(write_sample(tmp_path / "broken.xlsx", survey=survey, choices=choices))
    assert result.framework is None
    found = messages(result)
    assert "survey|5|B (name)|name 'q1' is already used on row 4" in found
    assert any(m.startswith("survey|9|J (relevant)|relevant refers to ${nowhere}") for m in found)
    assert any(m.startswith("survey|14|") and "weight 'heavy' is not a number" in m for m in found)
    assert any("choice list 'missing_list' is not on the choices sheet" in m for m in found)
    assert "choices|3|F (score)|score 'half' is not a number" in found


def test_relevance_cycle_and_bad_syntax_are_errors(tmp_path):
    survey = [row[:] for row in SURVEY]
    survey[2][9] = "${q2} = 'yes'"
    survey[3][9] = "${q1} = 'yes'"
    survey[6][10] = ". >= "  # constraint syntax error on q3
    result = load_framework(write_sample(tmp_path / "cycle.xlsx", survey=survey))
    found = messages(result)
    assert any("relevance forms a cycle: q1 → q2 → q1" in m or "q2 → q1 → q2" in m for m in found)
    assert any(m.startswith("survey|8|K (constraint)|constraint '. >='") for m in found)


def test_repeat_is_an_error_and_unknown_types_are_skipped_with_a_warning(tmp_path):
    survey = [row[:] for row in SURVEY]
    survey.append(["begin_repeat", "r1", "R", "R", "R", "", "", "", "", "", "", ""])
    survey.append(["text", "inner", "In", "In", "In", "", "", "", "", "", "", ""])
    survey.append(["end_repeat", "", "", "", "", "", "", "", "", "", "", ""])
    survey.append(["geopoint", "where", "Where", "Où", "Dónde", "", "", "", "", "", "", ""])
    result = load_framework(write_sample(tmp_path / "repeat.xlsx", survey=survey))
    errors = [p for p in result.problems if p.severity == Severity.ERROR]
    warnings = [p for p in result.problems if p.severity == Severity.WARNING]
    assert any(
        "repeat groups (row 17, 'r1') are not supported" in p.message and p.row == 17
        for p in errors
    )
    assert any("'geopoint' is not supported" in p.message and p.row == 20 for p in warnings)


def test_missing_translation_is_a_warning_naming_the_fallback(tmp_path):
    survey = [row[:] for row in SURVEY]
    survey[2][4] = ""  # q1 has no Spanish label
    result = load_framework(write_sample(tmp_path / "t.xlsx", survey=survey))
    assert result.framework is not None
    assert "survey|4|label|missing Español translation of label; English will be shown" in messages(
        result
    )
    assert (
        result.framework.text(result.framework.indicators["q1"].label, "es") == "Written strategy?"
    )


def test_plain_kobo_form_loads_as_an_unscored_questionnaire(tmp_path):
    book = Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label", "required", "relevant", "constraint"])
    survey.append(["start", "start", None, None, None, None])
    survey.append(["select_one yesno", "consent", "Do you agree?", "yes", None, None])
    survey.append(["begin group", "household", "Household", None, "${consent} = 'yes'", None])
    survey.append(["integer", "members", "How many members?", None, None, ". > 0"])
    survey.append(["text", "head", "Name of the head", None, None, None])
    survey.append(["end group", None, None, None, None, None])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["yesno", "yes", "Yes"])
    choices.append(["yesno", "no", "No"])
    path = tmp_path / "household_survey.xlsx"
    book.save(path)
    result = load_framework(path)
    assert result.errors == []
    f = result.framework
    assert f.id == "household_survey"
    assert sorted(f.indicators) == ["consent", "head", "members"]
    assert not any(i.is_scored for i in f.indicators.values())


@pytest.mark.parametrize("content", [b"", b"not a workbook at all", b"PK\x03\x04broken"])
def test_unreadable_files_give_one_clear_error(tmp_path, content):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    result = load_framework(path)
    assert result.framework is None
    assert len(result.errors) == 1
    assert "bad.xlsx" in result.errors[0].message


def test_missing_file_is_a_clear_error(tmp_path):
    result = load_framework(tmp_path / "absent.xlsx")
    assert "cannot read" in result.errors[0].message


def test_writer_round_trips_through_the_loader(tmp_path):
    original = load_framework(write_sample(tmp_path / "s.xlsx")).framework
    WorkbookWriter(original).write(tmp_path / "copy.xlsx")
    copy = load_framework(tmp_path / "copy.xlsx")
    assert copy.problems == []
    assert copy.framework.content_hash == original.content_hash


@pytest.mark.parametrize("framework_id", ["jalon_sp", "jalon_sie"])
def test_shipped_workbooks_match_their_sources(framework_id):
    frameworks = resources_dir() / "frameworks"
    compiled = SourceCompiler(frameworks / "src" / framework_id).compile()
    shipped = load_framework(frameworks / f"{framework_id}.xlsx")
    assert shipped.problems == [], [str(p) for p in shipped.problems]
    assert shipped.framework.content_hash == compiled.content_hash, (
        "the workbook is out of date: run python -m tools.frameworks_build"
    )


def test_bundled_workbook_path_is_found(catalog):
    assert {f.id for f in catalog.frameworks()} >= {"jalon_sp", "jalon_sie"}
    assert catalog.default().id == "jalon_sp"
    assert Path(catalog.paths()[0]).suffix == ".xlsx"
