"""Argument types that turn bad input into bad usage (exit 2) before anything runs.

argparse calls them while parsing; an `ArgumentTypeError` becomes one line on
stderr and exit code 2. Numbers are bounded (an id past SQLite's 64-bit integers
would otherwise fail deep inside a query), dates are checked for their shape
here and for their meaning (not in the future...) by the services.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from radprev_desktop.cli.output import cli
from radprev_desktop.core.model import JustificationReason

SQLITE_MAX = 2**63 - 1
_INTEGER = re.compile(r"-?[0-9]{1,19}")


def bounded_int(low: int = 0, high: int = SQLITE_MAX) -> Callable[[str], int]:
    """An integer between `low` and `high` (both included)."""

    def parse(text: str) -> int:
        stripped = text.strip()
        if not _INTEGER.fullmatch(stripped):
            raise argparse.ArgumentTypeError(cli.tr("not a whole number: %1", shorten(text)))
        value = int(stripped)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(cli.tr("must be between %1 and %2", low, high))
        return value

    parse.__name__ = "whole number"
    return parse


COUNT = bounded_int(0)
POSITIVE = bounded_int(1)
LIMIT = bounded_int(1, 100_000)
YEAR = bounded_int(1900, 2100)
VERSION = bounded_int(1, 1_000_000)


def iso_date(text: str) -> str:
    """YYYY-MM-DD, a real calendar date; returned unchanged for the service."""
    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            cli.tr("not a date (YYYY-MM-DD): %1", shorten(text))
        ) from None
    if len(text) != 10:
        raise argparse.ArgumentTypeError(cli.tr("not a date (YYYY-MM-DD): %1", shorten(text)))
    return text


def iso_date_or_time(text: str) -> str:
    """YYYY-MM-DD or YYYY-MM-DDTHH:MM; returned unchanged for the service."""
    if len(text) == 10:
        return iso_date(text)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            cli.tr("not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1", shorten(text))
        ) from None
    return text


iso_date.__name__ = "date"
iso_date_or_time.__name__ = "date"


def shorten(text: str, limit: int = 40) -> str:
    """A value quoted back to the user: printable, and short."""
    shown = "".join(c if c.isprintable() else "?" for c in text)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


# The global options, accepted before the command and after it (with the same help).
GLOBAL_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "--vault",
        {
            "metavar": "DIR",
            "help": "vault folder (default: RADPREV_VAULT or the machine-wide vault folder)",
        },
    ),
    ("--user", {"metavar": "NAME", "help": "account to log in as (default: RADPREV_USER)"}),
    (
        "--password-file",
        {
            "metavar": "FILE",
            "help": "read the password from the first line of FILE (UTF-8); '-' reads it "
            "from standard input",
        },
    ),
    (
        "--language",
        {
            "metavar": "LANG",
            "help": "language of messages and printed reports, e.g. sr_Latn (default: "
            "RADPREV_LANGUAGE, the workstation's choice, then your own preference)",
        },
    ),
    ("--json", {"action": "store_true", "help": "machine-readable output (errors too)"}),
    ("--debug", {"action": "store_true", "help": "show the traceback of an unexpected error"}),
)


def add_global_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """Add --vault, --user, --password-file, --json, --debug.

    After the command their default is SUPPRESS, so a value given before the
    command is not overwritten by the sub-parser's default.
    """
    for flag, options in GLOBAL_OPTIONS:
        extra: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
        parser.add_argument(flag, **options, **extra)


def add_paging(p: argparse.ArgumentParser) -> None:
    """--limit and --offset for a command that lists rows a page at a time."""
    p.add_argument("--limit", type=LIMIT, default=50, help="at most this many rows")
    p.add_argument("--offset", type=COUNT, default=0, help="skip this many rows first")


def add_reason(p: argparse.ArgumentParser) -> None:
    """`--reason CODE [--reason-text TEXT]`: required by every command that consults
    prisoners' data (LED Art. 25: the purpose goes into the audit log; never a default)."""
    p.add_argument(
        "--reason",
        dest="reason_code",
        required=True,
        # The work queue is implied by a screen, never chosen.
        choices=[r.value for r in JustificationReason if r is not JustificationReason.WORK_QUEUE],
        help="reason for access, written to the audit log",
    )
    p.add_argument(
        "--reason-text",
        default="",
        metavar="TEXT",
        help="the reason in a few words (required with --reason other)",
    )
