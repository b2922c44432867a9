"""Fuzzing the package reader: random damage, and hostile content signed with a real key.

tests/exchange/test_hostile_packages.py holds the named attacks (traversal, links, bombs,
forged signers...). Here hypothesis throws random damage at a real package, and a forger who
holds a key signs arbitrary JSON in place of audit.json, framework.json or manifest.json: the
reader may only answer with a PackageError (a JalonError), quickly, or a verified package.
"""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange.exchange_error import PackageError
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.package_content import PackageContent
from app.exchange.package_reader import PackageReader
from app.exchange.package_writer import PackageWriter
from app.exchange.signing_key import SigningKey
from app.frameworks.framework_loader import load_framework
from app.services.identity import utc_now
from tests.exchange import hostile_corpus as corpus
from tests.fixtures.sample_workbook import write_sample
from tests.reliability.hostile_files import within

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def signed(tmp_path_factory, catalog):
    """A real package of a small audit (answers, a comment, an action), its key and items."""
    from app.composition import Application
    from app.paths import AppPaths

    root = tmp_path_factory.mktemp("fuzz-packages")
    framework = load_framework(write_sample(root / "sample.xlsx")).framework
    application = Application(AppPaths(root / "data"), author="Awa")
    try:
        session = application.audits.open(
            application.audits.create(framework, "Caisse de Test", "SN").id
        )
        for name, value in (("q1", "yes"), ("q2", "no"), ("q3", "yes"), ("q1", "partially")):
            session.answer(name, value)
        session.comment("q2", "Targets are set every year")
        session.add_action("q2", "Publish targets")
        content = PackageContent(
            audit=session.audit,
            revisions=tuple(application.store.revisions.all_for_audit(session.audit.id)),
            actions=tuple(session.actions()),
        )
    finally:
        application.close()
    key = SigningKey.generate()
    _, data = PackageWriter(key, "Awa", "Réseau", "0.1").build(content, framework, {}, utc_now())
    reader = PackageReader(trust=None)
    reader.read(data)  # the undamaged package is valid
    return key, data, reader


def _read(reader: PackageReader, data: bytes) -> None:
    try:
        with within(20):
            reader.read(data)
    except PackageError as error:
        assert str(error) and error.kind


@FUZZ
@given(st.data())
def test_truncated_or_flipped_packages_give_a_package_error(signed, data):
    _, package, reader = signed
    damaged = bytearray(package)
    if data.draw(st.booleans()):
        damaged = damaged[: data.draw(st.integers(0, len(damaged) - 1))]
    else:
        for _ in range(data.draw(st.integers(1, 8))):
            position = data.draw(st.integers(0, len(damaged) - 1))
            damaged[position] ^= data.draw(st.integers(1, 255))
    _read(reader, bytes(damaged))


@FUZZ
@given(st.binary(max_size=5000))
def test_random_bytes_give_a_package_error(signed, content):
    _read(signed[2], b"PK\x03\x04" + content)
    _read(signed[2], content)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["", "yes", "q1", "x" * 200_000, "../../etc/passwd", "2026-13-45"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _mutate(document, data):
    """Replace, delete or deeply nest one randomly chosen spot of a JSON document."""
    document = copy.deepcopy(document)
    holder, key = None, None
    node = document
    while isinstance(node, dict | list) and node and data.draw(st.integers(0, 3)):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        holder, key = node, data.draw(st.sampled_from(keys))
        node = node[key]
    action = data.draw(st.sampled_from(["replace", "delete", "nest"]))
    if holder is None:
        return data.draw(JSON) if action == "replace" else [document]
    if action == "delete":
        del holder[key]
    elif action == "nest":
        nested = holder[key]
        for _ in range(data.draw(st.sampled_from([10, 5000, 200_000]))):
            nested = [nested]
        holder[key] = nested
    else:
        holder[key] = data.draw(JSON)
    return document


def _dumps(document) -> bytes:
    try:
        return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except RecursionError:  # too deep for the encoder: write the nesting by hand
        return b"[" * 200_000 + b"]" * 200_000


@FUZZ
@given(st.sampled_from(["audit.json", "framework.json"]), st.data())
def test_hostile_content_signed_by_a_real_key_gives_a_package_error(signed, name, data):
    key, package, reader = signed
    items = corpus.entries(package)
    document = _mutate(json.loads(dict(items)[name]), data)
    changed = corpus.replace(items, name, _dumps(document))
    if name == "framework.json":  # the forger also signs the hash of the hostile framework
        digest = hashlib.sha256(dict(changed)[name]).hexdigest()
        resigned = corpus.resign(changed, key, lambda m: m["framework"].update(hash=digest))
    else:
        resigned = corpus.resign(changed, key, lambda m: None)
    _read(reader, corpus.build(resigned))


@FUZZ
@given(st.data())
def test_a_hostile_manifest_signed_by_a_real_key_gives_a_package_error(signed, data):
    key, package, reader = signed
    items = corpus.entries(package)
    manifest = _dumps(_mutate(json.loads(dict(items)["manifest.json"]), data))
    signature = MinisignSignature.create(key, manifest, "jalon package").to_text().encode()
    items = corpus.replace(
        corpus.replace(items, "manifest.json", manifest), "manifest.json.minisig", signature
    )
    _read(reader, corpus.build(items))
