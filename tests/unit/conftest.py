"""Unit-test sessions come with a reason for access, as a GUI session has after its gate.

Every consultation of prisoners' data needs a purpose (core/services/consultation.py);
the tests of that rule (tests/unit/test_consultations.py) clear it on purpose.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from radprev_desktop.core.session import Session

#: The reason for access of the unit tests' sessions.
TEST_REASON = ("supervision", "unit test")


@pytest.fixture
def make_session(make_session: Callable[..., Session]) -> Callable[..., Session]:
    def make(*roles: object, **kwargs: object) -> Session:
        session = make_session(*roles, **kwargs)
        session.justification = TEST_REASON
        return session

    return make


@pytest.fixture
def admin(admin: Session) -> Session:
    admin.justification = TEST_REASON
    return admin
