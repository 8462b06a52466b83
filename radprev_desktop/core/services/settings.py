"""Vault-wide settings: everyone reads them, only an administrator changes them (audited).

Every setting is declared once in core/settings_catalogue.py (key, label, kind,
default, limits, who may change it); a new value is checked against its
declaration, so a bad value never reaches the settings table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.session import Session
from radprev_desktop.core.settings_catalogue import Setting
from radprev_desktop.core.vault.connection import Connection


def known_settings() -> dict[str, Setting]:
    """Every declared setting by key (core/settings_catalogue.py)."""
    return dict(catalogue.BY_KEY)


def all_settings(session: Session) -> dict[str, Any]:
    """Every setting the vault holds, known defaults filled in for missing ones."""
    values = {s.key: s.default for s in catalogue.SETTINGS}
    values.update(stored_settings(session))
    return values


def stored_settings(session: Session) -> dict[str, Any]:
    """The settings the vault holds (no defaults), by key."""
    return {
        str(key): json.loads(raw)
        for key, raw in session.con.execute("SELECT key, value FROM settings ORDER BY key")
    }


def get_setting(session: Session, key: str) -> Any:
    """One setting, or its default when the vault holds none."""
    return session.setting(key, catalogue.default(key))


@operation(Change.SETTINGS)
def set_setting(session: Session, key: str, value: Any) -> Any:
    """Change one setting (administrator); returns the stored, normalised value."""
    return set_settings(session, {key: value})[key]


@operation(Change.SETTINGS)
def set_settings(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Change several settings at once: all are checked first (each by who may change it,
    then its value), then stored in one transaction."""
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        declared = catalogue.setting(key)
        policy.require(session, declared.changed_by)
        checked[key] = declared.check(value)
    current = all_settings(session)
    changed = {k: v for k, v in checked.items() if current.get(k) != v}
    if not changed:
        return checked
    with session.transaction() as con:
        store_values(con, changed)
        session.audit(
            "settings_changed",
            object_type="settings",
            details={"keys": sorted(changed), "values": {k: changed[k] for k in sorted(changed)}},
        )
    return checked


@dataclass(frozen=True)
class Unit:
    """A unit (wing, block) of the establishment."""

    code: str
    name: str
    active: bool


def establishment(session: Session) -> tuple[str, str]:
    """(code, name) of this vault's establishment."""
    row = session.con.execute(
        "SELECT code, name FROM establishments WHERE code = ?", (session.establishment_code,)
    ).fetchone()
    if row is None:
        return session.establishment_code, session.establishment_code
    return str(row[0]), str(row[1])


def list_units(session: Session) -> list[Unit]:
    """The establishment's units, by code."""
    rows = session.con.execute("SELECT code, name, active FROM units ORDER BY code").fetchall()
    return [Unit(str(r[0]), str(r[1]), bool(r[2])) for r in rows]


def store_values(con: Connection, values: dict[str, Any]) -> None:
    """Keep each setting's checked value (inside the caller's transaction; a new vault's
    defaults are written here too)."""
    con.executemany(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [(key, json.dumps(value)) for key, value in values.items()],
    )
