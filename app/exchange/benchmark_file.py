"""A peer benchmark as one signed file: a zip of benchmark.json, its minisign signature
(benchmark.json.minisig, checkable with stock `minisign -Vm benchmark.json -p signer.pub`) and
signer.pub. Read as hostile input: a bounded size, exactly those three entries, strict JSON,
and a signature by a key of this installation's trust store (not the signer.pub it carries)."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any

from app.exchange.benchmark_shape import BenchmarkShape
from app.exchange.exchange_error import PackageError
from app.exchange.minisign_public_key import MinisignPublicKey, key_id_text
from app.exchange.minisign_signature import MinisignSignature
from app.exchange.signing_key import SigningKey
from app.exchange.strict_json import StrictJson
from app.models.trusted_signer import TrustedSigner

BENCHMARK = "benchmark.json"
SIGNATURE = "benchmark.json.minisig"
SIGNER_KEY = "signer.pub"
MAX_FILE_BYTES = 50 * 1024 * 1024
FORMAT = "jalon-benchmark"
VERSION = 1


class BenchmarkFile:
    @staticmethod
    def build(document: dict[str, Any], key: SigningKey, signer_name: str) -> bytes:
        data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        comment = f"jalon benchmark signed {document['created_at']}"
        signature = MinisignSignature.create(key, data, comment)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(BENCHMARK, data)
            archive.writestr(SIGNATURE, signature.to_text())
            archive.writestr(SIGNER_KEY, key.public.to_text(signer_name))
        return buffer.getvalue()

    @staticmethod
    def read(data: bytes, signers: Iterable[TrustedSigner]) -> tuple[dict[str, Any], str]:
        """The verified document and the signer's key id; PackageError when anything is
        wrong, nothing kept."""
        if len(data) > MAX_FILE_BYTES:
            raise PackageError(
                "benchmark-too-large",
                "the benchmark file is larger than {limit} bytes",
                limit=MAX_FILE_BYTES,
            )
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except zipfile.BadZipFile:
            raise PackageError("not-a-zip", "the benchmark file is not a zip archive") from None
        names = sorted(info.filename for info in infos)
        if names != sorted((BENCHMARK, SIGNATURE, SIGNER_KEY)):
            raise PackageError(
                "benchmark-entries",
                "the benchmark file holds {names}, not "
                "exactly benchmark.json, its signature and signer.pub",
                names=", ".join(names) or "nothing",
            )
        if sum(info.file_size for info in infos) > MAX_FILE_BYTES:
            raise PackageError(
                "benchmark-too-large",
                "the benchmark file is larger than {limit} bytes",
                limit=MAX_FILE_BYTES,
            )
        try:
            contents = {info.filename: archive.read(info) for info in infos}
        except (zipfile.BadZipFile, OSError, EOFError):
            raise PackageError("damaged", "the benchmark file is damaged") from None
        signature = MinisignSignature.parse(contents[SIGNATURE])
        key_id = key_id_text(signature.key_id)
        trusted = {s.key_id: s for s in signers}.get(key_id)
        if trusted is None or trusted.is_revoked:
            raise PackageError(
                "unknown-signer",
                "the benchmark file is signed by key {key}, which this installation does not trust",
                key=key_id,
            )
        if not signature.verify(
            contents[BENCHMARK], MinisignPublicKey.from_line(trusted.public_key)
        ):
            raise PackageError(
                "bad-signature",
                "the benchmark file's signature does not "
                "match its content: it was changed after signing",
            )
        document = StrictJson(BENCHMARK).loads(contents[BENCHMARK])
        if (
            not isinstance(document, dict)
            or document.get("format") != FORMAT
            or (document.get("version") != VERSION)
        ):
            raise PackageError(
                "benchmark-format",
                "benchmark.json does not declare format {name} version {version}",
                name=FORMAT,
                version=VERSION,
            )
        BenchmarkShape.check(document)
        return document, key_id
