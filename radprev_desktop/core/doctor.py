"""`radprev doctor`: cipher and SQLite integrity, key slots, key changes, backups, audit log.

`run` checks an open vault (after a login, which has already finished any
interrupted key change if the user is an administrator). `pre_login` checks
what can be seen without a key, for support staff at a workstation where nobody
can log in: versions, folder permissions, free disk space, that vault.db and
vault.keys are readable, the key file, an interrupted rekey, files left behind,
backup age and backups under an older key. A damaged database page makes the
check that met it fail with the reason; it never ends the run.
"""

from __future__ import annotations

import os
import platform
import shutil
import stat
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from radprev_desktop import __version__
from radprev_desktop.core import crypto, policy
from radprev_desktop.core.audit import verify_chain
from radprev_desktop.core.central_session import (
    CentralSession,
    is_central_folder,
    open_connection,
)
from radprev_desktop.core.errors import VaultDamaged, VaultError, VaultTooNew
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import access_changes, users
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import anchor_file, backup, database_file, migrations, postgres
from radprev_desktop.core.vault.connection import (
    NEW_VAULTS,
    cipher_version,
    engine_versions,
    integrity_problems,
    settings_of,
)
from radprev_desktop.core.vault.database_file import registered_slots
from radprev_desktop.core.vault.keys import KeyFile
from radprev_desktop.core.vault.store import Vault
from radprev_desktop.core.vault_folder import access_problem, machine_vault_folder

BACKUP_MAX_AGE_DAYS = 7
MIN_FREE_BYTES = 200 * 1024 * 1024


def component_versions() -> dict[str, str]:
    """radprev, Python, SQLCipher and SQLite versions (About, doctor, crash reports)."""
    cipher, sqlite = engine_versions()
    return {
        "radprev": __version__,
        "Python": platform.python_version(),
        "SQLCipher": cipher,
        "SQLite": sqlite,
        "platform": f"{platform.system()} {platform.release()} ({sys.platform})",
    }


@dataclass
class DoctorReport:
    """Each check with its outcome; `ok` when every check passed."""

    checks: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(passed for _, passed, _ in self.checks)

    def add(self, name: str, passed: bool, detail: str) -> None:
        self.checks.append((name, passed, detail))

    @property
    def text(self) -> str:
        return "\n".join(
            f"{'ok  ' if passed else 'FAIL'} {name}: {detail}"
            for name, passed, detail in self.checks
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": [{"name": n, "ok": p, "detail": d} for n, p, d in self.checks],
        }


def damaged(exc: Exception) -> str:
    """What a DatabaseError from a vault means, in words (SQLite's reason holds no data)."""
    return f"the database is damaged or unreadable ({exc}); restore the newest backup"


#: What a login raises when it meets a damaged page: the DatabaseError itself, or the
#: login's VaultDamaged refusal that carries it as its cause.
READ_FAILURES = (sqlcipher3.dbapi2.DatabaseError, VaultDamaged)


def database_cause(exc: BaseException) -> sqlcipher3.dbapi2.DatabaseError | None:
    """The damaged page's DatabaseError behind `exc`; None for other damage (an edited
    key file), which keeps its own refusal."""
    for candidate in (exc, exc.__cause__):
        if isinstance(candidate, sqlcipher3.dbapi2.DatabaseError):
            return candidate
    return None


def _guarded(report: DoctorReport, name: str, check: Callable[[], None]) -> bool:
    """Run one check; a damaged page (DatabaseError) fails that check with the reason."""
    try:
        check()
    except sqlcipher3.dbapi2.DatabaseError as exc:
        report.add(name, False, damaged(exc))
        return False
    return True


