"""The spellings pyxform accepts, read by Jalon as pyxform reads them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from app.cli.main import cli
from app.frameworks.framework_loader import load_framework
from app.models.framework import QuestionType
from tests.fixtures.stray_defined_name import add_stray_defined_name


def workbook(path: Path, survey, choices, settings=None) -> Path:
    book = Workbook()
    book.active.title = "survey"
    for row in survey:
        book.active.append(row)
    sheet = book.create_sheet("choices")
    for row in choices:
        sheet.append(row)
    if settings:
        sheet = book.create_sheet("settings")
        for row in settings:
            sheet.append(row)
    book.save(path)
    return path


def test_old_spellings_single_colons_and_upper_case_headers(tmp_path):
    path = workbook(
        tmp_path / "old.xlsx",
        [
            ["TYPE", "NAME", "label:english", "label:French (fr)", "RELEVANT"],
            ["select one from yesno", "consent", "Do you agree?", "Êtes-vous d'accord ?", None],
            [
                "select all that apply from colors",
                "colors",
                "Colours?",
                "Couleurs ?",
                "${consent} = 'yes'",
            ],
            ["select_one yesno or_other", "again", "Again?", "Encore ?", None],
        ],
        [
            ["LIST_NAME", "NAME", "label:english", "label:French (fr)"],
            ["yesno", "yes", "Yes", "Oui"],
            ["yesno", "no", "No", "Non"],
            ["colors", "red", "Red", "Rouge"],
            ["colors", "red", "Red again", "Rouge encore"],
        ],
        [["form_title", "form_id", "allow_choice_duplicates"], ["Old", "old_form", "yes"]],
    )
    result = load_framework(path)
    assert result.errors == [], [str(p) for p in result.errors]
    assert result.warnings == []  # no spurious 'or_other' or missing-label warning
    framework = result.framework
    consent = framework.indicators["consent"]
    assert consent.type == QuestionType.SELECT_ONE and consent.list_name == "yesno"
    assert framework.indicators["colors"].type == QuestionType.SELECT_MULTIPLE
    assert framework.text(consent.label, "fr") == "Êtes-vous d'accord ?"
    assert framework.languages == ("en", "fr")
    assert framework.indicators["colors"].relevant == "${consent} = 'yes'"
    # or_other, as pyxform builds it: an "other" choice and a text question asked after it.
    assert [c.name for c in framework.indicators["again"].choices] == ["yes", "no", "other"]
    follow_up = framework.indicators["again_other"]
    assert follow_up.type == QuestionType.TEXT
    assert follow_up.relevant == "selected(${again}, 'other')"
    assert framework.text(follow_up.label, "fr") == "Précisez."


def test_duplicate_choices_are_refused_unless_the_settings_allow_them(tmp_path):
    survey = [["type", "name", "label"], ["select_one colors", "colour", "Colour?"]]
    choices = [["list_name", "name", "label"], ["colors", "red", "Red"], ["colors", "red", "R"]]
    refused = load_framework(workbook(tmp_path / "dup.xlsx", survey, choices))
    assert [(p.sheet, p.row, p.message) for p in refused.errors] == [
        ("choices", 3, "choice 'red' appears twice in list 'colors'")
    ]


def test_an_unreadable_xls_file_is_refused_with_one_message_saying_to_save_as_xlsx(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)  # an OLE2 header only
    result = load_framework(path)
    assert result.framework is None
    [problem] = result.problems
    assert problem.message.startswith("old.xls is an old-format .xls workbook")
    assert problem.message.endswith("open it in a spreadsheet program and save it as .xlsx")


def test_the_xls_files_pyxform_reads_load_with_their_column_letters():
    corpus = Path(__file__).parent / "xlsform_corpus" / "pyxform" / "example_xls"
    result = load_framework(corpus / "yes_or_no_question.xls")
    assert result.errors == [] and result.framework.indicators
    refused = load_framework(corpus / "loop.xls")
    [problem] = refused.errors
    assert (problem.row, problem.column) == (3, "A (type)")
    assert problem.message.startswith("repeat groups (row 3, 'loop_toilet_types') are not")


def test_library_warnings_never_reach_the_terminal(tmp_path, capfd):
    """openpyxl warns about a defined name of a missing sheet; pytest turns warnings into
    errors, so the workbook loading at all shows the warning was kept away from the user."""
    plain = workbook(
        tmp_path / "plain.xlsx",
        [["type", "name", "label"], ["integer", "staff", "Staff"]],
        [["list_name", "name", "label"]],
    )
    result = load_framework(add_stray_defined_name(plain, tmp_path / "odd.xlsx"))
    assert result.errors == []
    assert capfd.readouterr().err == ""


def test_no_audit_is_made_from_a_form_with_nothing_to_answer(tmp_path):
    form = Path(__file__).parent / "xlsform_corpus" / "pyxform" / "example_xls" / "gps.xls"
    base = ["--data-dir", str(tmp_path / "data")]
    created = CliRunner().invoke(
        cli, [*base, "audit", "new", "--institution", "X", "--framework", str(form)]
    )
    assert created.exit_code == 1
    assert "gps.xls has 1 error(s); run 'jalon framework validate" in created.output
    listed = CliRunner().invoke(cli, [*base, "audit", "list"])
    assert "No audits yet" in listed.output


def test_a_form_saved_by_libreoffice_loads_but_cells_far_down_are_still_refused(tmp_path):
    """LibreOffice writes formatting for empty rows down to 1,048,576 and columns to AMJ;
    such a form loads (a corpus form does). A cell with content past row 20,000 does not."""
    corpus = Path(__file__).parent / "xlsform_corpus" / "pyxform" / "bug_example_xls"
    assert load_framework(corpus / "UCL_Biomass_Plot_Form.xlsx").errors[0].row == 16
    book = Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label"])
    book.active.append(["integer", "staff", "Staff"])
    book.active.cell(row=25_000, column=1, value="text")
    book.save(tmp_path / "long.xlsx")
    [problem] = load_framework(tmp_path / "long.xlsx").problems
    assert "goes on past row 20000" in problem.message


def test_a_form_id_jalon_cannot_use_is_replaced_and_the_warning_says_why(tmp_path):
    survey = [["type", "name", "label"], ["integer", "staff", "Staff?"]]
    choices = [["list_name", "name", "label"]]
    # Starts with a digit: only letters, digits and '_', yet not an id (the old warning said it
    # held other characters).
    digits = load_framework(
        workbook(tmp_path / "a.xlsx", survey, choices, [["form_id"], ["2024_sp"]])
    )
    assert digits.framework.id == "f_2024_sp"
    [warning] = digits.warnings
    assert warning.message == (
        "form_id '2024_sp' cannot be a framework id, which starts with a letter or '_' and "
        "holds only letters, digits, '_', '.' and '-'; the framework's id is f_2024_sp"
    )
    # Nothing usable left: the id made from the file's name.
    accents = load_framework(
        workbook(tmp_path / "9 social.xlsx", survey, choices, [["form_id"], ["éé"]])
    )
    assert accents.framework.id == "f_9_social"
