"""Core services: each owns its tables and checks the session's role itself."""

# Importing the record services registers their sync kinds (see core/changes.py kinds()).
from radprev_desktop.core.services import (  # noqa: F401
    checklist_sync,
    observations,
    retention,
    reviews,
    subjects,
)
