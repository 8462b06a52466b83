"""Central office keys, its public certificate, trust at a workstation, enrolment.

The central vault holds an X25519 age identity (packages are encrypted to it)
and signs receipts and bundles with the vault's own Ed25519 key (meta
`signing_private`). Both private keys live only inside the encrypted database.
The public half travels as a certificate whose fingerprint the workstation's
administrator compares with the enrolment sheet before trusting it. A
workstation's signing key reaches the central office in its first package and
is enrolled once an administrator has compared its fingerprint the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from radprev_desktop.core import crypto, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import (
    Conflict,
    PackageRejected,
    TrainingRefused,
    ValidationError,
)
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import enrolment, settings, vault_meta
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

CERT_FORMAT = "radprev-central-certificate"
CERT_VERSION = 1
MAX_CERT_BYTES = 64 * 1024
_CERT_FIELDS = {
    "format": str,
    "format_version": int,
    "vault_id": str,
    "establishment": str,
    "establishment_name": str,
    "age_recipient": str,
    "backup_recipient": str,
    "signing_key": str,
    "created_at": str,
}


def normalise_fingerprint(text: str) -> str:
    """'AB12 CD34 …' (as read from paper) → 'ab12cd34…'."""
    return re.sub(r"[\s:\-]", "", text).lower()


def grouped_fingerprint(hex_digest: str) -> str:
    """A fingerprint as screens and commands show it ('AB12 CD34 …'), for comparing aloud."""
    return crypto.group_fingerprint(hex_digest)


def refuse_training(session: Session, what: str) -> None:
    """Nothing leaves or enters a training vault by USB (issue 17).

    No export, no package, receipt or bundle, no certificate: every sync
    operation passes here (through `require_mode`).
    """
    if session.training:
        raise TrainingRefused(
            QT_TRANSLATE_NOOP(
                "errors",
                "%1 is never done in a training vault: practice stays in the training vault.",
            ),
            what,
        )


def require_mode(session: Session, mode: Mode, what: str) -> None:
    """Refuse an operation that belongs to the other kind of vault, or to a training vault.

    `what` is marked for translation (QT_TRANSLATE_NOOP("errors", …)).
    """
    refuse_training(session, what)
    if session.mode == mode:
        return
    if mode == Mode.CENTRAL:
        raise Conflict(
            QT_TRANSLATE_NOOP("errors", "%1 is done at the central office, not in this vault."),
            what,
        )
    raise Conflict(
        QT_TRANSLATE_NOOP("errors", "%1 is done at a workstation, not in this vault."), what
    )


def set_meta(session: Session, key: str, value: str) -> None:
    vault_meta.set_meta(session.con, key, value)


def signing_keys(session: Session) -> tuple[bytes, bytes]:
    """This vault's Ed25519 (private, public) raw keys."""
    private = session.meta("signing_private")
    public = session.meta("signing_public")
    if not private or not public:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "This vault has no signing key."))
    return bytes.fromhex(private), bytes.fromhex(public)


# --- central office -------------------------------------------------------------


def ensure_central_keys(session: Session) -> None:
    """Create the central office's age identity the first time it is needed."""
    require_mode(
        session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Managing the central office keys")
    )
    if session.meta("central_age_identity"):
        return
    identity = x25519.Identity.generate()
    with session.transaction():
        set_meta(session, "central_age_identity", str(identity))
        set_meta(session, "central_certificate_created_at", now_iso())
        session.audit(
            "central_keys_created",
            object_type="central_keys",
            details={"age_recipient": str(identity.to_public())},
        )


def central_identity(session: Session) -> x25519.Identity:
    """The age identity packages are decrypted with (central only)."""
    ensure_central_keys(session)
    return x25519.Identity.from_str(str(session.meta("central_age_identity")))


@operation(Change.SYNC)
def set_backup_recipient(session: Session, recipient: str) -> None:
    """Name an offline backup age recipient that every package is also encrypted to.

    It enters the certificate, so workstations must trust the new certificate.
    """
    require_mode(session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Setting the backup recipient"))
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    text = recipient.strip()
    if text:
        try:
            container.parse_recipient(text)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The backup recipient is not an age key (age1…)."),
                field="backup_recipient",
            ) from None
    ensure_central_keys(session)
    with session.transaction():
        _remember_fingerprint(session, own_certificate_fingerprint(session))
        set_meta(session, "central_backup_recipient", text)
        set_meta(session, "central_certificate_created_at", now_iso())
        session.audit("central_backup_recipient_set", object_type="central_keys")


