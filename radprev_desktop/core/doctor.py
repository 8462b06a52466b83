"""`radprev doctor`: cipher and SQLite integrity, key slots, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from radprev_desktop.core.audit import verify_chain
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import migrations
from radprev_desktop.core.vault.connection import cipher_version, integrity_problems


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
    registered = {
        r[0]: bytes(r[1]) for r in con.execute("SELECT slot_id, public_key FROM key_slots")
    }
    key_file = session.vault.read_keys()
    unknown = [s.slot_id for s in key_file.slots if registered.get(s.slot_id) != s.public_key]
    gens = key_file.generations()
    active_users = {
        r[0].casefold()
        for r in con.execute("SELECT username FROM users WHERE active = 1 AND removed_at IS NULL")
    }
    slot_users = {s.username.casefold() for s in key_file.slots if s.kind == "user"}
    removed_with_slot = sorted(
        r[0]
        for r in con.execute("SELECT username FROM users WHERE removed_at IS NOT NULL")
        if r[0].casefold() in slot_users
    )
    detail = f"{len(key_file.slots)} slots, key generation {gens[0] if gens else '?'}"
    slots_ok = not unknown and len(gens) == 1 and key_file.recovery_slot() is not None
    if unknown:
        detail += f"; {len(unknown)} slot(s) not registered in the database"
    if len(gens) != 1:
        detail += "; a rekey was interrupted (log in again to finish it)"
    if key_file.recovery_slot() is None:
        detail += "; no recovery slot"
    if removed_with_slot:
        slots_ok = False
        detail += f"; removed accounts still have slots: {', '.join(removed_with_slot)}"
    missing = sorted(active_users - slot_users)
    if missing:
        slots_ok = False
        detail += f"; active accounts without a slot: {', '.join(missing)}"
    report.add("key slots", slots_ok, detail)
    chain = verify_chain(con)
    report.add(
        "audit chain",
        chain.ok,
        f"{chain.entries} entries intact"
        if chain.ok
        else f"broken at {chain.broken_at}: {chain.reason}",
    )
    with session.transaction():
        session.audit("doctor_run", details={"ok": report.ok})
    return report
