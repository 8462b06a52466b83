"""Disabling, removing and enabling accounts of a central store on PostgreSQL.

There are no key slots on the server (decision 0016): disabling or removing an
account makes it inactive, deletes its password verifier and ends its open
sessions on other computers (the server closes their connections), in one audited
transaction; enabling sets a temporary password that must be changed. Driven
through the same `vault_access` calls the administrator's page and `radprev user
disable/remove/enable` use, and through the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import (
    PasswordChangeRequired,
    PermissionDenied,
    RadprevError,
    WrongPassword,
)
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import search, settings, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.connection import DatabaseError
from radprev_desktop.core.vault.postgres import SessionEnded
from tests.cli.conftest import run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD, PASSWORD, add_account, login
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def _with_analyst(folder: Path) -> None:
    admin = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        add_account(admin, "ana", Role.ANALYST, units=[])
    finally:
        admin.close()


def _actions(folder: Path, object_id: str) -> list[str]:
    admin = login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        return [e.action for e in audit.read_entries(admin.con) if e.object_id == object_id]
    finally:
        admin.close()


def test_disable_ends_open_sessions_and_refuses_logins(central_folder: Path) -> None:  # noqa: F811
    _with_analyst(central_folder)
    analyst = login(central_folder, "ana")
    analyst.justification = ("supervision", "accounts test")  # reads are audited
    assert search.list_observations(analyst).items == []  # working
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    try:
        ana = users.get_user(admin, "ana")
        vault_access.disable_user(admin, "ana")
        assert not users.get_user(admin, "ana").active
    finally:
        admin.close()
    # The analyst's open session on another computer is refused by the server now.
    with pytest.raises(SessionEnded):
        search.list_observations(analyst)
    analyst.discard()
    with pytest.raises(WrongPassword):
        login(central_folder, "ana")
    actions = _actions(central_folder, ana.id)
    assert "user_disabled" in actions
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    try:
        entry = [e for e in audit.read_entries(admin.con) if e.action == "user_disabled"][-1]
        assert entry.details["sessions_ended"] == 1
        # Enabled again: only with a new temporary password, to be changed at once.
        vault_access.enable_user(admin, "ana", "temporary-pass-9")
    finally:
        admin.close()
    with pytest.raises(WrongPassword):
        login(central_folder, "ana")  # the old password opens nothing
    back = VaultAccess(central_folder).login("ana", "temporary-pass-9")
    try:
        assert back.must_change_password
        with pytest.raises(PasswordChangeRequired):
            settings.all_settings(back.session)
    finally:
        back.session.close()
    assert "user_enabled" in _actions(central_folder, ana.id)


def test_remove_is_final_and_running_it_again_changes_nothing(
    central_folder: Path,  # noqa: F811
) -> None:
    _with_analyst(central_folder)
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    try:
        ana = users.get_user(admin, "ana")
        vault_access.remove_user(admin, "ana")
        assert "ana" not in [u.username for u in users.list_users(admin)]
        removed = users.get_user(admin, "ana")
        assert removed.removed and not removed.active
        vault_access.remove_user(admin, "ana")  # again: nothing more to do
        with pytest.raises(RadprevError):
            vault_access.enable_user(admin, "ana", "temporary-pass-9")
        with pytest.raises(PermissionDenied):
            vault_access.disable_user(admin, ADMIN)
        count = admin.con.execute(
            "SELECT count(*) FROM central_logins WHERE username = 'ana'"
        ).fetchone()[0]
        assert count == 0
    finally:
        admin.close()
    with pytest.raises(WrongPassword):
        login(central_folder, "ana")
    assert _actions(central_folder, ana.id).count("user_removed") == 2


def test_nothing_half_done_when_the_change_fails(central_folder: Path) -> None:  # noqa: F811
    """The server refuses the audit entry of the change: the account, its password and its
    sessions stay as they were (one transaction)."""
    _with_analyst(central_folder)
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    try:
        admin.con.execute(
            "CREATE FUNCTION refuse_disable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.action = 'user_disabled' THEN RAISE EXCEPTION 'disk full'; END IF; "
            "RETURN NEW; END $$"
        )
        admin.con.execute(
            "CREATE TRIGGER refuse_disable BEFORE INSERT ON audit "
            "FOR EACH ROW EXECUTE FUNCTION refuse_disable()"
        )
        with pytest.raises(DatabaseError):
            vault_access.disable_user(admin, "ana")
        assert users.get_user(admin, "ana").active
        admin.con.execute("DROP TRIGGER refuse_disable ON audit")
    finally:
        admin.close()
    again = login(central_folder, "ana", PASSWORD)
    again.close()


def test_command_line_disables_and_removes(
    central_folder: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_analyst(central_folder)
    admin_pw = tmp_path / "admin-pw"
    admin_pw.write_text(ADMIN_PASSWORD + "\n")
    admin_pw.chmod(0o600)
    base = ["--vault", str(central_folder), "--user", ADMIN, "--password-file", str(admin_pw)]
    disabled = run_in_process([*base, "user", "disable", "ana"], monkeypatch, None)
    assert disabled.returncode == 0, disabled.stderr
    with pytest.raises(WrongPassword):
        login(central_folder, "ana")
    removed = run_in_process([*base, "user", "remove", "ana"], monkeypatch, None)
    assert removed.returncode == 0, removed.stderr
    own = run_in_process([*base, "user", "remove", ADMIN], monkeypatch, None)
    assert own.returncode != 0 and "Traceback" not in own.stderr
    admin = login(central_folder, ADMIN, ADMIN_PASSWORD)
    try:
        assert users.get_user(admin, "ana").removed
    finally:
        admin.close()
