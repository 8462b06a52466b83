"""What the prisoner's file page shows when the reason for access was not given.

After an unlock the file that was open asks for the reason again; cancelling it left
an empty page with no heading and no way back to the file (soak9, session 9). This
panel says why nothing is shown and offers to give the reason and open the same file
again. It names no one: without a reason no personal data is shown, the name included.
Opening goes through the main window (`open_subject_requested`), so work held across
the lock comes back with the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.widgets import heading, named_button


class FileNotOpened(QWidget):
    """Says no reason was given, and offers *Give the reason and open the file again…*."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("fileNotOpened")
        self.subject_id = ""
        layout = QVBoxLayout(self)
        layout.addWidget(heading(QCoreApplication.translate("MainWindow", "Prisoner's file")))
        self.text = QLabel(
            self.tr(
                "The file is not shown: no reason for access was given. Nothing in it is "
                "shown or recorded as consulted until you give one."
            )
        )
        self.text.setObjectName("notOpenedText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.open_again = named_button(
            self.tr("Give the reason and &open the file again…"), "openAgain"
        )
        self.open_again.clicked.connect(self._open_again)
        row = QHBoxLayout()
        row.addWidget(self.open_again)
        row.addStretch(1)
        layout.addLayout(row)
        self.other = QLabel(self.tr("Or choose another page in the list on the left."))
        self.other.setWordWrap(True)
        layout.addWidget(self.other)
        layout.addStretch(1)
        self.setFocusProxy(self.open_again)

    def show_in(self, stack: QStackedWidget, subject_id: str) -> None:
        """Shown in the file page's `stack` for the file that waits (its id only, never shown)."""
        self.subject_id = subject_id
        stack.setCurrentWidget(self)
        self.open_again.setFocus()

    def _open_again(self) -> None:
        if self.subject_id:
            self.ctx.open_subject_requested.emit(self.subject_id)
