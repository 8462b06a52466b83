"""Closed sets and small values of the domain, shared by services, GUI and CLI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Mode(StrEnum):
    """Chosen when a vault is created; the same code serves both."""

    WORKSTATION = "workstation"
    CENTRAL = "central"


class Role(StrEnum):
    """What a user may do; checked inside core services, never only in the GUI."""

    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"
    ANALYST = "analyst"


ROLES_BY_MODE: dict[Mode, frozenset[Role]] = {
    Mode.WORKSTATION: frozenset({Role.OFFICER, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR}),
    Mode.CENTRAL: frozenset({Role.ANALYST, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.AUDITOR}),
}


@dataclass(frozen=True)
class User:
    """An account as the vault holds it (never its password or key material)."""

    id: str
    username: str
    display_name: str
    staff_code: str
    roles: frozenset[Role]
    active: bool
    must_change_password: bool
    units: tuple[str, ...] = ()
    removed: bool = False

    def has(self, role: Role) -> bool:
        return role in self.roles
