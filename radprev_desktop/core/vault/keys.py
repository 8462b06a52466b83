"""`vault.keys`: the key slots that open the vault (like LUKS key slots).

A slot holds an X25519 key pair whose private half is wrapped with AES-256-GCM
under a key-encryption key derived by Argon2id from the user's password (or the
recovery code). The vault key is sealed to the slot's public key, once per key
generation. Associated data binds every wrapped value to the vault id, slot id
and username, so a slot cannot be moved to another vault or account.

Because the vault key is sealed to *public* keys, the vault can be rekeyed and
every remaining slot rewrapped without knowing anyone's password
(docs/decisions/0001-key-slots.md).

What is in the file and who can vouch for it (docs/decisions/0007-…):
- a SHA-256 checksum over everything, so truncation shows as damage;
- an HMAC per key generation over everything but the failed-login counters,
  under a key derived from that generation's vault key: an edit of a slot, the
  KDF parameters or the audit anchor shows at the next login;
- the audit anchor (0033: it moves in vault.anchor; this file says so and keeps a floor);
- key ids (a public name per vault key generation) so backups of an older key
  can be told apart without opening them;
- failed-login counters, written before any key is known and therefore outside
  the HMAC (whoever can write this file can also copy it and guess offline;
  Argon2id's cost is the defence there);
- the vault's purpose when it is a training vault (`"purpose": "training"`,
  inside the HMAC): readable before any login, so a training vault is never
  restored over a real one nor a real backup over a training vault
  (docs/decisions/0010-training-mode.md). Real vaults carry no such field;
- the database's cipher settings (`"cipher"`, inside the HMAC; decision 0030),
  needed before the first page is read; a file without them is a vault written
  with SQLCipher 4's defaults.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from radprev_desktop.core import crypto
from radprev_desktop.core.crypto import SecretBytes
from radprev_desktop.core.errors import VaultBusy, VaultDamaged, VaultNotFound
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import key_format
from radprev_desktop.core.vault.connection import SQLCIPHER4_DEFAULTS, CipherSettings
from radprev_desktop.core.vault.key_format import ANCHOR_FILE, FORMAT, FORMAT_VERSION, TRAINING

READABLE_VERSIONS = (1, 2)
MAX_FILE_BYTES = 1024 * 1024
RECOVERY_NAME = "(recovery)"
_MAC_LABEL = b"radprev vault.keys mac v2"


@dataclass(frozen=True)
class Throttle:
    """Failed attempts against one slot, kept across restarts."""

    consecutive: int = 0
    since_login: int = 0
    next_attempt_after: float = 0.0
    last_failed_at: str = ""

    def after_failure(self, now: float, now_text: str) -> Throttle:
        """The counters once one more attempt failed at `now` (monotonic wall clock)."""
        consecutive = self.consecutive + 1
        return Throttle(
            consecutive=consecutive,
            since_login=self.since_login + 1,
            next_attempt_after=now + failure_delay(consecutive),
            last_failed_at=now_text,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "consecutive": self.consecutive,
            "since_login": self.since_login,
            "next_attempt_after": self.next_attempt_after,
            "last_failed_at": self.last_failed_at,
        }

    @classmethod
    def from_json(cls, data: Any) -> Throttle:
        if not isinstance(data, dict):
            return cls()
        return cls(
            consecutive=int(data.get("consecutive", 0)),
            since_login=int(data.get("since_login", 0)),
            next_attempt_after=float(data.get("next_attempt_after", 0.0)),
            last_failed_at=str(data.get("last_failed_at", "")),
        )


@dataclass(frozen=True)
class AuditAnchor:
    """The newest audit entry known when vault.keys was last sealed."""

    seq: int
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash}

    @classmethod
    def from_json(cls, data: Any) -> AuditAnchor | None:
        if data is None:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("seq"), int):
            raise ValueError("bad audit anchor")
        digest = data.get("hash")
        if not isinstance(digest, str) or len(digest) != 64:
            raise ValueError("bad audit anchor")
        return cls(int(data["seq"]), digest)


@dataclass(frozen=True)
class KeySlot:
    """One way into the vault: a user's password or the recovery code."""

    slot_id: str
    kind: str  # "user" | "recovery"
    username: str
    kdf: crypto.KdfParams
    salt: bytes
    public_key: bytes
    wrapped_private: bytes
    sealed: dict[int, bytes]  # key generation -> vault key sealed to public_key
    throttle: Throttle = field(default_factory=Throttle)

    def aad(self, vault_id: str, purpose: str) -> bytes:
        """Associated data binding a wrapped value to vault, slot and account."""
        return f"radprev|{purpose}|{vault_id}|{self.slot_id}|{self.kind}|{self.username}".encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "username": self.username,
            "kdf": self.kdf.to_json(),
            "salt": crypto.b64(self.salt),
            "public_key": crypto.b64(self.public_key),
            "wrapped_private": crypto.b64(self.wrapped_private),
            "sealed": {str(g): crypto.b64(v) for g, v in sorted(self.sealed.items())},
        }

    @classmethod
    def from_json(cls, data: Any, throttle: Throttle) -> KeySlot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        kind = data["kind"]
        if kind not in ("user", "recovery"):
            raise ValueError("unknown slot kind")
        sealed_raw = data["sealed"]
        if not isinstance(sealed_raw, dict) or not sealed_raw:
            raise ValueError("slot seals no key")
        return cls(
            slot_id=str(data["id"]),
            kind=kind,
            username=str(data["username"]),
            kdf=crypto.KdfParams.from_json(data["kdf"]),
            salt=crypto.unb64(data["salt"]),
            public_key=crypto.unb64(data["public_key"]),
            wrapped_private=crypto.unb64(data["wrapped_private"]),
            sealed={int(g): crypto.unb64(v) for g, v in sealed_raw.items()},
            throttle=throttle,
        )


