"""`jalon report`, `jalon export` and `jalon workbook` from the command line."""

from __future__ import annotations

from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli.main import cli
from tests.reports.workbook_user import fill


def test_reports_exports_and_a_workbook_round_trip(tmp_path):
    runner = CliRunner()
    base = ["--data-dir", str(tmp_path / "data"), "--author", "Inès"]

    def run(*args, code=0, stdin=None):
        result = runner.invoke(cli, [*base, *map(str, args)], input=stdin)
        assert result.exit_code == code, result.output
        return result.output

    audit = run("audit", "new", "--institution", "Coopérative Ñandú", "--lang", "fr").split()[2]
    run("audit", "answer", audit, "1.1.1.1", "yes")

    pdf = tmp_path / "rapport.pdf"
    assert "Report written" in run("report", audit, "--pdf", pdf, "--lang", "es")
    assert "Coopérative Ñandú" in PdfReader(pdf).pages[0].extract_text()
    run("export", "xlsx", audit, tmp_path / "audit.xlsx", "--lang", "en")
    assert load_workbook(tmp_path / "audit.xlsx").sheetnames[0] == "Summary"
    assert "1 audit(s) written" in run("export", "consolidated", tmp_path / "all.xlsx")

    book = tmp_path / "questionnaire.xlsx"
    run("workbook", "export", audit, book, "--lang", "fr")
    fill(book, {"1.1.1.2": {"answer": "Partiellement"}, "1.1.1.1": {"answer": "Non"}})
    output = run("workbook", "import", audit, book, "--mode", "fill", "--dry-run")
    assert "1.1.1.2" in output and "Partiellement" in output and "1 change(s)" in output
    assert "kept" in output
    output = run("workbook", "import", audit, book, "--mode", "fill", stdin="n\n")
    assert "Nothing was changed" in output
    assert "1 change(s) recorded" in run(
        "workbook", "import", audit, book, "--mode", "fill", "--yes"
    )
    assert "partially" in run("audit", "show", audit)

    fill(book, {"1.1.1.3": {"answer": "Jamais"}})
    output = run("workbook", "import", audit, book, "--mode", "overwrite", "--yes", code=1)
    assert "row" in output and "column G" in output and "not imported" in output

    output = run("report", audit, "--pdf", tmp_path / "missing" / "r.pdf", code=1)
    assert "Error: the folder" in output and "does not exist" in output
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
