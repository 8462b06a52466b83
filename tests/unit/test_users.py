"""Accounts and roles: the rules hold whoever calls them."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from radprev_desktop.core.errors import (
    Conflict,
    PermissionDenied,
    ValidationError,
    VaultError,
    WeakPassword,
)
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import users, vault_access
from radprev_desktop.core.session import Session
from tests.conftest import ADMIN, PASSWORD, create_vault


def count(session: Session, table: str) -> int:
    return int(session.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_only_administrators_manage_accounts(officer: Session, supervisor: Session) -> None:
    for session in (officer, supervisor):
        with pytest.raises(PermissionDenied):
            users.add_user(session, "x1", PASSWORD, [Role.OFFICER])
        with pytest.raises(PermissionDenied):
            vault_access.disable_user(session, "olga")
        with pytest.raises(PermissionDenied):
            vault_access.remove_user(session, ADMIN)
        with pytest.raises(PermissionDenied):
            vault_access.rekey(session)


def test_bad_account_input_is_refused_and_nothing_written(admin: Session) -> None:
    before = (count(admin, "users"), count(admin, "key_slots"))
    with pytest.raises(ValidationError):
        users.add_user(admin, "bad name!", PASSWORD, [Role.OFFICER])
    with pytest.raises(WeakPassword):
        users.add_user(admin, "nina", "short", [Role.OFFICER])
    with pytest.raises(ValidationError):
        users.add_user(admin, "nina", PASSWORD, [])
    with pytest.raises(ValidationError):
        users.add_user(admin, "nina", PASSWORD, [Role.ANALYST])  # central-only role
    with pytest.raises(ValidationError):
        users.add_user(admin, "nina", PASSWORD, [Role.OFFICER], units=["Z"])
    assert (count(admin, "users"), count(admin, "key_slots")) == before


def test_duplicate_username_is_a_conflict(admin: Session) -> None:
    users.add_user(admin, "nina", PASSWORD, [Role.OFFICER])
    with pytest.raises(Conflict):
        users.add_user(admin, "NINA", PASSWORD, [Role.OFFICER])


def test_analyst_role_exists_in_central_mode(tmp_path: Path) -> None:
    session, _ = create_vault(tmp_path / "central", mode=Mode.CENTRAL, establishment="CENTRAL")
    user = users.add_user(session, "ana", PASSWORD, [Role.ANALYST])
    assert user.has(Role.ANALYST)
    with pytest.raises(ValidationError):
        users.add_user(session, "olek", PASSWORD, [Role.OFFICER])
    session.close()


def test_last_administrator_and_self_protection(admin: Session) -> None:
    with pytest.raises(PermissionDenied):
        vault_access.remove_user(admin, ADMIN)
    with pytest.raises(PermissionDenied):
        vault_access.disable_user(admin, ADMIN)
    with pytest.raises(PermissionDenied):
        users.update_user(admin, ADMIN, roles=[Role.OFFICER])


def test_units_and_roles_update_is_audited(admin: Session) -> None:
    users.add_user(admin, "nina", PASSWORD, [Role.OFFICER], units=["A"])
    changed = users.update_user(admin, "nina", roles=[Role.OFFICER, Role.SUPERVISOR], units=["B"])
    assert changed.roles == {Role.OFFICER, Role.SUPERVISOR}
    assert changed.units == ("B",)
    actions = [r[0] for r in admin.con.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-1] == "user_changed"
    details = admin.con.execute("SELECT details FROM audit ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "nina" not in details  # ids and field names only


def test_every_account_change_is_in_the_audit_chain(admin: Session) -> None:
    users.add_user(admin, "nina", PASSWORD, [Role.OFFICER])
    vault_access.disable_user(admin, "nina")
    vault_access.enable_user(admin, "nina", "enabled-pass-3")
    users.set_password_for(admin, "nina", "temporary-pass-2")
    vault_access.remove_user(admin, "nina")
    actions = [r[0] for r in admin.con.execute("SELECT action FROM audit ORDER BY seq")]
    for expected in (
        "user_added",
        "user_disable_started",
        "user_disabled",
        "user_enabled",
        "password_reset",
        "user_removal_started",
        "user_removed",
        "vault_rekeyed",
    ):
        assert expected in actions


def test_lock_is_audited_and_drops_the_key(officer: Session) -> None:
    con_before = officer.con
    officer.close(reason="lock")
    assert not officer.is_open
    with pytest.raises(VaultError, match="locked"):
        officer.vault_key  # noqa: B018 - the property refuses once locked
    with pytest.raises(sqlcipher3.ProgrammingError):
        con_before.execute("SELECT 1")
