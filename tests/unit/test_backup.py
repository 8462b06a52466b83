"""Encrypted backups: written, verified, rotated, restored (through the vault door)."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.errors import PermissionDenied, WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD


def test_backup_is_encrypted_verified_and_rotated(admin: Session, vault_dir: Path) -> None:
    with admin.transaction() as con:
        con.execute("UPDATE settings SET value = '3' WHERE key = 'backups_kept'")
    folders = [vault_access.create_backup(admin) for _ in range(5)]
    kept = vault_access.list_backups(admin)
    assert [b.path for b in kept] == sorted(folders[-3:], reverse=True)
    assert (folders[-1] / "vault.keys").exists()
    assert b"SQLite format 3" not in (folders[-1] / "vault.db").read_bytes()[:16]
    door = VaultAccess(vault_dir)
    check = door.check_backup(folders[-1], ADMIN, ADMIN_PASSWORD)
    assert check.backup_log_head > 0
    with pytest.raises(WrongPassword):
        door.check_backup(folders[-1], ADMIN, "wrong-password-1")


def test_only_administrators_back_up(officer: Session) -> None:
    with pytest.raises(PermissionDenied):
        vault_access.create_backup(officer)
    with pytest.raises(PermissionDenied):
        vault_access.list_backups(officer)


def test_restore_brings_back_the_old_state_and_keeps_the_replaced_one(
    admin: Session, vault_dir: Path
) -> None:
    folder = vault_access.create_backup(admin)
    users.add_user(admin, "later", PASSWORD, [Role.OFFICER], must_change_password=False)
    admin.close()
    door = VaultAccess(vault_dir)
    result = door.restore(folder, ADMIN, ADMIN_PASSWORD)
    replaced = result.replaced_copy
    with pytest.raises(WrongPassword):
        door.login("later", PASSWORD)
    session = door.login(ADMIN, ADMIN_PASSWORD).session
    assert [u.username for u in users.list_users(session)] == [ADMIN]
    # The restore itself is in the log, with the entries it dropped.
    row = session.con.execute(
        "SELECT details FROM audit WHERE action = 'vault_restored'"
    ).fetchone()
    assert row is not None and '"entries_dropped": ' in row[0]
    session.close()
    assert result.check.entries_dropped is not None and result.check.entries_dropped > 0
    assert (replaced / "vault.db").exists()
    # The replaced vault is itself a usable backup.
    assert door.check_backup(replaced, ADMIN, ADMIN_PASSWORD).backup_log_head > 0


def test_restore_refuses_a_non_administrator(
    make_session,
    admin: Session,
    vault_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    make_session(Role.OFFICER, username="olga").close()
    folder = vault_access.create_backup(admin)
    before = (vault_dir / "vault.keys").read_bytes()
    with pytest.raises(WrongPassword):
        VaultAccess(vault_dir).restore(folder, "olga", PASSWORD)
    assert (vault_dir / "vault.keys").read_bytes() == before
