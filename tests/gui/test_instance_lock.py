"""One running application per vault folder: a second start says who has it open (a central
store on PostgreSQL excepted: several windows are what it is for)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from radprev_desktop.gui.instance_lock import LOCK_NAME, InstanceLock, VaultInUse
from tests.unit.test_central_store import central_folder  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]


def test_second_holder_is_told_who_has_the_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "vault"
    first = InstanceLock(folder)
    first.acquire()
    lock_file = folder / LOCK_NAME
    assert lock_file.exists()
    held = lock_file.read_text()
    assert str(os.getpid()) in held  # the process id, host and application name only
    second = InstanceLock(folder)
    with pytest.raises(VaultInUse) as exc:
        second.acquire()
    assert str(os.getpid()) in exc.value.message
    assert socket.gethostname() in exc.value.message
    first.release()
    second.acquire()  # free again once the first one is gone
    second.release()


def test_a_second_start_is_refused_with_the_reason(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    holder = InstanceLock(folder)
    holder.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RADPREV_CONFIG": str(tmp_path / "c.ini")}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "radprev_desktop.gui.app",
            "--vault",
            str(folder),
            "--exit-when-ready",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    holder.release()
    assert proc.returncode == 1
    assert "already open" in proc.stderr and str(os.getpid()) in proc.stderr
    assert "ready" not in proc.stdout


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)
    # The format QLockFile writes: pid, application, host name (a crashed radprev leaves it).
    (folder / LOCK_NAME).write_text(f"{pid}\nradprev\n{socket.gethostname()}\n")
    lock = InstanceLock(folder)
    lock.acquire()
    lock.release()


def test_windows_on_a_central_store_on_postgresql_are_not_refused(
    tmp_path: Path,
    central_folder: Path,  # noqa: F811
) -> None:
    """Several analysts at once is what a server store is for, on one PC as well (a second
    analyst's window was refused with "this encrypted database is already open … could
    overwrite each other's work", seen under Xvfb): the server keeps the sessions apart and
    the folder holds only central.json. A vault folder keeps its one window (above)."""
    holder = InstanceLock(central_folder)  # as a first window would hold it
    holder.acquire()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RADPREV_CONFIG": str(tmp_path / "c.ini")}
    try:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "radprev_desktop.gui.app",
                "--vault",
                str(central_folder),
                "--exit-when-ready",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.release()
    assert proc.returncode == 0, proc.stderr
    assert "ready" in proc.stdout and "already open" not in proc.stderr
