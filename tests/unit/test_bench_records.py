"""The records benchmark, reduced, for what it compares (`make bench` measures).

Its baseline must be the same engine without a key (sqlcipher3, same SQLite
version), never stdlib sqlite3; the vault side must be really keyed and opened as the
application opens it; the unkeyed side runs in its own process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import connection
from tests.bench import bench_records

SCALE = 0.0001  # 10 prisoners, 100 observations: the workload's shape, not its size


def test_baseline_is_the_same_engine_without_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each store in its own process, both timed at once, as `make bench` measures them.
    keyed, unkeyed = bench_records.measure_pair(SCALE, tmp_path, rounds=1)
    assert keyed["sqlite_version"] == unkeyed["sqlite_version"]
    assert keyed["cipher_version"] == unkeyed["cipher_version"]
    assert keyed["plaintext_header"] == 0 and unkeyed["plaintext_header"] == 1
    # As the application opens a vault (wiping off by default, decision 0026), and the
    # baseline the same.
    assert keyed["wiping"] == unkeyed["wiping"] == int(connection.wiping_requested())
    # A new vault's pages carry HMAC-SHA256 (decision 0030); the baseline has no key at all.
    assert keyed["page_hmac"] == "HMAC_SHA256" and unkeyed["page_hmac"] == "none"
    measures = [key for _, key, _ in bench_records.ROWS]
    assert measures
    for key in measures:
        assert keyed[key] > 0 and unkeyed[key] > 0, key
    assert keyed["observations"] == unkeyed["observations"] == 100
    # The same blocks of operations in turn: a ratio per block, its median beside the p50s..
    assert all(keyed[f"{op}_paired_ratio"] > 0 for op in bench_records.OPS)
    assert "generate_s" in keyed and "generate_s" in unkeyed
    text = bench_records.report(keyed, unkeyed, SCALE)
    assert "| sqlcipher3 unkeyed | SQLCipher vault | ratio (target ≤ 1.3) |" in text
    assert "pages authenticated with HMAC_SHA256" in text
    assert f"SQLite {unkeyed['sqlite_version']}" in text

    # BENCH_RECORDS_REUSE: the kept stores timed again, no fill, the saves still through
    # the services (each store gains the run's 50 observations; the vault's anchor moves).
    monkeypatch.setenv(bench_records.REUSE, str(tmp_path))
    again_keyed, again_unkeyed = bench_records.measure_pair(SCALE, tmp_path, rounds=1)
    again = {"keyed": again_keyed, "unkeyed": again_unkeyed}
    assert again["keyed"]["observations"] == again["unkeyed"]["observations"] == 150
    assert "generate_s" not in again["keyed"] and again["keyed"]["save_p50"] > 0
    again_text = bench_records.report(again["keyed"], again["unkeyed"], SCALE)
    assert "Kept stores measured again" in again_text
    assert "in blocks of operations taking turns" in again_text
    session = (
        VaultAccess(tmp_path / "keyed" / "vault").login("admin", bench_records.PASSWORD).session
    )
    assert (
        session.con.execute("SELECT count(*) FROM observations WHERE is_current = 1").fetchone()[0]
        == 200
    )
    session.close()
    plain = sqlcipher3.connect(str(tmp_path / "unkeyed" / "unkeyed" / "unkeyed.db"))
    assert (
        plain.execute("SELECT count(*) FROM observations WHERE is_current = 1").fetchone()[0] == 200
    )
    plain.close()
