"""Role names as the user sees them (own module so pages and the main window share them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from radprev_desktop.core.model import Role

# Context "MainWindow" kept so the existing translations still apply.
ROLE_NAMES = {
    Role.OFFICER: QT_TRANSLATE_NOOP("MainWindow", "officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("MainWindow", "supervisor"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("MainWindow", "administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("MainWindow", "auditor"),
    Role.ANALYST: QT_TRANSLATE_NOOP("MainWindow", "analyst"),
    Role.TRAINER: QT_TRANSLATE_NOOP("MainWindow", "trainer"),  # training vaults only
}


def role_name(role: Role) -> str:
    """The translated name of a role."""
    return QCoreApplication.translate("MainWindow", str(ROLE_NAMES[role]))
