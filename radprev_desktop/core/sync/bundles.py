"""Reference bundles: central → workstations, signed (templates, profile, code lists).

A bundle carries checklist templates (as the checklist service exports them),
the country profile settings (grading preset, classification marking,
retention periods, the release handover policy) and code lists. None of it is
personal data, so it is signed by the central office and not encrypted. A
workstation's administrator imports it after the signature checks against the
trusted central key; a bundle older than one already imported is refused (replay).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from radprev_desktop.core import policy
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import PackageRejected, RadprevError, ValidationError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import deliveries, settings
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import container, keys, refusals
from radprev_desktop.core.sync.receipts import _next_counter, central_sender, verify_central_file
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined, Text

TEMPLATES_PART = "templates.jsonl"
PROFILE_PART = "profile.json"
CODELISTS_PART = "codelists.json"
PROFILE_KEYS = ("grading_preset", "classification_marking")
PROFILE_PREFIXES = ("retention_", "handover_")


# --- checklist templates, through the checklist template service ---------------


def _templates_for_bundle(session: Session) -> list[bytes]:
    """Every stored template as the service's canonical JSON bytes (one line each)."""
    out: list[bytes] = []
    for stored in template_service.list_templates(session):
        data = bytes(template_service.export_template_json(session, stored.code, stored.version))
        if b"\n" in data:  # canonical JSON escapes newlines; refuse anything else
            raise ValueError("template JSON is not on one line")
        out.append(data)
    return out


def _import_template(session: Session, data: bytes, signature: str) -> str:
    result = template_service.import_template_bytes(
        session, data, origin="bundle", signature=signature
    )
    template = getattr(result, "template", None)
    status = getattr(result, "status", "imported")
    code = getattr(template, "code", "?")
    version = getattr(template, "version", "?")
    return f"{code} v{version} ({status})"


# --- writing (central) ------------------------------------------------------------


def profile_settings(session: Session) -> dict[str, Any]:
    """The country profile: grading preset, marking, retention periods, handover policy."""
    out: dict[str, Any] = {}
    for key, value in settings.stored_settings(session).items():
        if key in PROFILE_KEYS or key.startswith(PROFILE_PREFIXES):
            out[key] = value
    for key in PROFILE_KEYS:
        if key not in out:
            value = session.setting(key)
            if value is None:
                value = catalogue.default(key)
            out[key] = value
    return out


@operation(Change.SYNC)
def write_bundle(session: Session, folder: Path | str) -> Path:
    """`radprev bundle --to DIR`: sign templates, profile and code lists (central)."""
    keys.require_mode(
        session, Mode.CENTRAL, QT_TRANSLATE_NOOP("errors", "Writing reference bundles")
    )
    policy.require(session, Permission.IMPORT_PACKAGES)
    private, _ = keys.signing_keys(session)
    templates = _templates_for_bundle(session)
    profile = profile_settings(session)
    codelists = session.setting("code_lists", {}) or {}
    templates_part = b"".join(t + b"\n" for t in templates)
    profile_part = container.canonical_json(profile)
    codelists_part = container.canonical_json(codelists)
    with session.transaction():
        sequence = _next_counter(session, "bundle_seq")
        manifest = {
            "format": container.FORMAT,
            "format_version": container.FORMAT_VERSION,
            "kind": "bundle",
            "sender": central_sender(session),
            "sequence": sequence,
            "created_at": now_iso(),
            "counts": {"templates": len(templates), "code_lists": len(codelists)},
            "parts": {
                TEMPLATES_PART: container.part_entry(templates_part, len(templates)),
                PROFILE_PART: container.part_entry(profile_part, 0),
                CODELISTS_PART: container.part_entry(codelists_part, 0),
            },
        }
        data = container.build(
            manifest,
            {
                TEMPLATES_PART: templates_part,
                PROFILE_PART: profile_part,
                CODELISTS_PART: codelists_part,
            },
            private,
        )
        path = Path(folder) / f"radprev-bundle_{session.establishment_code}_{sequence:06d}.tar"
        atomic_write(path, data, private=False)
        session.audit(
            "bundle_written",
            object_type="bundle",
            object_id=str(sequence),
            recipient="workstations",
            details={"sequence": sequence, "templates": len(templates), "profile": sorted(profile)},
        )
    return path


# --- importing (workstation) ------------------------------------------------------


