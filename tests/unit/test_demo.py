"""Synthetic data: realistic spreads, every script, usable by the services."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pytest

from radprev_desktop.core import demo
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.model import Justification, JustificationReason
from radprev_desktop.core.services import observations, retention, reviews, search, subject_file
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session


def test_generate_spreads(admin: Session, officer: Session, supervisor: Session) -> None:
    steps: list[tuple[int, int, str]] = []
    summary = demo.generate(
        admin, subjects=60, observations=3000, seed=7, progress=lambda *a: steps.append(a)
    )
    assert summary.subjects == 60 and summary.observations == 3000
    assert summary.versions > 3000 and summary.reviews > 1500
    assert steps[-1] == (3000, 3000, "observations")
    con = admin.con
    names = [r[0] for r in con.execute("SELECT family_name FROM subjects")]
    assert any(re.search("[\u0400-\u04ff]", n) for n in names)  # Cyrillic
    assert any(re.search("[łśżźćńąęó]", n.lower()) for n in names)  # Polish
    urgency = Counter(
        r[0] for r in con.execute("SELECT urgency FROM observations WHERE is_current")
    )
    assert urgency["routine"] > urgency["priority"] > urgency["immediate"] > 0
    status = Counter(r[0] for r in con.execute("SELECT status FROM observations WHERE is_current"))
    assert status["accepted"] > status["submitted"] > 0 and status["returned"] > 0
    decisions = Counter(r[0] for r in con.execute("SELECT decision FROM reviews"))
    assert decisions["accept"] > decisions["regrade"] > 0
    first_event, last_event = con.execute(
        "SELECT min(event_start), max(event_start) FROM observations"
    ).fetchone()
    today = date.today()
    assert first_event >= (today - timedelta(days=731)).isoformat()
    assert last_event <= (today + timedelta(days=1)).isoformat()
    assert date.fromisoformat(last_event[:10]) - date.fromisoformat(first_event[:10]) > timedelta(
        days=600
    )
    assert con.execute("SELECT count(*) FROM observations WHERE version > 1").fetchone()[0] > 0
    assert retention.overdue(supervisor, limit=100).items
    # Generated records work with the normal services.
    assert reviews.review_queue(supervisor).total
    page = search.list_observations(officer, limit=5)
    assert page.total and page.total > 1000  # about half: olga works in unit A only
    first = page.items[0]
    opened = subject_file.open_subject_file(
        officer, first.subject_id, Justification(JustificationReason.REVIEW)
    )
    assert opened.observations
    history = observations.history(officer, first.id)
    assert history[-1].is_current


def test_same_seed_same_people(tmp_path, admin: Session) -> None:  # type: ignore[no-untyped-def]
    demo.generate(admin, subjects=10, observations=0, seed=3)
    first = sorted(r[0] for r in admin.con.execute("SELECT family_name FROM subjects"))
    from tests.conftest import create_vault

    other, _ = create_vault(tmp_path / "other")
    try:
        demo.generate(other, subjects=10, observations=0, seed=3)
        second = sorted(r[0] for r in other.con.execute("SELECT family_name FROM subjects"))
    finally:
        other.close()
    assert first == second


def test_demo_accounts_log_in(admin: Session) -> None:
    accounts = demo.create_demo_accounts(admin)
    username, password, _ = accounts[0]
    session = VaultAccess(admin.folder).login(username, password).session
    try:
        assert session.user.username == username
    finally:
        session.close()
    assert demo.create_demo_accounts(admin) == accounts  # idempotent


def test_only_administrators_generate(officer: Session, admin: Session) -> None:
    with pytest.raises(PermissionDenied):
        demo.generate(officer, subjects=1, observations=1)
    with pytest.raises(ValidationError):
        demo.generate(admin, subjects=0, observations=5)


def test_demo_outbox_imports_at_central_without_quarantine(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Everything the demo queues travels with its prisoner and reviews.

    With the demo accounts (what `radprev demo` makes) the generator also starts
    checklist runs; a run queued without its prisoner was quarantined at the office.
    """
    from radprev_desktop.core import demo
    from radprev_desktop.core.model import Mode
    from radprev_desktop.core.sync import export, importer, keys
    from tests.conftest import create_vault

    central, _ = create_vault(tmp_path / "central", Mode.CENTRAL, "PL-CZ")
    ws, _ = create_vault(tmp_path / "ws")
    try:
        cert, fingerprint = keys.make_certificate(central)
        keys.trust_central(ws, cert, fingerprint)
        demo.create_demo_accounts(ws)
        summary = demo.generate(ws, subjects=30, observations=600, seed=5)
        assert summary.checklist_runs > 0
        out = tmp_path / "usb"
        out.mkdir()
        result = export.export_package(ws, out)
        report = importer.import_package(
            central,
            result.path.read_bytes(),
            enrol_fingerprint=keys.own_workstation_fingerprint(ws),
        )
        assert report.records > 0
        assert central.con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0
        assert central.con.execute("SELECT count(*) FROM subjects").fetchone()[0] > 0
        assert central.con.execute("SELECT count(*) FROM checklist_runs").fetchone()[0] > 0
    finally:
        ws.close()
        central.close()


def test_demo_with_accounts_leaves_restricted_files_unamended(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`radprev demo --seed 3` stopped half-way with a Conflict: a checklist run of a
    file whose processing is restricted was amended, which the product refuses."""
    from tests.conftest import create_vault

    ws, _ = create_vault(tmp_path / "ws")
    try:
        demo.create_demo_accounts(ws)
        summary = demo.generate(ws, subjects=100, observations=2000, seed=3)
        assert summary.checklist_runs > 0
        amended_restricted = ws.con.execute(
            "SELECT count(*) FROM checklist_runs r JOIN subjects s ON s.id = r.subject_id "
            "WHERE s.restricted = 1 AND r.version > 1"
        ).fetchone()[0]
        assert amended_restricted == 0
        assert ws.con.execute("SELECT count(*) FROM subjects WHERE restricted = 1").fetchone()[0]
    finally:
        ws.close()
