"""The composition root: wires paths, storage, frameworks and services for the UI and the CLI.

No global state: whoever needs a service receives it from here through a constructor.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.frameworks.framework_catalog import FrameworkCatalog
from app.frameworks.installed_frameworks import InstalledFrameworks
from app.models import text_rule
from app.models.errors import JalonError
from app.paths import AppPaths
from app.services.audit_service import AuditService
from app.services.backup_service import BackupService
from app.services.framework_service import FrameworkService
from app.services.identity import Identity, new_id
from app.storage.backup_archive import BackupArchive
from app.storage.store import Store

PERSON_NAME = "person_name"
PERSON_ORGANISATION = "person_organisation"

if TYPE_CHECKING:  # the exchange stack loads on first use: start-up does not need it
    from app.models.peer_benchmark import PeerBenchmark
    from app.services.benchmark_service import BenchmarkService
    from app.services.exchange_services import ExchangeServices
    from app.services.follow_up_service import FollowUpService
    from app.services.institution_service import InstitutionService
    from app.services.key_service import KeyService, PassphrasePrompt
    from app.services.merge.conflict_service import ConflictService
    from app.services.merge.merge_service import MergeService
    from app.services.package_service import PackageService
    from app.services.portfolio_service import PortfolioService
    from app.services.progress_service import ProgressService
    from app.services.removal_service import RemovalReport
    from app.services.report_service import ReportService
    from app.services.review_post_service import ReviewPostService
    from app.services.review_service import ReviewService
    from app.services.tidy_export.tidy_export_service import TidyExportService
    from app.services.trust_service import TrustService
    from app.services.upgrade_service import UpgradeService


class Application:
    def __init__(self, paths: AppPaths, author: str | None = None):
        self.paths = paths
        self.catalog = FrameworkCatalog(paths.frameworks)
        self._author = author
        # Set on a copy for a background thread (for_worker): who works is known already,
        # and the backups, their schedule and the end-of-session backup belong to the original.
        self._worker_identity: Identity | None = None
        self._store: Store | None = None
        self._audits: AuditService | None = None
        self._exchange: ExchangeServices | None = None
        # How to ask for a signing key's passphrase (set by the CLI or the desktop app).
        self.passphrase_prompt: PassphrasePrompt | None = None
        self._backups: BackupService | None = None

    @property
    def store(self) -> Store:
        """The database, opened (and migrated) on first use."""
        if self._store is None:
            if self._worker_identity is not None:
                self._store = Store.open(self.paths.database)  # opened and migrated already
            else:
                self._store = Store.open(self.paths.database, self.paths.backups)
                if not self._store.database.read_only:  # no backup can be written there
                    self.backups.watch(self._store.database)
        return self._store

    def for_worker(self) -> Application:
        """This installation's services for a background thread, made on the GUI thread.

        The copy has the same paths, identity and backups, and a database connection of its
        own, opened by the thread that first uses it (an SQLite connection stays on the
        thread that opened it). It never asks for a passphrase: unlock keys before, where a
        window can ask. Close it on the worker when done."""
        worker = Application(self.paths, self._author)
        worker._worker_identity = self.identity
        worker._backups = self.backups
        return worker

    @property
    def backups(self) -> BackupService:
        """Backups and recovery; usable even when the database cannot be opened."""
        if self._backups is None:
            archive = BackupArchive(self.paths.database, self.paths.backups)
            self._backups = BackupService(archive, release=self.close)
        return self._backups

    @property
    def identity(self) -> Identity:
        """Who is working: --author, else $JALON_USER, else the person's name set in Jalon,
        else the login. Revisions keep the name they were made with."""
        if self._worker_identity is not None:
            return self._worker_identity
        installation = self.store.installation
        # Read first: set_default is a write transaction, not needed once the id exists.
        site = installation.get("installation_id") or installation.set_default(
            "installation_id", new_id()
        )
        name, organisation = self.person()
        # The name goes on every revision and into packages: the same rule as any name typed.
        author = text_rule.PERSON.clean(self._author or Identity.default_author(name))
        return Identity(author, site, organisation)

    def person(self) -> tuple[str, str]:
        """The name and organisation the person gave Jalon ("" until they do)."""
        installation = self.store.installation
        return (installation.get(PERSON_NAME) or "", installation.get(PERSON_ORGANISATION) or "")

    def needs_person(self) -> bool:
        """True on first start: nobody has said who works here and no name was given for
        scripts (--author, $JALON_USER)."""
        return not (self._author or Identity.override() or self.person()[0])

    def set_person(self, name: str, organisation: str) -> None:
        """Who works here from now on: every later revision, new audit and signing key."""
        name = " ".join(name.split())
        if not name:
            raise JalonError("give your name: it is recorded with every change you make")
        self.store.installation.set(
            {PERSON_NAME: name, PERSON_ORGANISATION: " ".join(organisation.split())}
        )
        # The services hold the identity they were made with: the next use makes them anew.
        self._audits = None
        self._exchange = None

    @property
    def audits(self) -> AuditService:
        if self._audits is None:
            self._audits = AuditService(self.store, self.identity)
        return self._audits

    @property
    def upgrades(self) -> UpgradeService:
        from app.services.upgrade_service import UpgradeService

        return UpgradeService(self.store, self.identity, self.backups)

    @property
    def reports(self) -> ReportService:
        """Reports, exports and the fill-in workbook (reportlab and openpyxl load on first use:
        half a second that start-up and most commands need not pay)."""
        from app.services.report_service import ReportService

        # A workbook import changes many answers at once: it backs up first. A report shows
        # the audit against the peer benchmark imported here.
        return ReportService(
            self.store, self.audits, backups=self.backups, benchmark=self.imported_benchmark
        )

    @property
    def tidy_exports(self) -> TidyExportService:
        """CSV and Parquet exports for analysts (pyarrow loads on first use only)."""
        from app.services.tidy_export.tidy_export_service import TidyExportService

        return TidyExportService(self.store, self.audits)

    @property
    def reviews(self) -> ReviewService:
        """Review of received audits, and the site's replies."""
        from app.services.review_service import ReviewService

        return ReviewService(self.store, self.audits, self.identity)

    @property
    def review_post(self) -> ReviewPostService:
        """Reviews sent to the site and resubmissions sent back, as signed packages."""
        from app.services.review_post_service import ReviewPostService

        return ReviewPostService(self.store, self.reviews, self.packages, self.merges)

    @property
    def benchmarks(self) -> BenchmarkService:
        """Peer benchmarks: built from accepted audits, signed, imported, compared."""
        from app.services.benchmark_service import BenchmarkService

        return BenchmarkService(
            self.store,
            self.audits,
            self.reviews,
            self.keys,
            self.trust,
            self.benchmark_file,
            self.catalog.frameworks,
        )

    def imported_benchmark(self) -> PeerBenchmark | None:
        """The peer benchmark imported here, verified against the trust store as it is now,
        with the frameworks installed here; None when none was imported (without loading the
        signature code)."""
        if not self.benchmark_file.exists():
            return None
        return self.benchmarks.imported_peers()

    @property
    def benchmark_file(self) -> Path:
        """Where the benchmark imported here is kept (absent until one is imported)."""
        return self.paths.data_dir / "benchmark.jalonbench"

    @property
    def portfolio(self) -> PortfolioService:
        """Every institution's latest accepted audit, review state and open corrections."""
        from app.services.portfolio_service import PortfolioService

        return PortfolioService(self.store, self.audits, self.reviews)

    @property
    def follow_ups(self) -> FollowUpService:
        from app.services.follow_up_service import FollowUpService

        return FollowUpService(self.store, self.audits)

    @property
    def progress(self) -> ProgressService:
        from app.services.progress_service import ProgressService

        return ProgressService(self.audits, self.institutions)

    @property
    def institutions(self) -> InstitutionService:
        from app.services.institution_service import InstitutionService

        return InstitutionService(self.store, self.identity)

    @property
    def frameworks(self) -> FrameworkService:
        return FrameworkService(
            self.catalog, lambda: self.store, InstalledFrameworks(self.paths.installed_frameworks)
        )

    @property
    def exchange(self) -> ExchangeServices:
        """Signing keys, trust store, packages, merges and conflicts."""
        if self._exchange is None:
            from app.exchange.keyring_vault import KeyringVault
            from app.services.exchange_services import ExchangeServices

            # A portable copy protects new keys with a passphrase: the key must unlock on
            # whichever computer the stick is plugged into.
            vault = KeyringVault(enabled=not self.paths.portable)
            self._exchange = ExchangeServices(
                self.store,
                self.paths.keys,
                self.identity,
                prompt=self._ask_passphrase,
                vault=vault,
                backups=self.backups,
            )
        return self._exchange

    def _ask_passphrase(self, purpose: str, new: bool) -> str | None:
        return self.passphrase_prompt(purpose, new) if self.passphrase_prompt else None

    @property
    def keys(self) -> KeyService:
        return self.exchange.keys

    @property
    def trust(self) -> TrustService:
        return self.exchange.trust

    @property
    def packages(self) -> PackageService:
        return self.exchange.packages

    @property
    def merges(self) -> MergeService:
        return self.exchange.merges

    @property
    def conflicts(self) -> ConflictService:
        return self.exchange.conflicts

    def prepare_removal(self) -> RemovalReport:
        """Make the database whole on its medium and close it, through close() (which takes
        the end-of-session backup), so that a portable copy's stick can be pulled out."""
        from app.services.removal_service import RemovalService

        return RemovalService().prepare(self.store, release=self.close)

    def close(self) -> None:
        if self._store is not None:
            if self._backups is not None and self._worker_identity is None:
                self._backups.at_close()
            self._store.close()
            self._store = None
        self._audits = None  # it held the closed store; the next use reopens both
        self._exchange = None
