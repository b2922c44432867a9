"""Reports and exports of audits, for the desktop app and the command line.

Gathers an audit's data into a ReportData snapshot, hands it to a writer of app/reports, and
moves the finished file into place atomically. Fill-in workbooks come back through
`preview_workbook` (shows every change, writes nothing) and `import_workbook` (applies them
as ordinary revisions, all or nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from app.models.action_progress import ActionProgress, action_progress
from app.models.audit import Audit, AuditEvent
from app.models.errors import JalonError
from app.models.follow_up import FollowUp
from app.models.framework import Framework
from app.models.peer_benchmark import PeerBenchmark
from app.models.progress import compare
from app.reports.answer_display import AnswerDisplay
from app.reports.consolidated_writer import ConsolidatedWriter
from app.reports.fill_in.fill_in_import_reader import FillInImportReader
from app.reports.fill_in.fill_in_workbook_writer import FillInWorkbookWriter
from app.reports.fill_in.workbook_import_plan import (
    ImportMode,
    WorkbookImportPlan,
    WorkbookPreview,
    WorkbookProblem,
)
from app.reports.pdf_report_writer import PdfReportWriter
from app.reports.progress import NO_PROGRESS, Progress
from app.reports.report_data import EvidenceItem, ReportData
from app.reports.report_format import ReportFormatter
from app.reports.report_texts import REPORT_LANGUAGES, ReportTexts
from app.reports.xlsx_report_writer import XlsxReportWriter
from app.services.atomic_output import AtomicOutput
from app.services.audit_service import AuditService
from app.services.audit_session import AuditSession
from app.services.backup_service import BackupService
from app.services.identity import utc_now
from app.services.institution_service import InstitutionService
from app.services.progress_service import ProgressService
from app.services.tidy_export.audit_scores import AuditScores
from app.storage.store import Store


class ReportService:
    def __init__(
        self,
        store: Store,
        audits: AuditService,
        fonts_dir: Path | None = None,
        backups: BackupService | None = None,
        benchmark: Callable[[], PeerBenchmark | None] | None = None,
    ):
        self._store = store
        # Reads the peer benchmark imported here, verified (None when there is none): a
        # report shows the audit against its peer group, or says that none applies. Read
        # when a report is written, not for every export (the consolidated one has none).
        self._benchmark = benchmark
        self._backups = backups  # an import changes many answers at once: back up first
        self._audits = audits
        self._progress = ProgressService(audits, InstitutionService(store, audits.identity))
        self._fonts_dir = fonts_dir
        self._frameworks: dict[str, Framework] = {}

    # --- gathering -----------------------------------------------------------------------------

    def language_for(self, audit: Audit, language: str | None) -> str:
        """The requested report language, else the audit's content language, else English."""
        if language:
            if language not in REPORT_LANGUAGES:
                raise JalonError(
                    "reports can be written in {known}, not {language!r}",
                    known=", ".join(REPORT_LANGUAGES),
                    language=language,
                )
            return language
        return audit.content_language if audit.content_language in REPORT_LANGUAGES else "en"

    def session(self, audit: Audit) -> AuditSession:
        return AuditSession(self._store, audit, self._framework_of(audit), self._audits.identity)

    def _framework_of(self, audit: Audit) -> Framework:
        """The audit's framework, parsed once per export, not once per audit."""
        framework = self._frameworks.get(audit.framework_hash)
        if framework is None:
            framework = self._audits.framework_of(audit)
            self._frameworks[audit.framework_hash] = framework
        return framework

    def report_data(self, reference: str, language: str | None = None) -> ReportData:
        return self._data_of(self._audits.get(reference), language)

    def _data_of(self, audit: Audit, language: str | None) -> ReportData:
        session = self.session(audit)
        evidence = [
            EvidenceItem(
                link.indicator, link.filename, link.size, link.sha256, link.added_by, link.added_at
            )
            for link in session.evidence()
        ]
        card = session.score()
        benchmark = self._benchmark() if self._benchmark is not None else None
        peers = (
            benchmark.comparison(audit, session.framework, session.answers, card)
            if benchmark is not None
            else None
        )
        follow_up = session.follow_up
        return ReportData(
            audit=audit,
            framework=session.framework,
            answers=session.answers,
            card=card,
            language=self.language_for(audit, language),
            peers=peers,
            generated_at=datetime.now().astimezone(),
            actions=session.actions(),
            evidence=evidence,
            seal_intact=session.seal_intact() if audit.is_finalized else None,
            generated_by=self._audits.identity.author,
            history=self._progress.report_history(audit.id),
            previous_plan=(
                self._previous_plan(session, follow_up) if follow_up is not None else ()
            ),
            previous_period=follow_up.previous_period if follow_up is not None else "",
            confirmed_figures={c.flag.indicator: c for c in session.confirmed_figures()},
        )

    def _previous_plan(
        self, session: AuditSession, follow_up: FollowUp
    ) -> tuple[ActionProgress, ...]:
        """The previous audit's plan with what became of it in this follow-up; empty when
        this installation does not hold the previous audit (it travelled alone)."""
        previous_audit = self._store.audits.get(follow_up.previous_audit)
        if previous_audit is None:
            return ()
        previous = self.session(previous_audit)
        progress = compare(previous.framework, previous.score(), session.framework, session.score())
        return action_progress(progress, previous.actions(), session.actions())

    # --- writing -------------------------------------------------------------------------------

    def write_pdf(
        self,
        reference: str,
        target: Path,
        language: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Path:
        data = self.report_data(reference, language)
        with AtomicOutput(target).path() as partial:
            PdfReportWriter(self._fonts_dir).write(data, partial, progress)
        return Path(target)

    def write_xlsx(
        self,
        reference: str,
        target: Path,
        language: str | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Path:
        data = self.report_data(reference, language)
        with AtomicOutput(target).path() as partial:
            XlsxReportWriter(data).write(partial, progress)
        return Path(target)

    def write_consolidated(
        self,
        target: Path,
        language: str = "en",
        references: list[str] | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> int:
        """One workbook for many audits (all by default); returns how many were written."""
        audits = [self._audits.get(r) for r in references] if references else self._audits.list()
        if not audits:
            raise JalonError("there is no audit to export")
        language = self.language_for(audits[0], language)
        frameworks = {a.framework_hash: self._framework_of(a) for a in audits}

        def snapshots() -> Iterator[ReportData]:
            # One audit in memory at a time: the writer streams each one to disk. Scored as
            # the tidy export scores, with what a framework's audits share worked out once.
            for scored in AuditScores(self._store, frameworks).scored(audits):
                yield ReportData(
                    audit=scored.audit,
                    framework=scored.framework,
                    answers=scored.answers,
                    card=scored.card,
                    language=language,
                    generated_at=datetime.now().astimezone(),
                    generated_by=self._audits.identity.author,
                )

        writer = ConsolidatedWriter(language, list(frameworks.values()))
        with AtomicOutput(target).path() as partial:
            writer.write(partial, snapshots(), len(audits), progress)
        return len(audits)

    def export_workbook(self, reference: str, target: Path, language: str | None = None) -> Path:
        """An offline fill-in workbook of the audit, for someone without Jalon."""
        data = self.report_data(reference, language)
        if data.audit.is_finalized:
            raise JalonError(
                "the audit of {institution} is finalized; a fill-in workbook is "
                "only useful for a draft",
                institution=data.audit.institution,
            )
        with AtomicOutput(target).path() as partial:
            FillInWorkbookWriter(data).write(partial)
        return Path(target)

    # --- fill-in workbook coming back ----------------------------------------------------------

    def preview_workbook(self, reference: str, source: Path, mode: ImportMode) -> WorkbookPreview:
        """Every change importing `source` would make, and every problem; writes nothing."""
        return self._preview(self._audits.open(reference), Path(source), mode)

    def _preview(self, session: AuditSession, source: Path, mode: ImportMode) -> WorkbookPreview:
        audit = session.audit
        if audit.is_finalized:
            return WorkbookPreview(
                mode,
                problems=[
                    WorkbookProblem.of(
                        source.name,
                        None,
                        None,
                        JalonError(
                            "the audit of {institution} is finalized; reopen it with a reason "
                            "before importing answers",
                            institution=audit.institution,
                        ),
                    )
                ],
            )
        reader = FillInImportReader(session.framework, audit)
        reader.read(source)
        language = self.language_for(audit, None)
        if reader.meta.get("language") in REPORT_LANGUAGES:
            language = reader.meta["language"]
        texts = ReportTexts(language)
        display = AnswerDisplay(session.framework, language, ReportFormatter(language), texts)
        plan = WorkbookImportPlan(
            session.framework, session.answers, audit.modules, display, reader.sheet
        )
        return plan.build(reader.entries, mode, reader.problems)

    def import_workbook(
        self,
        reference: str,
        source: Path,
        mode: ImportMode,
        previewed: WorkbookPreview | None = None,
    ) -> WorkbookPreview:
        """Apply a filled-in workbook as ordinary revisions by the current user, all or nothing.

        With `previewed`, the import is refused if the workbook now says something else than
        what the user saw and accepted."""
        source = Path(source)
        session = self._audits.open(reference)
        preview = self._preview(session, source, mode)
        if preview.problems:
            raise JalonError(
                "the workbook was not imported: {count} problem(s); the first: {first}",
                count=len(preview.problems),
                first=str(preview.problems[0]),
            )
        if previewed is not None and previewed.changes != preview.changes:
            raise JalonError(
                "{file} changed since it was previewed; preview it again", file=source.name
            )
        apply: dict[str, Callable[[str, Any], object]] = {
            "answer": session.answer,
            "not_applicable": session.mark_not_applicable,
            "comment": session.comment,
        }
        identity = self._audits.identity
        if preview.changes and self._backups is not None:
            self._backups.before("workbook-import")
        with self._store.transaction():
            for change in preview.changes:
                apply[change.field](change.indicator, change.value)
            if preview.changes:
                self._store.audits.log(
                    AuditEvent(
                        session.audit.id,
                        "workbook-imported",
                        {"file": source.name, "mode": mode.value, "changes": len(preview.changes)},
                        identity.author,
                        utc_now(),
                    )
                )
        return preview
