"""Kill `user remove` / `user disable` part-way, then check what the crash left.

Shared by `test_revocation_kills.py` (reduced, in `make test`) and
`tests/torture/torture_revocation.py` (≥ 300 kills, `make torture`).

After each kill:
1. the state is classified without trusting doctor: *untouched* (olga still
   has her slot and the old key still opens the vault), *done* (no slot, the
   account removed or disabled, nothing pending, her old key opens neither
   vault.db nor any backup) or *interrupted* (anything in between);
2. doctor, run by a non-administrator (whose login finishes nothing), must fail
   for every interrupted state;
3. an administrator logs in (which finishes the job) and, if the command had not
   started, runs it again, as an administrator who saw no success message would;
4. then olga's saved vault.keys and password open nothing — neither vault.db nor
   any backup — her password is refused, doctor is clean, the others still get
   in and nothing else was lost.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from radprev_desktop.core import crypto, doctor
from radprev_desktop.core.errors import VaultDamaged, WrongPassword
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_changes, users, vault_access
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import backup
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.connection import NEW_VAULTS, connect_readonly, connect_recorded
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, create_vault

ROOT = Path(__file__).resolve().parents[2]
FILLER_ROWS_PER_MIB = 256


@dataclass(frozen=True)
class Outcome:
    """One kill: when, what state it left, and whether doctor saw it."""

    action: str
    finished: bool  # the child printed "finished" before the kill
    state: str  # "untouched", "interrupted" or "done"
    doctor_failed: bool  # doctor (non-administrator) before recovery
    rerun: bool  # the command had to be run again


def prepare_template(folder: Path, filler_mib: int) -> bytes:
    """A vault with admin, olga, stefan and dora (auditor: doctor without finishing the
    job), filler data and two backups; returns olga's vault.keys."""
    session, _ = create_vault(folder)
    for name, role in (("olga", Role.OFFICER), ("stefan", Role.SUPERVISOR), ("dora", Role.AUDITOR)):
        users.add_user(session, name, PASSWORD, [role], must_change_password=False)
    if filler_mib:
        # Bulk so the rekey and backups take long enough to be killed in the middle.
        with session.transaction() as con:
            con.execute("CREATE TABLE filler (blob BLOB)")
            con.executemany(
                "INSERT INTO filler VALUES (?)",
                [(os.urandom(4096),) for _ in range(FILLER_ROWS_PER_MIB * filler_mib)],
            )
    vault_access.create_backup(session)
    vault_access.create_backup(session)
    session.close()
    return (folder / "vault.keys").read_bytes()  # what olga could have copied


def copy_vault(template: Path, target: Path) -> None:
    shutil.copytree(template, target)


def start_child(folder: Path, action: str, point: str = "none") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.security.revocation_helper", str(folder), action, point],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    child.stdin.write(f"{ADMIN}\n{ADMIN_PASSWORD}\n")
    child.stdin.close()
    child.stdin = None  # communicate() must not flush it again
    return child


def run_killed(folder: Path, action: str, *, delay: float | None, point: str = "none") -> bool:
    """Run the command in a child; SIGKILL it `delay` s after it is ready. True if it finished."""
    child = start_child(folder, action, point)
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready.strip() == "ready", (ready, child.stderr.read() if child.stderr else "")
    if delay is not None:
        time.sleep(delay)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=300)
    assert child.returncode in (0, 9, -signal.SIGKILL), err[-2000:]
    return "finished" in out


def time_full_run(template: Path, work: Path, action: str) -> float:
    """Seconds from "ready" to the end of an uninterrupted run (to spread the kills over)."""
    folder = work / f"timing-{action}"
    copy_vault(template, folder)
    child = start_child(folder, action)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    start = time.perf_counter()
    line = child.stdout.readline()  # the command's own end, not the interpreter's
    elapsed = time.perf_counter() - start
    out, err = child.communicate(timeout=300)
    assert child.returncode == 0 and line.strip() == "finished", (line, out, err[-2000:])
    shutil.rmtree(folder)
    return elapsed


def olga_old_keys(saved_keys: bytes) -> list[crypto.SecretBytes]:
    """Every vault key olga's saved vault.keys and her password unseal."""
    key_file = slots.parse_key_file(saved_keys)
    slot = key_file.slot_for("olga")
    assert slot is not None
    secret = crypto.secret_from_text(PASSWORD)
    private = slots.unwrap_private(slot, key_file.vault_id, secret)
    secret.wipe()
    assert private is not None
    found = []
    for gen in slot.sealed:
        key = slots.unseal_generation(slot, key_file.vault_id, private, gen)
        assert key is not None
        found.append(key)
    private.wipe()
    return found