def run(session: Session) -> DoctorReport:
    """Run every check (read-only apart from its own audit entry); administrator or auditor."""
    policy.require(session, Permission.CHECK_VAULT)
    report = DoctorReport()
    if isinstance(session, CentralSession):
        return _run_central(session, report)
    con = session.con
    report.add("cipher", True, f"SQLCipher {cipher_version(con)}")
    pages = settings_of(con)
    older = (
        ""
        if pages == NEW_VAULTS
        else f" (older vault: `radprev rekey` moves it to {NEW_VAULTS.hmac_algorithm})"
    )
    report.add("page HMAC", True, pages.hmac_algorithm + older)

    def schema() -> None:
        version = migrations.current_version(con)
        report.add(
            "schema",
            version == migrations.latest_version(),
            f"version {version} of {migrations.latest_version()}",
        )

    def integrity() -> None:
        problems = integrity_problems(con)
        report.add("database integrity", not problems, "; ".join(problems[:5]) or "ok")

    _guarded(report, "schema", schema)
    _guarded(report, "database integrity", integrity)
    key_file = session.vault.read_keys()
    anchor = _key_file_check(session, key_file, report)
    _guarded(report, "key slots", lambda: _slot_check(session, key_file, report))
    _guarded(report, "key changes", lambda: _access_change_check(session, report))
    _backup_check(session.vault, key_file, report)

    def chain_check() -> None:
        chain = verify_chain(con, anchor.anchor, anchor.problem) if anchor else verify_chain(con)
        report.add(
            "audit chain",
            chain.ok,
            f"{chain.entries} entries intact, anchored in vault.anchor"
            if chain.ok
            else f"broken at {chain.broken_at}: {chain.reason}",
        )

    _guarded(report, "audit chain", chain_check)

    def record() -> None:
        with session.transaction():
            session.audit("doctor_run", details={"ok": report.ok})

    _guarded(report, "audit entry of this run", record)
    return report


# Tables whose rows the server hides from a database login outside their establishment.
_ROW_SECURED = ("subjects", "observations", "reviews", "checklist_runs", "tombstones")


def _pre_login_central(folder: Path, report: DoctorReport) -> DoctorReport:
    """A central store's folder: its settings, and a TLS + SCRAM connection to the server."""
    try:
        con = open_connection(folder)
    except VaultError as exc:  # unreadable settings, no TLS, refused password …
        report.add("central store", False, str(exc))
        return report
    try:
        version = migrations.current_version(con)
        report.add(
            "central store",
            version == migrations.latest_version(),
            f"{con.database.describe()}: schema {version} of {migrations.latest_version()}",
        )
    finally:
        con.close()
    return report


def _run_central(session: CentralSession, report: DoctorReport) -> DoctorReport:
    """A central store on PostgreSQL: the connection, schema, row security and audit chain."""
    con = session.con
    version, ssl, tls = postgres.server_state(con)
    report.add("server", bool(ssl), f"PostgreSQL {version}, {tls if ssl else 'NO TLS'}")
    schema = migrations.current_version(con)
    latest = migrations.latest_version()
    report.add("schema", schema == latest, f"version {schema} of {latest}")
    secured = postgres.forced_row_security(con, list(_ROW_SECURED))
    missing = sorted(set(_ROW_SECURED) - secured)
    report.add(
        "row security",
        not missing,
        "on for every record table" if not missing else f"off for {', '.join(missing)}",
    )
    chain = verify_chain(con)
    report.add(
        "audit chain",
        chain.ok,
        f"{chain.entries} entries intact"
        if chain.ok
        else f"broken at {chain.broken_at}: {chain.reason}",
    )
    with session.transaction():
        session.audit("doctor_run", details={"ok": report.ok, "store": "postgresql"})
    return report


