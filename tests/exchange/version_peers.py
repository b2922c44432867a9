"""Head offices whose peer benchmark is on one framework version and a field site whose audit
is on another, for the tests of what the reports, the dashboard and `jalon benchmark show`
compare across versions.

- `pooled`: accepted audits of jalon_sp 2026.2 (3) and 2026.1 (2), pooled under 2026.2 by
  the crosswalk (the figures of tests/exchange/test_benchmark_versions.py: practice 3.2.2 has
  Q1 50, median 50, Q3 100);
- `newer only`: five accepted audits of 2026.2, so the benchmark does not list 2026.1;
- `no crosswalk`: five accepted audits of version 2 of the small sample framework, which holds
  no crosswalk from its version 1.

The field audit of 2026.1 answers 4.3.2.2 "no": read as 2026.2, that answer goes to 3.2.2.1,
so its practice 3.2.2 scores 0 (the lowest quarter); in 2026.1 itself, practice 3.2.2 is
another practice and has no answer at all.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.composition import Application
from app.frameworks.framework_loader import load_framework
from app.models.audit import Audit
from app.models.framework import Framework
from app.paths import AppPaths
from tests.exchange.conftest import introduce
from tests.fixtures.sample_workbook import write_sample

POOLED = {
    "2026.2": [("q3_2_2_1", "yes"), ("q3_2_2_1", "no"), ("q3_2_2_1", "partially")],
    "2026.1": [("q4_3_2_2", "yes"), ("q4_3_2_2", "partially")],
}
NEWER_ONLY = {"2026.2": [("q3_2_2_1", v) for v in ("yes", "no", "partially", "yes", "no")]}


def sample_versions(folder: Path) -> tuple[Framework, Framework]:
    """Versions 1 and 2 of the sample framework; 2 holds no crosswalk from 1."""
    first = load_framework(write_sample(folder / "v1.xlsx")).framework
    path = write_sample(folder / "v2.xlsx")
    book = load_workbook(path)
    book["settings"]["B2"] = "2"
    book.save(path)
    return first, load_framework(path).framework


def benchmark_between(
    folder: Path, catalog, peers: list[tuple[Framework, tuple[str, str]]]
) -> Application:
    """A field site that imported the benchmark of a head office whose accepted audits each
    answer one question of `peers` (all in Senegal). The caller closes the site."""
    office = Application(AppPaths(folder / "office"), author="Bintou Sow")
    field = Application(AppPaths(folder / "field"), author="Awa Diop")
    office.catalog = field.catalog = catalog
    for number, (framework, (question, value)) in enumerate(peers, start=1):
        audit = office.audits.create(framework, f"Institution {number}", "SN")
        office.audits.open(audit.id).answer(question, value)
        office.reviews.start(audit)
        office.reviews.accept(audit)
    target = folder / "network.jalonbench"
    office.benchmarks.build(target)
    introduce(field, office)
    field.benchmarks.import_file(target)
    office.close()
    return field


def jalon_sp_peers(catalog, answers: dict[str, list[tuple[str, str]]]) -> list:
    return [
        (catalog.get("jalon_sp", version), answer)
        for version, given in answers.items()
        for answer in given
    ]


def field_audit(field: Application, framework: Framework, answer: tuple[str, str]) -> Audit:
    audit = field.audits.create(framework, "Caisse du Fleuve", "SN")
    field.audits.open(audit.id).answer(*answer)
    return audit
