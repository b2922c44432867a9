"""Ways to damage a database file on purpose, as a power cut, a failing disk or a bad copy do."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def damage_table(path: Path, table: str = "revisions") -> None:
    """Overwrite the root page of `table` with garbage (the file must be closed and
    checkpointed): the file still opens, but reading that table fails."""
    connection = sqlite3.connect(path)
    try:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    garbage = random.Random(root).randbytes(page_size)
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(garbage)


def zero_header(path: Path) -> None:
    """Wipe the first 4 kB, as a file system that lost its last write does."""
    with path.open("r+b") as handle:
        handle.write(bytes(4096))


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def damage_old_history(path: Path) -> int:
    """Garbage over the cells of a revisions page in the first third of the table (the oldest
    changes, not the current answers): a command showing only current answers never reads
    that page. The page header is kept, so SQLite finds the page itself well formed. The file
    must be closed and checkpointed. Returns the page number."""
    connection = sqlite3.connect(path)
    try:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'revisions' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    page = leaves[len(leaves) // 3]
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size + 100)  # past the page header and cell pointers
        handle.write(random.Random(page).randbytes(page_size // 2))
    return page
