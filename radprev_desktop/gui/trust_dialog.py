"""Trusting the central office certificate: its check code compared group by group."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.sync import keys


class TrustDialog(QDialog):
    """Compare the certificate's check code with the enrolment sheet, group by group.

    On screen the key's fingerprint is called its "check code" (plain words for
    officers); the printed enrolment sheet names it fingerprint and says it is the
    check code the program shows.
    """

    def __init__(self, cert: keys.CentralCertificate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cert = cert
        self.setWindowTitle(self.tr("Trust the central office certificate"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Central office: {est}. Type the check code printed on the enrolment sheet "
                "(the sheet calls it the fingerprint). Each group of four turns green when it "
                "matches the certificate."
            ).format(est=cert.establishment)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.shown = QLabel(sync_core.grouped_fingerprint(cert.fingerprint))
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown.setAccessibleName(self.tr("Check code of the certificate"))
        self.shown.setWordWrap(True)
        layout.addWidget(self.shown)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Check code from the enrolment sheet"))
        self.typed.setPlaceholderText(self.tr("Check code from the enrolment sheet"))
        self.typed.textChanged.connect(self._compare)
        layout.addWidget(self.typed)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._compare()

    def _compare(self) -> None:
        typed = keys.normalise_fingerprint(self.typed.text())
        expected = self.cert.fingerprint
        groups = []
        for i in range(0, len(expected), 4):
            part = expected[i : i + 4].upper()
            got = typed[i : i + 4]
            if len(got) < 4:
                groups.append(part)
            elif got == expected[i : i + 4]:
                groups.append(f"<span style='color:#1b5e20'><b>{part}</b></span>")
            else:
                groups.append(f"<span style='color:#b71c1c'><u>{part}</u></span>")
        self.shown.setText(" ".join(groups))
        ok = typed == expected
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.verdict.setText(self.tr("The check codes match."))
        elif len(typed) >= len(expected):
            self.verdict.setText(
                self.tr("The check codes do NOT match. Do not trust this certificate.")
            )
        else:
            self.verdict.setText("")
