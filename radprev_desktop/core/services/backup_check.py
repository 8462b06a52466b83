"""Before a restore: may this backup go here, and what would restoring it drop?

An administrator of the backup's time must open it; a training backup goes
only into a training vault and a real one never into a training vault; the
audit log heads of the backup and of the vault say how many entries a restore
would lose.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import audit, crypto, policy
from radprev_desktop.core.errors import TrainingRefused, VaultDamaged, VaultError, WrongPassword
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import users, vault_opening
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault.store import Vault
from radprev_desktop.core.vault_folder import default_vault_folder, same_folder


@dataclass(frozen=True)
class BackupCheck:
    """A backup an administrator of its time opened, and what restoring it would drop."""

    backup_log_head: int
    vault_log_head: int | None  # None when the current vault.keys cannot be read
    entries_dropped: int | None


def check_backup(vault: Vault, path: Path, username: str, password: str) -> BackupCheck:
    """An administrator of that time must open the backup; says what a restore drops."""
    secret = crypto.secret_from_text(password)
    try:
        opened = backup.open_backup(path, username.strip(), secret)
    finally:
        secret.wipe()
    try:
        user = users.find_user(opened.con, opened.slot.username)
        if user is None or not policy.allows(user, Permission.MANAGE_VAULT):
            raise WrongPassword(
                QT_TRANSLATE_NOOP("errors", "Only an administrator can restore a backup.")
            )
        backup_head, _ = audit.head(opened.con)
        backup_training = vault_opening.is_training_db(opened.con)
        if backup_training != opened.key_file.training:
            raise VaultDamaged(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The backup's key file and database disagree about whether it is a "
                    "training vault; it is not restored.",
                )
            )
    finally:
        opened.close()
    _check_restore_purpose(vault, backup_training)
    vault_head: int | None = None
    with contextlib.suppress(VaultError):
        anchor = vault.recorded_anchor()
        vault_head = None if anchor is None else anchor.seq
    dropped = None if vault_head is None else max(0, vault_head - backup_head)
    return BackupCheck(backup_head, vault_head, dropped)


def _check_restore_purpose(vault: Vault, backup_training: bool) -> None:
    """A training backup goes only into a training vault (or an empty folder of its own)."""
    target_training: bool | None = None  # None: no readable vault.keys here
    if vault.exists():
        with contextlib.suppress(VaultError):
            target_training = vault.read_keys().training
    if backup_training:
        if target_training is False or (
            target_training is None
            and (vault.exists() or same_folder(vault.folder, default_vault_folder()))
        ):
            raise TrainingRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This backup is of a training vault: it is never restored over a real vault.",
                )
            )
    elif target_training:
        raise TrainingRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "This folder holds a training vault: a real vault's backup is never "
                "restored into it.",
            )
        )
