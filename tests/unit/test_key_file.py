"""vault.keys: sealed with an HMAC, counters updated atomically, Argon2 never below the floor."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.errors import LoginDelayed, VaultDamaged, WrongPassword
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault import keys as slots
from radprev_desktop.core.vault.database_file import KEYS_SEALED
from radprev_desktop.core.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASSWORD


def as_version_1(path: Path) -> None:
    """Rewrite vault.keys as an older build wrote it: no seal, no key ids, no anchor."""
    data = json.loads(path.read_bytes())
    for name in (
        "checksum",
        "macs",
        "key_ids",
        "audit_anchor",
        "kdf_calibration",
        "audit_anchor_file",
    ):
        data.pop(name, None)
    data["version"] = 1
    data["checksum"] = crypto.sha256_hex(slots._canonical(data))
    path.write_bytes(json.dumps(data).encode())


def test_parallel_guesses_each_count_and_meet_the_delay(admin: Session, vault_dir: Path) -> None:
    """12 guesses at once (the red team's test): every one evaluated is counted."""
    admin.close()
    now = 1_000_000.0
    gate = threading.Barrier(12)
    outcomes: list[str] = []

    def guess(i: int) -> None:
        door = VaultAccess(vault_dir, clock=lambda: now)
        gate.wait()
        try:
            door.login(ADMIN, f"wrong-password-{i:02d}")
        except WrongPassword:
            outcomes.append("evaluated")
        except LoginDelayed:
            outcomes.append("delayed")

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(outcomes) == 12
    evaluated = outcomes.count("evaluated")
    slot = Vault(vault_dir).read_keys().slot_for(ADMIN)
    assert slot is not None
    # Three attempts pass before the first delay; every evaluated guess was counted.
    assert evaluated == 3 and slot.throttle.consecutive == evaluated, outcomes
    assert outcomes.count("delayed") == 9


def test_an_older_key_file_is_sealed_at_login_and_cannot_be_unsealed_again(
    admin: Session, vault_dir: Path
) -> None:
    with admin.transaction() as con:
        con.execute("DELETE FROM meta WHERE key = ?", (KEYS_SEALED,))
    admin.close()
    keys = vault_dir / "vault.keys"
    as_version_1(keys)
    assert Vault(vault_dir).read_keys().version == 1
    VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD).session.close()
    upgraded = Vault(vault_dir).read_keys()
    assert upgraded.version == slots.FORMAT_VERSION and upgraded.macs and upgraded.key_ids
    assert upgraded.audit_anchor is not None  # the first commit anchored the log
    # Stripping the seal again (pretending to be an old file) is refused from now on.
    as_version_1(keys)
    with pytest.raises(VaultDamaged, match=r"vault\.keys"):
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)


def test_moving_the_audit_anchor_back_breaks_the_seal(admin: Session, vault_dir: Path) -> None:
    admin.close()
    keys = vault_dir / "vault.keys"
    data = json.loads(keys.read_bytes())
    data.pop("checksum")
    data["audit_anchor"]["seq"] = 1  # hide the later entries from the anchor
    data["checksum"] = crypto.sha256_hex(slots._canonical(data))
    keys.write_bytes(json.dumps(data).encode())
    with pytest.raises(VaultDamaged, match=r"vault\.keys"):
        VaultAccess(vault_dir).login(ADMIN, ADMIN_PASSWORD)


def test_calibration_never_goes_below_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    floor = crypto.KDF_FLOOR
    assert (floor.time_cost, floor.memory_kib) == (3, 64 * 1024)
    for seconds, expected in ((30.0, 3), (0.2, 8), (0.001, 100)):
        monkeypatch.setattr(crypto, "_time_derivation", lambda params, salt, s=seconds: s)
        calibration = crypto.calibrate_kdf(0.5)
        assert calibration.params.time_cost == expected
        assert calibration.params.memory_kib == floor.memory_kib
        assert calibration.at_floor == (expected == 3)


def test_a_new_vault_records_its_calibration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A heavily loaded machine: the measurement says Argon2 is slow, the floor holds.
    monkeypatch.setattr(crypto, "_time_derivation", lambda params, salt: 4.0)
    folder = tmp_path / "calibrated"
    created = VaultAccess(folder).create(
        mode=Mode.WORKSTATION,
        establishment_code="PL-CAL",
        establishment_name="Calibration",
        admin_username="kasia",
        admin_password="Correct-Horse-42",
    )
    key_file = Vault(folder).read_keys()
    assert key_file.kdf_default == crypto.KDF_FLOOR
    assert all(s.kdf == crypto.KDF_FLOOR for s in key_file.slots)
    assert key_file.calibration is not None and key_file.calibration["at_floor"] is True
    assert key_file.calibration["floor"] == crypto.KDF_FLOOR.to_json()
    created_entry = audit.read_entries(created.session.con, action="vault_created")[0]
    assert created_entry.details["kdf"]["params"]["t"] == 3
    created.session.close()
