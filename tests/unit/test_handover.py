"""Release handover: the PDF and the package hold only what the policy allows, the
package opens only with the probation key, and the disclosure is audited."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from pyrage import x25519

from radprev_desktop.core import audit
from radprev_desktop.core.errors import (
    Conflict,
    PackageRejected,
    PermissionDenied,
    ValidationError,
)
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.requests import ReportRequest, generate
from radprev_desktop.core.services import (
    handovers,
    observations,
    referrals,
    reviews,
    settings,
    subjects,
)
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, handover, transfer_keys
from tests.factories import observation_input, subject

CANARIES = (
    "CANARYSOURCENAME",
    "CANARYRESTRICTEDFACTS",
    "CANARYREJECTED",
    "CANARYRETURNED",
    "CANARYUNREVIEWED",
    "CANARYOLDFACTS",
    "CANARYASSESSMENT",
    "CANARYREFASSESS",
    "CANARYCLOSEDREFERRAL",
)


def pdf_text(pdf: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages).split()
    )


@dataclass
class File:
    prisoner_id: str
    probation: x25519.Identity
    key_file: Path


@pytest.fixture
def released(tmp_path: Path, officer: Session, supervisor: Session) -> File:
    """A released prisoner's file with everything a handover must leave behind."""
    prisoner = subject(officer, "PL-7001", "Krasniqi", "Ëndrit")
    wanted = [
        ("Attended every education class this month and helped others read.", {}),
        ("CANARYRESTRICTEDFACTS told by a fellow prisoner.", {"restricted": True}),
        ("CANARYREJECTED shouted in the corridor.", {}),
        ("CANARYRETURNED refused the meal.", {}),
        ("CANARYUNREVIEWED sat alone in the yard.", {}),
        ("CANARYOLDFACTS from two years ago.", {"event_start": "2024-05-01T10:00"}),
    ]
    ids = []
    for facts, extra in wanted:
        data = observation_input(prisoner.id, facts=facts)
        fields = {
            **data.__dict__,
            "assessment": "CANARYASSESSMENT: may relate to a debt.",
            "protective_factors": ("Works in the prison library",),
            **extra,
        }
        if extra.get("restricted"):
            fields["source_identity"] = "CANARYSOURCENAME"
        ids.append(observations.record(officer, type(data)(**fields), submit_now=True).id)
    assert len(ids) == 6
    reviews.accept(supervisor, ids[0])
    reviews.accept(supervisor, ids[1])
    reviews.reject(supervisor, ids[2], "Not about this prisoner.")
    reviews.return_to_author(supervisor, ids[3], "Say what was refused and why.")
    reviews.accept(supervisor, ids[5])
    referrals.refer(
        officer,
        prisoner.id,
        programme="education",
        reason_facts="Asked for a place in the literacy course.",
        reason_assessment="CANARYREFASSESS: would help him keep a routine.",
        referred_on="2026-10-05",
    )
    closed = referrals.refer(
        officer,
        prisoner.id,
        programme="mentoring",
        reason_facts="CANARYCLOSEDREFERRAL asked about a mentor.",
        reason_assessment="",
        referred_on="2026-09-01",
    )
    referrals.update_referral(officer, closed.id, status="declined", on="2026-09-03")
    subjects.update_subject(
        supervisor, prisoner.id, status="released", reason="Released on licence."
    )
    probation = x25519.Identity.generate()
    key_file = tmp_path / "probation.age.pub"
    key_file.write_text(f"# Probation office Gdańsk\n{probation.to_public()}\n", encoding="utf-8")
    return File(prisoner.id, probation, key_file)


def _make(session: Session, file: File, out: Path, **kwargs: object) -> handover.MadeHandoverFiles:
    out.mkdir(exist_ok=True)
    values: dict[str, object] = {
        "recipient_key": file.key_file.read_bytes(),
        "recipient": "Probation office Gdańsk (K. Nowak)",
        "reason": "Release on licence: handover to the supervising probation officer",
        "folder": out,
    }
    values.update(kwargs)
    return handover.make_handover(session, file.prisoner_id, **values)  # type: ignore[arg-type]


def test_the_handover_holds_only_what_the_policy_allows(
    tmp_path: Path, supervisor: Session, auditor: Session, released: File
) -> None:
    made = _make(supervisor, released, tmp_path / "out")
    assert made.pdf_path.name == f"handover_{supervisor.establishment_code}_000001.pdf"
    assert "Krasniqi" not in made.pdf_path.name and made.package_path.suffix == ".age"
    text = pdf_text(made.pdf_path.read_bytes())
    assert "Release handover to the probation service" in text
    assert "Krasniqi" in text and "PL-7001" in text
    assert "Attended every education class" in text
    assert "Asked for a place in the literacy course." in text
    assert "Works in the prison library" in text
    assert "Probation office Gdańsk" in text and made.package_path.name in text
    manifest, body = handover.read_handover(made.package_path.read_bytes(), released.probation)
    assert manifest["kind"] == "handover" and manifest["counts"] == {
        "referrals": 1,
        "observations": 1,
        "protective_factors": 1,
    }
    assert [o["facts"][:8] for o in body["observations"]] == ["Attended"]
    assert [r["programme"] for r in body["referrals"]] == ["education"]
    assert body["subject"]["status"] == "released"
    assert body["document_id"] == made.handover.document_id
    tar = container.age_decrypt(made.package_path.read_bytes(), released.probation)
    everything = text + tar.decode("utf-8", "replace")
    for canary in CANARIES:
        assert canary not in everything, canary
    # The workstation's own keys do not open it; nor does anyone else's.
    own = transfer_keys.transfer_identity(supervisor)
    for stranger in [x25519.Identity.generate(), *([own] if own is not None else [])]:
        with pytest.raises(PackageRejected):
            handover.read_handover(made.package_path.read_bytes(), stranger)

    entries = [e for e in audit.read_entries(supervisor.con) if e.action == "handover_made"]
    assert len(entries) == 1
    assert entries[0].recipient == "Probation office Gdańsk (K. Nowak)"
    assert entries[0].justification.startswith("Release on licence")
    assert entries[0].object_id == released.prisoner_id
    listed = handovers.handovers_of(supervisor, released.prisoner_id)
    assert [(h.sequence, h.document_id) for h in listed] == [(1, made.handover.document_id)]
    access = generate(
        auditor,
        ReportRequest(ReportKind.ACCESS, subject_id=released.prisoner_id, justification="dsar"),
    )
    access_text = pdf_text(access.pdf)
    assert "Gave data to another authority" in access_text  # in words, no raw audit code
    assert "handover_made" not in access_text
    assert "Release handover to Probation office" in " ".join(access_text.split())