def certificate_public(session: Session) -> dict[str, Any]:
    """The signed-over part of this central office's certificate."""
    ensure_central_keys(session)
    identity = central_identity(session)
    _, name = settings.establishment(session)
    return {
        "format": CERT_FORMAT,
        "format_version": CERT_VERSION,
        "vault_id": session.vault_id,
        "establishment": session.establishment_code,
        "establishment_name": name or session.establishment_code,
        "age_recipient": str(identity.to_public()),
        "backup_recipient": session.meta("central_backup_recipient") or "",
        "signing_key": signing_keys(session)[1].hex(),
        "created_at": str(session.meta("central_certificate_created_at")),
    }


def certificate_fingerprint(public: dict[str, Any]) -> str:
    """SHA-256 of the canonical public part (64 hex digits)."""
    return container.sha256_hex(container.canonical_json(public))


def own_certificate_fingerprint(session: Session) -> str:
    """This central office's certificate fingerprint (packages must name it)."""
    return certificate_fingerprint(certificate_public(session))


def _remember_fingerprint(session: Session, fingerprint: str) -> None:
    known = json.loads(session.meta("central_certificate_history") or "[]")
    if fingerprint not in known:
        known.append(fingerprint)
        set_meta(session, "central_certificate_history", json.dumps(known))


def accepted_fingerprints(session: Session) -> set[str]:
    """This office's current certificate fingerprint and every earlier one: packages
    already on their way when the certificate changed are still accepted."""
    history = json.loads(session.meta("central_certificate_history") or "[]")
    return {own_certificate_fingerprint(session), *history}


@operation(Change.SYNC)
def make_certificate(session: Session) -> tuple[bytes, str]:
    """The certificate file's bytes and its fingerprint (administrator, central)."""
    require_mode(
        session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Writing the central certificate")
    )
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    public = certificate_public(session)
    private, _ = signing_keys(session)
    signature = crypto.sign(private, container.canonical_json(public)).hex()
    document = {**public, "signature": signature}
    data = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    fp = certificate_fingerprint(public)
    with session.transaction():
        session.audit(
            "central_certificate_written",
            object_type="central_keys",
            details={"fingerprint": fp},
        )
    return data + b"\n", fp


@dataclass(frozen=True)
class CentralCertificate:
    """A parsed, self-signature-checked central office certificate."""

    public: dict[str, Any]
    fingerprint: str
    raw: bytes

    @property
    def vault_id(self) -> str:
        return str(self.public["vault_id"])

    @property
    def establishment(self) -> str:
        return str(self.public["establishment"])

    @property
    def age_recipient(self) -> str:
        return str(self.public["age_recipient"])

    @property
    def backup_recipient(self) -> str:
        return str(self.public["backup_recipient"])

    @property
    def signing_key(self) -> bytes:
        return bytes.fromhex(str(self.public["signing_key"]))


def parse_certificate(data: bytes) -> CentralCertificate:
    """Check a certificate file's form and self-signature; PackageRejected if bad."""
    if len(data) > MAX_CERT_BYTES:
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The certificate file is too large."))
    try:
        document = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The certificate is not valid JSON.")
        ) from exc
    if not isinstance(document, dict):
        raise PackageRejected(QT_TRANSLATE_NOOP("errors", "The certificate is not a JSON object."))
    if document.get("format") != CERT_FORMAT:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "This is not a radprev central office certificate.")
        )
    if document.get("format_version") != CERT_VERSION:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The certificate's format version is not supported.")
        )
    if set(document) != set(_CERT_FIELDS) | {"signature"}:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The certificate has missing or unexpected fields.")
        )
    for key, kind in _CERT_FIELDS.items():
        value = document[key]
        if (
            not isinstance(value, kind)
            or isinstance(value, bool)
            or (isinstance(value, str) and len(value) > 500)
        ):
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The certificate field %1 is malformed."), key
            )
    public = {k: document[k] for k in _CERT_FIELDS}
    try:
        signing_key = bytes.fromhex(public["signing_key"])
        signature = bytes.fromhex(str(document["signature"]))
        container.parse_recipient(public["age_recipient"])
        if public["backup_recipient"]:
            container.parse_recipient(public["backup_recipient"])
    except ValueError as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The certificate holds a malformed key.")
        ) from exc
    if len(signing_key) != 32 or not crypto.verify(
        signing_key, signature, container.canonical_json(public)
    ):
        raise PackageRejected(
            QT_TRANSLATE_NOOP(
                "errors", "The certificate's signature does not verify: it was altered."
            )
        )
    return CentralCertificate(public, certificate_fingerprint(public), data)


# --- workstation: trusting the central office ------------------------------------


