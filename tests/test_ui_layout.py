"""The desktop app's folders stay what docs/architecture.md and the README say they are: every
feature folder is described in both, and `common/` holds only what several features use."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "app" / "ui"
# Read by Qt's lupdate, not imported: the error templates for translation (see ErrorPresenter).
NOT_IMPORTED = {"error_catalog"}


def feature_folders() -> list[str]:
    return sorted(
        str(init.parent.relative_to(UI)) for init in UI.rglob("__init__.py") if init.parent != UI
    )


def features_importing(module: str) -> set[str]:
    """The top-level folders of app/ui whose modules import `app.ui.common.<module>`."""
    wanted = f"app.ui.common.{module}"
    users = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imported = []
            if isinstance(node, ast.ImportFrom) and node.module:
                imported = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                imported = [a.name for a in node.names]
            if wanted in imported:
                users.add(path.relative_to(UI).parts[0])
    return users


def test_every_ui_folder_is_described_in_the_architecture_page_and_the_readme():
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    folders = feature_folders()
    assert "workspace/question" in folders and "shell" in folders
    assert [f for f in folders if f"[`{f}/`](../app/ui/{f}/)" not in page] == []
    assert [f for f in folders if f"`{f.split('/')[-1]}/`" not in readme] == []


def test_common_holds_only_what_several_features_use():
    modules = sorted(p.stem for p in (UI / "common").glob("*.py") if p.stem != "__init__")
    used_once = {
        module: sorted(features_importing(module))
        for module in modules
        if module not in NOT_IMPORTED and len(features_importing(module) - {"common"}) < 2
    }
    assert used_once == {}, "move these next to their one user"
