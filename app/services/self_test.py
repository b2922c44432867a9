"""The self-test: the whole chain of work a user depends on, run on throw-away data.

A support person asks a user to run `jalon --self-test`; the built bundle runs it after every
build. Every step uses the real services on a real database in a temporary folder that is
removed afterwards; the user's own data is never opened.
"""

from __future__ import annotations

import logging
import re
import secrets
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from openpyxl import load_workbook

from app.exchange.key_file import PASSPHRASE
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.framework import Framework, Indicator, QuestionType
from app.models.import_receipt import ReceiptStatus
from app.services.audit_service import AuditService
from app.services.framework_service import FrameworkService
from app.services.key_service import KeyService, PassphrasePrompt
from app.services.merge.merge_service import MergeService
from app.services.merge.process_verifier import ProcessVerifier
from app.services.package_service import PackageService
from app.services.report_service import ReportService
from app.services.trust_service import TrustService

log = logging.getLogger("jalon.self_test")

INSTITUTION = "Jalon self-test"


class Installation(Protocol):
    """What the self-test needs of an installation (the composition root provides it)."""

    @property
    def frameworks(self) -> FrameworkService: ...

    @property
    def audits(self) -> AuditService: ...

    @property
    def reports(self) -> ReportService: ...

    @property
    def keys(self) -> KeyService: ...

    @property
    def trust(self) -> TrustService: ...

    @property
    def packages(self) -> PackageService: ...

    @property
    def merges(self) -> MergeService: ...

    passphrase_prompt: PassphrasePrompt | None

    def close(self) -> None: ...


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool | None  # None: not run, because an earlier step failed
    detail: str = ""
    seconds: float = 0.0

    @property
    def status(self) -> str:
        return {True: "OK", False: "FAILED", None: "SKIPPED"}[self.ok]


@dataclass
class _Work:
    """What the steps hand to each other."""

    folder: Path
    installations: list[Installation] = field(default_factory=list)
    frameworks: list[Framework] = field(default_factory=list)
    made_audit: Audit | None = None
    written_package: Path | None = None
    public_key: str = ""
    # The self-test's own signing key is protected by a throw-away passphrase, never by the
    # system keyring: the test must leave nothing behind on the machine.
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    # The steps run in order and stop at the first failure: a later step finds these made.
    @property
    def audit(self) -> Audit:
        assert self.made_audit is not None, "the audit is made by an earlier step"
        return self.made_audit

    @property
    def package(self) -> Path:
        assert self.written_package is not None, "the package is written by an earlier step"
        return self.written_package


