"""Every interface string and every user-facing error exists, finished, in French and Spanish,
with the same placeholders as the English source."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import PySide6
import pytest

from app.paths import resources_dir
from app.ui.common import error_catalog
from tools import error_catalog_build

LANGUAGES = ("fr", "es")
UI_FOLDER = Path(__file__).resolve().parents[2] / "app" / "ui"
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
MNEMONIC = re.compile(r"&(?!&)\S")


def messages(language: str) -> list[tuple[str, str, ElementTree.Element]]:
    path = resources_dir() / "translations" / f"jalon_{language}.ts"
    root = ElementTree.parse(path).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def texts_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    problems = []
    for context, source, message in messages(language):
        translation = message.find("translation")
        kind = translation.get("type")
        texts = texts_of(message)
        if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is {kind or 'empty'}")
        if message.get("numerus") == "yes" and len(texts) < 2:
            problems.append(f"{context}: {source!r} needs singular and plural forms")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_shortcut_keys(language):
    problems = []
    for context, source, message in messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts_of(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                problems.append(f"{context}: {source!r} → {text!r} drops or adds a & key")
    assert not problems, "\n".join(problems)


def test_both_languages_have_the_same_messages():
    def keys(language):
        return {(context, source) for context, source, _message in messages(language)}

    assert keys("fr") == keys("es")


def test_ts_files_hold_every_string_of_the_interface(tmp_path):
    """lupdate run now over app/ui and its sub-folders finds nothing that the committed .ts
    files lack."""
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("Qt's lupdate is not part of this PySide6 installation")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in UI_FOLDER.rglob("*.py"))
    result = subprocess.run(
        [str(lupdate), *sources, "-silent", "-locations", "none", "-ts", str(fresh)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    root = ElementTree.parse(fresh).getroot()
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    committed = {(context, source) for context, source, _message in messages("fr")}
    missing = sorted(found - committed)
    assert not missing, "run pyside6-lupdate (see README) and translate:\n" + "\n".join(
        f"{c}: {s!r}" for c, s in missing
    )


def test_error_catalog_lists_every_error_template():
    assert list(error_catalog.TEMPLATES) == error_catalog_build.templates(), (
        "user-facing error messages changed: run python -m tools.error_catalog_build, then "
        "pyside6-lupdate, and translate the new ones"
    )
