"""Classification per record from the establishment's list (issue 14 item 7), on real vaults.

The administrator sets the list; an officer's observation takes the lowest level unless
another is chosen; an amendment or a supervisor (with a reason, audited) changes it;
the level travels in the sync record and a supervisor's change reaches the central
office; every page of a report showing the record carries the highest level (PDFs read
back).
"""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.model import Role
from radprev_desktop.core.reports.observation_record import observation_record
from radprev_desktop.core.reports.subject_summary import subject_summary
from radprev_desktop.core.services import (
    classification,
    observation_amendments,
    observations,
    settings,
    subjects,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.sync import importer, keys
from tests.factories import observation_input, subject
from tests.unit.test_sync_records import _login
from tests.unit.test_sync_support import Pair, make_pair


def pages(pdf: bytes) -> list[str]:
    return [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


def test_the_list_is_checked_and_the_lowest_is_the_default(
    admin: Session, officer: Session
) -> None:
    assert classification.levels(officer) == ["OFFICIAL", "OFFICIAL-SENSITIVE", "RESTRICTED"]
    with pytest.raises(ValidationError, match="twice"):
        settings.set_setting(admin, "classification_levels", "Basic; Secret; basic")
    with pytest.raises(ValidationError, match="levels separated"):
        settings.set_setting(admin, "classification_levels", " ; ")
    stored = settings.set_setting(admin, "classification_levels", "Basic;  Internal ; Secret;")
    assert stored == ["Basic", "Internal", "Secret"]
    prisoner = subject(officer)
    plain = observations.create_draft(officer, observation_input(prisoner.id))
    assert plain.classification == "Basic"
    chosen = observations.create_draft(
        officer, replace(observation_input(prisoner.id), classification="secret")
    )
    assert chosen.classification == "Secret"  # spelt as the list spells it
    with pytest.raises(ValidationError, match="Basic, Internal, Secret"):
        observations.create_draft(
            officer, replace(observation_input(prisoner.id), classification="TOP SECRET")
        )


def test_amendment_and_supervisor_change_it_with_audit(
    officer: Session, supervisor: Session
) -> None:
    prisoner = subject(officer)
    obs = observations.record(officer, observation_input(prisoner.id), submit_now=True)
    assert obs.classification == "OFFICIAL"
    amended = observation_amendments.amend(
        officer, obs.id, "names a source's words", {"classification": "OFFICIAL-SENSITIVE"}
    )
    assert (amended.version, amended.classification) == (2, "OFFICIAL-SENSITIVE")
    with pytest.raises(PermissionDenied):
        classification.reclassify(officer, obs.id, "RESTRICTED", "mine")
    with pytest.raises(ValidationError, match="reason"):
        classification.reclassify(supervisor, obs.id, "RESTRICTED", "  ")
    changed = classification.reclassify(
        supervisor, obs.id, "restricted", "holds an informant's account"
    )
    assert (changed.version, changed.classification) == (2, "RESTRICTED")
    entry = audit.read_entries(supervisor.con, action="observation_reclassified")[-1]
    assert entry.justification == "holds an informant's account"
    assert entry.details == {
        "version": 2, "from": "OFFICIAL-SENSITIVE", "to": "RESTRICTED",
        "subject_id": prisoner.id,
    }  # fmt: skip


def test_every_page_carries_the_highest_level_shown(officer: Session, supervisor: Session) -> None:
    prisoner = subject(officer)
    low = observations.record(officer, observation_input(prisoner.id), submit_now=True)
    high = observations.record(
        officer,
        replace(observation_input(prisoner.id, "Passed a note at the visits hall."),
                classification="RESTRICTED"),
        submit_now=True,
    )  # fmt: skip
    # The vault's marking (OFFICIAL-SENSITIVE) is the floor: an OFFICIAL record alone
    # prints under it.
    one = pages(observation_record(supervisor, low.id, justification="review").pdf)
    assert one and all("OFFICIAL-SENSITIVE" in p and "RESTRICTED" not in p for p in one)
    assert "Classification OFFICIAL" in one[0]
    summary = pages(subject_summary(supervisor, prisoner.id, justification="review").pdf)
    assert summary and all("RESTRICTED" in p for p in summary)
    record = pages(observation_record(supervisor, high.id, justification="review").pdf)
    assert record and all("RESTRICTED" in p for p in record)


def test_the_level_and_its_change_reach_the_central_office(tmp_path: Path) -> None:
    pair: Pair = make_pair(tmp_path)
    try:
        ws, central = pair.ws, pair.central
        officer, supervisor = (
            _login(pair, "olga", Role.OFFICER),
            _login(pair, "stefan", Role.SUPERVISOR),
        )
        officer.justification = supervisor.justification = ("review", "classification test")
        prisoner = subjects.create_subject(
            officer, prison_number="PL-77", family_name="Nowak", given_names="Jan", unit="A"
        )
        obs = observations.record(
            officer, replace(observation_input(prisoner.id), classification="OFFICIAL-SENSITIVE"),
            submit_now=True,
        )  # fmt: skip

        def ship() -> str:
            result = export_mod.export_package(ws, pair.folder)
            importer.import_package(
                central, result.path.read_bytes(), file_name=result.path.name,
                enrol_fingerprint=keys.own_workstation_fingerprint(ws),
            )  # fmt: skip
            row = central.con.execute(
                "SELECT classification FROM observations WHERE id = ? AND is_current = 1",
                (obs.id,),
            ).fetchone()
            return str(row[0])

        assert ship() == "OFFICIAL-SENSITIVE"
        classification.reclassify(supervisor, obs.id, "RESTRICTED", "source protection")
        assert ship() == "RESTRICTED"
        officer.close()
        supervisor.close()
    finally:
        pair.ws.close()
        pair.central.close()
