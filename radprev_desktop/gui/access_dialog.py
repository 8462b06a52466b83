"""Which prisoners an account reaches: its units, and the audited whole-establishment grant.

Officers and supervisors see and write only the prisoners of their units
(core/policy.py); the administrator ticks the units here. Reaching the whole
establishment is a separate, explicit grant with a reason that goes into the
audit log — never a side effect of ticking every unit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.model import Mode, User
from radprev_desktop.core.services import access_grants, settings, users
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.widgets import add_labelled_rows, ok_cancel


class AccessDialog(QDialog):
    """Units of one account and its whole-establishment grant (administrator)."""

    def __init__(self, ctx: AppContext, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccessDialog")
        self.ctx = ctx
        session = ctx.require_session()
        self.session = session
        self.user: User = users.get_user(session, username)
        self.setWindowTitle(
            self.tr("Units and access of {user}").format(user=username)
            if session.mode is Mode.WORKSTATION
            else self.tr("Establishments and access of {user}").format(user=username)
        )
        intro = QLabel(
            self.tr(
                "Officers and supervisors see and write only the prisoners of the units ticked "
                "here. Reaching every prisoner of the establishment is a separate grant, "
                "recorded in the audit log with its reason."
            )
            if session.mode is Mode.WORKSTATION
            else self.tr(
                "At the central office an account reads the files, records and counts of the "
                "establishments listed here (their codes; * for every establishment), as "
                "they arrive in the workstations' packages. Every change of access is "
                "recorded in the audit log with its reason."
            )
        )
        intro.setObjectName("accessIntro")
        intro.setWordWrap(True)
        self.unit_boxes: dict[str, QCheckBox] = {}
        units_box = QGroupBox(self.tr("Units"))
        units_layout = QVBoxLayout(units_box)
        for unit in settings.list_units(session):
            box = QCheckBox(f"{unit.code} — {unit.name}")
            box.setAccessibleName(self.tr("Unit {code}").format(code=unit.code))
            box.setChecked(unit.code in self.user.units)
            self.unit_boxes[unit.code] = box
            units_layout.addWidget(box)
        if not self.unit_boxes:
            units_layout.addWidget(QLabel(self.tr("This establishment has no units.")))
        self.whole = QCheckBox(self.tr("&Whole establishment (every unit)"))
        self.whole.setObjectName("wholeEstablishment")
        self.whole.setAccessibleName(self.tr("Whole establishment"))
        self.whole.setChecked(session.establishment_code in self.user.establishments)
        self.whole.setVisible(session.mode is Mode.WORKSTATION)
        self.establishments = QLineEdit(", ".join(self.user.establishments))
        self.establishments.setObjectName("establishments")
        self.establishments.setAccessibleName(self.tr("Establishments"))
        self.establishments.setPlaceholderText(self.tr("codes separated by commas; * for all"))
        self.reason = QLineEdit()
        self.reason.setObjectName("grantReason")
        self.reason.setAccessibleName(self.tr("Reason for the change of access"))
        self.reason.setMaxLength(access_grants.MAX_GRANT_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. acting head of security until 30 June"))
        form = QFormLayout()
        if session.mode is Mode.CENTRAL:
            # The central office assigns analysts and supervisors whole establishments.
            add_labelled_rows(form, ((self.tr("E&stablishments:"), self.establishments),))
            units_box.setVisible(bool(self.unit_boxes))
        add_labelled_rows(form, ((self.tr("&Reason:"), self.reason),))
        self.message = QLabel()
        self.message.setObjectName("accessMessage")
        self.message.setWordWrap(True)
        self.buttons = ok_cancel(self, self.tr("Save access"), self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(units_box)
        layout.addWidget(self.whole)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def chosen_units(self) -> list[str]:
        return [code for code, box in self.unit_boxes.items() if box.isChecked()]

    def chosen_establishments(self) -> set[str]:
        """The establishments the account should reach (grants), as typed or ticked."""
        if self.session.mode is Mode.CENTRAL:
            # Separated by commas, semicolons or spaces: a code holds none of them.
            typed = self.establishments.text().replace(";", " ").replace(",", " ").split()
            return {code.upper() for code in typed}
        held = set(self.user.establishments)
        if self.whole.isChecked():
            return held | {self.session.establishment_code}
        return held - {self.session.establishment_code}

    def save(self) -> None:
        """Units first, then the grants (which need the reason); each audited by core."""
        held = set(self.user.establishments)
        wanted = self.chosen_establishments()
        name = self.user.username
        try:
            if wanted != held and not self.reason.text().strip():
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Say why the account needs this access."),
                    field="reason",
                )
            if sorted(self.chosen_units()) != sorted(self.user.units):
                self.ctx.perform(users.update_user, self.session, name, units=self.chosen_units())
            for code in sorted(wanted - held):
                self.ctx.perform(
                    access_grants.grant_establishment, self.session, name, self.reason.text(), code
                )
            for code in sorted(held - wanted):
                self.ctx.perform(
                    access_grants.revoke_establishment, self.session, name, self.reason.text(), code
                )
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            self.adjustSize()  # grow: the explanation above was squeezed and cut off
            self.reason.setFocus()
            return
        self.accept()
