"""The door to a central office store kept on PostgreSQL: create it, log in, verify the log.

A central office that outgrows one PC (issue 16) keeps its store on a
PostgreSQL server; its folder holds only `central.json` (how to reach the
server: host, port, database, database user, TLS root certificate, libpq
password file — never a password). Application accounts, roles, logins,
justifications and the audit log stay the application's own, in the store's
tables, exactly as in a SQLCipher vault; the database account is the
application's, not the analyst's. An account's password is checked against an
Argon2id derivation in `central_logins` (a SQLCipher vault uses key slots
instead), with the same growing delay after failures.

`services/vault_access.VaultAccess` sends a login for such a folder here, so
the login window and `radprev --vault FOLDER …` work unchanged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import audit, crypto, policy
from radprev_desktop.core.central_session import (
    CentralSession,
    check_login_password,
    forget_login,
    is_central_folder,
    login_kdf,
    set_login_password,
    settings_path,
)
from radprev_desktop.core.crypto import KdfParams, SecretBytes
from radprev_desktop.core.errors import (
    AccountDisabled,
    Conflict,
    NotFound,
    PermissionDenied,
    VaultError,
    VaultExists,
    VaultNotFound,
)
from radprev_desktop.core.fileio import make_private_dir
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Mode, User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import users, vault_meta
from radprev_desktop.core.services.new_vault import InitialContent
from radprev_desktop.core.services.users import check_new_password
from radprev_desktop.core.services.vault_opening import LoginResult
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import migrations, postgres
from radprev_desktop.core.vault.postgres import CentralDatabase, CentralDatabaseError

__all__ = [
    "CentralDatabase",
    "CentralDatabaseError",
    "CentralLogin",
    "create_central",
    "is_central_folder",
    "login_central",
    "parse_url",
    "read_settings",
]

parse_url = postgres.parse_url
read_settings = postgres.read_settings


@dataclass
class CentralLogin:
    """A new central store's first login."""

    session: CentralSession


def create_central(
    folder: Path,
    database: CentralDatabase,
    *,
    establishment_code: str,
    establishment_name: str,
    admin_username: str,
    admin_password: str,
    db_password: SecretBytes | None = None,
    kdf: KdfParams | None = None,
) -> CentralLogin:
    """Make a new central store on an empty PostgreSQL database and write `central.json`.

    The database must exist and belong to the database user (IT staff make it:
    README, "Central office on PostgreSQL"); the schema is created here.
    `kdf` is for tests only (cheap parameters).
    """
    folder = Path(folder)
    if is_central_folder(folder) or (folder / "vault.db").exists():
        raise VaultExists(
            QT_TRANSLATE_NOOP("errors", "A vault or central store is already set up in %1."), folder
        )
    username = admin_username.strip()
    password = check_new_password(admin_password, username)
    code = establishment_code.strip().upper()
    con = postgres.connect(database, db_password)  # bad settings are told before any wait
    try:
        migrations.migrate(con)
        if con.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone():
            raise VaultExists(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database %1 already holds a central store; connect to it with its "
                    "settings file instead of creating another.",
                ),
                database.describe(),
            )
        params = kdf or crypto.calibrate_kdf().params
        InitialContent(
            mode=Mode.CENTRAL,
            code=code,
            name=establishment_name.strip() or code,
            admin=username,
            admin_display=username,
            units=[],
            kdf_record={"params": params.to_json(), "store": "postgresql"},
        )(con, new_id(), ())
        con.execute("BEGIN")
        set_login_password(con, username, password, params)
        vault_meta.set_meta(con, "central_login_kdf", json.dumps(params.to_json()))
        con.execute("COMMIT")
    finally:
        con.close()
    make_private_dir(folder)
    settings_path(folder).write_text(database.to_json(), encoding="utf-8")
    settings_path(folder).chmod(0o600)
    login, _ = login_central(folder, username, password, db_password=db_password)
    assert isinstance(login.session, CentralSession)
    return CentralLogin(login.session)


