"""Framework versions: the shipped jalon_sp 2026.2 and its crosswalk from 2026.1, the
comparison of two versions, and crosswalk sheets read with their sheet, row and column."""

from __future__ import annotations

import copy

import pytest
from openpyxl import load_workbook

from app.frameworks.crosswalk_workbook import CrosswalkWorkbook
from app.frameworks.framework_loader import load_framework
from app.frameworks.source_compiler import SourceCompiler
from app.frameworks.workbook_writer import WorkbookWriter
from app.models.crosswalk import DRAFTED, Relation
from app.models.framework import Framework
from app.models.framework_diff import ChangeKind, FrameworkDiff
from app.paths import resources_dir
from tests.fixtures.sample_workbook import CHOICES, SURVEY, write_sample

# The hash every audit made with jalon_sp 2026.1 stores: that version must never change.
HASH_2026_1 = "458abff34ded8ee36b1800714d70e226bd37a20e41f894fb266a81f617b5a6d2"


@pytest.fixture(scope="module")
def versions(catalog):
    return catalog.get("jalon_sp", "2026.1"), catalog.get("jalon_sp", "2026.2")


def test_both_versions_are_bundled_and_2026_1_is_unchanged(catalog, versions):
    old, new = versions
    assert old.content_hash == HASH_2026_1
    assert catalog.default() is new
    assert [f.version for f in catalog.frameworks() if f.id == "jalon_sp"] == ["2026.2", "2026.1"]
    assert [f.id for f in catalog.current()] == ["jalon_sp", "jalon_sie"]


def test_the_old_version_workbook_matches_its_sources():
    frameworks = resources_dir() / "frameworks"
    compiled = SourceCompiler(frameworks / "src" / "jalon_sp-2026.1").compile()
    assert compiled.content_hash == HASH_2026_1
    assert load_framework(frameworks / "jalon_sp-2026.1.xlsx").framework.content_hash == (
        HASH_2026_1
    )


def test_shipped_crosswalk_covers_every_question_of_2026_1(versions):
    old, new = versions
    crosswalk = new.crosswalk_from(old)
    assert crosswalk is not None
    assert crosswalk.check(old, new) == []
    mapped = {row.subject for row in crosswalk.rows if row.subject}
    assert mapped == {i.name for i in old.indicators.values() if i.is_answerable}
    # The rows completed by comparison say what the comparison finds; the decided ones are
    # the merge of 3.2.2.1 and 4.3.2.2 and two rewordings, each with a note in 3 languages.
    drafted = {
        row.subject or row.object: row.relation
        for row in FrameworkDiff(old, new).draft_crosswalk().rows
    }
    decided = {}
    for row in crosswalk.rows:
        if row.justification == DRAFTED:
            assert row.relation == drafted[row.subject or row.object], row
        elif row.relation != Relation.RETIRED:
            decided[old.indicators[row.subject].code] = (
                row.relation,
                new.indicators[row.object].code,
            )
            assert all(row.comment.has(lang) for lang in ("en", "fr", "es")), row.subject
    assert decided == {
        "3.2.2.1": (Relation.MERGED, "3.2.2.1"),
        "4.3.2.2": (Relation.MERGED, "3.2.2.1"),
        "5.2.1.2": (Relation.REWORDED, "5.2.1.2"),
        "5.3.1.2": (Relation.REWORDED, "5.3.1.2"),
    }
    retired = {old.indicators[r.subject].code for r in crosswalk.rows if r.relation == "retired"}
    assert retired == {"0.12", "0.19", "0.20"}  # typed figures 2026.2 works out instead
    assert all(
        r.comment.has(lang)
        for r in crosswalk.rows
        if r.relation == "retired"
        for lang in ("en", "fr", "es")
    )
    assert {new.indicators[r.object].code for r in crosswalk.rows if r.relation == "new"} == {
        "0.27",
        "0.28",
    }


