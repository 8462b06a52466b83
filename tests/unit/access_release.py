"""Probes of the access-by-unit test for what leaves a prisoner's unit: programme referrals,
transfers, release handovers and the disclosures an access report lists (split from
access_cases.py, which merges them into CASES).
"""

from __future__ import annotations

from pyrage import x25519

from radprev_desktop.core.model import ReferralStatus
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports import handover_extract
from radprev_desktop.core.services import disclosures, handovers, referrals, transfers
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import handover
from tests.unit.access_world import B_FAMILY, TODAY, Case, World, _pdf_text


def _referral_b(w: World, s: Session) -> str:
    """A referral of the unit-B prisoner made by `s` (PermissionDenied / NotFound outside)."""
    return referrals.refer(
        s,
        w.b.id,
        programme=referrals.programmes(s)[0],
        reason_facts="Asked twice to join the carpentry course this week.",
    ).id


RELEASE_CASES: dict[str, Case] = {
    "disclosures.of_subject": Case(
        lambda w, s: disclosures.of_subject(s, w.b.id, {w.b.id}) is not None,
        Permission.READ_SUBJECTS,
        frozenset({"aida"}),  # the data-protection officer's access report only
    ),
    "referrals.update_referral": Case(
        lambda w, s: (
            # No `on`: the service's own today is never before the referral's day, even when
            # the run crosses midnight after access_world computed TODAY.
            referrals.update_referral(s, _referral_b(w, w.piotr), status=ReferralStatus.ACCEPTED)
            is not None
        ),
        Permission.WRITE_REFERRALS,
    ),
    "transfers.record_transfer": Case(
        lambda w, s: (
            transfers.record_transfer(
                s, w.subject_in_b().id, to_establishment="PL-KRK1", transfer_date=TODAY.isoformat()
            )
            is not None
        ),
        Permission.RECORD_TRANSFERS,
    ),
    "handover.make_handover": Case(
        lambda w, s: B_FAMILY in _pdf_text(_handover(w, s).pdf_path.read_bytes()),
        Permission.MAKE_HANDOVERS,
    ),
    "handover_extract.handover_report": Case(
        lambda w, s: (
            B_FAMILY
            in _pdf_text(
                handover_extract.handover_report(
                    s,
                    handovers.collect(s, w.b.id, due_for_release=True),
                    recipient="Probation office (K. Nowak)",
                    package_name="handover.age",
                    key_fingerprint="ABCD EFGH",
                ).pdf
            )
        ),
        Permission.MAKE_HANDOVERS,
    ),
}


def _handover(w: World, s: Session) -> handover.MadeHandoverFiles:
    """A release handover of the unit-B prisoner to a probation office made by `s`."""
    key = x25519.Identity.generate().to_public()
    return handover.make_handover(
        s,
        w.b.id,
        recipient_key=f"# Probation office\n{key}\n".encode(),
        recipient="Probation office (K. Nowak)",
        reason="Release on licence: handover to the probation officer",
        folder=w.folder(),
        due_for_release=True,
    )
