"""The record kinds that travel by USB: an explicit list, in apply order.

Each real kind lives in its own `services/<kind>_sync.py` (its JSON Schema,
`serialize` and `apply`); listing them here makes the dependency visible and a
missing one fail at import (a frozen bundle holds them all). Kinds registered
with `register_kind` (tests, benchmarks) are added after them.
"""

from __future__ import annotations

from radprev_desktop.core.outbox import SyncKind
from radprev_desktop.core.services import (
    checklist_sync,
    observation_sync,
    record_note_sync,
    referral_sync,
    review_sync,
    subject_sync,
    tombstone_sync,
    transfer_sync,
)

KINDS: tuple[SyncKind, ...] = (
    subject_sync.KIND,
    transfer_sync.KIND,
    observation_sync.KIND,
    review_sync.KIND,
    checklist_sync.KIND,
    referral_sync.KIND,
    record_note_sync.KIND,
    tombstone_sync.KIND,
)

_EXTRA: dict[str, SyncKind] = {}


def register_kind(kind: SyncKind) -> None:
    """Add a kind that is not one of the application's (tests and benchmarks only)."""
    if kind.name in {k.name for k in KINDS}:
        raise ValueError(f"{kind.name!r} is one of the application's own kinds")
    _EXTRA[kind.name] = kind


def sync_kinds() -> dict[str, SyncKind]:
    """Every kind, by name: the listed ones, then any registered for tests or benchmarks."""
    return {**{kind.name: kind for kind in KINDS}, **_EXTRA}


def only_own_kinds() -> bool:
    """No kind registered beside the application's (a process started afresh has only those:
    files.import_packages checks packages in one only then)."""
    return not _EXTRA
