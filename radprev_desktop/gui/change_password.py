"""Changing one's own password (and the forced change after an administrator's reset)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.services import users
from radprev_desktop.core.session import Session
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.widgets import PasswordPair


class ChangePasswordDialog(QDialog):
    """Current password once, the new one twice; `forced` when the administrator reset it."""

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
        current_password: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Change password"))
        self.intro = QLabel(
            self.tr(
                "Your password was set by the administrator. Choose your own password "
                "before you continue."
            )
            if forced
            else self.tr("Type your current password, then the new one twice.")
        )
        self.intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current password"))
        self.current.setObjectName("currentPassword")
        if current_password:
            self.current.setText(current_password)
        self.pair = PasswordPair(username=session.user.username)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("changePasswordMessage")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change password"))
        ok.setAccessibleName(self.tr("Change password"))
        ok.setEnabled(False)
        self.pair.validity_changed.connect(ok.setEnabled)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("C&urrent password:"))
        label.setBuddy(self.current)
        form.addRow(label, self.current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if current_password:
            self.current.hide()
            label.hide()
            self.pair.first.setFocus()

    def _change(self) -> None:
        if not self.pair.is_valid():
            self.message.setText(self.pair.problem())
            return
        try:
            users.change_own_password(self.session, self.current.text(), self.pair.password())
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.current.clear()
        self.pair.clear()
        self.accept()
