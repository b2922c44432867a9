"""The XLSForm words Jalon understands: translated text columns, question types and their
aliases, metadata types that are skipped, and the spellings of yes and no."""

from __future__ import annotations

from app.models.framework import QuestionType

# Choice lists that carry Jalon's module and department labels.
MODULE_LIST = "jalon_modules"
DEPARTMENT_LIST = "jalon_departments"
TEXT_FIELDS = {
    "label": "label",
    "hint": "hint",
    "guidance_hint": "guidance",
    "evidence": "evidence",
    "constraint_message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
}
TYPE_ALIASES = {
    "integer": QuestionType.INTEGER,
    "int": QuestionType.INTEGER,
    "decimal": QuestionType.DECIMAL,
    "text": QuestionType.TEXT,
    "string": QuestionType.TEXT,
    "date": QuestionType.DATE,
    "note": QuestionType.NOTE,
}
SELECT_ALIASES = {
    "select_one": QuestionType.SELECT_ONE,
    "select one": QuestionType.SELECT_ONE,
    "select_multiple": QuestionType.SELECT_MULTIPLE,
    "select multiple": QuestionType.SELECT_MULTIPLE,
    "select all that apply": QuestionType.SELECT_MULTIPLE,
}
# Metadata fields that data-collection apps fill in by themselves; a desktop audit has no use
# for them, so they are skipped without a warning.
METADATA_TYPES = {
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "phonenumber",
    "simserial",
    "subscriberid",
    "email",
    "audit",
    "start-geopoint",
    "background-audio",
    "calculate",
}
TRUE_WORDS = {"yes", "true", "true()", "1"}
FALSE_WORDS = {"no", "false", "false()", "0"}
