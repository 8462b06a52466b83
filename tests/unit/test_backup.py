"""Encrypted backups: written, verified, rotated, restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.errors import PermissionDenied, WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


def test_backup_is_encrypted_verified_and_rotated(admin: Session, vault_dir: Path) -> None:
    with admin.transaction() as con:
        con.execute("UPDATE settings SET value = '3' WHERE key = 'backups_kept'")
    folders = [backup.create_backup(admin) for _ in range(5)]
    kept = backup.list_backups(admin.vault)
    assert [b.path for b in kept] == sorted(folders[-3:], reverse=True)
    assert (folders[-1] / "vault.keys").exists()
    assert b"SQLite format 3" not in (folders[-1] / "vault.db").read_bytes()[:16]
    assert backup.check_backup(folders[-1], ADMIN, ADMIN_PASSWORD) == folders[-1]
    with pytest.raises(WrongPassword):
        backup.check_backup(folders[-1], ADMIN, "wrong-password-1")


def test_only_administrators_back_up(officer: Session) -> None:
    with pytest.raises(PermissionDenied):
        backup.create_backup(officer)


def test_restore_brings_back_the_old_state_and_keeps_the_replaced_one(
    admin: Session, vault_dir: Path
) -> None:
    folder = backup.create_backup(admin)
    users.add_user(admin, "later", PASSWORD, [Role.OFFICER], must_change_password=False)
    admin.close()
    vault = Vault(vault_dir)
    replaced = backup.restore_backup(vault, folder, ADMIN, ADMIN_PASSWORD)
    with pytest.raises(WrongPassword):
        vault.login("later", PASSWORD)
    session = vault.login(ADMIN, ADMIN_PASSWORD).session
    assert [u.username for u in users.list_users(session)] == [ADMIN]
    session.close()
    assert (replaced / "vault.db").exists()
    # The replaced vault is itself a usable backup.
    assert backup.check_backup(replaced, ADMIN, ADMIN_PASSWORD) == replaced


def test_restore_refuses_a_non_administrator(
    make_session,
    admin: Session,
    vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    folder = backup.create_backup(admin)
    before = (vault_dir / "vault.keys").read_bytes()
    with pytest.raises(WrongPassword):
        backup.restore_backup(admin.vault, folder, "olga", PASSWORD)
    assert (vault_dir / "vault.keys").read_bytes() == before
