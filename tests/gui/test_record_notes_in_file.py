"""The prisoner's file shows its rectification requests, disputes and restriction
(tab *Changes to details*), each with its outcome."""

from __future__ import annotations

from radprev_desktop.core.services import data_requests, restriction
from radprev_desktop.core.session import Session
from tests.factories import subject, submitted
from tests.gui.test_restriction import _page


def test_the_file_lists_requests_with_their_outcome(  # type: ignore[no-untyped-def]
    qtbot, officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    obs_id = submitted(officer, prisoner.id)
    page = _page(qtbot, supervisor, prisoner.id)
    assert "Rectification, disputes and restriction" not in page.changes.toPlainText()
    restriction.set_restriction(supervisor, prisoner.id, True, "Accuracy disputed, DPO 2026/9.")
    data_requests.record_request(
        supervisor,
        "observation",
        obs_id,
        "dispute",
        "He says he was in the library.",
        outcome="noted",
        reason="His account is kept beside the record.",
    )
    assert page.open_subject(prisoner.id)
    text = page.changes.toPlainText()
    assert "Rectification, disputes and restriction" in text
    assert "Processing restricted — the prisoner's details — Accuracy disputed, DPO 2026/9." in text
    assert "Dispute — an observation — He says he was in the library." in text
    assert "[noted beside the record: His account is kept beside the record.]" in text
    page.clear()
    assert page.changes.toPlainText() == ""
