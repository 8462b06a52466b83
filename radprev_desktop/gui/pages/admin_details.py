"""Administration: a prisoner's details, for the person's requests on them (LED Art. 16).

The administrator keeps the register of prisoners but reads no observation, so the
prisoner's file is not theirs to open. Here they find a prisoner (a search, audited with
the reason for access), open the details only (`subject_file.open_details`, audited), and
record or decide the person's rectification request or dispute on the details, correct
the details, or restrict processing — each audited by core as on the file
(decision 0023). Who may is core's answer; this tab lists, asks and shows.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Subject, SubjectChange
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import search_index, subject_file, subject_search, subjects
from radprev_desktop.core.services.search import SubjectSummary
from radprev_desktop.gui import file_requests
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.data_request_dialog import DataRequestsDialog, Target
from radprev_desktop.gui.errors import error_text
from radprev_desktop.gui.held_dialogs import DialogWatch, HeldDetails, HeldDialog, HeldRequests
from radprev_desktop.gui.justification import ReasonGate, ensure_justification
from radprev_desktop.gui.restriction import RestrictionButton
from radprev_desktop.gui.subject_identity import SubjectIdentity
from radprev_desktop.gui.texts import subject_file as file_texts

FOUND_AT_MOST = 50


class PrisonerDetailsTab(QWidget):
    """Find a prisoner; open the details; requests and disputes, corrections, restriction."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrisonerDetailsTab")
        self.ctx = ctx
        self.subject: Subject | None = None  # the details opened (RestrictionButton's page)
        self.history: list[SubjectChange] = []
        self.found: list[SubjectSummary] = []
        self.watch = DialogWatch()  # the details or requests dialog open, for the lock
        self.pending: HeldDialog | None = None  # held at the lock, until the file is open
        intro = QLabel(
            self.tr(
                "Find a prisoner to record or decide the person's rectification request or "
                "dispute on their details, or to correct the details. No observation is "
                "shown here."
            )
        )
        intro.setWordWrap(True)
        self.gate = ReasonGate()
        # Its own words here: the letter must not clash with the Administration tabs'.
        self.gate.button.setText(self.tr("Give the &reason for access…"))
        self.gate.given.connect(self._reason_given)
        self.query = QLineEdit()
        self.query.setObjectName("detailsQuery")
        self.query.setAccessibleName(self.tr("Find prisoner by name or prison number"))
        self.query.setPlaceholderText(self.tr("name or prison number"))
        self.query.returnPressed.connect(self.search)
        find_label = QLabel(self.tr("Fi&nd:"))
        find_label.setBuddy(self.query)
        self.find_button = QPushButton(self.tr("Sear&ch"))
        self.find_button.setObjectName("detailsFind")
        self.find_button.clicked.connect(self.search)
        self.table = self._build_table()
        self.open_button = QPushButton(self.tr("&Open details"))
        self.open_button.setObjectName("openDetails")
        self.open_button.clicked.connect(self.open_selected)
        self.message = QLabel()
        self.message.setObjectName("detailsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.gate)
        row = QHBoxLayout()
        for widget in (find_label, self.query, self.find_button, self.open_button):
            row.addWidget(widget)
        row.setStretch(1, 1)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        self.details = self._build_details()
        layout.addWidget(self.details, 1)
        # Takes the room while no prisoner is open (the rows above stay at the top).
        self.filler = QWidget()
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.filler, 1)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setObjectName("detailsFound")
        table.setAccessibleName(self.tr("Prisoners found"))
        table.setHorizontalHeaderLabels(
            [self.tr("Prison number"), self.tr("Name"), self.tr("Unit"), self.tr("Restriction")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # no clipped title
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(140)
        table.activated.connect(lambda _index: self.open_selected())
        table.currentCellChanged.connect(lambda *_: self._update_buttons())
        return table

    def _build_details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.identity_box = SubjectIdentity()  # RestrictionButton shows the change in it
        self.identity = self.identity_box.values
        layout.addWidget(self.identity_box)
        actions = QHBoxLayout()
        self.requests_button = QPushButton(self.tr("Re&quests and disputes…"))
        self.requests_button.setObjectName("detailsRequests")
        self.requests_button.setToolTip(
            self.tr("The prisoner's rectification requests and disputes on the details.")
        )
        self.requests_button.clicked.connect(lambda: self.open_requests())
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.edit_button.setObjectName("detailsEdit")
        self.edit_button.clicked.connect(lambda: self.edit())
        actions.addWidget(self.requests_button)
        actions.addWidget(self.edit_button)
        self.restrict_button = RestrictionButton(self.ctx, self, actions)
        # After its own slot (connected first): the changes and the list show the note.
        self.restrict_button.clicked.connect(self._after_restriction)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.changes = QPlainTextEdit()
        self.changes.setObjectName("detailsChanges")
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("Changes to details, requests and disputes"))
        layout.addWidget(self.changes, 1)
        return box

    # --- finding and opening ---------------------------------------------------------

    def refresh(self) -> None:
        """Names are shown only once the reason for access is given (audited with each)."""
        session = self.ctx.session
        reason = session is not None and session.is_open and session.justification is not None
        self.gate.session = session if session is not None and session.is_open else None
        self.gate.setVisible(not reason)
        for widget in (self.query, self.find_button, self.table):
            widget.setEnabled(reason)
        self._update_buttons()

    def _reason_given(self) -> None:
        self.refresh()
        self.query.setFocus()  # the next thing to do: type the name or number

    def search(self) -> None:
        """Prisoners whose names or prison number match (a search, audited)."""
        text = self.query.text().strip()
        session = self.ctx.session
        if not text or session is None or not session.is_open:
            return
        try:
            search_index.match_query(text)  # refuses a query without letters or digits
            self.found = subject_search.search_subjects(session, text, limit=FOUND_AT_MOST).items
        except RadprevError as exc:
            self.found = []
            self.message.setText(error_text(exc))
        else:
            self.message.setText(self.tr("Prisoners found: {count}").format(count=len(self.found)))
        self.table.setRowCount(len(self.found))
        for row, found in enumerate(self.found):
            cells = (
                found.prison_number,
                f"{found.family_name}, {found.given_names}",
                found.unit_code or "—",
                self.tr("restricted") if found.restricted else "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self.found:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def open_selected(self) -> None:
        """The selected prisoner's details (a consultation, audited with the reason)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.found):
            self.open_details(self.found[row].id)

    def open_details(self, subject_id: str) -> bool:
        """Open one prisoner's details (no observation), audited by core."""
        try:
            opened = subject_file.open_details(self.ctx.require_session(), subject_id)
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return False
        self.history = opened.history
        self.show_details(opened.subject)
        held, self.pending = self.pending, None
        if held is not None and held.subject_id == subject_id:
            QTimer.singleShot(0, lambda: self._reopen(held))
        elif held is not None:
            self.pending = held  # another prisoner: kept for when that one is opened
        return True

    def show_details(self, subject: Subject) -> None:
        session = self.ctx.require_session()
        self.subject = subject
        self.identity_box.show_subject(subject, session.justification or ("", ""))
        self.changes.setPlainText(file_texts.changes_text(session, self.history, subject))
        self.message.setText(
            self.tr("Details of {name} ({number}).").format(
                name=subject.display_name, number=subject.prison_number
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        session = self.ctx.session
        user = session.user if session is not None and session.is_open else None

        def may(permission: Permission) -> bool:
            return user is not None and policy.allows(user, permission)

        self.open_button.setEnabled(self.table.isEnabled() and self.table.currentRow() >= 0)
        shown = self.subject is not None
        self.details.setVisible(shown)  # nothing to act on before a prisoner is opened
        self.filler.setVisible(not shown)
        self.requests_button.setEnabled(shown and may(Permission.RECORD_DATA_REQUESTS))
        self.edit_button.setEnabled(shown and may(Permission.WRITE_SUBJECTS))
        self.restrict_button.show_for(self.subject)

    # --- the person's requests and corrections ---------------------------------------

    def open_requests(self, *, then_correct: bool = True, held: HeldRequests | None = None) -> None:
        """The requests window on the details; *Correct the record…* opens Edit details."""
        subject = self.subject
        if subject is None:
            return
        targets = [Target("subject", subject.id, file_requests.details_label())]
        dialog = DataRequestsDialog(self.ctx, subject, targets, parent=self)
        if held is not None:
            dialog.put_back(held)
        self.watch.run(dialog)
        if not self._still_open():
            return  # locked while the window was open: the tab was cleared
        self._reread()
        if dialog.correct is not None and then_correct:
            self.edit()

    def edit(self, held: HeldDetails | None = None) -> None:
        """Edit details… (on a restricted file, what is locked is said first)."""
        subject = self.subject
        if subject is None:
            return
        saved = file_requests.edit_details(
            self.ctx,
            self,
            subject,
            lambda: self.open_requests(then_correct=False),
            self.watch,
            held,
        )
        if saved is not None and self._still_open():
            self._reread()

    def _after_restriction(self) -> None:
        if self._still_open():
            self._reread()

    def _still_open(self) -> bool:
        session = self.ctx.session
        return session is not None and session.is_open and self.subject is not None

    def _reread(self) -> None:
        """The details shown again after a change here (the same consultation)."""
        assert self.subject is not None
        session = self.ctx.require_session()
        try:
            subject = subjects.get_subject(session, self.subject.id)
            self.history = subjects.subject_history(session, subject.id)
        except RadprevError as exc:
            self.message.setText(error_text(exc))
            return
        self.show_details(subject)
        for row, found in enumerate(self.found):  # the list says the same as the details
            if found.id == subject.id:
                restricted = self.tr("restricted") if subject.restricted else ""
                self.table.setItem(row, 3, QTableWidgetItem(restricted))

    # --- the lock: typed words kept (gui/held_dialogs.py) ------------------------------

    def has_typed(self) -> bool:
        return self.watch.has_typed() or self.pending is not None

    def hold(self) -> HeldDialog | None:
        """What the open dialog holds (or what still waits to be put back)."""
        return self.watch.hold() or self.pending

    def resume(self, held: HeldDialog) -> None:
        """After unlock: the reason for access again, the same prisoner's details, and
        the dialog as it was typed. Without a reason the words wait in the tab until
        that prisoner's details are opened."""
        self.pending = held
        session = self.ctx.session
        if session is not None and session.is_open and session.justification is None:
            ensure_justification(session, self)
        self.refresh()
        if session is not None and session.is_open and session.justification is not None:
            self.open_details(held.subject_id)

    def _reopen(self, held: HeldDialog) -> None:
        if self.subject is None or self.subject.id != held.subject_id:
            return
        if isinstance(held, HeldRequests):
            self.open_requests(held=held)
        elif isinstance(held, HeldDetails):  # the tab opens no correction's guard
            self.edit(held)

    def clear(self) -> None:
        """Forget the prisoner and what was found or typed (on lock)."""
        self.subject, self.pending = None, None  # what was held is the window's now
        self.history, self.found = [], []
        self.query.clear()
        self.table.setRowCount(0)
        self.message.clear()
        self.changes.clear()
        for value in self.identity_box.values.values():
            value.clear()
        self._update_buttons()
