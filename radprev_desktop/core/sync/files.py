"""`radprev import FILE…`: find out what a file is and hand it to the right importer.

An age-encrypted file is an export package at the central office and a transfer
bundle at a workstation (only the addressee can look inside); a signed archive
is a receipt or a reference bundle (workstation), told apart by its manifest.
Every refusal is audited here, the one door the CLI and the GUI import through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from radprev_desktop.core import crypto, policy
from radprev_desktop.core.change_set import Change, operation
from radprev_desktop.core.errors import PackageRejected, RadprevError
from radprev_desktop.core.model import Mode
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import package_imports
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import (
    bundles,
    container,
    importer,
    keys,
    receipts,
    registry,
    transfer_bundles,
    transfer_intake,
)
from radprev_desktop.core.sync.import_records import without_cycle_collection
from radprev_desktop.core.sync.prefetch import PackageChecks, Prefetcher
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Joined


class Report(Protocol):
    def summary(self) -> Joined: ...

    def to_json(self) -> dict[str, Any]: ...


def detect_kind(data: bytes, mode: Mode = Mode.CENTRAL) -> str:
    """'export', 'transfer', 'receipt' or 'bundle'; PackageRejected when it is none of them.

    An encrypted file is an export package for a central office and a transfer bundle
    for a workstation.
    """
    if container.is_age(data):
        return "export" if mode is Mode.CENTRAL else transfer_bundles.KIND
    manifest, _, _, _ = container.open_signed(data)
    kind = manifest.get("kind")
    if kind in ("receipt", "bundle"):
        return str(kind)
    raise PackageRejected(
        QT_TRANSLATE_NOOP("errors", "The file is not a radprev package, receipt or bundle.")
    )


@operation(Change.EVERYTHING)
def import_file(
    session: Session,
    path: Path | str,
    *,
    enrol_fingerprint: str | None = None,
    progress: importer.Progress | None = None,
    prison_number: str | None = None,
    unit: str | None = None,
) -> Report:
    """Import one file of any sync kind and return its report.

    `prison_number` and `unit` are for a transfer bundle: the prisoner's number and
    unit at this establishment.

    A refused file changes nothing but leaves one `package_rejected` audit entry
    (the file's SHA-256, size and the reason), so refusals are on record too.
    """
    return _import(
        session,
        _Read(Path(path)),
        enrol_fingerprint=enrol_fingerprint,
        progress=progress,
        prison_number=prison_number,
        unit=unit,
    )


@dataclass(frozen=True)
class _Read:
    """A file to import, read (and an export package opened) ahead of its turn or not yet;
    `checks`: whether its parts were handed to the checking process."""

    path: Path
    data: bytes | None = None
    opened: importer.OpenedPackage | None = None
    checks: bool = False


def _import(
    session: Session,
    read: _Read,
    *,
    enrol_fingerprint: str | None,
    progress: importer.Progress | None,
    prison_number: str | None,
    unit: str | None,
    checks: PackageChecks | None = None,
) -> Report:
    """import_file for a file perhaps read (and opened, and checked) ahead of its turn."""
    # Not even read: a training vault takes in no package, receipt or bundle.
    keys.refuse_training(session, "Importing a package, receipt or bundle")
    data = b""
    try:
        data = read.data if read.data is not None else importer.read_file_limited(read.path)
        kind = detect_kind(data, session.mode)
        if kind == transfer_bundles.KIND:
            return transfer_intake.import_transfer_bundle(
                session, data, prison_number=prison_number, unit=unit
            )
        if kind == "export":
            return importer.import_package(
                session,
                data,
                file_name=read.path.name,
                enrol_fingerprint=enrol_fingerprint,
                progress=progress,
                opened=read.opened,
                checked=checks,
            )
        if kind == "receipt":
            return receipts.import_receipt(session, data)
        return bundles.import_bundle(session, data)
    except PackageRejected as exc:
        _audit_rejection(session, data, exc)
        raise


#: What import_packages yields for each file: its report, or why it was refused.
Outcome = tuple[Path, Report | RadprevError]


@operation(Change.EVERYTHING)
def import_packages(
    session: Session,
    paths: Sequence[Path | str],
    *,
    enrol_fingerprint: str | None = None,
    fingerprints: Mapping[Path, str] | None = None,
    progress: importer.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    prison_number: str | None = None,
    unit: str | None = None,
    check_ahead: bool = True,
) -> Iterator[Outcome]:
    """Import several files in the order given, one transaction each, as import_file
    would one after the other (the same reports, refusals and their order, audit entries):
    yields (path, report or the refusal) as each is done. `fingerprints`: the enrolment
    fingerprint typed for some files (else `enrol_fingerprint`). `progress(done, total, file)`
    before each file; `cancelled()` true stops before the next file.

    The central office's export packages are checked ahead: while package k is applied,
    package k+1 — read, opened and authenticated here first — has its lines checked in a
    second process (prefetch.py), so a second core does that work; its verdicts are used
    in its own turn. `check_ahead=False` does everything in this thread."""
    files = [Path(p) for p in paths]
    report = progress or (lambda done, total, what: None)
    # The cycle collector stays paused for the whole run, not only inside each package
    # (import_package): re-enabled between packages, its first collection walked every object
    # of the package still held (the next one's checks, this one's parts), ≈ 4 % of the
    # importing thread (decision 0048). The import makes no cycles that need it.
    with (
        Prefetcher() as worker,
        package_imports.checkpoints_per_run(session.con),
        without_cycle_collection(),
    ):
        ahead: _Read | None = None
        early: _BesideCommit | None = None
        read: _Read | None = None
        checks: PackageChecks | None = None
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                return
            report(index, len(files), path.name)
            spent = (read, checks)  # the package before's, freed beside this one's commit
            read = ahead if ahead is not None else _read_ahead(session, path, None)
            checks = worker.take(read.opened.hash) if read.checks and read.opened else None
            more = check_ahead and index + 1 < len(files) and registry.only_own_kinds()
            if more:
                typed = (fingerprints or {}).get(files[index + 1], enrol_fingerprint)
                ahead = _read_ahead(session, files[index + 1], worker, typed, early)
            else:
                ahead = None
            early = _BesideCommit.of(session, worker, files[index + 2 :] if more else [], spent)
            del spent
            session.beside_next_commit(early)
            try:
                outcome: Report | RadprevError = _import(
                    session,
                    read,
                    enrol_fingerprint=(fingerprints or {}).get(path, enrol_fingerprint),
                    progress=None,
                    prison_number=prison_number,
                    unit=unit,
                    checks=checks,
                )
            except RadprevError as exc:
                outcome = exc
            finally:
                session.beside_next_commit(None)  # no commit ran it: the next turn does it all
            yield path, outcome


class _BesideCommit:
    """The next package's store-free work, done in a second thread while this package
    commits (Session.beside_next_commit, decision 0048): the checking worker's answer for
    the next package unmarshalled (`Prefetcher.receive`), the file after it read and
    decrypted with this office's identity — what the next turn would do first on this
    thread —, and the package before's parts and checks freed (`spent`: held by nothing
    else). The next turn authenticates and hands it out as before (`_read_ahead`); a file
    that could not be read or decrypted here is read again there, which says why."""

    def __init__(
        self, worker: Prefetcher, path: Path | None, identity: Any, spent: object = None
    ) -> None:
        self.worker, self.path, self.identity, self.spent = worker, path, identity, spent
        self.data: bytes | None = None
        self.plain: bytes | None = None
        self.seen: tuple[int, ...] = ()

    @classmethod
    def of(
        cls, session: Session, worker: Prefetcher, after: Sequence[Path], spent: object = None
    ) -> _BesideCommit:
        """For the turn before `after[0]` (nothing to read when it is empty); decrypted only
        where `_read_ahead` would decrypt it."""
        identity = None
        if after and _opens_ahead(session):
            try:
                identity = keys.central_identity(session)
            except RadprevError:
                identity = None
        return cls(worker, after[0] if after else None, identity, spent)

    def __call__(self) -> None:
        self.spent = None
        self.worker.receive()
        if self.path is None:
            return
        try:
            seen = _file_state(self.path)
            data = importer.read_file_limited(self.path)
        except (OSError, PackageRejected):
            return
        self.data, self.seen = data, seen
        if self.identity is not None and container.is_age(data):
            try:
                self.plain = container.age_decrypt(data, self.identity)
            except PackageRejected:
                self.plain = None


def _file_state(path: Path) -> tuple[int, ...]:
    """What tells a file replaced or removed since it was read (its identity, size, time)."""
    info = path.stat()
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _read_beside(early: _BesideCommit | None, path: Path) -> _BesideCommit | None:
    """`early` when it read `path` and the file is still the one it read (a stick pulled or
    a file replaced since: None, the file is read again now, as it was without it)."""
    if early is None or early.path != path or early.data is None:
        return None
    try:
        return early if _file_state(path) == early.seen else None
    except OSError:
        return None


def _opens_ahead(session: Session) -> bool:
    """Whether `_read_ahead` opens (decrypts) an export package read ahead."""
    if session.training or session.mode is not Mode.CENTRAL:
        return False
    return policy.allows(session, Permission.IMPORT_PACKAGES)


def _read_ahead(
    session: Session,
    path: Path,
    worker: Prefetcher | None,
    typed: str | None = None,
    early: _BesideCommit | None = None,
) -> _Read:
    """Read a file (and open an export package) before its turn; hand an authenticated
    package's parts to `worker` (`typed`: the enrolment fingerprint typed for the file;
    `early`: the file read and decrypted beside the last commit, if it is this one).
    Any failure here is left for its turn to meet again."""
    mine = _read_beside(early, path)
    try:
        data = mine.data if mine and mine.data is not None else importer.read_file_limited(path)
    except PackageRejected:
        return _Read(path)  # read again in its turn, which then refuses it (a stick removed)
    if not _opens_ahead(session) or not container.is_age(data):
        return _Read(path, data)
    try:
        opened = importer.open_package(session, data, mine.plain if mine else None)
    except PackageRejected:
        return _Read(path, data)
    handed = False
    if worker is not None and _authentic_ahead(session, opened, typed):
        parts, expected = _parts_ahead(opened)
        handed = worker.submit(opened.hash, opened.sender_id, opened.sequence, parts, expected)
    return _Read(path, data, opened, handed)


def _audit_rejection(session: Session, data: bytes, exc: PackageRejected) -> None:
    """One audit entry for a refused file, in its own transaction (the import rolled back)."""
    with session.transaction():
        session.audit(
            "package_rejected",
            object_type="file",
            object_id=container.sha256_hex(data) if data else "",
            details={
                "bytes": len(data),
                "enrolment_required": isinstance(exc, importer.EnrolmentRequired),
                "reason": str(exc)[:300],
            },
        )


def package_files(folder: Path | str) -> list[Path]:
    """The export packages in a folder (a whole USB stick), sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix == ".age")