def _folder_checks(folder: Path, report: DoctorReport) -> bool:
    """Permissions and free space of the vault folder; False when it cannot be used."""
    problem = access_problem(folder)
    if problem is not None:
        report.add("folder permissions", False, str(problem))
        return False
    if not folder.is_dir():
        report.add("folder permissions", False, f"{folder} does not exist (no vault yet)")
        return False
    mode = folder.stat().st_mode
    detail = f"{folder}, mode {stat.filemode(mode)}"
    ok = True
    if folder == machine_vault_folder() and os.name == "posix":
        ok = bool(mode & stat.S_ISGID) and not mode & stat.S_IRWXO
        if not ok:
            detail += " (expected drwxrws---: group radprev, setgid, nothing for others)"
    elif os.name == "posix" and mode & stat.S_IRWXO:
        ok = False
        detail += " (others may enter it: chmod o-rwx)"
    report.add("folder permissions", ok, detail)
    usage = shutil.disk_usage(folder)
    db = folder / "vault.db"
    need = max(MIN_FREE_BYTES, 3 * db.stat().st_size if db.exists() else 0)
    report.add(
        "disk space",
        usage.free >= need,
        f"{usage.free // 2**20} MiB free"
        + ("" if usage.free >= need else f"; at least {need // 2**20} MiB are needed"),
    )
    return True


def _files_readable(folder: Path, report: DoctorReport) -> bool:
    problems = []
    for name in ("vault.db", "vault.keys"):
        path = folder / name
        try:
            with open(path, "rb") as fh:
                fh.read(4096)
        except FileNotFoundError:
            problems.append(f"{name} is missing")
        except OSError as exc:
            problems.append(f"{name}: {exc.strerror}")
    report.add(
        "vault files", not problems, "; ".join(problems) or "vault.db and vault.keys readable"
    )
    return not problems


def _backup_age(folder: Path, report: DoctorReport) -> None:
    kept = backup.list_backups(folder)
    if not kept:
        report.add("backup age", False, "no backup yet (radprev backup)")
        return
    age_days = (time.time() - kept[0].path.stat().st_mtime) / 86400
    report.add(
        "backup age",
        age_days <= BACKUP_MAX_AGE_DAYS,
        f"newest backup {age_days:.0f} day(s) old"
        + ("" if age_days <= BACKUP_MAX_AGE_DAYS else f" (older than {BACKUP_MAX_AGE_DAYS})"),
    )


def pre_login(folder: Path) -> DoctorReport:
    """What can be checked without logging in (no key); see the module docstring."""
    report = DoctorReport()
    versions = component_versions()
    report.add("versions", True, ", ".join(f"{k} {v}" for k, v in versions.items()))
    if is_central_folder(folder):
        return _pre_login_central(folder, report)
    if not _folder_checks(folder, report) or not _files_readable(folder, report):
        return report
    _backup_age(folder, report)
    vault = Vault(folder)
    try:
        key_file = vault.read_keys()
    except VaultTooNew:
        raise  # a vault of a later version: one refusal in the user's words (decision 0034)
    except VaultError as exc:
        report.add("key file", False, str(exc))
        return report
    sealed = key_file.version >= 2 and bool(key_file.macs)
    report.add(
        "key file",
        sealed,
        f"{len(key_file.slots)} slots, sealed (checked at login)"
        if sealed
        else "written by an older version, without a seal (sealed at the next login)",
    )
    _anchor_file_check(vault, key_file, report)
    gens = key_file.generations()
    report.add(
        "key generations",
        len(gens) == 1,
        f"generation {gens[0]}"
        if len(gens) == 1
        else "a rekey was interrupted: log in as an administrator to finish it",
    )
    leftovers = database_file.leftovers(vault.folder)
    report.add(
        "leftover files",
        not leftovers,
        ", ".join(p.name for p in leftovers) + " (removed at the next login)"
        if leftovers
        else "none",
    )
    _backup_check(vault, key_file, report)
    return report


