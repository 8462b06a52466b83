"""`make central-demo`: a local PostgreSQL with a demo central office, and the app opened on it.

Starts a throw-away PostgreSQL cluster (the one the tests use: TLS, SCRAM, hostssl
only, an unprivileged user, a free port), creates a central store on it with
`central_access.create_central` (what `radprev init --mode central --database …`
does), then fills it the way a real office is filled: a demo workstation records
prisoners, observations and reviews through the services, exports a package,
and the central store imports it. The desktop app then opens on the store's
folder (central.json). Everything is stopped and deleted when the app closes.

    python scripts/central_demo.py .venv [radprev-desktop options, e.g. --smoke ...]
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from radprev_desktop.core import crypto, demo
from radprev_desktop.core.central_session import settings_path
from radprev_desktop.core.crypto import KdfParams
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import (
    access_grants,
    central_access,
    observations,
    reviews,
    subjects,
    users,
    vault_access,
)
from radprev_desktop.core.sync import export, importer, keys
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests import pg_cluster

ADMIN_PASSWORD = "demo-admin-password"
ANALYST_PASSWORD = "demo-analyst-password"
#: The login window's demo accounts table (`--demo-accounts`) lists these.
DEMO_ACCOUNTS = f"admin:{ADMIN_PASSWORD}:administrator;demo.analyst:{ANALYST_PASSWORD}:analyst"
PRISONERS = [
    ("PL-DEMO1/001", "Łukasiewicz", "Łukasz"),
    ("PL-DEMO1/002", "Đorđević", "Đorđe"),
    ("PL-DEMO1/003", "Петровић", "Милош"),
    ("PL-DEMO1/004", "Hoxha", "Ëndrit"),
    ("PL-DEMO1/005", "Трајковски", "Ѓорѓи"),
    ("PL-DEMO1/006", "Nowak", "Anna"),
]


def workstation_package(
    work: Path, central: vault_access.Session, kdf: KdfParams | None = None
) -> tuple[Path, str]:
    """A demo workstation's records, exported as one package for `central`."""
    ws = (
        vault_access.VaultAccess(work / "workstation")
        .create(
            mode=Mode.WORKSTATION,
            establishment_code="PL-DEMO1",
            establishment_name="Areszt Śledczy Demo",
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
            units=[("A", "Oddział A")],
            kdf=kdf,
        )
        .session
    )
    accounts = demo.create_demo_accounts(ws)
    cert, fingerprint = keys.make_certificate(central)
    keys.trust_central(ws, cert, crypto.group_fingerprint(fingerprint))
    by_role = {roles[0].value: (name, password) for name, password, roles in accounts}
    door = vault_access.VaultAccess(ws.folder)
    officer = door.login(*by_role["officer"]).session
    supervisor = door.login(*by_role["supervisor"]).session
    for number, family, given in PRISONERS:
        person = subjects.create_subject(
            officer, prison_number=number, family_name=family, given_names=given, unit="A"
        )
        for facts in (
            f"{given} rozmawiał przy kracie o podróży.",
            f"{given} odmówił posiłku w świetlicy.",
        ):
            obs = observations.record(
                officer,
                observations.ObservationInput(
                    subject_id=person.id,
                    facts=facts,
                    assessment="Spokojny; bez zmian.",
                    event_start="2026-10-01T10:30",
                    place="Spacerniak 2",
                    officer_duty="Nadzór",
                    other_explanations_none=True,  # considered: none identified
                ),
                submit_now=True,
            )
            reviews.accept(supervisor, obs.id, "Jasne.")
    officer.close()
    supervisor.close()
    usb = work / "usb"
    usb.mkdir()
    package = export.export_package(ws, usb).path
    ws_fingerprint = keys.own_workstation_fingerprint(ws)
    ws.close()
    return package, ws_fingerprint


def build(
    cluster: pg_cluster.Cluster,
    work: Path,
    dbname: str = "radprev_demo",
    kdf: KdfParams | None = None,
) -> Path:
    """Create the demo central office in a new database of `cluster`; its folder (central.json).

    `kdf` is for tests only (cheap Argon2 parameters); the demo calibrates as a real office.
    """
    cluster.create_database(dbname)
    passfile = work / "pgpass"
    passfile.write_text(
        f"127.0.0.1:{cluster.port}:{dbname}:{pg_cluster.SUPERUSER}:{cluster.password}\n"
    )
    passfile.chmod(0o600)
    folder = work / "central"
    database = CentralDatabase(
        host="127.0.0.1",
        port=cluster.port,
        dbname=dbname,
        user=pg_cluster.SUPERUSER,
        sslrootcert=str(cluster.ca_cert),
        passfile=str(passfile),
    )
    central = central_access.create_central(
        folder,
        database,
        establishment_code="PL-CO",
        establishment_name="Biuro Centralne (demo)",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        kdf=kdf,
    ).session
    users.add_user(
        central,
        "demo.analyst",
        ANALYST_PASSWORD,
        [Role.ANALYST],
        display_name="Demo analyst",
        must_change_password=False,
    )
    # Access by establishment: the analyst follows the demo prison (the administrator all).
    access_grants.grant_establishment(
        central, "demo.analyst", "Demo: the analyst follows PL-DEMO1.", "PL-DEMO1"
    )
    package, ws_fingerprint = workstation_package(work, central, kdf)
    report = importer.import_package(
        central, package.read_bytes(), file_name=package.name, enrol_fingerprint=ws_fingerprint
    )
    central.close()
    analysts_login(cluster, dbname, passfile, folder, database)
    print(f"Central store on {database.describe()} (deleted on exit): {folder}")
    print(f"Imported: {report.summary()}")
    return folder


def analysts_login(
    cluster: pg_cluster.Cluster, dbname: str, passfile: Path, folder: Path, owner: CentralDatabase
) -> None:
    """The app's connection uses a login that is neither owner nor superuser (README, IT step 4),
    so the server's row security is in force for what the analyst's account is granted."""
    role = f"{dbname}_analysts"
    password = secrets.token_urlsafe(24)
    con = cluster.connect(dbname)
    try:
        con.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
        con.execute(
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"'
        )
        con.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
        con.execute("INSERT INTO db_role_scopes VALUES (?, '*')", (role,))
    finally:
        con.close()
    with passfile.open("a") as fh:
        fh.write(f"127.0.0.1:{cluster.port}:{dbname}:{role}:{password}\n")
    settings_path(folder).write_text(replace(owner, user=role).to_json(), encoding="utf-8")


def main(argv: list[str]) -> int:
    venv = Path(argv[0] if argv else ".venv")
    cluster = pg_cluster.start()
    work = Path(tempfile.mkdtemp(prefix="radprev-central-demo-"))
    try:
        folder = build(cluster, work)
        print(f"Log in as admin / {ADMIN_PASSWORD} or demo.analyst / {ANALYST_PASSWORD}")
        env = dict(os.environ, RADPREV_DEMO_ACCOUNTS=DEMO_ACCOUNTS)
        app = [str(venv / "bin" / "radprev-desktop"), "--vault", str(folder), "--demo-accounts"]
        return subprocess.run([*app, *argv[1:]], env=env, check=False).returncode
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
