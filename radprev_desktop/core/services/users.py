"""Accounts, roles, passwords and their key slots.

Only administrators manage accounts. Every change is audited. Removing or
disabling an account re-encrypts the vault, so it lives with the other key
changes in `services/access_changes.py` (reached through `vault_access`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from radprev_desktop.core import labels, policy
from radprev_desktop.core.central_session import (
    CentralSession,
    check_login_password,
    login_kdf,
    set_login_password,
)
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.crypto import secret_from_text
from radprev_desktop.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
    WeakPassword,
)
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import ROLES_BY_MODE, TRAINING_ROLES, Role, User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.database_file import register_slot, unregister_slots

MIN_PASSWORD_LENGTH = 10

USER_COLUMNS = (
    "id, username, display_name, staff_code, roles, active, must_change_password, removed_at"
)
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")


def user_from_row(con: Connection, row: tuple[Any, ...]) -> User:
    """Build a User from a row selected with USER_COLUMNS."""
    units = tuple(
        r[0]
        for r in con.execute(
            "SELECT u.code FROM user_units uu JOIN units u ON u.id = uu.unit_id "
            "WHERE uu.user_id = ? ORDER BY u.code",
            (row[0],),
        )
    )
    establishments = tuple(
        r[0]
        for r in con.execute(
            "SELECT establishment_code FROM access_grants WHERE user_id = ? "
            "ORDER BY establishment_code",
            (row[0],),
        )
    )
    return User(
        id=row[0],
        username=row[1],
        display_name=row[2],
        staff_code=row[3],
        roles=frozenset(Role(r) for r in json.loads(row[4])),
        active=bool(row[5]) and row[7] is None,
        must_change_password=bool(row[6]),
        units=units,
        removed=row[7] is not None,
        establishments=establishments,
    )


def check_new_password(password: str, username: str) -> str:
    """Normalise (NFC) and check a new password; raises WeakPassword."""
    password = unicodedata.normalize("NFC", password)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(
            QT_TRANSLATE_NOOP("errors", "A password needs at least %1 characters."),
            MIN_PASSWORD_LENGTH,
        )
    if password.casefold() == username.casefold():
        raise WeakPassword(QT_TRANSLATE_NOOP("errors", "The password must not be the username."))
    if len(set(password)) < 4:
        raise WeakPassword(
            QT_TRANSLATE_NOOP("errors", "The password repeats too few different characters.")
        )
    return password


def find_user(con: Connection, username: str) -> User | None:
    """The account named `username`, removed ones included (for logging in)."""
    row = con.execute(
        f"SELECT {USER_COLUMNS} FROM users WHERE username = ?", (username,)
    ).fetchone()
    return None if row is None else user_from_row(con, row)


def record_login(con: Connection, user: User) -> None:
    """Remember when the account last logged in (inside the login's transaction)."""
    con.execute("UPDATE users SET last_login_at = ? WHERE id = ?", (now_iso(), user.id))


def get_user(session: Session, username: str) -> User:
    """One account by username; NotFound if there is none."""
    row = session.con.execute(
        f"SELECT {USER_COLUMNS} FROM users WHERE username = ?", (username.strip(),)
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username.strip()
        )
    return user_from_row(session.con, row)


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Colleagues' names as the screens show them (reviewer, author): username → name.

    Any logged-in user may ask: the names of staff are not personal data of the
    prisoners. Unknown or removed accounts keep their username.
    """
    wanted = sorted({u for u in usernames if u})
    names = {u: u for u in wanted}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for username, name, removed in session.con.execute(
            f"SELECT username, display_name, removed_at FROM users WHERE username IN ({marks})",
            chunk,
        ):
            if removed is None and name:
                names[username] = name
    return names


def list_users(session: Session, *, include_removed: bool = False) -> list[User]:
    """All accounts (administrators and auditors only)."""
    policy.require(session, Permission.LIST_ACCOUNTS)
    sql = f"SELECT {USER_COLUMNS} FROM users"
    if not include_removed:
        sql += " WHERE removed_at IS NULL"
    rows = session.con.execute(sql + " ORDER BY username").fetchall()
    return [user_from_row(session.con, r) for r in rows]


def _check_roles(session: Session, roles: list[Role]) -> list[Role]:
    if not roles:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the account at least one role."), field="roles"
        )
    allowed = TRAINING_ROLES if session.training else ROLES_BY_MODE[session.mode]
    kind = (
        QT_TRANSLATE_NOOP("labels", "training") if session.training else labels.word(session.mode)
    )
    for role in roles:
        if role not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The role %1 does not exist in a %2 vault."),
                labels.word(role),
                kind,
                field="roles",
            )
    return sorted(set(roles), key=lambda r: r.value)


@operation(Change.ACCOUNTS)
def add_user(
    session: Session,
    username: str,
    password: str,
    roles: list[Role],
    *,
    display_name: str = "",
    staff_code: str = "",
    units: list[str] | None = None,
    must_change_password: bool = True,
) -> User:
    """Create an account with its key slot. The first password is usually temporary."""
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A username is 2–32 letters, digits, '.', '_' or '-' and starts with "
                "a letter or digit.",
            ),
            field="username",
        )
    password = check_new_password(password, username)
    role_list = _check_roles(session, roles)
    exists = session.con.execute(
        "SELECT removed_at FROM users WHERE username = ?", (username,)
    ).fetchone()
    if exists is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "The username %1 is already taken (or was used before)."),
            username,
        )
    user_id = new_id()
    with session.transaction() as con:
        con.execute(
            "INSERT INTO users(id, username, display_name, staff_code, roles, "
            "must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                username,
                display_name.strip() or username,
                staff_code.strip(),
                json.dumps([r.value for r in role_list]),
                int(must_change_password),
                now_iso(),
            ),
        )
        _set_units(con, user_id, units or [])
        session.audit(
            "user_added",
            object_type="user",
            object_id=user_id,
            details={"roles": [r.value for r in role_list]},
        )
    give_slot(session, username, password)
    return get_user(session, username)


def give_slot(session: Session, username: str, password: str) -> None:
    """A new key slot for `username`: registered in the database first (crash-safe order).

    A crash between the two leaves a registered slot that vault.keys lacks
    (harmless, reported by doctor); never a slot the database does not know.
    A central store on PostgreSQL has no key slots: its login verifier is set instead.
    """
    if isinstance(session, CentralSession):
        with session.bookkeeping() as con:
            set_login_password(con, username, password, login_kdf(con))
        return
    secret = secret_from_text(password)
    try:
        slot = session.vault.new_slot(session.vault_key, username, secret)
    finally:
        secret.wipe()
    with session.bookkeeping() as con:
        register_slot(con, slot)
    old = session.vault.install_slot(session.vault_key, slot)
    if old is not None:
        with session.bookkeeping() as con:
            unregister_slots(con, {old})


def _set_units(con: Connection, user_id: str, unit_codes: list[str]) -> None:
    con.execute("DELETE FROM user_units WHERE user_id = ?", (user_id,))
    for code in unit_codes:
        row = con.execute("SELECT id FROM units WHERE code = ?", (code.strip().upper(),)).fetchone()
        if row is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "There is no unit %1."), code, field="units"
            )
        con.execute("INSERT INTO user_units(user_id, unit_id) VALUES (?, ?)", (user_id, row[0]))


@operation(Change.ACCOUNTS)
def update_user(
    session: Session,
    username: str,
    *,
    roles: list[Role] | None = None,
    display_name: str | None = None,
    staff_code: str | None = None,
    units: list[str] | None = None,
) -> User:
    """Change an account's roles, names or units."""
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    with session.transaction() as con:
        changed: list[str] = []
        if roles is not None:
            role_list = _check_roles(session, roles)
            if user.id == session.user.id and Role.ADMINISTRATOR not in role_list:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP(
                        "errors", "You cannot take the administrator role from yourself."
                    )
                )
            con.execute(
                "UPDATE users SET roles = ? WHERE id = ?",
                (json.dumps([r.value for r in role_list]), user.id),
            )
            changed.append("roles")
        if display_name is not None:
            con.execute(
                "UPDATE users SET display_name = ? WHERE id = ?", (display_name.strip(), user.id)
            )
            changed.append("display_name")
        if staff_code is not None:
            con.execute(
                "UPDATE users SET staff_code = ? WHERE id = ?", (staff_code.strip(), user.id)
            )
            changed.append("staff_code")
        if units is not None:
            _set_units(con, user.id, units)
            changed.append("units")
        session.audit(
            "user_changed", object_type="user", object_id=user.id, details={"fields": changed}
        )
    return get_user(session, username)


