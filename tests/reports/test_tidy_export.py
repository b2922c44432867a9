"""The tidy export (CSV and Parquet) read back by pandas and DuckDB, against `jalon score
--json`; its incremental mode; formula-like texts in CSV; cancel and hostile records."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pandas
import pytest
from click.testing import CliRunner

from app.cli.main import cli
from app.composition import Application
from app.models.errors import JalonError
from app.models.revision import Revision
from app.paths import AppPaths
from app.reports.progress import ExportCancelled, Progress
from app.services.identity import new_id
from app.services.tidy_export.tidy_export_service import TidyExportService
from app.services.tidy_export.tidy_export_workers import TidyExportWorkers
from tests.reports.audit_builder import COMMENT, INSTITUTION, NA_REASON, answer_all

FORMULA_INSTITUTION = '=HYPERLINK("http://x.example","Caisse")'
TEXTS = {"org_legal_form": "+33 6 12 34 56", "1.1.1.1": "-2+3", "1.1.1.2": "'déjà cité"}


class Network:
    """A data folder with audits, and the `jalon` command line pointed at it."""

    def __init__(self, folder: Path, catalog):
        self.folder = folder
        self.app = Application(AppPaths(folder / "data"), author="Amélie Ñúñez")
        self.app.catalog = catalog
        self.runner = CliRunner()

    def run(self, *args, code: int = 0) -> str:
        result = self.runner.invoke(cli, ["--data-dir", str(self.folder / "data"), *map(str, args)])
        assert result.exit_code == code, result.output
        return result.output

    def score(self, audit_id: str) -> dict:
        return json.loads(self.run("score", audit_id, "--json"))


@pytest.fixture(scope="module")
def network(tmp_path_factory, catalog):
    """A fully answered draft, its finalized copy, and a sparse audit full of texts a
    spreadsheet would take for formulas."""
    network = Network(tmp_path_factory.mktemp("network"), catalog)
    app = network.app
    framework = catalog.default()
    full = app.audits.create(
        framework,
        INSTITUTION,
        "SN",
        auditors=("José Peña", "Awa"),
        period_start="2025-01-01",
        period_end="2025-12-31",
        content_language="fr",
    )
    answer_all(app.audits.open(full.id))
    final = app.audits.duplicate(full, institution=INSTITUTION + " (final)")
    app.audits.open(final.id).finalize()
    sparse = app.audits.create(framework, FORMULA_INSTITUTION, "CI")
    session = app.audits.open(sparse.id)
    session.answer("org_legal_form", TEXTS["org_legal_form"])
    session.answer("1.1.1.1", "yes")
    session.comment("1.1.1.1", TEXTS["1.1.1.1"])
    session.mark_not_applicable("1.1.1.2", TEXTS["1.1.1.2"])
    network.ids = (full.id, final.id, sparse.id)
    yield network
    app.close()


def answer_rows(framework) -> int:
    """One row per question that takes an answer (calculations are worked out from them)."""
    return sum(indicator.is_answerable for indicator in framework.iter_indicators())


@pytest.fixture(scope="module")
def exported(network, tmp_path_factory, default_framework):
    """The network exported once in each format."""
    folders = {}
    for kind in ("parquet", "csv"):
        folders[kind] = tmp_path_factory.mktemp(kind) / "export"
        output = network.run("export", "tidy", folders[kind], "--format", kind)
        assert f"3 audit(s), {3 * answer_rows(default_framework)} answer row(s)" in output
    return folders


def _duckdb(query: str):
    """A query on a fresh in-memory DuckDB connection (its result read once)."""
    return duckdb.connect().execute(query)


def _tables(kind: str, folder: Path) -> tuple[pandas.DataFrame, pandas.DataFrame]:
    read = pandas.read_parquet if kind == "parquet" else pandas.read_csv
    return read(folder / f"audits.{kind}"), read(folder / f"answers.{kind}")


@pytest.mark.parametrize("kind", ["parquet", "csv"])
def test_pandas_reads_the_same_scores_as_jalon_score(network, exported, kind, default_framework):
    audits, answers = _tables(kind, exported[kind])
    assert list(audits.columns[:3]) == ["export_batch", "audit_id", "institution"]  # no BOM
    assert set(audits.audit_id) == set(network.ids)
    assert answers.groupby("audit_id").size().to_dict() == {
        i: answer_rows(default_framework) for i in network.ids
    }
    assert answers.relevant.dtype == bool and answers.score.dtype == float
    for audit_id in network.ids:
        expected = network.score(audit_id)
        row = audits.set_index("audit_id").loc[audit_id]
        assert row.score == pytest.approx(expected["overall"]["percent"], abs=1e-4)
        assert row.coverage == pytest.approx(expected["overall"]["coverage"], abs=1e-4)
        assert row.points == pytest.approx(expected["overall"]["points"])
        assert row.answered == expected["overall"]["answered"]
        assert row.questions == expected["overall"]["total"]
        for node in expected["nodes"].values():
            if node["level"] != "dimension" or node["percent"] is None:
                continue
            assert row[f"score_{node['name']}"] == pytest.approx(node["percent"], abs=1e-4)
            assert row[f"coverage_{node['name']}"] == pytest.approx(node["coverage"], abs=1e-4)
    full, final, _sparse = network.ids
    audit = audits.set_index("audit_id").loc[full]
    assert (audit.status, audit.period_end, audit.auditors) == (
        "draft",
        "2025-12-31",
        "José Peña; Awa",
    )
    assert audits.set_index("audit_id").loc[final].status == "finalized"
    mine = answers[answers.audit_id == full].set_index("code")
    assert mine.loc["0.5"].value_number == float(mine.loc["0.5"].value)
    assert mine.na_reason.dropna().eq(NA_REASON).all() and mine.not_applicable.sum() > 0
    assert (mine.comment == COMMENT).sum() > 0 and mine.flagged.sum() > 0
    assert mine.author.dropna().eq("Amélie Ñúñez").all()


@pytest.mark.parametrize("kind", ["parquet", "csv"])
def test_duckdb_works_out_every_dimension_score_from_the_answer_rows(
    network, exported, kind, default_framework
):
    """An outside computation: each dimension's score is its answers' points over points
    possible (every weight of the default framework is 1), summed by DuckDB from the file."""
    path = exported[kind] / f"answers.{kind}"
    reader = "read_parquet" if kind == "parquet" else "read_csv"
    rows = _duckdb(
        f"SELECT audit_id, dimension, 100 * sum(points) / sum(points_possible) AS score "
        f"FROM {reader}('{path}') WHERE points IS NOT NULL GROUP BY ALL"
    ).fetchall()
    assert len(rows) > 7
    for audit_id, dimension, score in rows:
        node = next(n for n in network.score(audit_id)["nodes"].values() if n["name"] == dimension)
        assert score == pytest.approx(node["percent"], abs=1e-4)
    total = _duckdb(f"SELECT count(*) FROM {reader}('{path}')").fetchone()[0]
    assert total == 3 * answer_rows(default_framework)


def test_csv_keeps_formula_like_texts_as_text_and_the_raw_text_is_recoverable(network, exported):
    """OWASP's rule: an apostrophe in front of a text starting with = + - @ tab CR (or with an
    apostrophe, so the rule can be undone); Parquet keeps the raw texts."""
    sparse = network.ids[2]
    with (exported["csv"] / "answers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["audit_id"] == sparse]
    cells = {r["code"]: r for r in rows}
    assert rows[0]["institution"] == "'" + FORMULA_INSTITUTION
    assert cells["0.2"]["value"] == "'+33 6 12 34 56"
    assert cells["1.1.1.1"]["comment"] == "'-2+3"
    assert cells["1.1.1.2"]["na_reason"] == "''déjà cité"
    raw = pandas.read_parquet(exported["parquet"] / "answers.parquet")
    raw = raw[raw.audit_id == sparse].set_index("code")
    for code, column in (("0.2", "value"), ("1.1.1.1", "comment"), ("1.1.1.2", "na_reason")):
        written = cells[code][column]
        recovered = written[1:] if written.startswith("'") else written
        assert recovered == raw.loc[code, column]
    assert raw.loc["0.2", "institution"] == FORMULA_INSTITUTION
    readme = (exported["csv"] / "README.md").read_text(encoding="utf-8")
    assert "apostrophe" in readme and "| `value_number` | double |" in readme


def test_the_csv_starts_with_a_byte_order_mark(exported):
    assert (exported["csv"] / "answers.csv").read_bytes()[:4] == b'\xef\xbb\xbf"'
    assert (exported["parquet"] / "answers.parquet").read_bytes()[:4] == b"PAR1"


# --- incremental -------------------------------------------------------------------------------


@pytest.fixture
def small(tmp_path, catalog):
    """Three audits with a few answers each, changed by the incremental tests."""
    network = Network(tmp_path, catalog)
    framework = catalog.default()
    ids = []
    for name in ("Kolda", "Thiès", "Ziguinchor"):
        audit = network.app.audits.create(framework, name, "SN")
        network.app.audits.open(audit.id).answer("1.1.1.1", "yes")
        ids.append(audit.id)
    network.ids = tuple(ids)
    yield network
    network.app.close()


def _everything(folder: Path) -> pandas.DataFrame:
    """The answers as the README says to read them: each audit's rows of its latest batch."""
    return _duckdb(
        f"SELECT * FROM read_parquet(['{folder}/answers.parquet', "
        f"'{folder}/changes/*/answers.parquet']) "
        "QUALIFY export_batch = max(export_batch) OVER (PARTITION BY audit_id)"
    ).df()


