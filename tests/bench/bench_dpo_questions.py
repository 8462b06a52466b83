"""The DPO's questions on a large audit log, on SQLCipher and PostgreSQL (issue 14 item 7).

A central office (SQLCipher vault, and a PostgreSQL store on a throw-away cluster) is
given prisoners by core/demo_central.py and an audit log of `BENCH_SCALE` × 500,000
entries over a year, chained like the log (audit.entry_hash) and written in bulk:
consultations of those files (object id, or the file's id in the details of a list),
disclosures, logins and writes, with purposes of every kind (about 2 % stating none).
Each question is asked through the service (`dpo_questions.ask`, the filter in SQL:
`audit.select_entries`) and compared with a bare query: the statement the service runs
(`audit.selection_sql`) executed directly on the engine's connection (no service, no
AuditEntry). "Before" is how the questions were answered until this change: the log
read into Python entry by entry (`audit.read_entries`) and filtered there; it is timed
on the first 100,000 entries only (the whole log would not fit this shared machine).
"Without the indexes": the same questions on the same store once the audit indexes of
migrations 0015 (`audit (at, action)`) and 0016 (by object id, and by the file id in the
details) are dropped, as the log was before them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from radprev_desktop.core import audit, audit_schema, demo_central
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import central_access, dpo_questions, users
from radprev_desktop.core.services.dpo_questions import CONSULTATIONS, DISCLOSURES, DpoQuestion
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of
from radprev_desktop.core.vault.postgres import CentralDatabase
from tests import pg_cluster
from tests.factories import ADMIN, ADMIN_PASSWORD, FAST_KDF, create_vault

ENTRIES = 500_000
CHUNK = 50_000
START = datetime(2025, 7, 1, tzinfo=UTC)  # a year of entries from here
PERIOD = ("2026-01-01", "2026-01-31")  # one month of it
BEFORE = 100_000  # entries the former way reads (the whole log would not fit the machine)
PASSWORD = "Bench-dpo-2026!"
CONSULTED = sorted(CONSULTATIONS)
OTHER_ACTIONS = ("login", "logout", "settings_changed", "observation_submitted")
STAFF = ("olga", "stefan", "marek", "ana", "ewa")
MARKS = ", ".join("?" for _ in audit_schema.FIELDS)
PURPOSES = ("review: monthly file review", "supervision: weekly", "complaint: case 12", "")
#: The audit log's indexes for these questions: by time then action (migration 0015); by
#: object and by the file named in a list's details (0016).
Figure = tuple[float, int, float]  # best wall seconds, rows, best CPU seconds (_timed)
INDEXES = ("audit_by_time", "audit_by_object_id", "audit_by_file")


def _fill(admin: Session, entries: int) -> list[str]:
    """Prisoners (demo_central) and `entries` audit entries over a year; the files' ids.

    The entries continue the log's hash chain (audit.entry_hash) and are written in bulk
    (executemany on SQLCipher, COPY on PostgreSQL): one by one through the session, the
    PostgreSQL fill alone took 4 s per thousand entries (a round trip and the head lock
    each), and the fill is not what is measured."""
    users.add_user(
        admin,
        "aida",
        PASSWORD,
        [Role.AUDITOR],
        display_name="Aida DPO",
        staff_code="DPO",
        must_change_password=False,
    )
    demo_central.generate_central(admin, observations=2_000, establishments=4, seed=14)
    files = [str(r[0]) for r in admin.con.execute("SELECT id FROM subjects").fetchall()]
    rng = random.Random(14)
    step = timedelta(days=365) / entries
    seq, prev = audit.head(admin.con)
    for first in range(0, entries, CHUNK):
        seq, prev = _write_chunk(
            admin, rng, files, (first, min(entries, first + CHUNK)), (seq, prev), step
        )
    return files


def _write_chunk(
    admin: Session,
    rng: random.Random,
    files: list[str],
    span: tuple[int, int],
    head: tuple[int, str],
    step: timedelta,
) -> tuple[int, str]:
    """Entries span[0]..span[1] of the fill, chained on `head`; the new head."""
    seq, prev = head
    with admin.transaction() as con:
        rows = []
        for n in range(*span):
            roll = rng.random()
            action = (
                rng.choice(CONSULTED)
                if roll < 0.7
                else rng.choice(sorted(DISCLOSURES))
                if roll < 0.75
                else rng.choice(OTHER_ACTIONS)
            )
            about = rng.choice(files)
            listed = rng.random() < 0.3
            why = PURPOSES[3] if rng.random() < 0.02 else rng.choice(PURPOSES[:3])
            seq += 1
            at = (START + step * n).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            details = json.dumps({"subject_id": about, "rows": 12} if listed else {})
            cells = (
                at,
                rng.choice(STAFF),
                admin.workstation_id,
                action,
                "subjects" if listed else "subject",
                "" if listed else about,
                why,
                "Probation service" if action in DISCLOSURES else "",
                details,
            )
            digest = audit.entry_hash(prev, seq, *cells)
            rows.append((seq, *cells, prev, digest))
            prev = digest
        if dialect_of(con).is_postgresql:
            con.copy_rows("audit", audit_schema.FIELDS, rows)  # type: ignore[attr-defined]
        else:
            con.executemany(f"INSERT INTO audit({audit_schema.COLUMNS}) VALUES ({MARKS})", rows)
        con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{prev}",))
    return seq, prev


def _timed(call: Callable[[], Any], repeat: int = 3) -> Figure:
    """Best wall time, the rows, and the best CPU time of this process (on a shared, loaded
    machine the CPU time is the steadier figure; for PostgreSQL it is the client's only)."""
    best, rows, cpu = float("inf"), 0, float("inf")
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        found = call()
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
        rows = len(found)
    return best, rows, cpu


def _bare(con: Any, **where: Any) -> list[Any]:
    """The service's own statement, run on the connection: rows only, no AuditEntry."""
    options = {"date_from": None, "date_to": None, "about": (), "named": (), "purposes": ()}
    options |= where
    sql, params = audit.selection_sql(
        con,
        CONSULTED,
        options["date_from"],
        options["date_to"],
        (options["about"], options["named"], "subject_id"),
        options["purposes"],
    )
    return con.execute(sql, params).fetchall()


def _measure(
    dpo: Session, about: str, period: tuple[str, str], *, former: bool = True
) -> dict[str, Figure]:
    con = dpo.con
    days = {"date_from": period[0], "date_to": period[1]}
    end = (date.fromisoformat(period[1]) + timedelta(days=1)).isoformat()
    blanks = sorted({"", "other", "other:", "-", "—"})
    figures = {
        "consulted": _timed(
            lambda: dpo_questions.ask(dpo, DpoQuestion.CONSULTED, subject_id=about).rows
        ),
        "consulted bare": _timed(lambda: _bare(con, about=[about], named=[about])),
        "no purpose": _timed(lambda: dpo_questions.ask(dpo, DpoQuestion.NO_PURPOSE, **days).rows),
        "no purpose bare": _timed(
            lambda: _bare(con, date_from=period[0], date_to=end, purposes=blanks)
        ),
        "exports": _timed(lambda: dpo_questions.ask(dpo, DpoQuestion.EXPORTS, **days).rows),
    }
    if former:
        figures["before: whole log in Python"] = _timed(
            lambda: audit.read_entries(con, limit=BEFORE), repeat=1
        )
    return figures


def _without_index(folder: Path, about: str) -> dict[str, Figure]:
    """The same questions once the administrator has dropped the indexes of migrations 0015
    and 0016 (what the log had before them), on the same store and data."""
    admin = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD).session
    try:
        with admin.transaction() as con:
            for name in INDEXES:
                con.execute(f"DROP INDEX {name}")
    finally:
        admin.close()
    dpo = VaultAccess(folder).login("aida", PASSWORD).session
    try:
        found = _measure(dpo, about, PERIOD, former=False)
        return {f"{k} (no index)": v for k, v in found.items()}
    finally:
        dpo.close()


