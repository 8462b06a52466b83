"""Vault, accounts, audit, doctor, backup and restore commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli import central_store, user_access
from radprev_desktop.cli.arguments import COUNT, LIMIT
from radprev_desktop.cli.common import (
    UsageError,
    admin_password_from,
    command,
    confirm,
    emit,
    eprint,
    logged_in,
    new_password_from,
    password_from,
    read_secret_file,
    username_from,
    vault_from,
)
from radprev_desktop.cli.exit_codes import Exit
from radprev_desktop.cli.output import cli
from radprev_desktop.core import audit_words
from radprev_desktop.core import doctor as doctor_mod
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import audit_log, users, vault_access
from radprev_desktop.core.services.vault_access import default_vault_folder


def register(sub: Any) -> None:
    """Add this area's sub-commands."""
    _register_init(sub)
    _register_user(sub)
    _register_recover_and_rekey(sub)
    _register_audit(sub)
    _register_upkeep(sub)


def _register_init(sub: Any) -> None:
    p = command(sub, "init", cmd_init, "create a new vault")
    p.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        default=Mode.WORKSTATION.value,
        help="workstation (officers' vault) or central (the central office's)",
    )
    p.add_argument(
        "--establishment", required=True, metavar="CODE", help="establishment code, e.g. PL-GDA3"
    )
    p.add_argument(
        "--establishment-name",
        default="",
        metavar="NAME",
        help="establishment name as printed on reports",
    )
    p.add_argument(
        "--admin", required=True, metavar="USER", help="username of the first administrator"
    )
    p.add_argument("--display-name", default="", help="the administrator's full name")
    p.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="CODE[=NAME]",
        help="a unit (wing), e.g. A=Wing A; repeat for each unit",
    )
    central_store.add_init_options(p)


def _register_user(sub: Any) -> None:
    user = sub.add_parser("user", help="accounts and key slots")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION")
    usub.required = True
    p = command(usub, "add", cmd_user_add, "add an account")
    p.add_argument("username", help="the new account's username")
    p.add_argument(
        "--role",
        action="append",
        required=True,
        choices=[r.value for r in Role],
        help="a role of the account; repeat for several roles",
    )
    p.add_argument(
        "--display-name", default="", help="full name shown in the audit log and on reports"
    )
    p.add_argument("--staff-code", default="", help="staff number or code")
    p.add_argument(
        "--unit",
        action="append",
        default=[],
        help="a unit the account works in; repeat for several",
    )
    p.add_argument(
        "--new-password-file",
        metavar="FILE",
        help="first line of FILE is the temporary password ('-': standard input); without it you are asked twice",
    )
    command(usub, "list", cmd_user_list, "list accounts")
    p = command(usub, "passwd", cmd_user_passwd, "change your password, or reset another's")
    p.add_argument("username", help="your own username (change) or another account's (reset)")
    p.add_argument(
        "--new-password-file",
        metavar="FILE",
        help="first line of FILE is the new password ('-': standard input)",
    )
    p = command(usub, "disable", cmd_user_disable, "disable an account")
    p.add_argument("username", help="the account to disable (its key slot is removed)")
    p = command(
        usub, "enable", cmd_user_enable, "enable a disabled account with a new temporary password"
    )
    p.add_argument("username", help="the disabled account to enable")
    p.add_argument(
        "--new-password-file",
        metavar="FILE",
        help="first line of FILE is the temporary password ('-': standard input)",
    )
    p = command(usub, "remove", cmd_user_remove, "remove an account and rekey the vault")
    p.add_argument("username", help="the account to remove (the vault is rekeyed)")
    user_access.register(usub)


def _register_recover_and_rekey(sub: Any) -> None:
    p = command(sub, "recover", cmd_recover, "set a new password with the recovery code")
    p.add_argument("username", help="the account that gets a new password")
    p.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        help="first line of FILE is the recovery code ('-': standard input)",
    )
    p.add_argument(
        "--new-password-file",
        metavar="FILE",
        help="first line of FILE is the new password ('-': standard input)",
    )

    command(sub, "rekey", cmd_rekey, "give the vault a new key (suspected leak)")


def _register_audit(sub: Any) -> None:
    audit = sub.add_parser("audit", help="the audit log")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    asub.required = True
    command(asub, "verify", cmd_audit_verify, "check the audit log's hash chain")
    p = command(asub, "list", cmd_audit_list, "show audit entries (auditor)")
    p.add_argument("--since", type=COUNT, default=0, help="only entries after this sequence number")
    p.add_argument("--action", help="only entries of this action, e.g. subject_viewed")
    p.add_argument("--of-user", dest="of_user", help="only entries by this account")
    p.add_argument(
        "--limit", type=LIMIT, default=200, help="at most this many entries (default 200)"
    )
    p = command(asub, "export", cmd_audit_export, "export the audit log as JSON Lines (auditor)")
    p.add_argument("--out", required=True, help="the JSON Lines file to write")
    p.add_argument(
        "--recipient", required=True, help="who receives the export (recorded in the audit log)"
    )
    p.add_argument("--reason", required=True, help="why it is exported (recorded in the audit log)")


