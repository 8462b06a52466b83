"""An export interrupted by a full disk or a removed stick leaves nothing behind."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.errors import StorageError
from radprev_desktop.core.sync import delivery
from radprev_desktop.core.sync import export as export_mod
from tests.unit.test_sync_support import Pair, add_note, notes, open_pair


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _state(pair: Pair) -> tuple[int, int, int]:
    con = pair.ws.con
    return (
        delivery.pending_count(pair.ws),
        con.execute("SELECT count(*) FROM exports").fetchone()[0],
        con.execute("SELECT count(*) FROM audit WHERE action = 'export'").fetchone()[0],
    )


@pytest.mark.parametrize(
    ("target", "code"),
    [("write", errno.ENOSPC), ("replace", errno.ENOENT), ("fsync", errno.EIO)],
)
def test_interrupted_export_leaves_no_file_and_keeps_outbox(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    add_note(pair.ws, "pierwsza")
    add_note(pair.ws, "друга")
    before = _state(pair)
    real = getattr(os, target)

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, target, failing)
    with pytest.raises(StorageError) as info:
        pair.export()
    monkeypatch.setattr(os, target, real)
    assert "Nothing was changed" in str(info.value)
    assert list(pair.folder.iterdir()) == []  # neither the final name nor the .tmp
    assert _state(pair) == before
    result = pair.export()
    assert result.sequence == 1 and result.records == 2
    assert pair.import_(result.path).inserted == 2
    assert notes(pair.central) == notes(pair.ws)


def test_removed_folder(pair: Pair) -> None:
    add_note(pair.ws, "x")
    gone = pair.folder / "stick"
    with pytest.raises(StorageError, match="not there"):
        export_mod.export_package(pair.ws, gone)
    assert delivery.pending_count(pair.ws) == 1


def test_failed_read_back_removes_the_file(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    add_note(pair.ws, "x")
    real_open = open

    def corrupting_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(path, mode, *args, **kwargs)
        if str(path).endswith(".age") and "r" in mode:
            data = handle.read()
            handle.close()
            import io

            return io.BytesIO(data[:-5] + b"XXXXX")
        return handle

    monkeypatch.setattr("builtins.open", corrupting_open)
    with pytest.raises(StorageError, match="did not read back"):
        pair.export()
    monkeypatch.undo()
    assert list(pair.folder.iterdir()) == []
    assert delivery.pending_count(pair.ws) == 1


def test_existing_file_is_never_overwritten(pair: Pair) -> None:
    add_note(pair.ws, "x")
    name = export_mod.package_file_name(pair.ws.establishment_code, pair.ws.workstation_id, 1)
    (pair.folder / name).write_bytes(b"someone else's")
    with pytest.raises(StorageError, match="already in"):
        pair.export()
    assert (pair.folder / name).read_bytes() == b"someone else's"
    assert delivery.pending_count(pair.ws) == 1
