"""Run benchmarks: `python -m bench` (all) or `python -m bench storage ui …` (some).

Every module `bench/<name>_bench.py` with a `main(argv) -> int` is a benchmark named <name>.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def available() -> list[str]:
    return sorted(p.stem.removesuffix("_bench") for p in Path(__file__).parent.glob("*_bench.py"))


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("-")] or available()
    options = [a for a in argv if a.startswith("-")]
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}")
        return 2
    status = 0
    for name in names:
        print(f"== {name} ==", flush=True)
        status |= importlib.import_module(f"bench.{name}_bench").main(options)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
