"""Programme referrals: the lifecycle, who may change one, and their journey to the office."""

from __future__ import annotations

from pathlib import Path

import pytest

from radprev_desktop.core.errors import (
    Conflict,
    PermissionDenied,
    ValidationError,
)
from radprev_desktop.core.i18n import report_translator
from radprev_desktop.core.model import Mode, ObservationStatus, ReferralStatus
from radprev_desktop.core.services import referrals, settings
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.registry import sync_kinds
from tests.factories import create_vault, subject
from tests.unit.records_support import origin_of


def _refer(officer: Session, subject_id: str, **kwargs: object) -> referrals.Referral:
    values: dict[str, object] = {
        "programme": "mentoring",
        "reason_facts": "Asked twice about the mentoring scheme after a visit.",
        "reason_assessment": "Contact with a mentor may support his wish to stay out of groups.",
        "referred_on": "2026-01-05",
    }
    values.update(kwargs)
    return referrals.refer(officer, subject_id, **values)  # type: ignore[arg-type]


def test_lifecycle_keeps_every_step_and_version(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    made = _refer(officer, prisoner.id)
    assert (made.status, made.version) == (ReferralStatus.PROPOSED, 1)
    assert made.reason_facts.startswith("Asked twice") and "mentor" in made.reason_assessment
    steps = [
        (ReferralStatus.ACCEPTED, "2026-01-06", "Place offered."),
        (ReferralStatus.STARTED, "2026-01-10", "First session."),
        (ReferralStatus.COMPLETED, "2026-01-12", ""),
    ]
    for status, day, note in steps:
        current = referrals.update_referral(officer, made.id, status=status, on=day, note=note)
    assert current.status is ReferralStatus.COMPLETED and current.version == 4
    assert [(s.status, s.date) for s in current.history] == [
        (ReferralStatus.PROPOSED, "2026-01-05"),
        *[(s, d) for s, d, _ in steps],
    ]
    outcome = referrals.update_referral(supervisor, made.id, outcome="Attended all sessions.")
    assert (outcome.version, outcome.outcome) == (5, "Attended all sessions.")
    assert [r.version for r in referrals.referral_history(officer, made.id)] == [1, 2, 3, 4, 5]
    assert [r.id for r in referrals.referrals_for_subject(officer, prisoner.id)] == [made.id]
    pending = officer.con.execute(
        "SELECT version FROM changes WHERE kind = 'referral' ORDER BY seq"
    ).fetchall()
    assert [v for (v,) in pending] == [1, 2, 3, 4, 5]
    counts = referrals.counts_by_status(officer, "2026-01-01", "2026-01-31")
    assert counts[ReferralStatus.COMPLETED] == 1 and sum(counts.values()) == 1


def test_the_order_of_steps_and_their_dates_are_checked(officer: Session) -> None:
    made = _refer(officer, subject(officer).id)
    with pytest.raises(ValidationError, match="cannot become started"):
        referrals.update_referral(officer, made.id, status=ReferralStatus.STARTED)
    with pytest.raises(ValidationError, match="before 2026-01-05"):
        referrals.update_referral(officer, made.id, status=ReferralStatus.ACCEPTED, on="2026-01-01")
    referrals.update_referral(officer, made.id, status=ReferralStatus.DECLINED, on="2026-01-07")
    with pytest.raises(ValidationError, match="it is closed"):
        referrals.update_referral(officer, made.id, status=ReferralStatus.ACCEPTED)
    with pytest.raises(ValidationError, match="Nothing changes"):
        referrals.update_referral(officer, made.id)


def test_programmes_come_from_the_code_list(officer: Session, admin: Session) -> None:
    prisoner = subject(officer)
    with pytest.raises(ValidationError, match="not a programme"):
        _refer(officer, prisoner.id, programme="PL-DIS-01")
    settings.set_setting(admin, "code_lists", {"programmes": ["PL-DIS-01", "PL-EDU-02"]})
    assert referrals.programmes(officer) == ["PL-DIS-01", "PL-EDU-02"]
    assert _refer(officer, prisoner.id, programme="PL-DIS-01").programme == "PL-DIS-01"
    with pytest.raises(ValidationError, match="not a programme"):
        _refer(officer, prisoner.id, programme="mentoring")


def test_facts_are_required_and_only_writers_refer(
    officer: Session, auditor: Session, admin: Session
) -> None:
    prisoner = subject(officer)
    with pytest.raises(ValidationError, match="reason"):
        _refer(officer, prisoner.id, reason_facts="  ")
    with pytest.raises(PermissionDenied):
        _refer(admin, prisoner.id)
    made = _refer(officer, prisoner.id)
    seen = referrals.get_referral(auditor, made.id)
    assert seen.status is ReferralStatus.PROPOSED and seen.reason_facts == ""


def test_another_officer_may_not_update_it(
    officer: Session, make_session: object, supervisor: Session
) -> None:
    from radprev_desktop.core.model import Role

    other = make_session(Role.OFFICER, username="oskar")  # type: ignore[operator]
    made = _refer(officer, subject(officer).id)
    with pytest.raises(PermissionDenied):
        referrals.update_referral(other, made.id, status=ReferralStatus.ACCEPTED)
    assert referrals.update_referral(supervisor, made.id, status="accepted").version == 2


def test_versions_travel_and_conflicts_are_kept_apart(officer: Session, tmp_path: Path) -> None:
    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    try:
        prisoner = subject(officer)
        made = _refer(officer, prisoner.id)
        referrals.update_referral(officer, made.id, status=ReferralStatus.ACCEPTED)
        kinds = sync_kinds()
        origin = origin_of(officer)
        with central.transaction() as con:
            record = kinds["subject"].serialize(officer.con, prisoner.id, 1)
            assert kinds["subject"].apply(con, record, origin) == "inserted"
            for version in (2, 1):  # any order
                line = kinds["referral"].serialize(officer.con, made.id, version)
                kinds["referral"].validate(line)
                assert kinds["referral"].apply(con, line, origin) == "inserted"
            assert kinds["referral"].apply(con, line, origin) == "duplicate"
            changed = {**line, "outcome": "Something else."}
            assert kinds["referral"].apply(con, changed, origin) == "conflict"
        current = central.con.execute(
            "SELECT version, status FROM referrals WHERE id = ? AND is_current = 1", (made.id,)
        ).fetchall()
        assert current == [(2, "accepted")]
        broken = {**line, "status": "completed"}
        with pytest.raises(ValidationError, match="last step"):
            kinds["referral"].validate(broken)
    finally:
        central.close()


def test_history_referrals_are_not_changed_here(officer: Session) -> None:
    made = _refer(officer, subject(officer).id)
    officer.con.execute("UPDATE referrals SET establishment_code = 'PL-A' WHERE id = ?", (made.id,))
    with pytest.raises(Conflict, match="made at PL-A"):
        referrals.update_referral(officer, made.id, status=ReferralStatus.ACCEPTED)


def test_a_referral_status_and_an_observation_status_keep_their_own_words() -> None:
    """'accepted' is both an observation's and a referral's status (StrEnum members equal
    their value): each prints its own word (the screens: tests/gui/test_transfers_screens.py)."""
    tr = report_translator("en")
    assert tr.label(ObservationStatus.ACCEPTED) == "Accepted"
    assert tr.label(ReferralStatus.ACCEPTED) == "Accepted by the programme"
