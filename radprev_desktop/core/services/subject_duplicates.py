"""The duplicate check: prisoners who may be the same person as one about to be added.

Shown to the officer before `subjects.create_subject`, so the same person is not
entered twice under another spelling or script. Looking shows names, so it is a
consultation whose purpose is the new record itself.
"""

from __future__ import annotations

from radprev_desktop.core import policy
from radprev_desktop.core.model import JustificationReason, Subject
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import consultation, search_index
from radprev_desktop.core.services.subject_scope import scope_sql
from radprev_desktop.core.services.subjects import SUBJECT_COLUMNS, subject_from_row
from radprev_desktop.core.session import Session
from radprev_desktop.core.vault.dialect import dialect_of


def find_similar(
    session: Session,
    *,
    prison_number: str = "",
    family_name: str = "",
    given_names: str = "",
    limit: int = 20,
) -> list[Subject]:
    """Subjects that may be the same person: same prison number, or similar names.

    Case, diacritics and script are ignored ("Petrovic" finds "Петровић").
    Call it before `create_subject` and show the matches to the officer.
    """
    policy.require(session, Permission.READ_SUBJECTS)
    where, scope_params = scope_sql(session, alias="subjects")
    found: dict[str, Subject] = {}
    if prison_number.strip():
        key = search_index.prison_number_key(prison_number)
        for row in session.con.execute(
            f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE prison_number_key = ? AND {where} "
            "ORDER BY establishment_code = ? DESC LIMIT ?",
            (key, *scope_params, session.establishment_code, limit),
        ):
            found[row[0]] = subject_from_row(row)
    family = search_index.fold_key(family_name)
    given = search_index.fold_key(given_names)
    if family:
        pattern = f"{family}% {given.split(' ')[0]}%" if given else f"{family}%"
        for row in session.con.execute(
            f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE names_key LIKE ? ESCAPE '\\' "
            f"AND {where} LIMIT ?",
            (pattern.replace("_", "\\_"), *scope_params, limit),
        ):
            found.setdefault(row[0], subject_from_row(row))
    names = f"{family_name} {given_names}".strip()
    if search_index.fold_key(names) and len(found) < limit:  # "Djordjevic" etc. via the index
        dialect = dialect_of(session.con)
        words = search_index.match_query(names, dialect)
        match, match_params = dialect.search_column_match("subject_search", "names", words)
        for row in session.con.execute(
            f"SELECT {SUBJECT_COLUMNS} FROM subjects WHERE rowid IN "
            f"(SELECT rowid FROM subject_search WHERE {match}) AND {where} LIMIT ?",
            (*match_params, *scope_params, limit),
        ):
            found.setdefault(row[0], subject_from_row(row))
    matches = list(found.values())[:limit]
    # Looking for duplicates before adding a prisoner shows names: a consultation whose
    # purpose is the new record itself; what was looked for is kept as a search's terms
    # are (hashed by default), so the DPO can answer "who looked for this name".
    asked = " ".join(p for p in (prison_number.strip(), family_name, given_names) if p)
    numbers = [search_index.prison_number_key(prison_number)] if prison_number.strip() else []
    consultation.record(
        session,
        "subjects_compared",
        object_type="subjects",
        implied=JustificationReason.NEW_INFORMATION,
        details={
            **consultation.query_details(session, asked, [*numbers, *f"{family} {given}".split()]),
            "rows": len(matches),
        },
    )
    return matches
