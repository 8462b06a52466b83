"""The few cryptographic primitives the application uses, in one place.

- Argon2id turns a password or recovery code into a key-encryption key.
- AES-256-GCM wraps small secrets (a slot's private key) under that key.
- X25519 + HKDF + AES-GCM ("sealed box") wraps the vault key to a slot's public
  key, so the vault can be rekeyed for every remaining user without their
  passwords (see docs/decisions/0001-key-slots.md).
- Ed25519 signs manifests, receipts and bundles.
Everything goes through `cryptography` and `argon2-cffi`; nothing is home-made
beyond the composition.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import hmac
import os
import secrets
import sys
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import ARGON2_VERSION, Type, error_to_str
from argon2.low_level import ffi as argon2_ffi
from argon2.low_level import lib as argon2_lib
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


class DecryptionFailed(Exception):
    """Authenticated decryption failed: wrong key or altered data."""


# CPython keeps a bytes object's data right after its header, and an ASCII-only
# str's characters right after its (smaller) header; sys.getsizeof of the empty
# object is the header plus the terminating NUL.
_BYTES_DATA_OFFSET = sys.getsizeof(b"") - 1
_ASCII_DATA_OFFSET = sys.getsizeof("") - 1


def scrub(data: bytes) -> None:
    """Zero a `bytes` object a library returned and only we hold (a key, a KEK).

    Immutable objects cannot be wiped through the language, so this writes over
    the object's own storage (CPython layout). Objects of length 0 or 1 are
    interpreter-wide singletons and are left alone; so is anything not exactly
    `bytes`.
    """
    if type(data) is bytes and len(data) > 1:
        ctypes.memset(id(data) + _BYTES_DATA_OFFSET, 0, len(data))


def scrub_ascii(text: str) -> None:
    """Zero an ASCII-only `str` we built ourselves (the SQL that carries a raw key)."""
    if type(text) is str and len(text) > 1 and text.isascii():
        ctypes.memset(id(text) + _ASCII_DATA_OFFSET, 0, len(text))


class SecretBytes:
    """Key material in a mutable buffer, so it can be wiped instead of left to the allocator.

    Never converted to `bytes` or `str` by this class; `view()` lends the buffer
    to a primitive that reads it in place. `wipe()` zeroes it; a wiped secret
    raises on use. Sessions and their worker copies share one object, so a
    rekey replaces the key for all of them and a lock wipes it for all.
    """

    __slots__ = ("_buf",)

    def __init__(self, buffer: bytearray) -> None:
        self._buf: bytearray | None = buffer  # taken over, not copied

    @classmethod
    def random(cls, size: int = 32) -> SecretBytes:
        """Fresh random bytes from the OS (the library's temporary is scrubbed)."""
        """Fresh random bytes from the OS."""
        drawn = secrets.token_bytes(size)
        buf = bytearray(drawn)
        scrub(drawn)
        return cls(buf)

    def view(self) -> memoryview:
        """The bytes in place (read-only); raises ValueError once wiped."""
        if self._buf is None:
            raise ValueError("the secret was wiped")
        return memoryview(self._buf).toreadonly()

    @property
    def wiped(self) -> bool:
        return self._buf is None

    def copy(self) -> SecretBytes:
        """An independent copy (wiped separately)."""
        return SecretBytes(bytearray(self.view()))

    def replace_with(self, other: SecretBytes) -> None:
        """Take `other`'s content in place (everyone sharing this object sees it); wipes `other`."""
        new = bytearray(other.view())
        self.wipe()
        self._buf = new
        other.wipe()

    def wipe(self) -> None:
        """Zero the buffer and forget it."""
        if self._buf is not None:
            self._buf[:] = bytes(len(self._buf))
            self._buf = None

    def buffer_for_primitive(self) -> bytearray:
        """The buffer itself, for a primitive that takes only bytes/bytearray (hmac)."""
        if self._buf is None:
            raise ValueError("the secret was wiped")
        return self._buf

    def equals(self, other: SecretBytes) -> bool:
        """Constant-time comparison."""
        return hmac.compare_digest(self.view(), other.view())

    def __len__(self) -> int:
        return 0 if self._buf is None else len(self._buf)

    def __repr__(self) -> str:
        return "SecretBytes(wiped)" if self._buf is None else f"SecretBytes({len(self._buf)} bytes)"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each key slot so it can be raised later."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown key derivation")
        t, m, p = data.get("t"), data.get("m"), data.get("p")
        if not all(isinstance(v, int) and v > 0 for v in (t, m, p)):
            raise ValueError("bad key derivation parameters")
        assert isinstance(t, int) and isinstance(m, int) and isinstance(p, int)
        if m > 4 * 1024 * 1024 or t > 100 or p > 64:
            raise ValueError("key derivation parameters out of range")
        return cls(t, m, p)


