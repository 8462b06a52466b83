"""A throw-away PostgreSQL cluster for the tests: real server, TLS, SCRAM, no mock.

`start()` runs initdb in a new private folder as an unprivileged user (postgres
refuses to run as root: `nobody` when the tests run as root), with its own
self-signed certificate, `password_encryption = scram-sha-256` and a pg_hba.conf
that accepts `hostssl … scram-sha-256` only (the unix socket exists for pg_ctl
but refuses every login). It listens on 127.0.0.1 on a free port. `stop()`
stops it and removes the folder. The binaries come from the distribution's
packages, installed by scripts/system-packages.sh (`make test`).
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.vault.postgres import CentralDatabase, PgConnection, connect

SUPERUSER = "radprev_test_admin"
UNPRIVILEGED = "nobody"


def waits_for_a_lock(watcher: PgConnection, pid: int) -> bool:
    """The server says backend `pid` waits for a lock (within 20 s): for tests of two
    programs writing at once, asked on a third connection."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        row = watcher.execute(
            "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?", (pid,)
        ).fetchone()
        if row is not None and row[0] == "Lock":
            return True
        time.sleep(0.02)
    return False


def bin_dir() -> Path:
    """The newest installed PostgreSQL's binaries (scripts/system-packages.sh installs one)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name)
    )
    if not found:
        raise RuntimeError(
            "PostgreSQL server binaries are missing: run `bash scripts/system-packages.sh` "
            "(make test does)"
        )
    return found[-1].parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost / 127.0.0.1 and its key (the clients trust the certificate)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return cert_path, key_path


@dataclass
class Cluster:
    """A running throw-away cluster."""

    folder: Path
    port: int
    ca_cert: Path
    password: str
    as_user: str | None

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def database(self, dbname: str, user: str = SUPERUSER) -> CentralDatabase:
        return CentralDatabase(
            host="127.0.0.1",
            port=self.port,
            dbname=dbname,
            user=user,
            sslmode="verify-full",
            sslrootcert=str(self.ca_cert),
        )

    def connect(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str = ""
    ) -> PgConnection:
        return connect(
            self.database(dbname, user),
            SecretBytes(bytearray((password or self.password).encode())),
        )

    def admin(self) -> PgConnection:
        return self.connect("postgres")

    def create_database(self, dbname: str, owner: str = SUPERUSER) -> None:
        con = self.admin()
        try:
            con.execute(f'CREATE DATABASE "{dbname}" OWNER "{owner}" TEMPLATE template0')
        finally:
            con.close()

    def clone_database(self, template: str, dbname: str) -> None:
        """A new database holding a copy of `template` (PostgreSQL copies its files).

        Far cheaper than building the same store again (migrations, imports); nobody may be
        connected to the template while it is copied.
        """
        con = self.admin()
        try:
            con.execute(f'CREATE DATABASE "{dbname}" OWNER "{SUPERUSER}" TEMPLATE "{template}"')
        finally:
            con.close()

    def drop_database(self, dbname: str) -> None:
        con = self.admin()
        try:
            con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        finally:
            con.close()

    def create_role(self, name: str, password: str, *extra: str) -> None:
        con = self.admin()
        try:
            con.raw.execute(
                psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} " + " ".join(extra)).format(
                    psycopg.sql.Identifier(name), psycopg.sql.Literal(password)
                )
            )
        finally:
            con.close()

    def create_import_role(self, role: str, member: str) -> None:
        """README IT step 2, the DBA's part: a role that cannot log in and bypasses row
        security, granted to the office's login `member` (decision 0044)."""
        con = self.admin()
        try:
            con.execute(f"CREATE ROLE {role} NOLOGIN BYPASSRLS")
            con.execute(f"GRANT {role} TO {member}")
        finally:
            con.close()

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return _run(self.as_user, *args, check=check)

    def stop(self) -> None:
        try:
            self.run(str(bin_dir() / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _run(as_user: str | None, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    kwargs: dict[str, object] = {}
    if as_user:
        entry = pwd.getpwnam(as_user)
        kwargs = {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        list(args), check=check, capture_output=True, text=True, cwd="/", **kwargs
    )


def stop_on_sigterm() -> None:
    """Turn SIGTERM into KeyboardInterrupt (main thread only, when nobody else handles it)."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None):
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)


def start() -> Cluster:
    """initdb, configure TLS + SCRAM + hostssl only, start on a free port."""
    binaries = bin_dir()
    as_user = UNPRIVILEGED if os.geteuid() == 0 else None
    # Not pytest's tmp_path: that folder is private to root and postgres runs as `nobody`.
    folder = Path(tempfile.mkdtemp(prefix="radprev-pg-"))
    password = secrets.token_urlsafe(24)
    data, sockets = folder / "data", folder / "socket"
    sockets.mkdir()
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n")
    cert, key = self_signed(folder)
    if as_user:
        entry = pwd.getpwnam(as_user)
        for path in (folder, sockets, pwfile, cert, key):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    folder.chmod(0o711)  # root (the tests) reads the certificate; nobody owns the rest
    cert.chmod(0o644)
    result = _run(
        as_user,
        str(binaries / "initdb"),
        "-D",
        str(data),
        "-U",
        SUPERUSER,
        "--pwfile",
        str(pwfile),
        "--auth=scram-sha-256",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"initdb failed: {result.stderr}")
    pwfile.unlink()
    port = free_port()
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(
            f"\nlisten_addresses = '127.0.0.1'\nport = {port}\n"
            f"unix_socket_directories = '{sockets}'\n"
            f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n"
            "ssl_min_protocol_version = 'TLSv1.2'\n"
            "password_encryption = 'scram-sha-256'\n"
            # A throw-away cluster: durability is not what the tests check.
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            "max_connections = 60\nshared_buffers = 64MB\nlog_min_messages = warning\n"
        )
    (data / "pg_hba.conf").write_text(
        "# radprev test cluster: TLS and SCRAM only; the socket refuses every login.\n"
        "local   all all               reject\n"
        "hostssl all all 127.0.0.1/32  scram-sha-256\n"
        "hostssl all all ::1/128       scram-sha-256\n"
    )
    started = _run(
        as_user,
        str(binaries / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(folder / "server.log"),
        "-w",
        "-t",
        "60",
        "start",
        check=False,
    )
    if started.returncode:
        log = (folder / "server.log").read_text(errors="replace")
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {started.stderr}\n{log}")
    return Cluster(folder, port, cert, password, as_user)
