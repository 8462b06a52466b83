"""Dashboard: my drafts, returned to me, immediate items awaiting review, overdue reviews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from radprev_desktop.core.model import Role, Urgency
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from tests.gui.modal import respond_to_modal


def test_dashboard_lists_by_role(qtbot, open_window, make_session, admin: Session) -> None:  # type: ignore[no-untyped-def]
    olga = make_session(Role.OFFICER, username="olga")
    stefan = make_session(Role.SUPERVISOR, username="stefan")
    subject = subjects.create_subject(
        olga,
        prison_number="PN-1001",
        family_name="Wiśniewska",
        given_names="Anna",
        unit="A",
        review_due="2020-01-31",
    )
    observations.create_draft(
        olga,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Drafted note about a letter",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
    )
    observations.record(
        olga,
        observations.ObservationInput(
            subject_id=subject.id,
            facts="Threatened a cellmate with a blade",
            urgency=Urgency.IMMEDIATE,
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    officer_window = open_window(olga)
    page = officer_window.pages["dashboard"]
    assert page.drafts.table.rowCount() == 1
    assert page.drafts.title() == "My drafts (1)"
    # No name, no text before the reason for access: the counts, times and units only.
    cells = [page.drafts.table.item(0, c).text() for c in range(page.drafts.table.columnCount())]
    assert cells and not any("Wiśniewska" in c or "PN-1001" in c or "Drafted" in c for c in cells)
    assert page.gate.isVisible()
    respond_to_modal(reason="review")  # the reason dialog: a reason chosen, then Enter
    qtbot.mouseClick(page.gate.button, Qt.MouseButton.LeftButton)
    assert olga.justification is not None and not page.gate.isVisible()
    assert "Drafted note" in page.drafts.table.item(0, 5).text()
    assert "Wiśniewska" in page.drafts.table.item(0, 1).text()
    assert page.returned.table.rowCount() == 0
    assert not page.immediate.isVisibleTo(page)  # supervisors only
    assert not page.overdue.isVisibleTo(page)

    stefan.justification = ("review", "")
    supervisor_window = open_window(stefan)
    sup_page = supervisor_window.pages["dashboard"]
    assert sup_page.drafts.table.rowCount() == 0  # olga's draft is hers alone
    assert sup_page.immediate.table.rowCount() == 1
    assert "Threatened" in sup_page.immediate.table.item(0, 5).text()
    assert sup_page.immediate.table.item(0, 3).text() == "immediate"
    assert sup_page.overdue.table.rowCount() == 1
    assert sup_page.overdue.table.item(0, 0).text() == "PN-1001"
    # Opening a line asks the window to open the observation.
    opened: list[str] = []
    supervisor_window.ctx.open_observation_requested.connect(opened.append)
    sup_page.immediate.table.setCurrentCell(0, 0)
    sup_page.immediate.table.setFocus()
    qtbot.keyClick(sup_page.immediate.table, Qt.Key.Key_Return)
    assert opened and len(opened[0]) > 10


def test_dashboard_for_administrator(open_window, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(admin)
    page = window.pages["dashboard"]
    assert page.role_note.isVisibleTo(page)
    assert not page.drafts.isVisibleTo(page)


def test_navigation_by_role_and_shortcuts(qtbot, open_window, make_session, admin: Session) -> None:  # type: ignore[no-untyped-def]
    window = open_window(make_session(Role.SUPERVISOR, username="stefan"))
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:4] == ["Dashboard", "Prisoners", "Search", "Review queue"]
    assert "Administration" not in titles and "Audit log" not in titles
    with qtbot.waitActive(window):
        window.activateWindow()
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.page_stack.currentWidget() is window.pages["subjects"]
    qtbot.keyClick(
        window.page_stack.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier
    )
    assert window.page_stack.currentWidget() is window.pages["dashboard"]
    status = window.statusBar()
    texts = [w.text() for w in status.findChildren(type(window.user_status))]
    assert any("stefan" in t for t in texts)
    assert any("supervisor" in t for t in texts)
    assert any("PL-WAW1" in t for t in texts)
    qtbot.waitUntil(lambda: window.lock_status.text().startswith("Locks in"), timeout=2000)


def _interactive(root):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (
        QAbstractButton,
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
        QPlainTextEdit,
    )

    def inside_compound(w: QWidget) -> bool:  # a combo box's popup list or its line edit
        parent = w.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, (QComboBox, QAbstractSpinBox)):
                return True
            parent = parent.parentWidget()
        return False

    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QHeaderView)  # headers: part of the table
        and not inside_compound(w)
    ]


def _accessible_name(widget) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_shell_controls_have_accessible_names_and_take_focus(
    qtbot, open_window, make_session, admin: Session, vault_dir
) -> None:  # type: ignore[no-untyped-def]
    from radprev_desktop.core.services.vault_access import VaultAccess
    from radprev_desktop.gui.login import LoginWindow
    from radprev_desktop.gui.setup_wizard import SetupWizard

    auditor_window = open_window(make_session(Role.AUDITOR, username="aida"))
    admin_window = open_window(admin)
    login = LoginWindow(VaultAccess(vault_dir))
    qtbot.addWidget(login)
    wizard = SetupWizard(vault_dir.parent / "other")
    qtbot.addWidget(wizard)
    roots = [
        admin_window.pages["admin"],
        admin_window.pages["dashboard"],
        admin_window.lock_screen,
        auditor_window.pages["audit"],
        login,
        *[wizard.page(i) for i in wizard.pageIds()],
    ]
    missing = []
    for root in roots:
        for widget in _interactive(root):
            if widget.objectName().startswith("qt_") or widget.parent().objectName().startswith(
                "qt_"
            ):
                continue  # Qt's own inner parts (spin box line edits, scroll bars)
            if not _accessible_name(widget):
                missing.append(
                    f"{type(root).__name__}: {type(widget).__name__} {widget.objectName()}"
                )
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                missing.append(f"{type(root).__name__}: {type(widget).__name__} takes no focus")
    assert not missing, sorted(set(missing))


def test_layouts_survive_150_percent_fonts(qtbot, open_window, admin: Session, vault_dir) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    from radprev_desktop.core.services.vault_access import VaultAccess
    from radprev_desktop.gui.login import LoginWindow

    app = QApplication.instance()
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        login = LoginWindow(VaultAccess(vault_dir))
        qtbot.addWidget(login)
        login.show()
        window = open_window(admin)
        window.show_page("admin")
        for root in (login, window):
            root.resize(root.sizeHint().expandedTo(root.minimumSizeHint()))
            qtbot.wait(10)
            widgets = root.findChildren(QPushButton) + root.findChildren(QLabel)
            assert widgets
            for widget in widgets:
                if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
                    continue
                assert widget.width() >= widget.minimumSizeHint().width(), (
                    type(root).__name__,
                    widget.text(),
                )
    finally:
        app.setFont(original)
