"""The record kinds that travel, with every owning service imported first.

Each service registers its SyncKind when its module is imported; the sync layer
imports the known record services here so that an export or import never
misses a kind because nothing else happened to import its service yet.
"""

from __future__ import annotations

import importlib

from radprev_desktop.core import changes as outbox

SERVICE_MODULES = (
    "radprev_desktop.core.services.subjects",
    "radprev_desktop.core.services.observations",
    "radprev_desktop.core.services.reviews",
    "radprev_desktop.core.services.retention",
    "radprev_desktop.core.services.checklists",
    "radprev_desktop.core.services.checklist_runs",
    "radprev_desktop.core.services.checklist_sync",
)


def sync_kinds() -> dict[str, outbox.SyncKind]:
    """Every registered kind, by name."""
    for name in SERVICE_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return outbox.kinds()
