"""A power cut, simulated as SQLite's own crash tests do (src/test6.c): an SQLite VFS that
passes everything to the real "unix" VFS and records each write, truncation, sync and deletion
of the files it opens. From that record, the disk as a power cut at any moment would leave it is
rebuilt: each file holds what it held at its last sync, plus each later write either lost, made,
or torn (made for some of its 512-byte sectors only), in order.

The VFS is registered, through ctypes, in the very SQLite library that Python's sqlite3 module
uses, and made the default while recording: Jalon's own code (its Database, its backups, its
merge) runs unchanged on it. Python's sqlite3 cannot register a VFS itself, and apsw's VFS lives
in apsw's own copy of SQLite, which Jalon does not use. Where sqlite3 is not linked to a shared
libsqlite3 (some Windows and macOS builds) the VFS cannot be installed: `available()` says so.

The WAL index (-shm) is shared memory: it is not recorded and is gone after a cut, as after a
real one. Writes are what matter: those of the database file and of its -wal.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import random
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SQLITE_OK = 0
SQLITE_IOERR = 10
SECTOR = 512
NAME = b"jalon-power-cut"

c_int, c_int64, c_void_p, c_char_p = ctypes.c_int, ctypes.c_int64, ctypes.c_void_p, ctypes.c_char_p
CFUNC = ctypes.CFUNCTYPE

# sqlite3_io_methods, version 2 (with the shared-memory methods WAL needs; no memory mapping)
CLOSE = CFUNC(c_int, c_void_p)
READ = CFUNC(c_int, c_void_p, c_void_p, c_int, c_int64)
WRITE = CFUNC(c_int, c_void_p, c_void_p, c_int, c_int64)
TRUNCATE = CFUNC(c_int, c_void_p, c_int64)
SYNC = CFUNC(c_int, c_void_p, c_int)
FILE_SIZE = CFUNC(c_int, c_void_p, c_void_p)
LOCK = CFUNC(c_int, c_void_p, c_int)
CHECK_RESERVED = CFUNC(c_int, c_void_p, c_void_p)
FILE_CONTROL = CFUNC(c_int, c_void_p, c_int, c_void_p)
SECTOR_SIZE = CFUNC(c_int, c_void_p)
SHM_MAP = CFUNC(c_int, c_void_p, c_int, c_int, c_int, c_void_p)
SHM_LOCK = CFUNC(c_int, c_void_p, c_int, c_int, c_int)
SHM_BARRIER = CFUNC(None, c_void_p)
SHM_UNMAP = CFUNC(c_int, c_void_p, c_int)

# sqlite3_vfs: the methods replaced here are typed, the others are copied from "unix" as is
OPEN = CFUNC(c_int, c_void_p, c_void_p, c_void_p, c_int, c_void_p)
DELETE = CFUNC(c_int, c_void_p, c_char_p, c_int)


class IoMethods(ctypes.Structure):
    _fields_ = [
        ("iVersion", c_int),
        ("xClose", CLOSE),
        ("xRead", READ),
        ("xWrite", WRITE),
        ("xTruncate", TRUNCATE),
        ("xSync", SYNC),
        ("xFileSize", FILE_SIZE),
        ("xLock", LOCK),
        ("xUnlock", LOCK),
        ("xCheckReservedLock", CHECK_RESERVED),
        ("xFileControl", FILE_CONTROL),
        ("xSectorSize", SECTOR_SIZE),
        ("xDeviceCharacteristics", SECTOR_SIZE),
        ("xShmMap", SHM_MAP),
        ("xShmLock", SHM_LOCK),
        ("xShmBarrier", SHM_BARRIER),
        ("xShmUnmap", SHM_UNMAP),
    ]


class File(ctypes.Structure):
    """This VFS's sqlite3_file: the methods, then the number of the real file it wraps."""

    _fields_ = [("pMethods", ctypes.POINTER(IoMethods)), ("number", c_int)]


class RealFile(ctypes.Structure):
    _fields_ = [("pMethods", ctypes.POINTER(IoMethods))]


class Vfs(ctypes.Structure):
    _fields_ = [
        ("iVersion", c_int),
        ("szOsFile", c_int),
        ("mxPathname", c_int),
        ("pNext", c_void_p),
        ("zName", c_char_p),
        ("pAppData", c_void_p),
        ("xOpen", OPEN),
        ("xDelete", DELETE),
        *(
            (name, c_void_p)
            for name in (
                "xAccess",
                "xFullPathname",
                "xDlOpen",
                "xDlError",
                "xDlSym",
                "xDlClose",
                "xRandomness",
                "xSleep",
                "xCurrentTime",
                "xGetLastError",
                "xCurrentTimeInt64",
                "xSetSystemCall",
                "xGetSystemCall",
                "xNextSystemCall",
            )
        ),
    ]


