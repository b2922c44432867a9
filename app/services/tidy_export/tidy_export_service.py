"""The tidy export for analysts: every audit as long tables in CSV or Parquet, in a folder, in
full or incrementally (only audits changed since the last export to that folder).

A full export replaces the folder's tables (and the batches of earlier incremental exports,
which it supersedes); an incremental one adds a batch folder `changes/<batch>/` holding the
changed audits only. Tables are written in a hidden folder first and moved into place, and the
folder's record (jalon-export.json) is saved last: a cancel or a crash leaves the previous
export whole, and the next incremental export redoes what was lost.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.tidy_export_writer import README, TidyCounts, TidyExportWriter
from app.reports.tidy_table_file import FORMATS
from app.services.audit_service import AuditService
from app.services.tidy_export.audit_scores import AuditScores
from app.services.tidy_export.export_manifest import ExportManifest
from app.services.tidy_export.tidy_export_workers import (
    MIN_AUDITS,
    PIECE_AUDITS,
    TidyExportWorkers,
)
from app.storage.store import Store

CHANGES = "changes"
_BATCH_FOLDER = re.compile(r"\d{8}T\d{6}_\d{6}Z")


@dataclass(frozen=True)
class TidyExportResult:
    folder: Path  # where this run's tables are (the target, or its new batch folder)
    audits: int  # audits written
    answers: int  # answer rows written
    removed: int  # audits exported before and since removed from the database
    incremental: bool


class TidyExportService:
    def __init__(
        self, store: Store, audits: AuditService, min_audits_for_workers: int = MIN_AUDITS
    ):
        self._store = store
        self._audits = audits
        self._min_audits_for_workers = min_audits_for_workers
        self._frameworks: dict[str, Framework] = {}

    def export(
        self, target: Path, kind: str, incremental: bool = False, progress: Progress = NO_PROGRESS
    ) -> TidyExportResult:
        if kind not in FORMATS:
            raise JalonError(
                "the tidy export is written as {known}, not {kind!r}",
                known=" or ".join(FORMATS),
                kind=kind,
            )
        target = Path(target)
        if target.exists() and not target.is_dir():
            raise JalonError(
                "{folder} is a file; the tidy export needs a folder", folder=str(target)
            )
        target.mkdir(parents=True, exist_ok=True)
        manifest = ExportManifest.load(target)
        if incremental and manifest is not None and manifest.format != kind:
            raise JalonError(
                "{folder} holds a {held} export; export it as {held} too, or choose another folder",
                folder=str(target),
                held=manifest.format,
            )
        audits = self._audits.list()
        # Marks are read before the answers: an audit changed while the export runs is
        # written again by the next incremental export, never missed by it (one deleted
        # meanwhile has no mark, and counts as changed).
        marks = self._store.audits.change_marks()
        if incremental and manifest is not None:
            return self._add_batch(target, kind, manifest, audits, marks, progress)
        return self._replace_all(target, kind, manifest, audits, marks, progress)

    def _replace_all(
        self,
        target: Path,
        kind: str,
        previous: ExportManifest | None,
        audits: list[Audit],
        marks: dict[str, str],
        progress: Progress,
    ) -> TidyExportResult:
        batch = _batch_time()
        with _staging(target, ".partial-" + _folder_name(batch)) as staging:
            writer, counts = self._write(staging, kind, batch, audits, progress)
            for name in (*writer.file_names(), README):
                (staging / name).replace(target / name)
        if previous is not None:
            for entry in previous.batches:
                _remove_batch(target, entry["folder"])
        manifest = ExportManifest(
            kind,
            {a.id: marks.get(a.id, "") for a in audits},
            [{"folder": ".", "batch": batch, "audits": counts.audits, "removed": []}],
        )
        manifest.save(target)
        return TidyExportResult(target, counts.audits, counts.answers, 0, False)

    def _add_batch(
        self,
        target: Path,
        kind: str,
        manifest: ExportManifest,
        audits: list[Audit],
        marks: dict[str, str],
        progress: Progress,
    ) -> TidyExportResult:
        changed = [a for a in audits if manifest.audits.get(a.id) != marks.get(a.id, "")]
        present = {a.id for a in audits}
        removed = sorted(i for i in manifest.audits if i not in present)
        if not changed and not removed:
            progress.step(0, 0)
            return TidyExportResult(target, 0, 0, 0, True)
        batch = _batch_time()
        folder = target / CHANGES / _folder_name(batch)
        (target / CHANGES).mkdir(exist_ok=True)
        with _staging(target / CHANGES, ".partial-" + folder.name) as staging:
            counts = self._write(staging, kind, batch, changed, progress)[1]
            staging.rename(folder)
        for audit in changed:
            manifest.audits[audit.id] = marks.get(audit.id, "")
        for audit_id in removed:
            del manifest.audits[audit_id]
        manifest.batches.append(
            {
                "folder": f"{CHANGES}/{folder.name}",
                "batch": batch,
                "audits": counts.audits,
                "removed": removed,
            }
        )
        manifest.save(target)
        return TidyExportResult(folder, counts.audits, counts.answers, len(removed), True)

    def _frameworks_of(self, audits: list[Audit]) -> dict[str, Framework]:
        for audit in audits:
            if audit.framework_hash not in self._frameworks:
                self._frameworks[audit.framework_hash] = self._audits.framework_of(audit)
        return {a.framework_hash: self._frameworks[a.framework_hash] for a in audits}

    def _write(
        self, folder: Path, kind: str, batch: str, audits: list[Audit], progress: Progress
    ) -> tuple[TidyExportWriter, TidyCounts]:
        """Both tables of `audits` into `folder`: rows made in helper processes for many
        audits on a machine with cores to spare, here otherwise."""
        frameworks = self._frameworks_of(audits)
        writer = TidyExportWriter(kind, batch, list(frameworks.values()))
        if len(audits) >= self._min_audits_for_workers and TidyExportWorkers.count():
            workers = TidyExportWorkers(
                self._store.database.path, kind, batch, list(frameworks.values())
            )
            pieces = workers.pieces([a.id for a in audits])
        else:
            scores = AuditScores(self._store, frameworks)
            pieces = writer.pieces(scores.scored(audits), PIECE_AUDITS)
        # Closed at once on a cancel or an error: the helper processes stop with it.
        with closing(pieces):
            return writer, writer.write(folder, pieces, len(audits), progress)


def _batch_time() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _folder_name(batch: str) -> str:
    """2026-12-06T09:15:02.123456Z → 20261206T091502_123456Z (valid on every file system)."""
    return batch.replace("-", "").replace(":", "").replace(".", "_")


@contextmanager
def _staging(parent: Path, name: str) -> Iterator[Path]:
    """A hidden folder to write into, removed with whatever is left in it at the end."""
    path = parent / name
    try:
        path.mkdir()
    except OSError as error:
        raise JalonError(
            "cannot write in {folder}: {reason}",
            folder=str(parent),
            reason=error.strerror or str(error),
        ) from error
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _remove_batch(target: Path, folder: str) -> None:
    """Remove a superseded batch folder, and only a folder shaped like one Jalon wrote: the
    record is a file in the user's folder, never a licence to delete elsewhere."""
    parts = folder.split("/")
    if len(parts) == 2 and parts[0] == CHANGES and _BATCH_FOLDER.fullmatch(parts[1]):
        shutil.rmtree(target / CHANGES / parts[1], ignore_errors=True)