# Never calibrate below this (issue #11): a loaded machine must not make passwords cheap.
KDF_FLOOR = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)
MIN_MEMORY_KIB = KDF_FLOOR.memory_kib


@dataclass(frozen=True)
class KdfCalibration:
    """How the vault's Argon2id cost was chosen, kept in vault.keys for the record."""

    params: KdfParams
    seconds_per_derivation: float  # measured at calibration time
    target_seconds: float
    at_floor: bool  # the machine was fast enough only for the floor (or slower)

    def to_json(self) -> dict[str, object]:
        return {
            "params": self.params.to_json(),
            "seconds": round(self.seconds_per_derivation, 3),
            "target_seconds": self.target_seconds,
            "floor": KDF_FLOOR.to_json(),
            "at_floor": self.at_floor,
        }


def secret_from_text(text: str) -> SecretBytes:
    """A password or recovery code as NFC UTF-8 in a wipeable buffer.

    The temporary `bytes` of the encoding is scrubbed; the caller's `str` is the
    caller's (a GUI field, a file line) and is left alone.
    """
    normal = unicodedata.normalize("NFC", text)
    encoded = normal.encode("utf-8")
    buffer = bytearray(encoded)
    scrub(encoded)
    return SecretBytes(buffer)


def derive_kek(secret: SecretBytes, salt: bytes, params: KdfParams) -> SecretBytes:
    """Argon2id of a password into a 32-byte key-encryption key.

    Calls the Argon2 library on our own buffers (password in, key out), so no
    copy of either is left in Python objects; Argon2 wipes its own memory.
    """
    out = bytearray(KEY_BYTES)
    password = secret.view()
    rv = argon2_lib.argon2_hash(
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        argon2_ffi.from_buffer("uint8_t[]", password),
        len(password),
        argon2_ffi.from_buffer("uint8_t[]", salt),
        len(salt),
        argon2_ffi.from_buffer("uint8_t[]", out),
        KEY_BYTES,
        argon2_ffi.NULL,
        0,
        Type.ID.value,
        ARGON2_VERSION,
    )
    if rv != argon2_lib.ARGON2_OK:
        out[:] = bytes(KEY_BYTES)
        raise ValueError(f"Argon2 failed: {error_to_str(rv)}")
    return SecretBytes(out)


def _time_derivation(params: KdfParams, salt: bytes) -> float:
    probe = secret_from_text("calibration")
    try:
        start = time.perf_counter()
        derive_kek(probe, salt, params).wipe()
        return time.perf_counter() - start
    finally:
        probe.wipe()


def calibrate_kdf(target_seconds: float = 0.5) -> KdfCalibration:
    """Choose Argon2id passes so one derivation takes about `target_seconds` here.

    Like KeePassXC, at fixed memory: time the floor's passes (best of two, so a
    moment of load does not halve the cost), scale to the target, and never go
    below `KDF_FLOOR` (t=3, 64 MiB) however slow or loaded the machine is.
    """
    salt = os.urandom(16)
    floor = KDF_FLOOR
    elapsed = min(_time_derivation(floor, salt) for _ in range(2))
    per_pass = max(elapsed, 1e-3) / floor.time_cost
    passes = max(floor.time_cost, min(100, round(target_seconds / per_pass)))
    params = KdfParams(passes, floor.memory_kib, floor.parallelism)
    return KdfCalibration(
        params=params,
        seconds_per_derivation=per_pass * passes,
        target_seconds=target_seconds,
        at_floor=passes == floor.time_cost,
    )


def random_secret() -> SecretBytes:
    """32 random bytes from the OS in a wipeable buffer (a vault key)."""
    return SecretBytes.random(KEY_BYTES)


def _aead(key: SecretBytes) -> AESGCM:
    return AESGCM(key.view())


