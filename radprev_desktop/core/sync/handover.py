"""Release handover: a PDF and a signed package, encrypted to the probation service.

On release a supervisor names the probation service (the recipient, as a person
or office) and gives its age public key as a key file. The extract
(core/services/handovers.py) is printed as a PDF and written as a package: the
radprev container (docs/package-format.md §5b) with one part, `handover.json`,
signed with this workstation's key and age-encrypted to the probation key only.
The two files, the entry in the list of handovers and the disclosure in the
audit log (reason, recipient, what it held) are made together or not at all;
the package is read back from the medium before the transaction commits.
`read_handover` is what the probation side runs: decrypt with its identity,
check the signature, return the content.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519

from radprev_desktop.core import policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import PackageRejected, StorageError, ValidationError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import Referral
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.reports.disclosure import require_justification
from radprev_desktop.core.reports.furniture import Report
from radprev_desktop.core.reports.handover_extract import handover_report
from radprev_desktop.core.services import handovers, subjects
from radprev_desktop.core.services.handovers import HandoverExtract, HandoverMade
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

KIND = "handover"
CONTENT_PART = "handover.json"
CONTENT_FORMAT = "radprev-handover"
CONTENT_VERSION = 1
MAX_KEY_FILE_BYTES = 16 * 1024
MAX_RECIPIENT = 200


def parse_recipient_key(data: bytes) -> str:
    """The `age1…` public key of a key file (comment lines starting with # allowed)."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The recipient key file is too large to be an age key."),
            field="key",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The recipient key file is not text."), field="key"
        ) from None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    if lines and lines[0].startswith("AGE-SECRET-KEY-"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.",
            ),
            field="key",
        )
    if len(lines) != 1 or not lines[0].startswith("age1"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The recipient key file must hold one age public key (a line starting with age1…).",
            ),
            field="key",
        )
    try:
        container.parse_recipient(lines[0])
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The recipient key file holds a damaged age key."),
            field="key",
        ) from None
    return lines[0]


def file_stem(establishment: str, sequence: int) -> str:
    """'handover_PL-WAW1_000003' (no name of a person on the medium)."""
    return f"handover_{establishment}_{sequence:06d}"


def _referral(r: Referral) -> dict[str, Any]:
    return {
        "programme": r.programme,
        "referred_on": r.referred_on,
        "status": r.status.value,
        "reason_facts": r.reason_facts,
        "reason_assessment": r.reason_assessment,
        "steps": [{"status": s.status.value, "date": s.date, "note": s.note} for s in r.history],
        "outcome": r.outcome,
        "establishment": r.establishment_code,
    }


def content(extract: HandoverExtract, *, document_id: str, recipient: str) -> dict[str, Any]:
    """What the package holds: exactly what the PDF prints."""
    s = extract.subject
    return {
        "format": CONTENT_FORMAT,
        "format_version": CONTENT_VERSION,
        "document_id": document_id,
        "recipient": recipient,
        "policy": extract.policy.as_dict(),
        "subject": {
            "prison_number": s.prison_number,
            "establishment": s.establishment_code,
            "family_name": s.family_name,
            "given_names": s.given_names,
            "birth_year": s.birth_year,
            "status": s.status.value,
            "known_numbers": [[est, number] for est, number in extract.known_numbers],
        },
        "referrals": [_referral(r) for r in extract.referrals],
        "observations_since": extract.observations_since,
        "observations": [
            {
                "day": o.day,
                "urgency": o.urgency.value,
                "facts": o.facts,
                "assessment": o.assessment,
                "establishment": o.establishment_code,
            }
            for o in extract.observations
        ],
        "protective_factors": [
            {"text": f.text, "last_noted": f.last_noted} for f in extract.protective_factors
        ],
    }


@dataclass(frozen=True)
class MadeHandoverFiles:
    """The two files written and what they hold."""

    pdf_path: Path
    package_path: Path
    handover: HandoverMade


def _check_recipient(recipient: str) -> str:
    text = " ".join(recipient.split())
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who the handover is for (the probation office)."),
            field="recipient",
        )
    if len(text) > MAX_RECIPIENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The recipient is too long (200 characters at most)."),
            field="recipient",
        )
    return text


def _signed(
    session: Session,
    extract: HandoverExtract,
    report: Report,
    who: str,
    age_key: str,
    sequence: int,
) -> tuple[dict[str, Any], bytes]:
    """The manifest and the container signed with this workstation's key (not encrypted)."""
    private, public = keys.signing_keys(session)
    part = container.canonical_json(content(extract, document_id=report.document_id, recipient=who))
    manifest = {
        "format": container.FORMAT,
        "format_version": container.FORMAT_VERSION,
        "kind": KIND,
        "sender": {
            "workstation_id": session.workstation_id,
            "vault_id": session.vault_id,
            "establishment": session.establishment_code,
            "signing_key": public.hex(),
        },
        "sequence": sequence,
        "created_at": now_iso(),
        "document_id": report.document_id,
        "recipient": {"name": who, "age_recipient": age_key},
        "counts": extract.counts(),
        "parts": {CONTENT_PART: container.part_entry(part, 1)},
    }
    return manifest, container.build(manifest, {CONTENT_PART: part}, private)


