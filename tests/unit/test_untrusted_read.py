"""Reading a file from a USB stick (container.read_untrusted_file): a package is read into
memory once — one read of the size the file says it has, no copy after (the importing thread
reads every package of a run) — and the size is still never trusted: a file that grows while
it is read is read to its end and refused past the limit."""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.sync import container


def test_a_package_is_read_into_memory_once(tmp_path: Path) -> None:
    size = 8 * 1024 * 1024 + 123  # a package of 10,000 lines is ≈ 7 MB
    path = tmp_path / "package.age"
    path.write_bytes(os.urandom(size))
    tracemalloc.start()
    try:
        data = container.read_untrusted_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data == path.read_bytes()
    # Read in chunks into a growing buffer and copied out at the end, it took twice its size.
    assert peak < size * 1.2, peak


def test_a_file_that_grows_while_it_is_read_is_read_to_its_end_and_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.age"
    path.write_bytes(b"b" * 3_000_000)
    real_fstat = os.fstat

    def stale(fd: int) -> Any:  # the size as it was before the file grew
        got = real_fstat(fd)
        return os.stat_result((got.st_mode, *got[1:6], 1000, *got[7:10]))

    monkeypatch.setattr(container.os, "fstat", stale)
    assert container.read_untrusted_file(path) == b"b" * 3_000_000
    assert container.read_untrusted_file(path, 3_000_000) == b"b" * 3_000_000
    with pytest.raises(PackageRejected, match="larger than allowed"):
        container.read_untrusted_file(path, 2_999_999)
    with pytest.raises(PackageRejected, match="larger than allowed"):
        container.read_untrusted_file(path, 999)


def test_an_empty_file_reads_as_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.age"
    path.write_bytes(b"")
    assert container.read_untrusted_file(path) == b""
