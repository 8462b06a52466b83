"""First run: create the vault (mode, establishment, administrator) and show the recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.i18n import default_report_language
from radprev_desktop.core.model import Mode
from radprev_desktop.core.reports.disclosure import record_disclosure
from radprev_desktop.core.reports.recovery_sheet import recovery_sheet
from radprev_desktop.core.services.vault_access import KdfParams, VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.gui.errors import error_text, show_error
from radprev_desktop.gui.i18n import current_language
from radprev_desktop.gui.widgets import PasswordPair, print_pdf
from radprev_desktop.gui.window_title import app_title


def parse_units(text: str) -> list[tuple[str, str]]:
    """'A = Wing A' per line → [('A', 'Wing A')]; a line with a code only names itself."""
    units: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code, _, name = line.partition("=")
        code = code.strip().upper()
        units.append((code, name.strip() or code))
    return units


class ModePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where will this computer be used?"))
        self.setSubTitle(self.tr("The choice cannot be changed later."))
        self.workstation = QRadioButton(self.tr("&Workstation in an establishment"))
        self.workstation.setAccessibleName(self.tr("Workstation"))
        self.workstation.setChecked(True)
        self.central = QRadioButton(self.tr("&Central office (imports packages from workstations)"))
        self.central.setAccessibleName(self.tr("Central office"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.workstation)
        self.group.addButton(self.central)
        explain = QLabel(
            self.tr(
                "Officers, supervisors and auditors work on a workstation; its records reach the "
                "central office as encrypted files on USB. Choose central office only for the "
                "analysts' computer."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.workstation)
        layout.addWidget(self.central)
        layout.addWidget(explain)
        layout.addStretch(1)

    def mode(self) -> Mode:
        return Mode.CENTRAL if self.central.isChecked() else Mode.WORKSTATION


class EstablishmentPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Establishment"))
        self.setSubTitle(
            self.tr("The establishment this encrypted database belongs to, and its units.")
        )
        self.code = QLineEdit()
        self.code.setObjectName("establishmentCode")
        self.code.setAccessibleName(self.tr("Establishment code"))
        self.code.setPlaceholderText(self.tr("for example PL-WAW1"))
        self.code.setMaxLength(16)
        self.name = QLineEdit()
        self.name.setObjectName("establishmentName")
        self.name.setAccessibleName(self.tr("Establishment name"))
        self.units = QPlainTextEdit()
        self.units.setObjectName("units")
        self.units.setAccessibleName(self.tr("Units, one per line: code = name"))
        self.units.setTabChangesFocus(True)
        self.units.setPlaceholderText(self.tr("A = Wing A\nB = Wing B"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        for text, field in (
            (self.tr("&Code:"), self.code),
            (self.tr("Na&me:"), self.name),
            (self.tr("&Units (code = name, one per line):"), self.units),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
        form.addRow(self.hint)
        self.code.textChanged.connect(self._changed)
        self.units.textChanged.connect(self._changed)

    def problem(self) -> str:
        code = self.code.text().strip()
        if not code:
            return self.tr("Type the establishment code.")
        if not code.replace("-", "").isalnum():
            return self.tr("The code uses letters, digits and '-' only.")
        for unit_code, _ in parse_units(self.units.toPlainText()):
            if not unit_code.replace("-", "").isalnum():
                return self.tr("A unit code uses letters, digits and '-' only.")
        return ""

    def _changed(self) -> None:
        self.hint.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class AdministratorPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator manages accounts, settings and backups. Other accounts are "
                "added afterwards."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, self.tr("&Create the encrypted database")
        )
        self.username = QLineEdit()
        self.username.setObjectName("adminUsername")
        self.username.setAccessibleName(self.tr("Administrator username"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("adminDisplayName")
        self.display_name.setAccessibleName(self.tr("Administrator full name"))
        self.pair = PasswordPair()
        self.username.textChanged.connect(self.pair.set_username)
        self.username.textChanged.connect(self.completeChanged)
        self.pair.validity_changed.connect(self.completeChanged)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("setupMessage")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Username:"), self.username),
            (self.tr("&Full name:"), self.display_name),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return bool(self.username.text().strip()) and self.pair.is_valid()

    def validatePage(self) -> bool:
        return self._wizard.create_vault()


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(
            self.tr(
                "This code is shown only now. With it a new password can be set when every "
                "administrator password is lost."
            )
        )
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "Write it down or print the recovery sheet, seal it in an envelope and keep it in "
                "the establishment's safe. Do not store it on this computer."
            )
        )
        advice.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print the recovery sheet…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery sheet"))
        self.print_button.clicked.connect(wizard.print_recovery_sheet)
        self.print_button.setVisible(wizard.can_print_sheet())
        self.confirm = QCheckBox(self.tr("I have written down / printed it and stored it safely"))
        self.confirm.setObjectName("recoveryConfirm")
        self.confirm.setAccessibleName(self.tr("I have stored the recovery code safely"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(advice)
        layout.addWidget(self.print_button)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    def initializePage(self) -> None:
        code = self._wizard.recovery_code
        groups = code.split("-")
        self.code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class SetupWizard(QWizard):
    """Creates the vault; `vault_created(session)` hands over the administrator's session."""

    vault_created = Signal(object)

    def __init__(
        self,
        folder: Path,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.kdf = kdf  # None: calibrated on this machine (tests pass cheap parameters)
        self.session: Session | None = None
        self.recovery_code = ""
        self.setWindowTitle(app_title(self.tr("radprev — create the encrypted database")))
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.mode_page = ModePage()
        self.establishment_page = EstablishmentPage()
        self.admin_page = AdministratorPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.mode_page, self.establishment_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def create_vault(self) -> bool:
        """Create the vault from the pages; False (and a message) when refused."""
        if self.session is not None:
            return True
        page = self.admin_page
        page.message.setText(
            self.tr(
                "Creating the encrypted database; measuring this computer's speed for the password key…"
            )
        )
        QApplication.processEvents()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            created = VaultAccess(self.folder).create(
                mode=self.mode_page.mode(),
                establishment_code=self.establishment_page.code.text(),
                establishment_name=self.establishment_page.name.text(),
                admin_username=page.username.text(),
                admin_password=page.pair.password(),
                admin_display_name=page.display_name.text(),
                kdf=self.kdf,
                units=parse_units(self.establishment_page.units.toPlainText()),
            )
        except RadprevError as exc:
            page.message.setText(error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        page.pair.clear()
        page.message.clear()
        self.session = created.session
        self.recovery_code = created.recovery_code
        return True

    def can_print_sheet(self) -> bool:
        return True

    def print_recovery_sheet(self) -> None:
        if self.session is None:
            return
        try:
            language = default_report_language(self.session, current_language())  # 0031
            report = recovery_sheet(self.session, self.recovery_code, language=language)
            if print_pdf(self, report.pdf, report.title):
                record_disclosure(
                    self.session,
                    report.document_id,
                    report.kind,
                    None,
                    "",
                    "",
                    "print",
                    personal_data=False,
                )
        except RadprevError as exc:
            show_error(self, exc)

    def accept(self) -> None:
        if self.session is None or not self.recovery_page.isComplete():
            return
        self.recovery_code = ""
        self.recovery_page.code.clear()
        super().accept()
        self.vault_created.emit(self.session)

    def reject(self) -> None:
        # Once the vault exists, the recovery code must be acknowledged first.
        if self.session is not None:
            return
        super().reject()
