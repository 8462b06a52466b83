"""The same central-office service tests on both stores: a SQLCipher central vault and a
PostgreSQL central store (the `central_door` fixture runs each test once per store).

Accounts, logins, settings and the audit log are the application's own on both;
these tests hold them to the same behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import PasswordChangeRequired, ValidationError, WrongPassword
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import central_access, settings, users
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault
from tests.unit.test_central_store import central_database


@pytest.fixture(params=["sqlcipher", "postgresql"])
def central_door(request: pytest.FixtureRequest, tmp_path: Path) -> VaultAccess:
    """A new central office on the store named by the parameter; its door."""
    folder = tmp_path / "central"
    if request.param == "sqlcipher":
        session, _ = create_vault(folder, Mode.CENTRAL, "PL-CO")
    else:
        cluster = request.getfixturevalue("pg_cluster")
        database = request.getfixturevalue("pg_database")
        session = central_access.create_central(
            folder,
            central_database(cluster, database, tmp_path),
            establishment_code="PL-CO",
            establishment_name="Central office",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        ).session
    session.close()
    return VaultAccess(folder)


def test_login_refuses_a_wrong_password(central_door: VaultAccess) -> None:
    with pytest.raises(WrongPassword):
        central_door.login(ADMIN, "wrong password here")
    result = central_door.login(ADMIN, ADMIN_PASSWORD)
    try:
        assert result.session.mode is Mode.CENTRAL
        assert result.failed_attempts_since_last_login == 1
    finally:
        result.session.close()


def test_an_analyst_account_from_temporary_to_own_password(central_door: VaultAccess) -> None:
    admin = central_door.login(ADMIN, ADMIN_PASSWORD).session
    users.add_user(admin, "ana", "temporary-pass-1", [Role.ANALYST], display_name="Ana Analityk")
    assert "ana" in [u.username for u in users.list_users(admin)]
    admin.close()
    first = central_door.login("ana", "temporary-pass-1")
    assert first.must_change_password
    with pytest.raises(PasswordChangeRequired):
        settings.all_settings(first.session)
    users.change_own_password(first.session, "temporary-pass-1", "analyst-pass-22")
    first.session.close()
    again = central_door.login("ana", "analyst-pass-22").session
    try:
        assert again.user.display_name == "Ana Analityk" and not again.password_change_pending
    finally:
        again.close()


def test_settings_and_their_audit(central_door: VaultAccess) -> None:
    admin = central_door.login(ADMIN, ADMIN_PASSWORD).session
    try:
        settings.set_setting(admin, "auto_lock_minutes", 12)
        assert settings.get_setting(admin, "auto_lock_minutes") == 12
        with pytest.raises(ValidationError):
            settings.set_setting(admin, "auto_lock_minutes", 500)
        assert settings.get_setting(admin, "auto_lock_minutes") == 12
        entries = audit.read_entries(admin.con, user=ADMIN)
        assert entries and entries[-1].seq == audit.head(admin.con)[0]
    finally:
        admin.close()


def test_audit_verify_after_work(central_door: VaultAccess) -> None:
    admin = central_door.login(ADMIN, ADMIN_PASSWORD).session
    for n in range(5):
        with admin.transaction():
            admin.audit("search_run", details={"n": n})
    admin.close()
    verification = central_door.verify_audit(ADMIN, ADMIN_PASSWORD)
    assert verification.report.ok, verification.report.reason
    assert verification.report.entries >= 5