def test_a_tampered_package_is_refused(tmp_path: Path, supervisor: Session, released: File) -> None:
    made = _make(supervisor, released, tmp_path / "out")
    tar = bytearray(container.age_decrypt(made.package_path.read_bytes(), released.probation))
    at = tar.find(b"Attended")
    assert at > 0
    tar[at] = ord("X")
    forged = container.age_encrypt(bytes(tar), [released.probation.to_public()])
    with pytest.raises(PackageRejected):
        handover.read_handover(forged, released.probation)


def test_the_policy_decides_the_sections(
    tmp_path: Path, admin: Session, supervisor: Session, released: File
) -> None:
    settings.set_setting(
        admin,
        "handover_policy",
        {"observation_months": 0, "closed_referrals": 1, "assessments": 1},
    )
    made = _make(supervisor, released, tmp_path / "out")
    _, body = handover.read_handover(made.package_path.read_bytes(), released.probation)
    assert body["observations"] == [] and body["observations_since"] == ""
    assert sorted(r["programme"] for r in body["referrals"]) == ["education", "mentoring"]
    assert any("CANARYREFASSESS" in r["reason_assessment"] for r in body["referrals"])
    text = pdf_text(made.pdf_path.read_bytes())
    assert "CANARYCLOSEDREFERRAL" in text and "CANARYREFASSESS" in text
    assert "CANARYSOURCENAME" not in text and "CANARYRESTRICTEDFACTS" not in text


def test_what_is_refused_and_leaves_nothing(
    tmp_path: Path, officer: Session, supervisor: Session, released: File
) -> None:
    out = tmp_path / "out"
    with pytest.raises(PermissionDenied):
        _make(officer, released, out)
    secret = tmp_path / "secret.txt"
    secret.write_text(str(released.probation), encoding="utf-8")
    with pytest.raises(ValidationError, match="secret key"):
        _make(supervisor, released, out, recipient_key=secret.read_bytes())
    with pytest.raises(ValidationError, match="age public key"):
        _make(supervisor, released, out, recipient_key=b"not a key\n")
    with pytest.raises(ValidationError, match="who the handover is for"):
        _make(supervisor, released, out, recipient="  ")
    with pytest.raises(ValidationError, match="reason"):
        _make(supervisor, released, out, reason="")
    subjects.set_restricted(supervisor, released.prisoner_id, True, "The prisoner disputes it.")
    with pytest.raises(Conflict, match="restricted"):
        _make(supervisor, released, out)
    assert list(out.iterdir()) == []
    assert handovers.handovers_of(supervisor, released.prisoner_id) == []
    assert not [e for e in audit.read_entries(supervisor.con) if e.action == "handover_made"]


def test_only_a_released_prisoner_or_one_due_for_release(
    tmp_path: Path, supervisor: Session, released: File
) -> None:
    out = tmp_path / "out"
    for status in ("transferred", "in_custody"):
        subjects.update_subject(
            supervisor, released.prisoner_id, status=status, reason=f"Now {status}."
        )
        with pytest.raises(Conflict) as refused:
            _make(supervisor, released, out)
        word = "transferred" if status == "transferred" else "due for release"
        assert word in str(refused.value)
    # The transferred prisoner's file is not handed over even when "due for release".
    subjects.update_subject(supervisor, released.prisoner_id, status="transferred", reason="Moved.")
    with pytest.raises(Conflict, match="transferred"):
        _make(supervisor, released, out, due_for_release=True)
    assert list(out.iterdir()) == []
    assert handovers.handovers_of(supervisor, released.prisoner_id) == []
    assert not [e for e in audit.read_entries(supervisor.con) if e.action == "handover_made"]
    subjects.update_subject(supervisor, released.prisoner_id, status="in_custody", reason="Back.")
    made = _make(supervisor, released, out, due_for_release=True)
    assert made.pdf_path.exists() and made.package_path.exists()
    subjects.update_subject(supervisor, released.prisoner_id, status="released", reason="Out.")
    assert _make(supervisor, released, tmp_path / "again").package_path.exists()
    assert len(handovers.handovers_of(supervisor, released.prisoner_id)) == 2
