"""A small prison network for the transfer tests: one central office and real workstation
vaults of several establishments, each trusting the office and enrolled with it.

Every vault is a real SQLCipher file in tmp_path; packages and bundles travel as
files through a shared folder (the "USB stick").
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from radprev_desktop.core import crypto
from radprev_desktop.core.model import Mode, Role
from radprev_desktop.core.services import access_grants
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.sync import files, importer, keys
from radprev_desktop.core.sync.import_report import ImportReport
from tests.factories import ADMIN, ADMIN_PASSWORD, add_account, create_vault, login

CENTRAL = "PL-CZ"


@dataclass
class Prison:
    """One establishment's workstation: its administrator, an officer and a supervisor."""

    code: str
    admin: Session
    officer: Session
    supervisor: Session

    def close(self) -> None:
        for s in (self.officer, self.supervisor, self.admin):
            s.close()


@dataclass
class Network:
    """The central office (administrator + analyst) and the prisons, by establishment code."""

    tmp: Path
    central: Session
    analyst: Session
    usb: Path
    prisons: dict[str, Prison] = field(default_factory=dict)

    def prison(self, code: str) -> Prison:
        """A new workstation of `code`, trusting the central office (not enrolled yet)."""
        admin, _ = create_vault(self.tmp / code, Mode.WORKSTATION, code)
        cert, fp = keys.make_certificate(self.central)
        keys.trust_central(admin, cert, crypto.group_fingerprint(fp))
        add_account(admin, "olga", Role.OFFICER, units=["A"])
        add_account(admin, "stefan", Role.SUPERVISOR, units=["A", "B"])
        prison = Prison(code, admin, login(admin.folder, "olga"), login(admin.folder, "stefan"))
        self.prisons[code] = prison
        return prison

    def export(self, code: str) -> Path:
        """The prison's next package, written to the stick."""
        return export_mod.export_package(self.prisons[code].admin, self.usb).path

    def deliver(self, code: str) -> ImportReport:
        """Export at the prison and import at the central office (enrolling on first use)."""
        path = self.export(code)
        ws = self.prisons[code].admin
        enrol = None
        if keys.enrolled(self.central, ws.workstation_id) is None:
            enrol = keys.own_workstation_fingerprint(ws)
        report = files.import_file(self.central, path, enrol_fingerprint=enrol)
        assert isinstance(report, ImportReport)
        return report

    def close(self) -> None:
        for prison in self.prisons.values():
            prison.close()
        self.analyst.close()
        self.central.close()


def make_network(tmp: Path, *codes: str, central: Session | None = None) -> Network:
    """A central office (a new SQLCipher vault, or `central`: an administrator's session
    of another store) and one enrolled workstation per establishment code."""
    if central is None:
        central, _ = create_vault(tmp / "central", Mode.CENTRAL, CENTRAL)
        add_account(central, "ana", Role.ANALYST)
    else:  # an office made without units (a PostgreSQL central store)
        add_account(central, "ana", Role.ANALYST, units=[])
    # The national transfer desk: every establishment (access by establishment, issue #14).
    access_grants.grant_establishment(
        central, "ana", "national transfer desk", establishment_code="*"
    )
    usb = tmp / "usb"
    usb.mkdir()
    network = Network(tmp, central, login(central.folder, "ana"), usb)
    network.analyst.justification = ("supervision", "transfer desk")  # reads are audited
    for code in codes:
        network.prison(code)
        network.deliver(code)  # enrolled, and its transfer key is known
    return network


def copy_network(
    template: Path,
    tmp: Path,
    *codes: str,
    copy_central: Callable[[Path, Path], object] = shutil.copytree,
) -> Network:
    """The network `make_network(template, *codes)` made (then closed), copied into `tmp`
    and opened: the same sessions, enrolments and packages on the stick. `copy_central`
    copies the office's folder (a central store on PostgreSQL needs its database copied).

    Making a network creates a vault per establishment plus the office and sends a first
    package from each (~0.6 s of CPU per prison); copying the folders costs milliseconds.
    Every copy holds the same keys and ids; `Network.prison` still makes a new one.
    """
    copy_central(template / "central", tmp / "central")
    for name in ("usb", *codes):
        shutil.copytree(template / name, tmp / name)
    central = login(tmp / "central", ADMIN, ADMIN_PASSWORD)
    network = Network(tmp, central, login(tmp / "central", "ana"), tmp / "usb")
    network.analyst.justification = ("supervision", "transfer desk")  # as make_network
    for code in codes:
        folder = tmp / code
        admin = login(folder, ADMIN, ADMIN_PASSWORD)
        network.prisons[code] = Prison(code, admin, login(folder, "olga"), login(folder, "stefan"))
    return network


__all__ = ["CENTRAL", "Network", "Prison", "copy_network", "importer", "make_network"]