@dataclass(frozen=True)
class KeyFile:
    """The whole content of vault.keys."""

    vault_id: str
    kdf_default: crypto.KdfParams
    slots: tuple[KeySlot, ...]
    unknown_user_failures: int = 0
    key_ids: dict[int, str] = field(default_factory=dict)  # generation -> crypto.key_id
    audit_anchor: AuditAnchor | None = None
    calibration: dict[str, Any] | None = None
    macs: dict[int, str] = field(default_factory=dict)  # generation -> HMAC, as read
    version: int = FORMAT_VERSION
    training: bool = False  # a training vault (sealed by the HMAC like the slots)
    cipher: CipherSettings = SQLCIPHER4_DEFAULTS  # the database's page settings (0030)
    anchor_in_file: bool = False  # audit_anchor is then the floor for vault.anchor (0033)

    def slot_for(self, username: str) -> KeySlot | None:
        """The user slot for `username` (case-insensitive), if any."""
        wanted = username.casefold()
        for slot in self.slots:
            if slot.kind == "user" and slot.username.casefold() == wanted:
                return slot
        return None

    def recovery_slot(self) -> KeySlot | None:
        """The recovery slot, if the vault has one."""
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def with_slot(self, slot: KeySlot) -> KeyFile:
        """A copy with `slot` replacing the slot of the same id (or added)."""
        others = tuple(s for s in self.slots if s.slot_id != slot.slot_id)
        return replace(self, slots=(*others, slot))

    def without(self, slot_ids: set[str]) -> KeyFile:
        """A copy without the named slots."""
        return replace(self, slots=tuple(s for s in self.slots if s.slot_id not in slot_ids))

    def generations(self) -> list[int]:
        """Every key generation some slot seals, newest first."""
        gens = {g for s in self.slots for g in s.sealed}
        return sorted(gens, reverse=True)

    def authenticated_body(self) -> bytes:
        """Canonical bytes the HMAC covers: everything but counters and the MACs."""
        body = self._body(include_counters=False)
        return _canonical(body)

    def _body(self, *, include_counters: bool) -> dict[str, Any]:
        body: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "kdf_default": self.kdf_default.to_json(),
            "slots": [s.to_json() for s in sorted(self.slots, key=lambda s: s.slot_id)],
            "key_ids": {str(g): k for g, k in sorted(self.key_ids.items())},
            "audit_anchor": None if self.audit_anchor is None else self.audit_anchor.to_json(),
            "kdf_calibration": self.calibration,
        }
        if self.training:
            # Only written when set, so a real vault's sealed body is what it always was.
            body["purpose"] = TRAINING
        if self.cipher != SQLCIPHER4_DEFAULTS:
            # Only written when not SQLCipher 4's defaults: an older vault's body is unchanged.
            body["cipher"] = self.cipher.to_json()
        if self.anchor_in_file:  # only when set: an older vault's sealed body is unchanged
            body["audit_anchor_file"] = ANCHOR_FILE
        if include_counters:
            body["throttle"] = {
                s.slot_id: s.throttle.to_json() for s in self.slots if s.throttle != Throttle()
            }
            body["unknown_user_failures"] = self.unknown_user_failures
        return body

    def sealed_with(self, keys: dict[int, SecretBytes]) -> KeyFile:
        """A copy in the current format whose HMACs are computed afresh, one per given key."""
        current = replace(self, version=FORMAT_VERSION)
        body = current.authenticated_body()
        macs: dict[int, str] = {}
        for gen, vault_key in keys.items():
            mac_key = crypto.subkey(vault_key, _MAC_LABEL)
            try:
                macs[gen] = crypto.mac_hex(mac_key, body)
            finally:
                mac_key.wipe()
        return replace(current, macs=macs)

    def generation_of(self, key: SecretBytes) -> int:
        """The generation whose key is `key` (VaultBusy if the file moved to another key)."""
        wanted = crypto.key_id(key)
        for gen, kid in self.key_ids.items():
            if kid == wanted:
                return gen
        raise VaultBusy(
            QT_TRANSLATE_NOOP(
                "errors",
                "The vault was re-encrypted by another window or command meanwhile. Log in again to continue.",
            )
        )

    def mac_ok(self, gen: int, vault_key: SecretBytes) -> bool:
        """True when the HMAC for generation `gen` matches under `vault_key`."""
        expected = self.macs.get(gen)
        if expected is None:
            return False
        mac_key = crypto.subkey(vault_key, _MAC_LABEL)
        try:
            return crypto.mac_matches(mac_key, self.authenticated_body(), expected)
        finally:
            mac_key.wipe()

    def to_bytes(self) -> bytes:
        body = self._body(include_counters=True)
        body["macs"] = {str(g): m for g, m in sorted(self.macs.items())}
        checksum = crypto.sha256_hex(_canonical(body))
        return json.dumps({**body, "checksum": checksum}, indent=1, sort_keys=True).encode()


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def keys_path(folder: Path) -> Path:
    """Path of vault.keys inside a vault folder."""
    return folder / "vault.keys"


