"""Subjects: unique prison numbers, search before create, history, file consultation."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.audit import read_entries
from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from radprev_desktop.core.model import Justification, JustificationReason, SubjectStatus
from radprev_desktop.core.services import (
    subject_duplicates,
    subject_fields,
    subject_file,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.justification import make_justification
from radprev_desktop.core.session import Session
from tests.unit.records_support import counts, subject


def test_create_sets_defaults_and_queues_export(officer: Session) -> None:
    s = subjects.create_subject(
        officer,
        prison_number=" pl 77 ",
        family_name="Đorđević",
        given_names="Miloš",
        birth_year=1990,
        unit="a",
    )
    assert s.prison_number == "PL 77" and s.unit_code == "A" and s.version == 1
    assert s.status is SubjectStatus.IN_CUSTODY and not s.restricted
    assert s.review_due > s.created_at[:10]  # 12 months ahead by default
    assert s.origin_workstation == officer.workstation_id
    change = officer.con.execute("SELECT kind, object_id, version FROM changes").fetchall()
    assert ("subject", s.id, 1) in change
    entry = read_entries(officer.con, action="subject_created")[-1]
    assert entry.object_id == s.id and "Đorđević" not in str(entry.details)


def test_review_due_follows_retention_setting(admin: Session, officer: Session) -> None:
    with admin.transaction() as con:
        con.execute(
            "INSERT INTO settings(key, value) VALUES ('retention_months', '{\"subject\": 3}')"
        )
    s = subject(officer)
    expected = subject_fields.add_months(subject_fields.now().date(), 3).isoformat()
    assert s.review_due == expected


def test_duplicate_prison_number_refused_and_nothing_written(officer: Session) -> None:
    subject(officer, number="PL-1001")
    before = counts(officer)
    with pytest.raises(Conflict, match="already recorded"):
        subject(officer, number="pl 1001", family="Nowak")
    assert counts(officer) == before


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("prison_number", {"prison_number": ""}),
        ("family_name", {"family_name": "  "}),
        ("given_names", {"given_names": ""}),
        ("birth_year", {"birth_year": 1700}),
        ("unit", {"unit": "Z"}),
        ("family_name", {"family_name": "Hoxha 😀"}),
        ("given_names", {"given_names": "Arben\u2764\ufe0f"}),
        ("given_names", {"given_names": "Ar\x07ben"}),
    ],
)
def test_bad_input_names_the_field(officer: Session, field: str, kwargs: dict) -> None:  # type: ignore[type-arg]
    args = {"prison_number": "PL-9", "family_name": "Hoxha", "given_names": "Arben", **kwargs}
    before = counts(officer)
    with pytest.raises(ValidationError) as exc:
        subjects.create_subject(officer, **args)
    assert exc.value.field == field
    assert counts(officer) == before


def test_names_in_every_script_are_accepted(officer: Session) -> None:
    for family, given in (
        ("Dąbrowski-Żuk", "Łukasz"),
        ("Петровић", "Марко"),
        ("O'Neill", "Mary Ann"),
        ("Çela", "Ëndrit"),
        ("Трајковски", "Ѓорѓи"),
    ):
        s = subjects.create_subject(
            officer,
            prison_number=f"PN-{len(family)}{len(given)}",
            family_name=family,
            given_names=given,
        )
        assert (s.family_name, s.given_names) == (family, given)
    assert not subject_fields.name_character_allowed("😀")
    assert subject_fields.name_character_allowed("ę")


def test_auditor_cannot_create(auditor: Session) -> None:
    with pytest.raises(PermissionDenied):
        subject(auditor)


def test_find_similar_ignores_case_diacritics_and_script(officer: Session) -> None:
    a = subject(officer, "PL-1", "Петровић", "Марко")
    b = subject(officer, "PL-2", "Łukaszewski", "Łukasz")
    c = subject(officer, "PL-3", "Hoxha", "Ëndrit")
    assert [s.id for s in subject_duplicates.find_similar(officer, family_name="petrovic")] == [
        a.id
    ]
    assert [s.id for s in subject_duplicates.find_similar(officer, family_name="LUKASZEWSKI")] == [
        b.id
    ]
    assert [s.id for s in subject_duplicates.find_similar(officer, prison_number="pl 3")] == [c.id]
    assert [s.id for s in subject_duplicates.find_similar(officer, given_names="endrit")] == [c.id]
    assert subject_duplicates.find_similar(officer, family_name="Nowak") == []


def test_update_keeps_old_values_with_reason(
    officer: Session, supervisor: Session, admin: Session
) -> None:
    s = subject(officer)
    changed = subjects.update_subject(officer, s.id, reason="moved wing", unit_code="B", cell="12")
    assert changed.version == 2 and changed.unit_code == "B"
    with pytest.raises(NotFound):  # unit B is not olga's: the file has left her reach
        subjects.subject_history(officer, s.id)
    history = subjects.subject_history(admin, s.id)
    assert len(history) == 1
    assert history[0].old_values == {"unit_code": "A", "cell": ""}
    assert history[0].reason == "moved wing" and history[0].by_user == "olga"
    with pytest.raises(ValidationError):
        subjects.update_subject(officer, s.id, reason="  ", cell="1")
    with pytest.raises(PermissionDenied):
        subjects.set_restricted(officer, s.id, True, "disputed")
    restricted = subjects.set_restricted(admin, s.id, True, "accuracy disputed")
    assert restricted.restricted and restricted.version == 3


def test_release_brings_review_forward(officer: Session) -> None:
    s = subject(officer)
    released = subjects.update_subject(officer, s.id, reason="released", status="released")
    assert released.review_due < s.review_due


def test_unknown_subject_is_not_found(officer: Session) -> None:
    with pytest.raises(NotFound):
        subjects.get_subject(officer, "no-such-id")
    with pytest.raises(NotFound):
        subjects.find_by_prison_number(officer, "X-404")


def test_opening_a_file_needs_a_justification_and_is_audited(officer: Session) -> None:
    s = subject(officer)
    with pytest.raises(ValidationError):
        subject_file.open_subject_file(officer, s.id, None)
    with pytest.raises(ValidationError):
        make_justification("other", "")
    with pytest.raises(ValidationError):
        make_justification("curiosity")
    opened = subject_file.open_subject_file(
        officer, s.id, Justification(JustificationReason.NEW_INFORMATION, "report from wing")
    )
    assert opened.subject.id == s.id
    entry = read_entries(officer.con, action="subject_file_opened")[-1]
    assert entry.object_id == s.id
    assert entry.justification == "new_information: report from wing"
    assert officer.justification == ("new_information", "report from wing")


def test_plaintext_canary_never_reaches_disk(officer: Session, vault_dir: Path) -> None:
    canary = "Zażółćgęśląjaźń-Квазимодо"
    subject(officer, number="CAN-1", family=canary, given="Testowy")
    officer.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    needle = canary.encode("utf-8")
    files = [p for p in vault_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert needle not in path.read_bytes(), path


def test_the_list_sorts_names_as_people_read_them(officer: Session) -> None:
    """Issue 10: "Dushku" sorted before "Dąbrowski" (byte order)."""

    for number, family, given in (
        ("PN-1", "Dushku", "Arben"),
        ("PN-2", "Dąbrowski", "Łukasz"),
        ("PN-3", "Dabrowski", "Adam"),
        ("PN-4", "Zieliński", "Jan"),
        ("PN-5", "Đorđević", "Marko"),
        ("PN-6", "Ćwik", "Ewa"),
    ):
        subjects.create_subject(
            officer, prison_number=number, family_name=family, given_names=given
        )
    names = [s.family_name for s in subject_search.list_subjects(officer).items]
    assert names == ["Ćwik", "Dabrowski", "Dąbrowski", "Đorđević", "Dushku", "Zieliński"]
