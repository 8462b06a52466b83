"""Which folder holds the vault, and whether this OS account may use it.

A workstation keeps one vault for all its officers in a machine-wide folder that
the installer creates: `/var/lib/radprev` on Linux (group `radprev`, setgid, mode
2770, so every member's files stay group-owned) and `%ProgramData%\\radprev\\vault`
on Windows (ACL for the workstation's users). When that folder exists it is the
vault folder, full stop: an account that may not use it is told so and why,
never silently given a private vault of its own. Only without an installed
machine-wide folder (a developer's checkout) does the user's data folder serve.
`RADPREV_VAULT` or `--vault` choose any other folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

GROUP = "radprev"


def machine_vault_folder() -> Path:
    """The machine-wide vault folder the installers create on this platform."""
    if sys.platform == "win32":
        program_data = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(program_data) / "radprev" / "vault"
    return Path("/var/lib/radprev")


def default_vault_folder() -> Path:
    """`RADPREV_VAULT`, else the installed machine-wide folder, else the user's data folder."""
    override = os.environ.get("RADPREV_VAULT")
    if override:
        return Path(override)
    machine = machine_vault_folder()
    if os.path.lexists(machine):
        return machine
    return Path(platformdirs.user_data_dir("radprev", appauthor=False))


def default_training_folder() -> Path:
    """`RADPREV_TRAINING_VAULT`, else a folder of the user's own, never the real vault's.

    Practice belongs to the person practising (issue 17): it lives in the user's
    data folder under a name of its own, so a training vault is never made in,
    or mistaken for, the workstation's vault folder.
    """
    override = os.environ.get("RADPREV_TRAINING_VAULT")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("radprev-training", appauthor=False))


def access_problem(folder: Path) -> Text | None:
    """Why this OS account cannot use `folder` as its vault folder, or None.

    A folder that does not exist yet is no problem (the first run creates it) as
    long as its parent can take it.
    """
    try:
        exists = folder.is_dir()
    except OSError:
        exists = False
    if not exists:
        if os.path.lexists(folder):
            return Text(QT_TRANSLATE_NOOP("errors", "The vault folder %1 is not a folder."), folder)
        parent = folder.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if os.access(parent, os.W_OK | os.X_OK):
            return None
        return Text(
            QT_TRANSLATE_NOOP(
                "errors", "The vault folder %1 does not exist and this account cannot create it."
            ),
            folder,
        )
    if os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        return None
    if folder == machine_vault_folder() and sys.platform != "win32":
        return Text(
            QT_TRANSLATE_NOOP(
                "errors",
                "This account may not use the shared vault folder %1. Ask IT to add it to the "
                "'%2' group (sudo adduser USER %2), then log out and in again.",
            ),
            folder,
            GROUP,
        )
    if folder == machine_vault_folder():
        return Text(
            QT_TRANSLATE_NOOP(
                "errors",
                "This account may not use the shared vault folder %1. Ask IT to give the "
                "workstation's users modify rights on it (the installer does).",
            ),
            folder,
        )
    return Text(
        QT_TRANSLATE_NOOP("errors", "This account may not read and write the vault folder %1."),
        folder,
    )


def same_folder(a: Path, b: Path) -> bool:
    """The two paths name the same folder (False when either cannot be resolved)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
