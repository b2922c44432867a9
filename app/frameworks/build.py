"""Regenerates the shipped framework workbooks from their YAML sources.

python -m app.frameworks.build
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
        framework = SourceCompiler(source).compile()
        target = frameworks / f"{framework.id}.xlsx"
        WorkbookWriter(framework).write(target)
        print(
            f"{target.name}: {len(framework.indicators)} questions, "
            f"hash {framework.content_hash[:12]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