def login_central(
    folder: Path,
    username: str,
    password: str,
    *,
    db_password: SecretBytes | None = None,
    verify: bool = False,
) -> tuple[LoginResult, audit.ChainReport | None]:
    """Log `username` in to the store `folder` points at; typed errors for every refusal.

    With `verify`, the audit chain is checked before this login's own entries.
    """
    folder = Path(folder)
    if not is_central_folder(folder):
        raise VaultNotFound(
            QT_TRANSLATE_NOOP("errors", "No central store is set up in %1."), folder
        )
    database = postgres.read_settings(settings_path(folder))
    con = postgres.connect(database, db_password)
    try:
        _upgrade_if_older(con)
        failed = check_login_password(con, username.strip(), password)
        user = users.find_user(con, username.strip())
        if user is None or not user.active or user.removed:
            raise AccountDisabled(
                QT_TRANSLATE_NOOP("errors", "This account is disabled. Ask the administrator.")
            )
    except BaseException:
        con.close()
        raise
    session = CentralSession(
        folder, database, user, con, password_change_pending=user.must_change_password
    )
    # Named and bound on the server: disabling the account ends this session, and row
    # security follows the account's establishment grants.
    postgres.bind_to_account(con, user.id)
    report = audit.verify_chain(con) if verify else None
    try:
        with session.bookkeeping():
            if failed:
                session.audit("login_failed_attempts", details={"count": failed})
            session.audit("login", details={"store": "postgresql"})
            users.record_login(con, user)
    except BaseException:
        session.discard()
        raise
    check = audit.AnchorCheck(True, "none", None, audit.head(con)[0])
    return LoginResult(session, failed, session.password_change_pending, check, []), report


def _upgrade_if_older(con: postgres.PgConnection) -> None:
    """Bring a store made by an earlier version up to this version's schema.

    A vault is migrated when it is opened; a server store is migrated at a login through
    the database login that owns it (the office's own, README step 2), the only one the
    server lets change tables. Any other login is told to have that done first, instead of
    running this version's SQL on an older schema.
    """
    version = migrations.check_not_newer(con)
    if version >= migrations.latest_version():
        return
    if not postgres.owns_database(con):
        raise VaultError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The central store was set up by an earlier version of radprev (schema %1; "
                "this version needs %2). An administrator logs in once through the office's "
                "own database login to upgrade it; until then it cannot be used from here.",
            ),
            version,
            migrations.latest_version(),
        )
    migrations.migrate(con)


# --- disabling, removing and enabling accounts on the server store -------------------------


def revoke_central(session: Session, username: str, *, remove: bool) -> int:
    """Disable or remove an account of a PostgreSQL store; returns how many of its open
    sessions were ended.

    There are no key slots to take away on the server (decision 0016): in ONE
    transaction the account becomes inactive (removed: also without units), its
    password verifier is deleted (nothing it typed opens the store again, and
    enabling it needs a new temporary password), its open sessions on other
    computers are ended by the server (`pg_terminate_backend` of the connections
    named after it at login), and the change is audited. A crash leaves all of it
    or none of it. Running it again on an account already disabled or removed only
    ends sessions that might remain.
    """
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = users.get_user(session, username)
    if user.id == session.user.id:
        if remove:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("errors", "You cannot remove your own account.")
            )
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "You cannot disable your own account."))
    if user.removed and not remove:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username)
    if user.active:
        users.ensure_an_administrator_remains(session, user)
    with session.transaction() as con:
        users.mark_revoked(con, user.id, removed=remove)
        forget_login(con, user.username)
        # Through the store's owner (migration 0018): a plain login may not end another
        # login's processes; one it may not end is left open (it is shown no rows).
        ended, left_open = con.execute(
            "SELECT ended, left_open FROM radprev_end_sessions(?)",
            (postgres.session_name(user.id),),
        ).fetchone()
        session.audit(
            "user_removed" if remove else "user_disabled",
            object_type="user",
            object_id=user.id,
            details={
                "store": "postgresql",
                "sessions_ended": int(ended),
                "sessions_left_open": int(left_open),
            },
        )
    return int(ended)


def enable_central(session: Session, username: str, temporary_password: str) -> User:
    """Let a disabled account of a PostgreSQL store in again with a temporary password
    (changed at its next login); one transaction, audited."""
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = users.get_user(session, username)
    if user.removed:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username)
    if user.active:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The account %1 is not disabled."), user.username
        )
    password = users.check_new_password(temporary_password, user.username)
    with session.transaction() as con:
        users.mark_enabled(con, user.id)
        set_login_password(con, user.username, password, login_kdf(con))
        session.audit("user_enabled", object_type="user", object_id=user.id)
    return users.get_user(session, username)
