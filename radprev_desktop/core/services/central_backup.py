"""Backups of a central store on PostgreSQL: pg_dump, encrypted with age, and restore.

`pg_dump` (custom format) writes to a pipe that is encrypted on the fly to the
central office's **backup recipient** (the offline age key named in the
office's certificate, `radprev sync backup-recipient`), so no plaintext dump
touches a disk. Restoring needs that key's identity (kept offline, on paper or
a separate medium) and an empty database; `pg_restore` reads the decrypted
stream from a pipe. Both run PostgreSQL's own tools over the same configured
connection (TLS verify-full, SCRAM with channel binding, the password from the
libpq password file), never another network path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyrage
from pyrage import x25519

from radprev_desktop.core import policy
from radprev_desktop.core.central_session import CentralSession
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import PermissionDenied, StorageError, ValidationError, VaultError
from radprev_desktop.core.fileio import make_private_dir
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault import postgres
from radprev_desktop.core.vault.postgres import CentralDatabase

AGE_MAGIC = b"age-encryption.org/v1"


@dataclass(frozen=True)
class CentralBackup:
    """A written backup: where, how big, and the log entry that records it."""

    path: Path
    size: int


def tool(name: str) -> str:
    """The newest installed PostgreSQL client tool `name` (pg_dump, pg_restore)."""
    found = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if found:
        return str(found[-1])
    on_path = shutil.which(name)
    if on_path is None:
        raise VaultError(
            QT_TRANSLATE_NOOP(
                "errors", "%1 is not installed (PostgreSQL client tools are needed)."
            ),
            name,
        )
    return on_path


def _environment(db: CentralDatabase) -> dict[str, str]:
    """libpq settings for the tools: the same TLS and SCRAM demands as the app's connection."""
    if not db.passfile and not os.environ.get("PGPASSFILE"):
        raise VaultError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Backups read the database password from the libpq password file: set passfile "
                "in central.json (or PGPASSFILE).",
            )
        )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.update(
        PGHOST=db.host,
        PGPORT=str(db.port),
        PGDATABASE=db.dbname,
        PGUSER=db.user,
        PGSSLMODE=db.sslmode,
        PGCHANNELBINDING="require",
        PGCONNECT_TIMEOUT="10",
    )
    if db.sslrootcert:
        env["PGSSLROOTCERT"] = db.sslrootcert
    env["PGPASSFILE"] = db.passfile or os.environ["PGPASSFILE"]
    return env


def backup_recipient(session: CentralSession) -> x25519.Recipient:
    """The office's offline backup recipient (an age public key); refused when none is set."""
    text = session.meta("central_backup_recipient") or ""
    if not text:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No backup key is set for this central office: name the backup recipient first "
                "(radprev central certificate --backup-recipient age1…).",
            ),
            field="backup_recipient",
        )
    return x25519.Recipient.from_str(text)


def write_backup(session: CentralSession, to: Path) -> CentralBackup:
    """Administrator: dump the whole store, encrypted to the backup recipient, into `to`."""
    policy.require(session, Permission.MANAGE_VAULT)
    recipient = backup_recipient(session)
    target = Path(to)
    if target.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "%1 exists already; choose a new file name."), target
        )
    make_private_dir(target.parent)
    if not postgres.login_sees_everything(session.con):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer's database login does not reach every establishment, so its "
                "backup would be incomplete. Take backups through the office's own login.",
            )
        )
    env = _environment(session.database)
    partial = target.with_name(target.name + ".partial")
    # Row security binds the store's owner too (FORCE), and pg_dump refuses such tables
    # unless told to read them under it: through a login that reaches every establishment
    # (checked above; its own connection is bound to no account) every row is read.
    proc = subprocess.Popen(
        [
            tool("pg_dump"),
            "--no-password",  # the password file's or none: never a prompt on the terminal
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--enable-row-security",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    try:
        with partial.open("xb") as out:
            os.chmod(partial, 0o600)
            pyrage.encrypt_io(proc.stdout, out, [recipient])
            out.flush()
            os.fsync(out.fileno())
        errors = proc.stderr.read().decode("utf-8", "replace")
        if proc.wait() != 0:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "pg_dump failed: %1"), errors[:400])
        partial.replace(target)
    except BaseException:
        proc.kill()
        proc.wait()
        partial.unlink(missing_ok=True)
        raise
    size = target.stat().st_size
    with session.transaction():
        session.audit(
            "backup_created",
            object_type="backup",
            object_id=target.name,
            details={"store": "postgresql", "bytes": size},
        )
    return CentralBackup(target, size)


def write_dated_backup(session: CentralSession, folder: Path | None) -> Path:
    """`radprev backup` on a central store: a dated file in `folder` (default: backups/)."""
    name = f"radprev-central_{now_iso()[:19].replace(':', '')}.age"
    return write_backup(session, (folder or session.folder / "backups") / name).path


def restore_backup(backup: Path, identity_text: str, database: CentralDatabase) -> None:
    """Decrypt `backup` with the backup identity and restore it into the empty `database`.

    Run by IT staff at the server (the identity comes off its offline medium).
    A failure leaves a partly restored database: drop it and start again.
    """
    # The key alone, or the file age-keygen writes (comment lines, then the key).
    lines = [line.strip() for line in identity_text.splitlines()]
    found = [line for line in lines if line and not line.startswith("#")]
    try:
        identity = x25519.Identity.from_str(found[0] if len(found) == 1 else "")
    except pyrage.IdentityError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The backup key is not an age identity."), field="identity"
        ) from exc
    env = _environment(database)
    proc = subprocess.Popen(
        [tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
         "--no-password", f"--dbname={database.dbname}"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )  # fmt: skip
    assert proc.stdin is not None and proc.stderr is not None
    try:
        try:
            with Path(backup).open("rb") as source:
                _decrypt_into(source, proc.stdin, identity)
            proc.stdin.close()
        except BrokenPipeError:
            # pg_restore stopped at its first error and closed its input: say what it said
            # (this ended the CLI as if its own output had been closed: exit 141, no word).
            pass
        errors = proc.stderr.read().decode("utf-8", "replace")
        if proc.wait() != 0:
            raise _password_refused(errors, database) or StorageError(
                QT_TRANSLATE_NOOP("errors", "pg_restore failed: %1"), errors.strip()[:400]
            )
    except BaseException:
        proc.kill()
        proc.wait()
        raise


def _password_refused(errors: str, database: CentralDatabase) -> VaultError | None:
    """The server refused the password file's password for the new database, or the file
    has no line for it (README step 2 writes one for the office's database only): say which
    line to add instead of pg_restore's own English and its "Password:" prompt."""
    if "password authentication failed" not in errors and "no password supplied" not in errors:
        return None
    return VaultError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The server refused the login %1 to the database %2: the password file %3 needs a "
            "line for that database (host:port:%2:%1:password). Add it and restore again; "
            "nothing was restored.",
        ),
        database.user,
        database.dbname,
        database.passfile or os.environ.get("PGPASSFILE", ""),
    )


def _decrypt_into(source: IO[bytes], sink: IO[bytes], identity: x25519.Identity) -> None:
    try:
        pyrage.decrypt_io(source, sink, [identity])
    except pyrage.DecryptError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup cannot be decrypted with this key (wrong key, or a damaged file).",
            ),
            field="identity",
        ) from exc
