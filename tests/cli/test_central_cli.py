"""`radprev init --mode central --database postgresql://…` and commands on that store.

Against the real throw-away PostgreSQL cluster (tests/pg_cluster.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyrage import x25519

from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.services.vault_access import VaultAccess
from tests.cli.conftest import run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import SUPERUSER, Cluster
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)


def test_init_central_on_postgresql_then_audit_verify(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(
        f"127.0.0.1:{pg_cluster.port}:{pg_database}:{SUPERUSER}:{pg_cluster.password}\n"
    )
    passfile.chmod(0o600)
    admin_pw = tmp_path / "admin-pw"
    admin_pw.write_text(ADMIN_PASSWORD + "\n")
    admin_pw.chmod(0o600)
    folder = tmp_path / "central"
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{pg_cluster.port}/{pg_database}"

    with_password = run_in_process(
        ["--vault", str(folder), "init", "--mode", "central", "--establishment", "PL-CO",
         "--admin", ADMIN, "--password-file", str(admin_pw),
         "--database", url.replace(SUPERUSER, f"{SUPERUSER}:{pg_cluster.password}")],
        monkeypatch, None,
    )  # fmt: skip
    assert with_password.returncode != 0
    assert "password file" in with_password.stderr
    assert pg_cluster.password not in with_password.stderr + with_password.stdout
    assert not folder.exists()

    created = run_in_process(
        ["--json", "--vault", str(folder), "init", "--mode", "central", "--establishment", "PL-CO",
         "--admin", ADMIN, "--password-file", str(admin_pw), "--database", url,
         "--sslrootcert", str(pg_cluster.ca_cert), "--passfile", str(passfile)],
        monkeypatch, None,
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    data = json.loads(created.stdout)
    assert data["store"] == "postgresql" and data["mode"] == "central"
    assert pg_cluster.password not in created.stdout + created.stderr
    assert pg_cluster.password not in (folder / "central.json").read_text()

    verified = run_in_process(
        ["--json", "--vault", str(folder), "--user", ADMIN, "--password-file", str(admin_pw),
         "audit", "verify"],
        monkeypatch, None,
    )  # fmt: skip
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["ok"] is True

    backup_and_restore(pg_cluster, pg_database, folder, passfile, admin_pw, tmp_path, monkeypatch)

    again = run_in_process(
        ["--vault", str(tmp_path / "second"), "init", "--mode", "central", "--establishment",
         "PL-CO", "--admin", ADMIN, "--password-file", str(admin_pw), "--database", url,
         "--sslrootcert", str(pg_cluster.ca_cert), "--passfile", str(passfile)],
        monkeypatch, None,
    )  # fmt: skip
    assert again.returncode != 0 and "already holds a central store" in again.stderr


def backup_and_restore(
    pg_cluster: Cluster,
    pg_database: str,
    folder: Path,
    passfile: Path,
    admin_pw: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`central certificate --backup-recipient`, `backup`, `restore --into`, `audit verify`."""
    # The office's certificate names the offline backup key; `backup` dumps to it with age.
    backup_key = x25519.Identity.generate()
    certificate = run_in_process(
        ["--vault", str(folder), "--user", ADMIN, "--password-file", str(admin_pw),
         "central", "certificate", "--out", str(tmp_path / "cert.json"),
         "--backup-recipient", str(backup_key.to_public())],
        monkeypatch, None,
    )  # fmt: skip
    assert certificate.returncode == 0, certificate.stderr
    backup = run_in_process(
        ["--json", "--vault", str(folder), "--user", ADMIN, "--password-file", str(admin_pw),
         "backup", "--to", str(tmp_path / "backups")],
        monkeypatch, None,
    )  # fmt: skip
    assert backup.returncode == 0, backup.stderr
    written = Path(json.loads(backup.stdout)["backup"])
    assert written.read_bytes().startswith(b"age-encryption.org/v1")

    restored = pg_database + "_r"
    pg_cluster.create_database(restored)
    try:
        passfile.write_text(
            passfile.read_text()
            + f"127.0.0.1:{pg_cluster.port}:{restored}:{SUPERUSER}:{pg_cluster.password}\n"
        )
        into = tmp_path / "restored.json"
        settings = json.loads((folder / "central.json").read_text())
        into.write_text(json.dumps({**settings, "dbname": restored}))
        identity_file = tmp_path / "backup-key"
        # As age-keygen writes it (README step 5): comment lines, then the key.
        identity_file.write_text(
            "# created: 2026-11-30T22:00:00Z\n"
            f"# public key: {backup_key.to_public()}\n{backup_key}\n"
        )
        identity_file.chmod(0o600)
        done = run_in_process(
            ["--vault", str(folder), "restore", str(written), "--identity-file",
             str(identity_file), "--into", str(into)],
            monkeypatch, None,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        second = tmp_path / "restored-office"
        second.mkdir()
        (second / "central.json").write_text(into.read_text())
        verified_copy = run_in_process(
            ["--json", "--vault", str(second), "--user", ADMIN, "--password-file", str(admin_pw),
             "audit", "verify"],
            monkeypatch, None,
        )  # fmt: skip
        assert verified_copy.returncode == 0, verified_copy.stderr
        assert json.loads(verified_copy.stdout)["ok"] is True
    finally:
        pg_cluster.drop_database(restored)


def test_plain_connection_settings_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin_pw = tmp_path / "admin-pw"
    admin_pw.write_text(ADMIN_PASSWORD + "\n")
    refused = run_in_process(
        ["--vault", str(tmp_path / "c"), "init", "--mode", "central", "--establishment", "PL-CO",
         "--admin", ADMIN, "--password-file", str(admin_pw),
         "--database", "postgresql://radprev@db.example/central?sslmode=disable"],
        monkeypatch, None,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "must use TLS" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_recover_on_a_central_store_says_why_before_asking(
    central_folder: Path,  # noqa: F811 (the fixture imported above)
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`radprev recover` on a server store answered "No vault in <folder>" after asking for
    the recovery code and a new password; it now says at once, in the user's language,
    that there is no recovery code there and who sets a new password."""
    folder = central_folder
    for language, words in (("en", "no recovery code"), ("pl", "kodu odzyskiwania")):
        result = run_in_process(
            ["--language", language, "--vault", str(folder), "recover", ADMIN],
            monkeypatch,
            "AAAA-BBBB\n",
        )
        assert result.returncode != 0
        assert words in result.stderr, result.stderr
        assert "No vault in" not in result.stderr and "Traceback" not in result.stderr
    with pytest.raises(VaultError, match="no recovery code"):
        VaultAccess(folder).recover("AAAA-BBBB", ADMIN, "new-password-1234")
