"""audit.json read as hostile input: every field checked, with a message that says where."""

from __future__ import annotations

import json

import pytest

from app.exchange.exchange_error import PackageError
from app.exchange.package_content import PackageContent
from app.models.audit import Audit
from app.models.revision import Revision

AUDIT = Audit(id="a1", framework_hash="f" * 64, institution="Caisse", created_at="2025-01-01")


def revision(rid: str, parent: str | None = None, **changes) -> dict:
    data = Revision(
        rid, "a1", "q1", parent, "yes", "", "", False, "", "Awa", "s1", "2025-01-02T00:00:00Z"
    ).to_dict()
    return {**data, **changes}


def document(revisions: list) -> bytes:
    content = json.loads(PackageContent(AUDIT, ()).to_bytes())
    content["revisions"] = revisions
    return json.dumps(content).encode()


def test_a_valid_history_reads_back_equal():
    content = PackageContent(AUDIT, (Revision(**revision("r1")), Revision(**revision("r2", "r1"))))
    assert PackageContent.from_bytes(content.to_bytes()) == content


@pytest.mark.parametrize(
    "data, where",
    [
        (document([revision("r1", value=True)]), "revisions[0].value"),
        (document([revision("r1", flagged="yes")]), "revisions[0].flagged"),
        (document([revision("r1", audit_id="other")]), "revisions[0].audit_id"),
        (document([revision("r1", id="")]), "revisions[0].id"),
        (document(["not an object"]), "revisions[0]"),
        (document([revision("r1", "r9")]), "missing from the package"),
        (document([revision("r1", "r2"), revision("r2", "r1")]), "circle"),
        (document([revision("r1"), revision("r1")]), "twice"),
        (document([revision("r1", merge_parent_id="r1")]), "with itself"),
        (json.dumps({"format": "jalon-audit", "version": 2}).encode(), "does not declare"),
    ],
)
def test_bad_content_is_refused_with_its_place(data, where):
    with pytest.raises(PackageError) as caught:
        PackageContent.from_bytes(data)
    assert caught.value.kind == "content-invalid"
    assert where in str(caught.value)


@pytest.mark.parametrize(
    "data, kind, where",
    [
        (b"[" * 100_000 + b"]" * 100_000, "json-invalid", "not valid JSON"),
        (
            b'{"format": "jalon-audit", "version": 1, "n": ' + b"9" * 5000 + b"}",
            "json-invalid",
            "not valid JSON",
        ),
        (
            document([revision("r1", value=1e308 * 10)]).replace(b"Infinity", b"1e999"),
            "json-number-too-large",
            "holds the number 1e999, beyond what a decimal holds",
        ),
        (document([revision("r1", value=float("nan"))]), "json-not-a-number", "holds NaN"),
        (
            document([revision("r1")]).replace(b'"value": "yes"', b'"value": "yes", "value": "no"'),
            "json-duplicate-key",
            "'value' twice in one object, at revisions[0]",
        ),
        (
            document([revision("r1")]).replace(b'"format"', b'"format": "decoy", "format"'),
            "json-duplicate-key",
            "'format' twice in one object, at the top level",
        ),
        (
            document([revision("r1", comment="\ud800 half")]),
            "json-lone-surrogate",
            "at revisions[0].comment",
        ),
        (
            document([revision("r1", comment="bell \u0007")]),
            "json-control-character",
            "at revisions[0].comment",
        ),
    ],
)
def test_json_that_readers_could_read_differently_is_refused_with_its_path(data, kind, where):
    """Duplicate keys (a decoy object), NaN and Infinity, lone surrogates and control
    characters: refused with the JSON path, where Python's json module accepted them all."""
    with pytest.raises(PackageError) as caught:
        PackageContent.from_bytes(data)
    assert caught.value.kind == kind
    assert where in str(caught.value) and "audit.json" in str(caught.value)


def test_a_paired_surrogate_and_plain_tabs_and_newlines_are_fine():
    comment = "\U0001f600 tab\t line\n"
    data = document([revision("r1", comment=comment)])
    assert b"\\ud83d\\ude00" in data and b"\\t" in data  # escaped: the slow path is taken
    [read] = PackageContent.from_bytes(data).revisions
    assert read.comment == comment