def test_incremental_export_writes_only_the_audits_changed_since(
    small, tmp_path, default_framework
):
    kolda, thies, ziguinchor = small.ids
    target = tmp_path / "out"
    assert "3 audit(s)" in small.run("export", "tidy", target, "--incremental")
    assert "nothing written" in small.run("export", "tidy", target, "--incremental")
    assert not (target / "changes").exists()

    small.app.audits.open(thies).answer("1.1.1.2", "partially")
    output = small.run("export", "tidy", target, "--since-last")
    assert f"1 audit(s), {answer_rows(default_framework)} answer row(s)" in output
    [batch] = (target / "changes").iterdir()
    assert set(pandas.read_parquet(batch / "audits.parquet").audit_id) == {thies}
    assert set(pandas.read_parquet(batch / "answers.parquet").audit_id) == {thies}

    latest = _everything(target)
    assert latest.groupby("audit_id").size().to_dict() == {
        i: answer_rows(default_framework) for i in small.ids
    }
    assert latest.set_index(["audit_id", "code"]).loc[(thies, "1.1.1.2"), "value"] == "partially"

    small.app.audits.delete(small.app.audits.get(ziguinchor))
    assert "removed since the last export" in small.run("export", "tidy", target, "--incremental")
    manifest = json.loads((target / "jalon-export.json").read_text())
    assert manifest["batches"][-1]["removed"] == [ziguinchor]
    assert set(manifest["audits"]) == {kolda, thies}

    # Another folder starts afresh; a full export supersedes the batches.
    assert "2 audit(s)" in small.run("export", "tidy", tmp_path / "other", "--incremental")
    assert "2 audit(s)" in small.run("export", "tidy", target)
    assert not list((target / "changes").iterdir())
    assert len(json.loads((target / "jalon-export.json").read_text())["batches"]) == 1


