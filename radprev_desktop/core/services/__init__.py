"""Core services: each owns its tables and checks the session's role itself."""

# The record kinds that travel by USB, one `*_sync.py` module each (importing one
# registers its SyncKind; see core/changes.py kinds() and core/sync/registry.py).
from radprev_desktop.core.services import (  # noqa: F401
    checklist_sync,
    observation_sync,
    review_sync,
    subject_sync,
    tombstone_sync,
)
