"""The button on a prisoner's file that restricts processing (accuracy disputed) or lifts it.

Who may is core's answer (`policy.allows(..., RESTRICT_SUBJECTS)`); the change, its note
and its audit entry are `core/services/restriction.py`. The reason is asked every time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QLayout, QLineEdit, QPushButton

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import restriction
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error


class RestrictionButton(QPushButton):
    """*Restrict processing…* or *Lift restriction…* for the file shown on `page` (the
    prisoner's file: its `subject` and `identity_box` follow the change)."""

    def __init__(self, ctx: AppContext, page: Any, layout: QLayout) -> None:
        super().__init__()
        self.setObjectName("restriction")
        self.ctx, self.page = ctx, page
        layout.addWidget(self)
        self.subject: Subject | None = None
        self.clicked.connect(self.change)
        self.show_for(None)

    def show_for(self, subject: Subject | None) -> None:
        """Label and state for `subject` (disabled without a file or the permission)."""
        self.subject = subject
        lifting = subject is not None and subject.restricted
        self.setText(self.tr("&Lift restriction…") if lifting else self.tr("Restr&ict processing…"))
        session = self.ctx.session
        user = session.user if session is not None and session.is_open else None
        self.setEnabled(
            subject is not None
            and user is not None
            and policy.allows(user, Permission.RESTRICT_SUBJECTS)
        )

    def change(self) -> None:
        """Ask the reason, then set or lift the restriction."""
        subject = self.subject
        if subject is None:
            return
        restrict = not subject.restricted
        title = self.tr("Restrict processing") if restrict else self.tr("Lift the restriction")
        prompt = (
            self.tr(
                "Why is processing of this file restricted? (kept in the file and the audit log)"
            )
            if restrict
            else self.tr("Why is the restriction lifted? (kept in the file and the audit log)")
        )
        reason, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Normal)
        if not ok:
            return
        try:
            changed = self.ctx.perform(
                restriction.set_restriction,
                self.ctx.require_session(),
                subject.id,
                restrict,
                reason,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.show_for(changed)
        self.page.subject = changed
        self.page.identity_box.show_restriction(changed.restricted)
