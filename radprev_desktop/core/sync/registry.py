"""The record kinds that travel, with every owning service imported first.

Each service registers its SyncKind when its module is imported; the sync layer
imports the record services here (explicitly, so a frozen bundle holds them and a
missing one fails at import) so that an export or import never misses a kind
because nothing else happened to import its service yet.
"""

from __future__ import annotations

from radprev_desktop.core import changes as outbox
from radprev_desktop.core.services import (
    checklist_sync,
    checklists,
    observations,
    retention,
    reviews,
    subjects,
)

# The services whose import registers a SyncKind; listed so the dependency is visible.
SERVICE_MODULES = (subjects, observations, reviews, retention, checklists, checklist_sync)


def sync_kinds() -> dict[str, outbox.SyncKind]:
    """Every registered kind, by name."""
    return outbox.kinds()
