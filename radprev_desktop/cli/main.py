"""Argument parsing and dispatch for `radprev`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from radprev_desktop import __version__
from radprev_desktop.cli import checklists, foundation, records, reports, sync
from radprev_desktop.cli.common import run_handler
from radprev_desktop.core.supported_versions import python_problem

# Each area registers its own sub-commands; a new area adds its module here.
AREAS = (foundation, records, checklists, reports, sync)


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="radprev",
        description="Offline observation log for prison officers (command line).",
    )
    parser.add_argument("--version", action="version", version=f"radprev {__version__}")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: RADPREV_VAULT or the machine's data folder)",
    )
    parser.add_argument(
        "--user", metavar="NAME", help="account to log in as (default: RADPREV_USER)"
    )
    parser.add_argument(
        "--password-file", metavar="FILE", help="file whose first line is the password"
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for area in AREAS:
        area.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `radprev` console script."""
    unsupported = python_problem()
    if unsupported is not None:
        print(f"radprev: {unsupported}", file=sys.stderr)
        return 1
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return 2
    return run_handler(handler, args)
