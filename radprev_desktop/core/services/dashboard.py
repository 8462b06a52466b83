"""The start screen's lists: my drafts, returned to me, immediate items, overdue files.

Each list reads on a named index, so the plan does not depend on statistics;
supervisors' lists are filled only for those who may review. The officer's two lists
read `observations_own_work` (migration 0025, decision 0046): their first rows in the
index's order (status, author, currency, event date), their counts from the index
alone (it holds the prisoner the unit check needs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.model import JustificationReason
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation
from radprev_desktop.core.services.search import (
    OBSERVATION_COLUMNS,
    ObservationSummary,
    Page,
    SubjectSummary,
    count_rows,
    observation_summary,
)
from radprev_desktop.core.services.subject_scope import in_scope_sql
from radprev_desktop.core.services.subject_search import list_subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of


@dataclass(frozen=True)
class Dashboard:
    """What the start screen shows the logged-in user (counts plus the first rows)."""

    my_drafts: Page[ObservationSummary]
    returned_to_me: Page[ObservationSummary]
    immediate_awaiting_review: Page[ObservationSummary]
    overdue_reviews: Page[SubjectSummary]


#: The officer's own lists (drafts, returned to them) and the index both read (migration 0025).
OWN_WORK_INDEX = "observations_own_work"
OWN_LISTS = {
    "drafts": "o.status = 'draft' AND o.recorded_by = ?",
    "returned": "o.status = 'returned' AND o.recorded_by = ?",
}


def list_statements(
    session: Session, index: str, where: str, params: list[Any], order: str, limit: int
) -> tuple[tuple[str, list[Any]], tuple[str, list[Any]]]:
    """A dashboard list's page and count statements (SQL, parameters), on a named index
    (the plan must not depend on statistics); tests read their plans on both engines."""
    pinned = dialect_of(session.con).indexed_by(index)
    reach, reach_params = in_scope_sql(session, "o.subject_id", Permission.READ_OBSERVATIONS)
    where = f"{where} AND {reach}"
    params = [*params, *reach_params]
    base = f"FROM observations o {pinned} JOIN subjects s ON s.id = o.subject_id"
    page = (
        f"SELECT {OBSERVATION_COLUMNS} {base} WHERE o.is_current = 1 AND {where} "
        f"ORDER BY {order} LIMIT ?",
        [*params, limit],
    )
    return page, (f"FROM observations o {pinned} WHERE o.is_current = 1 AND {where}", params)


def _pinned(
    session: Session, index: str, where: str, params: list[Any], order: str, limit: int
) -> Page[ObservationSummary]:
    """A dashboard list: its first `limit` rows and their count (capped)."""
    (page_sql, page_params), (count_base, count_params) = list_statements(
        session, index, where, params, order, limit
    )
    rows = session.con.execute(page_sql, page_params).fetchall()
    total, exact = count_rows(session.con, count_base, count_params)
    return Page([observation_summary(r) for r in rows], 0, limit, total, exact)


def dashboard(session: Session, *, limit: int = 20, today: str | None = None) -> Dashboard:
    """My drafts, returned to me, immediate items awaiting review, overdue subject files.

    The last two are filled only for supervisors (others get empty pages).
    """
    me = session.user.username
    empty_o: Page[ObservationSummary] = Page([], 0, limit, 0)
    empty_s: Page[SubjectSummary] = Page([], 0, limit, 0)
    if not policy.allows(session, Permission.READ_OBSERVATIONS):
        return Dashboard(empty_o, empty_o, empty_o, empty_s)
    drafts = _pinned(
        session, OWN_WORK_INDEX, OWN_LISTS["drafts"], [me], "o.event_start DESC", limit
    )
    returned = _pinned(
        session, OWN_WORK_INDEX, OWN_LISTS["returned"], [me], "o.event_start DESC", limit
    )
    if not policy.allows(session, Permission.REVIEW):
        board = Dashboard(drafts, returned, empty_o, empty_s)
        _record_dashboard(session, board)
        return board
    immediate = _pinned(
        session,
        "observations_review_queue",
        "o.status = 'submitted' AND o.urgency = 'immediate' AND o.recorded_by != ?",
        [me],
        "o.submitted_at",
        limit,
    )
    overdue = list_subjects(
        session, overdue_on=today or date.today().isoformat(), limit=limit, audited=False
    )
    board = Dashboard(drafts, returned, immediate, overdue)
    _record_dashboard(session, board)
    return board


def _record_dashboard(session: Session, board: Dashboard) -> None:
    """The start screen lists prisoners: a consultation, with the reason given or its work queue.

    The screen shows no name or text before a reason is given (gui/pages/dashboard.py);
    the entry says how many rows of each list were read.
    """
    shown = {
        "drafts": len(board.my_drafts.items),
        "returned": len(board.returned_to_me.items),
        "immediate": len(board.immediate_awaiting_review.items),
        "overdue": len(board.overdue_reviews.items),
    }
    if any(shown.values()):
        consultation.record(
            session,
            "dashboard_viewed",
            implied=JustificationReason.WORK_QUEUE,
            details={"rows": shown},
        )
