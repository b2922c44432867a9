"""The PDF report and the Excel export show an audit against its imported peer group: which
group and how many institutions, the group's quartiles beside every dimension and standard,
the quarter the audit falls in; one sentence when no group applies; nothing without a
benchmark. Every number is compared with the signed benchmark file itself."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.composition import Application
from app.services.report_service import ReportService


@pytest.fixture(scope="module")
def sites(peer_field):
    """(field site, its audit in Senegal, its audit in Mali, the benchmark document)."""
    field, senegal, mali = peer_field
    return field, senegal, mali, field.benchmarks.imported()


def _reports(field: Application, benchmark: dict | None) -> ReportService:
    """The report service of the site, reading `benchmark` as the one imported there."""
    peers = None if benchmark is None else field.benchmarks.peers_of(benchmark)
    return ReportService(field.store, field.audits, benchmark=lambda: peers)


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _senegal_nodes(document: dict) -> dict[str, dict]:
    [entry] = document["frameworks"]
    [group] = entry["groups"]
    return {node["node"]: node for node in group["nodes"]}


def test_the_pdf_has_a_benchmark_page_with_the_group_and_its_quartiles(sites, tmp_path):
    field, senegal, _mali, document = sites
    reports = _reports(field, document)
    target = reports.write_pdf(senegal, tmp_path / "kolda.pdf", "en")
    pages = _pages(target)
    first = next(n for n, p in enumerate(pages) if "\nAgainst the peer group\n" in p)
    flat = " ".join(" ".join(pages[first : first + 2]).split())  # the table runs onto a 2nd page
    assert (
        "Compared with the 6 institutions of the peer group country Senegal in the "
        "network's benchmark of"
    ) in flat
    assert "not published" in flat
    data = reports.report_data(senegal, "en")
    nodes = _senegal_nodes(document)
    for dimension in data.scored_groups():
        node = nodes[dimension.name]
        row = data.peers.row(dimension.name)
        quarter = {1: "lowest", 2: "second", 3: "third", 4: "highest"}[row.quartile]
        expected = " ".join(f"{value:.1f}%" for value in (node["q1"], node["median"], node["q3"]))
        assert f"{expected} {quarter}" in flat, dimension.display_code
    assert "Overall score" in flat
    summary = " ".join(next(p for p in pages if "\nSummary\n" in p).split())
    assert (
        "the dark line is its median; on the radar, the dashed line is the peer median" in summary
    )
    assert "Compared with the 6 institutions of the peer group country Senegal" in summary


def test_the_pdf_in_french_names_the_group_in_french(sites, tmp_path):
    field, senegal, _mali, document = sites
    target = _reports(field, document).write_pdf(senegal, tmp_path / "kolda.pdf", "fr")
    flat = " ".join(" ".join(_pages(target)).split())
    assert "Face au groupe de pairs" in flat
    assert "Comparé aux 6 institutions du groupe de pairs pays Sénégal" in flat


def test_without_a_group_the_pdf_says_so_in_one_sentence_and_has_no_benchmark_page(sites, tmp_path):
    field, _senegal, mali, document = sites
    pages = _pages(_reports(field, document).write_pdf(mali, tmp_path / "kayes.pdf", "en"))
    flat = " ".join(" ".join(pages).split())
    assert (
        "No peer benchmark applies to this audit: the benchmark of" in flat
        and "has no peer group country Mali for this framework version (groups smaller "
        "than 5 institutions are not published)."
        in flat
    )
    assert not any("\nAgainst the peer group\n" in p for p in pages)
    assert "dashed line" not in flat


def test_without_a_benchmark_the_pdf_says_nothing_about_peers(sites, tmp_path):
    field, senegal, _mali, _document = sites
    flat = " ".join(_pages(_reports(field, None).write_pdf(senegal, tmp_path / "k.pdf", "en")))
    assert "peer" not in flat.lower()


def test_the_excel_export_holds_the_quartiles_and_draws_them(sites, tmp_path):
    field, senegal, _mali, document = sites
    reports = _reports(field, document)
    target = reports.write_xlsx(senegal, tmp_path / "kolda.xlsx", "en")
    workbook = load_workbook(target)
    assert workbook.sheetnames == [
        "Summary",
        "Answers",
        "Scores",
        "Peer group",
        "Organization information",
        "Action plan",
    ]
    summary = workbook["Summary"]
    assert summary["A12"].value.startswith(
        "Compared with the 6 institutions of the peer group country Senegal"
    )
    header = [c.value for c in summary[13]]
    assert header[6:10] == ["Peer Q1", "Peer median", "Peer Q3", "Quarter"]
    nodes = _senegal_nodes(document)
    data = reports.report_data(senegal, "en")
    for offset, dimension in enumerate(data.scored_groups(), start=14):
        node = nodes[dimension.name]
        cells = [summary.cell(offset, column).value for column in (7, 8, 9)]
        assert cells == pytest.approx([node["q1"] / 100, node["median"] / 100, node["q3"] / 100])
    radar, bars = summary._charts
    assert len(radar.series) == 2 and len(bars.series) == 2  # the audit and the peer median
    # The peer-median bars carry error bars from Q1 to Q3, read from two hidden columns.
    whiskers = bars.series[1].errBars
    last = 13 + len(data.scored_groups())
    assert (whiskers.minus.numRef.f, whiskers.plus.numRef.f) == (
        f"'Summary'!$K$14:$K${last}",
        f"'Summary'!$L$14:$L${last}",
    )
    first = nodes[data.scored_groups()[0].name]
    assert summary["K14"].value == pytest.approx((first["median"] - first["q1"]) / 100)
    assert summary["L14"].value == pytest.approx((first["q3"] - first["median"]) / 100)
    assert summary.column_dimensions["K"].hidden and summary.column_dimensions["L"].hidden
    peers = workbook["Peer group"]
    rows = list(peers.iter_rows(min_row=4, values_only=True))
    assert len(rows) == len(nodes)  # every benchmarked node: overall, dimensions, standards…
    overall = rows[0]
    assert overall[1] == "Overall" and overall[8] == 6
    assert overall[4:7] == pytest.approx(
        (
            nodes["overall"]["q1"] / 100,
            nodes["overall"]["median"] / 100,
            nodes["overall"]["q3"] / 100,
        )
    )


def test_without_a_group_the_excel_export_has_the_sentence_and_no_peer_columns(sites, tmp_path):
    field, _senegal, mali, document = sites
    workbook = load_workbook(_reports(field, document).write_xlsx(mali, tmp_path / "m.xlsx", "es"))
    summary = workbook["Resumen"]
    assert summary["A12"].value.startswith("Ninguna referencia de pares se aplica")
    assert "Grupo de pares" not in workbook.sheetnames
    assert len(summary[13]) == 6 and all(len(chart.series) == 1 for chart in summary._charts)


@pytest.mark.slow  # LibreOffice starts in about ten seconds
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_export_and_prints_the_peer_columns(sites, tmp_path):
    field, senegal, _mali, document = sites
    source = _reports(field, document).write_xlsx(senegal, tmp_path / "kolda.xlsx", "fr")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    flat = " ".join(" ".join(_pages(tmp_path / "out" / "kolda.pdf")).split())
    assert "Médiane des pairs" in flat and "Comparé aux 6 institutions" in flat


def test_jalon_report_and_export_xlsx_use_the_benchmark_imported_here(sites, tmp_path):
    from tests.jalon_cli import jalon

    field, senegal, _mali, _document = sites
    jalon(field.paths.data_dir, "report", senegal, "--pdf", tmp_path / "k.pdf", "--lang", "en")
    assert any("\nAgainst the peer group\n" in page for page in _pages(tmp_path / "k.pdf"))
    jalon(field.paths.data_dir, "export", "xlsx", senegal, tmp_path / "k.xlsx", "--lang", "en")
    assert "Peer group" in load_workbook(tmp_path / "k.xlsx").sheetnames
