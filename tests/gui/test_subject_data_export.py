"""*Export the person's data (JSON + PDF)…* on the Reports page: shown with the access report,
checks before any dialog, writes both files into the chosen folder, audited as a disclosure."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from radprev_desktop.core import audit
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.session import Session
from tests.gui.test_reports_page import choose, make_page, prisoner

__all__ = ["prisoner"]  # the fixture, shared with the Reports page's tests


def test_the_auditor_exports_the_persons_data_from_the_reports_page(  # type: ignore[no-untyped-def]
    qtbot, auditor: Session, supervisor: Session, prisoner: str, tmp_path: Path, monkeypatch
) -> None:
    supervisor_page = make_page(qtbot, supervisor)
    choose(supervisor_page, ReportKind.SUBJECT)
    assert not supervisor_page.export_data.isVisible()  # no access report: no export either

    stick = tmp_path / "stick"
    stick.mkdir()
    page = make_page(qtbot, auditor)
    choose(page, ReportKind.ACCESS)
    assert page.export_data.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        "radprev_desktop.gui.subject_data_export.show_error",
        lambda _w, exc: asked.append(str(exc)),
    )
    assert not page.export_data.export(str(stick))  # no prisoner chosen yet
    auditor.justification = ("data_subject_request", "")
    qtbot.keyClicks(page.picker.query, "nowak")
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    assert page.picker.subject_id == prisoner
    page.reason.setCurrentIndex(page.reason.findData("data_subject_request"))
    qtbot.keyClicks(page.reason_text, "letter of 3 November")
    assert not page.export_data.export(str(stick))  # no recipient yet
    assert len(asked) == 2 and list(stick.iterdir()) == []

    qtbot.keyClicks(page.recipient, "Zbigniew Nowak")
    # Through the button: the warning is answered, the folder chosen in the dialog.
    asked.clear()
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append("warned") or QMessageBox.StandardButton.Save,
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(page.export_data, Qt.MouseButton.LeftButton)
    assert asked == ["warned"]
    written = sorted(stick.iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    data = json.loads(written[0].read_text("utf-8"))
    assert data["subject"]["id"] == prisoner
    facts = data["observations"][0]["versions"][-1]["facts"]
    assert facts == "Gave a speech about revenge in the dining hall."
    assert "GUI-CANARY-909" not in written[0].read_text("utf-8")
    text = " ".join((p.extract_text() or "") for p in pypdf.PdfReader(str(written[1])).pages)
    assert "Nowak, Zbigniew" in text and data["document_id"] in text
    entry = audit.read_entries(auditor.con, action="subject_access_exported")[-1]
    assert entry.recipient == "Zbigniew Nowak"
    assert entry.justification == "data_subject_request: letter of 3 November"
    assert data["document_id"] in page.message.text()
