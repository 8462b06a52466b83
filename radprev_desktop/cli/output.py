"""How the CLI speaks: results on stdout, one-line errors on stderr, JSON with --json.

Text printed to a terminal loses its control characters (a prisoner's name or an
imported file could carry an escape sequence that rewrites the screen or hides
text); JSON escapes them instead, so it stays exact and valid. With --json an
error is a JSON object on stderr too: `{"error": {"message": …, "exit_code": …}}`.
Stdlib only: `radprev --help` imports this before anything heavy.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, TextIO

# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides
# and isolates that can reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_C1_AND_BIDI = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class UsageError(Exception):
    """Bad usage: exit code 2."""


class _Mode:
    json = False


MODE = _Mode()


def set_json(enabled: bool) -> None:
    """Errors and results as JSON (set from --json before parsing, so usage errors follow)."""
    MODE.json = enabled


def for_terminal(text: str, stream: TextIO) -> str:
    """`text` without control characters when `stream` is a terminal; unchanged otherwise."""
    isatty = getattr(stream, "isatty", None)
    if callable(isatty) and isatty():
        return _CONTROLS.sub("", text)
    return text


def dumps(data: Any) -> str:
    """JSON with every control character escaped (json escapes only C0 by itself)."""
    text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
    return _C1_AND_BIDI.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def eprint(message: str) -> None:
    """One line on stderr."""
    print(for_terminal(message, sys.stderr), file=sys.stderr)


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """JSON on stdout with --json, else the human text."""
    if getattr(args, "json", False):
        print(dumps(data))
    else:
        print(for_terminal(text() if callable(text) else text, sys.stdout))


def fail(message: str, code: int, kind: str) -> int:
    """Report an error (one line, or a JSON object with --json) and return its exit code."""
    line = " ".join(message.split()) if "\n" not in message.strip() else message.strip()
    if MODE.json:
        error = {"message": line, "kind": kind, "exit_code": code}
        print(json.dumps({"error": error}, ensure_ascii=False), file=sys.stderr)
    else:
        eprint(f"radprev: {line}")
    return code


def as_json(value: Any) -> Any:
    """Dataclasses and enums as plain JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    return value
