"""File names proposed to the user, made from audit data (an institution's name can hold any
character): without the characters Windows and USB sticks (FAT) refuse."""

from __future__ import annotations

import re


def safe_file_name(text: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:120] or "jalon"
