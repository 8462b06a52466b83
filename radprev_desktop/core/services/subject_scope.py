"""Access by unit as SQL: which subjects a user may reach (part of the subjects service).

`core/policy.py` decides the scope (units, establishments, or everything); this
module turns it into conditions on the `subjects` table so that every list,
search, count and report of every service filters the same way. It imports
nothing of the other services, so the search and subjects services can both use it.
"""

from __future__ import annotations

from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

__all__ = ["EVERYTHING", "NOTHING", "in_scope_sql", "scope_sql"]

#: Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).
EVERYTHING = "1 = 1"
NOTHING = "1 = 0"


def scope_sql(
    session: Session, permission: Permission = Permission.READ_SUBJECTS, alias: str = "s"
) -> tuple[str, list[Any]]:
    """An SQL condition on `subjects` (as `alias`) for the files the user may reach.

    Every list, search, count and report adds it (access by unit, issue #14):
    EVERYTHING for the whole vault, NOTHING for nothing, else the units and establishments.
    """
    reach = policy.scope(session, permission)
    if reach.everything:
        return EVERYTHING, []
    if reach.nothing:
        return NOTHING, []
    parts: list[str] = []
    params: list[Any] = []
    if reach.establishments:
        marks = ",".join("?" for _ in reach.establishments)
        parts.append(f"{alias}.establishment_code IN ({marks})")
        params.extend(sorted(reach.establishments))
    if reach.units:
        marks = ",".join("?" for _ in reach.units)
        parts.append(f"({alias}.establishment_code = ? AND {alias}.unit_code IN ({marks}))")
        params.extend([reach.home, *sorted(reach.units)])
    return "(" + " OR ".join(parts) + ")", params


def in_scope_sql(
    session: Session, column: str, permission: Permission = Permission.READ_SUBJECTS
) -> tuple[str, list[Any]]:
    """`column IN (subjects the user may reach)`, for tables that name a subject id."""
    condition, params = scope_sql(session, permission, "sc")
    if condition == EVERYTHING:
        return EVERYTHING, []
    if condition == NOTHING:
        return NOTHING, []
    return f"{column} IN (SELECT sc.id FROM subjects sc WHERE {condition})", params


def unit_within_reach(session: Session, unit_code: str) -> str:
    """The unit of a new (or moved) prisoner: one the writer works in.

    Without a unit given, an officer of exactly one unit adds the prisoner to it.
    """
    reach = policy.scope(session, Permission.WRITE_SUBJECTS)
    if (
        not unit_code
        and not reach.everything
        and len(reach.units) == 1
        and session.establishment_code not in reach.establishments
    ):
        unit_code = next(iter(reach.units))
    if not reach.covers(session.establishment_code, unit_code):
        if not unit_code:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Choose the unit the prisoner is in."), field="unit"
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "You do not work in unit %1: choose one of your units."),
            unit_code,
            field="unit",
        )
    return unit_code
