"""How the CLI speaks: results on stdout, one-line errors on stderr, JSON with --json.

Text printed to a terminal loses its control characters (a prisoner's name or an
imported file could carry an escape sequence that rewrites the screen or hides
text); JSON escapes them instead, so it stays exact and valid. With --json an
error is a JSON object on stderr too: `{"error": {"message": …, "exit_code": …}}`.
Messages are spoken in the command's language (`cli.tr("…")`, context "cli" of
the catalogues; core errors through the same catalogue): `--language`, else
RADPREV_LANGUAGE, else the language chosen on this workstation, else English —
and after login the user's own preference or the workstation default when none
was asked for. Little beyond the stdlib at import: `radprev --help` imports this
before anything heavy, and a catalogue is read only when a language is chosen.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any, TextIO

from radprev_desktop.core.text import Joined, Listing, Source, Text, fill

if TYPE_CHECKING:
    from radprev_desktop.core.i18n import Translator

# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides
# and isolates that can reorder what a terminal shows.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_C1_AND_BIDI = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class UsageError(Exception):
    """Bad usage: exit code 2 (the message is already in the command's language)."""


class CliText:
    """The command's language: `cli.tr("Backup written to %1", folder)`.

    lupdate files `cli.tr(…)` strings under the context "cli" (the object's name).
    """

    def __init__(self) -> None:
        self.code = "en"
        self.chosen = False  # True once --language / RADPREV_LANGUAGE named one
        self._translator: Translator | None = None

    def use(self, code: str, *, chosen: bool = False) -> None:
        """Speak `code` from now on; LanguageNotAvailable for an unknown or incomplete one."""
        # Imported here: the catalogue reader is needed only once a language is chosen,
        # and `radprev --help` in English must not pay for it.
        from radprev_desktop.core.i18n import translator

        self._translator = translator(code, "cli")
        self.code = self._translator.language
        self.chosen = self.chosen or chosen

    def reset(self) -> None:
        """Back to English (each in-process `main()` starts afresh)."""
        self.code, self.chosen, self._translator = "en", False, None

    def tr(self, source: str, *args: object) -> str:
        """A command-line message in the command's language, `%1`… filled."""
        if self._translator is None:
            return fill(
                source,
                [
                    self.text(a) if isinstance(a, Text | Source | Listing | Joined) else str(a)
                    for a in args
                ],
            )
        return self._translator.translate("cli", source, *args)

    def text(self, message: Text | Source | Listing | Joined | str) -> str:
        """A core message (an error's text, a label) in the command's language."""
        if self._translator is not None:
            return self._translator.text(message)
        return str(message)

    def label(self, value: Any) -> str:
        """The word for an enum member (core/labels.py)."""
        if self._translator is not None:
            return self._translator.label(value)
        from radprev_desktop.core.labels import word  # light: enums and words only

        return str(word(value))

    @property
    def translator(self) -> Translator:
        """The full translator (for reports printed by a command)."""
        # Imported on first use: core.i18n (the catalogue reader, ~0.1 s) is not needed by
        # `radprev --help` and `--version`, which import this module.
        from radprev_desktop.core.i18n import english

        return self._translator or english()


cli = CliText()


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
        eprint(cli.tr("radprev: %1", line))
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
