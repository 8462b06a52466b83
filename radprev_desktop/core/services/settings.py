"""Vault-wide settings: everyone reads them, only an administrator changes them (audited).

Each known setting has a rule that checks and normalises a new value, so a bad
value never reaches the settings table. Other areas add their own settings with
`register_setting` (for example a sync export interval or retention periods).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session

# The values a new vault starts with (written by `vault_access` at creation).
DEFAULT_SETTINGS: dict[str, object] = {
    "auto_lock_minutes": 5,
    "classification_marking": "OFFICIAL-SENSITIVE",
    "grading_preset": "3x5x2",
    "language": "en",
    "backups_kept": 7,
    "clipboard_clear_seconds": 30,
}

LANGUAGES = ("en", "pl")
GRADING_PRESETS = ("3x5x2", "6x6")  # names of core/services/grading.py presets


@dataclass(frozen=True)
class SettingRule:
    """How one setting is checked; `check` returns the normalised value or raises."""

    key: str
    default: Any
    check: Callable[[Any], Any]


def _int_between(key: str, low: int, high: int, label: str) -> Callable[[Any], Any]:
    def check(value: Any) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{label} must be a whole number.", key) from None
        if isinstance(value, float) and value != number:
            raise ValidationError(f"{label} must be a whole number.", key)
        if not low <= number <= high:
            raise ValidationError(f"{label} must be between {low} and {high}.", key)
        return number

    return check


def _one_of(key: str, allowed: tuple[str, ...], label: str) -> Callable[[Any], Any]:
    def check(value: Any) -> str:
        text = str(value).strip()
        if text not in allowed:
            raise ValidationError(f"{label} must be one of: {', '.join(allowed)}.", key)
        return text

    return check


def _marking(value: Any) -> str:
    text = " ".join(str(value).split())
    if not 1 <= len(text) <= 60:
        raise ValidationError(
            "The classification marking must be 1 to 60 characters.", "classification_marking"
        )
    return text


int_between = _int_between  # public name for other areas' settings
one_of = _one_of

_RULES: dict[str, SettingRule] = {}


def register_setting(key: str, default: Any, check: Callable[[Any], Any]) -> None:
    """Make a setting known (idempotent), with its default and its rule."""
    _RULES[key] = SettingRule(key, default, check)


def register_retention_setting(key: str, default_months: int) -> None:
    """A retention period in months (1 month to 50 years), named `retention_*`."""
    register_setting(key, default_months, _int_between(key, 1, 600, "A retention period in months"))


register_setting(
    "auto_lock_minutes",
    DEFAULT_SETTINGS["auto_lock_minutes"],
    _int_between("auto_lock_minutes", 1, 120, "The auto-lock time in minutes"),
)
register_setting("classification_marking", DEFAULT_SETTINGS["classification_marking"], _marking)
register_setting(
    "grading_preset",
    DEFAULT_SETTINGS["grading_preset"],
    _one_of("grading_preset", GRADING_PRESETS, "The grading preset"),
)
register_setting(
    "language",
    DEFAULT_SETTINGS["language"],
    _one_of("language", LANGUAGES, "The language"),
)
register_setting(
    "backups_kept",
    DEFAULT_SETTINGS["backups_kept"],
    _int_between("backups_kept", 1, 100, "The number of backups kept"),
)
register_setting(
    "clipboard_clear_seconds",
    DEFAULT_SETTINGS["clipboard_clear_seconds"],
    _int_between("clipboard_clear_seconds", 5, 600, "The clipboard clearing time in seconds"),
)


RETENTION_KINDS = ("subject", "released", "transferred")


def _retention_months(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValidationError("Retention periods are given per kind of file.", "retention_months")
    checked: dict[str, int] = {}
    for kind, months in value.items():
        if kind not in RETENTION_KINDS:
            raise ValidationError(f"There is no retention period for {kind}.", "retention_months")
        checked[kind] = _int_between("retention_months", 1, 600, "A retention period in months")(
            months
        )
    return checked


register_setting("retention_months", {}, _retention_months)


def known_settings() -> dict[str, SettingRule]:
    """Every setting with a rule (defaults included)."""
    return dict(_RULES)


def all_settings(session: Session) -> dict[str, Any]:
    """Every setting the vault holds, known defaults filled in for missing ones."""
    values = {key: rule.default for key, rule in _RULES.items()}
    for key, raw in session.con.execute("SELECT key, value FROM settings ORDER BY key"):
        values[key] = json.loads(raw)
    return values


def get_setting(session: Session, key: str) -> Any:
    """One setting, or its default when the vault holds none."""
    rule = _RULES.get(key)
    return session.setting(key, rule.default if rule else None)


def set_setting(session: Session, key: str, value: Any) -> Any:
    """Change one setting (administrator); returns the stored, normalised value."""
    return set_settings(session, {key: value})[key]


def set_settings(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Change several settings at once: all are checked first, then stored in one transaction."""
    policy.require(session, Permission.CHANGE_SETTINGS)
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        rule = _RULES.get(key)
        if rule is None:
            raise ValidationError(f"There is no setting named {key}.", key)
        checked[key] = rule.check(value)
    current = all_settings(session)
    changed = {k: v for k, v in checked.items() if current.get(k) != v}
    if not changed:
        return checked
    with session.transaction() as con:
        for key, value in changed.items():
            con.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
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