@operation(Change.ACCOUNTS)
def set_password_for(
    session: Session, username: str, new_password: str, *, must_change: bool = True
) -> None:
    """Administrator reset: a new slot with a temporary password, changed at next login.

    A disabled account has no slot and gets none here: enabling it
    (`vault_access.enable_user`) sets its new password.
    """
    policy.require(session, Permission.MANAGE_ACCOUNTS)
    user = get_user(session, username)
    if user.removed:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no account named %1."), username)
    if not user.active:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors", "The account %1 is disabled: enable it, which sets a new password."
            ),
            user.username,
        )
    password = check_new_password(new_password, user.username)
    give_slot(session, user.username, password)
    with session.transaction() as con:
        con.execute(
            "UPDATE users SET must_change_password = ? WHERE id = ?", (int(must_change), user.id)
        )
        session.audit("password_reset", object_type="user", object_id=user.id)


@operation(Change.ACCOUNTS)
def change_own_password(session: Session, old_password: str, new_password: str) -> None:
    """The logged-in user changes their password (the old one must be right)."""
    if old_password == new_password:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The new password must differ from the current one."),
            field="password",
        )
    new_password = check_new_password(new_password, session.user.username)
    if isinstance(session, CentralSession):
        with session.bookkeeping() as con:
            check_login_password(con, session.user.username, old_password)
            set_login_password(con, session.user.username, new_password, login_kdf(con))
    else:
        _change_slot_secret(session, old_password, new_password)
    # Allowed while a change is required: it is the change.
    with session.bookkeeping() as con:
        con.execute("UPDATE users SET must_change_password = 0 WHERE id = ?", (session.user.id,))
        session.audit("password_changed", object_type="user", object_id=session.user.id)
    session.password_change_pending = False
    session.user = get_user(session, session.user.username)


