"""The keys transfer bundles are encrypted to (issue 15).

Each workstation holds an age identity of its own for transfer bundles (made on
first use, kept inside the encrypted vault); its public half travels in every
export manifest, inside the signature, so the central office learns it from an
enrolled, authenticated package and encrypts a transferred prisoner's file to
every active workstation of the receiving establishment.
"""

from __future__ import annotations

from pyrage import x25519

from radprev_desktop.core.errors import PackageRejected
from radprev_desktop.core.model import Mode
from radprev_desktop.core.services import enrolment
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys
from radprev_desktop.core.text import QT_TRANSLATE_NOOP


def transfer_recipient(session: Session) -> str:
    """This workstation's age recipient for transfer bundles (made on first use).

    It travels in every export manifest, inside the signature, so the central
    office learns it from an enrolled, authenticated package; the identity (the
    private half) lives only inside the encrypted vault.
    """
    keys.require_mode(session, Mode.WORKSTATION, "Receiving transfers")
    stored = session.meta("transfer_age_identity")
    if stored:
        return str(x25519.Identity.from_str(stored).to_public())
    identity = x25519.Identity.generate()
    with session.transaction():
        keys.set_meta(session, "transfer_age_identity", str(identity))
        session.audit(
            "transfer_key_created",
            object_type="workstation",
            object_id=session.workstation_id,
            details={"age_recipient": str(identity.to_public())},
        )
    return str(identity.to_public())


def transfer_identity(session: Session) -> x25519.Identity | None:
    """The identity transfer bundles addressed to this workstation are decrypted with."""
    stored = session.meta("transfer_age_identity")
    return x25519.Identity.from_str(stored) if stored else None


def remember_transfer_recipient(session: Session, workstation_id: str, recipient: object) -> None:
    """Central: keep the transfer recipient an authenticated package named (if any)."""
    if recipient is None:
        return
    if not isinstance(recipient, str) or len(recipient) > 200:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest's transfer key is malformed.")
        )
    try:
        container.parse_recipient(recipient)
    except ValueError:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The manifest's transfer key is malformed.")
        ) from None
    enrolment.set_transfer_recipient(session.con, workstation_id, recipient)


def transfer_recipients(session: Session, establishment: str) -> list[tuple[str, str]]:
    """Central: (workstation id, age recipient) of every active workstation of an
    establishment that can receive transfer bundles."""
    return enrolment.transfer_recipients(session.con, establishment)
