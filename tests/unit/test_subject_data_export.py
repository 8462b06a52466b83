"""The person's data as JSON + the access report PDF (issue 14 item 6): read back, redacted,
schema-valid, audited as a disclosure, and nothing half-written on a failed write."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import jsonschema
import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import PermissionDenied, StorageError, ValidationError
from radprev_desktop.core.fileio import storage_message
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports import subject_data
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import data_requests, observations, referrals, restriction
from radprev_desktop.core.session import Session
from tests.factories import login
from tests.unit.test_access_report_redaction import (
    OFFICER,
    OTHER_FAMILY,
    OTHER_GIVEN,
    SOURCE,
    dsar,
    dsar_files,
    pdf_text,
)
from tests.unit.test_sync_support import Pair

__all__ = ["dsar", "dsar_files"]  # the fixtures, shared with the access report's tests

WHY = "data_subject_request: request of 3 November"


def _enrich(pair: Pair, subject_id: str) -> str:
    """A referral, a restriction and a dispute on the file; returns the observation id."""
    supervisor = login(pair.ws.folder, "stefan")
    supervisor.justification = ("supervision", "DPO request")
    try:
        obs = observations.list_for_subject(supervisor, subject_id)[0]
        referrals.refer(
            supervisor,
            subject_id,
            programme=referrals.programmes(supervisor)[0],
            reason_facts=f"Asked to join the course after a quarrel with {OTHER_FAMILY}.",
        )
        restriction.set_restriction(supervisor, subject_id, True, "Accuracy disputed.")
        data_requests.record_request(
            supervisor, "observation", obs.id, "dispute", "She says there was no debt."
        )
        return obs.id
    finally:
        supervisor.close()


def test_everything_is_exported_redacted_and_listed_as_a_disclosure(
    dsar: tuple[Pair, Session, str], tmp_path: Path
) -> None:
    pair, auditor, subject_id = dsar
    obs_id = _enrich(pair, subject_id)
    folder = tmp_path / "stick"
    folder.mkdir()
    made = subject_data.export_subject_data(
        auditor, subject_id, folder, justification=WHY, recipient="Anna Nowak (in person)"
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made.json_path.name, made.pdf_path.name]
    )  # no temporary file left beside them
    found = json.loads(made.json_path.read_text("utf-8"))
    jsonschema.validate(found, subject_data.schema())
    assert found["schema"] == "radprev:subject-data:1"
    assert found["document_id"] == made.document_id
    assert made.document_id in pdf_text(made.pdf_path.read_bytes())
    assert found["subject"]["family_name"] == "Nowak" and found["subject"]["restricted"] is True
    assert [o["id"] for o in found["observations"]] == [obs_id]
    version = found["observations"][0]["versions"][-1]
    assert "argued with [another prisoner] at the hatch" in version["facts"]
    assert found["observations"][0]["reviews"]
    assert "quarrel with [another prisoner]" in found["referrals"][0]["reason_facts"]
    kinds = [(n["kind"], n["outcome"]) for n in found["record_notes"]]
    assert kinds == [("restriction_set", ""), ("dispute", "open")]
    assert {d["kind"] for d in found["disclosures"]} >= {"export"}  # the USB package
    assert found["audit_trail"] and all(e["meaning"] for e in found["audit_trail"])
    assert {r["kind"] for r in found["redaction_log"]} >= {"Another prisoner's name"}
    text = made.json_path.read_text("utf-8")
    for canary in (OTHER_FAMILY, OTHER_GIVEN, SOURCE, OFFICER):
        assert canary not in text, canary

    entry = audit.read_entries(auditor.con, action="subject_access_exported")[-1]
    assert entry.object_id == subject_id and entry.recipient == "Anna Nowak (in person)"
    assert entry.justification == WHY and made.json_path.name in entry.details["files"]
    again = generate(auditor, ReportRequest(ReportKind.ACCESS, WHY, subject_id=subject_id))
    assert "Copy of the person's data (JSON and PDF) given to Anna Nowak (in person)" in pdf_text(
        again.pdf
    )


def test_only_who_makes_the_access_report_and_with_reason_and_recipient(
    dsar: tuple[Pair, Session, str], tmp_path: Path
) -> None:
    pair, auditor, subject_id = dsar
    stick = tmp_path / "stick"
    stick.mkdir()
    supervisor = login(pair.ws.folder, "stefan")
    try:
        with pytest.raises(PermissionDenied):
            subject_data.export_subject_data(
                supervisor, subject_id, stick, justification=WHY, recipient="x"
            )
    finally:
        supervisor.close()
    with pytest.raises(ValidationError):
        subject_data.export_subject_data(
            auditor, subject_id, stick, justification=WHY, recipient=" "
        )
    with pytest.raises(ValidationError):
        subject_data.export_subject_data(
            auditor, subject_id, stick, justification="", recipient="x"
        )
    with pytest.raises(StorageError):
        subject_data.export_subject_data(
            auditor, subject_id, stick / "gone", justification=WHY, recipient="x"
        )
    assert list(stick.iterdir()) == []
    assert not audit.read_entries(auditor.con, action="subject_access_exported")


def test_a_full_disk_leaves_nothing_half_written(
    dsar: tuple[Pair, Session, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, auditor, subject_id = dsar
    stick = tmp_path / "stick"
    stick.mkdir()
    real = subject_data.atomic_write

    def second_fails(path: Path, data: bytes, **kwargs: object) -> None:
        if path.suffix == ".pdf":  # the stick fills up after the JSON file
            raise StorageError(storage_message(OSError(errno.ENOSPC, "No space"), path))
        real(path, data)

    monkeypatch.setattr(subject_data, "atomic_write", second_fails)
    with pytest.raises(StorageError, match="The disk is full"):
        subject_data.export_subject_data(
            auditor, subject_id, stick, justification=WHY, recipient="x"
        )
    assert list(stick.iterdir()) == []  # the JSON written first is gone again
    assert not audit.read_entries(auditor.con, action="subject_access_exported")
