"""The layering is a rule, checked by import-linter (contracts in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    linter = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout


def test_no_module_is_a_grab_bag():
    names = {p.name for p in (ROOT / "app").rglob("*.py")}
    assert not names & {"utils.py", "helpers.py", "misc.py", "common.py"}


def test_the_command_line_prints_only_through_its_terminal_module():
    """Data reaches the terminal escaped (app/cli/terminal.py); a direct click.echo would not."""
    direct = [
        path.name
        for path in (ROOT / "app" / "cli").glob("*.py")
        if path.name != "terminal.py"
        and any(
            call in path.read_text(encoding="utf-8")
            for call in ("click.echo(", "click.secho(", "click.confirm(", "click.prompt(", "print(")
        )
    ]
    assert direct == []
