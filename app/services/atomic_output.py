"""Writing a file so that a crash, a power cut or a cancel never leaves half a file under the
real name: the writer fills a temporary file in the target folder (same file system, so the
final rename is atomic), which is flushed to disk and then moved into place with os.replace.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.models.errors import JalonError


class AtomicOutput:
    def __init__(self, target: Path):
        self.target = Path(target)

    @contextmanager
    def path(self) -> Iterator[Path]:
        """A temporary path to write; it becomes `target` when the block ends without error."""
        folder = self.target.parent
        if not folder.is_dir():
            raise JalonError("the folder {folder} does not exist", folder=str(folder))
        temporary = folder / f".{self.target.name}.{secrets.token_hex(4)}.partial"
        try:
            # os.open with 0o666 lets the user's umask decide the permissions, as for any
            # file they save (mkstemp would make it private to them).
            os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except OSError as error:
            raise JalonError(
                "cannot write in {folder}: {reason}",
                folder=str(folder),
                reason=error.strerror or str(error),
            ) from error
        try:
            yield temporary
            _flush_to_disk(temporary)
            os.replace(temporary, self.target)
            _flush_folder(folder)
        except PermissionError as error:
            raise JalonError(
                "cannot write {file}: permission denied (is it open in another program?)",
                file=str(self.target),
            ) from error
        except OSError as error:
            raise JalonError(
                "cannot write {file}: {reason}",
                file=str(self.target),
                reason=error.strerror or str(error),
            ) from error
        finally:
            temporary.unlink(missing_ok=True)


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
