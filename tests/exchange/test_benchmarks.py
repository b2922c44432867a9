"""Peer benchmarks on the sample framework, with quartiles worked out by hand.

Five institutions of Senegal answer q1 and q2 only (weights 1 and 2; yes 1, partially 0.5,
no 0), so dimension 1 and standard 1.1 score (q1 + 2·q2) / 3:

    no, no → 0     yes, no → 33.33     partially, partially → 50     no, yes → 66.67
    yes, yes → 100

Sorted 0, 33.33, 50, 66.67, 100: with n = 5 the inclusive quartiles fall on positions
(n - 1)·k/4 = 1, 2, 3 exactly: Q1 = 33.3333, median = 50, Q3 = 66.6667. Four institutions of
Mali make a group too small to appear.
"""

from __future__ import annotations

import pytest

from app.exchange.exchange_error import PackageError
from app.frameworks.framework_loader import load_framework
from app.models.peer_quartiles import PeerQuartiles
from app.services.benchmark_service import BenchmarkError
from tests.exchange.conftest import introduce
from tests.exchange.hostile_corpus import build, entries
from tests.fixtures.sample_workbook import write_sample

SENEGAL = [("no", "no"), ("yes", "no"), ("partially", "partially"), ("no", "yes"), ("yes", "yes")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return load_framework(write_sample(tmp_path_factory.mktemp("s") / "s.xlsx")).framework


def _accepted(office, framework, name: str, country: str, q1: str, q2: str):
    audit = office.audits.create(framework, name, country)
    session = office.audits.open(audit.id)
    session.answer("q1", q1)
    session.answer("q2", q2)
    office.reviews.start(audit)
    office.reviews.accept(audit)
    return audit


@pytest.fixture
def office(make_site, sample):
    office = make_site("office", "Reviewer")
    ids = [_accepted(office, sample, "Caisse Sénégal 0", "SN", "yes", "yes").id]  # superseded
    for n, (q1, q2) in enumerate(SENEGAL):
        ids.append(_accepted(office, sample, f"Caisse Sénégal {n}", "SN", q1, q2).id)
    for n in range(4):
        ids.append(_accepted(office, sample, f"Mutuelle Mali {n}", "ML", "yes", "yes").id)
    # Neither an audit still in review nor an institution's earlier audit counts.
    pending = office.audits.create(sample, "Caisse en revue", "SN")
    office.audits.open(pending.id).answer("q1", "yes")
    office.reviews.start(pending)
    office.ids = ids + [pending.id]
    return office


def test_quartiles_of_five_scores_by_hand():
    peers = PeerQuartiles.of([100, 0, 50, 200 / 3, 100 / 3])
    assert (peers.count, round(peers.q1, 4), peers.median, round(peers.q3, 4)) == (
        5,
        33.3333,
        50,
        66.6667,
    )
    assert [peers.quartile_of(v) for v in (10, 40, 60, 90)] == [1, 2, 3, 4]
    # Six values: positions 1.25, 2.5, 3.75 between neighbours.
    six = PeerQuartiles.of([10, 20, 30, 40, 50, 60])
    assert (six.q1, six.median, six.q3) == (22.5, 35, 47.5)


def test_a_benchmark_holds_peer_quartiles_and_no_small_group(office, sample, tmp_path):
    target = tmp_path / "network.jalonbench"
    built = office.benchmarks.build(target)
    assert (built.audits, built.groups, built.left_out) == (9, 1, 1)
    document = office.benchmarks.read(target)
    [entry] = document["frameworks"]
    assert (entry["id"], entry["hash"]) == (sample.id, sample.content_hash)
    assert [g["group"] for g in entry["groups"]] == ["SN"]  # Mali's 4 are left out
    [senegal] = entry["groups"]
    assert senegal["institutions"] == 5
    nodes = {n["node"]: n for n in senegal["nodes"]}
    for name in ("d1", "s1"):
        assert {k: nodes[name][k] for k in ("count", "q1", "median", "q3")} == {
            "count": 5,
            "q1": 33.3333,
            "median": 50.0,
            "q3": 66.6667,
        }
    assert "s2" not in nodes and "d2" not in nodes  # nobody answered them


def test_the_file_names_no_institution_and_no_audit(office, tmp_path):
    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    raw = target.read_bytes()
    unpacked = b"".join(content for _name, content in entries(raw))
    for audit in office.audits.list():
        for needle in (audit.institution, audit.id, audit.id[:8]):
            for text in (raw, unpacked):
                assert needle.encode("utf-8") not in text
    for word in (b"S\xc3\xa9n\xc3\xa9gal", b"Mali", b"Caisse", b"Mutuelle"):
        assert word not in unpacked


def test_a_site_imports_it_and_sees_its_audit_against_its_peers(
    office, make_site, sample, tmp_path
):
    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    field = make_site("field", "Awa")
    introduce(field, office)
    field.benchmarks.import_file(target)
    audit = field.audits.create(sample, "Caisse du Fleuve", "SN")
    session = field.audits.open(audit.id)
    session.answer("q1", "yes")
    session.answer("q2", "partially")  # (1 + 1) / 3 = 66.67: third quarter
    comparison = field.benchmarks.compare(audit, field.benchmarks.imported())
    assert (comparison.group_by, comparison.group, comparison.institutions) == ("country", "SN", 5)
    d1 = next(row for row in comparison.rows if row.code == "1")
    assert round(d1.score, 2) == 66.67 and d1.peers.median == 50 and d1.quartile == 3
    mali = field.audits.create(sample, "Mutuelle", "ML")
    with pytest.raises(BenchmarkError, match="no peer group ML"):
        field.benchmarks.compare(mali, field.benchmarks.imported())


def test_a_tampered_or_untrusted_benchmark_is_refused(office, make_site, tmp_path):
    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    items = entries(target.read_bytes())
    changed = [(n, c.replace(b'"median": 50.0', b'"median": 90.0')) for n, c in items]
    assert changed != items
    tampered = tmp_path / "tampered.jalonbench"
    tampered.write_bytes(build(changed))
    field = make_site("field", "Awa")
    introduce(field, office)
    with pytest.raises(PackageError, match="changed after signing"):
        field.benchmarks.import_file(tampered)
    stranger = make_site("stranger", "Someone")
    with pytest.raises(PackageError, match="does not trust"):
        stranger.benchmarks.import_file(target)
    assert field.benchmarks.imported() is None and stranger.benchmarks.imported() is None
    extra = tmp_path / "extra.jalonbench"
    extra.write_bytes(build([*items, ("names.csv", b"Caisse")]))
    with pytest.raises(PackageError, match="not exactly benchmark.json"):
        field.benchmarks.import_file(extra)


@pytest.mark.parametrize(
    "limits, refusal",
    [
        (
            {"institutions": ("Caisse Sénégal 1",)},
            "trusted only for Caisse Sénégal 1; a benchmark covers every institution",
        ),
        ({"valid_until": "2020-01-01"}, "valid from … until 2020-01-01; a signature cannot prove"),
        ({"valid_from": "2099-01-01"}, "valid from 2099-01-01 until …"),
    ],
    ids=["scoped-to-one-institution", "expired", "not-yet-valid"],
)
def test_a_benchmark_of_a_signer_not_trusted_for_the_network_is_refused(
    office, make_site, tmp_path, limits, refusal
):
    """Seen in an attack run: a site imported a benchmark signed by a key trusted only for one
    institution's packages, and one signed by a key whose validity ended years before."""
    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    field = make_site("field", "Awa")
    info = office.keys.current()
    field.trust.trust(office.keys.public_key_text(info), info.name, **limits)
    with pytest.raises(PackageError, match=refusal):
        field.benchmarks.import_file(target)
    assert field.benchmarks.imported() is None


def test_a_group_by_an_organization_information_answer(office, tmp_path):
    with pytest.raises(BenchmarkError, match="not 'size'"):
        office.benchmarks.build(tmp_path / "x.jalonbench", group_by="size")
    built = office.benchmarks.build(tmp_path / "by-q1.jalonbench", group_by="field:q1", min_size=2)
    groups = {
        g["group"]: g["institutions"]
        for g in office.benchmarks.read(tmp_path / "by-q1.jalonbench")["frameworks"][0]["groups"]
    }
    assert groups == {"no": 2, "yes": 6}  # "partially" (one institution) left out
    assert built.left_out == 1


def test_benchmark_commands(office, make_site, sample, tmp_path):
    from tests.jalon_cli import jalon

    target = tmp_path / "network.jalonbench"
    built = jalon(
        office.paths.data_dir, "benchmark", "build", target, env={"JALON_USER": "Reviewer"}
    ).stdout
    assert "1 peer group(s) from 9 accepted audit(s); 1 group(s) smaller than 5 left out" in built
    field = make_site("field", "Awa")
    introduce(field, office)
    audit = field.audits.create(sample, "Caisse du Fleuve", "SN")
    field.audits.open(audit.id).answer("q1", "yes")
    jalon(field.paths.data_dir, "benchmark", "import", target)
    listed = jalon(field.paths.data_dir, "benchmark", "show").stdout
    assert "SN: 5 institutions, overall median 50.0" in listed
    compared = jalon(field.paths.data_dir, "benchmark", "show", "--audit", audit.id[:8]).stdout
    assert "country = SN, 5 institutions" in compared
    assert "  1              100.0    33.3    50.0    66.7  4" in compared


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("group_by"), "malformed at group_by: a JSON string"),
        (
            lambda d: d["frameworks"][0]["groups"][0]["nodes"][1].update(median="50"),
            r"malformed at frameworks\[0\]\.groups\[0\]\.nodes\[1\]\.median: a JSON number",
        ),
        (
            lambda d: d["frameworks"][0]["groups"][0]["nodes"][1].update(q3=140.0),
            r"impossible value at frameworks\[0\]\.groups\[0\]\.nodes\[1\]\.q1/median/q3",
        ),
        (
            lambda d: d["frameworks"][0]["groups"][0].update(institutions=2),
            r"impossible value at frameworks\[0\]\.groups\[0\]\.institutions",
        ),
        (lambda d: d["frameworks"].append("SN"), r"malformed at frameworks\[1\]: a JSON object"),
    ],
)
def test_a_signed_but_malformed_benchmark_is_refused_naming_the_place(
    office, make_site, tmp_path, change, message
):
    """A trusted signature does not make the content sound: a site never reads a benchmark
    whose values it would trip on."""
    from app.exchange.benchmark_file import BenchmarkFile

    target = tmp_path / "network.jalonbench"
    office.benchmarks.build(target)
    document = office.benchmarks.read(target)
    change(document)
    info, key = office.keys.signing_key()
    broken = tmp_path / "broken.jalonbench"
    broken.write_bytes(BenchmarkFile.build(document, key, info.name))
    field = make_site("field", "Awa")
    introduce(field, office)
    with pytest.raises(PackageError, match=message) as refused:
        field.benchmarks.import_file(broken)
    assert refused.value.kind == "benchmark-shape"
    assert field.benchmarks.imported() is None
