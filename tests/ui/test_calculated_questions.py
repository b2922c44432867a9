"""Calculations and cascading choices in the desktop application, on a real workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.frameworks.framework_loader import load_framework
from tests.frameworks.test_calculations import HEADER, KOLDA, SURVEY, write_form
from tests.frameworks.test_xlsform_corpus import CORPUS


def test_calculation_is_shown_read_only_and_cascade_offers_only_what_fits(
    qtbot, tmp_path, window, application
):
    framework = load_framework(write_form(tmp_path / "org.xlsx")).framework
    audit = application.audits.create(framework, "CR Kolda", "SN")
    window.home.reload()
    window.open_audit(audit.id)
    workspace = window.workspace
    session = workspace.session
    for name, value in KOLDA.items():
        session.answer(name, value)
    session.answer("region", "dakar")
    # A calculation without a label is a working value: not in the navigator.
    assert "par_ratio" not in workspace.navigator.model.id_of
    assert "avg_loan" in workspace.navigator.model.id_of
    model = workspace.navigator.model
    model.refresh()
    organization = model.item(0)  # the group; avg_loan is its 5th row
    assert organization.child(4, 0).text() == "Average loan per borrower"
    assert organization.child(4, 1).text() == "2,500"  # the value, where a count would be
    workspace.go_to("avg_loan")
    page = workspace.page
    view = page.editor
    assert view.value.text() == "2,500"  # the English locale's grouping
    assert "cannot be typed" in view.explanation.text()
    assert not page.not_applicable.isEnabled() and not page.flag.isEnabled()
    workspace.go_to("district")
    editor = page.editor
    shown = [b.text() for b in editor.buttons if b.isVisibleTo(editor)]
    assert shown == ["Pikine", "Rufisque"]
    workspace.go_to("region")
    page.editor.choose(1)  # Kolda, as a click would
    workspace.go_to("district")
    shown = [b.text() for b in page.editor.buttons if b.isVisibleTo(page.editor)]
    assert shown == ["Vélingara"]
    assert page.editor.keycaps[2].text() == "1"


def test_ratios_follow_the_fields_of_an_organization_form(qtbot, tmp_path, window, application):
    """A section of facts opens as a form; its calculations are read-only values that follow
    the fields above them."""
    header = [*HEADER, "level"]
    survey = [[*row, "section" if row[0] == "begin_group" else ""] for row in SURVEY]
    path = write_form(tmp_path / "org.xlsx", [header, *survey], with_header=False)
    framework = load_framework(path).framework
    audit = application.audits.create(framework, "CR Kolda", "SN")
    window.home.reload()
    window.open_audit(audit.id)
    workspace = window.workspace
    workspace.go_to("borrowers")
    form = workspace.pages.currentWidget()
    assert "par_ratio" not in form.editors  # no label: not shown
    ratio = form.editors["avg_loan"]
    assert ratio.value.text().startswith("Not worked out yet")
    for name, value in (("borrowers", "400"), ("portfolio", "1000000")):
        form.editors[name].field.setText(value)
        form.editors[name].commit()
    assert ratio.value.text() == "2,500"
    assert form.editors["women_share"].value.text().startswith("Not worked out yet")  # no women


def test_framework_problems_are_translated_for_the_install_dialog(languages):
    """The framework install dialog shows each problem of a workbook translated in the
    "errors" context: the builder's and checker's templates are in the catalog."""
    result = load_framework(CORPUS / "pyxform" / "example_xls" / "loop.xls")
    [problem] = result.errors
    languages.apply("fr")
    template = QCoreApplication.translate("errors", problem.template)
    assert template.format(**problem.params) == (
        "les groupes répétés (ligne 3, 'loop_toilet_types') ne sont pas pris en charge ; "
        "Jalon fait passer des questionnaires sans répétitions"
    )
    languages.apply("es")
    template = QCoreApplication.translate("errors", "the row has no type")
    assert template == "la fila no tiene tipo"