def aead_encrypt(key: SecretBytes, plaintext: bytes | SecretBytes, aad: bytes) -> bytes:
    """AES-256-GCM; returns nonce || ciphertext+tag (the ciphertext is not secret)."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    data = plaintext.view() if isinstance(plaintext, SecretBytes) else plaintext
    return nonce + _aead(key).encrypt(nonce, data, aad)


def aead_decrypt_secret(key: SecretBytes, blob: bytes, aad: bytes) -> SecretBytes:
    """Inverse of `aead_encrypt` for secret content, decrypted straight into a buffer."""
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    out = bytearray(len(blob) - NONCE_BYTES - 16)
    try:
        _aead(key).decrypt_into(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad, out)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc
    return SecretBytes(out)


def x25519_generate() -> tuple[SecretBytes, bytes]:
    """New X25519 pair as (private 32 bytes in a wipeable buffer, public raw 32 bytes)."""
    private = X25519PrivateKey.generate()
    raw = _raw_private(private)
    buffer = bytearray(raw)
    scrub(raw)
    return SecretBytes(buffer), private.public_key().public_bytes_raw()


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> SecretBytes:
    out = bytearray(KEY_BYTES)
    HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"radprev sealed-box v1" + ephemeral_public + recipient_public,
    ).derive_into(shared, out)
    scrub(shared)
    return SecretBytes(out)


def seal(recipient_public: bytes, plaintext: SecretBytes, aad: bytes) -> bytes:
    """Encrypt to an X25519 public key: ephemeral public (32) || nonce || ct+tag."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _seal_key(shared, ephemeral_public, recipient_public)
    try:
        return ephemeral_public + aead_encrypt(key, plaintext, aad)
    finally:
        key.wipe()


def unseal(recipient_private: SecretBytes, blob: bytes, aad: bytes) -> SecretBytes:
    """Inverse of `seal`; raises DecryptionFailed."""
    if len(blob) < 32 + NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    private = X25519PrivateKey.from_private_bytes(recipient_private.view())
    ephemeral_public = blob[:32]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise DecryptionFailed("bad ephemeral key") from exc
    key = _seal_key(shared, ephemeral_public, private.public_key().public_bytes_raw())
    try:
        return aead_decrypt_secret(key, blob[32:], aad)
    finally:
        key.wipe()


def subkey(key: SecretBytes, label: bytes) -> SecretBytes:
    """A key for one purpose derived from `key` (HKDF-SHA256), so purposes never share a key."""
    out = bytearray(KEY_BYTES)
    HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=label).derive_into(
        key.view(), out
    )
    return SecretBytes(out)


def mac_hex(key: SecretBytes, data: bytes) -> str:
    """HMAC-SHA256 of `data` under `key`, as hex."""
    return hmac.new(key.buffer_for_primitive(), data, "sha256").hexdigest()


def mac_matches(key: SecretBytes, data: bytes, expected_hex: str) -> bool:
    """Constant-time check of an HMAC-SHA256 hex string."""
    return hmac.compare_digest(mac_hex(key, data), expected_hex)


def key_id(key: SecretBytes) -> str:
    """A public name for a key (HMAC of a label): tells key generations apart, reveals nothing."""
    label_key = subkey(key, b"radprev key id v1")
    try:
        return mac_hex(label_key, b"key id")[:32]
    finally:
        label_key.wipe()


def ed25519_generate() -> tuple[bytes, bytes]:
    """New Ed25519 signing pair as (private raw, public raw)."""
    private = Ed25519PrivateKey.generate()
    return _raw_private(private), private.public_key().public_bytes_raw()


def ed25519_public(private_raw: bytes) -> bytes:
    """Public half of a raw Ed25519 private key."""
    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()


def sign(private_raw: bytes, message: bytes) -> bytes:
    """Ed25519 signature (64 bytes)."""
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(message)


def verify(public_raw: bytes, signature: bytes, message: bytes) -> bool:
    """True when `signature` is a valid Ed25519 signature of `message`."""
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of a public key as 64 hex digits; shown in groups of four."""
    return hashlib.sha256(public_raw).hexdigest()


def group_fingerprint(hex_digest: str, group: int = 4) -> str:
    """'ab12cd34…' → 'AB12 CD34 …' for reading aloud and comparing on paper."""
    upper = hex_digest.upper()
    return " ".join(upper[i : i + group] for i in range(0, len(upper), group))


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict base64 decoding; raises ValueError on bad input."""
    return base64.b64decode(text.encode("ascii"), validate=True)


# Recovery codes: 8 groups of 5 characters from an alphabet without look-alikes,
# 40 characters × 5 bits = 200 bits; read from paper, so case and dashes don't matter.
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_recovery_code() -> str:
    """A new recovery code such as 'K7QF2-…' (8 groups of 5)."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(40)]
    return "-".join("".join(chars[i : i + 5]) for i in range(0, 40, 5))


def normalise_recovery_code(text: str) -> str:
    """Upper-case and regroup, so 'k7qf2 …' typed from paper matches the code."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


def sha256_hex(data: bytes) -> str:
    """SHA-256 as hex."""
    return hashlib.sha256(data).hexdigest()
