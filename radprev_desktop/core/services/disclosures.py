"""Every time one person's data left this vault (the access report lists them, LED Art. 14).

USB packages to the central office that carried any of the person's records
(outbox `changes` joined to `exports`), release handovers to another authority,
transfers recorded here and transfer bundles issued by the central office. Read
only, for the data-protection officer's access report.
"""

from __future__ import annotations

from dataclasses import dataclass

from radprev_desktop.core import policy
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.session import Session


@dataclass(frozen=True)
class Disclosure:
    """One time a person's data left this vault: to the central office, another
    establishment or another authority (the access report lists each)."""

    at: str
    kind: str  # "export", "handover", "transfer", "bundle"; "report", "data" (access report)
    recipient: str
    detail: str
    count: int = 0


def of_subject(session: Session, subject_id: str, object_ids: set[str]) -> list[Disclosure]:
    """Every recorded disclosure of one person's records, oldest first (access report).

    USB packages to the central office that carried any of `object_ids` (the file
    and its records), release handovers, transfers recorded here and transfer bundles
    issued by the central office.
    """
    policy.require_report(session, ReportKind.ACCESS)
    con, found = session.con, []
    ids = sorted(object_ids)
    for start in range(0, len(ids), 500):  # SQLite's limit on parameters
        part = ids[start : start + 500]
        marks = ",".join("?" for _ in part)
        found += [
            Disclosure(str(r[1]), "export", "", str(r[2]), int(r[3]))
            for r in con.execute(
                "SELECT e.seq, e.created_at, e.file_name, count(*) FROM changes c "
                f"JOIN exports e ON e.seq = c.package_seq WHERE c.object_id IN ({marks}) "
                "GROUP BY e.seq, e.created_at, e.file_name",
                part,
            )
        ]
    found += [
        Disclosure(str(r[0]), "handover", str(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT made_at, recipient, sequence FROM handovers WHERE subject_id = ?",
            (subject_id,),
        )
    ]
    found += [
        Disclosure(str(r[0]), "transfer", str(r[1]), str(r[2]))
        for r in con.execute(
            "SELECT recorded_at, to_establishment, transfer_date FROM transfers "
            "WHERE subject_id = ?",
            (subject_id,),
        )
    ]
    found += [
        Disclosure(str(r[0]), "bundle", str(r[1]), str(r[2]), int(r[3]))
        for r in con.execute(
            "SELECT issued_at, to_establishment, sequence, records FROM transfer_bundles "
            "WHERE subject_id = ?",
            (subject_id,),
        )
    ]
    return sorted(found, key=lambda d: (d.at, d.kind))
