"""The demo accounts table of the login window (throw-away demo databases only).

Shown only with `radprev-desktop --demo-accounts`; its texts keep the login
window's translation context ("LoginWindow").
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from radprev_desktop.core.demo import DEMO_ACCOUNTS
from radprev_desktop.core.model import Role
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.gui.roles import role_name


def demo_accounts(vault: VaultAccess) -> list[tuple[str, str, str]]:
    """(username, password, roles) of a throw-away demo vault, for the login screen.

    The published demo accounts (`core.demo.DEMO_ACCOUNTS`) plus those `make demo`
    names in `RADPREV_DEMO_ACCOUNTS` (`user:password:role+role;…`); only accounts
    with a key slot in this vault are listed. Shown only with `--demo-accounts`.

    A central store on PostgreSQL has no key slots and cannot be asked before a login:
    there only the accounts `make central-demo` names are listed (it made them).
    """
    found: list[tuple[str, str, str]] = []
    for item in os.environ.get("RADPREV_DEMO_ACCOUNTS", "").split(";"):
        parts = item.split(":")
        if len(parts) == 3 and parts[0]:
            found.append((parts[0], parts[1], parts[2].replace("+", ", ")))
    if vault.is_central_store:
        return found
    for user, password, roles in DEMO_ACCOUNTS:
        found.append((user, password, ", ".join(r.value for r in roles)))
    return [a for a in found if vault.has_key_slot(a[0])]


def _role_shown(value: str) -> str:
    """A role as the main window names it, in the chosen language (a stray word: as given)."""
    known = {role.value: role for role in Role}
    return role_name(known[value]) if value in known else value


class DemoAccountsBox(QGroupBox):
    """Each account with its password and roles; a double-click or Enter fills in the login."""

    def __init__(self, accounts: list[tuple[str, str, str]]) -> None:
        super().__init__(
            QCoreApplication.translate(
                "LoginWindow", "Demo accounts (throw-away demo database only)"
            )
        )
        layout = QVBoxLayout(self)
        table = QTableWidget(len(accounts), 3)
        self.table = table
        table.setObjectName("demoAccounts")
        table.setAccessibleName(QCoreApplication.translate("LoginWindow", "Demo accounts"))
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("LoginWindow", "Username"),
                QCoreApplication.translate("LoginWindow", "Password"),
                QCoreApplication.translate("LoginWindow", "Roles"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        for index, (user, password, roles) in enumerate(accounts):
            shown = ", ".join(_role_shown(r.strip()) for r in roles.split(","))
            for col, text in enumerate((user, password, shown)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (user, password))
                table.setItem(index, col, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()  # rows as tall as their words: room at 150 % (fixb9, s9)
        # Wide and tall enough to show every account and role without scrolling.
        table.setMinimumWidth(table.horizontalHeader().length() + 2 * table.frameWidth() + 4)
        table.horizontalHeader().setStretchLastSection(True)
        rows_height = table.verticalHeader().length()
        table.setMinimumHeight(rows_height + table.horizontalHeader().height() + 4)
        hint = QLabel(
            QCoreApplication.translate(
                "LoginWindow", "Double-click or press Enter on an account to fill it in."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(table)
        layout.addWidget(hint)
