"""Counts by establishment and period for the central office (never a name, never a score).

What the establishment report and the national overview print: observations by
urgency and by indicator domain (where they were recorded), referrals by status,
transfers in and out, files overdue for review and new files. Observations
returned to their author or rejected by a supervisor are not counted (they are
not part of what the office reports on); drafts never reach the office.

One grouped query per measure over the whole period, each reading the covering
index `observations_by_establishment` (pinned on SQLCipher: without statistics its
planner would take the status index and read every table row), so a national
overview of a million observations stays within seconds (`make bench`,
bench_central_reports).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core.errors import Conflict, NotFound, ValidationError
from radprev_desktop.core.model import Mode, ReferralStatus, ReportKind, Urgency
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.dialect import dialect_of

#: Statuses of an observation version the office reports on.
COUNTED = ("submitted", "accepted", "exported")


def check_period(date_from: str, date_to: str) -> tuple[str, str]:
    """Both days as YYYY-MM-DD, the first not after the last."""
    days = []
    for value, name in ((date_from, "date_from"), (date_to, "date_to")):
        try:
            days.append(date.fromisoformat(value.strip()[:10]).isoformat())
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "%1 is not a date (YYYY-MM-DD)."),
                f"{value!r}",
                field=name,
            ) from None
    if days[0] > days[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends before it starts."), field="date_to"
        )
    return days[0], days[1]


@dataclass
class EstablishmentCounts:
    """One establishment's counts for a period."""

    establishment: str
    by_urgency: dict[Urgency, int] = field(default_factory=lambda: dict.fromkeys(Urgency, 0))
    by_domain: dict[str, dict[Urgency, int]] = field(default_factory=dict)
    referrals: dict[ReferralStatus, int] = field(
        default_factory=lambda: dict.fromkeys(ReferralStatus, 0)
    )
    transfers_in: int = 0
    transfers_out: int = 0
    overdue_reviews: int = 0
    new_files: int = 0
    files: int = 0

    @property
    def observations(self) -> int:
        return sum(self.by_urgency.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "establishment": self.establishment,
            "observations": self.observations,
            "by_urgency": {u.value: n for u, n in self.by_urgency.items()},
            "by_domain": {
                d: {u.value: n for u, n in per.items()} for d, per in sorted(self.by_domain.items())
            },
            "referrals": {s.value: n for s, n in self.referrals.items()},
            "transfers_in": self.transfers_in,
            "transfers_out": self.transfers_out,
            "overdue_reviews": self.overdue_reviews,
            "new_files": self.new_files,
            "files": self.files,
        }


def _require(session: Session, kind: ReportKind, establishment: str | None = None) -> None:
    if session.mode is not Mode.CENTRAL:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "Reports by establishment are made at the central office.")
        )
    policy.require_report(session, kind)
    if establishment:
        _require_establishment(session, establishment)


def _reach(session: Session) -> policy.Scope:
    """The establishments the user's counts may show (access by establishment, issue #14):
    an analyst's granted establishments, or every one for the whole-office roles."""
    return policy.scope(session, Permission.READ_SUBJECTS)


def establishments(session: Session) -> list[str]:
    """Every establishment within the user's reach that the office holds files of or has
    enrolled workstations for."""
    # Every establishment + number a file was known under (subject_numbers) names each
    # establishment that ever held a file, hence every one observations were recorded
    # at, without reading the observations (a million rows at a national office).
    reach = _reach(session)
    return [
        str(r[0])
        for r in session.con.execute(
            "SELECT establishment_code FROM subjects UNION SELECT establishment FROM workstations "
            "UNION SELECT establishment_code FROM subject_numbers ORDER BY 1"
        )
        if reach.covers_establishment(str(r[0]))
    ]


def _require_establishment(session: Session, establishment: str) -> None:
    """NotFound (with a clear message) for an establishment outside the user's grants."""
    if not _reach(session).covers_establishment(establishment):
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "Establishment %1 is not among the establishments assigned to you. If you need "
                "it, ask the administrator for a grant.",
            ),
            establishment,
        )


