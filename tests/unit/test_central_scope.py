"""Central office analysts reach the establishments they are assigned (issue #14)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radprev_desktop.core.errors import NotFound, ValidationError
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, subjects
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync import export as export_mod
from radprev_desktop.core.sync import importer, keys, views
from tests.factories import add_account, login
from tests.unit.test_sync_support import Pair, make_pair, make_workstation

REASON = ("supervision", "central scope test")


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Pair, Session]]:
    pair = make_pair(tmp_path)
    krakow = make_workstation(tmp_path / "krk", pair.central, "PL-KRK1")
    yield pair, krakow
    krakow.close()
    pair.ws.close()
    pair.central.close()


def _ship(ws: Session, central: Session, folder: Path) -> None:
    result = export_mod.export_package(ws, folder)
    importer.import_package(
        central,
        result.path.read_bytes(),
        file_name=result.path.name,
        enrol_fingerprint=keys.own_workstation_fingerprint(ws),
    )


def _analyst(central: Session, name: str, *grants: str) -> Session:
    add_account(central, name, Role.ANALYST, units=[])
    for code in grants:
        access_grants.grant_establishment(central, name, "assigned desk", establishment_code=code)
    session = login(central.folder, name)
    session.justification = REASON
    return session


def test_central_office_reaches_by_establishment(offices: tuple[Pair, Session]) -> None:
    pair, krakow = offices
    central = pair.central
    for ws, number, family in ((pair.ws, "W-1", "Warszawska"), (krakow, "K-1", "Krakowska")):
        subjects.create_subject(
            ws, prison_number=number, family_name=family, given_names="Anna", unit="A"
        )
        _ship(ws, central, pair.folder)
    waw = _analyst(central, "ana", "PL-WAW1")
    every = _analyst(central, "ewa", "*")
    nobody = _analyst(central, "nina")
    try:
        seen = {s.family_name for s in views.consolidated_subjects(waw)}
        assert seen == {"Warszawska"}
        assert {s.family_name for s in views.consolidated_subjects(every)} == {
            "Warszawska",
            "Krakowska",
        }
        assert views.consolidated_subjects(nobody) == []
        held = subjects.find_by_prison_number(every, "K-1", "PL-KRK1")
        with pytest.raises(NotFound):
            subjects.get_subject(waw, held.id)
        nobody.justification = None
        with pytest.raises(ValidationError, match="reason for access"):
            views.consolidated_subjects(nobody)
        entry = central.con.execute(
            "SELECT justification FROM audit WHERE action = 'consolidated_view' AND user = 'ana'"
        ).fetchone()
        assert entry == ("supervision: central scope test",)
    finally:
        for session in (waw, every, nobody):
            session.close()