@operation(Change.SYNC)
def trust_central(session: Session, data: bytes, typed_fingerprint: str) -> CentralCertificate:
    """Store the central certificate after the administrator confirmed its fingerprint."""
    require_mode(
        session,
        Mode.WORKSTATION,
        QT_TRANSLATE_NOOP("errors", "Trusting a central office certificate"),
    )
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    cert = parse_certificate(data)
    typed = normalise_fingerprint(typed_fingerprint)
    if typed != cert.fingerprint:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The fingerprint does not match the certificate. Do not trust it: ask "
                "the central office for the enrolment sheet and compare again. "
                "Nothing was changed.",
            ),
            field="fingerprint",
        )
    with session.transaction() as con:
        enrolment.trust_central(
            con,
            enrolment.TrustedCentralRow(
                cert.fingerprint,
                cert.vault_id,
                cert.establishment,
                cert.age_recipient,
                cert.backup_recipient,
                cert.signing_key.hex(),
                data.decode("utf-8"),
                now_iso(),
                session.user.username,
            ),
        )
        session.audit(
            "central_trusted",
            object_type="central_keys",
            object_id=cert.vault_id,
            details={"fingerprint": cert.fingerprint, "establishment": cert.establishment},
        )
    return cert


def trusted_central(session: Session) -> CentralCertificate | None:
    """The central certificate packages are encrypted to now, if any."""
    text = enrolment.trusted_certificate(session.con)
    if text is None:
        return None
    return parse_certificate(text.encode("utf-8"))


def trusted_signing_keys(session: Session) -> dict[str, bytes]:
    """Every central signing key this workstation ever trusted, by central vault id.

    A receipt for packages sent under an older certificate still verifies.
    """
    return {
        vault_id: bytes.fromhex(key)
        for vault_id, key in enrolment.central_signing_keys(session.con).items()
    }


# --- central: enrolling workstations ---------------------------------------------


@dataclass(frozen=True)
class Workstation:
    """An enrolled workstation as the central office knows it."""

    workstation_id: str
    vault_id: str
    establishment: str
    signing_key: bytes
    fingerprint: str
    enrolled_at: str


def workstation_fingerprint(signing_key: bytes) -> str:
    """Fingerprint of a workstation's signing key (shown on its enrolment sheet)."""
    return crypto.fingerprint(signing_key)


def own_workstation_fingerprint(session: Session) -> str:
    """This workstation's fingerprint, for its enrolment sheet."""
    return workstation_fingerprint(signing_keys(session)[1])


def enrolled(session: Session, workstation_id: str) -> Workstation | None:
    """The enrolled workstation with this id, if any."""
    row = enrolment.enrolled_row(session.con, workstation_id)
    if row is None:
        return None
    return Workstation(
        str(row[0]), str(row[1]), str(row[2]), bytes.fromhex(str(row[3])), str(row[4]), str(row[5])
    )


@operation(Change.SYNC)
def enrol(
    session: Session,
    *,
    workstation_id: str,
    vault_id: str,
    establishment: str,
    signing_key: bytes,
    typed_fingerprint: str,
    audit_now: bool = True,
) -> Workstation:
    """Record a workstation's signing key once its fingerprint was compared.

    `audit_now=False`: the caller writes the entry (`audit_enrolment`) later in the same
    transaction — the import does, at its end, because appending to the audit chain locks
    its head until the transaction ends and analysts' audited reads would wait for the
    whole package."""
    require_mode(session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Enrolling a workstation"))
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    fp = workstation_fingerprint(signing_key)
    if normalise_fingerprint(typed_fingerprint) != fp:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The fingerprint does not match the workstation's key. Do not enrol "
                "it: compare it with the workstation's enrolment sheet again. Nothing "
                "was changed.",
            ),
            field="fingerprint",
        )
    existing = enrolment.known_fingerprint(session.con, workstation_id, fp)
    if existing is not None:
        if existing == fp:
            known = enrolled(session, workstation_id)
            if known is not None:
                return known
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "This workstation id is already enrolled with another key (or the key "
                "under another id). Nothing was changed.",
            )
        )
    with session.transaction() as con:
        enrolment.enrol(
            con,
            workstation_id=workstation_id,
            vault_id=vault_id,
            establishment=establishment,
            signing_key=signing_key.hex(),
            fingerprint=fp,
            enrolled_at=now_iso(),
            enrolled_by=session.user.username,
        )
        result = enrolled(session, workstation_id)
        assert result is not None
        if audit_now:
            audit_enrolment(session, result)
    return result


def audit_enrolment(session: Session, workstation: Workstation) -> None:
    """The audit entry of an enrolment (inside the enrolment's transaction)."""
    session.audit(
        "workstation_enrolled",
        object_type="workstation",
        object_id=workstation.workstation_id,
        details={
            "fingerprint": workstation.fingerprint,
            "establishment": workstation.establishment,
        },
    )
