"""The records benchmark, reduced, for what it compares (`make bench` measures).

Its baseline must be the same engine without a key (sqlcipher3, same SQLite
version), never stdlib sqlite3; the vault side must be really keyed and opened as the
application opens it; the unkeyed side runs in its own process.
"""

from __future__ import annotations

from pathlib import Path

from radprev_desktop.core.vault import connection
from tests.bench import bench_records

SCALE = 0.0001  # 10 prisoners, 100 observations: the workload's shape, not its size


def test_baseline_is_the_same_engine_without_a_key(tmp_path: Path) -> None:
    # Each store in its own process, as `make bench` measures it.
    keyed = bench_records._child("keyed", SCALE, tmp_path / "keyed", rounds=1)
    unkeyed = bench_records._child("unkeyed", SCALE, tmp_path / "unkeyed", rounds=1)
    assert keyed["sqlite_version"] == unkeyed["sqlite_version"]
    assert keyed["cipher_version"] == unkeyed["cipher_version"]
    assert keyed["plaintext_header"] == 0 and unkeyed["plaintext_header"] == 1
    # As the application opens a vault (wiping off by default, decision 0026), and the
    # baseline the same.
    assert keyed["wiping"] == unkeyed["wiping"] == int(connection.wiping_requested())
    measures = [key for _, key, _ in bench_records.ROWS]
    assert measures
    for key in measures:
        assert keyed[key] > 0 and unkeyed[key] > 0, key
    assert keyed["observations"] == unkeyed["observations"] == 100
    text = bench_records.report(keyed, unkeyed, SCALE)
    assert "| sqlcipher3 unkeyed | SQLCipher vault | ratio (target ≤ 1.3) |" in text
    assert f"SQLite {unkeyed['sqlite_version']}" in text
