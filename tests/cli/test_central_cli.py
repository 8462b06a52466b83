"""`radprev init --mode central --database postgresql://…` and commands on that store.

Against the real throw-away PostgreSQL cluster (tests/pg_cluster.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import SUPERUSER, Cluster


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

    again = run_in_process(
        ["--vault", str(tmp_path / "second"), "init", "--mode", "central", "--establishment",
         "PL-CO", "--admin", ADMIN, "--password-file", str(admin_pw), "--database", url,
         "--sslrootcert", str(pg_cluster.ca_cert), "--passfile", str(passfile)],
        monkeypatch, None,
    )  # fmt: skip
    assert again.returncode != 0 and "already holds a central store" in again.stderr


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
