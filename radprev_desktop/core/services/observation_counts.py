"""Observations counted by indicator domain, each under the template version it cites.

An indicator code means what the template version the observation was written
against says it means (the observation stores template code + version, issue #14):
after an administrator imports a template whose A2 is about something else, old A2
observations must still be counted — and labelled — under the old A2. So domain
counts are grouped by (template code, version, domain), and the report labels each
group with its own template's wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.model import Urgency
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services.search import ObservationFilter, _filter_sql
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of


@dataclass(frozen=True)
class DomainCount:
    """How many observations of one urgency cite a domain of one template version."""

    template_code: str | None  # None: written before codes were tied to a template
    template_version: int | None
    domain: str
    urgency: Urgency
    count: int


def _pinned(session: Session, f: ObservationFilter) -> str:
    """The covering list index, as search.observation_counts pins it (a central office's
    unit summary reads a million observations)."""
    return dialect_of(session.con).indexed_by(
        "observations_by_unit" if f.unit else "observations_by_establishment"
    )


def by_urgency(session: Session, f: ObservationFilter) -> dict[Urgency, int]:
    """How many observations `f` selects, per urgency (one grouped query)."""
    policy.require(session, Permission.READ_OBSERVATIONS)
    where, params = _filter_sql(session, f, for_count=True)
    counts = dict.fromkeys(Urgency, 0)
    for urgency, n in session.con.execute(
        f"SELECT o.urgency, count(*) FROM observations o {_pinned(session, f)} "
        f"WHERE o.is_current = 1{where} AND o.status != 'draft' GROUP BY o.urgency",
        params,
    ):
        counts[Urgency(str(urgency))] = int(n)
    return counts


def by_domain(session: Session, f: ObservationFilter) -> list[DomainCount]:
    """Counts per (template code, version, domain, urgency) of the observations `f` selects
    (one grouped query; an observation citing several domains counts in each)."""
    policy.require(session, Permission.READ_OBSERVATIONS)
    where, params = _filter_sql(session, f, for_count=True)
    pin = _pinned(session, f)
    rows = session.con.execute(
        "SELECT o.template_code, o.template_version, i.domain, o.urgency, "
        f"count(DISTINCT o.row_no) FROM observations o {pin} "
        "JOIN observation_indicators i ON i.row_no = o.row_no "
        f"WHERE o.is_current = 1{where} "
        "GROUP BY o.template_code, o.template_version, i.domain, o.urgency",
        params,
    ).fetchall()
    return [
        DomainCount(
            None if r[0] is None else str(r[0]),
            None if r[1] is None else int(r[1]),
            str(r[2]),
            Urgency(str(r[3])),
            int(r[4]),
        )
        for r in rows
    ]