class SelfTest:
    def __init__(
        self,
        open_installation: Callable[[Path], Installation],
        temporary_parent: Path | None = None,
    ):
        """`open_installation(folder)` opens an installation whose data lives in `folder`."""
        self._open_installation = open_installation
        self._temporary_parent = temporary_parent

    def steps(self) -> list[tuple[str, Callable[[_Work], str]]]:
        return [
            ("Temporary data folder", self._create_installation),
            ("Bundled frameworks load", self._load_frameworks),
            ("Audit created and answered", self._answer_audit),
            ("Audit scored", self._score_audit),
            ("PDF report written", self._write_pdf),
            ("Excel report written", self._write_xlsx),
            ("Signed package exported", self._export_package),
            ("Package verified", self._verify_package),
            ("Package verified by a helper process", self._verify_in_process),
            ("Package imported elsewhere", self._import_package),
        ]

    def run(self, on_step: Callable[[StepResult], None] | None = None) -> list[StepResult]:
        """Runs every step in order (after a failure the rest are skipped); `on_step` sees
        each result as soon as it is known."""
        results: list[StepResult] = []
        with self._workspace() as work:
            try:
                for name, step in self.steps():
                    result = (
                        _run_step(name, step, work) if _all_ok(results) else StepResult(name, None)
                    )
                    results.append(result)
                    if on_step:
                        on_step(result)
            finally:
                for installation in work.installations:
                    installation.close()
        return results

    @staticmethod
    def passed(results: list[StepResult]) -> bool:
        return bool(results) and _all_ok(results)

    # --- steps; each returns a one-line detail or raises -----------------------------------

    def _workspace(self) -> _TemporaryWork:
        if self._temporary_parent is not None:
            self._temporary_parent.mkdir(parents=True, exist_ok=True)
        return _TemporaryWork(self._temporary_parent)

    def _create_installation(self, work: _Work) -> str:
        installation = self._install(work, "first")
        installation.audits.list()  # opens and migrates the database
        return str(work.folder)

    def _install(self, work: _Work, name: str) -> Installation:
        installation = self._open_installation(work.folder / name)
        work.installations.append(installation)
        return installation

    def _load_frameworks(self, work: _Work) -> str:
        frameworks = work.installations[0].frameworks.bundled()
        if not frameworks:
            raise JalonError("no bundled framework was found")
        work.frameworks = frameworks
        return ", ".join(f"{f.id} {f.version} ({len(f.indicators)} questions)" for f in frameworks)

    def _answer_audit(self, work: _Work) -> str:
        installation = work.installations[0]
        framework = work.frameworks[0]
        audit = installation.audits.create(framework, INSTITUTION, "SN")
        session = installation.audits.open(audit.id)
        questions = _best_answers(framework)
        for indicator, choice in questions:
            session.answer(indicator.name, choice)
        # Read the answers back through a fresh session: what counts is what was stored.
        stored = installation.audits.open(audit.id).answers
        missing = [
            i.display_code
            for i, choice in questions
            if i.name not in stored or stored[i.name].value != choice
        ]
        if missing:
            raise JalonError(
                "{count} answers were not stored (first: {code})",
                count=len(missing),
                code=missing[0],
            )
        work.made_audit = audit
        return f"{len(questions)} answers saved and read back"

    def _score_audit(self, work: _Work) -> str:
        session = work.installations[0].audits.open(work.audit.id)
        overall = session.score().overall
        if overall.percent is None or abs(overall.percent - 100.0) > 1e-9:
            raise JalonError(
                "every answer is the best choice but the score is {percent} %, not 100 %",
                percent=overall.percent,
            )
        # One worse answer must lower the score: the scoring reacts to what is saved.
        indicator, worst = _worst_answer(work.frameworks[0])
        session.answer(indicator.name, worst)
        lowered = session.score().overall.percent
        if lowered is None or lowered >= 100.0:
            raise JalonError(
                "answering {code} with its worst choice left the score at {percent} %",
                code=indicator.display_code,
                percent=lowered,
            )
        return f"100 % with best answers, {lowered:.1f} % after one worse answer"

    def _write_pdf(self, work: _Work) -> str:
        reports = work.installations[0].reports
        target = reports.write_pdf(work.audit.id, work.folder / "report.pdf")
        data = target.read_bytes()
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or pages < 2:
            raise JalonError(
                "the PDF report {file} is incomplete ({pages} pages)", file=str(target), pages=pages
            )
        return f"{pages} pages, {len(data) // 1024} KiB"

    def _write_xlsx(self, work: _Work) -> str:
        reports = work.installations[0].reports
        target = reports.write_xlsx(work.audit.id, work.folder / "report.xlsx")
        workbook = load_workbook(target, read_only=True)
        try:
            title, sheets = workbook.properties.title or "", workbook.sheetnames
            rows = max(sheet.max_row or 0 for sheet in workbook.worksheets)
        finally:
            workbook.close()
        if INSTITUTION not in title or rows < len(_best_answers(work.frameworks[0])):
            raise JalonError(
                "the Excel report {file} is incomplete ({rows} rows)", file=str(target), rows=rows
            )
        return f"{len(sheets)} sheets, {rows} rows in the longest"

    def _export_package(self, work: _Work) -> str:
        first = work.installations[0]
        first.passphrase_prompt = lambda _purpose, _new: work.passphrase
        key = first.keys.create(INSTITUTION, protection=PASSPHRASE)
        work.public_key = first.keys.public_key_text(key)
        written = first.packages.export(work.audit, work.folder / "self-test.jalon")
        work.written_package = written.path
        return f"{written.size // 1024} KiB, signed with key {key.key_id}"

    def _verify_package(self, work: _Work) -> str:
        check = work.installations[0].packages.verify(work.package)
        manifest = check.package.manifest
        if manifest.audit_id != work.audit.id:
            raise JalonError(
                "the package holds audit {found}, not {expected}",
                found=manifest.audit_id,
                expected=work.audit.id,
            )
        if check.problem is not None:  # intact, but its signer is not trusted
            raise check.problem
        return f"{len(manifest.files)} files, hashes and signature valid"

    def _verify_in_process(self, work: _Work) -> str:
        """The process a large merge verifies in: a built program must be able to start a
        copy of itself as that worker (see app/__main__.py)."""
        verifier = ProcessVerifier.start(work.installations[0].packages.verifier_setup([]), {})
        if verifier is None:
            raise JalonError(
                "the package verification process did not start; details are in the log file"
            )
        with verifier:
            package = verifier.submit(work.package).result().opened.package
        if package.manifest.audit_id != work.audit.id:
            raise JalonError(
                "the package holds audit {found}, not {expected}",
                found=package.manifest.audit_id,
                expected=work.audit.id,
            )
        return f"{len(package.content.revisions)} revisions read back from the helper process"

    def _import_package(self, work: _Work) -> str:
        second = self._install(work, "second")
        second.trust.trust(work.public_key, INSTITUTION)
        receipt = second.merges.merge_file(work.package)
        if receipt.status != ReceiptStatus.ACCEPTED:
            raise JalonError(
                "the second installation did not accept the package: {reason}",
                reason=receipt.message or receipt.status.value,
            )
        here = work.installations[0].audits.open(work.audit.id)
        there = second.audits.open(work.audit.id)
        if _values(here.answers) != _values(there.answers):
            raise JalonError("the imported audit's answers differ from the exported ones")
        if here.score().overall.to_dict() != there.score().overall.to_dict():
            raise JalonError("the imported audit scores differently from the exported one")
        again = second.merges.merge_file(work.package)
        if again.status != ReceiptStatus.ALREADY_PRESENT:
            raise JalonError(
                "importing the same package twice changed the audit ({status})",
                status=again.status.value,
            )
        return (
            f"{receipt.revisions_added} revisions merged, same answers and score; "
            "a second import changes nothing"
        )


