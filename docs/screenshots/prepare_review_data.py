"""Two installations for the screenshots of review, peer benchmarks and the portfolio.

    python docs/screenshots/prepare_review_data.py FOLDER      # FOLDER/office, FOLDER/field

The head office (Bintou Sow) holds the accepted audits of six institutions of Senegal and one
of Mali (assessed in 2021, now out of date), and builds a signed benchmark of them. The field
site (Awa Diop) sends its audit of the Caisse Rurale de Kolda; the head office reviews it with
a correction asked on a practice question and on an Organization Information field and a word
on the whole audit, and returns it; the site imports the review and the benchmark and replies
to the first correction: FOLDER/field stays there, the audit returned with one correction open.
A copy of the site then corrects the second point and resubmits; the head office imports the
resubmission and starts reviewing it again: FOLDER/office is there. FOLDER/audit holds the
audit's id. Keys are protected by the passphrase in JALON_KEY_PASSPHRASE (set it first).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

from app.composition import Application  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from tests.audit_filler import answer_everything  # noqa: E402
from tests.exchange.conftest import introduce  # noqa: E402
from tests.exchange.peer_network import accepted_peers  # noqa: E402


def main(folder: Path) -> int:
    office = Application(AppPaths(folder / "office"), author="Bintou Sow")
    field = Application(AppPaths(folder / "field"), author="Awa Diop")
    for site, name, organisation in (
        (office, "Bintou Sow", "Réseau des caisses du Sénégal"),
        (field, "Awa Diop", "Caisse Rurale de Kolda"),
    ):
        site.set_person(name, organisation)
    framework = office.frameworks.default()
    introduce(field, office)
    accepted_peers(office, framework)
    old = office.audits.create(
        framework,
        "Union des Mutuelles du Sahel",
        "ML",
        period_start="2021-01-01",
        period_end="2021-12-31",
    )
    answer_everything(office.audits.open(old.id), cycle=("yes", "partially", "no"))
    office.reviews.start(old)
    office.reviews.accept(old)
    office.benchmarks.build(folder / "network.jalonbench")
    field.benchmarks.import_file(folder / "network.jalonbench")

    audit = field.audits.create(
        framework,
        "Caisse Rurale de Kolda",
        "SN",
        auditors=("Awa Diop",),
        period_start="2025-01-01",
        period_end="2025-12-31",
    )
    session = field.audits.open(audit.id)
    answer_everything(session, cycle=("yes", "partially", "yes", "no"))
    session.finalize()
    field.packages.export(field.audits.get(audit.id), folder / "kolda.jalon")
    office.merges.merge_file(folder / "kolda.jalon")

    received = office.audits.get(audit.id)
    office.reviews.start(received)
    office.reviews.comment(
        received,
        "1.1.1.1",
        "The strategy is cited but the board's approval "
        "is not attached: attach the minutes or explain.",
        must_correct=True,
    )
    office.reviews.comment(
        received,
        "0.4",
        "14 branches here, 12 in the 2025 annual report: which is right?",
        must_correct=True,
    )
    office.reviews.comment(received, "", "Thorough work; two points to settle before we accept it.")
    office.review_post.return_to_site(received, folder / "kolda-review.jalon")
    field.review_post.receive(folder / "kolda-review.jalon")
    field.audits.open(audit.id).reopen("Returned by the head office for correction")
    first = next(c for c in field.reviews.review(audit).comments if c.target)
    field.reviews.reply(audit, first, "Board minutes of 14 March 2024 attached as evidence.")
    field.close()

    shutil.copytree(folder / "field", folder / "field-resubmitting")
    later = Application(AppPaths(folder / "field-resubmitting"), author="Awa Diop")
    later.audits.open(audit.id).answer("0.4", "12")
    later.review_post.resubmit(later.audits.get(audit.id), folder / "kolda-corrected.jalon")
    later.close()
    office.review_post.receive(folder / "kolda-corrected.jalon")
    office.reviews.start(office.audits.get(audit.id))
    (folder / "audit").write_text(audit.id)
    office.close()
    print(f"office: {folder / 'office'}\nfield: {folder / 'field'}\naudit: {audit.id}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