def test_the_organization_ratios_are_worked_out_as_by_hand(application, versions):
    _, new = versions
    audit = application.audits.create(new, "Caisse de Kaolack", "SN")
    session = application.audits.open(audit.id)
    figures = {
        "0.4": "8",
        "0.5": "97",
        "0.6": "40",
        "0.10": "5000",
        "0.27": "3100",
        "0.18": "1250000",
        "0.28": "43750",
        "0.24": "120",
        "0.25": "114",
    }
    for code, value in figures.items():
        session.answer(code, value)
    assert {
        code: session.calculated(code) for code in ("0.29", "0.30", "0.31", "0.32", "0.33", "0.34")
    } == {
        "0.29": 250,  # 1,250,000 / 5,000
        "0.30": 62,  # 100 * 3,100 / 5,000
        "0.31": 12.1,  # 97 / 8 = 12.125, one decimal
        "0.32": 125,  # 5,000 / 40
        "0.33": 3.5,  # 100 * 43,750 / 1,250,000
        "0.34": 95,  # 100 * 114 / 120
    }
    session.answer("0.4", "0")  # no branch: no ratio rather than a division by zero
    assert session.calculated("0.31") == ""
    for code in ("0.29", "0.30", "0.31", "0.32", "0.33", "0.34"):
        indicator = new.find(code)
        assert indicator.is_calculated and all(
            indicator.label.has(lang) and indicator.hint.has(lang) for lang in ("en", "fr", "es")
        )


def test_diff_of_the_two_versions(versions):
    old, new = versions
    changes = FrameworkDiff(old, new).changes()
    assert [(c.code, c.kind) for c in changes if c.kind != ChangeKind.CHANGED] == [
        *(
            (code, ChangeKind.ADDED)
            for code in ("0.27", "0.28", "0.29", "0.30", "0.31", "0.32", "0.33", "0.34")
        ),
        *((code, ChangeKind.REMOVED) for code in ("0.12", "0.19", "0.20", "4.3.2.2")),
    ]
    changed = {(c.code, c.field, c.language) for c in changes if c.kind == ChangeKind.CHANGED}
    for language in ("en", "fr", "es"):
        assert ("3.2.2.1", "label", language) in changed
        assert ("3.2.2.1", "guidance", language) in changed
        assert ("5.3.1.2", "label", language) in changed
        assert ("3.2.2", "label", language) in changed
    assert ("", "version", "") in changed


def _edited_sample(tmp_path):
    """The sample framework, version 2, with one change of every kind the diff reports."""
    survey, choices = copy.deepcopy(SURVEY), copy.deepcopy(CHOICES)
    rows = {row[1]: row for row in survey}
    rows["q1"][3] = "Stratégie écrite et approuvée ?"  # French label
    rows["q2"][8] = "3"  # weight 2 -> 3
    survey.remove(rows["q3"])
    rows["q4"][9] = "${q2} = 'yes'"  # relevance
    survey.insert(
        survey.index(rows["q4"]) + 1,
        ["select_one ypn", "q8", "New?", "Nouveau ?", "¿Nuevo?", "", "1.2.3", "", "", "", "", ""],
    )
    choices[1][-1] = 0.4  # 'partially' 0.5 -> 0.4 points
    path = write_sample(tmp_path / "v2.xlsx", survey, choices)
    book = load_workbook(path)
    book["settings"]["B2"] = "2"
    book.save(path)
    return path