def _values(answers: dict[str, Any]) -> dict[str, Any]:
    return {name: (answer.value, answer.na_reason) for name, answer in answers.items()}


class _TemporaryWork:
    """A temporary folder for one run, removed afterwards even when a step failed."""

    def __init__(self, parent: Path | None):
        self._directory = tempfile.TemporaryDirectory(
            prefix="jalon-self-test-", dir=parent, ignore_cleanup_errors=True
        )

    def __enter__(self) -> _Work:
        return _Work(Path(self._directory.name))

    def __exit__(self, *exc: object) -> None:
        self._directory.cleanup()


def _run_step(name: str, step: Callable[[_Work], str], work: _Work) -> StepResult:
    start = time.perf_counter()
    try:
        detail = step(work)
    except JalonError as error:
        return StepResult(name, False, str(error), time.perf_counter() - start)
    except Exception as error:  # a self-test reports every failure, whatever its kind
        log.exception("self-test step %r failed", name)
        detail = f"unexpected problem ({type(error).__name__}: {error})"
        return StepResult(name, False, detail, time.perf_counter() - start)
    return StepResult(name, True, detail, time.perf_counter() - start)


def _all_ok(results: list[StepResult]) -> bool:
    return all(result.ok for result in results)


def _scored_single_choice(framework: Framework) -> Iterator[Indicator]:
    for indicator in framework.iter_indicators():
        if (
            indicator.type == QuestionType.SELECT_ONE
            and indicator.is_scored
            and not framework.module_of(indicator.name)
        ):
            yield indicator


def _best_answers(framework: Framework) -> list[tuple[Indicator, str]]:
    answers = []
    for indicator in _scored_single_choice(framework):
        best = max(_scored_choices(indicator))
        answers.append((indicator, best[1]))
    if not answers:
        raise JalonError("framework {id} has no scored question", id=framework.id)
    return answers


def _worst_answer(framework: Framework) -> tuple[Indicator, str]:
    for indicator in _scored_single_choice(framework):
        worst_score, worst_name = min(_scored_choices(indicator))
        if worst_score < indicator.max_points:
            return indicator, worst_name
    raise JalonError("framework {id} has no question with a worse choice", id=framework.id)


def _scored_choices(indicator: Indicator) -> list[tuple[float, str]]:
    """(score, name) of the choices that carry a score."""
    return [(c.score, c.name) for c in indicator.choices if c.score is not None]
