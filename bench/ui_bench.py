"""Desktop application benchmarks (offscreen unless a display is given).

- start-up to an interactive main window (process start → the `jalon` command's window shown
  and painted once, the event loop turning) against a bare PySide6 QMainWindow shown and
  painted the same way, both in fresh processes, alternated in the same run; reports the
  ratio (target ≤ 1.5×) in wall time and in CPU time, both taken at the first paint (what a
  process does after it, quitting included, is not start-up); with `--instructions`, also the
  instructions each program executes up to its first paint, counted once by valgrind, which
  the machine's load and its CPU's speed do not change;
- moving to the next question and saving an answer, including the durable commit, rescoring,
  the navigator, the header and the dashboard refresh, and the repaint (target < 16 ms); the
  same on a generated framework of 1,500 questions (target: p95 under 50 ms);
- memory: resident set size with the default framework's audit open, against the bare window.

    python -m bench ui [--quick] [--step] [--instructions]

`--step` measures only the next-question-and-save step (no start-up processes), for quick
comparisons while working on it; nothing is written to bench/results.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.runtime_site import RuntimeSite

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

# Every child, once its windows have painted for the first time (the first paint is part of
# start-up), prints the clock's time, the CPU time it has used since it started and its
# resident memory, then quits; with JALON_BENCH_EXIT_AT_PAINT set it leaves at once (the
# instruction count stops at the first paint too).
FIRST_PAINT_THEN_QUIT = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def _rss_mb():  # resident memory (Linux), read here: importing the bench would cost CPU time
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
def _painted_then_quit():
    app = QApplication.instance()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
    print("painted", time.time(), time.process_time(), _rss_mb(), flush=True)
    if os.environ.get("JALON_BENCH_EXIT_AT_PAINT"):
        os._exit(0)
    app.quit()
_exec = QApplication.exec
def _exec_once(*_args):
    QTimer.singleShot(0, _painted_then_quit)
    return _exec()
QApplication.exec = _exec_once
"""

