"""Role names as the user sees them (own module so pages and the main window share them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core import labels as table
from radprev_desktop.core.model import Role

#: The marked English names (core/labels.py, context "labels").
ROLE_NAMES = {role: table.LABELS[role] for role in Role}


def role_name(role: Role) -> str:
    """The translated name of a role."""
    return QCoreApplication.translate(table.CONTEXT, str(ROLE_NAMES[role]))
