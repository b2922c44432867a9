"""A full audit of the default framework answered and scored through the command line."""

import json

from click.testing import CliRunner

from app.cli.main import cli


def test_whole_default_framework_through_the_cli(tmp_path, default_framework):
    runner = CliRunner()
    base = ["--data-dir", str(tmp_path), "--author", "Awa"]

    def run(*args):
        result = runner.invoke(cli, [*base, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    audit_id = run("audit", "new", "--institution", "Crédit Solidaire", "--lang", "fr").split()[2]
    scored = [
        i
        for i in default_framework.iter_indicators()
        if i.is_scored and not default_framework.module_of(i.name)
    ]
    # Questions that others depend on are answered "yes", so every follow-up applies and the
    # expected score is a plain count.
    conditions = " ".join(i.relevant for i in default_framework.iter_indicators())
    gates = {i.name for i in scored if "${" + i.name + "}" in conditions}
    answers = ["no" if n % 5 == 0 and i.name not in gates else "yes" for n, i in enumerate(scored)]
    for indicator, value in zip(scored, answers, strict=True):
        run("audit", "answer", audit_id, indicator.code, value)
    scores = json.loads(run("score", audit_id, "--json"))
    overall = scores["overall"]
    assert overall["coverage"] == 1.0
    no_count = answers.count("no")
    assert overall["percent"] == round(100 * (len(scored) - no_count) / len(scored), 4)
    for code, node in scores["nodes"].items():
        if node["level"] == "dimension":
            assert 0 < node["percent"] < 100, code
    table = run("score", audit_id, "--depth", "1")
    assert "Définir et suivre" in table or "objectifs sociaux" in table