def _anchor_file_check(vault: Vault, key_file: KeyFile, report: DoctorReport) -> None:
    """vault.anchor is there and whole (its seal needs the key: checked at every login)."""
    if not key_file.anchor_in_file:
        report.add("audit anchor", True, "in vault.keys (moved to vault.anchor at the next login)")
        return
    data = anchor_file.read_bytes(vault.anchor_path)
    whole = data is not None and len(data) == anchor_file.FILE_BYTES
    report.add(
        "audit anchor",
        whole and bool(anchor_file.parse_slots(data or b"")),
        "vault.anchor present (its seal is checked at login)"
        if whole
        else "vault.anchor is missing or cut short: the next login records this as tampering "
        "with the audit log; restore the vault from a backup if the log matters",
    )


def _key_file_check(session: Session, key_file: KeyFile, report: DoctorReport) -> Any:
    try:
        anchor = session.vault.anchor_reading(session.vault_key)
    except VaultError as exc:
        report.add("key file", False, str(exc))
        return None
    kdf = key_file.kdf_default
    floor = crypto.KDF_FLOOR
    detail = f"sealed; Argon2id t={kdf.time_cost}, {kdf.memory_kib // 1024} MiB"
    if kdf.time_cost < floor.time_cost or kdf.memory_kib < floor.memory_kib:
        detail += " (below the floor t=3, 64 MiB: set explicitly when the vault was created)"
    report.add("key file", True, detail)
    return anchor


def _slot_check(session: Session, key_file: KeyFile, report: DoctorReport) -> None:
    con = session.con
    registered = registered_slots(con)
    unknown = [
        s.slot_id
        for s in key_file.slots
        if registered.get(s.slot_id, ("", "", b""))[2] != s.public_key
    ]
    gens = key_file.generations()
    rows = users.account_states(con)
    active = {str(r[0]).casefold() for r in rows if r[1] and r[2] is None}
    removed = {str(r[0]).casefold() for r in rows if r[2] is not None}
    disabled = {str(r[0]).casefold() for r in rows if not r[1] and r[2] is None}
    slot_users = {s.username.casefold(): s.username for s in key_file.slots if s.kind == "user"}
    detail = f"{len(key_file.slots)} slots, key generation {gens[0] if gens else '?'}"
    ok = not unknown and len(gens) == 1 and key_file.recovery_slot() is not None
    if unknown:
        detail += f"; {len(unknown)} slot(s) not registered in the database"
    if len(gens) != 1:
        detail += "; a rekey was interrupted (log in again to finish it)"
    if key_file.recovery_slot() is None:
        detail += "; no recovery slot"
    for label, names in (
        ("removed accounts still have slots", removed),
        ("disabled accounts still have slots", disabled),
    ):
        left = sorted(slot_users[n] for n in names if n in slot_users)
        if left:
            ok = False
            detail += f"; {label}: {', '.join(left)} (run `radprev rekey`)"
    missing = sorted(active - set(slot_users))
    if missing:
        ok = False
        detail += f"; active accounts without a slot: {', '.join(missing)}"
    report.add("key slots", ok, detail)


def _access_change_check(session: Session, report: DoctorReport) -> None:
    intent = access_changes.pending(session)
    if intent is None:
        report.add("key changes", True, "none interrupted")
        return
    verb = "removal" if intent.get("action") == access_changes.REMOVE else "disabling"
    command = "remove" if intent.get("action") == access_changes.REMOVE else "disable"
    report.add(
        "key changes",
        False,
        f"the {verb} of {intent.get('username')} was interrupted; log in as an administrator "
        f"or run `radprev user {command} {intent.get('username')}` again to finish it",
    )


def _backup_check(vault: Vault, key_file: KeyFile, report: DoctorReport) -> None:
    gens = key_file.generations()
    if not gens:
        return
    stale = backup.stale_backups(vault.folder, gens[0], key_file.key_ids.get(gens[0], ""))
    kept = backup.list_backups(vault.folder)
    report.add(
        "backups",
        not stale,
        f"{len(kept)} backup(s) under the current key"
        if not stale
        else f"{len(stale)} backup(s) under an older key or incomplete "
        "(they may open with removed accounts' passwords); an administrator's login deletes them",
    )
