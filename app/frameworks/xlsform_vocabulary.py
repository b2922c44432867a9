"""The XLSForm words Jalon reads beyond pyxform's own tables: translated text columns, the
columns of a choice row, the choice `or_other` adds, and the spellings of yes and no."""

from __future__ import annotations

from pyxform import aliases, constants

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
STANDARD_CHOICE_COLUMNS = {"list_name", "name", "label", "score", "image", "audio", "video",
                           "big-image", "media"}
# What `select_one LIST or_other` adds to the list, as pyxform adds it.
OR_OTHER_CHOICE = constants.OR_OTHER_CHOICE
TRUE_WORDS = {word.lower() for word, value in aliases.yes_no.items() if value} | {"1"}
FALSE_WORDS = {word.lower() for word, value in aliases.yes_no.items() if not value} | {"0"}
