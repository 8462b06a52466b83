"""Crash files: what went wrong, in which code, without any data.

A crash file names the program, the versions, the exception's type and the
frames (file inside the program, line, function, source line) of the error and
of its causes. It never holds the exception's message or any variable: those
may quote a prisoner's name or an officer's words, and a crash file is meant to
be handed to IT support. `faulthandler` covers the crashes Python cannot catch
(a segfault in Qt or SQLCipher) in `faults-<program>.log` beside it. Such a crash
never leaves a core dump (an image of the process's memory: decrypted records,
the vault key) where the operating system honours the process's core-size limit
(decision 0026); on Windows, Windows Error Reporting's dumps are the IT policy's.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

from radprev_desktop import __version__
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.logs import log_folder, logger

# The core-size limit is a POSIX call; Windows has no `resource` module (its crash
# dumps are Windows Error Reporting's, set by IT policy).
if sys.platform != "win32":
    import resource

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
_fault_file: IO[str] | None = None
Shower = Callable[[Path | None], None]


def _where(filename: str) -> str:
    """A frame's file without the folders above the program (they may name the user)."""
    path = Path(filename)
    try:
        return str(Path(PACKAGE_ROOT.name) / path.resolve().relative_to(PACKAGE_ROOT))
    except ValueError:
        return "/".join(path.parts[-2:])


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        if frame.line:
            lines.append(f"      {frame.line.strip()}")
    return lines


def describe(exc: BaseException) -> str:
    """The exception chain as types and frames only (never messages or values)."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(chain) < 10:
        chain.append(current)
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    parts = []
    for item in reversed(chain):
        kind = type(item)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message withheld: may hold data)")
        parts += _frames(item.__traceback__)
        parts.append("")
    return "\n".join(parts)


def crash_report(program: str, exc: BaseException, where: str = "") -> str:
    """The text of a crash file."""
    return (
        f"radprev crash report\n"
        f"program: {program} {__version__}\n"
        f"time: {time.strftime('%Y-%m-%dT%H:%M:%S%z')}\n"
        f"python: {platform.python_version()} ({platform.python_implementation()})\n"
        f"platform: {platform.system()} {platform.release()} {platform.machine()}\n"
        f"where: {where or 'main thread'}\n\n"
        f"{describe(exc)}"
    )


def write_crash_file(program: str, exc: BaseException, where: str = "") -> Path | None:
    """Write a crash file into the log folder; its path, or None when that failed."""
    folder = log_folder()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{program}-{stamp}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write(path, crash_report(program, exc, where).encode("utf-8"))
    except Exception:
        return None
    logger("crash").error("crash file %s written for %s", path.name, type(exc).__name__)
    return path


def forbid_core_dumps() -> None:
    """No memory image of this process on disk after a fatal signal (POSIX: core size 0).

    A core dump holds whatever the process held: decrypted pages, records in Python
    strings, the vault key. The limit is lowered for good (soft and hard), so neither
    this process nor a program it starts can raise it again.
    """
    if sys.platform != "win32":
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def enable_faulthandler(program: str) -> Path | None:
    """Dump every thread's stack to faults-<program>.log on a fatal signal (and forbid
    core dumps: the stack is all a fatal crash may leave behind)."""
    global _fault_file
    forbid_core_dumps()
    path = log_folder() / f"faults-{program}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process life
    except OSError:
        return None
    if _fault_file is not None:
        _fault_file.close()
    _fault_file = handle
    faulthandler.enable(file=handle, all_threads=True)
    return path


def install_excepthooks(program: str, show: Shower) -> None:
    """Uncaught exceptions (main thread and other threads) → crash file → `show(path)`."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show(write_crash_file(program, exc.with_traceback(tb)))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = f"thread {args.thread.name if args.thread else '?'}"
        show(write_crash_file(program, args.exc_value, where))

    sys.excepthook = hook
    threading.excepthook = thread_hook
