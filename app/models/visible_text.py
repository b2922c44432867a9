"""Text made safe to show where it lands: characters that would act instead of being read
(terminal escapes, right-to-left overrides, characters a spreadsheet file cannot hold) become
visible escapes such as \\x1b or \\u202e, so the reader sees that they were there.

Three places: a terminal (everything that acts or hides), a document's free text (only what
its format cannot hold: a comment written in Arabic or Hebrew keeps its direction marks), and
a name shown in a document — a file name above all, where a right-to-left override makes
"\\u202egpj.exe" read "exe.jpg" in a report, a workbook or a list on screen."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Controls (C0 but tab and newline, DEL, C1 — ESC starts terminal sequences, CR overwrites a
# line), the bidirectional controls that reorder what follows (a right-to-left override makes
# "gpj.exe" read "exe.jpg"), line and paragraph separators, lone surrogates (which cannot even
# be encoded for output), and the invisible format characters (zero-width space, soft hyphen,
# byte order mark, word joiner, tag characters) that make two names look alike on screen.
# Zero-width non-joiner and joiner (U+200C, U+200D) stay: Persian, Indic scripts and emoji
# need them to be written correctly.
_TERMINAL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b"
    "\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2028\u2029\ufeff\ufff9-\ufffb"
    "\ud800-\udfff\U000e0001\U000e0020-\U000e007f]"
)
# What a name may not hold raw, wherever it is shown: everything a terminal escapes, and the
# line breaks and tabs that would make one name look like two lines of a document.
_NAME = re.compile(_TERMINAL.pattern[:-1] + "\t\n]")
# What a document cannot hold: XML 1.0 (an .xlsx) forbids these, openpyxl raises on them, and
# a package refuses them in its JSON.
_DOCUMENT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class VisibleText:
    @staticmethod
    def for_terminal(text: str) -> str:
        return _TERMINAL.sub(_escape, text)

    @staticmethod
    def for_documents(text: str) -> str:
        return _DOCUMENT.sub(_escape, text)

    @staticmethod
    def for_name(text: str) -> str:
        """A name (of a file, a person) as a document or a screen shows it."""
        return _NAME.sub(_escape, text)

    @classmethod
    def for_names(cls, names: Iterable[str], separator: str = ", ") -> str:
        """Several names (an audit's auditors) as one text, each shown as for_name() does."""
        return separator.join(cls.for_name(name) for name in names)
