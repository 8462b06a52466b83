"""Audit page: only for auditors; filters, export to JSON Lines, chain verification."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from radprev_desktop.core import audit
from radprev_desktop.core.model import Role
from radprev_desktop.core.session import Session


def test_audit_page_only_for_auditor(open_window, make_session, admin: Session) -> None:  # type: ignore[no-untyped-def]
    admin_window = open_window(admin)
    assert "audit" not in admin_window.pages
    assert not admin_window.show_page("audit")
    officer_window = open_window(make_session(Role.OFFICER, username="olga"))
    assert "audit" not in officer_window.pages
    auditor_window = open_window(make_session(Role.AUDITOR, username="aida"))
    assert "audit" in auditor_window.pages
    # Ctrl+5 is the audit log's place in the auditor's navigation list.
    assert auditor_window.nav_keys.index("audit") == 4
    auditor_window.show_nav_index(4)
    assert auditor_window.page_stack.currentWidget() is auditor_window.pages["audit"]


def test_filter_export_and_verify(
    english, qtbot, open_window, make_session, admin: Session, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    auditor = make_session(Role.AUDITOR, username="aida")
    window = open_window(auditor)
    assert window.show_page("audit")
    page = window.pages["audit"]
    total = page.model.rowCount()
    assert total > 3
    users = {page.model.entries[r].user for r in range(total)}
    assert {"admin", "aida"} <= users
    # Filter by user (typed) and action.
    page.user.setEditText("")
    qtbot.keyClicks(page.user.lineEdit(), "admin")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() > 0
    assert {e.user for e in page.model.entries} == {"admin"}
    page.action.setEditText("user_added")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2  # the administrator and aida
    assert {e.action for e in page.model.entries} == {"user_added"}
    assert "2 entries shown" in page.status.text()
    # Shown as a sentence with the colleague's name; the code stays in the tooltip.
    action = page.model.index(0, 3)
    assert page.model.data(action) == "added an account"
    assert page.model.data(action, Qt.ItemDataRole.ToolTipRole) == "user_added"
    assert page.model.data(page.model.index(0, 2)) == "Administrator Testowy (admin)"
    # Choosing the sentence in the filter filters by its code.
    page.action.setCurrentIndex(page.action.findText("opened a prisoner's file"))
    assert page._action_code() == "subject_file_opened"
    page.action.setCurrentIndex(page.action.findText("added an account"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2
    # A date range in the past shows nothing.
    page.user.setEditText("")
    page.action.setEditText("")
    page.use_to.setChecked(True)
    page.date_to.setDate(page.date_to.date().addYears(-1))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    # Reading is itself logged.
    assert audit.read_entries(admin.con, action="audit_read", user="aida")
    # Export (a disclosure with recipient and reason).
    out = tmp_path / "audit.jsonl"
    page.export_to(out, "UODO", "inspection 2026/11")
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines and lines[0]["seq"] == 1
    exported = audit.read_entries(admin.con, action="audit_exported")
    assert exported[-1].recipient == "UODO"
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("The hash chain is intact")
    # Locking empties the table.
    window.lock()
    assert page.model.rowCount() == 0
