"""Peer benchmarks across framework versions: audits of jalon_sp 2026.1 and 2026.2 pooled into
one peer group through the crosswalk, worked out by hand.

In 2026.2, practice 3.2.2 (d3_s2_p2) holds 3.2.2.1, into which 2026.1's 4.3.2.2 was merged.
Each audit answers one question of it (yes 1, partially 0.5, no 0), so the practice scores
that answer:

    2026.2: 3.2.2.1 = yes, no, partially   → 100, 0, 50
    2026.1: 4.3.2.2 = yes, partially       → carried to 3.2.2.1: 100, 50

Pooled, the five sorted are 0, 50, 50, 100, 100: with n = 5 the inclusive quartiles fall on
positions 1, 2, 3: Q1 = 50, median = 50, Q3 = 100. Kept apart, each version has fewer than five
institutions and no group is left.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from app.frameworks.framework_loader import load_framework
from app.models.errors import JalonError
from tests.exchange.conftest import introduce
from tests.fixtures.sample_workbook import write_sample

NEWER = [("q3_2_2_1", "yes"), ("q3_2_2_1", "no"), ("q3_2_2_1", "partially")]
OLDER = [("q4_3_2_2", "yes"), ("q4_3_2_2", "partially")]


def _accepted(office, framework, name: str, answers: list[tuple[str, str]]):
    audit = office.audits.create(framework, name, "SN")
    session = office.audits.open(audit.id)
    for question, value in answers:
        session.answer(question, value)
    office.reviews.start(audit)
    office.reviews.accept(audit)
    return audit


@pytest.fixture
def office(make_site, catalog):
    office = make_site("office", "Reviewer")
    newer, older = catalog.get("jalon_sp", "2026.2"), catalog.get("jalon_sp", "2026.1")
    for n, answer in enumerate(NEWER):
        _accepted(office, newer, f"Caisse {n}", [answer])
    for n, answer in enumerate(OLDER):
        _accepted(office, older, f"Mutuelle {n}", [answer])
    return office


def test_audits_of_two_versions_are_pooled_through_the_crosswalk(office, catalog, tmp_path):
    target = tmp_path / "network.jalonbench"
    built = office.benchmarks.build(target)
    assert (built.audits, built.groups, built.left_out) == (5, 1, 0)
    document = office.benchmarks.read(target)
    [entry] = document["frameworks"]
    newer, older = catalog.get("jalon_sp", "2026.2"), catalog.get("jalon_sp", "2026.1")
    assert (entry["version"], entry["hash"]) == ("2026.2", newer.content_hash)
    assert entry["versions"] == [
        {"version": "2026.1", "hash": older.content_hash},
        {"version": "2026.2", "hash": newer.content_hash},
    ]
    [senegal] = entry["groups"]
    assert senegal["institutions"] == 5
    nodes = {n["node"]: n for n in senegal["nodes"]}
    assert {k: nodes["d3_s2_p2"][k] for k in ("count", "q1", "median", "q3")} == {
        "count": 5,
        "q1": 50.0,
        "median": 50.0,
        "q3": 100.0,
    }
    # 4.3.2.2's answers count where it went, not in its old practice (nobody else answered).
    assert "d4_s3_p2" not in nodes


def test_kept_apart_each_version_is_too_small(office, tmp_path):
    built = office.benchmarks.build(tmp_path / "apart.jalonbench", per_version=True)
    assert (built.groups, built.left_out) == (0, 2)
    document = office.benchmarks.read(tmp_path / "apart.jalonbench")
    assert sorted(e["version"] for e in document["frameworks"]) == ["2026.1", "2026.2"]
    assert all(e["groups"] == [] for e in document["frameworks"])


def test_a_site_on_the_older_version_compares_through_the_crosswalk(
    office, make_site, catalog, tmp_path
):
    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    field = make_site("field", "Awa")
    introduce(field, office)
    field.benchmarks.import_file(target)
    audit = field.audits.create(catalog.get("jalon_sp", "2026.1"), "Caisse du Fleuve", "SN")
    field.audits.open(audit.id).answer("q4_3_2_2", "no")
    comparison = field.benchmarks.compare(audit, field.benchmarks.imported())
    assert (comparison.group, comparison.institutions) == ("SN", 5)
    practice = next(r for r in comparison.rows if r.code == "3.2.2")
    assert (practice.score, practice.peers.median, practice.quartile) == (0.0, 50.0, 1)


def test_versions_no_crosswalk_links_are_refused(make_site, tmp_path):
    office = make_site("office", "Reviewer")
    first = load_framework(write_sample(tmp_path / "v1.xlsx")).framework
    path = write_sample(tmp_path / "v2.xlsx")
    book = load_workbook(path)
    book["settings"]["B2"] = "2"
    book.save(path)
    second = load_framework(path).framework
    for n in range(5):
        _accepted(office, (first, second)[n % 2], f"Caisse {n}", [("q1", "yes")])
    target = tmp_path / "network.jalonbench"
    with pytest.raises(JalonError, match="2 holds no crosswalk from 1: their scores cannot be"):
        office.benchmarks.build(target)
    assert not target.exists()
    built = office.benchmarks.build(target, per_version=True)
    assert (built.groups, built.left_out) == (0, 2)


def test_benchmark_build_pools_or_keeps_versions_apart_on_the_command_line(office, tmp_path):
    from tests.jalon_cli import jalon

    pooled, apart = tmp_path / "pooled.jalonbench", tmp_path / "apart.jalonbench"
    env = {"JALON_USER": "Reviewer"}
    jalon(office.paths.data_dir, "benchmark", "build", pooled, env=env)
    shown = jalon(office.paths.data_dir, "benchmark", "show", pooled).stdout
    assert "framework jalon_sp 2026.2" in shown and "with 2026.1 through the crosswalk" in shown
    assert "SN: 5 institutions" in shown
    built = jalon(office.paths.data_dir, "benchmark", "build", "--per-version", apart, env=env)
    assert "0 peer group(s) from 5 accepted audit(s); 2 group(s) smaller than 5" in built.stdout
