"""What a text a person saves may hold: its length, and only characters that are text.

Every text a person can type (comments, reasons, names, action fields, text answers) passes
its rule in the services before it is saved, so that whatever is saved can also be exported,
packaged and shown: a text longer than its limit is refused with the field and the limit named;
a character that is not text (a control character such as ESC, half of a surrogate pair that
an undecodable byte leaves behind, a non-character) is refused with the field named and the
character shown; white space is tidied where that is harmless (line breaks and tabs in a
one-line field become spaces; Windows line ends become plain ones).

The limits sit well under what a package carries (100,000 characters for any text) and what
an Excel cell holds (32,767), so new texts always travel and export whole. Older texts over
these limits still export: the writers cut them visibly where a format has a hard limit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.models.errors import JalonError

CUT_MARK = " […]"


class TextError(JalonError):
    """A text refused at input; the message names the field."""


@dataclass(frozen=True)
class TextRule:
    limit: int
    multiline: bool
    too_long: str  # message template naming the field: {length}, {limit} (and the rule's own)
    not_text: str  # message template naming the field: {character}

    def clean(self, text: str, **params: object) -> str:
        """`text` tidied, or TextError naming the field. `params` fill the rule's templates
        (a question's code, for instance)."""
        if self.multiline:
            text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
        else:
            text = " ".join(text.split())
        for character in text:
            if _not_text(character, self.multiline):
                raise TextError(self.not_text, character=f"U+{ord(character):04X}", **params)
        if len(text) > self.limit:
            raise TextError(self.too_long, length=len(text), limit=self.limit, **params)
        return text


def _not_text(character: str, multiline: bool) -> bool:
    if character in "\n\t":
        return not multiline
    category = unicodedata.category(character)
    return category in ("Cc", "Cs") or character in "\ufffe\uffff"


def shortened(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, visibly ("[…]" at the end) when it was longer."""
    if len(text) <= limit:
        return text
    return text[: limit - len(CUT_MARK)] + CUT_MARK


INSTITUTION = TextRule(
    200,
    False,
    too_long="the institution name is {length} characters long; at most {limit} can be saved",
    not_text="the institution name holds a character that is not text ({character}); remove it",
)
COUNTRY = TextRule(
    100,
    False,
    too_long="the country is {length} characters long; at most {limit} can be saved",
    not_text="the country holds a character that is not text ({character}); remove it",
)
AUDITOR = TextRule(
    200,
    False,
    too_long="an auditor's name is {length} characters long; at most {limit} can be saved",
    not_text="an auditor's name holds a character that is not text ({character}); remove it",
)
PERSON = TextRule(
    200,
    False,
    too_long="the name is {length} characters long; at most {limit} can be saved",
    not_text="the name holds a character that is not text ({character}); remove it",
)
ORGANISATION = TextRule(
    200,
    False,
    too_long="the organisation is {length} characters long; at most {limit} can be saved",
    not_text="the organisation holds a character that is not text ({character}); remove it",
)
DEPARTMENT = TextRule(
    200,
    False,
    too_long="the department of {code} is {length} characters long; at most {limit} can be saved",
    not_text="the department of {code} holds a character that is not text ({character}); remove it",
)
COMMENT = TextRule(
    20_000,
    True,
    too_long="the comment on {code} is {length} characters long; at most {limit} can be saved",
    not_text="the comment on {code} holds a character that is not text ({character}); remove it",
)
NA_REASON = TextRule(
    2_000,
    True,
    too_long="the reason why {code} is not applicable is {length} characters long; at most "
    "{limit} can be saved",
    not_text="the reason why {code} is not applicable holds a character that is not text "
    "({character}); remove it",
)
TEXT_ANSWER = TextRule(
    20_000,
    True,
    too_long="the answer to {code} is {length} characters long; at most {limit} can be saved",
    not_text="the answer to {code} holds a character that is not text ({character}); remove it",
)
ACTION_TITLE = TextRule(
    2_000,
    True,
    too_long="the action's description is {length} characters long; at most {limit} can be saved",
    not_text="the action's description holds a character that is not text ({character}); remove it",
)
ACTION_OWNER = TextRule(
    200,
    False,
    too_long="the action's owner is {length} characters long; at most {limit} can be saved",
    not_text="the action's owner holds a character that is not text ({character}); remove it",
)
ACTION_NOTE = TextRule(
    5_000,
    True,
    too_long="the action's note is {length} characters long; at most {limit} can be saved",
    not_text="the action's note holds a character that is not text ({character}); remove it",
)
DROP_REASON = TextRule(
    2_000,
    True,
    too_long="the reason for dropping the action is {length} characters long; at most {limit} "
    "can be saved",
    not_text="the reason for dropping the action holds a character that is not text "
    "({character}); remove it",
)
REOPEN_REASON = TextRule(
    2_000,
    True,
    too_long="the reason for reopening is {length} characters long; at most {limit} can be saved",
    not_text="the reason for reopening holds a character that is not text ({character}); remove it",
)