def counts(
    session: Session,
    date_from: str,
    date_to: str,
    *,
    establishment: str | None = None,
    today: str,
    kind: ReportKind = ReportKind.NATIONAL,
) -> dict[str, EstablishmentCounts]:
    """Counts for the period, per establishment (all those within reach, or one)."""
    _require(session, kind, establishment)
    start, end = check_period(date_from, date_to)
    con = session.con
    found: dict[str, EstablishmentCounts] = {}

    def at(code: str) -> EstablishmentCounts:
        if code not in found:
            found[code] = EstablishmentCounts(code)
        return found[code]

    wanted = _wanted(session, establishment)
    for code in wanted if wanted is not None else establishments(session):
        at(code)
    if wanted == []:
        return {}
    period = [start, end + "\uffff"]
    only, extra = _within("o.establishment_code", wanted)
    _count_observations(con, at, [*period, *COUNTED, *extra], only)
    only, extra = _within("establishment_code", wanted)
    for code, status, n in con.execute(
        "SELECT establishment_code, status, count(*) FROM referrals WHERE is_current = 1 "
        f"AND referred_on >= ? AND referred_on <= ?{only} GROUP BY 1, 2",
        [start, end, *extra],
    ):
        at(str(code)).referrals[ReferralStatus(status)] = int(n)
    for column, attribute in (
        ("to_establishment", "transfers_in"),
        ("from_establishment", "transfers_out"),
    ):
        only, extra = _within(column, wanted)
        for code, n in con.execute(
            f"SELECT {column}, count(*) FROM transfers WHERE transfer_date >= ? "
            f"AND transfer_date <= ?{only} GROUP BY 1",
            [start, end, *extra],
        ):
            setattr(at(str(code)), attribute, int(n))
    _count_files(con, at, today, period, wanted)
    return {c: n for c, n in sorted(found.items()) if _reach(session).covers_establishment(c)}


def _wanted(session: Session, establishment: str | None) -> list[str] | None:
    """The establishments to count: the one asked for, an analyst's granted ones, or None
    for every one (whole-office roles). Counting only those keeps the other
    establishments' rows unread, not merely unshown."""
    if establishment:
        return [establishment]
    reach = _reach(session)
    return None if reach.everything else sorted(reach.establishments)


def _within(column: str, wanted: list[str] | None) -> tuple[str, list[Any]]:
    """` AND column IN (?, …)` and its values, or nothing for every establishment."""
    if wanted is None:
        return "", []
    return f" AND {column} IN ({','.join('?' for _ in wanted)})", list(wanted)


def granted_only(session: Session) -> list[str] | None:
    """The establishments an analyst's national counts are limited to (their grants), or
    None when they cover the whole office."""
    return _wanted(session, None)


def _count_files(
    con: Any,
    at: Callable[[str], EstablishmentCounts],
    today: str,
    period: list[str],
    wanted: list[str] | None,
) -> None:
    """Files held, files opened in the period and reviews overdue today, per establishment."""
    only, extra = _within("establishment_code", wanted)
    for code, overdue, new, total in con.execute(
        "SELECT establishment_code, "
        "sum(CASE WHEN review_due != '' AND review_due <= ? THEN 1 ELSE 0 END), "
        "sum(CASE WHEN created_at >= ? AND created_at < ? THEN 1 ELSE 0 END), count(*) "
        f"FROM subjects WHERE anonymised = 0{only} GROUP BY 1",
        [today, *period, *extra],
    ):
        counted = at(str(code))
        counted.overdue_reviews, counted.new_files, counted.files = (
            int(overdue or 0),
            int(new or 0),
            int(total),
        )


