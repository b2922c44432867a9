"""The XLSForm words Jalon reads beyond pyxform's own tables: translated text columns, the
columns of a choice row, the choice `or_other` adds, and the spellings of yes and no."""

from __future__ import annotations

import re

from pyxform import aliases, constants

# A name Jalon takes for a question, a group or a framework (ids name files and commands).
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")

# Choice lists that carry Jalon's module and department labels.
MODULE_LIST = "jalon_modules"
DEPARTMENT_LIST = "jalon_departments"
TEXT_FIELDS = {
    "label": "label",
    "hint": "hint",
    "guidance_hint": "guidance",
    "evidence": "evidence",
    "constraint_message": "constraint_message",
}
# Columns of a choice row that are not filter columns a `choice_filter` could read.
STANDARD_CHOICE_COLUMNS = {
    "list_name",
    "name",
    "label",
    "score",
    "image",
    "audio",
    "video",
    "big-image",
    "media",
}
# What `select_one LIST or_other` adds, as pyxform adds it (the choice "other" and a text
# question asked when it is chosen), with its words in the languages Jalon speaks.
OR_OTHER_CHOICE = constants.OR_OTHER_CHOICE
OR_OTHER_LABELS = {"en": OR_OTHER_CHOICE["label"], "fr": "Autre", "es": "Otro"}
SPECIFY_OTHER_LABELS = {"en": "Specify other.", "fr": "Précisez.", "es": "Especifique."}
TRUE_WORDS = {word.lower() for word, value in aliases.yes_no.items() if value} | {"1"}
FALSE_WORDS = {word.lower() for word, value in aliases.yes_no.items() if not value} | {"0"}