def read_key_file(path: Path) -> KeyFile:
    """Parse and check vault.keys; VaultDamaged with a plain reason on any problem.

    The HMACs need a vault key and are checked at login (`KeyFile.mac_ok`).
    """
    if not path.exists():
        if not path.with_name("vault.db").exists():
            raise VaultNotFound(QT_TRANSLATE_NOOP("errors", "No vault in %1."), path.parent)
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file vault.keys is missing from the vault folder; the vault "
                "cannot be opened without it. Restore vault.keys from a backup.",
            )
        )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("too large")
        return parse_key_file(path.read_bytes())
    except key_format.NewerKeyFile as exc:
        raise key_format.too_new(exc) from exc
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError) as exc:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP(
                "errors",
                "The key file vault.keys is damaged or was edited (%1); the vault was "
                "not changed. Restore vault.keys from a backup.",
            ),
            _reason(exc),
        ) from exc


def parse_key_file(data: bytes) -> KeyFile:
    """Parse vault.keys content; ValueError/KeyError/TypeError on any problem."""
    raw = json.loads(data)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError("not a key file")
    key_format.refuse_newer(raw)
    version = raw.get("version")
    if version not in READABLE_VERSIONS:
        raise ValueError("unknown key-file version")
    checksum = raw.pop("checksum", None)
    if checksum != crypto.sha256_hex(_canonical(raw)):
        raise ValueError("checksum mismatch")
    throttles = raw.get("throttle", {})
    if not isinstance(throttles, dict):
        raise ValueError("bad throttle block")
    slots = tuple(
        KeySlot.from_json(s, Throttle.from_json(throttles.get(str(s.get("id")))))
        for s in raw["slots"]
    )
    if len({s.slot_id for s in slots}) != len(slots):
        raise ValueError("duplicate slot")
    key_ids = raw.get("key_ids", {})
    macs = raw.get("macs", {})
    calibration = raw.get("kdf_calibration")
    if not isinstance(key_ids, dict) or not isinstance(macs, dict):
        raise ValueError("bad key ids or MACs")
    if calibration is not None and not isinstance(calibration, dict):
        raise ValueError("bad calibration record")
    purpose = raw.get("purpose")
    anchor_file = raw.get("audit_anchor_file")
    return KeyFile(
        vault_id=str(raw["vault_id"]),
        kdf_default=crypto.KdfParams.from_json(raw["kdf_default"]),
        slots=slots,
        unknown_user_failures=int(raw.get("unknown_user_failures", 0)),
        key_ids={int(g): str(k) for g, k in key_ids.items()},
        audit_anchor=AuditAnchor.from_json(raw.get("audit_anchor")),
        calibration=calibration,
        macs={int(g): str(m) for g, m in macs.items()},
        version=int(version),
        training=purpose == TRAINING,
        cipher=key_format.cipher_of(raw.get("cipher")),
        anchor_in_file=anchor_file == ANCHOR_FILE,
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return "not valid JSON, perhaps truncated"
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc) or type(exc).__name__