def _authentic_ahead(
    session: Session, opened: importer.OpenedPackage, typed: str | None = None
) -> bool:
    """Whether a package may be checked before its turn (in another process): not held
    yet, in this account's reach, and its sender enrolled now with this key, signature and
    establishment — or not enrolled yet and enrolled by this very package in its turn
    (`typed`, the fingerprint typed for it, is its key's: _enrolled_by_it). False: no check
    ahead — the package is handled wholly in its turn (a sender enrolled by an earlier
    package of the same run, a refusal: its reason is given then, never before)."""
    if not policy.allows(session, Permission.IMPORT_PACKAGES):
        return False
    if package_imports.stored_hash(session.con, opened.sender_id, opened.sequence) is not None:
        return False
    if not policy.scope(session, Permission.IMPORT_PACKAGES).covers(opened.establishment, ""):
        return False
    known = keys.enrolled(session, opened.sender_id)
    if known is None:
        return _enrolled_by_it(session, opened, typed)
    if known.signing_key != opened.signing_key:
        return False
    if known.establishment != opened.establishment:
        return False
    return crypto.verify(known.signing_key, opened.signature, opened.manifest_bytes)


def _enrolled_by_it(session: Session, opened: importer.OpenedPackage, typed: str | None) -> bool:
    """A sender's first package, with the fingerprint read from its enrolment sheet: its
    turn enrols the key the package carries when the typed fingerprint is that key's
    (keys.enrol), so its parts may be checked ahead once the package's signature verifies
    with that key and this account may enrol. Its checks are still used only in its turn,
    after it was enrolled and authenticated there (decision 0038)."""
    if typed is None or not policy.allows(session, Permission.MANAGE_SYNC_KEYS):
        return False
    if keys.normalise_fingerprint(typed) != keys.workstation_fingerprint(opened.signing_key):
        return False
    return crypto.verify(opened.signing_key, opened.signature, opened.manifest_bytes)


def _parts_ahead(opened: importer.OpenedPackage) -> tuple[dict[str, bytes], dict[str, str]]:
    """An authenticated package's parts and the SHA-256 its signed manifest lists for each
    (the checking process parses a part only when its bytes have that hash)."""
    parts = {
        name: data
        for name, data in opened.members.items()
        if name not in (container.MANIFEST, container.SIGNATURE)
    }
    listed = opened.manifest.get("parts")
    entries = listed if isinstance(listed, dict) else {}
    expected = {
        name: str(entry.get("sha256"))
        for name, entry in entries.items()
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
    }
    return parts, expected
