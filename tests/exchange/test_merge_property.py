"""Merging the same packages in any order, any number of times, gives the same database."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.composition import Application
from app.models.import_receipt import ReceiptStatus
from app.paths import AppPaths
from app.services.merge.conflict_service import Resolution
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce, merged_state, scored_names


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, catalog):
    """Packages from three sites that edit one audit concurrently (with conflicts and a
    resolution among them) and a second audit."""
    root = tmp_path_factory.mktemp("property")
    mp = pytest.MonkeyPatch()
    mp.setenv("JALON_KEY_PASSPHRASE", "correct horse battery staple")
    a, b, c = (Application(AppPaths(root / n), author=n) for n in ("Awa", "Bintou", "Chidi"))
    for app in (a, b, c):
        app.catalog = catalog
    introduce(a, b, c)
    framework = catalog.default()
    names = scored_names(framework, 6)
    packages: list[Path] = []

    def export(app: Application, audit_id: str) -> None:
        target = root / f"p{len(packages)}.jalon"
        app.packages.export(app.audits.get(audit_id), target)
        packages.append(target)

    def merge(app: Application, index: int) -> None:
        assert app.merges.merge_file(packages[index]).merged

    audit = a.audits.create(framework, "Caisse commune", "ML")
    answer_everything(a.audits.open(audit.id))
    export(a, audit.id)  # p0
    merge(b, 0)
    merge(c, 0)
    on_b = b.audits.open(audit.id)
    on_b.answer(names[0], "no")
    on_b.answer(names[1], "partially")
    export(b, audit.id)  # p1
    on_a = a.audits.open(audit.id)
    on_a.answer(names[1], "no")  # overlaps with b
    on_a.answer(names[2], "no")
    on_a.comment(names[3], "seen the board minutes")
    export(a, audit.id)  # p2
    on_c = c.audits.open(audit.id)
    on_c.answer(names[2], "partially")  # overlaps with a
    on_c.flag(names[4])
    export(c, audit.id)  # p3
    merge(b, 2)
    session = b.audits.open(audit.id)
    [view] = b.conflicts.list(session.audit, framework)
    b.conflicts.resolve(view.conflict, session.audit, framework, Resolution.KEEP_THEIRS)
    export(b, audit.id)  # p4: carries a resolution
    other = c.audits.create(framework, "Mutuelle du Nord", "NE")
    answer_everything(c.audits.open(other.id), variant=1)
    export(c, other.id)  # p5
    keys = [
        (app.keys.public_key_text(app.keys.current()), app.identity.author) for app in (a, b, c)
    ]
    yield packages, keys
    for app in (a, b, c):
        app.close()
    mp.undo()


def merge_into_fresh(packages: list[Path], keys, catalog) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        central = Application(AppPaths(Path(folder)), author="Head office")
        central.catalog = catalog
        try:
            for text, name in keys:
                central.trust.trust(text, name)
            receipts = central.merges.merge(packages)
            assert all(r.status != ReceiptStatus.REJECTED for r in receipts), receipts
            return merged_state(central)
        finally:
            central.close()


@pytest.fixture(scope="module")
def reference(corpus, catalog):
    packages, keys = corpus
    return merge_into_fresh(packages, keys, catalog)


def test_reference_merge_holds_the_expected_conflicts(reference):
    statuses = sorted(row[5] for row in reference["conflicts"])
    assert statuses == ["open", "resolved"]  # a vs c still open; a vs b resolved by b


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_order_any_repetition_gives_the_same_database(corpus, reference, catalog, data):
    packages, keys = corpus
    order = data.draw(st.permutations(range(len(packages))))
    repeats = data.draw(st.lists(st.sampled_from(range(len(packages))), max_size=4))
    sequence = [packages[i] for i in [*order, *repeats]]
    assert merge_into_fresh(sequence, keys, catalog) == reference
