"""Waking up when an SQLite database's files are written (Linux inotify).

A commit on SQLite in WAL mode writes the ``-wal`` file (or, in rollback
mode, the database file itself), so a watch on those files tells the change
feed the moment another connection writes, instead of it reading ``PRAGMA
data_version`` several times a second in case. The watch is on the folder,
filtered by name, so a WAL file deleted and made again (a checkpoint, a
restart) stays watched. Where inotify is missing (another system, a limit on
watches reached) :func:`watch_database_files` returns None and the feed polls
as before.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import select
import struct
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

_IN_MODIFY = 0x00000002
_IN_CLOSE_WRITE = 0x00000008
_IN_MOVED_TO = 0x00000080
_IN_CREATE = 0x00000100
_IN_NONBLOCK = 0o4000
_IN_CLOEXEC = 0o2000000
_EVENT = struct.Struct("iIII")  # wd, mask, cookie, len; then the name
_MASK = _IN_MODIFY | _IN_CLOSE_WRITE | _IN_MOVED_TO | _IN_CREATE


_LIBC: list[ctypes.CDLL | None] = []


def _libc() -> ctypes.CDLL | None:
    """The C library's inotify calls, looked up once.

    From the symbols the process already has (``dlopen(NULL)``), never with
    ``ctypes.util.find_library``: that runs ``ldconfig`` in a child process,
    and forking from the feed's thread while Qt's threads hold their locks
    can hang the whole station.
    """
    if _LIBC:
        return _LIBC[0]
    libc: ctypes.CDLL | None = None
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.inotify_init1.argtypes = [ctypes.c_int]
            libc.inotify_add_watch.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_uint32]
        except (OSError, AttributeError):
            libc = None
    _LIBC.append(libc)
    return libc


class FileWatch:
    """Waits until one of ``names`` in ``folder`` is written, or a timeout, or :meth:`interrupt`."""

    def __init__(self, fd: int, names: frozenset[str]) -> None:
        self._fd = fd
        self._names = names
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._closed = False
        self._lock = threading.Lock()  # interrupt() from another thread never writes to a closed pipe

    def wait(self, timeout_s: float) -> bool:
        """True when a watched file was written since the last call (drained), False on timeout."""
        if self._closed:
            return False
        if self._drain():
            return True
        try:
            ready, _, _ = select.select([self._fd, self._wake_r], [], [], max(0.0, timeout_s))
        except InterruptedError:
            return False
        if self._wake_r in ready:
            try:
                os.read(self._wake_r, 4096)
            except BlockingIOError:
                pass
        return self._fd in ready and self._drain()

    def interrupt(self) -> None:
        """Make a :meth:`wait` on another thread return now."""
        with self._lock:
            if self._closed:
                return
            try:
                os.write(self._wake_w, b"x")
            except OSError:
                pass  # a wake-up is already pending

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for fd in (self._fd, self._wake_r, self._wake_w):
                try:
                    os.close(fd)
                except OSError:
                    pass

    def _drain(self) -> bool:
        """Read every queued event; True if one named a watched file."""
        hit = False
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return hit
            except OSError as error:
                if error.errno == errno.EINTR:
                    continue
                return hit
            if not data:
                return hit
            offset = 0
            while offset + _EVENT.size <= len(data):
                _wd, _mask, _cookie, length = _EVENT.unpack_from(data, offset)
                raw = data[offset + _EVENT.size: offset + _EVENT.size + length]
                offset += _EVENT.size + length
                if raw.rstrip(b"\0").decode("utf-8", "replace") in self._names:
                    hit = True


def watch_database_files(path: Path) -> FileWatch | None:
    """A watch on the database at ``path`` and its ``-wal`` and ``-journal`` files; None if unsupported."""
    libc = _libc()
    if libc is None:
        return None
    fd = int(libc.inotify_init1(_IN_NONBLOCK | _IN_CLOEXEC))
    if fd < 0:
        log.info("no file watch for the change feed (%s); it polls instead", os.strerror(ctypes.get_errno()))
        return None
    folder = path.resolve().parent
    wd = int(libc.inotify_add_watch(fd, os.fsencode(folder), _MASK))
    if wd < 0:
        log.info("can't watch %s (%s); the change feed polls instead", folder, os.strerror(ctypes.get_errno()))
        os.close(fd)
        return None
    name = path.name
    return FileWatch(fd, frozenset({name, f"{name}-wal", f"{name}-journal"}))