def _register_upkeep(sub: Any) -> None:
    p = command(sub, "doctor", cmd_doctor, "check database, key slots and audit chain")
    p.add_argument(
        "--pre-login",
        action="store_true",
        help="without logging in: versions, folder permissions, disk space, readable vault "
        "files, key file, backup age (for support staff)",
    )
    p = command(sub, "backup", cmd_backup, "write an encrypted backup")
    p.add_argument(
        "--to",
        metavar="DIR",
        help="folder to write the backup into (default: the vault's backups folder)",
    )
    p = command(sub, "restore", cmd_restore, "replace the vault with a backup")
    p.add_argument("file", metavar="FILE", help="the backup folder or its vault.db")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    central_store.add_restore_options(p)


def cmd_init(args: argparse.Namespace) -> int:
    if args.database or args.database_settings:
        return central_store.init_central(args)
    vault = vault_from(args)
    password = admin_password_from(args)
    units = []
    for item in args.unit:
        code, _, name = item.partition("=")
        units.append((code, name or code))
    created = vault.create(
        mode=Mode(args.mode),
        establishment_code=args.establishment,
        establishment_name=args.establishment_name,
        admin_username=args.admin,
        admin_password=password,
        admin_display_name=args.display_name,
        units=units,
    )
    session = created.session
    data = {
        "vault": str(vault.folder),
        "vault_id": session.vault_id,
        "workstation_id": session.workstation_id,
        "mode": session.mode.value,
        "recovery_code": created.recovery_code,
    }
    session.close()
    emit(
        args,
        data,
        lambda: (
            cli.tr("Vault created in %1", vault.folder)
            + "\n"
            + cli.tr("Recovery code (shown once; print it and keep it in the safe):")
            + f"\n\n    {created.recovery_code}\n"
        ),
    )
    return 0


def _user_json(u: users.User) -> dict[str, Any]:
    return {
        "username": u.username,
        "display_name": u.display_name,
        "staff_code": u.staff_code,
        "roles": sorted(r.value for r in u.roles),
        "units": list(u.units),
        "establishments": list(u.establishments),
        "active": u.active,
        "removed": u.removed,
        "must_change_password": u.must_change_password,
    }