def _library() -> ctypes.CDLL | None:
    """The libsqlite3 that Python's sqlite3 module is linked to, if it is a shared one."""
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    library = ctypes.CDLL(name)
    library.sqlite3_libversion.restype = c_char_p
    version = library.sqlite3_libversion().decode()
    return library if version == sqlite3.sqlite_version else None


@dataclass
class Opened:
    path: Path
    recorded: bool  # the database file or its -wal
    buffer: ctypes.Array  # the real file's sqlite3_file, allocated here
    real: ctypes.c_void_p
    methods: IoMethods


@dataclass
class Recording:
    """What happened to the recorded files, in order: ("write", path, offset, data),
    ("truncate", path, size), ("sync", path), ("delete", path), ("create", path); and the
    files as they were before."""

    before: dict[Path, bytes] = field(default_factory=dict)
    events: list[tuple] = field(default_factory=list)
    seen: set[Path] = field(default_factory=set)

    def disk_at(self, cut: int, chance: random.Random) -> dict[Path, bytes]:
        """The recorded files after a power cut once `cut` events had happened."""
        durable = dict(self.before)
        pending: dict[Path, list[tuple]] = {}
        for event in self.events[:cut]:
            kind, path = event[0], event[1]
            if kind == "create":
                durable.setdefault(path, b"")
            elif kind in ("write", "truncate"):
                pending.setdefault(path, []).append(event)
            elif kind == "sync":
                durable[path] = _applied(durable.get(path, b""), pending.pop(path, []))
            elif kind == "delete":
                durable.pop(path, None)
                pending.pop(path, None)
        disk = {}
        for path, content in durable.items():
            survivors = []
            for event in pending.get(path, []):
                fate = chance.randrange(3)  # lost, made, or torn
                if fate == 1:
                    survivors.append(event)
                elif fate == 2 and event[0] == "write":
                    survivors.extend(_torn(event, chance))
            disk[path] = _applied(content, survivors)
        return disk


def _applied(content: bytes, events: list[tuple]) -> bytes:
    data = bytearray(content)
    for event in events:
        if event[0] == "write":
            _, _, offset, chunk = event
            if len(data) < offset:
                data.extend(bytes(offset - len(data)))
            data[offset : offset + len(chunk)] = chunk
        else:
            del data[event[2] :]
    return bytes(data)


