"""The head office's review of a received audit: state events and comments.

Both are append-only records with an id, an author, a site and a time, like answer revisions:
merging two installations' records is their union (an id already present is the same record),
so a review and a resubmission that cross in the post lose nothing and re-importing changes
nothing. The state of a review is its newest event; the open corrections are worked out from
the comments, their replies and the answers' own history.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReviewState(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    RETURNED = "returned"  # returned to the site for correction
    RESUBMITTED = "resubmitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class ReviewRole(StrEnum):
    """Which side of a review this installation is on for one audit."""

    REVIEWER = "reviewer"  # the head office: it received the audit, reviews, returns, decides
    SITE = "site"  # the field site: the review came back to it; it replies and resubmits


# The states a head office moves a review into (a site only resubmits).
REVIEWER_STATES = frozenset(
    {
        ReviewState.IN_REVIEW,
        ReviewState.RETURNED,
        ReviewState.ACCEPTED,
        ReviewState.REJECTED,
    }
)

# Which state may follow which: a head office reviews what it received or what came back; only
# a returned audit can be resubmitted; accepted and rejected audits are closed.
NEXT_STATES: dict[ReviewState, frozenset[ReviewState]] = {
    ReviewState.RECEIVED: frozenset({ReviewState.IN_REVIEW}),
    ReviewState.IN_REVIEW: frozenset(
        {ReviewState.RETURNED, ReviewState.ACCEPTED, ReviewState.REJECTED}
    ),
    ReviewState.RETURNED: frozenset({ReviewState.RESUBMITTED}),
    ReviewState.RESUBMITTED: frozenset({ReviewState.IN_REVIEW}),
    ReviewState.ACCEPTED: frozenset(),
    ReviewState.REJECTED: frozenset(),
}

# The states in which the head office may write comments.
COMMENTING_STATES = frozenset({ReviewState.IN_REVIEW})


@dataclass(frozen=True)
class ReviewEvent:
    """One step of a review (the audit entered `state`), with the reason of a rejection."""

    id: str
    audit_id: str
    state: ReviewState
    reason: str
    author: str
    site: str
    created_at: str
    signed_by: str = ""

    @property
    def order(self) -> tuple[str, str]:
        return (self.created_at, self.id)


@dataclass(frozen=True)
class ReviewComment:
    """A reviewer's comment on one question (`target` is its name; Organization Information
    fields are questions too) or on the whole audit (`target` empty), or a site's reply to a
    comment (`reply_to` is that comment's id)."""

    id: str
    audit_id: str
    target: str
    text: str
    must_correct: bool
    reply_to: str
    author: str
    site: str
    created_at: str
    signed_by: str = ""

    @property
    def is_reply(self) -> bool:
        return bool(self.reply_to)


@dataclass(frozen=True)
class Review:
    """Everything known of one audit's review: its events and comments, oldest first."""

    audit_id: str
    events: tuple[ReviewEvent, ...]
    comments: tuple[ReviewComment, ...]

    @property
    def state(self) -> ReviewState:
        if not self.events:
            return ReviewState.RECEIVED
        return max(self.events, key=lambda event: event.order).state

    @property
    def latest(self) -> ReviewEvent | None:
        return max(self.events, key=lambda event: event.order) if self.events else None

    def threads(self) -> list[tuple[ReviewComment, list[ReviewComment]]]:
        """Each comment with its replies, oldest first."""
        replies: dict[str, list[ReviewComment]] = {}
        for comment in self.comments:
            if comment.is_reply:
                replies.setdefault(comment.reply_to, []).append(comment)
        return [(c, replies.get(c.id, [])) for c in self.comments if not c.is_reply]

    def open_corrections(self, answered_since: dict[str, str]) -> list[ReviewComment]:
        """The comments marked "must be corrected" that are still open: neither replied to nor
        (for a question) answered again after the comment was written. `answered_since` gives
        the time of each question's newest revision."""
        return [
            comment
            for comment, replies in self.threads()
            if comment.must_correct
            and not replies
            and not (comment.target and answered_since.get(comment.target, "") > comment.created_at)
        ]