@operation(Change.SYNC)
def make_handover(
    session: Session,
    subject_reference: str,
    *,
    recipient_key: bytes,
    recipient: str,
    reason: str,
    folder: Path | str,
    language: str | None = None,
    due_for_release: bool = False,
) -> MadeHandoverFiles:
    """`radprev handover`: the PDF and the encrypted package of one release (supervisor).

    `due_for_release`: the supervisor confirms a prisoner still in custody is about
    to be released (otherwise only a released prisoner's file is handed over).
    """
    keys.refuse_training(session, "A release handover")
    policy.require(session, Permission.MAKE_HANDOVERS)
    justification = require_justification(reason)
    who = _check_recipient(recipient)
    age_key = parse_recipient_key(recipient_key)
    target = Path(folder)
    if not target.is_dir():
        raise StorageError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist."), target)
    subject = subjects.find_by_reference(session, subject_reference)
    extract = handovers.collect(session, subject.id, due_for_release=due_for_release)
    _, public = keys.signing_keys(session)
    fingerprint = keys.grouped_fingerprint(keys.workstation_fingerprint(public))
    check_identity = x25519.Identity.generate()
    written: list[Path] = []
    try:
        with session.transaction() as con:
            sequence = handovers.next_sequence(con)
            stem = file_stem(session.establishment_code, sequence)
            pdf_path, package_path = target / f"{stem}.pdf", target / f"{stem}.age"
            for path in (pdf_path, package_path):
                if path.exists():
                    raise StorageError(
                        QT_TRANSLATE_NOOP("errors", "A file named %1 is already in %2."),
                        path.name,
                        target,
                    )
            report = handover_report(
                session,
                extract,
                recipient=who,
                package_name=package_path.name,
                key_fingerprint=fingerprint,
                language=language,
            )
            manifest, tar = _signed(session, extract, report, who, age_key, sequence)
            encrypted = container.age_encrypt(
                tar, [container.parse_recipient(age_key), check_identity.to_public()]
            )
            atomic_write(pdf_path, report.pdf, private=False)
            written.append(pdf_path)
            atomic_write(package_path, encrypted, private=False)
            written.append(package_path)
            _verify_written(package_path, check_identity, tar)
            made = HandoverMade(
                id=new_id(),
                subject_id=subject.id,
                sequence=sequence,
                recipient=who,
                recipient_key=age_key,
                package_hash=container.sha256_hex(container.canonical_json(manifest)),
                document_id=report.document_id,
                counts=extract.counts(),
                made_at=now_iso(),
                made_by=session.user.username,
            )
            handovers.remember(con, made)
            _audit(session, made, extract, justification)
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return MadeHandoverFiles(pdf_path, package_path, made)


def _audit(
    session: Session, made: HandoverMade, extract: HandoverExtract, justification: str
) -> None:
    """The disclosure: reason, recipient, what was sent and to which key."""
    session.audit(
        "handover_made",
        object_type="subject",
        object_id=made.subject_id,
        justification=justification,
        recipient=made.recipient,
        details={
            "document_id": made.document_id,
            "sequence": made.sequence,
            "package_hash": made.package_hash,
            "recipient_key": made.recipient_key,
            "policy": extract.policy.as_dict(),
            **extract.counts(),
        },
    )


def _verify_written(path: Path, identity: x25519.Identity, tar: bytes) -> None:
    """Read the package back from the medium and decrypt it with the throw-away identity."""
    try:
        data = container.read_untrusted_file(path)
    except PackageRejected as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The package written to %1 cannot be read back."), path
        ) from exc
    if container.age_decrypt(data, identity) != tar:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The package written to %1 does not read back as written."),
            path,
        )


def read_handover(data: bytes, identity: x25519.Identity) -> tuple[dict[str, Any], dict[str, Any]]:
    """The probation side: (manifest, content) of a package, signature and parts checked.

    PackageRejected when the identity is not the one it was encrypted to, or the
    package was altered. The signing key is the one in the manifest: compare its
    fingerprint with the one printed on the handover PDF.
    """
    tar = container.age_decrypt(data, identity)
    manifest, manifest_bytes, signature, members = container.open_signed(tar)
    if manifest.get("kind") != KIND:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "This is not a release handover package.")
        )
    sender = manifest.get("sender")
    key = sender.get("signing_key") if isinstance(sender, dict) else None
    if not container.is_hex64(key):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The handover package names no signing key.")
        )
    container.check_signature(manifest_bytes, signature, bytes.fromhex(str(key)), "its sender")
    parts = container.check_parts(manifest, members)
    try:
        body = json.loads(parts[CONTENT_PART].decode("utf-8"))
    except (KeyError, ValueError) as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The handover package holds no readable content.")
        ) from exc
    return manifest, body
