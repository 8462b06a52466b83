"""The central Sync page's workstations (`workstation_states`) are those of the
establishments an analyst is granted: an analyst limited to one establishment saw every
establishment's workstations and their package counts (seen under Xvfb on PostgreSQL)."""

from __future__ import annotations

from radprev_desktop.core import demo_central
from radprev_desktop.core.model import Role
from radprev_desktop.core.services import access_grants, users
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session
from radprev_desktop.core.sync.central_state import workstation_states
from tests.factories import PASSWORD
from tests.unit.test_demo_central import office  # noqa: F401 (fixture)


def test_a_limited_analyst_sees_the_workstations_of_her_establishment_only(
    office: Session,  # noqa: F811
) -> None:
    demo_central.generate_central(office, observations=60, establishments=3, seed=11)
    every = workstation_states(office)
    codes = sorted({w.establishment for w in every})
    assert len(codes) == 3
    users.add_user(
        office, "mira", PASSWORD, [Role.ANALYST], display_name="Mira", must_change_password=False
    )
    access_grants.grant_establishment(office, "mira", "one prison", establishment_code=codes[0])
    mira = VaultAccess(office.folder).login("mira", PASSWORD).session
    try:
        seen = workstation_states(mira)
    finally:
        mira.close()
    assert seen and {w.establishment for w in seen} == {codes[0]}
    assert len(seen) == len([w for w in every if w.establishment == codes[0]])
