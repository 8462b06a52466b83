"""USB synchronisation commands: central keys and enrolment, export, import, ack, bundle."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from radprev_desktop.cli.common import UsageError, command, emit, eprint, logged_in
from radprev_desktop.cli.exit_codes import Exit
from radprev_desktop.cli.output import cli
from radprev_desktop.core import sync as sync_core
from radprev_desktop.core.errors import PackageRejected, RadprevError
from radprev_desktop.core.fileio import atomic_write
from radprev_desktop.core.model import Mode
from radprev_desktop.core.sync import importer


def register(sub: Any) -> None:
    """Add this area's sub-commands."""
    central = sub.add_parser("central", help="central office certificate and enrolment")
    csub = central.add_subparsers(dest="central_command", metavar="ACTION")
    csub.required = True
    p = command(csub, "certificate", cmd_certificate, "write the central office certificate")
    p.add_argument("--out", required=True, metavar="FILE", help="the certificate file to write")
    p.add_argument("--backup-recipient", metavar="AGE1…", help="also encrypt to this age key")
    p = command(csub, "trust", cmd_trust, "trust the central certificate (workstation)")
    p.add_argument("file", metavar="FILE", help="the central office's certificate file")
    p.add_argument(
        "--fingerprint",
        required=True,
        metavar="HEX",
        help="the fingerprint read out by the central office (checked)",
    )
    p = command(csub, "enrol", cmd_enrol, "enrol the workstation that signed a package")
    p.add_argument("file", metavar="FILE", help="a package signed by the workstation")
    p.add_argument(
        "--fingerprint",
        required=True,
        metavar="HEX",
        help="the workstation's fingerprint read out by its administrator",
    )
    command(csub, "workstations", cmd_workstations, "enrolled workstations, gaps, quarantine")

    p = command(sub, "export", cmd_export, "write the next export package")
    p.add_argument(
        "--to",
        required=True,
        metavar="DIR",
        help="folder to write the package into (the USB stick)",
    )
    p.add_argument("--resend", action="store_true", help="re-send what is not acknowledged")

    p = command(sub, "import", cmd_import, "import packages (central), receipts and bundles")
    p.add_argument("files", nargs="+", metavar="FILE", help="package, receipt or bundle files")
    p.add_argument("--enrol", metavar="FINGERPRINT", help="enrol an unknown sender")
    p.add_argument(
        "--prison-number",
        metavar="N",
        help="transfer bundle: the prisoner's number at this establishment (default: the old one)",
    )
    p.add_argument(
        "--unit", metavar="CODE", help="transfer bundle: the unit the prisoner is placed in"
    )

    p = command(sub, "ack", cmd_ack, "write a signed receipt for the workstations (central)")
    p.add_argument("--to", required=True, metavar="DIR", help="folder to write the receipt into")
    p = command(sub, "bundle", cmd_bundle, "write a signed reference bundle (central)")
    p.add_argument("--to", required=True, metavar="DIR", help="folder to write the bundle into")
    p.add_argument(
        "--transfer",
        metavar="PRISONER",
        help="instead: the transfer bundle of this prisoner's file (subject id or EST:NUMBER), "
        "encrypted to the receiving establishment's workstations",
    )

    sync = sub.add_parser("sync", help="state of USB synchronisation")
    ssub = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    ssub.required = True
    command(ssub, "status", cmd_status, "export schedule (workstation) or workstations (central)")
    command(ssub, "fingerprint", cmd_fingerprint, "this vault's fingerprint for enrolment")
    command(ssub, "quarantine", cmd_quarantine, "quarantined records (central)")
    command(ssub, "conflicts", cmd_conflicts, "conflicting records (central)")
    command(ssub, "verify-audit", cmd_verify_audit, "check the imported audit chains (central)")


def _read(path: str) -> bytes:
    try:
        return importer.read_file_limited(Path(path))
    except PackageRejected as exc:
        raise UsageError(str(exc)) from exc