def test_a_merged_revision_older_than_the_audit_still_counts_as_a_change(small, tmp_path):
    """A head office merges a field change made before the audit's last local change: the
    audit's updated_at does not move, its change mark does."""
    kolda = small.ids[0]
    target = tmp_path / "out"
    small.run("export", "tidy", target, "--incremental")
    store = small.app.store
    name = small.app.audits.open(kolda).indicator("1.1.1.1").name
    head = store.revisions.head(kolda, name)
    store.revisions.append(
        Revision(
            new_id(),
            kolda,
            name,
            head.id,
            "no",
            "",
            "",
            False,
            "",
            "Field auditor",
            "field-site",
            "2000-01-01T00:00:00Z",
        )
    )
    assert small.app.audits.get(kolda).updated_at > "2000"
    assert "1 audit(s)" in small.run("export", "tidy", target, "--incremental")
    assert (
        _everything(target).set_index(["audit_id", "code"]).loc[(kolda, "1.1.1.1"), "value"] == "no"
    )


def test_incremental_refuses_another_format_and_a_broken_record(small, tmp_path):
    target = tmp_path / "out"
    small.run("export", "tidy", target, "--format", "csv")
    output = small.run("export", "tidy", target, "--format", "parquet", "--incremental", code=1)
    assert "holds a csv export" in output
    (target / "jalon-export.json").write_text('{"kind": "jalon-tidy-export", "audits": 3}')
    before = sorted(p.name for p in target.iterdir())
    output = small.run("export", "tidy", target, "--format", "csv", "--incremental", code=1)
    assert "jalon-export.json is not a readable Jalon export record" in output
    assert sorted(p.name for p in target.iterdir()) == before
    with pytest.raises(JalonError, match="is a file; the tidy export needs a folder"):
        small.app.tidy_exports.export(target / "answers.csv", "csv")


