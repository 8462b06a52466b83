"""A vault whose vault.keys a later radprev wrote is refused in words — "made by a newer
version of radprev …; install that version or newer" — before any key is tried and
without a change to any file: never "wrong password", never "damaged" (decision 0034).
vault.keys "from the future": a higher format version, a field this version does not
know, a page HMAC or an anchor file it does not know."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from radprev_desktop.core import crypto
from radprev_desktop.core.errors import VaultTooNew
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.vault import keys as slots
from tests.conftest import ADMIN, ADMIN_PASSWORD

FUTURES: dict[str, dict[str, Any]] = {
    "format 3": {"version": 3, "page_format": {"kdf": "argon2id-v2"}},
    "a new field": {"recovery_words": {"count": 24}},
    "a new page HMAC": {"cipher": {"hmac_algorithm": "HMAC_SHA3_256"}},
    "a new anchor file": {"audit_anchor_file": "vault.anchor2"},
}


def from_the_future(folder: Path, changes: dict[str, Any]) -> None:
    """Rewrite vault.keys as a later version might (its own checksum recomputed)."""
    path = folder / "vault.keys"
    raw = json.loads(path.read_bytes())
    raw.pop("checksum")
    raw.update(changes)
    raw["checksum"] = crypto.sha256_hex(slots._canonical(raw))
    path.write_bytes(json.dumps(raw, indent=1, sort_keys=True).encode())


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of the vault folder and its bytes (the folder lock's own file aside)."""
    files = {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "radprev.lock"
    }
    assert "vault.db" in files and "vault.keys" in files
    return files


@pytest.fixture
def future_vault(tmp_path: Path, new_vault_files: tuple[Path, str]) -> Path:
    folder = tmp_path / "vault"
    shutil.copytree(new_vault_files[0], folder)
    return folder


@pytest.mark.parametrize("future", sorted(FUTURES))
def test_a_vault_from_a_newer_version_is_refused_in_words_and_left_alone(
    future_vault: Path, future: str
) -> None:
    from_the_future(future_vault, FUTURES[future])
    before = snapshot(future_vault)
    door = VaultAccess(future_vault)
    attempts = (
        door.check,
        lambda: door.login(ADMIN, ADMIN_PASSWORD),
        lambda: door.login(ADMIN, "not the password"),  # still not "wrong password"
        lambda: door.login("nobody", "not the password"),
        lambda: door.unlock(ADMIN, ADMIN_PASSWORD),
    )
    assert attempts
    for attempt in attempts:
        with pytest.raises(VaultTooNew) as refused:
            attempt()
        said = str(refused.value)
        assert "made by a newer version of radprev" in said, future
        assert "install that version or newer" in said and "password" not in said
        assert "damaged" not in said
    assert snapshot(future_vault) == before  # nothing written: not the counters, not a log


def test_the_refusal_names_what_is_newer(future_vault: Path) -> None:
    from_the_future(future_vault, {"version": 7})
    with pytest.raises(VaultTooNew) as refused:
        VaultAccess(future_vault).check()
    assert "has format 7; this version reads up to format 2" in str(refused.value)
    from_the_future(future_vault, {"version": 2, "recovery_words": 24})
    with pytest.raises(VaultTooNew) as refused:
        VaultAccess(future_vault).check()
    assert "records recovery_words, which this version does not know" in str(refused.value)


def test_a_vault_of_this_version_still_opens(future_vault: Path) -> None:
    """The rule refuses nothing this version writes (its own fields, a training vault's)."""
    written = json.loads((future_vault / "vault.keys").read_bytes())
    assert set(written) <= slots.key_format.KNOWN_FIELDS
    assert written["version"] == slots.FORMAT_VERSION
    VaultAccess(future_vault).login(ADMIN, ADMIN_PASSWORD).session.close()
