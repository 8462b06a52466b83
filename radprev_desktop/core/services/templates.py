"""Checklist templates in the vault: import, versions, the active template.

A stored template (code, version) never changes: the same code and version with
different content is refused as a Conflict, so a sealed run always points at the
exact wording its author saw. Importing a new version makes it the active one
(the template officers are offered), unless a higher version of the same code is
already stored. The shipped sample is installed on a vault's first use
(`ensure_sample_installed`, called by every reader here), so a new vault can be
used at once; its import is audited like any other. When a new build ships a
new version of the sample (revised wording), a vault holding an older one gets
it on its next use: active if the older sample was, stored beside an
administrator's own choice otherwise; runs made with the older version stay tied
to it (decision 0015).

Reference bundles (central → workstations) carry templates as the canonical JSON
bytes from `export_template_json`; the sync layer checks the bundle signature
and calls `import_template_bytes(..., origin="bundle", signature=...)`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from radprev_desktop.core import policy, safeguards
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import Conflict, NotFound, TemplateInvalid, ValidationError
from radprev_desktop.core.i18n import translator
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import (
    MAX_TEMPLATE_BYTES,
    Template,
    canonical_bytes,
    domain_of,
    validate_template,
)
from radprev_desktop.core.templates.model import Text, in_language
from radprev_desktop.core.templates.sample import earlier_sample_bytes, sample_bytes, sample_version
from radprev_desktop.core.templates.validation import template_from_stored
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.text import Text as Message
from radprev_desktop.core.vault.connection import Connection

__all__ = [
    "SAMPLE_CODE",
    "ImportResult",
    "StoredTemplate",
    "active_indicator_codes",
    "active_template",
    "domain_of",
    "ensure_sample_installed",
    "export_template_json",
    "get_template",
    "import_template",
    "import_template_bytes",
    "install_shipped",
    "list_templates",
    "non_indicators",
    "set_active_template",
    "shipped_template",
    "template_for_run",
]

SAMPLE_CODE = "FRONTLINE-OBS-SAMPLE"
Origin = Literal["builtin", "import", "bundle"]
ORIGINS: tuple[str, ...] = ("builtin", "import", "bundle")

# Parsed templates by content hash: the stored JSON was validated on import and
# never changes, so one parse per process is enough.
_PARSED: dict[str, Template] = {}
_SAMPLES: dict[str, Template] = {}  # the shipped sample validated, by the SHA-256 of its file


@dataclass(frozen=True)
class StoredTemplate:
    """One stored template version, for lists (the definition is loaded on demand)."""

    code: str
    version: int
    title: Text
    languages: tuple[str, ...]
    sha256: str
    origin: str
    imported_at: str
    imported_by: str
    active: bool


@dataclass(frozen=True)
class ImportResult:
    """What an import did: "imported", or "unchanged" for the same file again."""

    template: Template
    status: Literal["imported", "unchanged"]
    active: bool


_COLUMNS = "code, version, title, languages, sha256, origin, imported_at, imported_by, active"


def _stored(row: tuple[object, ...]) -> StoredTemplate:
    return StoredTemplate(
        code=str(row[0]),
        version=int(str(row[1])),
        title=json.loads(str(row[2])),
        languages=tuple(json.loads(str(row[3]))),
        sha256=str(row[4]),
        origin=str(row[5]),
        imported_at=str(row[6]),
        imported_by=str(row[7]),
        active=bool(row[8]),
    )


def _parse_stored(definition: str, sha256: str) -> Template:
    cached = _PARSED.get(sha256)
    if cached is None:
        cached = template_from_stored(definition, sha256)
        _PARSED[sha256] = cached
    return cached


def _read_source(source: Path | str | bytes) -> bytes:
    """Bytes of a template file, refusing huge files before reading them."""
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        size = os.stat(path).st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateInvalid(
                [
                    (
                        "$",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "errors", "the file is %1 bytes; a template may be at most %2"
                            ),
                            size,
                            MAX_TEMPLATE_BYTES,
                        ),
                    )
                ]
            )
        with open(path, "rb") as fh:
            return fh.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the template file %1: %2."),
            path.name,
            exc.strerror,
            field="file",
        ) from None


# --- writing -----------------------------------------------------------------------


def _store(
    session: Session,
    template: Template,
    *,
    origin: str,
    signature: str,
    actor_check: bool,
    may_activate: bool = True,
) -> ImportResult:
    if actor_check:
        policy.require(session, Permission.MANAGE_TEMPLATES)
    if origin not in ORIGINS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown template origin %1."), repr(origin), field="origin"
        )
    if len(signature) > 512:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The template signature is too long."), field="signature"
        )
    with session.transaction() as con:
        row = con.execute(
            "SELECT sha256, active FROM checklist_templates WHERE code = ? AND version = ?",
            (template.code, template.version),
        ).fetchone()
        if row is not None:
            if row[0] != template.sha256:
                raise Conflict(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Template %1 version %2 is already stored with different content. "
                        "Give the changed template a new version number.",
                    ),
                    template.code,
                    template.version,
                )
            return ImportResult(template, "unchanged", bool(row[1]))
        higher = con.execute(
            "SELECT 1 FROM checklist_templates WHERE code = ? AND version > ?",
            (template.code, template.version),
        ).fetchone()
        activate = higher is None and may_activate
        _insert(con, template, origin, signature, session.user.username, activate)
        session.audit(
            "template_installed" if origin == "builtin" else "template_imported",
            object_type="checklist_template",
            object_id=f"{template.code}:{template.version}",
            details={
                "code": template.code,
                "version": template.version,
                "origin": origin,
                "sha256": template.sha256,
                "active": activate,
            },
        )
    _PARSED[template.sha256] = template
    return ImportResult(template, "imported", activate)


def _insert(
    con: Connection, template: Template, origin: str, signature: str, by: str, activate: bool
) -> None:
    if activate:
        con.execute("UPDATE checklist_templates SET active = 0 WHERE active = 1")
    con.execute(
        "INSERT INTO checklist_templates(code, version, title, languages, definition, sha256, "
        "origin, signature, imported_at, imported_by, active) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        # Shipped content is fixed by code and version: two imports at once may both find
        # it missing (tests/unit/test_imports_at_once.py); the second keeps the first's row.
        + (" ON CONFLICT (code, version) DO NOTHING" if origin == "builtin" else ""),
        (
            template.code,
            template.version,
            json.dumps(template.title, ensure_ascii=False),
            json.dumps(list(template.languages)),
            canonical_bytes(template.definition).decode("utf-8"),
            template.sha256,
            origin,
            signature,
            now_iso(),
            by,
            1 if activate else 0,
        ),
    )
    _PARSED[template.sha256] = template


def _shipped_sample() -> Template:
    """The shipped sample, validated once per process and content.

    Every new vault installs it on first use; the file does not change while the
    application runs (a changed file has a new hash and is validated again).
    """
    data = sample_bytes()
    key = hashlib.sha256(data).hexdigest()
    template = _SAMPLES.get(key)
    if template is None:
        template = validate_template(data)
        _SAMPLES[key] = template
    return template


def shipped_template(code: str, version: int) -> Template | None:
    """The template shipped with the application under this code and version, if any:
    the current sample, or an earlier version of it kept exactly as it was shipped."""
    if (code, version) == (SAMPLE_CODE, sample_version()):
        return _shipped_sample()
    earlier = earlier_sample_bytes(code, version) if code == SAMPLE_CODE else None
    if earlier is None:
        return None
    # Validated when it was shipped; today's checks must not refuse what vaults hold.
    digest = hashlib.sha256(canonical_bytes(json.loads(earlier))).hexdigest()
    return template_from_stored(earlier.decode("utf-8"), digest)


def install_shipped(con: Connection, code: str, version: int, by: str) -> Template | None:
    """For sync: store the shipped template a workstation's run used, if this vault lacks it.

    Runs inside the caller's import transaction (audited there as an import);
    the template is stored inactive unless the vault has no active template.
    """
    template = shipped_template(code, version)
    if template is None:
        return None
    exists = con.execute(
        "SELECT 1 FROM checklist_templates WHERE code = ? AND version = ?", (code, version)
    ).fetchone()
    if exists is None:
        active = con.execute("SELECT 1 FROM checklist_templates WHERE active = 1").fetchone()
        _insert(con, template, "builtin", "", by, active is None)
    return template


def install_for_transfer(con: Connection, data: bytes, signature: str, by: str) -> Template:
    """For a transfer bundle: store a template a transferred prisoner's checklist runs used,
    if this vault lacks it (inactive; the central office signed the bundle). TemplateInvalid
    when it does not validate; Conflict when this vault holds other content under its
    code and version."""
    template = validate_template(bytes(data))
    row = con.execute(
        "SELECT sha256 FROM checklist_templates WHERE code = ? AND version = ?",
        (template.code, template.version),
    ).fetchone()
    if row is None:
        active = con.execute("SELECT 1 FROM checklist_templates WHERE active = 1").fetchone()
        _insert(con, template, "bundle", signature, by, active is None)
    elif row[0] != template.sha256:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "errors",
                "Template %1 version %2 is stored here with different content than the "
                "central office sent.",
            ),
            template.code,
            template.version,
        )
    return template


@operation(Change.TEMPLATES)
def import_template(
    session: Session,
    source: Path | str | bytes,
    *,
    origin: Origin = "import",
    signature: str = "",
) -> ImportResult:
    """Import a template file (administrator). TemplateInvalid lists every problem.

    The same code+version again is "unchanged" when identical, a Conflict when
    not. A new version becomes the active template unless a higher version of
    the same code is stored already.
    """
    policy.require(session, Permission.MANAGE_TEMPLATES)
    template = validate_template(_read_source(source))
    return _store(session, template, origin=origin, signature=signature, actor_check=True)


@operation(Change.TEMPLATES)
def import_template_bytes(
    session: Session, data: bytes, *, origin: Origin = "bundle", signature: str = ""
) -> ImportResult:
    """Import template JSON carried in a reference bundle (already signature-checked)."""
    return import_template(session, bytes(data), origin=origin, signature=signature)


def _sample_due(con: Connection) -> Literal["first", "newer", None]:
    """Whether the shipped sample is to be installed: on a vault's first use ("first"),
    or as the newer version of the sample the vault holds ("newer")."""
    row = con.execute(
        "SELECT count(*), max(CASE WHEN code = ? THEN version END) FROM checklist_templates",
        (SAMPLE_CODE,),
    ).fetchone()
    if not row[0]:
        return "first"
    if row[1] is not None and int(row[1]) < sample_version():
        return "newer"
    return None


def ensure_sample_installed(session: Session) -> bool:
    """Install the shipped sample once per vault, and each newer version of it a later
    build ships; True if it was installed now.

    Runs as whoever uses the vault first (any role): the sample is part of the
    application, not an administrator's choice, and the installation is audited.
    A vault that holds templates but not the sample (e.g. from a bundle) is left
    alone. A newer sample version becomes the active template only if the older
    sample was the active one; runs made with the older version keep it.
    """
    if _sample_due(session.con) is None:
        return False
    template = _shipped_sample()
    with session.transaction() as tcon:
        due = _sample_due(tcon)  # another window or process may have done it meanwhile
        if due is None:
            return False
        active = tcon.execute("SELECT code FROM checklist_templates WHERE active = 1").fetchone()
        _store(
            session,
            template,
            origin="builtin",
            signature="",
            actor_check=False,
            may_activate=due == "first" or active is None or active[0] == SAMPLE_CODE,
        )
    return True


@operation(Change.TEMPLATES)
def set_active_template(session: Session, code: str, version: int) -> Template:
    """Choose which stored template officers are offered (administrator, audited)."""
    policy.require(session, Permission.MANAGE_TEMPLATES)
    template = get_template(session, code, version)
    with session.transaction() as con:
        con.execute("UPDATE checklist_templates SET active = 0 WHERE active = 1")
        con.execute(
            "UPDATE checklist_templates SET active = 1 WHERE code = ? AND version = ?",
            (template.code, template.version),
        )
        session.audit(
            "template_activated",
            object_type="checklist_template",
            object_id=f"{template.code}:{template.version}",
            details={"code": template.code, "version": template.version},
        )
    return template


# --- reading -----------------------------------------------------------------------


def list_templates(session: Session) -> list[StoredTemplate]:
    """Every stored template version, by code then newest version first."""
    ensure_sample_installed(session)
    return [
        _stored(r)
        for r in session.con.execute(
            f"SELECT {_COLUMNS} FROM checklist_templates ORDER BY code, version DESC"
        )
    ]


def template_for_run(con: Connection, code: str, version: int) -> Template | None:
    """The exact template a run used (no role check: for services and sync)."""
    row = con.execute(
        "SELECT definition, sha256 FROM checklist_templates WHERE code = ? AND version = ?",
        (code, version),
    ).fetchone()
    return None if row is None else _parse_stored(row[0], row[1])


def get_template(session: Session, code: str, version: int | None = None) -> Template:
    """One template version (the newest if `version` is None); NotFound if not stored."""
    ensure_sample_installed(session)
    if version is None:
        row = session.con.execute(
            "SELECT definition, sha256 FROM checklist_templates WHERE code = ? "
            "ORDER BY version DESC LIMIT 1",
            (code,),
        ).fetchone()
    else:
        row = session.con.execute(
            "SELECT definition, sha256 FROM checklist_templates WHERE code = ? AND version = ?",
            (code, version),
        ).fetchone()
    if row is None:
        which = code if version is None else f"{code} version {version}"
        raise NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no checklist template %1 in the vault."), which
        )
    return _parse_stored(row[0], row[1])


def active_template(session: Session) -> Template:
    """The template officers are offered now (the sample on a new vault)."""
    ensure_sample_installed(session)
    row = session.con.execute(
        "SELECT definition, sha256 FROM checklist_templates WHERE active = 1"
    ).fetchone()
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "No checklist template is active; an administrator must choose one."
            )
        )
    return _parse_stored(row[0], row[1])


def active_indicator_codes(session: Session) -> frozenset[str]:
    """Indicator codes an observation may cite (context and protective items excluded)."""
    return frozenset(active_template(session).indicator_codes())


def export_template_json(session: Session, code: str, version: int) -> bytes:
    """The stored template as canonical JSON bytes, for a reference bundle."""
    policy.require(session, Permission.EXPORT_TEMPLATES)
    return canonical_bytes(get_template(session, code, version).definition)


def non_indicators(session: Session, language: str = "en") -> list[str]:
    """The banner text: what is never an indicator, from the active template.

    Falls back to the template's first language, then to the built-in list
    (core/safeguards.py), so the banner is never empty.
    """
    template = active_template(session)
    if template is not None:
        listed = in_language(template.non_indicators, language) or template.non_indicators.get(
            template.languages[0]
        )
        if listed:
            return list(listed)
    words = translator(language, "safeguards")
    return [words.text(item) for item in safeguards.NON_INDICATORS]
