"""The program log: a rotating file in the user's log folder, with no personal data.

What is logged is fixed text written by the program (a command's name, a page's
key, an error's type, durations, versions) — never a value a user typed or the
vault holds: no names, facts, usernames, passwords, file names or exception
messages (which may quote any of those). `tests/security/test_log_canaries.py`
drives the CLI and GUI with canary values and greps every log and crash file.

`RADPREV_LOG_DIR` chooses another folder (tests, a locked-down workstation).
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from radprev_desktop import __version__

LOGGER = "radprev"
MAX_BYTES = 1_000_000
BACKUPS = 4
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_folder() -> Path:
    """Where logs and crash files go (created on first use)."""
    override = os.environ.get("RADPREV_LOG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir("radprev", appauthor=False))


def logger(area: str) -> logging.Logger:
    """The logger of one area (`radprev.cli`, `radprev.gui`...)."""
    return logging.getLogger(f"{LOGGER}.{area}")


def _our_handler(root: logging.Logger) -> RotatingFileHandler | None:
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "radprev", False):
            return handler
    return None


def setup_logging(program: str) -> Path | None:
    """Log `radprev.*` to `<log folder>/<program>.log` (rotating); the file, or None.

    Called once per process by each entry point; again it only moves the file when
    the log folder changed (tests). A folder that cannot be written leaves the
    program running without a file log rather than refusing to start.
    """
    root = logging.getLogger(LOGGER)
    path = log_folder() / f"{program}.log"
    existing = _our_handler(root)
    if existing is not None:
        if Path(existing.baseFilename) == path.resolve():
            return path
        root.removeHandler(existing)
        existing.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.radprev = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False  # nothing of ours reaches a handler someone else installed
    logger("start").info(
        "%s %s on Python %s, %s", program, __version__, platform.python_version(), sys.platform
    )
    return path
