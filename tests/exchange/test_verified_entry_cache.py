"""One reader verifies many packages of a merge and unpacks a shared framework snapshot once.
Reusing what was verified must never let a damaged or disguised entry through."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from app.exchange.exchange_error import PackageError
from app.exchange.package_manifest import FRAMEWORK
from app.models.import_receipt import ReceiptStatus
from tests.audit_filler import answer_everything
from tests.exchange.conftest import introduce


@pytest.fixture
def two_packages(make_site, tmp_path):
    """Two audits of the same framework from one field site; an office that trusts it."""
    field, office = make_site("field"), make_site("office")
    introduce(field, office)
    files = []
    for name in ("Caisse A", "Caisse B"):
        audit = field.audits.create(field.catalog.default(), name, "SN")
        session = field.audits.open(audit.id)
        answer_everything(session)
        target = tmp_path / f"{name}.jalon"
        field.packages.export(session.audit, target)
        files.append(target)
    return office, files


def _framework_offsets(data: bytes) -> tuple[int, int, int]:
    """Where framework.json's local name and compressed bytes start, and the name's length."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(FRAMEWORK)
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    name_start = info.header_offset + 30
    return name_start, name_start + name_length + extra_length, name_length


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :]


def test_second_package_of_a_framework_reads_the_same(two_packages):
    office, (first, second) = two_packages
    opener = office.packages.opener()
    one = opener.open(first).package
    two = opener.open(second).package
    assert one.framework.content_hash == two.framework.content_hash
    assert two.manifest.institution == "Caisse B"
    fresh = office.packages.opener().open(second).package
    assert fresh.content == two.content


def test_framework_bytes_damaged_after_a_good_package_are_still_refused(two_packages):
    office, (first, second) = two_packages
    data = second.read_bytes()
    _name, compressed, _length = _framework_offsets(data)
    damaged = _flip(data, compressed + 100)  # same sizes and declared CRC, other bytes
    opener = office.packages.opener()
    opener.open(first)
    with pytest.raises(PackageError) as refused:
        opener.open_bytes(damaged, "damaged.jalon")
    assert refused.value.kind == "damaged"


def test_framework_under_a_disguised_local_name_is_still_refused(two_packages):
    office, (first, second) = two_packages
    data = second.read_bytes()
    name, _compressed, length = _framework_offsets(data)
    disguised = _flip(data, name + length - 1)  # "framework.json" -> "framework.jsoo"
    opener = office.packages.opener()
    opener.open(first)
    with pytest.raises(PackageError) as refused:
        opener.open_bytes(disguised, "disguised.jalon")
    assert refused.value.kind == "damaged"


def test_a_merge_accepts_the_good_package_and_refuses_the_damaged_one(two_packages, tmp_path):
    office, (first, second) = two_packages
    data = second.read_bytes()
    _name, compressed, _length = _framework_offsets(data)
    damaged = tmp_path / "damaged.jalon"
    damaged.write_bytes(_flip(data, compressed + 100))
    receipts = office.merges.merge([first, damaged, second])
    assert [r.status for r in receipts] == [
        ReceiptStatus.ACCEPTED,
        ReceiptStatus.REJECTED,
        ReceiptStatus.ACCEPTED,
    ]
    assert receipts[1].problem == "damaged"