def write_key_file(path: Path, key_file: KeyFile, *, durable: bool = True) -> None:
    """Replace vault.keys atomically (write beside, fsync, rename; `durable`: the folder
    entry flushed too, so the rename itself survives a crash)."""
    atomic_write(path, key_file.to_bytes(), durable=durable)


def make_slot(
    *,
    vault_id: str,
    kind: str,
    username: str,
    secret: SecretBytes,
    kdf: crypto.KdfParams,
    sealed_keys: dict[int, SecretBytes],
    slot_id: str,
) -> KeySlot:
    """A new slot for `secret`, sealing each given vault key generation."""
    private, public = crypto.x25519_generate()
    try:
        slot = KeySlot(
            slot_id=slot_id,
            kind=kind,
            username=username,
            kdf=kdf,
            salt=os.urandom(16),
            public_key=public,
            wrapped_private=b"",
            sealed={},
        )
        kek = crypto.derive_kek(secret, slot.salt, kdf)
        try:
            wrapped = crypto.aead_encrypt(kek, private, slot.aad(vault_id, "private"))
        finally:
            kek.wipe()
    finally:
        private.wipe()
    sealed = {
        gen: crypto.seal(public, key, slot.aad(vault_id, f"vault-key-{gen}"))
        for gen, key in sealed_keys.items()
    }
    return replace(slot, wrapped_private=wrapped, sealed=sealed)


def unwrap_private(slot: KeySlot, vault_id: str, secret: SecretBytes) -> SecretBytes | None:
    """The slot's private key if `secret` is right, else None (costs one Argon2id)."""
    kek = crypto.derive_kek(secret, slot.salt, slot.kdf)
    try:
        return crypto.aead_decrypt_secret(kek, slot.wrapped_private, slot.aad(vault_id, "private"))
    except crypto.DecryptionFailed:
        return None
    finally:
        kek.wipe()


def unseal_generation(
    slot: KeySlot, vault_id: str, private: SecretBytes, gen: int
) -> SecretBytes | None:
    """The vault key of generation `gen` from an unlocked slot, or None if damaged."""
    blob = slot.sealed.get(gen)
    if blob is None:
        return None
    try:
        return crypto.unseal(private, blob, slot.aad(vault_id, f"vault-key-{gen}"))
    except crypto.DecryptionFailed:
        return None


def seal_for(slot: KeySlot, vault_id: str, gen: int, vault_key: SecretBytes) -> KeySlot:
    """A copy of `slot` that also seals `vault_key` as generation `gen`."""
    blob = crypto.seal(slot.public_key, vault_key, slot.aad(vault_id, f"vault-key-{gen}"))
    return replace(slot, sealed={**slot.sealed, gen: blob})


def only_generation(slot: KeySlot, gen: int) -> KeySlot:
    """A copy of `slot` sealing generation `gen` only (it must already seal it)."""
    return replace(slot, sealed={gen: slot.sealed[gen]})


def rewrap(
    slot: KeySlot,
    vault_id: str,
    private: SecretBytes,
    new_secret: SecretBytes,
    kdf: crypto.KdfParams,
) -> KeySlot:
    """The same slot (same key pair) under a new password."""
    salt = os.urandom(16)
    fresh = replace(slot, salt=salt, kdf=kdf)
    kek = crypto.derive_kek(new_secret, salt, kdf)
    try:
        wrapped = crypto.aead_encrypt(kek, private, fresh.aad(vault_id, "private"))
    finally:
        kek.wipe()
    return replace(fresh, wrapped_private=wrapped)


def failure_delay(consecutive: int) -> float:
    """Seconds to wait after `consecutive` failed attempts: none for 3, then doubling to 5 min."""
    if consecutive < 3:
        return 0.0
    return float(min(2 ** (consecutive - 2), 300))


def describe_slots(key_file: KeyFile) -> list[dict[str, object]]:
    """Slots without secrets (for `doctor` and the admin page)."""
    return [
        {
            "slot_id": s.slot_id,
            "kind": s.kind,
            "username": s.username,
            "generations": sorted(s.sealed),
            "kdf": s.kdf.to_json(),
            "failed_since_login": s.throttle.since_login,
        }
        for s in key_file.slots
    ]