def test_diff_names_every_kind_of_change_and_drafts_a_crosswalk(tmp_path):
    old = load_framework(write_sample(tmp_path / "v1.xlsx")).framework
    result = load_framework(_edited_sample(tmp_path))
    assert result.errors == [], [str(p) for p in result.errors]
    new = result.framework
    changes = {
        (c.code, c.kind, c.field, c.language, c.old, c.new)
        for c in FrameworkDiff(old, new).changes()
    }
    assert (
        "1.1.1",
        "changed",
        "label",
        "fr",
        "Written strategy? (fr)",
        "Stratégie écrite et approuvée ?",
    ) in changes
    assert ("1.1.2", "changed", "weight", "", "2", "3") in changes
    assert ("1.2.2", "changed", "relevant", "", "${q3} = 'yes'", "${q2} = 'yes'") in changes
    assert ("1.1.1", "changed", "choice partially points", "", "0.5", "0.4") in changes
    assert ("1.2.1", "removed", "", "", "Data collected?", "") in changes
    assert ("1.2.3", "added", "", "", "", "New?") in changes
    assert ("", "changed", "version", "", "1", "2") in changes

    draft = FrameworkDiff(old, new).draft_crosswalk()
    relations = {(row.subject, row.object): row.relation for row in draft.rows}
    assert relations[("q3", "")] == Relation.RETIRED
    assert relations[("", "q8")] == Relation.NEW
    assert relations[("q1", "q1")] == Relation.REWORDED
    assert relations[("q5", "q5")] == Relation.SAME
    assert draft.check(old, new) == []

    # The draft written as a workbook is read back, as a sheet of the new framework, intact.
    target = tmp_path / "draft.xlsx"
    CrosswalkWorkbook(draft, old, new).write(target)
    book = load_workbook(_edited_sample(tmp_path))
    sheet = book.create_sheet("crosswalk")
    for row in load_workbook(target)["crosswalk"].iter_rows(values_only=True):
        sheet.append(row)
    book.save(tmp_path / "v2-with-crosswalk.xlsx")
    reread = load_framework(tmp_path / "v2-with-crosswalk.xlsx")
    assert reread.errors == [], [str(p) for p in reread.errors]
    assert reread.framework.crosswalk_from(old).rows == draft.rows
    # ... and written again by the framework writer, it keeps its hash.
    WorkbookWriter(reread.framework).write(tmp_path / "again.xlsx")
    again = load_framework(tmp_path / "again.xlsx").framework
    assert again.content_hash == reread.framework.content_hash


def test_crosswalk_sheet_problems_name_row_and_column(tmp_path):
    path = write_sample(tmp_path / "bad.xlsx")
    book = load_workbook(path)
    sheet = book.create_sheet("crosswalk")
    sheet.append(
        ["subject_source", "subject_source_version", "subject_id", "predicate_id", "object_id"]
    )
    sheet.append(["sample", "0", "q1", "same", "q1"])
    sheet.append(["sample", "0", "q2", "renamed", "q2"])
    sheet.append(["sample", "0", "q3", "merged", ""])
    sheet.append(["sample", "0", "q4", "same", "q404"])
    sheet.append(["", "0", "q5", "retired", ""])
    sheet.append(["sample", "0", "q1", "same", "q1"])
    book.save(path)
    result = load_framework(path)
    assert result.framework is None
    found = {(p.sheet, p.row, p.column, p.message) for p in result.errors}
    assert found == {
        (
            "crosswalk",
            3,
            "D (predicate_id)",
            "'renamed' is not a relation; write one of: same, reworded, split, merged, retired, "
            "new",
        ),
        ("crosswalk", 4, "E (object_id)", "a 'merged' row needs the new question's name"),
        ("crosswalk", 5, "E (object_id)", "'q404' is not a question of this framework"),
        (
            "crosswalk",
            6,
            "A (subject_source)",
            "the row does not say which framework it maps from (column subject_source is empty)",
        ),
        ("crosswalk", 7, "C (subject_id)", "q1 → q1 is already mapped on row 2"),
    }


def test_diff_reports_a_changed_calculation(versions):
    _, new = versions
    data = new.to_dict()
    organization = data["items"][0]
    [par] = [item for item in organization["items"] if item.get("question") == "org_ratio_par30"]
    par["calculation"] = par["calculation"].replace(", 2)", ", 1)")
    changed = Framework.from_dict(data)
    [change] = FrameworkDiff(new, changed).changes()
    assert (change.code, change.field) == ("0.33", "calculation")
    assert change.old.endswith("${org_glp}, 2), '')") and change.new.endswith("${org_glp}, 1), '')")
