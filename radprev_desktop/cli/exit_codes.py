"""The exit codes of `radprev`, one per kind of outcome, so scripts can tell them apart.

The same table is in README ("Exit codes") and in `radprev --help`; with --json
the error object carries the code too. Stdlib only: `radprev --help` imports it.
"""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    """What happened, as the process's exit code."""

    OK = 0
    #: The rules or the vault said no: wrong password, no permission, invalid or
    #: conflicting data, unknown record, a file or folder that cannot be used,
    #: a rejected package, a question answered "no".
    REFUSED = 1
    #: Bad usage: unknown command or option, a value that is not a number, date or
    #: UTF-8 text, an unreadable password file. Nothing was done.
    USAGE = 2
    #: The command ran and its check failed: `audit verify` found the log broken,
    #: `doctor` found a problem, `sync verify-audit` found a broken workstation log,
    #: an `import` was marked FAILED (its audit entries contradict the office's copy).
    CHECK_FAILED = 3
    #: The encrypted database, its key file or the backup named is damaged, incomplete
    #: or cannot be read (a damaged page, vault.db and vault.keys that do not belong
    #: together or one of them missing): `radprev doctor`, then restore a backup.
    DAMAGED = 4
    #: A bug: one line names the crash report (`--debug` shows the traceback).
    INTERNAL = 70
    #: Ctrl+C (128 + SIGINT, as shells report it).
    INTERRUPTED = 130
    #: The reader of the output went away (`| head`), as shells report SIGPIPE.
    CLOSED_PIPE = 141


HELP = (
    "Exit codes: 0 done, 1 refused, 2 bad usage, 3 a check failed (verify, doctor, a "
    "FAILED import), 4 the database is damaged, 70 internal error (crash report "
    "written), 130 interrupted, 141 output closed (README: Exit codes)."
)
