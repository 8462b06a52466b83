"""The `radprev` command line: the same core as the GUI, for automation and tests.

Exit codes: 0 success, 1 a refused operation or failed check, 2 bad usage.
The reason for a refusal goes to stderr in one line. Passwords come from a
prompt or a file (`--password-file`), never from the command line.
"""

from radprev_desktop.cli.main import main, run

__all__ = ["main", "run"]
