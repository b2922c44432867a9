"""The migrations that app/storage/migrations.py declares, read without importing it.

Importing that module imports sqlite-utils, and with it pluggy, dateutil and click: about a
sixth of the desktop application's start-up. Opening a database that is already up to date only
needs the names of the migrations, to compare with those recorded in the file, so they are read
from the module's source; sqlite-utils is imported only when a migration is actually due. The
names come from the very source the migrations module runs: a migration appended there is seen
here with no other change (a test checks that both always agree).
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from typing import NamedTuple

MIGRATIONS_MODULE = "app.storage.migrations"
REGISTRY = "MIGRATIONS"  # the module's `MIGRATIONS = Migrations("<set>")`, used as a decorator


class DeclaredMigrations(NamedTuple):  # lighter to define than a dataclass: every start
    migration_set: str
    names: tuple[str, ...]


def declared_migrations() -> DeclaredMigrations | None:
    """The migration set's name and its migrations' names in order of application; None when
    they cannot be known for sure (no source, as in a frozen build; a way of registering this
    reader does not understand): the caller then imports the migrations module."""
    module = sys.modules.get(MIGRATIONS_MODULE)
    if module is not None:  # already imported: its registry is the authority (and free)
        registry = getattr(module, REGISTRY)
        return DeclaredMigrations(registry.name, tuple(m.name for m in registry._migrations))
    try:
        spec = importlib.util.find_spec(MIGRATIONS_MODULE)
        source = spec.loader.get_source(MIGRATIONS_MODULE) if spec and spec.loader else None
    except (ImportError, OSError):
        return None
    return read_declared_migrations(source) if source else None


def read_declared_migrations(source: str) -> DeclaredMigrations | None:
    """Reads `MIGRATIONS = Migrations("set")` and the top-level functions decorated with
    `@MIGRATIONS()` or `@MIGRATIONS(name="…")`. Any other mention of MIGRATIONS could register
    a migration in a way not read here, so it makes the answer None rather than a guess."""
    tree = ast.parse(source)
    migration_set: str | None = None
    names: list[str] = []
    understood = 0
    for node in tree.body:
        if _is_registry_assignment(node):
            migration_set = node.value.args[0].value
            understood += 1
        elif isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                if not _is_registration(decorator):
                    continue
                name = _registered_name(decorator, node.name)
                if name is None:
                    return None
                names.append(name)
                understood += 1
    mentions = sum(isinstance(n, ast.Name) and n.id == REGISTRY for n in ast.walk(tree))
    if migration_set is None or mentions != understood:
        return None
    return DeclaredMigrations(migration_set, tuple(names))


def _is_registry_assignment(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id == REGISTRY
        and isinstance(node.value, ast.Call)
        and len(node.value.args) == 1
        and not node.value.keywords
        and isinstance(node.value.args[0], ast.Constant)
        and isinstance(node.value.args[0].value, str)
    )


def _is_registration(decorator: ast.expr) -> bool:
    return (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Name)
        and decorator.func.id == REGISTRY
    )


def _registered_name(decorator: ast.Call, function_name: str) -> str | None:
    """sqlite-utils registers a migration under `name=` when given, else the function's name."""
    if decorator.args:
        return None
    for keyword in decorator.keywords:
        if keyword.arg is None:  # **options
            return None
        if keyword.arg == "name":
            value = keyword.value
            return value.value if isinstance(value, ast.Constant) and isinstance(
                value.value, str) else None
    return function_name
