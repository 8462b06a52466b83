"""Creating the training vault from the login screen's Practise (first time only).

The training vault lives in a folder of its own (`default_training_folder()`),
never the real vault's. Whoever creates it becomes its administrator, who then
adds trainees (officers) and a trainer on the Administration page. Its recovery
code is shown once, like any vault's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import training
from radprev_desktop.core.services.vault_access import KdfParams, VaultAccess
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.training_widgets import training_banner, training_title
from radprev_desktop.gui.widgets import PasswordPair, add_labelled_rows

TRAINING_UNIT = ("TR", "Training wing")


class TrainingSetupDialog(QDialog):
    """Administrator name and password for a new training vault; then its recovery code."""

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, kdf: KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.kdf = kdf  # None: calibrated on this machine (tests pass cheap parameters)
        self.recovery_code = ""
        self.setObjectName("trainingSetup")
        self.setWindowTitle(training_title(self.tr("Create the training database")))
        about = QLabel(
            self.tr(
                "Practice happens in a training database of its own, in {folder}: never in the "
                "real one, never exported, and every page it prints says TRAINING — NOT A "
                "REAL RECORD. You become its administrator: add the trainees (role officer) "
                "and a trainer on the Administration page."
            ).format(folder=folder)
        )
        about.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("trainingAdmin")
        self.username.setAccessibleName(self.tr("Administrator's username"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("trainingAdminName")
        self.display_name.setAccessibleName(self.tr("Administrator's full name"))
        self.passwords = PasswordPair(self)
        form = QFormLayout()
        add_labelled_rows(
            form,
            (
                (self.tr("&Username:"), self.username),
                (self.tr("&Full name:"), self.display_name),
            ),
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(training_banner(self))
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.passwords)
        layout.addWidget(self.buttons)

    def create_vault(self) -> bool:
        """Make the training vault, show its recovery code once, and close."""
        password = self.passwords.password()
        try:
            created = VaultAccess(self.folder).create(
                mode=Mode.WORKSTATION,
                establishment_code="TRAINING",
                establishment_name=self.tr("Training"),
                admin_username=self.username.text(),
                admin_password=password,
                admin_display_name=self.display_name.text(),
                units=[(TRAINING_UNIT[0], self.tr("Training wing"))],
                kdf=self.kdf,
                training=True,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return False
        try:
            training.initialise(created.session)
        finally:
            created.session.close()
        self.recovery_code = created.recovery_code
        box = QMessageBox(self)
        box.setObjectName("trainingRecoveryCode")
        box.setWindowTitle(training_title(self.tr("Recovery code")))
        box.setText(
            self.tr(
                "The training database is ready. Its recovery code (shown once; keep it with "
                "the trainer's papers):\n\n{code}"
            ).format(code=created.recovery_code)
        )
        box.open()
        box.finished.connect(lambda _r: self.accept())
        self.code_box = box
        return True
