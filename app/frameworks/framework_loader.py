"""Loads a framework workbook: read the sheets, build the tree, report every problem."""

from __future__ import annotations

import re
from pathlib import Path

from app.frameworks.framework_builder import BuildResult, FrameworkBuilder
from app.frameworks.problem import Problem, Severity
from app.frameworks.workbook_reader import WorkbookError, WorkbookReader


def load_framework(path: Path) -> BuildResult:
    """Load `path`; a file that cannot be read at all gives a single error, never an exception."""
    try:
        sheets = WorkbookReader().read(path)
    except WorkbookError as error:
        problem = Problem(Severity.ERROR, "", None, "", error.template, error.params)
        return BuildResult(None, [problem])
    fallback_id = re.sub(r"[^A-Za-z0-9_]", "_", path.stem) or "framework"
    if not fallback_id[0].isalpha():
        fallback_id = "f_" + fallback_id
    return FrameworkBuilder(sheets, fallback_id=fallback_id).build()
