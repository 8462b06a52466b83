"""What vault.keys of this format may hold, and the refusal of one a later version wrote.

An older radprev meeting a vault made by a newer one used to say "wrong password" or
"damaged" (decision 0030's page HMAC, 0033's anchor file were new fields and values).
This version — and every later one, which keeps the rule — refuses a file whose
`version` is above its own, or which holds a field or a value it does not know, with
"made by a newer version of radprev …; install that version or newer", before it
asks for a key and without writing anything (decision 0034). A later version that
changes vault.keys raises FORMAT_VERSION or adds a field, so this one refuses clearly.
"""

from __future__ import annotations

import json
from typing import Any

from radprev_desktop.core.errors import VaultTooNew
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import CipherSettings

FORMAT = "radprev-keys"
FORMAT_VERSION = 2
TRAINING = "training"  # the one purpose written; a real vault's file has none
ANCHOR_FILE = "vault.anchor"  # where the audit anchor moves (anchor_file.py)
#: Every top-level field this version writes or reads. A later version that writes
#: anything else (or a higher `version`) made a vault this one must not open: it says so
#: instead of "damaged" or a wrong password (decision 0034).
KNOWN_FIELDS = frozenset(
    {
        "format", "version", "vault_id", "kdf_default", "slots", "key_ids", "audit_anchor",
        "kdf_calibration", "purpose", "cipher", "audit_anchor_file", "throttle",
        "unknown_user_failures", "macs", "checksum",
    }
)  # fmt: skip


class NewerKeyFile(ValueError):
    """vault.keys was written by a later version: a higher format `version`, or a field
    or value this version does not know (`what` names it)."""

    def __init__(self, what: str, version: int | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.version = version


def refuse_newer(raw: dict[str, Any]) -> None:
    """NewerKeyFile when a later version wrote this file (checked before its checksum:
    a later version may compute that differently too)."""
    version = raw.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerKeyFile(f"format {version}", version)
    unknown = sorted(str(name) for name in set(raw) - KNOWN_FIELDS)
    if unknown:
        raise NewerKeyFile(", ".join(unknown))
    if raw.get("purpose") not in (None, TRAINING):
        raise NewerKeyFile(f"purpose {raw.get('purpose')!r}")
    if raw.get("audit_anchor_file") not in (None, ANCHOR_FILE):
        raise NewerKeyFile(f"audit_anchor_file {raw.get('audit_anchor_file')!r}")
    cipher_of(raw.get("cipher"))


def cipher_of(data: object) -> CipherSettings:
    """The recorded page settings; one this version does not know was written by a later
    version (a new page HMAC, say), not by damage: the keys' HMAC would catch an edit."""
    try:
        return CipherSettings.from_json(data)
    except ValueError as exc:
        raise NewerKeyFile(f"cipher {json.dumps(data, sort_keys=True)}") from exc


def too_new(exc: NewerKeyFile) -> VaultTooNew:
    """The refusal of a vault a later version wrote, in the user's words (decision 0034)."""
    if exc.version is not None:
        return VaultTooNew(
            QT_TRANSLATE_NOOP(
                "errors",
                "This vault was made by a newer version of radprev (its key file vault.keys "
                "has format %1; this version reads up to format %2); install that version "
                "or newer. Nothing in the vault was changed.",
            ),
            exc.version,
            FORMAT_VERSION,
        )
    return VaultTooNew(
        QT_TRANSLATE_NOOP(
            "errors",
            "This vault was made by a newer version of radprev (its key file vault.keys "
            "records %1, which this version does not know); install that version or newer. "
            "Nothing in the vault was changed.",
        ),
        exc.what,
    )
