"""Public XLSForms read by pyxform (the reference) and by Jalon, side by side.

Every form pyxform converts either loads in Jalon and is answered through the command line, or
is refused with a message that names the feature Jalon does not run and its row. The forms
Jalon refuses are listed below with the feature that refuses them, so that a form that starts
or stops loading shows up here. `python -m tests.frameworks.test_xlsform_corpus` prints the
table of docs/frameworks.md.
"""

from __future__ import annotations

import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyxform.xls2xform import convert

from app.cli.main import cli
from app.frameworks.framework_builder import BuildResult
from app.frameworks.framework_loader import load_framework
from app.frameworks.problem import Severity
from app.models.framework import Framework, Indicator, QuestionType

CORPUS = Path(__file__).parent / "xlsform_corpus"
FORMS = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".xls", ".xlsx"))

# What Jalon deliberately does not run, as its messages name it.
REPEATS = "repeat groups"
EXTERNAL = "reads its choices from the file"
NOTHING = "the form has no question Jalon can ask"
UNKNOWN_FUNCTION = "unknown function"
BAD_EXPRESSION = "unexpected character"
# Forms pyxform converts and Jalon refuses, with the feature named in Jalon's refusal.
REFUSED = {
    "pyxform/bug_example_xls/UCL_Biomass_Plot_Form.xlsx": EXTERNAL,
    "pyxform/bug_example_xls/bad_calc.xlsx": BAD_EXPRESSION,  # not an expression at all
    "pyxform/bug_example_xls/xl_date_ambiguous.xlsx": BAD_EXPRESSION,  # label::English in XPath
    "pyxform/example_xls/attribute_columns_test.xlsx": REPEATS,
    "pyxform/example_xls/bad_calc.xlsx": BAD_EXPRESSION,
    "pyxform/example_xls/calculate.xls": NOTHING,  # only calculations
    "pyxform/example_xls/default_time_demo.xls": NOTHING,  # only time questions
    "pyxform/example_xls/gps.xls": NOTHING,  # only a GPS point
    "pyxform/example_xls/hidden.xls": NOTHING,  # only a hidden field
    "pyxform/example_xls/include_json.xls": NOTHING,  # only an include row
    "pyxform/example_xls/include_json.xlsx": NOTHING,
    "pyxform/example_xls/loop.xls": REPEATS,
    "pyxform/example_xls/loop.xlsx": REPEATS,
    "pyxform/example_xls/pull_data.xlsx": UNKNOWN_FUNCTION,  # pulldata() reads a CSV file
    "pyxform/example_xls/repeat_date_test.xls": REPEATS,
    "pyxform/example_xls/simple_loop.xls": REPEATS,
    "pyxform/example_xls/tutorial.xls": REPEATS,
    "pyxform/example_xls/xlsform_spec_test.xlsx": REPEATS,
    "xlsform_offline/validate-error.xlsx": UNKNOWN_FUNCTION,  # concatx(), a deliberate typo
}


@dataclass
class Verdict:
    form: str
    pyxform_error: str  # "" when pyxform converts the form
    result: BuildResult

    @property
    def loads(self) -> bool:
        return self.result.framework is not None


def judge(path: Path) -> Verdict:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            convert(xlsform=str(path), warnings=[])
        pyxform_error = ""
    except Exception as error:  # any refusal is pyxform's verdict
        pyxform_error = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return Verdict(path.relative_to(CORPUS).as_posix(), pyxform_error, load_framework(path))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("corpus-data")


def test_the_corpus_is_large_and_licensed():
    assert len(FORMS) >= 60
    for source in ("pyxform", "xlsform_offline", "xlsform2lstsv"):
        assert any((CORPUS / source).glob("LICENSE*")), source
    assert (CORPUS / "README.md").is_file()


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_jalon_runs_what_pyxform_reads_or_names_what_it_does_not(path, data_dir):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no library warning may escape Jalon's reading
        verdict = judge(path)
    if verdict.pyxform_error:
        # Jalon refuses what pyxform refuses, with its place.
        assert not verdict.loads, verdict.pyxform_error
        return
    expected = REFUSED.get(verdict.form)
    if expected is None:
        assert verdict.loads, [str(p) for p in verdict.result.errors]
        answer_through_the_cli(path, verdict.result.framework, data_dir)
        return
    errors = verdict.result.errors
    assert not verdict.loads
    assert any(expected in p.message for p in errors), [str(p) for p in errors]
    for problem in errors:
        # Each refusal names its row, or (nothing to answer) the rows that were skipped.
        assert problem.row is not None or NOTHING in problem.message, str(problem)


def answer_through_the_cli(path: Path, framework: Framework, data_dir: Path) -> None:
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, ["--data-dir", str(data_dir), "--author", "Awa", *args])

    created = run("audit", "new", "--institution", path.stem, "--framework", str(path))
    assert created.exit_code == 0, created.output
    audit_id = created.output.split()[2]
    saved = []
    for indicator in framework.iter_indicators():
        if not indicator.is_answerable or indicator.relevant or indicator.choice_filter:
            continue
        for value in candidates(indicator):
            if run("audit", "answer", audit_id, indicator.name, "--", value).exit_code == 0:
                saved.append((indicator.display_code, value))
                break
        if len(saved) == 3:
            break
    assert saved, "no question of the form could be answered"
    shown = run("audit", "show", audit_id)
    assert shown.exit_code == 0, shown.output
    for code, _ in saved:
        assert f"  {code}" in shown.output


def candidates(indicator: Indicator) -> list[str]:
    if indicator.is_select:
        return [c.name for c in indicator.choices][:3]
    return {
        QuestionType.INTEGER: ["1", "5", "20", "0", "100"],
        QuestionType.DECIMAL: ["1.5", "5", "20", "0", "100"],
        QuestionType.DATE: ["2025-06-30", "2020-01-01", "2030-01-01"],
    }.get(indicator.type, ["Kolda", "a@b.sn", "12"])


def table() -> str:
    """The side-by-side table of docs/frameworks.md."""
    lines = ["| form | pyxform | Jalon |", "| --- | --- | --- |"]
    counts = {"accepted": 0, "loads": 0, "refused": 0, "both refuse": 0}
    for path in FORMS:
        verdict = judge(path)
        if verdict.pyxform_error:
            counts["both refuse"] += 1
            theirs = f"refuses: {verdict.pyxform_error}"
        else:
            counts["accepted"] += 1
            counts["loads" if verdict.loads else "refused"] += 1
            theirs = "converts"
        if verdict.loads:
            framework = verdict.result.framework
            asked = sum(i.is_answerable for i in framework.indicators.values())
            skipped = len(verdict.result.skipped)
            ours = f"loads: {asked} questions" + (f", {skipped} skipped" if skipped else "")
        else:
            first = next(p for p in verdict.result.problems if p.severity == Severity.ERROR)
            where = (
                f"row {first.row}, "
                if first.row and f"row {first.row}" not in first.message
                else ""
            )
            ours = f"refuses: {where}{first.message}"
        theirs, ours = (text.replace("|", "\\|") for text in (theirs, ours))
        lines.append(f"| {verdict.form} | {theirs} | {ours} |")
    summary = (
        f"{len(FORMS)} forms: pyxform converts {counts['accepted']}, of which Jalon loads "
        f"{counts['loads']} and refuses {counts['refused']} by name; pyxform refuses "
        f"{counts['both refuse']}, and so does Jalon."
    )
    return "\n".join([summary, "", *lines])


if __name__ == "__main__":
    sys.stdout.write(table() + "\n")
