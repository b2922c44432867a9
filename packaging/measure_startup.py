#!/usr/bin/env python3
"""Start-up time of the built bundle against `python -m app`, for docs/benchmarks.md.

    python3 packaging/measure_startup.py [--runs 5] [--python .venv/bin/python]

Measures, as medians: the time to print `--version` (interpreter and imports, no Qt), and,
when a display and xdotool are available (e.g. `Xvfb :99 &` and DISPLAY=:99), the time from
launch until the main window is visible. Each run uses the same throw-away data folder holding
one audit, so both programs open the same database.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "jalon" / "jalon"
WINDOW_TIMEOUT_S = 60


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def time_to_window(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    program = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Jalon"],
            env=env,
            check=True,
            capture_output=True,
            timeout=WINDOW_TIMEOUT_S,
        )
        return time.perf_counter() - start
    finally:
        program.terminate()
        program.wait(timeout=30)


def _figures(times: list[float]) -> str:
    return f"{statistics.median(times):.2f} s ({min(times):.2f} s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    if not BUNDLE.exists():
        sys.exit(f"{BUNDLE} is missing: build it first (python3 packaging/build.py)")

    with tempfile.TemporaryDirectory(prefix="jalon-startup-") as data:
        env = {**os.environ, "JALON_DATA_DIR": data, "JALON_USER": "Bench"}
        subprocess.run(
            [str(BUNDLE), "audit", "new", "--institution", "Caisse de Kolda"],
            env=env,
            check=True,
            capture_output=True,
        )
        programs = {
            "bundle (dist/jalon/jalon)": [str(BUNDLE)],
            "python -m app": [args.python, "-m", "app"],
        }
        can_show = bool(os.environ.get("DISPLAY")) and shutil.which("xdotool")
        version: dict[str, list[float]] = {name: [] for name in programs}
        window: dict[str, list[float]] = {name: [] for name in programs}
        # Runs alternate between the programs so that a burst of load elsewhere on the machine
        # hits both alike; the minimum is the cost with the least interference.
        for _ in range(args.runs):
            for name, command in programs.items():
                version[name].append(timed([*command, "--version"], env))
                if can_show:
                    window[name].append(time_to_window(command, env))
        print(f"| program | --version, median (min) of {args.runs} | first window, median (min) |")
        print("| --- | --- | --- |")
        for name in programs:
            shown = _figures(window[name]) if window[name] else "no display"
            print(f"| {name} | {_figures(version[name])} | {shown} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
