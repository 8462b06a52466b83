"""Reports page: preview from memory (no file anywhere), print rendering, audited save."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from radprev_desktop.core import audit
from radprev_desktop.core.model import ReportKind, SourceType
from radprev_desktop.core.services import observations, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pdf_preview import render_to_printer
from radprev_desktop.gui.workers import WorkerRunner
from tests.gui.page_on_screen import shown_page


@pytest.fixture
def quiet_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    """A fresh working folder and temp folder, to prove preview writes no file."""
    work = tmp_path / "cwd"
    temp = tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield work, temp


@pytest.fixture
def prisoner(officer: Session) -> str:
    person = subjects.create_subject(
        officer, prison_number="PL-3003", family_name="Nowak", given_names="Zbigniew", unit="A"
    )
    observations.record(
        officer,
        observations.ObservationInput(
            subject_id=person.id,
            facts="Gave a speech about revenge in the dining hall.",
            source_type=SourceType.OVERHEARD,
            source_identity="GUI-CANARY-909",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
        ),
        submit_now=True,
    )
    return person.id


def make_page(qtbot, session: Session) -> ReportsPage:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ReportsPage, session, (1200, 800))
    return page


def choose(page: ReportsPage, kind: ReportKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind.value))


def last(session: Session) -> audit.AuditEntry:
    return audit.read_entries(session.con)[-1]


def test_preview_from_memory_writes_no_file(
    qtbot,
    supervisor: Session,
    prisoner: str,
    quiet_dirs: tuple[Path, Path],  # type: ignore[no-untyped-def]
) -> None:
    work, temp = quiet_dirs
    page = make_page(qtbot, supervisor)
    choose(page, ReportKind.SUBJECT)
    assert page.picker.isVisible() and not page.recovery_code.isVisible()
    # The prisoner is found by name from a list; the reason for access is asked first.
    supervisor.justification = ("review", "")
    qtbot.keyClicks(page.picker.query, "nowak")
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    assert page.picker.subject_id == prisoner
    assert "PL-3003" in page.picker.chosen.text()
    page.reason.setCurrentIndex(page.reason.findData("review"))
    qtbot.keyClicks(page.reason_text, "weekly review")
    qtbot.keyClicks(page.recipient, "Security unit")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.kind is ReportKind.SUBJECT
    document = page.preview.memory.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == page.report.pages >= 1
    assert page.preview.print_button.isEnabled() and page.preview.save_button.isEnabled()
    assert list(work.iterdir()) == [] and list(temp.iterdir()) == []
    entry = last(supervisor)
    assert (entry.action, entry.object_id) == ("report_previewed", prisoner)
    assert entry.justification == "review: weekly review"
    assert entry.details["document_id"] == page.report.document_id
    # Lock: the page forgets the document and every typed value.
    page.clear()
    assert page.report is None and page.preview.memory.page_count == 0
    assert page.picker.subject_id is None and page.picker.chosen.text() == ""
    assert page.recipient.text() == ""


def test_printing_renders_every_page(
    qtbot,
    supervisor: Session,
    prisoner: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = make_page(qtbot, supervisor)
    page.show_for_subject(prisoner)
    page.recipient.setText("Case conference")
    page.generate_report()
    assert page.report is not None
    # No printer here: a PDF printer stands in for the paper one to check the rendering.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = render_to_printer(page.preview.memory.document, printer, dpi=60)
    assert printed == page.report.pages
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(reader.pages) == page.report.pages


def test_save_as_pdf_is_explicit_and_audited(
    qtbot,
    supervisor: Session,
    prisoner: str,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = make_page(qtbot, supervisor)
    page.show_for_subject(prisoner)
    page.recipient.setText("Regional office")
    page.generate_report()
    assert page.report is not None
    out = tmp_path / "summary.pdf"
    assert page.save_report_as(str(out))
    assert out.read_bytes() == page.report.pdf
    text = " ".join((p.extract_text() or "") for p in pypdf.PdfReader(str(out)).pages)
    assert "Nowak, Zbigniew" in text and "GUI-CANARY-909" not in text
    entry = last(supervisor)
    assert (entry.action, entry.recipient) == ("report_saved", "Regional office")


def test_generation_in_a_worker(qtbot, supervisor: Session, prisoner: str) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, supervisor)
    runner = WorkerRunner(page)
    page.ctx.run_in_worker = runner.run
    choose(page, ReportKind.UNIT)
    assert page.date_from.isVisible() and page.unit.isVisible()
    page.date_from.setDate(page.date_from.date().addYears(-1))
    page.reason.setCurrentIndex(page.reason.findData("supervision"))
    page.generate_report()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    runner.wait()
    assert page.report is not None and page.report.kind is ReportKind.UNIT
    assert page.preview.memory.page_count == page.report.pages


def test_officer_is_offered_only_what_they_may_print(qtbot, officer: Session) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, officer)
    offered = {page.kind.itemData(i) for i in range(page.kind.count())}
    assert offered == {ReportKind.OBSERVATION.value, ReportKind.BLANK_CHECKLIST.value}
    choose(page, ReportKind.BLANK_CHECKLIST)
    assert page.template.isVisible() and page.template.count() >= 1
    page.generate_report()
    assert page.report is not None and page.report.contains_personal_data is False
    assert page.preview.info.text().startswith("Checklist (paper form)")


def test_print_and_save_flows_record_the_disclosure(
    qtbot,
    supervisor: Session,
    prisoner: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = make_page(qtbot, supervisor)
    page.show_for_subject(prisoner)
    page.recipient.setText("Wing governor")
    page.generate_report()
    assert page.report is not None
    # Saving: the warning comes first; cancelling it writes nothing and records nothing.
    warned: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        warned.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", cancel)
    count = len(audit.read_entries(supervisor.con))
    assert page.save_report_as() is False
    assert warned and "NOT be encrypted" in warned[0]
    assert len(audit.read_entries(supervisor.con)) == count
    # Printing: the chosen printer gets every page, after the audit entry.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    monkeypatch.setattr(page.preview, "ask_printer", lambda: printer)
    qtbot.mouseClick(page.preview.print_button, Qt.MouseButton.LeftButton)
    entry = last(supervisor)
    assert (entry.action, entry.recipient, entry.object_id) == (
        "report_printed",
        "Wing governor",
        prisoner,
    )
    assert len(pypdf.PdfReader(str(tmp_path / "paper.pdf")).pages) == page.report.pages


def test_observation_report_picks_from_a_list_and_checks_before_any_dialog(
    qtbot,
    supervisor: Session,
    prisoner: str,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    page = make_page(qtbot, supervisor)
    choose(page, ReportKind.OBSERVATION)
    supervisor.justification = ("review", "")  # given on the file this was opened from
    page.show_for_subject(prisoner, ReportKind.OBSERVATION)
    assert page.picker.observations.isVisible()
    assert page.picker.observations.count() == 1
    assert "revenge" in page.picker.observations.currentText()
    page.reason.setCurrentIndex(page.reason.findData("review"))
    page.generate_report()
    assert page.report is not None and page.report.kind is ReportKind.OBSERVATION
    # No recipient yet: said at once; neither the warning nor the file dialog opens.
    opened: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: opened.append("warning"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: opened.append("file") or ("", "")
    )
    errors: list[str] = []
    monkeypatch.setattr(
        "radprev_desktop.gui.pages.reports.show_error", lambda _w, exc: errors.append(str(exc))
    )
    asked_printer: list[bool] = []
    monkeypatch.setattr(page.preview, "ask_printer", lambda: asked_printer.append(True))
    assert page.save_report_as() is False
    page.print_report()
    assert opened == [] and asked_printer == []
    assert errors and all("recipient" in e for e in errors)


def test_no_name_is_listed_before_the_reason_for_access(
    qtbot, supervisor: Session, prisoner: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.modal import respond_to_modal

    page = make_page(qtbot, supervisor)
    choose(page, ReportKind.SUBJECT)
    assert supervisor.justification is None
    qtbot.keyClicks(page.picker.query, "nowak")
    asked: list[str] = []
    respond_to_modal(Qt.Key.Key_Escape, seen=asked)  # the user cancels the reason
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    assert "JustificationDialog" in asked
    assert page.picker.matches.count() == 0 and page.picker.subject_id is None
    assert "reason for access" in page.picker.message.text()
    asked.clear()
    respond_to_modal(seen=asked, reason="review")  # now it is given
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    assert "JustificationDialog" in asked
    assert page.picker.subject_id == prisoner
    assert page.reason.currentData() == supervisor.justification[0]


def test_the_period_reads_as_one_range_beside_its_label(qtbot, supervisor: Session) -> None:  # type: ignore[no-untyped-def]
    """walk12 (session 12, Xvfb 1024×768): the period row stood lower than "Period:" and the
    second date sat far right of the dash ("2026-11-02 –            2026-12-02")."""
    page = make_page(qtbot, supervisor)
    choose(page, ReportKind.UNIT)
    qtbot.waitUntil(page.date_from.isVisible)
    start = page.date_from.mapTo(page, page.date_from.rect().topRight())
    end = page.date_to.mapTo(page, page.date_to.rect().topLeft())
    label = page.period_label.mapTo(page, page.period_label.rect().topLeft())
    assert end.x() - start.x() < 4 * page.fontMetrics().horizontalAdvance("–") + 30, (start, end)
    assert abs(start.y() - label.y()) <= 4, (start, label)