BARE_WINDOW = (
    FIRST_PAINT_THEN_QUIT
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.exec()
"""
)

# What a user starts: the `jalon` command with no subcommand (logging, damage check, languages,
# the audit list), on the bench's data folder. The command's module (with the composition root,
# storage and the models it loads) is imported before the first-paint hook loads PySide6, in
# the order `jalon` itself imports them: it loads PySide6 only once it starts the window.
JALON_COMMAND = (
    """
import sys
from app.__main__ import main
"""
    + FIRST_PAINT_THEN_QUIT
    + """
sys.argv = ["jalon", "--data-dir", sys.argv[1]]
main()
"""
)

# The main window composed directly, to open an audit at once.
JALON_WITH_AUDIT = (
    FIRST_PAINT_THEN_QUIT
    + """
from PySide6.QtCore import QSettings
from app.composition import Application
from app.paths import AppPaths
from app.ui.shell.language_manager import LanguageManager
from app.ui.shell.main_window import MainWindow
from app.ui.shell.main_window_app import create_qt_application, prepare_translations
application = Application(AppPaths.resolve(sys.argv[1]))
app = create_qt_application()
prepare_translations()
settings = QSettings(application.paths.settings.as_posix(), QSettings.Format.IniFormat)
languages = LanguageManager(app, settings)
languages.apply("en")
application.audits.list()
window = MainWindow(application, languages, settings)
window.resize(1366, 768)
window.show()
window.open_audit(sys.argv[2])
app.exec()
"""
)


def rss_mb() -> float | None:
    """Resident memory of this process in MB (Linux /proc; None where unavailable)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


PYCACHE = Path(tempfile.gettempdir()) / "jalon-bench-pycache"
LARGE_FRAMEWORK = 1500  # questions: a network's own framework with every module
LARGE_TARGET = "p95 < 50 ms"


def child_environment(site: RuntimeSite, **extra: str) -> dict[str, str]:
    """Every child sees only Jalon's runtime dependencies (`site`), as a user's copy has them,
    not the test tools of the development environment. Compiled bytecode is cached (in a
    temporary folder) as an installed copy has it, even where PYTHONDONTWRITEBYTECODE is set:
    recompiling the sources is not start-up work."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(PYCACHE), **extra)
    return site.environment(env)


def run_child(site: RuntimeSite, code: str, *args: str) -> tuple[float, float, float | None]:
    """Seconds from the process's start to its first paint, the CPU seconds it had used by
    then (user + system: what other programs on a busy machine do not inflate), and its
    resident memory in MB then."""
    start = time.time()  # the child reports its paint on the same clock
    result = subprocess.run(
        site.command("-c", code, *args),
        cwd=ROOT,
        env=child_environment(site),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode:
        raise RuntimeError(result.stderr[-2000:])
    painted = [line.split() for line in result.stdout.splitlines() if line.startswith("painted ")]
    if not painted:
        raise RuntimeError(f"the program never painted a window: {result.stdout[-2000:]}")
    _, at, cpu, rss = painted[0]
    return float(at) - start, float(cpu), None if rss == "None" else float(rss)


def count_instructions(site: RuntimeSite, code: str, *args: str) -> int | None:
    """The instructions a child executes from its start to its first paint, counted by
    valgrind (None where valgrind is not installed). The hash seed is fixed: Python's random
    one changes the work of every dictionary a little from one run to the next."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    result = subprocess.run(
        [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        + site.command("-c", code, *args),
        cwd=ROOT,
        env=child_environment(site, JALON_BENCH_EXIT_AT_PAINT="1", PYTHONHASHSEED="0"),
        capture_output=True,
        text=True,
        timeout=600,
    )
    collected = [line for line in result.stderr.splitlines() if "Collected :" in line]
    if not collected:
        raise RuntimeError(result.stderr[-2000:])
    return int(collected[-1].split(":")[-1].strip())


def prepare_data(folder: Path) -> str:
    """A data folder with three audits of the default framework, one two-thirds answered, and
    the name of the person working."""
    from app.composition import Application
    from app.paths import AppPaths

    application = Application(AppPaths(folder))
    # A returning user's start: who works here was said on the first start, whose one-off
    # question would otherwise open over the window in every round.
    application.set_person("Awa Ndiaye", "Cabinet Sahel Conseil")
    framework = application.frameworks.default()
    audit_id = two_thirds_answered(application, framework)
    for name in ("Union des Mutuelles du Sahel", "Crédito Rural del Altiplano"):
        application.audits.create(framework, name)
    application.close()
    return audit_id


def prepare_large_data(folder: Path, indicators: int) -> str:
    """A data folder with one audit of a generated framework of about `indicators` questions."""
    from app.composition import Application
    from app.paths import AppPaths
    from bench.synthetic_framework import synthetic_framework

    application = Application(AppPaths(folder))
    audit_id = two_thirds_answered(application, synthetic_framework(indicators))
    application.close()
    return audit_id


def two_thirds_answered(application, framework) -> str:
    audit = application.audits.create(framework, "Caisse Populaire de Thiès", "SN")
    session = application.audits.open(audit.id)
    for n, indicator in enumerate(framework.iter_indicators()):
        if indicator.is_scored and indicator.name in session.score().relevant and n % 3:
            session.answer(indicator.name, indicator.choices[n % 3].name)
    return audit.id


def bench_startup(rounds: int, folder: Path, audit_id: str, instructions: bool = False) -> dict:
    site = RuntimeSite(folder.parent / "runtime-site")
    wall: dict[str, list[float]] = {"bare": [], "jalon": [], "opened": []}
    cpu: dict[str, list[float]] = {"bare": [], "jalon": [], "opened": []}
    memory: dict[str, float | None] = {}
    run_child(site, BARE_WINDOW)  # warm the file and bytecode caches for both
    run_child(site, JALON_COMMAND, str(folder))
    for _ in range(rounds):
        for name, code, args in (
            ("bare", BARE_WINDOW, ()),
            ("jalon", JALON_COMMAND, (str(folder),)),
            ("opened", JALON_WITH_AUDIT, (str(folder), audit_id)),
        ):
            seconds, used, memory[f"{name}_rss_mb"] = run_child(site, code, *args)
            wall[name].append(seconds)
            cpu[name].append(used)
    median = {name: statistics.median(values) for name, values in wall.items()}
    cpu_median = {name: statistics.median(values) for name, values in cpu.items()}
    return {
        "bare_window_s": median["bare"],
        "jalon_window_s": median["jalon"],
        "ratio": median["jalon"] / median["bare"],
        "jalon_with_audit_open_s": median["opened"],
        "bare_window_cpu_s": cpu_median["bare"],
        "jalon_window_cpu_s": cpu_median["jalon"],
        "cpu_ratio": cpu_median["jalon"] / cpu_median["bare"] if cpu_median["bare"] else None,
        **memory,
        **(startup_instructions(site, folder) if instructions else {}),
    }


def startup_instructions(site: RuntimeSite, folder: Path) -> dict:
    bare = count_instructions(site, BARE_WINDOW)
    jalon = count_instructions(site, JALON_COMMAND, str(folder))
    if bare is None or jalon is None:
        return {}
    return {
        "bare_window_instructions": bare,
        "jalon_window_instructions": jalon,
        "instructions_ratio": jalon / bare,
    }


def bench_next_and_save(rounds: int, folder: Path, audit_id: str) -> dict:
    """In this process: the main window at 1366×768 with the audit open, then for each round
    move to the next question, answer it (saved), refresh the dashboard, repaint."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.composition import Application
    from app.paths import AppPaths
    from app.ui.shell.language_manager import LanguageManager
    from app.ui.shell.main_window import MainWindow
    from app.ui.shell.main_window_app import create_qt_application
    from app.ui.workspace.question.choice_editor import ChoiceEditor

    application = Application(AppPaths(folder))
    app = create_qt_application()
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(app, settings)
    languages.apply("en")
    window = MainWindow(application, languages, settings)
    window.resize(1366, 768)
    window.show()
    window.open_audit(audit_id)
    workspace = window.workspace
    workspace.go_to("1.1.1.1")
    QApplication.processEvents()
    steps, cpu_steps, saves, dashboards = [], [], [], []
    choice = 0
    for _ in range(rounds):
        cpu_start = time.process_time()
        start = time.perf_counter()
        workspace.next()
        editor = workspace.page.editor
        if not isinstance(editor, ChoiceEditor):  # past the last scored question: start over
            workspace.go_to("1.1.1.1")
            editor = workspace.page.editor
        choice = (choice + 1) % 3
        save_start = time.perf_counter()
        editor.choose(choice)  # commit, rescore, navigator, header, page
        saves.append(time.perf_counter() - save_start)
        dashboard_start = time.perf_counter()
        workspace.dashboard.refresh()
        dashboards.append(time.perf_counter() - dashboard_start)
        QApplication.processEvents()  # the repaint the user waits for
        steps.append(time.perf_counter() - start)
        cpu_steps.append(time.process_time() - cpu_start)
    result = {
        "next_and_save_ms_median": statistics.median(steps) * 1000,
        "next_and_save_ms_p95": sorted(steps)[int(len(steps) * 0.95) - 1] * 1000,
        "next_and_save_ms_min": min(steps) * 1000,
        "next_and_save_cpu_ms_median": statistics.median(cpu_steps) * 1000,
        "save_with_refresh_ms_median": statistics.median(saves) * 1000,
        "dashboard_refresh_ms_median": statistics.median(dashboards) * 1000,
        "indicators": len(workspace.session.framework.indicators),
        "rss_mb_after": rss_mb(),
    }
    window.close()
    application.close()
    return result


def print_step(flow: dict, target: str = "< 16 ms") -> None:
    print(
        f"next question + save an answer (commit, rescoring, navigator, dashboard, repaint), "
        f"{flow['indicators']} indicators: {flow['next_and_save_ms_median']:.1f} ms median, "
        f"{flow['next_and_save_ms_p95']:.1f} ms p95, {flow['next_and_save_ms_min']:.1f} ms "
        f"min, {flow['next_and_save_cpu_ms_median']:.1f} ms CPU median (target {target}); "
        f"of which save + "
        f"refresh {flow['save_with_refresh_ms_median']:.1f} ms, dashboard "
        f"{flow['dashboard_refresh_ms_median']:.1f} ms"
    )


def main(options: list[str]) -> int:
    quick = "--quick" in options
    rounds = 40 if quick else 200
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "data"
        audit_id = prepare_data(folder)
        large_folder = Path(temporary) / "large"
        large_id = prepare_large_data(large_folder, LARGE_FRAMEWORK)
        if "--step" in options:
            print_step(bench_next_and_save(rounds, folder, audit_id))
            print_step(bench_next_and_save(rounds, large_folder, large_id), LARGE_TARGET)
            return 0
        startup = bench_startup(
            3 if quick else 9, folder, audit_id, instructions="--instructions" in options
        )
        flow = bench_next_and_save(rounds, folder, audit_id)
        large = bench_next_and_save(rounds, large_folder, large_id)
    print(
        f"start-up to interactive window (the jalon command, first paint included): "
        f"Jalon {startup['jalon_window_s']:.2f} s, bare PySide6 "
        f"window {startup['bare_window_s']:.2f} s (medians) → ratio {startup['ratio']:.2f}× "
        f"(target ≤ 1.5×); with an audit opened at once "
        f"{startup['jalon_with_audit_open_s']:.2f} s"
    )
    if startup["cpu_ratio"] is not None:
        print(
            f"  CPU time: Jalon {startup['jalon_window_cpu_s']:.2f} s, bare window "
            f"{startup['bare_window_cpu_s']:.2f} s → ratio {startup['cpu_ratio']:.2f}×"
        )
    if "instructions_ratio" in startup:
        print(
            f"  instructions (valgrind): Jalon "
            f"{startup['jalon_window_instructions'] / 1e6:,.0f} M, bare window "
            f"{startup['bare_window_instructions'] / 1e6:,.0f} M → ratio "
            f"{startup['instructions_ratio']:.2f}×"
        )
    elif "--instructions" in options:
        print("  instructions: not counted (valgrind is not installed)")
    print_step(flow)
    print_step(large, LARGE_TARGET)
    memory = {key: startup.get(key) for key in ("bare_rss_mb", "jalon_rss_mb", "opened_rss_mb")}
    if all(value is not None for value in memory.values()):
        print(
            f"memory (RSS): bare window {memory['bare_rss_mb']:.0f} MB, Jalon audit list "
            f"{memory['jalon_rss_mb']:.0f} MB, default framework audit open "
            f"{memory['opened_rss_mb']:.0f} MB"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ui.json").write_text(
        json.dumps({"startup": startup, "flow": flow, "large_flow": large}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
