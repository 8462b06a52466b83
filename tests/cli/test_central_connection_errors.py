"""Bad central database settings give a clear message in the user's language, never a traceback.

What an IT administrator meets first with `radprev init --mode central --database …`:
a wrong password, no password, the server down, the certificate file missing or
not the server's, a port that is not a number, a database that does not exist,
and a server that would accept MD5, plain passwords, `trust` or no TLS at all.
Each is tried against the real test cluster (tests/pg_cluster.py); the server-side
refusals reconfigure it for a probe role only (pg_hba lines of their own) or, for
the server without TLS, for the moment of the attempt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Result, run_in_process
from tests.factories import ADMIN, ADMIN_PASSWORD
from tests.pg_cluster import SUPERUSER, Cluster, free_port, self_signed

PROBES = {"radprev_md5_probe": "md5", "radprev_password_probe": "password"}
TRUSTED = "radprev_trust_probe"
PROBE_PASSWORD = "probe-password-1"


def init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, *options: str) -> Result:
    admin_pw = tmp_path / "admin-pw"
    admin_pw.write_text(ADMIN_PASSWORD + "\n")
    admin_pw.chmod(0o600)
    return run_in_process(
        ["--language", language, "--vault", str(tmp_path / f"office-{language}"), "init",
         "--mode", "central", "--establishment", "PL-CO", "--admin", ADMIN,
         "--password-file", str(admin_pw), *options],
        monkeypatch, None,
    )  # fmt: skip


def assert_refused_in_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: str, *options: str
) -> str:
    """The English message names `english`; the Polish one is a translation of it."""
    en = init(tmp_path, monkeypatch, "en", *options)
    pl = init(tmp_path, monkeypatch, "pl", *options)
    for result in (en, pl):
        assert result.returncode != 0
        assert "Traceback" not in result.stderr and "ValueError" not in result.stderr
        assert not (tmp_path / f"office-{result.args[1]}").exists()
    assert english in en.stderr, en.stderr
    assert english not in pl.stderr, pl.stderr
    assert pl.stderr.strip() != en.stderr.strip()
    return pl.stderr


def passfile(tmp_path: Path, cluster: Cluster, user: str, password: str) -> Path:
    path = tmp_path / f"pgpass-{user}"
    path.write_text(f"127.0.0.1:{cluster.port}:*:{user}:{password}\n")
    path.chmod(0o600)
    return path


def url(cluster: Cluster, user: str = SUPERUSER, dbname: str = "postgres", port: int = 0) -> str:
    return f"postgresql://{user}@127.0.0.1:{port or cluster.port}/{dbname}"


def test_client_side_mistakes(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = passfile(tmp_path, pg_cluster, SUPERUSER, pg_cluster.password)
    wrong = passfile(tmp_path, pg_cluster, SUPERUSER + "x", "x")  # no line for the real user
    bad = tmp_path / "pgpass-bad"
    bad.write_text(f"127.0.0.1:{pg_cluster.port}:*:{SUPERUSER}:not-the-password\n")
    bad.chmod(0o600)
    ca = str(pg_cluster.ca_cert)
    other_ca, _ = self_signed(tmp_path)
    cases = [
        ("refused the password", url(pg_cluster, dbname=pg_database), ca, bad),
        ("No password for", url(pg_cluster, dbname=pg_database), ca, wrong),
        ("cannot be reached", url(pg_cluster, dbname=pg_database, port=free_port()), ca, good),
        ("cannot be read", url(pg_cluster, dbname=pg_database), str(tmp_path / "no.crt"), good),
        ("could not be verified", url(pg_cluster, dbname=pg_database), str(other_ca), good),
        ("has no database named", url(pg_cluster, dbname="no_such_office"), ca, good),
    ]
    assert cases
    for english, address, root, pwfile in cases:
        assert_refused_in_both(
            tmp_path, monkeypatch, english,
            "--database", address, "--sslrootcert", root, "--passfile", str(pwfile),
        )  # fmt: skip
    for address in (
        f"postgresql://{SUPERUSER}@127.0.0.1:port/{pg_database}",
        f"postgresql://{SUPERUSER}@127.0.0.1:99999/{pg_database}",
    ):
        assert_refused_in_both(
            tmp_path, monkeypatch, "port must be a number", "--database", address
        )
    settings = tmp_path / "central-settings.json"
    settings.write_text('{"host": "127.0.0.1", "port": "five", "dbname": "d", "user": "u"}')
    assert_refused_in_both(
        tmp_path, monkeypatch, "port must be a number", "--database-settings", str(settings)
    )
    assert_refused_in_both(tmp_path, monkeypatch, "must start with", "--database", "mysql://u@h/d")


@pytest.fixture
def weak_server(pg_cluster: Cluster) -> Iterator[Cluster]:
    """The cluster also accepts the probe roles with MD5, a plain password and `trust`."""
    hba = pg_cluster.data / "pg_hba.conf"
    kept = hba.read_text()
    admin = pg_cluster.admin()
    try:
        for role in (*PROBES, TRUSTED):
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.execute("SET password_encryption = 'md5'")  # as an old server would keep it
        for role in PROBES:
            admin.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{PROBE_PASSWORD}'")
        admin.execute(f'CREATE ROLE "{TRUSTED}" LOGIN')
        weak = [f"hostssl all {role} 127.0.0.1/32 {method}" for role, method in PROBES.items()]
        weak.append(f"hostssl all {TRUSTED} 127.0.0.1/32 trust")
        hba.write_text("\n".join(weak) + "\n" + kept)
        admin.execute("SELECT pg_reload_conf()")
        yield pg_cluster
    finally:
        hba.write_text(kept)
        admin.execute("SELECT pg_reload_conf()")
        for role in (*PROBES, TRUSTED):
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.close()


def test_server_offering_md5_plain_or_trust_is_refused(
    weak_server: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roles = [*PROBES, TRUSTED]
    assert roles
    for role in roles:
        pwfile = passfile(tmp_path, weak_server, role, PROBE_PASSWORD)
        pl = assert_refused_in_both(
            tmp_path, monkeypatch, "did not authenticate with SCRAM-SHA-256",
            "--database", url(weak_server, user=role), "--sslrootcert",
            str(weak_server.ca_cert), "--passfile", str(pwfile),
        )  # fmt: skip
        assert "scram-sha-256" in pl


def test_server_without_tls_is_refused(
    pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pwfile = passfile(tmp_path, pg_cluster, SUPERUSER, pg_cluster.password)
    hba = pg_cluster.data / "pg_hba.conf"
    kept = hba.read_text()
    admin = pg_cluster.admin()
    try:
        # A server as shipped by some installers: TLS off, password logins over plain TCP.
        hba.write_text(kept + "host all all 127.0.0.1/32 scram-sha-256\n")
        admin.execute("ALTER SYSTEM SET ssl = off")
        admin.execute("SELECT pg_reload_conf()")
        for mode in ("verify-full", "require"):
            assert_refused_in_both(
                tmp_path, monkeypatch, "does not offer TLS",
                "--database", url(pg_cluster) + f"?sslmode={mode}",
                "--sslrootcert", str(pg_cluster.ca_cert), "--passfile", str(pwfile),
            )  # fmt: skip
    finally:
        hba.write_text(kept)
        admin.execute("ALTER SYSTEM RESET ssl")
        admin.execute("SELECT pg_reload_conf()")
        admin.close()
    pg_cluster.connect().close()  # TLS is back for the tests that follow


def test_what_init_says_is_in_the_users_language(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pwfile = passfile(tmp_path, pg_cluster, SUPERUSER, pg_cluster.password)
    address = url(pg_cluster, dbname=pg_database)
    assert_refused_in_both(
        tmp_path, monkeypatch, "a central office has no units",
        "--database", address, "--unit", "A=Wing A",
    )  # fmt: skip
    created = init(tmp_path, monkeypatch, "pl", "--database", address,
                   "--sslrootcert", str(pg_cluster.ca_cert), "--passfile", str(pwfile))  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert address in created.stdout and "Central store created" not in created.stdout
    assert "--vault" in created.stdout and "Settings (no password)" not in created.stdout


def test_a_language_chosen_on_this_machine_does_not_leak_into_the_tests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The login window stores the chosen language in the user's desktop.ini; the tests read
    their own (tests/conftest.py), so one developer's choice cannot change what they print."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    user_ini = tmp_path / "home-config" / "radprev" / "desktop.ini"
    user_ini.parent.mkdir(parents=True)
    user_ini.write_text("[General]\nlanguage=pl\n")
    refused = run_in_process(["init", "--mode", "central", "--establishment", "PL-CO",
                              "--admin", ADMIN, "--database", "mysql://u@h/d"],
                             monkeypatch, None)  # fmt: skip
    assert refused.returncode != 0 and "must start with" in refused.stderr
