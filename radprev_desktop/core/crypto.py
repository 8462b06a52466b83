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
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
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


MIN_MEMORY_KIB = 64 * 1024


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id of a password (UTF-8, NFC is left to the caller) into 32 bytes."""
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate_kdf(target_seconds: float = 0.5, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Choose Argon2id passes so one derivation takes about `target_seconds` here.

    Like KeePassXC: double the passes at the fixed memory (never below 64 MiB)
    until a derivation takes a measurable share of the target, then scale.
    """
    salt = os.urandom(16)
    passes = 1
    while True:
        params = KdfParams(time_cost=passes, memory_kib=memory_kib, parallelism=2)
        start = time.perf_counter()
        derive_key("calibration", salt, params)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds / 4 or passes >= 64:
            break
        passes *= 2
    scaled = round(passes * target_seconds / max(elapsed, 1e-3))
    return KdfParams(time_cost=max(1, min(100, scaled)), memory_kib=memory_kib, parallelism=2)


def random_key() -> bytes:
    """32 random bytes from the OS."""
    return secrets.token_bytes(KEY_BYTES)


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM; returns nonce || ciphertext+tag."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Inverse of `aead_encrypt`; raises DecryptionFailed on any mismatch."""
    if len(blob) < NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise DecryptionFailed("authentication failed") from exc


def x25519_generate() -> tuple[bytes, bytes]:
    """New X25519 pair as (private raw 32 bytes, public raw 32 bytes)."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), private.public_key().public_bytes_raw()


def x25519_public(private_raw: bytes) -> bytes:
    """Public half of a raw X25519 private key."""
    return X25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def _seal_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"radprev sealed-box v1" + ephemeral_public + recipient_public,
    ).derive(shared)


def seal(recipient_public: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt to an X25519 public key: ephemeral public (32) || nonce || ct+tag."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _seal_key(shared, ephemeral_public, recipient_public)
    return ephemeral_public + aead_encrypt(key, plaintext, aad)


def unseal(recipient_private: bytes, blob: bytes, aad: bytes) -> bytes:
    """Inverse of `seal`; raises DecryptionFailed."""
    if len(blob) < 32 + NONCE_BYTES + 16:
        raise DecryptionFailed("too short")
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    ephemeral_public = blob[:32]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise DecryptionFailed("bad ephemeral key") from exc
    key = _seal_key(shared, ephemeral_public, private.public_key().public_bytes_raw())
    return aead_decrypt(key, blob[32:], aad)


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
