"""Workstation enrolment sheet: key fingerprints to compare on paper.

A workstation's signing key reaches the central office in its first package,
and the central office's certificate reaches the workstation on USB; each side
confirms the other's fingerprint from this sheet (read aloud in groups of four
or compared by a courier), so a swapped key is noticed.
"""

from __future__ import annotations

from radprev_desktop.core import crypto, policy
from radprev_desktop.core.errors import ValidationError, VaultDamaged
from radprev_desktop.core.model import Mode, ReportKind
from radprev_desktop.core.reports.flowables import Story, boxed, key_values, title_block
from radprev_desktop.core.reports.furniture import Report, finish, furniture_for
from radprev_desktop.core.reports.typography import rich
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import keys as sync_keys
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def fingerprint_lines(hex_digest: str) -> list[str]:
    """A 64-digit fingerprint as two lines of eight groups of four."""
    cleaned = "".join(ch for ch in hex_digest if not ch.isspace())
    if not cleaned or any(ch not in "0123456789abcdefABCDEF" for ch in cleaned):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A key fingerprint must be hexadecimal digits."),
            field="fingerprint",
        )
    groups = crypto.group_fingerprint(cleaned).split(" ")
    return [" ".join(groups[i : i + 8]) for i in range(0, len(groups), 8)]


def signing_fingerprint(session: Session) -> str:
    """Fingerprint of this vault's Ed25519 signing key (from meta signing_public)."""
    public_hex = session.meta("signing_public")
    if not public_hex:
        raise VaultDamaged(QT_TRANSLATE_NOOP("errors", "The vault has no signing key."))
    try:
        public = bytes.fromhex(public_hex)
    except ValueError as exc:
        raise VaultDamaged(
            QT_TRANSLATE_NOOP("errors", "The vault's signing key is damaged.")
        ) from exc
    return crypto.fingerprint(public)


def known_central_fingerprint(session: Session) -> str | None:
    """The central certificate's fingerprint this vault knows, if any.

    On a workstation: the certificate it trusts. At the central office: its own
    certificate, once its keys exist (printing never creates keys).
    """
    if session.mode is Mode.CENTRAL:
        if not session.meta("central_age_identity"):
            return None
        return sync_keys.own_certificate_fingerprint(session)
    trusted = sync_keys.trusted_central(session)
    return trusted.fingerprint if trusted is not None else None


def enrolment_sheet(
    session: Session,
    *,
    central_fingerprint: str | None = None,
    language: str | None = None,
) -> Report:
    """The enrolment sheet of this vault (administrator only).

    `central_fingerprint` is the central office certificate's fingerprint
    (hex) about to be trusted; by default the one this vault already knows.
    """
    policy.require_report(session, ReportKind.ENROLMENT_SHEET)
    own = signing_fingerprint(session)
    if central_fingerprint is None:
        central_fingerprint = known_central_fingerprint(session)
    central_lines = fingerprint_lines(central_fingerprint) if central_fingerprint else None
    furniture = furniture_for(
        session, QT_TRANSLATE_NOOP("reports", "Workstation enrolment sheet"), language
    )
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st))
    story.add(
        key_values(
            [
                (reports.tr("Establishment"), furniture.establishment),
                (reports.tr("Mode"), reports.label(session.mode)),
                (reports.tr("Workstation id"), session.workstation_id),
                (reports.tr("Vault id"), session.vault_id),
                (reports.tr("Vault created"), reports.datetime(session.meta("created_at"))),
            ],
            st,
        )
    )
    story.spacer(8)
    story.heading(reports.tr("Signing key of this vault (Ed25519)"))
    story.text(
        reports.tr(
            "The central office compares this fingerprint with the one shown when the first "
            "package from this workstation is imported."
        ),
        small=True,
    )
    for line in fingerprint_lines(own):
        story.add(rich(line, st.mono))
    story.spacer(8)
    story.heading(reports.tr("Central office certificate"))
    if central_lines:
        story.text(
            reports.tr(
                "Compare this fingerprint with the one given by the central office before "
                "trusting its certificate (radprev central trust FILE --fingerprint HEX)."
            ),
            small=True,
        )
        for line in central_lines:
            story.add(rich(line, st.mono))
    else:
        story.text(reports.tr("No central office certificate is trusted yet."))
    _how_to_confirm(story)
    return finish(furniture, story.items, ReportKind.ENROLMENT_SHEET, contains_personal_data=False)


def _how_to_confirm(story: Story) -> None:
    """The steps both administrators follow, and the lines they sign."""
    reports, st = story.reports, story.styles
    story.spacer(8)
    story.text(
        reports.tr(
            "A fingerprint is the check code radprev shows on its Sync page: groups of four "
            "letters and digits that identify a key without revealing it."
        ),
        small=True,
    )
    story.spacer(10)
    story.add(
        boxed(
            reports.tr("How to confirm"),
            "\n".join(
                [
                    reports.tr(
                        "1. Read the fingerprints aloud in groups of four, or compare them side by side."
                    ),
                    reports.tr(
                        "2. Every group must match. If one differs, stop: do not import or trust the key."
                    ),
                    reports.tr(
                        "3. Both administrators sign below; keep the sheet with the enrolment records."
                    ),
                ]
            ),
            st,
        )
    )
    story.spacer(14)
    story.add(
        key_values(
            [
                (reports.tr("Workstation administrator"), "______________________________"),
                (reports.tr("Central office"), "______________________________"),
                (reports.tr("Date"), "______________________________"),
            ],
            st,
        )
    )