def _sqlcipher(base: Path, entries: int) -> tuple[dict[str, Figure], float]:
    admin, _ = create_vault(base / "lite", Mode.CENTRAL, "PL-CZ")
    try:
        started = time.perf_counter()
        files = _fill(admin, entries)
        fill_s = time.perf_counter() - started
    finally:
        admin.close()
    dpo = VaultAccess(base / "lite").login("aida", PASSWORD).session
    about = files[len(files) // 2]
    try:
        figures = _measure(dpo, about, PERIOD)
    finally:
        dpo.close()
    return figures | _without_index(base / "lite", about), fill_s


def _postgresql(base: Path, entries: int) -> tuple[dict[str, Figure], float]:
    cluster = pg_cluster.start()
    try:
        cluster.create_database("bench")
        passfile = base / "pgpass"
        passfile.write_text(
            f"127.0.0.1:{cluster.port}:bench:{pg_cluster.SUPERUSER}:{cluster.password}\n"
        )
        passfile.chmod(0o600)
        folder = base / "pg-central"
        created = central_access.create_central(
            folder,
            CentralDatabase(
                host="127.0.0.1",
                port=cluster.port,
                dbname="bench",
                user=pg_cluster.SUPERUSER,
                sslrootcert=str(cluster.ca_cert),
                passfile=str(passfile),
            ),
            establishment_code="PL-CZ",
            establishment_name="Centrala Testowa",
            admin_username=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=FAST_KDF,
        )
        try:
            started = time.perf_counter()
            files = _fill(created.session, entries)
            fill_s = time.perf_counter() - started
            created.session.con.execute("ANALYZE")
        finally:
            created.session.close()
        dpo = VaultAccess(folder).login("aida", PASSWORD).session
        about = files[len(files) // 2]
        try:
            figures = _measure(dpo, about, PERIOD)
        finally:
            dpo.close()
        return figures | _without_index(folder, about), fill_s
    finally:
        cluster.stop()


def run() -> str:
    """Figures for `make bench`."""
    scale = float(os.environ.get("BENCH_SCALE", "1"))
    entries = max(1_000, int(ENTRIES * scale))
    base = Path(tempfile.mkdtemp(prefix="radprev-bench-dpo-"))
    try:
        lite, lite_fill = _sqlcipher(base, entries)
        pg, pg_fill = _postgresql(base, entries)
    finally:
        shutil.rmtree(base, ignore_errors=True)

    def cell(f: dict[str, Figure], name: str, bare: str | None = None) -> str:
        seconds, rows, cpu = f[name]
        text = f"{seconds * 1000:,.1f} ms, CPU {cpu * 1000:,.1f} ms ({rows:,} rows)"
        if bare:
            text += f", {seconds / max(f[bare][0], 1e-9):.2f}× bare"
        return text

    lines = [
        "## DPO questions on a large audit log (issue 14)\n",
        f"{entries:,} audit entries over a year on each store (BENCH_SCALE={scale}; chained "
        f"and written in bulk in {lite_fill:.0f} s on SQLCipher, {pg_fill:.0f} s on "
        "PostgreSQL): 70 % consultations of demo_central's prisoners (by object id, or the "
        "file's id in the details of a list), 5 % disclosures, the rest logins and writes; "
        "about 2 % without a purpose. The service (`dpo_questions.ask`, filter in SQL) against "
        "a bare query: the service's own SQL statement run on the same connection (rows "
        "only); best of 3, wall time and this process's CPU time (for PostgreSQL the "
        "client's only). *Before*: the former way (every entry read into Python, then "
        f"filtered), timed on the first {BEFORE:,} entries.\n",
        "| question | SQLCipher | PostgreSQL |\n|---|---|---|",
        f"| who consulted one file (whole log) | {cell(lite, 'consulted', 'consulted bare')} | "
        f"{cell(pg, 'consulted', 'consulted bare')} |",
        f"| bare query of it | {cell(lite, 'consulted bare')} | {cell(pg, 'consulted bare')} |",
        f"| consultations without a purpose, one month | "
        f"{cell(lite, 'no purpose', 'no purpose bare')} | "
        f"{cell(pg, 'no purpose', 'no purpose bare')} |",
        f"| bare query of it | {cell(lite, 'no purpose bare')} | {cell(pg, 'no purpose bare')} |",
        f"| exports and disclosures, one month | {cell(lite, 'exports')} | {cell(pg, 'exports')} |",
        f"| without the indexes (0015, 0016): who consulted one file | "
        f"{cell(lite, 'consulted (no index)')} | {cell(pg, 'consulted (no index)')} |",
        f"| without it: consultations without a purpose, one month | "
        f"{cell(lite, 'no purpose (no index)')} | {cell(pg, 'no purpose (no index)')} |",
        f"| without it: bare query of it | {cell(lite, 'no purpose bare (no index)')} | "
        f"{cell(pg, 'no purpose bare (no index)')} |",
        f"| without it: exports and disclosures, one month | "
        f"{cell(lite, 'exports (no index)')} | {cell(pg, 'exports (no index)')} |",
        f"| before: reading {BEFORE:,} entries into Python | "
        f"{cell(lite, 'before: whole log in Python')} | "
        f"{cell(pg, 'before: whole log in Python')} |",
    ]
    return "\n".join(lines) + "\n"