@dataclass
class BundleReport:
    """What importing a bundle changed."""

    sequence: int
    status: str  # "imported" | "already_imported"
    templates: list[str] = field(default_factory=list)
    settings_changed: list[str] = field(default_factory=list)
    code_lists: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> Joined:
        """What the bundle changed, translated where it is shown."""
        if self.status == "already_imported":
            return Joined(
                [
                    Text(
                        refusals.REFERENCE_BUNDLE_WAS_ALREADY_IMPORTED_NOTHING,
                        self.sequence,
                    )
                ]
            )
        none = Text(QT_TRANSLATE_NOOP("messages", "none"))
        lines: list[object] = [
            Text(
                refusals.REFERENCE_BUNDLE_IMPORTED_TEMPLATES_SETTINGS_CHANGED,
                self.sequence,
                len(self.templates),
                ", ".join(self.settings_changed) or none,
                ", ".join(self.code_lists) or none,
            )
        ]
        lines.extend(f"  {p}" for p in self.problems)
        return Joined(lines, "\n")

    def to_json(self) -> dict[str, Any]:
        return {"kind": "bundle", **self.__dict__}


def _json_part(parts: dict[str, bytes], name: str) -> Any:
    data = parts.get(name)
    if data is None:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The bundle part %1 is not valid JSON."), name
        ) from exc


@operation(Change.SYNC | Change.TEMPLATES | Change.SETTINGS)
def _already_imported(session: Session, sender: str, sequence: int) -> bool:
    """True for the bundle imported last; refuses an older one (never applied backwards)."""
    last = deliveries.last_received(session.con, "bundle", sender)
    if last is not None and int(last) >= sequence:
        if int(last) == sequence:
            return True
        raise PackageRejected(
            refusals.A_NEWER_REFERENCE_BUNDLE_WAS_ALREADY,
            last,
            sequence,
        )
    return False


def import_bundle(session: Session, data: bytes) -> BundleReport:
    """Verify and apply a reference bundle (administrator, workstation)."""
    keys.require_mode(
        session, Mode.WORKSTATION, QT_TRANSLATE_NOOP("errors", "Importing reference bundles")
    )
    policy.require(session, Permission.MANAGE_SYNC_KEYS)
    checked = verify_central_file(session, data, "bundle")
    sequence = int(checked.manifest["sequence"])
    sender = str(checked.manifest["sender"]["vault_id"])
    if _already_imported(session, sender, sequence):
        return BundleReport(sequence, "already_imported")
    profile = _json_part(checked.parts, PROFILE_PART) or {}
    codelists = _json_part(checked.parts, CODELISTS_PART) or {}
    if not isinstance(profile, dict) or not isinstance(codelists, dict):
        raise PackageRejected(
            QT_TRANSLATE_NOOP("errors", "The bundle's profile or code lists are malformed.")
        )
    profile = {
        k: v for k, v in profile.items() if k in PROFILE_KEYS or str(k).startswith(PROFILE_PREFIXES)
    }
    templates = [raw for _, raw in checked.lines(TEMPLATES_PART)]
    result = BundleReport(sequence, "imported")
    with session.transaction() as con:
        known = settings.known_settings()
        wanted = {k: v for k, v in profile.items() if k in known}
        for k in sorted(set(profile) - set(wanted)):
            result.problems.append(f"Setting {k} is not known to this version; skipped.")
        if codelists:
            wanted["code_lists"] = codelists
            result.code_lists = sorted(codelists)
        try:
            before = settings.all_settings(session)
            settings.set_settings(session, wanted)
        except ValidationError as exc:
            raise PackageRejected(
                QT_TRANSLATE_NOOP("errors", "The bundle's settings are not valid: %1"), exc.text
            ) from exc
        result.settings_changed = sorted(
            k for k in wanted if k != "code_lists" and before.get(k) != wanted[k]
        )
        for number, template in enumerate(templates, start=1):
            try:
                result.templates.append(_import_template(session, template, checked.hash))
            except RadprevError as exc:
                raise PackageRejected(
                    refusals.TEMPLATE_IN_THE_BUNDLE_WAS_REFUSED,
                    number,
                    exc.text,
                ) from exc
        deliveries.remember_received(
            con,
            deliveries.ReceivedFile(
                "bundle",
                sender,
                sequence,
                checked.hash,
                str(checked.manifest.get("created_at", ""))[:40],
                now_iso(),
                session.user.username,
                json.dumps({"templates": result.templates, "settings": result.settings_changed}),
            ),
        )
        session.audit(
            "bundle_imported",
            object_type="bundle",
            object_id=f"{sender}:{sequence}",
            details={"templates": len(result.templates), "settings": result.settings_changed},
        )
    return result
