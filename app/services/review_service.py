"""Review of received audits at the head office, and replies at the field site.

Every step is an append-only record with the author and site of whoever made it: a state
event (start, return for correction, resubmission, acceptance, rejection with a reason) or a
comment (on a question, an Organization Information field, or the whole audit; a reply names
the comment it answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.models import text_rule
from app.models.answer import Answer
from app.models.audit import Audit
from app.models.errors import JalonError
from app.models.review import (
    COMMENTING_STATES,
    NEXT_STATES,
    REVIEWER_STATES,
    Review,
    ReviewComment,
    ReviewEvent,
    ReviewRole,
    ReviewState,
)
from app.services.audit_service import AuditService
from app.services.id_reference import MIN_PREFIX, find_by_id_or_prefix
from app.services.identity import Identity, new_id, utc_now
from app.storage.store import Store


class ReviewError(JalonError):
    """A review step that does not fit the review's state or its audit."""


@dataclass(frozen=True)
class ReviewSummary:
    audit: Audit
    review: Review
    open_corrections: int


class ReviewService:
    def __init__(self, store: Store, audits: AuditService, identity: Identity):
        self._store = store
        self._audits = audits
        self._identity = identity
        # The review last read of each audit, with the fingerprint of its records then.
        self._read: dict[str, tuple[tuple[Any, ...], Review]] = {}

    # --- reading -------------------------------------------------------------------------------

    def review(self, audit: Audit) -> Review:
        """Read again only when its records changed (their fingerprint says so, whoever added
        them: this window, the command line, an import): the desktop asks after every saved
        answer, for the marks of the question tree and the comments under the question. A
        first reading costs no more than the review (a portfolio reads thousands once)."""
        reviews = self._store.reviews
        kept = self._read.get(audit.id)
        if kept is not None and kept[0] == reviews.fingerprint(audit.id):
            return kept[1]
        review = reviews.review(audit.id)
        self._read[audit.id] = (reviews.fingerprint_of(review), review)
        return review

    def role(self, audit: Audit, review: Review | None = None) -> ReviewRole | None:
        """The head office's side (it moved the review itself, or received the audit in a
        package and nobody has reviewed it yet), the site's side (the review came from
        another installation), or None: an audit of this installation nobody reviews."""
        review = review or self.review(audit)
        site = self._identity.site
        if any(e.state in REVIEWER_STATES and e.site == site for e in review.events):
            return ReviewRole.REVIEWER
        if review.events or review.comments:
            return ReviewRole.SITE
        if audit.id in self._store.reviews.received_audits():
            return ReviewRole.REVIEWER
        return None

    def open_corrections(
        self,
        audit: Audit,
        review: Review | None = None,
        answers: Mapping[str, Answer] | None = None,
    ) -> list[ReviewComment]:
        """`answers`: the audit's current answers where the caller holds them already (an open
        AuditSession keeps them in memory as they are written), so that they are not all read
        again: the desktop asks after every saved answer, and reading a large audit's answers
        took longer than the rest of the save."""
        review = review or self.review(audit)
        if answers is None:
            answers = self._store.revisions.current(audit.id)
        targets = {comment.target for comment in review.comments}
        answered = {name: answers[name].changed_at for name in targets if name in answers}
        return review.open_corrections(answered)

    def summaries(self) -> list[ReviewSummary]:
        """Every received audit with its review, in the order of the audit list."""
        received = set(self._store.reviews.received_audits())
        found = []
        for audit in self._audits.list():
            if audit.id in received:
                review = self.review(audit)
                found.append(
                    ReviewSummary(audit, review, len(self.open_corrections(audit, review)))
                )
        return found

    def comment_by_id(self, audit: Audit, reference: str) -> ReviewComment:
        comments = {c.id: c for c in self.review(audit).comments}
        return find_by_id_or_prefix(
            reference,
            comments.get,
            lambda prefix: [c for key, c in comments.items() if key.startswith(prefix)],
            too_short=lambda ref: ReviewError(
                "no review comment {ref!r}; give at least {n} characters of its id",
                ref=ref,
                n=MIN_PREFIX,
            ),
            unknown=lambda ref: ReviewError(
                "audit {audit} has no review comment {ref!r}", audit=audit.short_id, ref=ref
            ),
            ambiguous=lambda ref, count: ReviewError(
                "{ref!r} matches {count} review comments; give more of the id", ref=ref, count=count
            ),
        )

    # --- the head office -----------------------------------------------------------------------

    def start(self, audit: Audit) -> ReviewEvent:
        return self._move(audit, ReviewState.IN_REVIEW)

    def return_for_correction(self, audit: Audit) -> ReviewEvent:
        return self._move(audit, ReviewState.RETURNED)

    def accept(self, audit: Audit) -> ReviewEvent:
        return self._move(audit, ReviewState.ACCEPTED)

    def reject(self, audit: Audit, reason: str) -> ReviewEvent:
        reason = text_rule.REOPEN_REASON.clean(reason)
        if not reason:
            raise ReviewError("a rejection needs a reason")
        return self._move(audit, ReviewState.REJECTED, reason)

    def comment(
        self, audit: Audit, target: str, text: str, must_correct: bool = False
    ) -> ReviewComment:
        """A reviewer's comment on question `target` (a name or code; empty: the audit as a
        whole)."""
        state = self.review(audit).state
        if state not in COMMENTING_STATES:
            raise ReviewError(
                "the review of audit {audit} is {state}: start the review before commenting",
                audit=audit.short_id,
                state=state.value,
            )
        name = self._audits.open(audit.id).indicator(target).name if target else ""
        return self._add_comment(audit, name, text, must_correct, reply_to="")

    # --- the field site ------------------------------------------------------------------------

    def reply(self, audit: Audit, comment: ReviewComment, text: str) -> ReviewComment:
        if comment.is_reply:
            raise ReviewError(
                "{comment} is a reply; reply to the reviewer's comment instead",
                comment=comment.id[:8],
            )
        return self._add_comment(audit, comment.target, text, False, reply_to=comment.id)

    def resubmit(self, audit: Audit) -> ReviewEvent:
        still_open = self.open_corrections(audit)
        if still_open:  # the head office would only return it again
            raise ReviewError(
                "{count} correction(s) asked by the reviewer are still open, first {text!r}; "
                "answer again or reply to each before resubmitting",
                count=len(still_open),
                text=still_open[0].text,
            )
        return self._move(audit, ReviewState.RESUBMITTED)

    # --- writing -------------------------------------------------------------------------------

    def _add_comment(
        self, audit: Audit, target: str, text: str, must_correct: bool, reply_to: str
    ) -> ReviewComment:
        text = text_rule.COMMENT.clean(text)
        if not text:
            raise ReviewError("a review comment needs some text")
        comment = ReviewComment(
            new_id(),
            audit.id,
            target,
            text,
            must_correct,
            reply_to,
            self._identity.author,
            self._identity.site,
            utc_now(),
        )
        with self._store.transaction():
            self._store.reviews.add([], [comment])
        return comment

    def _move(self, audit: Audit, state: ReviewState, reason: str = "") -> ReviewEvent:
        current = self.review(audit).state
        if state not in NEXT_STATES[current]:
            raise ReviewError(
                "the review of audit {audit} is {current}: it cannot become {state}",
                audit=audit.short_id,
                current=current.value,
                state=state.value,
            )
        event = ReviewEvent(
            new_id(), audit.id, state, reason, self._identity.author, self._identity.site, utc_now()
        )
        with self._store.transaction():
            self._store.reviews.add([event], [])
        return event
