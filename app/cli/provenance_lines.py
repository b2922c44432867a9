"""How the command line shows who changed an answer: the author and site a revision claims,
beside the signer whose package brought it here — the only identity a signature proves."""

from __future__ import annotations

from app.composition import Application
from app.models.import_receipt import ImportReceipt
from app.models.review import ReviewEvent
from app.models.revision import Revision


def signed_line(app: Application, revision: Revision | ReviewEvent) -> str:
    """For a revision or a review step that arrived in a package: its claimed author and site,
    and its signer."""
    site = f", site {revision.site[:8]}" if revision.site else ""
    name = app.trust.name_of(revision.signed_by)
    signer = (
        f"{name}, key {revision.signed_by}"
        if name
        else (f"key {revision.signed_by}, not in the trust store")
    )
    return f"claimed: {revision.author}{site}; signed by {signer}"


def receipt_authors_line(receipt: ImportReceipt) -> str:
    """For a merged package: who its new revisions say wrote them, and who signed it."""
    return (
        f"changes by {', '.join(receipt.authors)} (as claimed); signed by "
        f"{receipt.signer_name}, key {receipt.signer_key_id}"
    )
