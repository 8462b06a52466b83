"""Help → About: what IT support asks for first (versions, vault and log folders)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from radprev_desktop.core.doctor import component_versions
from radprev_desktop.core.logs import log_folder


def about_facts(vault_folder: str) -> list[tuple[str, str]]:
    """(label, value) rows: version, vault folder, log folder, Python, Qt, SQLCipher."""
    versions = component_versions()
    return [
        (QCoreApplication.translate("About", "Version"), versions["radprev"]),
        (QCoreApplication.translate("About", "Database folder"), vault_folder),
        (QCoreApplication.translate("About", "Logs and crash reports"), str(log_folder())),
        (QCoreApplication.translate("About", "Python"), versions["Python"]),
        (
            QCoreApplication.translate("About", "Qt"),
            f"{qVersion()} (PySide6 {PySide6.__version__})",
        ),
        (
            QCoreApplication.translate("About", "SQLCipher"),
            f"{versions['SQLCipher']} (SQLite {versions['SQLite']})",
        ),
        (QCoreApplication.translate("About", "System"), versions["platform"]),
    ]


class AboutDialog(QDialog):
    """The facts as selectable text, and the product's one-line purpose."""

    def __init__(self, vault_folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About radprev"))
        purpose = QLabel(
            self.tr(
                "radprev — an offline observation log for prison officers.\n"
                "This is an observation log, not a risk assessment."
            )
        )
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in about_facts(vault_folder):
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setAccessibleName(label)
            form.addRow(label, field)
            self.values[label] = field
        notices = QLabel(
            self.tr("Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(notices)
        layout.addWidget(buttons)
