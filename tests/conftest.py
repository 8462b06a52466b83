"""Shared fixtures: real SQLCipher vaults in tmp folders, cheap Argon2 costs.

The cheap key-derivation parameters are passed to `VaultAccess.create` here; the
production default calibrates to about 0.5 s and never reads a test flag.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import NotFound
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session

FAST_KDF = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ADMIN = "admin"
ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "officer-password-1"


@pytest.fixture
def fast_kdf() -> crypto.KdfParams:
    return FAST_KDF


def create_vault(
    folder: Path, mode: Mode = Mode.WORKSTATION, establishment: str = "PL-WAW1"
) -> tuple[Session, str]:
    """A new vault with units A and B; returns the admin session and recovery code."""
    created = VaultAccess(folder).create(
        mode=mode,
        establishment_code=establishment,
        establishment_name="Areszt Śledczy Testowo",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name="Administrator Testowy",
        kdf=FAST_KDF,
        units=[("A", "Oddział A"), ("B", "Oddział B")],
    )
    return created.session, created.recovery_code


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[tuple[Session, str]]:
    session, code = create_vault(vault_dir)
    yield session, code
    session.close()


@pytest.fixture
def admin(created: tuple[Session, str]) -> Session:
    """The administrator's session on a fresh workstation vault."""
    return created[0]


@pytest.fixture
def recovery_code(created: tuple[Session, str]) -> str:
    return created[1]


@pytest.fixture
def make_session(admin: Session) -> Iterator[Callable[..., Session]]:
    """Factory: `make_session(Role.OFFICER, username="olga")` → a logged-in session."""
    opened: list[Session] = []

    def make(*roles: Role, username: str | None = None, units: list[str] | None = None) -> Session:
        name = username or "_".join(r.value for r in roles)[:24]
        try:
            users.get_user(admin, name)
        except NotFound:
            users.add_user(
                admin,
                name,
                PASSWORD,
                list(roles),
                display_name=f"Test {name}",
                staff_code=name.upper()[:8],
                units=units if units is not None else ["A"],
                must_change_password=False,
            )
        session = VaultAccess(admin.folder).login(name, PASSWORD).session
        opened.append(session)
        return session

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def officer(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.OFFICER, username="olga")


@pytest.fixture
def supervisor(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.SUPERVISOR, username="stefan")


@pytest.fixture
def auditor(make_session: Callable[..., Session]) -> Session:
    return make_session(Role.AUDITOR, username="aida")
