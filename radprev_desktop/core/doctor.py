"""`radprev doctor`: cipher and SQLite integrity, key slots, key changes, backups, audit log.

`run` checks an open vault (after a login, which has already finished any
interrupted key change if the user is an administrator). `pre_login` checks
what can be seen without a key: the key file, an interrupted rekey, files left
behind, backups under an older key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from radprev_desktop.core import crypto
from radprev_desktop.core.audit import verify_chain
from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.services import access_changes
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import backup, migrations
from radprev_desktop.core.vault.connection import cipher_version, integrity_problems
from radprev_desktop.core.vault.keys import KeyFile
from radprev_desktop.core.vault.store import Vault, registered_slots


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


def run(session: Session) -> DoctorReport:
    """Run every check (read-only apart from its own audit entry)."""
    report = DoctorReport()
    con = session.con
    report.add("cipher", True, f"SQLCipher {cipher_version(con)}")
    version = migrations.current_version(con)
    report.add(
        "schema",
        version == migrations.latest_version(),
        f"version {version} of {migrations.latest_version()}",
    )
    problems = integrity_problems(con)
    report.add("database integrity", not problems, "; ".join(problems[:5]) or "ok")
    key_file = session.vault.read_keys()
    anchor = _key_file_check(session, key_file, report)
    _slot_check(session, key_file, report)
    _access_change_check(session, report)
    _backup_check(session.vault, key_file, report)
    chain = verify_chain(con, anchor)
    report.add(
        "audit chain",
        chain.ok,
        f"{chain.entries} entries intact, anchored in vault.keys"
        if chain.ok
        else f"broken at {chain.broken_at}: {chain.reason}",
    )
    with session.transaction():
        session.audit("doctor_run", details={"ok": report.ok})
    return report


def pre_login(folder: Path) -> DoctorReport:
    """What can be checked without logging in (no key): key file, leftovers, old backups."""
    report = DoctorReport()
    vault = Vault(folder)
    try:
        key_file = vault.read_keys()
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
    gens = key_file.generations()
    report.add(
        "key generations",
        len(gens) == 1,
        f"generation {gens[0]}"
        if len(gens) == 1
        else "a rekey was interrupted: log in as an administrator to finish it",
    )
    leftovers = vault.leftovers()
    report.add(
        "leftover files",
        not leftovers,
        ", ".join(p.name for p in leftovers) + " (removed at the next login)"
        if leftovers
        else "none",
    )
    _backup_check(vault, key_file, report)
    return report


def _key_file_check(session: Session, key_file: KeyFile, report: DoctorReport) -> Any:
    try:
        anchor = session.vault.audit_anchor(session.vault_key)
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
    rows = con.execute("SELECT username, active, removed_at FROM users").fetchall()
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
