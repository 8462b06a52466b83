"""Records follow the prisoner, on screen: a transfer and a referral recorded in the file,
the file taken in at the receiving prison (history read-only, marked with its origin),
the central office issuing the bundle, linking two files of one person and printing a
report by establishment, and a release handover — real vaults, real widgets."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from pyrage import x25519
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from radprev_desktop.core.model import ReferralStatus, ReportKind
from radprev_desktop.core.services import referrals, reviews, subjects, transfers
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import handover
from radprev_desktop.gui.context import AppContext
from radprev_desktop.gui.pages.central_files import LinkedFilesPanel, TransfersToIssuePanel
from radprev_desktop.gui.pages.referrals import ReferralDialog, ReferralStepDialog
from radprev_desktop.gui.pages.reports import ReportsPage
from radprev_desktop.gui.pages.subject_detail import SubjectDetailPage
from radprev_desktop.gui.pages.transfers import HandoverDialog, TakeInDialog, TransferDialog
from tests.factories import subject, submitted
from tests.gui.modal import respond_to_modal
from tests.transfers_support import Network, Prison


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


def context(session: Session) -> AppContext:
    ctx = AppContext()
    ctx.session = session
    return ctx


def ok(qtbot, buttons: QDialogButtonBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def net(tmp_path: Path, copied_network: Callable[..., Network]) -> Iterator[Network]:
    network = copied_network(tmp_path, "PL-A", "PL-B")
    yield network
    network.close()


def test_a_prisoner_moves_and_the_file_follows_on_screen(qtbot, net: Network) -> None:  # type: ignore[no-untyped-def]
    a, b = net.prisons["PL-A"], net.prisons["PL-B"]
    prisoner = subject(a.officer, "A-42", "Wiśniewska", "Łucja")
    seen_at_a = submitted(a.officer, prisoner.id, facts="Seen at A reading in the library.")
    reviews.accept(a.supervisor, seen_at_a)
    ctx_a = context(a.officer)

    # The officer refers the prisoner to a programme, the steps follow.
    dialog = ReferralDialog(ctx_a, prisoner)
    qtbot.addWidget(dialog)
    dialog.programme.setCurrentIndex(dialog.programme.findData("education"))
    qtbot.keyClicks(dialog.facts, "Asked twice for a place in the literacy class.")
    qtbot.keyClicks(dialog.assessment, "A routine may help him.")
    ok(qtbot, dialog.buttons)
    assert dialog.saved is not None and dialog.result() == 1
    made = referrals.referrals_for_subject(a.officer, prisoner.id)
    assert [(r.programme, r.status) for r in made] == [("education", ReferralStatus.PROPOSED)]
    step = ReferralStepDialog(ctx_a, made[0])
    qtbot.addWidget(step)
    step.status.setCurrentIndex(step.status.findData("accepted"))
    qtbot.keyClicks(step.note, "Place offered")
    qtbot.mouseClick(
        step.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert referrals.get_referral(a.officer, made[0].id).status is ReferralStatus.ACCEPTED

    # The transfer, recorded in the file.
    move = TransferDialog(ctx_a, prisoner)
    qtbot.addWidget(move)
    qtbot.keyClicks(move.to.lineEdit(), "pl-b")
    ok(qtbot, move.buttons)
    chain = transfers.transfers_of(a.officer, prisoner.id)
    assert [(t.from_establishment, t.to_establishment) for t in chain] == [("PL-A", "PL-B")]
    assert subjects.get_subject(a.officer, prisoner.id).status.value == "transferred"

    # Central: the transfer waits for its bundle; the analyst issues it to the stick.
    net.deliver("PL-A")
    panel = TransfersToIssuePanel(context(net.analyst))
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 3).text() == "A-42" and panel.table.item(0, 2).text() == "PL-B"
    panel.issue(net.usb)
    assert "written for PL-B" in panel.message.text() and panel.table.rowCount() == 0
    bundle = next(net.usb.glob("radprev-transfer_PL-B_*.age"))

    # The receiving prison takes the file in under its own number.
    ctx_b = context(b.supervisor)
    take = TakeInDialog(ctx_b)
    qtbot.addWidget(take)
    take.file.edit.setText(str(bundle))
    qtbot.keyClicks(take.number, "B-7")
    take.unit.setCurrentIndex(take.unit.findData("A"))
    ok(qtbot, take.buttons)
    assert take.report is not None and "arrived from PL-A" in str(take.report.summary())
    here = subjects.find_by_prison_number(b.officer, "B-7")
    assert here.id == prisoner.id and here.establishment_code == "PL-B"

    _the_file_at_b(qtbot, b, here.id)


def _the_file_at_b(qtbot, b: Prison, subject_id: str) -> None:  # type: ignore[no-untyped-def]
    """A's observation marked with its origin and read-only at B; B continues the file."""
    submitted(b.officer, subject_id, facts="Seen at B in the workshop.")
    page = SubjectDetailPage(context(b.officer))
    qtbot.addWidget(page)
    page.show()
    respond_to_modal(reason="review")  # the reason for access
    assert page.open_subject(subject_id)
    assert page.timeline_model.rowCount() == 2
    origin = [
        page.timeline_model.data(page.timeline_model.index(i, 4))
        for i in range(page.timeline_model.rowCount())
    ]
    assert sorted(origin) == ["PL-A", "PL-B"]
    row_a = origin.index("PL-A")
    page.timeline.selectRow(row_a)
    assert "arrived with the prisoner's file and is read-only here" in page.reading.toPlainText()
    assert not page.amend_button.isEnabled() and not page.continue_button.isEnabled()
    status_a = page.timeline_model.data(page.timeline_model.index(row_a, 2))
    assert status_a == "Accepted"  # the observation's word, not the referral's
    page.timeline.selectRow(origin.index("PL-B"))
    assert "read-only" not in page.reading.toPlainText()
    assert page.referrals.list.count() == 1
    assert "[from PL-A, read-only]" in page.referrals.list.item(0).text()
    assert "Accepted by the programme" in page.referrals.list.item(0).text()
    assert not page.referrals.step_button.isEnabled() and page.referrals.refer_button.isEnabled()
    assert "from PL-A to PL-B" in page.transfers.view.toPlainText()
    assert "PL-A A-42" in page.transfers.view.toPlainText()  # known as


