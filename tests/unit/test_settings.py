"""Settings service: administrator-only writes, checked values, audited changes."""

from __future__ import annotations

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.services import settings
from radprev_desktop.core.services.vault_access import VaultAccess
from radprev_desktop.core.session import Session


def test_defaults_and_change_are_persisted_and_audited(admin: Session) -> None:
    assert settings.get_setting(admin, "auto_lock_minutes") == 5
    stored = settings.set_settings(
        admin, {"auto_lock_minutes": "12", "classification_marking": "  TAJNE   SŁUŻBOWE "}
    )
    assert stored == {"auto_lock_minutes": 12, "classification_marking": "TAJNE SŁUŻBOWE"}
    reopened = VaultAccess(admin.folder).login("admin", "admin-password-1").session
    try:
        assert settings.all_settings(reopened)["auto_lock_minutes"] == 12
        assert reopened.setting("classification_marking") == "TAJNE SŁUŻBOWE"
    finally:
        reopened.close()
    entries = audit.read_entries(admin.con, action="settings_changed")
    assert entries[-1].details["keys"] == ["auto_lock_minutes", "classification_marking"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("auto_lock_minutes", 0),
        ("auto_lock_minutes", "five"),
        ("auto_lock_minutes", 2.5),
        ("grading_preset", "10x10"),
        ("language", "xx"),
        ("classification_marking", "   "),
        ("no_such_setting", 1),
        ("retention_months", {"subject": 0}),
        ("retention_months", {"nobody": 12}),
        ("retention_months", 12),
    ],
)
def test_bad_values_change_nothing(admin: Session, key: str, value: object) -> None:
    before = settings.all_settings(admin)
    count = len(audit.read_entries(admin.con))
    with pytest.raises(ValidationError):
        settings.set_settings(admin, {"auto_lock_minutes": 9, key: value})
    assert settings.all_settings(admin) == before
    assert len(audit.read_entries(admin.con)) == count


def test_only_an_administrator_writes(officer: Session) -> None:
    assert settings.get_setting(officer, "language") == "en"
    with pytest.raises(PermissionDenied):
        settings.set_setting(officer, "language", "pl")


def test_units_and_establishment(admin: Session) -> None:
    assert [(u.code, u.name) for u in settings.list_units(admin)] == [
        ("A", "Oddział A"),
        ("B", "Oddział B"),
    ]
    assert settings.establishment(admin) == ("PL-WAW1", "Areszt Śledczy Testowo")


def test_retention_periods(admin: Session) -> None:
    settings.set_setting(admin, "retention_months", {"subject": "24", "released": 3})
    assert admin.setting("retention_months") == {"subject": 24, "released": 3}