def _torn(write: tuple, chance: random.Random) -> list[tuple]:
    """The sectors of a write that reached the platter before the power went."""
    _, path, offset, chunk = write
    pieces, start = [], 0
    while start < len(chunk):
        end = min(len(chunk), (offset + start) // SECTOR * SECTOR + SECTOR - offset)
        if chance.random() < 0.5:
            pieces.append(("write", path, offset + start, chunk[start:end]))
        start = end
    return pieces


class PowerCutVfs:
    """Install once per process; `recording(database)` records that file and its -wal.

    An exception inside a callback cannot cross SQLite's C code: it is kept in `errors` (a test
    asserts there are none) and SQLite is told of an I/O error."""

    _installed: PowerCutVfs | None = None

    @classmethod
    def available(cls) -> bool:
        try:
            return cls.install() is not None
        except OSError:
            return False

    @classmethod
    def install(cls) -> PowerCutVfs | None:
        if cls._installed is None:
            library = _library()
            if library is None:
                return None
            cls._installed = cls(library)
        return cls._installed

    def __init__(self, library: ctypes.CDLL):
        self._lib = library
        library.sqlite3_vfs_find.restype = c_void_p
        library.sqlite3_vfs_find.argtypes = [c_char_p]
        library.sqlite3_vfs_register.argtypes = [c_void_p, c_int]
        self._unix_address = library.sqlite3_vfs_find(b"unix")
        self._unix = Vfs.from_address(self._unix_address)
        self._files: dict[int, Opened] = {}
        self._numbers = iter(range(1, 1 << 30))
        self._lock = threading.Lock()
        self.errors: list[BaseException] = []
        self._recording: Recording | None = None
        self._recorded: frozenset[Path] = frozenset()
        self._callbacks = self._make_methods()
        self.vfs = Vfs()
        ctypes.memmove(ctypes.byref(self.vfs), self._unix_address, ctypes.sizeof(Vfs))
        self.vfs.zName = NAME
        self.vfs.szOsFile = ctypes.sizeof(File)
        self.vfs.pNext = None
        self.vfs.xOpen = self._open_callback = OPEN(self._guarded(self._open))
        self.vfs.xDelete = self._delete_callback = DELETE(self._guarded(self._delete))
        library.sqlite3_vfs_register(ctypes.byref(self.vfs), 0)
        probe = sqlite3.connect(f"file:probe?mode=memory&vfs={NAME.decode()}", uri=True)
        probe.close()  # fails here if sqlite3 uses another SQLite than the one found

    @contextmanager
    def recording(self, database: Path):
        """Every new connection of this process uses this VFS; the writes of `database` and of
        its -wal are recorded. Connections must be closed before the block ends."""
        recording = Recording()
        database = database.resolve()
        self._recording = recording
        self._recorded = frozenset({database, database.with_name(database.name + "-wal")})
        self._lib.sqlite3_vfs_register(ctypes.byref(self.vfs), 1)
        try:
            yield recording
        finally:
            self._lib.sqlite3_vfs_register(self._unix_address, 1)
            self._recording, self._recorded = None, frozenset()

    def mark(self) -> int:
        """The number of events so far: a power cut there keeps what happened before."""
        recording = self._recording
        return len(recording.events) if recording else 0

    # --- the VFS ---------------------------------------------------------------------------

    def _guarded(self, function):
        def call(*arguments):
            try:
                return function(*arguments)
            except BaseException as error:  # must not unwind through C
                self.errors.append(error)
                return SQLITE_IOERR

        return call

    def _record(self, *event) -> None:
        with self._lock:
            if self._recording is not None:
                self._recording.events.append(event)

    def _open(self, vfs, name, file, flags, out_flags) -> int:
        ours = File.from_address(file)
        ours.pMethods = None
        buffer = ctypes.create_string_buffer(self._unix.szOsFile)
        code = self._unix.xOpen(
            self._unix_address, name, ctypes.addressof(buffer), flags, out_flags
        )
        real = RealFile.from_buffer(buffer)
        if code != SQLITE_OK or not real.pMethods:
            return code
        path = Path(ctypes.string_at(name).decode()).resolve() if name else None
        recorded = path in self._recorded
        if recorded:
            with self._lock:
                recording = self._recording
                if recording is not None and path not in recording.seen:
                    recording.seen.add(path)  # its content so far counts as on the disk
                    recording.before[path] = path.read_bytes()
                recording.events.append(("create", path))
        number = next(self._numbers)
        self._files[number] = Opened(
            path, recorded, buffer, c_void_p(ctypes.addressof(buffer)), real.pMethods.contents
        )
        ours.number = number
        ours.pMethods = ctypes.pointer(self._callbacks)
        return SQLITE_OK

    def _delete(self, vfs, name, sync_dir) -> int:
        code = self._unix.xDelete(self._unix_address, name, sync_dir)
        if code == SQLITE_OK and Path(name.decode()).resolve() in self._recorded:
            self._record("delete", Path(name.decode()).resolve())
        return code

    def _make_methods(self) -> IoMethods:
        files = self._files

        def opened(file) -> Opened:
            return files[File.from_address(file).number]

        def close(file):
            entry = files.pop(File.from_address(file).number)
            return entry.methods.xClose(entry.real)

        def write(file, data, amount, offset):
            entry = opened(file)
            code = entry.methods.xWrite(entry.real, data, amount, offset)
            if code == SQLITE_OK and entry.recorded:
                self._record("write", entry.path, offset, ctypes.string_at(data, amount))
            return code

        def truncate(file, size):
            entry = opened(file)
            code = entry.methods.xTruncate(entry.real, size)
            if code == SQLITE_OK and entry.recorded:
                self._record("truncate", entry.path, size)
            return code

        def sync(file, flags):
            entry = opened(file)
            code = entry.methods.xSync(entry.real, flags)
            if code == SQLITE_OK and entry.recorded:
                self._record("sync", entry.path)
            return code

        def passed(method_name):
            def call(file, *arguments):
                entry = opened(file)
                return getattr(entry.methods, method_name)(entry.real, *arguments)

            return call

        own = {"xClose": close, "xWrite": write, "xTruncate": truncate, "xSync": sync}
        methods = IoMethods()
        methods.iVersion = 2
        self._kept = []  # the callbacks must outlive every file opened with them
        for name, kind in IoMethods._fields_[1:]:
            callback = kind(self._guarded(own.get(name) or passed(name)))
            self._kept.append(callback)
            setattr(methods, name, callback)
        return methods
