"""atomic_write: unpredictable exclusive temp names, regular targets only, shared folders."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from radprev_desktop.core import fileio
from radprev_desktop.core.errors import StorageError
from radprev_desktop.core.fileio import atomic_write, make_private_dir, private_umask


def test_temp_names_are_unpredictable_and_in_the_target_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str | Path, dst: str | Path) -> None:
        seen.append(str(src))
        real_replace(src, dst)

    monkeypatch.setattr(fileio.os, "replace", spy)
    target = tmp_path / "vault.keys"
    for n in range(5):
        atomic_write(target, f"version {n}".encode())
    assert len(seen) == 5 and len(set(seen)) == 5
    assert all(Path(s).parent == tmp_path for s in seen)
    assert all(Path(s).name.startswith(".vault.keys.") for s in seen)
    assert target.read_bytes() == b"version 4"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


def test_a_file_planted_at_the_old_predictable_name_changes_nothing(tmp_path: Path) -> None:
    planted = tmp_path / "report.pdf.tmp"
    planted.symlink_to(tmp_path / "elsewhere")
    atomic_write(tmp_path / "report.pdf", b"%PDF")
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF"
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.parametrize("target", ["/dev/full", "/dev/null"])
def test_devices_are_refused(target: str) -> None:
    with pytest.raises(StorageError, match="only a regular file"):
        atomic_write(Path(target), b"data")


def test_folders_and_links_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StorageError, match="is a folder"):
        atomic_write(folder, b"x")
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    link = tmp_path / "link.txt"
    link.symlink_to(victim)
    with pytest.raises(StorageError, match="is a link"):
        atomic_write(link, b"overwrite")
    assert victim.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "out", "victim.txt"]


def test_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        atomic_write(tmp_path / "gone" / "x.pdf", b"x")
    assert "gone does not exist" in str(caught.value) and "USB" not in str(caught.value)


def test_private_files_are_owner_only(tmp_path: Path) -> None:
    atomic_write(tmp_path / "secret", b"x")
    assert stat.S_IMODE((tmp_path / "secret").stat().st_mode) == 0o600


def test_a_shared_setgid_folder_keeps_group_access(tmp_path: Path) -> None:
    shared = tmp_path / "radprev"
    shared.mkdir()
    os.chmod(shared, 0o2770)
    atomic_write(shared / "vault.keys", b"x")
    assert stat.S_IMODE((shared / "vault.keys").stat().st_mode) == 0o660
    make_private_dir(shared / "backups")
    assert stat.S_IMODE((shared / "backups").stat().st_mode) == 0o2770
    with private_umask(shared):
        (shared / "vault.db").write_bytes(b"x")
        fd = os.open(shared / "like-sqlite.db", os.O_CREAT | os.O_WRONLY, 0o644)
        os.close(fd)
    assert stat.S_IMODE((shared / "vault.db").stat().st_mode) == 0o660
    assert stat.S_IMODE((shared / "like-sqlite.db").stat().st_mode) == 0o660
    with private_umask(tmp_path):
        (tmp_path / "own.db").write_bytes(b"x")
    assert stat.S_IMODE((tmp_path / "own.db").stat().st_mode) == 0o600