def cmd_user_add(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        password = new_password_from(
            args.new_password_file, cli.tr("Password for %1", args.username)
        )
        user = users.add_user(
            session,
            args.username,
            password,
            [Role(r) for r in args.role],
            display_name=args.display_name,
            staff_code=args.staff_code,
            units=args.unit,
        )
        emit(
            args,
            _user_json(user),
            cli.tr("Added %1 (%2).", user.username, ", ".join(sorted(args.role))),
        )
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        found = users.list_users(session)
        rows = [_user_json(u) for u in found]

        def text() -> str:
            head = (cli.tr("USERNAME"), cli.tr("ROLES"), cli.tr("UNITS"), cli.tr("STATE"))
            lines = [f"{head[0]:<20} {head[1]:<32} {head[2]:<12} {head[3]}"]
            for user, r in zip(found, rows, strict=True):
                state = cli.tr("active") if r["active"] else cli.tr("disabled")
                if r["must_change_password"]:
                    state += cli.tr(", must change password")
                roles = ",".join(cli.label(role) for role in sorted(user.roles))
                reach = ",".join(r["units"]) or "-"
                if r["establishments"]:
                    reach += "+" + ",".join(r["establishments"])
                lines.append(f"{r['username']:<20} {roles:<32} {reach:<12} {state}")
            return "\n".join(lines)

        emit(args, rows, text)
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if args.username.casefold() == session.user.username.casefold():
            old = (
                password_from(args, cli.tr("Current password: "))
                if not getattr(args, "password_file", None)
                else read_secret_file(args.password_file)
            )
            new = new_password_from(args.new_password_file)
            users.change_own_password(session, old, new)
            emit(args, {"changed": session.user.username}, cli.tr("Password changed."))
        else:
            new = new_password_from(
                args.new_password_file, cli.tr("Temporary password for %1", args.username)
            )
            users.set_password_for(session, args.username, new)
            emit(
                args,
                {"reset": args.username},
                cli.tr(
                    "Password of %1 reset; it must be changed at the next login.", args.username
                ),
            )
    return 0


def _progress(done: int, total: int, what: str) -> None:
    eprint(f"[{done}/{total}] {what}")


def cmd_user_disable(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        vault_access.disable_user(session, args.username, progress=_progress)
        emit(args, {"disabled": args.username}, cli.tr("%1 disabled.", args.username))
    return 0


def cmd_user_enable(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        new = new_password_from(
            args.new_password_file, cli.tr("Temporary password for %1", args.username)
        )
        vault_access.enable_user(session, args.username, new)
        emit(
            args,
            {"enabled": args.username},
            cli.tr(
                "%1 enabled; the new password must be changed at the next login.", args.username
            ),
        )
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        vault_access.remove_user(session, args.username, progress=_progress)
        emit(
            args,
            {"removed": args.username},
            cli.tr("%1 removed; the vault was rekeyed.", args.username)
            if vault_access.keeps_key_slots(session)
            else cli.tr(
                "%1 removed; their password opens nothing and their open sessions were ended.",
                args.username,
            ),
        )
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    vault = vault_from(args)
    vault.require_recovery_code()  # before the code and the new password are asked
    if args.recovery_code_file:
        code = read_secret_file(args.recovery_code_file)
    else:
        code = password_from(argparse.Namespace(password_file=None), cli.tr("Recovery code: "))
    new = new_password_from(args.new_password_file, cli.tr("New password for %1", args.username))
    vault.recover(code, args.username, new)
    emit(args, {"recovered": args.username}, cli.tr("New password set for %1.", args.username))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        vault_access.rekey(session, progress=_progress)
        emit(
            args,
            {"rekeyed": True},
            cli.tr("The vault has a new key; every key slot was rewrapped."),
        )
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    # Checked before this login adds its own entries to the log.
    report = vault_from(args).verify_audit(username_from(args), password_from(args)).report
    data = {
        "ok": report.ok,
        "entries": report.entries,
        "broken_at": report.broken_at,
        "reason": report.reason,
    }
    if report.ok:
        emit(args, data, cli.tr("Audit log intact: %1 entries.", report.entries))
        return 0
    emit(args, data, cli.tr("Audit log BROKEN at entry %1: %2", report.broken_at, report.reason))
    if not args.json:
        eprint(
            cli.tr("radprev: audit chain broken at entry %1: %2", report.broken_at, report.reason)
        )
    return Exit.CHECK_FAILED


def cmd_audit_list(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        entries = audit_log.read(
            session, since=args.since, action=args.action, user=args.of_user, limit=args.limit
        )
        said = {e.action: audit_words.in_words(e.action, cli.text) for e in entries}
        rows = [audit_log.entry_json(e) | {"action_words": said[e.action]} for e in entries]
        emit(
            args,
            rows,
            lambda: "\n".join(
                f"{e.seq:>6} {e.at[:19]} {e.user:<14} {said[e.action]} ({e.action}) "
                f"{e.object_type} {e.object_id}{f'  [{e.justification}]' if e.justification else ''}"
                for e in entries
            ),
        )
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        count = audit_log.export_jsonl(
            session, Path(args.out), recipient=args.recipient, reason=args.reason
        )
        emit(
            args,
            {"exported": count, "out": args.out},
            cli.tr("%1 audit entries written to %2.", count, args.out),
        )
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    folder = Path(args.vault) if args.vault else default_vault_folder()
    pre = args.pre_login
    report = doctor_mod.pre_login(folder) if pre else _doctor_after_login(args, folder)
    emit(args, report.to_json(), report.text)
    return Exit.OK if report.ok else Exit.CHECK_FAILED


def _doctor_after_login(args: argparse.Namespace, folder: Path) -> doctor_mod.DoctorReport:
    """The full check; a damaged page met while logging in or out still gives a report."""
    report: doctor_mod.DoctorReport | None = None
    try:
        with logged_in(args) as session:
            report = doctor_mod.run(session)
    except doctor_mod.READ_FAILURES as exc:
        if (cause := doctor_mod.database_cause(exc)) is None:
            raise  # damage other than a page (an edited key file) keeps its own refusal
        stage = "login" if report is None else "logout"
        report = report or doctor_mod.pre_login(folder)
        report.add(stage, False, doctor_mod.damaged(cause))
    return report


def cmd_backup(args: argparse.Namespace) -> int:
    if args.to and Path(args.to).exists() and not Path(args.to).is_dir():
        raise UsageError(cli.tr("--to must be a folder; %1 is not one", args.to))
    with logged_in(args) as session:
        folder = vault_access.create_backup(session, Path(args.to) if args.to else None)
        emit(args, {"backup": str(folder)}, cli.tr("Backup written to %1", folder))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.into or args.identity_file or str(args.file).endswith(".age"):
        return central_store.restore_central(args)
    vault = vault_from(args)
    user = username_from(args)
    password = password_from(args)
    check = vault.check_backup(Path(args.file), user, password)
    if check.entries_dropped is None:
        question = cli.tr(
            "Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number "
            "of entries the vault has (they stay in the replaced copy).",
            vault.folder,
            args.file,
        )
    else:
        question = cli.tr(
            "Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the "
            "vault has (they stay in the replaced copy).",
            vault.folder,
            args.file,
            check.entries_dropped,
        )
    if not confirm(args, question):
        eprint(cli.tr("radprev: restore cancelled; nothing was changed"))
        return Exit.REFUSED
    result = vault.restore(Path(args.file), user, password)
    emit(
        args,
        {
            "restored": str(args.file),
            "replaced_copy": str(result.replaced_copy),
            "audit_entries_dropped": result.check.entries_dropped,
        },
        cli.tr(
            "Vault restored from %1; the replaced vault was kept in %2. The audit "
            "log lost %3 entries; the restore is recorded in it with that number.",
            args.file,
            result.replaced_copy,
            "?" if result.check.entries_dropped is None else result.check.entries_dropped,
        ),
    )
    return 0
