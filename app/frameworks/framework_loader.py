"""Loads a framework workbook: read the sheets, build the tree, report every problem."""

from __future__ import annotations

from pathlib import Path

from app.frameworks.form_settings import framework_id_from
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
    # A workbook without a form_id is named after its file.
    return FrameworkBuilder(sheets, fallback_id=framework_id_from(path.stem)).build()
