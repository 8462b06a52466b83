"""The record kinds that travel by USB: an explicit list, in apply order.

Each real kind lives in its own `services/<kind>_sync.py` (its JSON Schema,
`serialize` and `apply`); listing them here makes the dependency visible and a
missing one fail at import (a frozen bundle holds them all). Kinds registered
with `changes.register_kind` (tests, benchmarks) are added after them.
"""

from __future__ import annotations

from radprev_desktop.core import changes as outbox
from radprev_desktop.core.services import (
    checklist_sync,
    observation_sync,
    review_sync,
    subject_sync,
    tombstone_sync,
)

KINDS: tuple[outbox.SyncKind, ...] = (
    subject_sync.KIND,
    observation_sync.KIND,
    review_sync.KIND,
    checklist_sync.KIND,
    tombstone_sync.KIND,
)


def sync_kinds() -> dict[str, outbox.SyncKind]:
    """Every kind, by name: the listed ones, then any registered for tests or benchmarks."""
    listed = {kind.name: kind for kind in KINDS}
    return {**outbox.kinds(), **listed}
