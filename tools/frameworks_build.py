"""Regenerates the shipped framework workbooks from their YAML sources.

python -m tools.frameworks_build
"""

from __future__ import annotations

import sys

from app.frameworks.source_compiler import SourceCompiler
from app.frameworks.workbook_writer import WorkbookWriter
from app.paths import resources_dir


def main() -> int:
    frameworks = resources_dir() / "frameworks"
    for source in sorted(p for p in (frameworks / "src").iterdir() if p.is_dir()):
        if not (source / "framework.yaml").exists():
            continue
        compiler = SourceCompiler(source)
        framework = compiler.compile()
        # The folder names the workbook: src/jalon_sp holds the current version of jalon_sp,
        # src/jalon_sp-2026.1 an earlier one still shipped for the audits made with it.
        target = frameworks / f"{source.name}.xlsx"
        predecessors = tuple(
            compiler.predecessor(c.source_id, c.source_version) for c in framework.crosswalks
        )
        WorkbookWriter(framework, predecessors).write(target)
        print(
            f"{target.name}: {len(framework.indicators)} questions, "
            f"hash {framework.content_hash[:12]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
