"""pg_dump of the central store, encrypted to the backup key with age, and restored.

Real pg_dump/pg_restore against the throw-away cluster; the dump never exists
in plaintext on disk (the file is age from its first byte, canaries absent).
"""

from __future__ import annotations

import os
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from radprev_desktop.core import audit
from radprev_desktop.core.central_session import open_connection
from radprev_desktop.core.errors import StorageError, ValidationError
from radprev_desktop.core.services import central_backup
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import SUPERUSER, Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401  (fixture)

CANARY = "Kanarek-Żółć-7731"


def test_backup_is_age_encrypted_and_restores(
    central_folder: Path,  # noqa: F811
    pg_cluster: Cluster,
    tmp_path: Path,
) -> None:
    identity = x25519.Identity.generate()
    session = VaultAccess(central_folder).login(ADMIN, ADMIN_PASSWORD).session
    with pytest.raises(ValidationError, match="No backup key"):
        central_backup.write_backup(session, tmp_path / "none.age")  # type: ignore[arg-type]
    with session.transaction():
        session.con.execute(
            "INSERT INTO meta(key, value) VALUES ('central_backup_recipient', ?)",
            (str(identity.to_public()),),
        )
        session.audit("subject_file_opened", object_id="s-1", justification=CANARY)
    before = audit.head(session.con)  # the dump holds the log up to here
    written = central_backup.write_backup(session, tmp_path / "backups" / "central.age")  # type: ignore[arg-type]
    session.close()

    data = written.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    assert CANARY.encode() not in data and b"subject_file_opened" not in data
    assert b"PGDMP" not in data  # the custom-format dump's magic never appears in clear
    assert (written.path.stat().st_mode & 0o777) == 0o600

    restored = f"r_{central_folder.parent.name[-8:]}".replace("-", "_").lower()
    pg_cluster.create_database(restored)
    try:
        target = _superuser_target(pg_cluster, restored, tmp_path)
        with pytest.raises(ValidationError, match="cannot be decrypted"):
            central_backup.restore_backup(written.path, str(x25519.Identity.generate()), target)
        central_backup.restore_backup(written.path, str(identity), target)
        con = pg_cluster.connect(restored)
        try:
            report = audit.verify_chain(con)
            assert report.ok, report.reason
            assert audit.head(con) == before
            opened = audit.read_entries(con, action="subject_file_opened")
            assert [e.justification for e in opened] == [CANARY]
        finally:
            con.close()
    finally:
        pg_cluster.drop_database(restored)
    # The original store's log records the backup.
    check = open_connection(central_folder)
    try:
        entries = audit.read_entries(check, action="backup_created")
        assert len(entries) == 1 and entries[0].details["store"] == "postgresql"
    finally:
        check.close()


def _superuser_target(cluster: Cluster, dbname: str, tmp_path: Path) -> CentralDatabase:
    """The cluster's superuser on `dbname`, its password in an owner-only passfile."""
    passfile = tmp_path / "pgpass-restore"
    passfile.write_text(f"127.0.0.1:{cluster.port}:{dbname}:{SUPERUSER}:{cluster.password}\n")
    passfile.chmod(0o600)
    return CentralDatabase(
        host="127.0.0.1", port=cluster.port, dbname=dbname, user=SUPERUSER,
        sslrootcert=str(cluster.ca_cert), passfile=str(passfile),
    )  # fmt: skip


def test_a_restore_that_pg_restore_gives_up_on_says_why(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path
) -> None:
    """pg_restore stops at its first error and closes its input; the rest of a large backup
    then met a closed pipe, and `radprev restore` ended with exit 141 and no word (seen in
    the bundle). A decryptable file that is not a dump, larger than a pipe holds, shows it."""
    identity = x25519.Identity.generate()
    noise = os.urandom(2_000_000)  # not a pg_dump archive
    backup = tmp_path / "not-a-dump.age"
    backup.write_bytes(pyrage.encrypt(noise, [identity.to_public()]))
    target = _superuser_target(pg_cluster, pg_database, tmp_path)
    with pytest.raises(StorageError, match="pg_restore failed"):
        central_backup.restore_backup(backup, str(identity), target)
