"""The dashboard fits 1024×768 with the anchor warning above it (ux9, session 9: an
officer with 3 drafts and 9 returned observations had to scroll the page under the
warning). The lists share the height, from 2 rows each up to 8, and scroll inside."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from radprev_desktop.core.model import Role, Urgency
from radprev_desktop.core.services import observations, reviews, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.gui import i18n
from radprev_desktop.gui.pages.dashboard import DashboardPage
from tests.conftest import PASSWORD
from tests.gui.test_login_notices import _log_in_through_the_window

#: (roles of olga, her drafts, returned to her, immediate ones awaiting review, overdue files)
CASES = {
    "officer as in ux9's walk": ((Role.OFFICER,), 3, 9, 0, 0),
    "supervisor with every list": ((Role.OFFICER, Role.SUPERVISOR), 1, 2, 2, 4),
}


def _work(olga: Session, stefan: Session, drafts: int, returned: int, immediate: int) -> None:
    ids = [
        subjects.create_subject(
            olga,
            prison_number=f"PN-52{n:02d}",
            family_name="Јовановић",
            given_names="Петар",
            unit="A",
            review_due="2020-01-31",
        ).id
        for n in range(4)
    ]

    def note(n: int, urgency: Urgency = Urgency.ROUTINE) -> observations.ObservationInput:
        return observations.ObservationInput(
            subject_id=ids[n % 4],
            facts=f"Handed out a leaflet on the landing, note {n}",
            assessment="Usually calm on the wing.",
            other_explanations_none=True,
            urgency=urgency,
        )

    for n in range(drafts):
        observations.create_draft(olga, note(n))
    for n in range(returned):
        obs = observations.record(olga, note(n), submit_now=True)
        reviews.return_to_author(stefan, obs.id, "Say where it happened.")
    for n in range(immediate):
        observations.record(stefan, note(n, Urgency.IMMEDIATE), submit_now=True)


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("language", ["en", "sr_Cyrl"])
def test_the_dashboard_does_not_scroll_under_the_anchor_warning(
    qtbot,
    make_session: Callable[..., Session],
    admin: Session,
    vault_dir: Path,
    language: str,
    case: str,
) -> None:  # type: ignore[no-untyped-def]
    roles, drafts, returned, immediate, overdue = CASES[case]
    olga = make_session(*roles, username="olga")
    stefan = make_session(Role.OFFICER, Role.SUPERVISOR, username="stefan")
    _work(olga, stefan, drafts, returned, immediate)
    for session in (olga, stefan, admin):
        session.close()
    (vault_dir / "vault.anchor").unlink()
    i18n.install_language(language)
    try:
        window = _log_in_through_the_window(qtbot, vault_dir, "olga", PASSWORD)
        window.resize(1001, 715)  # what openbox gives the window on a 1024×768 screen
        qtbot.wait(50)
        assert window.notice_row.isVisible() and "vault.anchor" in window.notice.text()
        page = window.pages["dashboard"]
        assert isinstance(page, DashboardPage) and window.current_page() is page
        sections = [page.drafts, page.returned, page.immediate, page.overdue]
        wanted = [drafts, returned, immediate, overdue if Role.SUPERVISOR in roles else 0]
        assert [s.table.rowCount() for s in sections] == wanted
        QApplication.processEvents()
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        assert scroll.verticalScrollBar().maximum() == 0, (
            scroll.verticalScrollBar().maximum(),
            scroll.widget().minimumSizeHint().height(),
            scroll.viewport().height(),
        )
        shown_lists = [s for s in sections if s.table.isVisible()]
        assert shown_lists
        for section in shown_lists:  # every list shows at least 2 of its rows
            shown = section.table.viewport().height() // section.table.rowHeight(0)
            assert shown >= min(2, section.table.rowCount()), (section.title(), shown)
        window._end_session("logout")
    finally:
        i18n.install_language("en")
