"""An audit of one framework version against a benchmark on another, in the PDF, the Excel
export and `jalon benchmark show`: compared through the crosswalk where one leads from the
audit's version to the benchmark's, and not compared at all where none does, with a sentence
that says so (the dashboard: tests/ui/test_dashboard_peer_versions.py). The figures are
worked out in tests/exchange/version_peers.py."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.models.errors import JalonError
from tests.exchange.version_peers import (
    NEWER_ONLY,
    POOLED,
    benchmark_between,
    field_audit,
    jalon_sp_peers,
    sample_versions,
)
from tests.jalon_cli import jalon


def _flat(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def pooled(tmp_path, catalog):
    field = benchmark_between(tmp_path, catalog, jalon_sp_peers(catalog, POOLED))
    yield field, field_audit(field, catalog.get("jalon_sp", "2026.1"), ("q4_3_2_2", "no"))
    field.close()


def test_the_pdf_compares_an_older_audit_through_the_crosswalk(pooled, tmp_path):
    field, audit = pooled
    flat = _flat(field.reports.write_pdf(audit.id, tmp_path / "fleuve.pdf", "en"))
    assert "Compared with the 5 institutions of the peer group country Senegal" in flat
    assert (
        "This audit, made with version 2026.1 of the framework, is read as version 2026.2 "
        "through the framework's crosswalk" in flat
    )
    # Standard 3.2 of 2026.2 (its only answered practice is 3.2.2), its label from 2026.2, and
    # the audit's 4.3.2.2 read into it; in 2026.1, standard 3.2 has no answer.
    label = field.catalog.get("jalon_sp", "2026.2").nodes["d3_s2"].label.get("en")
    assert f"3.2 {' '.join(label.split())} ● 0.0% 50.0% 50.0% 100.0% lowest" in flat
    # The summary's charts show 2026.1: no peer marks over them.
    assert "dashed line is the peer median" not in flat
    # The command line compares the same way and says so.
    field.close()
    shown = jalon(field.paths.data_dir, "benchmark", "show", "--audit", audit.id).stdout
    lines = shown.splitlines()
    assert lines[1] == (
        "  this audit's version 2026.1 read as 2026.2 through the crosswalk: the codes and "
        "scores are 2026.2's"
    )
    assert next(line for line in lines if line.split()[0] == "3.2").split() == [
        "3.2",
        "0.0",
        "50.0",
        "50.0",
        "100.0",
        "1",
    ]


def test_the_excel_export_compares_through_the_crosswalk_and_marks_no_chart(pooled, tmp_path):
    field, audit = pooled
    workbook = load_workbook(field.reports.write_xlsx(audit.id, tmp_path / "f.xlsx", "fr"))
    peers = workbook["Groupe de pairs"]
    assert "est lu en version 2026.2 par la table de correspondance" in peers["A1"].value
    rows = {row[0]: row for row in peers.iter_rows(min_row=4, values_only=True)}
    assert rows["3.2.2"][3:7] == pytest.approx((0.0, 0.5, 0.5, 1.0))
    summary = workbook["Synthèse"]
    assert "est lu en version 2026.2" in summary["A12"].value
    assert len(summary[13]) == 6 and all(len(chart.series) == 1 for chart in summary._charts)


def test_a_benchmark_of_the_newer_version_only_is_read_through_its_crosswalk(tmp_path, catalog):
    field = benchmark_between(tmp_path, catalog, jalon_sp_peers(catalog, NEWER_ONLY))
    try:
        audit = field_audit(field, catalog.get("jalon_sp", "2026.1"), ("q4_3_2_2", "no"))
        [entry] = field.benchmarks.imported()["frameworks"]
        assert [v["version"] for v in entry["versions"]] == ["2026.2"]  # 2026.1 not pooled
        comparison = field.benchmarks.compare(audit, field.benchmarks.imported())
        assert comparison.read_as is not None and comparison.read_as.version == "2026.2"
        practice = comparison.row("d3_s2_p2")
        assert (practice.score, practice.quartile) == (0.0, 1)
        flat = _flat(field.reports.write_pdf(audit.id, tmp_path / "f.pdf", "es"))
        assert "Comparado con las 5 instituciones del grupo de pares país Senegal" in flat
        assert "se lee como la versión 2026.2 mediante la tabla de correspondencias" in flat
    finally:
        field.close()


@pytest.fixture
def apart(tmp_path, catalog):
    first, second = sample_versions(tmp_path)
    field = benchmark_between(tmp_path, catalog, [(second, ("q1", "yes"))] * 5)
    yield field, field_audit(field, first, ("q1", "no"))
    field.close()


def test_without_a_crosswalk_the_pdf_says_the_group_is_on_another_version(apart, tmp_path):
    field, audit = apart
    english = _flat(field.reports.write_pdf(audit.id, tmp_path / "en.pdf", "en"))
    assert (
        "No comparison with peers: the network's benchmark of" in english
        and "holds the peer groups of this framework on version 2, and this audit is on "
        "version 1. No crosswalk installed here leads from 1 to 2, so the scores of the two "
        "versions are not put side by side."
        in english
    )
    assert "Against the peer group" not in english and "Peer median" not in english
    french = _flat(field.reports.write_pdf(audit.id, tmp_path / "fr.pdf", "fr"))
    assert "porte sur la version 2 de ce référentiel, et cet audit est en version 1" in french


def test_without_a_crosswalk_the_excel_export_compares_nothing(apart, tmp_path):
    field, audit = apart
    workbook = load_workbook(field.reports.write_xlsx(audit.id, tmp_path / "a.xlsx", "es"))
    assert "Grupo de pares" not in workbook.sheetnames
    summary = workbook["Resumen"]
    assert summary["A12"].value.startswith(
        "Sin comparación con los pares: la referencia de la red del"
    )
    assert "trata la versión 2 de este marco, y esta auditoría está en la versión 1" in (
        summary["A12"].value
    )
    assert len(summary[13]) == 6 and all(len(chart.series) == 1 for chart in summary._charts)


def test_without_a_crosswalk_jalon_benchmark_show_refuses_to_compare(apart):
    field, audit = apart
    with pytest.raises(JalonError, match="on version 1, and no crosswalk installed here"):
        field.benchmarks.compare(audit, field.benchmarks.imported())
    shown = jalon(field.paths.data_dir, "benchmark", "show", "--audit", audit.id, check=False)
    assert shown.returncode != 0
    assert "holds the peer groups of sample version 2; this audit is on version 1" in (shown.stderr)