def what_olga_opens(folder: Path, saved_keys: bytes) -> list[str]:
    """Files olga's saved keys + password (or her password with a backup's keys) open."""
    opened: list[str] = []
    keys = olga_old_keys(saved_keys)
    copies = sorted(p / "vault.db" for p in backup.backups_dir(folder).glob(f"{backup.PREFIX}*"))
    databases = [folder / "vault.db", *copies]
    for db in databases:
        if not db.exists():
            continue
        for key in keys:
            try:
                # Either page setting (decision 0030): connect_recorded tries both.
                if db.parent == folder:
                    connect_recorded(db, key, NEW_VAULTS).close()
                else:
                    connect_readonly(db, key).close()
                opened.append(str(db.relative_to(folder)))
            except (WrongPassword, VaultDamaged):
                continue
            except Exception:  # a half-written copy: it opens nothing either
                continue
    for folder_of_backup in sorted(backup.backups_dir(folder).glob(f"{backup.PREFIX}*")):
        secret = crypto.secret_from_text(PASSWORD)
        try:
            backup.open_backup(folder_of_backup, "olga", secret).close()
            opened.append(f"{folder_of_backup.name} with her password")
        except (WrongPassword, VaultDamaged):
            pass
        finally:
            secret.wipe()
    for key in keys:
        key.wipe()
    return opened


def classify(folder: Path, action: str, saved_keys: bytes) -> tuple[str, bool]:
    """The state a kill left, and whether doctor (non-administrator) failed."""
    opens = what_olga_opens(folder, saved_keys)
    has_slot = Vault(folder).read_keys().slot_for("olga") is not None
    stefan = VaultAccess(folder).login("stefan", PASSWORD).session
    try:
        olga = users.find_user(stefan.con, "olga")
        assert olga is not None
        intent = access_changes.pending(stefan)
    finally:
        stefan.close()
    # Doctor needs an administrator or auditor; an auditor's login finishes nothing.
    dora = VaultAccess(folder).login("dora", PASSWORD).session
    try:
        report = doctor.run(dora)
    finally:
        dora.close()
    target = olga.removed if action == "remove" else (not olga.active and not olga.removed)
    if has_slot and olga.active and intent is None and "vault.db" in opens:
        state = "untouched"
    elif not has_slot and target and intent is None and not opens:
        state = "done"
    else:
        state = "interrupted"
    return state, not report.ok


def recover_and_check(folder: Path, action: str, saved_keys: bytes, filler_rows: int) -> bool:
    """Administrator login (finishes the job), re-run if needed, then the final checks."""
    result = VaultAccess(folder).login(ADMIN, ADMIN_PASSWORD)
    admin = result.session
    try:
        olga = users.get_user(admin, "olga")
        done = olga.removed if action == "remove" else not olga.active
        rerun = not done
        if rerun:
            if action == "remove":
                vault_access.remove_user(admin, "olga")
            else:
                vault_access.disable_user(admin, "olga")
        report = doctor.run(admin)
        assert report.ok, report.text
        if filler_rows:
            count = admin.con.execute("SELECT count(*) FROM filler").fetchone()[0]
            assert count == filler_rows
    finally:
        admin.close()
    assert what_olga_opens(folder, saved_keys) == []
    try:
        VaultAccess(folder).login("olga", PASSWORD).session.close()
        raise AssertionError("olga's password still opens the vault")
    except WrongPassword:
        pass
    stefan = VaultAccess(folder).login("stefan", PASSWORD).session
    assert stefan.con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    stefan.close()
    assert not (folder / "vault.db.rekey").exists()
    return rerun


def one_kill(
    template: Path,
    work: Path,
    saved_keys: bytes,
    action: str,
    *,
    delay: float | None,
    point: str = "none",
    filler_rows: int = 0,
    tag: str = "",
) -> Outcome:
    """Copy the template, run the command killed at `delay` or `point`, check everything."""
    folder = work / f"{action}-{tag or point}"
    copy_vault(template, folder)
    try:
        finished = run_killed(folder, action, delay=delay, point=point)
        state, doctor_failed = classify(folder, action, saved_keys)
        if state == "interrupted":
            assert doctor_failed, f"doctor passed an interrupted {action} ({folder})"
        if finished:
            assert state == "done", state
        rerun = recover_and_check(folder, action, saved_keys, filler_rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Outcome(action, finished, state, doctor_failed, rerun)
