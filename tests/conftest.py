"""Shared fixtures: real SQLCipher vaults in tmp folders, cheap Argon2 costs.

The cheap key-derivation parameters are passed to `VaultAccess.create` here; the
production default calibrates to about 0.5 s and never reads a test flag.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from radprev_desktop.core import crypto
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.postgres import PgConnection
from tests import pg_cluster as pg_cluster_module
from tests.factories import (
    ADMIN,
    ADMIN_PASSWORD,
    FAST_KDF,
    PASSWORD,
    add_account,
    create_vault,
    login,
)
from tests.training_support import create_training_vault
from tests.transfers_support import Network, copy_network, make_network
from tests.unit.test_sync_support import make_pair

__all__ = ["ADMIN", "ADMIN_PASSWORD", "FAST_KDF", "PASSWORD", "create_vault"]


@pytest.fixture(autouse=True)
def _logs_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Logs and crash files of every test go to a temp folder, never the user's; so does the
    workstation's settings file (a language once chosen in the login window on this machine
    would otherwise make every CLI test speak it)."""
    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setenv("RADPREV_LOG_DIR", str(folder))
    monkeypatch.setenv("RADPREV_CONFIG", str(folder / "desktop.ini"))
    return folder


@pytest.fixture
def fast_kdf() -> crypto.KdfParams:
    return FAST_KDF


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture(scope="session")
def new_vault_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One new workstation vault per test process (closed), and its recovery code.

    Making a vault runs every migration, each committed with its fsyncs (~0.1 s CPU
    and ~0.5 s wall); copying these files costs ~0.02 s. A copy holds the same keys
    and ids as every other copy: a test that needs a second, distinct vault calls
    `create_vault` for it.
    """
    folder = tmp_path_factory.mktemp("new-vault") / "vault"
    session, code = create_vault(folder)
    session.close()
    return folder, code


@pytest.fixture(scope="session")
def pair_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workstation and central office per test process, keys exchanged (closed).

    The sync tests' `pair` fixtures copy them (tests/unit/test_sync_support.copy_pair).
    """
    folder = tmp_path_factory.mktemp("pair")
    pair = make_pair(folder)
    pair.ws.close()
    pair.central.close()
    return folder


@pytest.fixture(scope="session")
def copied_network(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Network]:
    """Factory: `copied_network(tmp_path, "PL-A", "PL-B")` → the transfer tests' prison network
    (tests/transfers_support.py), made once per process and set of codes, copied per call.
    """
    made: dict[tuple[str, ...], Path] = {}

    def copy(tmp: Path, *codes: str) -> Network:
        if codes not in made:
            folder = tmp_path_factory.mktemp("network")
            make_network(folder, *codes).close()
            made[codes] = folder
        return copy_network(made[codes], tmp, *codes)

    return copy


@pytest.fixture(scope="session")
def training_vault_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One training vault per test process (tests/training_support.create_training_vault:
    unit TR, two trainees, a trainer), closed; tests copy its folder."""
    folder = tmp_path_factory.mktemp("training-template") / "training"
    create_training_vault(folder).close()
    return folder


@pytest.fixture
def created(vault_dir: Path, new_vault_files: tuple[Path, str]) -> Iterator[tuple[Session, str]]:
    """A new workstation vault in `vault_dir` (a copy) and its administrator logged in."""
    template, code = new_vault_files
    shutil.copytree(template, vault_dir)
    session = login(vault_dir, ADMIN, ADMIN_PASSWORD)
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
        add_account(admin, name, *roles, units=units)
        session = login(admin.folder, name)
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


# --- the central store on PostgreSQL (issue 16): a real throw-away server ------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[pg_cluster_module.Cluster]:
    """One PostgreSQL cluster for the whole run (TLS, SCRAM, hostssl only), dropped after.

    A run ended with SIGTERM (a timeout, CI's end) unwinds like Ctrl+C, so the teardown
    below still stops the server instead of leaving it running.
    """
    pg_cluster_module.stop_on_sigterm()
    cluster = pg_cluster_module.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster: pg_cluster_module.Cluster) -> Iterator[str]:
    """A new, empty database for one test (dropped after it)."""
    name = f"t_{new_id().replace('-', '')[-20:]}"
    pg_cluster.create_database(name)
    yield name
    pg_cluster.drop_database(name)


@pytest.fixture
def pg_copy(pg_cluster: pg_cluster_module.Cluster) -> Iterator[Callable[[str], str]]:
    """Factory: `pg_copy(template)` → the name of a new database copied from `template`
    for this test (dropped after it); each test gets its own copy, as with `pg_database`."""
    made: list[str] = []

    def copy(template: str) -> str:
        name = f"t_{new_id().replace('-', '')[-20:]}"
        pg_cluster.clone_database(template, name)
        made.append(name)
        return name

    yield copy
    for name in made:
        pg_cluster.drop_database(name)


@pytest.fixture
def pg_con(pg_cluster: pg_cluster_module.Cluster, pg_database: str) -> Iterator[PgConnection]:
    """A connection to a migrated central store in a fresh database."""
    con = pg_cluster.connect(pg_database)
    migrations.migrate(con)
    yield con
    con.close()
