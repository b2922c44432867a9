"""The current answer and open conflicts follow from the set of revisions alone."""

from __future__ import annotations

import itertools

from app.exchange.merge.history_merge import HistoryMerge
from app.exchange.merge.revision_graph import RevisionGraph
from app.models.conflict import ConflictStatus
from app.models.revision import Revision


def rev(rid, parent=None, value="yes", when="2025-01-01T00:00:0{}Z", merge=None, n=0, **kw):
    return Revision(
        id=rid,
        audit_id="a",
        indicator="q",
        parent_id=parent,
        merge_parent_id=merge,
        value=value,
        na_reason="",
        comment=kw.get("comment", ""),
        flagged=False,
        department="",
        author="x",
        site=kw.get("site", "s"),
        created_at=when.format(n),
    )


def test_a_chain_has_its_tip_as_answer_and_no_conflict():
    graph = RevisionGraph([rev("1"), rev("2", "1", "no", n=1), rev("3", "2", "partially", n=2)])
    assert graph.head().id == "3"
    assert graph.conflicts("a", "q") == []


def test_divergent_changes_conflict_and_the_latest_is_shown():
    graph = RevisionGraph([rev("1"), rev("2", "1", "no", n=1), rev("3", "1", "partially", n=2)])
    assert graph.head().id == "3"
    [conflict] = graph.conflicts("a", "q")
    assert (conflict.revision_a, conflict.revision_b, conflict.status) == (
        "3",
        "2",
        ConflictStatus.OPEN,
    )


def test_same_change_made_twice_is_no_conflict_even_after_one_side_moves_on():
    twins = [rev("1"), rev("2", "1", "no", n=1), rev("3", "1", "no", n=2)]
    assert RevisionGraph(twins).conflicts("a", "q") == []
    later = RevisionGraph([*twins, rev("4", "3", "partially", n=3)])
    assert later.head().id == "4" and later.conflicts("a", "q") == []


def test_a_joining_revision_resolves_the_pair():
    graph = RevisionGraph(
        [
            rev("1"),
            rev("2", "1", "no", n=1),
            rev("3", "1", "partially", n=2),
            rev("4", "3", "no", n=3, merge="2"),
        ]
    )
    assert graph.head().id == "4"
    [conflict] = graph.conflicts("a", "q")
    assert conflict.status == ConflictStatus.RESOLVED and conflict.resolution_id == "4"


def test_conflicts_do_not_depend_on_arrival_order():
    revisions = [
        rev("1"),
        rev("2", "1", "no", n=1),
        rev("3", "1", "partially", n=2),
        rev("5", "1", "yes", n=4, comment="checked"),
        rev("4", "3", "no", n=3, merge="2"),
    ]
    results = set()
    for order in itertools.permutations(revisions):
        graph = RevisionGraph(order)
        results.add((graph.head().id, tuple(graph.conflicts("a", "q"))))
    assert len(results) == 1


def test_history_merge_applies_descendants_and_skips_known_revisions():
    local = [rev("1"), rev("2", "1", "no", n=1)]
    plan = HistoryMerge("a", local).plan([*local, rev("3", "2", "partially", n=2)])
    assert [r.id for r in plan.new_revisions] == ["3"]
    assert plan.heads["q"].id == "3" and plan.open_conflicts() == 0
    assert not HistoryMerge("a", local).plan(local).changed


def test_cycles_and_missing_parents_are_detected():
    assert RevisionGraph([rev("1", "2"), rev("2", "1")]).has_cycle()
    assert RevisionGraph([rev("1", "9")]).missing_parents() == [("1", "9")]
