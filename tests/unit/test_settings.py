"""Settings service: administrator-only writes, checked values, audited changes."""

from __future__ import annotations

import pytest

from radprev_desktop.core import audit
from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.errors import PermissionDenied, ValidationError
from radprev_desktop.core.languages import offered
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


def test_every_offered_language_can_be_the_default(admin: Session) -> None:
    codes = [lang.code for lang in offered()]
    assert {"sr_Latn", "sr_Cyrl", "bs", "hr", "cnr", "sq", "mk"} <= set(codes)
    for code in codes:
        assert settings.set_setting(admin, "language", code) == code
        assert settings.get_setting(admin, "language") == code


def test_only_an_administrator_writes(officer: Session) -> None:
    assert settings.get_setting(officer, "language") == ""  # none set: each reader's (0031)
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


def test_every_declared_default_passes_its_own_check() -> None:
    assert catalogue.SETTINGS
    for declared in catalogue.SETTINGS:
        assert declared.check(declared.default) == declared.default, declared.key
        assert declared.label.strip(), declared.key


def test_settings_are_declared_once_and_read_with_their_default(admin: Session) -> None:
    assert set(settings.all_settings(admin)) >= set(catalogue.BY_KEY)
    assert settings.get_setting(admin, "write_before_reading") is False
    assert settings.set_setting(admin, "write_before_reading", "yes") is True
    assert admin.setting("write_before_reading") is True
    with pytest.raises(ValidationError):
        settings.set_setting(admin, "write_before_reading", "perhaps")
