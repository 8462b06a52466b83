"""The audit row, defined once: its fields, their SQL column list and its JSON Schema.

The same twelve fields are the `audit` table at a workstation, a line of a
package's `audit.jsonl`, and the `imported_audit` table at the central office
(which adds the workstation id and package number). The hash over them is
`audit.entry_hash`. Imports nothing of the project, so the audit log, the sync
layer and the documentation generator can all use it.
"""

from __future__ import annotations

from typing import Any

FIELDS: tuple[str, ...] = (
    "seq",
    "at",
    "user",
    "workstation",
    "action",
    "object_type",
    "object_id",
    "justification",
    "recipient",
    "details",
    "prev_hash",
    "hash",
)
# The fields the hash covers after `prev_hash`, in hashing order.
HASHED: tuple[str, ...] = FIELDS[:10]
# `user` is quoted: a column name in SQLite and PostgreSQL (where bare `user` is current_user).
COLUMNS = ", ".join('"user"' if f == "user" else f for f in FIELDS)
MAX_TEXT = 100_000

_HEX64 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
_TEXT = {"type": "string", "maxLength": MAX_TEXT}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "radprev:audit-entry:1",
    "title": "audit entry",
    "description": (
        "One entry of a workstation's hash-chained audit log, copied verbatim. "
        "`hash` = SHA-256 of the JSON array [prev_hash, seq, at, user, workstation, "
        "action, object_type, object_id, justification, recipient, details] written "
        'with json.dumps(list, ensure_ascii=False, separators=(",", ":")); entry 1 '
        "has prev_hash = 64 zeros. `details` is the JSON text as stored (hashed as "
        "text) and holds ids, counts and codes only, no personal data of prisoners."
    ),
    "type": "object",
    "additionalProperties": False,
    "required": list(FIELDS),
    "properties": {
        "seq": {"type": "integer", "minimum": 1, "description": "position in the log, from 1"},
        "at": {**_TEXT, "description": "time stamp of the entry"},
        "user": {**_TEXT, "description": "username of who acted"},
        "workstation": {**_TEXT, "description": "workstation id of the vault that wrote it"},
        "action": {**_TEXT, "description": "what happened, e.g. subject_file_opened"},
        "object_type": {**_TEXT, "description": "kind of object acted on, or empty"},
        "object_id": {**_TEXT, "description": "id of that object, or empty"},
        "justification": {**_TEXT, "description": "reason given for a consultation"},
        "recipient": {**_TEXT, "description": "recipient of a disclosure"},
        "details": {**_TEXT, "description": "JSON text of ids, counts and codes"},
        "prev_hash": {**_HEX64, "description": "hash of the entry before"},
        "hash": {**_HEX64, "description": "this entry's hash"},
    },
}