def _change_slot_secret(session: Session, old_password: str, new_password: str) -> None:
    old_secret = secret_from_text(old_password)
    new_secret = secret_from_text(new_password)
    try:
        session.vault.change_secret(
            session.vault_key, session.user.username, old_secret, new_secret
        )
    finally:
        old_secret.wipe()
        new_secret.wipe()


def mark_revoked(con: Connection, user_id: str, *, removed: bool) -> None:
    """An account disabled (inactive) or removed (inactive, removed now, no units), inside
    the caller's transaction."""
    if removed:
        con.execute(
            "UPDATE users SET active = 0, removed_at = coalesce(removed_at, ?) WHERE id = ?",
            (now_iso(), user_id),
        )
        con.execute("DELETE FROM user_units WHERE user_id = ?", (user_id,))
    else:
        con.execute("UPDATE users SET active = 0 WHERE id = ?", (user_id,))


def mark_enabled(con: Connection, user_id: str) -> None:
    """A disabled account active again; its (temporary) password must be changed."""
    con.execute("UPDATE users SET active = 1, must_change_password = 1 WHERE id = ?", (user_id,))


def ensure_an_administrator_remains(session: Session, leaving: User) -> None:
    """Refuse to remove or disable the last active administrator."""
    admins = [
        u
        for u in list_users(session)
        if policy.allows(u, Permission.MANAGE_ACCOUNTS) and u.active and u.id != leaving.id
    ]
    if not admins:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "The last active administrator cannot be removed.")
        )


def account_states(con: Connection) -> list[tuple[str, bool, str | None]]:
    """(username, active, removed at) of every account, for `radprev doctor`'s check of the
    key slots against the accounts (runs before anyone logs in: a connection, no session)."""
    return [
        (str(r[0]), bool(r[1]), r[2])
        for r in con.execute("SELECT username, active, removed_at FROM users").fetchall()
    ]


def add_first_administrator(con: Connection, username: str, display_name: str) -> list[str]:
    """A new vault's administrator account (before anyone logs in); its roles."""
    roles = [Role.ADMINISTRATOR.value]
    con.execute(
        "INSERT INTO users(id, username, display_name, roles, created_at) VALUES (?, ?, ?, ?, ?)",
        (new_id(), username, display_name, json.dumps(roles), now_iso()),
    )
    return roles
