"""A prisoner's referrals to programmes, in the file: list, refer, record the next step.

The rules (who may refer, which status may follow which, what an outcome holds)
are core/services/referrals.py; this tab shows the referrals, marks those made
at another establishment (they arrived with a transferred prisoner's file and
are read-only here) and runs the core operations through `ctx.perform`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Referral, ReferralStatus, Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import referrals
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.errors import show_error
from radprev_desktop.gui.i18n import date_format
from radprev_desktop.gui.texts.labels import label, person_name, programme_text


def _day(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


class ReferralDialog(QDialog):
    """Refer the prisoner to a programme: reason as facts, apart from the assessment."""

    def __init__(self, ctx: AppContext, subject: Subject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject = subject
        self.saved: Referral | None = None
        self.setObjectName("ReferralDialog")
        self.setWindowTitle(self.tr("Refer to a programme"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(self.tr("Prisoner: {name}").format(name=subject.display_name))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.programme = QComboBox()
        self.programme.setObjectName("programme")
        for code in referrals.programmes(ctx.require_session()):
            self.programme.addItem(programme_text(code), code)
        self.day = _date_edit("referredOn")
        self.facts = QPlainTextEdit()
        self.facts.setObjectName("reasonFacts")
        self.facts.setTabChangesFocus(True)
        self.facts.setPlaceholderText(self.tr("What was seen or heard that led to the referral"))
        self.assessment = QPlainTextEdit()
        self.assessment.setObjectName("reasonAssessment")
        self.assessment.setTabChangesFocus(True)
        self.assessment.setPlaceholderText(self.tr("Why the programme may help (optional)"))
        for text, field in (
            (self.tr("&Programme:"), self.programme),
            (self.tr("&Date of referral:"), self.day),
            (self.tr("Reason — &facts:"), self.facts),
            (self.tr("Reason — your &assessment:"), self.assessment),
        ):
            name = QLabel(text)
            name.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(name, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Refer"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        try:
            self.saved = self.ctx.perform(
                referrals.refer,
                self.ctx.require_session(),
                self.subject.id,
                programme=str(self.programme.currentData()),
                reason_facts=self.facts.toPlainText(),
                reason_assessment=self.assessment.toPlainText(),
                referred_on=_day(self.day),
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.accept()


class ReferralStepDialog(QDialog):
    """The next status a referral reached (with its date and a note), and/or its outcome."""

    def __init__(self, ctx: AppContext, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral = referral
        self.saved: Referral | None = None
        self.setObjectName("ReferralStepDialog")
        self.setWindowTitle(self.tr("Record a step of the referral"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(
            QLabel(
                self.tr("{programme} — now: {status}").format(
                    programme=programme_text(referral.programme), status=label(referral.status)
                )
            )
        )
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("No change of status (outcome only)"), None)
        for status in ReferralStatus:
            if status in referrals.NEXT[referral.status]:
                self.status.addItem(label(status), status.value)
        self.day = _date_edit("stepDate")
        self.note = QLineEdit()
        self.note.setObjectName("stepNote")
        self.note.setMaxLength(referrals.MAX_NOTE)
        self.outcome = QPlainTextEdit(referral.outcome)
        self.outcome.setObjectName("outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What came of it, in words (never a score)"))
        for text, field in (
            (self.tr("&Status reached:"), self.status),
            (self.tr("&Date:"), self.day),
            (self.tr("&Note:"), self.note),
            (self.tr("&Outcome notes:"), self.outcome),
        ):
            name = QLabel(text)
            name.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(name, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        status = self.status.currentData()
        outcome = self.outcome.toPlainText()
        try:
            self.saved = self.ctx.perform(
                referrals.update_referral,
                self.ctx.require_session(),
                self.referral.id,
                status=status,
                on=_day(self.day) if status else None,
                note=self.note.text() if status else "",
                outcome=outcome if outcome != self.referral.outcome else None,
            )
        except RadprevError as exc:
            show_error(self, exc)
            return
        self.accept()


class ReferralsTab(QWidget):
    """The referrals of the open file, newest first, with the reading pane and actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject: Subject | None = None
        self.items: list[Referral] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.refer_button = QPushButton(self.tr("Refer to a &programme…"))
        self.refer_button.setObjectName("referButton")
        self.refer_button.clicked.connect(self.refer)
        self.step_button = QPushButton(self.tr("Record a ste&p…"))
        self.step_button.setObjectName("stepButton")
        self.step_button.clicked.connect(self.record_step)
        row.addWidget(self.refer_button)
        row.addWidget(self.step_button)
        row.addStretch(1)
        layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("referrals")
        self.list.setAccessibleName(self.tr("Referrals to programmes"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentRowChanged.connect(self._show_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("referralDetail")
        self.detail.setAccessibleName(self.tr("Selected referral"))
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([300, 500])
        layout.addWidget(split, 1)

    def show_subject(self, subject: Subject | None) -> None:
        """Fill from the file now open (None: empty)."""
        self.subject = subject
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.detail.clear()
        self.items = []
        session = self.ctx.session
        if self.subject is not None and session is not None and session.is_open:
            try:
                self.items = referrals.referrals_for_subject(session, self.subject.id)
            except RadprevError as exc:
                self.detail.setPlainText(str(exc))
        for r in self.items:
            text = self.tr("{day} — {programme}: {status}").format(
                day=r.referred_on, programme=programme_text(r.programme), status=label(r.status)
            )
            if session is not None and not policy.made_here(session, r.establishment_code):
                text += " " + self.tr("[from {est}, read-only]").format(est=r.establishment_code)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def current(self) -> Referral | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self, _row: int) -> None:
        r = self.current()
        self._update_buttons()
        if r is None:
            self.detail.clear()
            return
        session = self.ctx.require_session()
        steps = "<br>".join(
            html.escape(f"{s.date}: {label(s.status)}" + (f" — {s.note}" if s.note else ""))
            for s in r.history
        )
        parts = [
            f"<h3>{html.escape(programme_text(r.programme))}</h3>",
            "<p>"
            + html.escape(
                self.tr("Referred on {day} by {who} at {est}").format(
                    day=r.referred_on,
                    who=person_name(session, r.referred_by),
                    est=r.establishment_code,
                )
            )
            + "</p>",
        ]
        if not policy.made_here(session, r.establishment_code):
            parts.append(
                "<p><i>"
                + html.escape(
                    self.tr(
                        "Made at {est}; it arrived with the prisoner's file and is read-only here."
                    ).format(est=r.establishment_code)
                )
                + "</i></p>"
            )
        facts, assessment = self.tr("Reason — facts"), self.tr("Reason — assessment")
        steps_word, outcome = self.tr("Steps"), self.tr("Outcome")
        parts += [
            f"<p><b>{html.escape(facts)}</b><br>{html.escape(r.reason_facts)}</p>",
            f"<p><b>{html.escape(assessment)}</b><br>"
            f"<i>{html.escape(r.reason_assessment) or '—'}</i></p>",
            f"<p><b>{html.escape(steps_word)}</b><br>{steps}</p>",
            f"<p><b>{html.escape(outcome)}</b><br>{html.escape(r.outcome) or '—'}</p>",
        ]
        self.detail.setHtml("".join(parts))

    def _update_buttons(self) -> None:
        session = self.ctx.session
        ok = session is not None and session.is_open and self.subject is not None
        self.refer_button.setEnabled(
            bool(ok and session and policy.allows(session, Permission.WRITE_REFERRALS))
        )
        r = self.current()
        self.step_button.setEnabled(
            bool(
                ok
                and session
                and r is not None
                and policy.allows(session, Permission.WRITE_REFERRALS)
                and policy.made_here(session, r.establishment_code)
            )
        )

    def refer(self) -> None:
        if self.subject is None:
            return
        dialog = ReferralDialog(self.ctx, self.subject, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def record_step(self) -> None:
        r = self.current()
        if r is None:
            return
        dialog = ReferralStepDialog(self.ctx, r, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