def cmd_certificate(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if args.backup_recipient:
            sync_core.set_backup_recipient(session, args.backup_recipient)
        data, fp = sync_core.make_certificate(session)
        atomic_write(Path(args.out), data, private=False)
        emit(
            args,
            {"path": args.out, "fingerprint": fp},
            cli.tr(
                "Certificate written to %1\nFingerprint: %2",
                args.out,
                sync_core.grouped_fingerprint(fp),
            ),
        )
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    data = _read(args.file)
    with logged_in(args) as session:
        cert = sync_core.trust_central(session, data, args.fingerprint)
        emit(
            args,
            {"fingerprint": cert.fingerprint, "establishment": cert.establishment},
            cli.tr(
                "Central office %1 trusted (fingerprint %2).",
                cert.establishment,
                sync_core.grouped_fingerprint(cert.fingerprint),
            ),
        )
    return 0


def cmd_enrol(args: argparse.Namespace) -> int:
    data = _read(args.file)
    with logged_in(args) as session:
        ws = sync_core.enrol_from_package(session, data, args.fingerprint)
        emit(
            args,
            {"workstation_id": ws.workstation_id, "fingerprint": ws.fingerprint},
            cli.tr("Workstation %1/%2 enrolled.", ws.establishment, ws.workstation_id),
        )
    return 0


def cmd_workstations(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        states = sync_core.workstation_states(session)

        def text() -> str:
            if not states:
                return cli.tr("No workstation is enrolled yet.")
            lines = []
            for s in states:
                gap = ", ".join(map(str, s.gaps)) or cli.tr("none")
                failed = ", ".join(map(str, s.failed_imports)) or cli.tr("none")
                lines.append(
                    f"{s.establishment}  {s.workstation_id}  "
                    + cli.tr(
                        "last package %1  missing %2  quarantined %3  conflicts %4  "
                        "failed imports %5  fingerprint %6",
                        s.last_sequence,
                        gap,
                        s.quarantined,
                        s.conflicts,
                        failed,
                        sync_core.grouped_fingerprint(s.fingerprint)[:19] + "…",
                    )
                )
            return "\n".join(lines)

        emit(args, [s.to_json() for s in states], text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        result = sync_core.export_package(session, Path(args.to), resend=args.resend)
        text = str(result.path)
        if result.more_pending:
            eprint(cli.tr("note: more changes are waiting; run export again"))
        emit(args, result.to_json(), text)
    return 0


def _expand(files: list[str]) -> list[Path]:
    out: list[Path] = []
    for name in files:
        path = Path(name)
        if path.is_dir():
            out.extend(sync_core.package_files(path))
        elif not path.is_file():
            raise UsageError(cli.tr("no such file: %1", name))
        else:
            out.append(path)
    return out


def cmd_import(args: argparse.Namespace) -> int:
    paths = _expand(args.files)
    if not paths:
        raise UsageError(cli.tr("no package files found"))
    results: list[dict[str, Any]] = []
    texts: list[str] = []
    refused = failed = 0
    with logged_in(args) as session:
        # Oldest first per workstation reads best, but any order is accepted.
        outcomes = sync_core.import_packages(
            session,
            paths,
            enrol_fingerprint=args.enrol,
            prison_number=args.prison_number,
            unit=args.unit,
        )
        for path, report in outcomes:
            name = path.name.encode("utf-8", "replace").decode("utf-8")
            if isinstance(report, importer.EnrolmentRequired):
                exc = report
                refused += 1
                eprint(cli.tr("radprev: %1: %2", name, cli.text(exc.text)))
                results.append(
                    {
                        "file": name,
                        "status": "enrolment_required",
                        "fingerprint": exc.fingerprint,
                        "workstation_id": exc.workstation_id,
                        "reason": str(exc),
                    }
                )
                continue
            if isinstance(report, RadprevError):
                refused += 1
                eprint(cli.tr("radprev: %1: rejected: %2", name, cli.text(report.text)))
                results.append({"file": name, "status": "rejected", "reason": str(report)})
                continue
            results.append({"file": name, **report.to_json()})
            texts.append(cli.text(report.summary()))
            if getattr(report, "failed", False):
                failed += 1
                eprint(
                    cli.tr(
                        "radprev: %1: import FAILED: %2", name, getattr(report, "audit_problem", "")
                    )
                )
        if session.mode == Mode.CENTRAL and texts:
            states = sync_core.workstation_states(session)
            with_gaps = [s for s in states if s.gaps]
            for s in with_gaps:
                texts.append(
                    cli.tr(
                        "Workstation %1/%2: packages missing %3.",
                        s.establishment,
                        s.workstation_id[-8:],
                        ", ".join(map(str, s.gaps)),
                    )
                )
    emit(args, results, "\n".join(texts) if texts else cli.tr("Nothing was imported."))
    # A FAILED import (its audit log contradicts the office's copy) outweighs a refusal.
    return Exit.CHECK_FAILED if failed else Exit.REFUSED if refused else Exit.OK


def cmd_ack(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        path = sync_core.write_receipt(session, Path(args.to))
        emit(args, {"path": str(path)}, str(path))
    return 0


def cmd_bundle(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if args.transfer:
            issued = sync_core.issue_transfer_bundle(session, args.transfer, Path(args.to))
            emit(
                args,
                issued.to_json(),
                f"{issued.path}\nThe file ({issued.records} records) is encrypted to "
                f"{len(issued.workstations)} workstation(s) of {issued.to_establishment}.",
            )
            return 0
        path = sync_core.write_bundle(session, Path(args.to))
        emit(args, {"path": str(path)}, str(path))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if session.mode == Mode.CENTRAL:
            states = sync_core.workstation_states(session)
            emit(
                args,
                {"mode": "central", "workstations": [s.to_json() for s in states]},
                lambda: (
                    "\n".join(
                        f"{s.establishment} {s.workstation_id}: "
                        + cli.tr(
                            "%1 packages, last %2, missing %3",
                            s.packages,
                            s.last_sequence,
                            ", ".join(map(str, s.gaps)) or cli.tr("none"),
                        )
                        for s in states
                    )
                    or cli.tr("No workstation is enrolled yet.")
                ),
            )
            return 0
        status = sync_core.export_status(session)

        def text() -> str:
            when = cli.translator.datetime
            lines = [
                cli.tr(
                    "Central office trusted: %1",
                    cli.tr("yes") if status.central_trusted else cli.tr("NO"),
                ),
                cli.tr(
                    "Last export: %1 (package %2)",
                    when(status.last_export_at) or cli.tr("never"),
                    status.last_sequence or "-",
                ),
                cli.tr("Next export due: %1", when(status.next_due) or "-")
                + ("  " + cli.tr("OVERDUE") if status.overdue else ""),
                cli.tr("Changes waiting: %1", status.pending_changes),
                cli.tr(
                    "Awaiting receipt: %1",
                    ", ".join(map(str, status.awaiting_receipt)) or cli.tr("none"),
                )
                + (
                    " " + cli.tr("(overdue: %1)", ", ".join(map(str, status.overdue_receipts)))
                    if status.overdue_receipts
                    else ""
                ),
            ]
            return "\n".join(lines)

        emit(args, {"mode": "workstation", **status.to_json()}, text)
    return 0


def cmd_fingerprint(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        if session.mode == Mode.CENTRAL:
            fp = sync_core.own_certificate_fingerprint(session)
            what = "central certificate"
            shown = cli.tr("central certificate")
        else:
            fp = sync_core.own_workstation_fingerprint(session)
            what = "workstation signing key"
            shown = cli.tr("workstation signing key")
        emit(
            args,
            {"fingerprint": fp, "of": what, "workstation_id": session.workstation_id},
            f"{shown}: {sync_core.grouped_fingerprint(fp)}",
        )
    return 0


def cmd_quarantine(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        items = sync_core.quarantine_items(session)
        emit(
            args,
            [i.__dict__ for i in items],
            lambda: (
                "\n".join(
                    f"#{i.id} {i.workstation_id[-8:]} "
                    + cli.tr("package %1 line %2", i.package_seq, i.line)
                    + f" {i.kind} {i.object_id}: {i.reason}"
                    for i in items
                )
                or cli.tr("Nothing is in quarantine.")
            ),
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        items = sync_core.conflict_items(session)
        emit(
            args,
            [i.__dict__ for i in items],
            lambda: (
                "\n".join(
                    f"#{i.id} {i.workstation_id[-8:]} "
                    + cli.tr("package %1", i.package_seq)
                    + f" {i.kind} {i.object_id} "
                    + cli.tr("version %1", i.version)
                    for i in items
                )
                or cli.tr("No conflicts.")
            ),
        )
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    with logged_in(args) as session:
        results = []
        for state in sync_core.workstation_states(session):
            chain = sync_core.verify_imported_audit(session, state.workstation_id)
            results.append(
                {
                    "workstation_id": state.workstation_id,
                    "establishment": state.establishment,
                    "ok": chain.ok,
                    "entries": chain.entries,
                    "broken_at": chain.broken_at,
                    "reason": chain.reason,
                }
            )
        emit(
            args,
            results,
            lambda: (
                "\n".join(
                    f"{r['establishment']} {r['workstation_id']}: "
                    + (
                        f"{r['entries']} entries, chain intact"
                        if r["ok"]
                        else f"BROKEN: {r['reason']}"
                    )
                    for r in results
                )
                or cli.tr("No workstation is enrolled yet.")
            ),
        )
    return Exit.OK if all(r["ok"] for r in results) else Exit.CHECK_FAILED
