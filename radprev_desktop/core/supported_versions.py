"""Which Python and PySide6 versions radprev runs on, checked when a program starts.

The policy (docs/decisions/0008-release.md): Python 3.12 or 3.13, with PySide6 6.12.
PySide6 6.12 on Python 3.11 drops a reference to None on every void Qt call and
the interpreter aborts within minutes (`Fatal Python error: none_dealloc`); from
3.12 on None is immortal, so that combination is refused by name. Anything not
tested (a newer Python, another PySide6 series) is refused too rather than
trusted: a clear message now beats a crash during an officer's shift.
The checks take the versions as arguments so they need no Qt import.
"""

from __future__ import annotations

import sys

SUPPORTED_PYTHON = ((3, 12), (3, 13))
SUPPORTED_PYSIDE6 = ((6, 12),)
CRASHING = "PySide6 6.12 on Python 3.11 crashes (Fatal Python error: none_dealloc)"


def _series(version: str) -> tuple[int, int] | None:
    parts = version.split(".")
    if len(parts) < 2 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    return int(parts[0]), int(parts[1])


def _names(series: tuple[tuple[int, int], ...]) -> str:
    return " or ".join(f"{a}.{b}" for a, b in series)


def python_problem(version: tuple[int, ...] | None = None) -> str | None:
    """Why this Python is not supported, or None when it is."""
    major_minor = tuple((version or sys.version_info)[:2])
    if major_minor in SUPPORTED_PYTHON:
        return None
    found = ".".join(str(p) for p in (version or sys.version_info)[:3])
    reason = f"radprev needs Python {_names(SUPPORTED_PYTHON)}; this is Python {found}."
    if major_minor < SUPPORTED_PYTHON[0]:
        reason += f" {CRASHING}."
    return reason


def qt_problem(pyside6_version: str, python: tuple[int, ...] | None = None) -> str | None:
    """Why this PySide6 (on this Python) is not supported, or None when it is."""
    python_reason = python_problem(python)
    if python_reason is not None:
        return python_reason
    if _series(pyside6_version) in SUPPORTED_PYSIDE6:
        return None
    return (
        f"radprev needs PySide6 {_names(SUPPORTED_PYSIDE6)}; this is PySide6 {pyside6_version}. "
        "Install radprev from its lock file (make setup) or use the packaged build."
    )