def _count_observations(
    con: Any, at: Callable[[str], EstablishmentCounts], params: list[Any], only: str
) -> None:
    """Observations of the period by establishment: by urgency, and by domain and urgency.

    `params`: period start and end, the counted statuses, the establishments counted.
    """
    marks = ",".join("?" for _ in COUNTED)
    pin = dialect_of(con).indexed_by("observations_by_establishment")
    # One sum per urgency, grouped by establishment alone: the covering index is read in
    # its own order and nothing is sorted (a sort of a million rows took most of the time).
    by_urgency = ", ".join(
        f"sum(CASE WHEN o.urgency = '{u.value}' THEN 1 ELSE 0 END)" for u in Urgency
    )
    for code, *numbers in con.execute(
        f"SELECT o.establishment_code, {by_urgency} FROM observations o {pin} "
        "WHERE o.is_current = 1 "
        f"AND o.event_start >= ? AND o.event_start < ? AND o.status IN ({marks}){only} "
        "GROUP BY o.establishment_code",
        params,
    ):
        counted = at(str(code))
        for urgency, n in zip(Urgency, numbers, strict=True):
            counted.by_urgency[urgency] = int(n or 0)
    for code, domain, level, n in _domain_counts(con, params, only):
        per = at(code).by_domain.setdefault(domain, dict.fromkeys(Urgency, 0))
        per[Urgency(level)] = n


def _domain_counts(con: Any, params: list[Any], only: str) -> list[tuple[str, str, str, int]]:
    """(establishment, domain, urgency, observations citing the domain).

    PostgreSQL groups with a hash aggregate on the server. SQLite can only group by
    sorting, and sorting the join's million rows (twice, for the distinct count) was
    most of the national overview's time on SQLCipher; there the join is read in index
    order (for the whole office: the codes in (domain, row) order through
    `observations_counted`, migration 0013, keyed by row) and counted here as it
    streams, an observation counted once per domain however many of its codes belong
    to it. Decision 0020.
    """
    marks = ",".join("?" for _ in COUNTED)
    where = (
        "o.is_current = 1 AND o.event_start >= ? AND o.event_start < ? "
        f"AND o.status IN ({marks}){only}"
    )
    if dialect_of(con).is_postgresql:
        return [
            (str(c), str(d), str(u), int(n))
            for c, d, u, n in con.execute(
                "SELECT o.establishment_code, i.domain, o.urgency, count(DISTINCT o.row_no) "
                "FROM observations o JOIN observation_indicators i ON i.row_no = o.row_no "
                f"WHERE {where} GROUP BY 1, 2, 3",
                params,
            )
        ]
    # Some establishments (a report, an analyst's grants): their observations first, found
    # by establishment; every establishment: every code, each observation found by row.
    # Either way one observation's codes of a domain arrive side by side.
    joined = (
        "observations o INDEXED BY observations_by_establishment "
        "CROSS JOIN observation_indicators i ON i.row_no = o.row_no"
        if only
        else "observation_indicators i INDEXED BY observation_indicators_by_domain "
        "CROSS JOIN observations o INDEXED BY observations_counted ON o.row_no = i.row_no"
    )
    counted: Counter[tuple[str, str, str]] = Counter()
    last: tuple[str, int] | None = None
    for domain, row_no, code, urgency in con.execute(
        f"SELECT i.domain, i.row_no, o.establishment_code, o.urgency FROM {joined} WHERE {where}",
        params,
    ):
        if (domain, row_no) != last:
            counted[code, domain, urgency] += 1
            last = (domain, row_no)
    return [(c, d, u, n) for (c, d, u), n in counted.items()]


def national_domains(found: dict[str, EstablishmentCounts]) -> dict[str, dict[Urgency, int]]:
    """Domain × urgency over every establishment (side by side, never added into a score)."""
    total: dict[str, dict[Urgency, int]] = defaultdict(lambda: dict.fromkeys(Urgency, 0))
    for counted in found.values():
        for domain, per in counted.by_domain.items():
            for urgency, n in per.items():
                total[domain][urgency] += n
    return dict(sorted(total.items()))