def test_a_record_cannot_make_jalon_delete_outside_its_batches(small, tmp_path):
    target = tmp_path / "out"
    small.run("export", "tidy", target)
    precious = tmp_path / "precious"
    precious.mkdir()
    manifest = json.loads((target / "jalon-export.json").read_text())
    manifest["batches"] += [{"folder": "../precious"}, {"folder": "changes/../../precious"}]
    (target / "jalon-export.json").write_text(json.dumps(manifest))
    small.run("export", "tidy", target)
    assert precious.is_dir()


def test_cancel_keeps_the_previous_export_whole(small, tmp_path):
    target = tmp_path / "out"
    small.run("export", "tidy", target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    steps = []

    def cancelled() -> bool:
        return len(steps) >= 2

    with pytest.raises(ExportCancelled):
        small.app.tidy_exports.export(
            target,
            "parquet",
            progress=Progress(lambda done, total: steps.append((done, total)), cancelled),
        )
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert steps == [(0, 3), (3, 3)]  # a piece of up to 50 audits at a time


def test_unknown_format_is_a_clear_error(small, tmp_path):
    with pytest.raises(JalonError, match="written as parquet or csv, not 'xlsx'"):
        small.app.tidy_exports.export(tmp_path / "out", "xlsx")


def test_rows_made_in_helper_processes_are_the_same(network, exported, tmp_path):
    """Many audits are laid out in helper processes (here forced from one audit on)."""
    assert TidyExportWorkers.count() > 0, "a machine with one core exports in one process"
    service = TidyExportService(network.app.store, network.app.audits, min_audits_for_workers=1)
    service.export(tmp_path / "workers", "parquet")
    for table in ("answers", "audits"):
        mine, theirs = (
            pandas.read_parquet(folder / f"{table}.parquet").drop(columns="export_batch")
            for folder in (tmp_path / "workers", exported["parquet"])
        )
        pandas.testing.assert_frame_equal(mine, theirs)


def test_cancel_stops_the_helper_processes_too(small, tmp_path):
    service = TidyExportService(small.app.store, small.app.audits, min_audits_for_workers=1)
    with pytest.raises(ExportCancelled):
        service.export(tmp_path / "out", "csv", progress=Progress(cancelled=lambda: True))
    assert list((tmp_path / "out").iterdir()) == []
