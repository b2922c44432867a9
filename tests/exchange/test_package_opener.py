"""A file that cannot be a package is refused from its first bytes and its zip end records,
before it is read whole: a folder merge used to read every 500 MB file into memory first."""

from __future__ import annotations

import os
import tracemalloc

import pytest

from app.exchange.exchange_error import PackageError
from app.exchange.package_opener import PackageOpener
from app.exchange.package_reader import PackageReader

SPARSE_BYTES = 64 * 1024 * 1024


def _sparse(path, head: bytes):
    with open(path, "wb") as handle:
        handle.write(head)
    os.truncate(path, SPARSE_BYTES)  # a hole: no disk used, but 64 MB to read
    return path


@pytest.mark.parametrize(
    "head, kind, said",
    [
        (b"", "not-a-zip", "it is not a zip archive"),
        (b"PK\x03\x04", "damaged", "its zip directory has no end"),
    ],
)
def test_a_large_file_that_is_no_zip_is_refused_without_being_read_whole(
    tmp_path, head, kind, said
):
    path = _sparse(tmp_path / "big.jalon", head)
    opener = PackageOpener(PackageReader(trust=None, known_framework=lambda _h: None), list)
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as caught:
            opener.open(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.kind == kind and said in str(caught.value)
    assert peak < SPARSE_BYTES // 16  # at most the 64 KB tail is read, never the whole file
