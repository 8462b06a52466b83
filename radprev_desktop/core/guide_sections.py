"""The sections every language's user guide must have (page keys and the shared parts).

One list for the guide window (F1 opens the current page's section) and the
translators' completeness check, which must agree.
"""

from __future__ import annotations

GUIDE_SECTIONS = (
    "start",
    "roles",
    "setup",
    "login",
    "lock",
    "dashboard",
    "subjects",
    "subject_detail",
    "observation",
    "checklist",
    "search",
    "review_queue",
    "reports",
    "sync",
    "admin",
    "audit",
    "training",
    "keyboard",
    "glossary",
    "problems",
)
