"""The `type` column as pyxform reads it, and what Jalon does with each kind of row.

pyxform's own patterns and tables decide what a type means: `select one from LIST`,
`select_one LIST or_other`, `begin repeat`, `add integer prompt`, `imei` and every other alias it
accepts. Jalon then runs a row, skips it with a warning (a photo or a GPS point cannot be taken
on a desktop audit), or refuses it by name (repeats, choices read from files).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pyxform import aliases, constants
from pyxform.question_type_dictionary import QUESTION_TYPE_DICT
from pyxform.xls2json import RE_BEGIN_CONTROL, RE_END_CONTROL, RE_OSM, RE_SELECT

from app.models.framework import QuestionType


class TypeKind(StrEnum):
    BEGIN_GROUP = "begin_group"
    END_GROUP = "end_group"
    BEGIN_REPEAT = "begin_repeat"
    END_REPEAT = "end_repeat"
    QUESTION = "question"  # text, numbers, dates, notes and selects
    CALCULATE = "calculate"
    METADATA = "metadata"  # start, end, deviceid...: filled by data-collection apps
    SETTING = "setting"  # a setting written on the survey sheet (`form_title`, `form_id`)
    FILE_SELECT = "file_select"  # choices read from a CSV, XML or GeoJSON file
    UNSUPPORTED = "unsupported"  # a pyxform type Jalon does not ask (photo, geopoint, ...)
    UNKNOWN = "unknown"  # not a type pyxform knows either


@dataclass(frozen=True)
class ParsedType:
    kind: TypeKind
    text: str  # the type as written, spaces collapsed
    question_type: QuestionType | None = None
    list_name: str = ""
    or_other: bool = False
    external: bool = False  # select_one_external: its list is on the external_choices sheet


# pyxform's storage type of an input control -> the question Jalon asks.
_INPUTS = {
    "int": QuestionType.INTEGER,
    "decimal": QuestionType.DECIMAL,
    "date": QuestionType.DATE,
    "string": QuestionType.TEXT,
}


class XlsformTypes:
    def parse(self, raw: str) -> ParsedType:
        text = " ".join(raw.split())
        parsed = self._parse(text)
        if parsed.kind == TypeKind.UNKNOWN and text.lower() != text:
            # pyxform matches types exactly; Jalon also takes `Integer` or `SELECT_ONE yesno`.
            lowered = self._parse(text.lower())
            if lowered.kind != TypeKind.UNKNOWN:
                return lowered
        return parsed

    def _parse(self, text: str) -> ParsedType:
        text = aliases._type_alias_map.get(text, text)  # pyxform's own dealias_types
        begin = RE_BEGIN_CONTROL.search(text)
        if begin:
            group = aliases.control[begin.group("type")] == constants.GROUP
            return ParsedType(TypeKind.BEGIN_GROUP if group else TypeKind.BEGIN_REPEAT, text)
        end = RE_END_CONTROL.search(text)
        if end:
            group = aliases.control[end.group("type")] == constants.GROUP
            return ParsedType(TypeKind.END_GROUP if group else TypeKind.END_REPEAT, text)
        select = RE_SELECT.search(text)
        if select:
            return self._select(text, select.group("select_command"), select)
        if text in aliases.settings_header:
            return ParsedType(TypeKind.SETTING, text)
        if RE_OSM.search(text):
            return ParsedType(TypeKind.UNSUPPORTED, text)
        entry = QUESTION_TYPE_DICT.get(text)
        if entry is None:
            return ParsedType(TypeKind.UNKNOWN, text)
        if "calculate" in text:
            return ParsedType(TypeKind.CALCULATE, text, QuestionType.CALCULATE)
        control = entry.get("control", {}).get("tag")
        bind = entry.get("bind", {})
        if control is None:
            return ParsedType(TypeKind.METADATA, text)
        if control in ("input", "range") and bind.get("type") in _INPUTS:
            kind = QuestionType.NOTE if bind.get("readonly") else _INPUTS[bind["type"]]
            return ParsedType(TypeKind.QUESTION, text, kind)
        return ParsedType(TypeKind.UNSUPPORTED, text)

    @staticmethod
    def _select(text: str, command: str, match) -> ParsedType:
        select = aliases.select[command]
        if command in aliases.select_from_file:
            return ParsedType(TypeKind.FILE_SELECT, text, list_name=match.group("list_name"))
        if select == constants.RANK:
            return ParsedType(TypeKind.UNSUPPORTED, text)
        if select == constants.SELECT_ONE_EXTERNAL:
            return ParsedType(
                TypeKind.QUESTION,
                text,
                QuestionType.SELECT_ONE,
                list_name=match.group("list_name"),
                external=True,
            )
        kind = (
            QuestionType.SELECT_ONE
            if select == constants.SELECT_ONE
            else (QuestionType.SELECT_MULTIPLE)
        )
        return ParsedType(
            TypeKind.QUESTION,
            text,
            kind,
            list_name=match.group("list_name"),
            or_other=match.group("specify_other") is not None,
        )
