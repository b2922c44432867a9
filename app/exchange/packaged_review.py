"""The review in audit.json: the head office's steps (received, in review, returned…) and its
comments with the site's replies. Every record read is credited to the key that signed the
package that brought it (`signed_by`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.exchange.exchange_error import PackageError
from app.exchange.json_fields import JsonFields, first_repeated
from app.models.review import ReviewComment, ReviewEvent, ReviewState


class PackagedReview:
    @staticmethod
    def event_document(event: ReviewEvent) -> dict[str, Any]:
        return {
            "id": event.id,
            "state": event.state.value,
            "reason": event.reason,
            "author": event.author,
            "site": event.site,
            "created_at": event.created_at,
        }

    @staticmethod
    def comment_document(comment: ReviewComment) -> dict[str, Any]:
        return {
            "id": comment.id,
            "target": comment.target,
            "text": comment.text,
            "must_correct": comment.must_correct,
            "reply_to": comment.reply_to,
            "author": comment.author,
            "site": comment.site,
            "created_at": comment.created_at,
        }

    @staticmethod
    def read_event(f: JsonFields, audit_id: str, signed_by: str) -> ReviewEvent:
        return ReviewEvent(
            id=f.text("id", required=True, limit=100),
            audit_id=audit_id,
            state=ReviewState(f.choice("state", [s.value for s in ReviewState])),
            reason=f.text("reason"),
            author=f.text("author"),
            site=f.text("site"),
            created_at=f.text("created_at", required=True, limit=100),
            signed_by=signed_by,
        )

    @staticmethod
    def read_comment(f: JsonFields, audit_id: str, signed_by: str) -> ReviewComment:
        return ReviewComment(
            id=f.text("id", required=True, limit=100),
            audit_id=audit_id,
            target=f.text("target", limit=500),
            text=f.text("text", required=True),
            must_correct=f.boolean("must_correct"),
            reply_to=f.text("reply_to", limit=100),
            author=f.text("author"),
            site=f.text("site"),
            created_at=f.text("created_at", required=True, limit=100),
            signed_by=signed_by,
        )

    @staticmethod
    def check(events: Sequence[ReviewEvent], comments: Sequence[ReviewComment]) -> None:
        ids = [e.id for e in events] + [c.id for c in comments]
        if len(set(ids)) != len(ids):
            raise PackageError(
                "content-invalid",
                "audit.json in the package lists review record {id} twice",
                id=first_repeated(ids),
            )
        by_id = {c.id: c for c in comments}
        for comment in comments:
            # A review travels whole: a reply's comment is always in the same package.
            if comment.reply_to and comment.reply_to not in by_id:
                raise PackageError(
                    "content-invalid",
                    "review comment {id} replies to "
                    "{parent}, which is not a reviewer's comment in the package",
                    id=comment.id,
                    parent=comment.reply_to,
                )
            if comment.reply_to and by_id[comment.reply_to].is_reply:
                raise PackageError(
                    "content-invalid",
                    "review comment {id} replies to a reply; a reply answers a reviewer's comment",
                    id=comment.id,
                )
