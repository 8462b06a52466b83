"""Child process for the kill tests: remove or disable "olga", to be killed part-way.

`python -m tests.security.revocation_helper FOLDER remove|disable POINT` logs
in as the administrator named on stdin (name and password, one per line),
prints "ready", then runs the command. POINT
"none" leaves the timing to the parent's SIGKILL; the other points end the
process (`os._exit`) at one step boundary of the sequence in
`services/access_changes.py`. The hooks are installed here, never in
production code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from radprev_desktop.core.services import access_changes, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import backup

KILLED = 9
POINTS = ("after-intent", "after-rekey", "after-commit", "mid-backup", "mid-purge")


def _die_before(module: Any, name: str) -> None:
    real: Callable[..., Any] = getattr(module, name)

    def hook(*args: Any, **kwargs: Any) -> Any:
        os._exit(KILLED)
        return real(*args, **kwargs)  # pragma: no cover - never reached

    setattr(module, name, hook)


def _install(point: str) -> None:
    if point == "after-intent":
        _die_before(access_changes, "_rekey")
    elif point == "after-rekey":
        _die_before(access_changes, "_commit")
    elif point == "after-commit":
        real_commit = access_changes._commit

        def commit_then_die(*args: Any) -> None:
            real_commit(*args)
            os._exit(KILLED)

        access_changes._commit = commit_then_die  # type: ignore[assignment]
    elif point == "mid-backup":

        def half_backup(folder: Path, key: Any, *, label: str = "", to: Any = None) -> Path:
            target = backup.backups_dir(folder) / f"{backup.PREFIX}99991231T000000000000Z-{label}"
            target.mkdir(parents=True)
            data = (folder / "vault.db").read_bytes()
            (target / "vault.db").write_bytes(data[: len(data) // 2])
            os._exit(KILLED)

        backup.write_backup = half_backup  # type: ignore[assignment]
    elif point == "mid-purge":
        real = backup.delete_backups

        def half(paths: list[Any]) -> None:
            real(paths[: max(1, len(paths) // 2)])
            os._exit(KILLED)

        backup.delete_backups = half  # type: ignore[assignment]


def main(folder: str, action: str, point: str) -> None:
    # The administrator's name and password come on stdin (tests.conftest would import
    # pytest, which costs a third of a second in each of hundreds of children).
    username = sys.stdin.readline().rstrip("\n")
    password = sys.stdin.readline().rstrip("\n")
    session = VaultAccess(folder).login(username, password).session
    if point != "none":
        _install(point)
    print("ready", flush=True)
    if action == "remove":
        vault_access.remove_user(session, "olga")
    else:
        vault_access.disable_user(session, "olga")
    print("finished", flush=True)
    session.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
