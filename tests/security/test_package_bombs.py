"""Bounded parsing before authentication: sparse, link, device, oversized and bomb files.

Every hostile file (≤ 10 KB, built from public knowledge only) is refused with a clear
reason and changes nothing, at the central office (export packages) and at a
workstation (receipts and bundles); a child process measures that none of them costs
more than 50 MB of peak memory. `make torture` prints the per-file figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.sync import container, files, keys
from tests.security import package_bombs
from tests.unit.test_sync_support import Pair, last_audit_action, open_pair, records_digest

LIMIT = 50 * 1024 * 1024


@pytest.fixture
def pair(tmp_path: Path, pair_files: Path) -> Iterator[Pair]:
    yield from open_pair(tmp_path, pair_files)


def _recipient(pair: Pair) -> str:
    cert = keys.trusted_central(pair.ws)
    assert cert is not None
    return cert.age_recipient


def test_corpus_is_small_and_complete(pair: Pair) -> None:
    bombs = package_bombs.package_bombs(_recipient(pair))
    assert len(bombs) >= 20
    assert max(len(b) for b in bombs.values()) <= 10 * 1024


@pytest.mark.parametrize("name", sorted(package_bombs.tar_bombs()))
def test_each_package_bomb_is_refused_at_the_central_office(
    pair: Pair, tmp_path: Path, name: str
) -> None:
    data = package_bombs.package_bombs(_recipient(pair))[name]
    path = tmp_path / f"{name}.age"
    path.write_bytes(data)
    before = records_digest(pair.central)
    with pytest.raises(PackageRejected) as info:
        files.import_file(pair.central, path)
    assert "Traceback" not in str(info.value) and str(info.value).strip()
    assert records_digest(pair.central) == before
    assert last_audit_action(pair.central) == "package_rejected"


@pytest.mark.parametrize("name", sorted(package_bombs.tar_bombs()))
def test_each_receipt_or_bundle_bomb_is_refused_at_a_workstation(
    pair: Pair, tmp_path: Path, name: str
) -> None:
    path = tmp_path / f"{name}.tar"
    path.write_bytes(package_bombs.tar_bombs()[name])
    before = records_digest(pair.ws)
    with pytest.raises(PackageRejected):
        files.import_file(pair.ws, path)
    assert records_digest(pair.ws) == before
    assert last_audit_action(pair.ws) == "package_rejected"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("gnu-sparse", "ustar"),
        ("ustar-sparse-type", "sparse"),
        ("pax-sparse", "pax"),
        ("hard-link", "hard link"),
        ("symbolic-link", "symbolic link"),
        ("character-device", "device"),
        ("fifo", "FIFO"),
        ("claimed-size", "truncated"),
        ("oversized-part", "larger than allowed"),
        ("base-256-size", "size field"),
        ("sub-folder-prefix", "folder"),
    ],
)
def test_refusals_say_why(name: str, words: str) -> None:
    with pytest.raises(PackageRejected, match=words):
        container.read_members(package_bombs.tar_bombs()[name])


def test_a_genuine_container_still_reads(pair: Pair) -> None:
    result = pair.export()
    plain = container.age_decrypt(result.path.read_bytes(), keys.central_identity(pair.central))
    members = container.read_members(plain)
    assert set(members) == {"manifest.json", "manifest.sig", "records.jsonl", "audit.jsonl"}


def test_untrusted_reads_stop_at_the_cap(tmp_path: Path) -> None:
    big = tmp_path / "big.age"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(PackageRejected, match="larger than allowed"):
        container.read_untrusted_file(big, 4096)
    assert container.read_untrusted_file(big, 5000) == b"a" * 5000
    with pytest.raises(PackageRejected, match="not a regular file"):
        container.read_untrusted_file(Path("/dev/zero"), 4096)


def test_no_bomb_costs_more_than_50_mb(pair: Pair, tmp_path: Path) -> None:
    """Reduced run of `make torture`: the whole corpus at both ends, in a child process."""
    central_files = tmp_path / "central-files"
    ws_files = tmp_path / "ws-files"
    package_bombs.write_corpus(central_files, package_bombs.package_bombs(_recipient(pair)), ".age")
    package_bombs.write_corpus(ws_files, package_bombs.tar_bombs(), ".tar")
    central_dir = Path(pair.central.vault.folder)
    ws_dir = Path(pair.ws.vault.folder)
    pair.central.close()
    pair.ws.close()
    rows = package_bombs.probe(central_dir, central_files) + package_bombs.probe(ws_dir, ws_files)
    assert len(rows) >= 40
    for row in rows:
        assert row["outcome"] != "ACCEPTED", row
        assert int(row["peak_extra"]) <= LIMIT, row  # type: ignore[call-overload]