def test_the_analyst_links_and_unlinks_two_files(qtbot, net: Network) -> None:  # type: ignore[no-untyped-def]
    for code, number in (("PL-A", "A-5"), ("PL-B", "B-9")):
        subjects.create_subject(
            net.prisons[code].officer,
            prison_number=number,
            family_name="Трајковски",
            given_names="Ѓорѓи",
            birth_year=1990,
            unit="A",
        )
        net.deliver(code)
    panel = LinkedFilesPanel(context(net.analyst))
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.decisions.rowCount() == 0 and not panel.same_button.isEnabled()
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    assert panel.suggestions.rowCount() == 1
    assert {panel.suggestions.item(0, 0).text(), panel.suggestions.item(0, 1).text()} == {
        "PL-A:A-5",
        "PL-B:B-9",
    }
    panel.decide(True, "Same birth date on both warrants.")
    assert panel.suggestions.rowCount() == 0 and panel.decisions.rowCount() == 1
    assert panel.decisions.item(0, 1).text() == "same person"
    assert "Трајковски" in panel.decisions.item(0, 0).text()
    panel.decisions.selectRow(0)
    panel.undo("Warrant misread.")
    assert "(undone)" in panel.decisions.item(0, 1).text()
    logged = [
        (a, j)
        for (a, j) in net.analyst.con.execute(
            "SELECT action, justification FROM audit WHERE action IN "
            "('subject_files_linked', 'subject_link_undone') ORDER BY seq"
        )
    ]
    assert logged == [
        ("subject_files_linked", "Same birth date on both warrants."),
        ("subject_link_undone", "Warrant misread."),
    ]


def test_reports_by_establishment_on_the_reports_page(qtbot, net: Network) -> None:  # type: ignore[no-untyped-def]
    a = net.prisons["PL-A"]
    prisoner = subject(a.officer, "A-1", "Kowalski", "Jan")
    submitted(a.officer, prisoner.id, event_start="2026-10-02T09:00")
    net.deliver("PL-A")
    page = ReportsPage(context(net.analyst))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    kinds = [page.kind.itemData(i) for i in range(page.kind.count())]
    assert ReportKind.ESTABLISHMENT.value in kinds and ReportKind.NATIONAL.value in kinds
    page.kind.setCurrentIndex(page.kind.findData(ReportKind.ESTABLISHMENT.value))
    assert page.establishment.isVisible() and page.period_widget.isVisible()
    page.establishment.setCurrentIndex(page.establishment.findData("PL-A"))
    page.date_from.setDate(page.date_from.date().fromString("2026-10-01", "yyyy-MM-dd"))
    page.date_to.setDate(page.date_to.date().fromString("2026-10-31", "yyyy-MM-dd"))
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.report is not None and page.report.kind is ReportKind.ESTABLISHMENT
    text = pdf_text(page.report.pdf)
    assert "Establishment report" in text and "PL-A" in text and "Kowalski" not in text


def test_a_release_handover_from_the_file(qtbot, tmp_path: Path, net: Network) -> None:  # type: ignore[no-untyped-def]
    a = net.prisons["PL-A"]
    prisoner = subject(a.officer, "A-9", "Hoxha", "Ëndrit")
    seen = submitted(a.officer, prisoner.id, facts="Helped another prisoner write a letter.")
    reviews.accept(a.supervisor, seen)
    probation = x25519.Identity.generate()
    key = tmp_path / "probation.pub"
    key.write_text(f"{probation.to_public()}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    dialog = HandoverDialog(context(a.supervisor), prisoner)
    qtbot.addWidget(dialog)
    seen: list[str] = []
    respond_to_modal(seen=seen)
    ok(qtbot, dialog.buttons)  # nothing filled in: refused with a message, nothing written
    assert any("key file" in text for text in seen)
    assert dialog.made is None and list(out.iterdir()) == []
    qtbot.keyClicks(dialog.recipient, "Probation office Tirana")
    qtbot.keyClicks(dialog.reason, "Release on licence")
    dialog.key.edit.setText(str(key))
    dialog.folder.edit.setText(str(out))
    assert dialog.due.isVisibleTo(dialog) and not dialog.due.isChecked()
    seen.clear()
    respond_to_modal(seen=seen)
    ok(qtbot, dialog.buttons)  # in custody: the supervisor must say he is due for release
    assert any("due for release" in text for text in seen)
    assert dialog.made is None and list(out.iterdir()) == []
    qtbot.keyClick(dialog.due, Qt.Key.Key_Space)
    assert dialog.due.isChecked()
    ok(qtbot, dialog.buttons)
    assert dialog.made is not None
    text = pdf_text(dialog.made.pdf_path.read_bytes())
    assert "Release handover to the probation service" in text and "Hoxha" in text
    _, body = handover.read_handover(dialog.made.package_path.read_bytes(), probation)
    assert [o["facts"] for o in body["observations"]] == ["Helped another prisoner write a letter."]
