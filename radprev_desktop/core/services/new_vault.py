"""What a new vault holds before anyone logs in.

Metadata (vault id, mode, workstation, signing keys), the default settings, the
establishment and its units, the administrator's account and the first audit
entries, written in one transaction by `vault/store.Vault.create_files`.
"""

from __future__ import annotations

from radprev_desktop.core import audit, crypto
from radprev_desktop.core.clock import now_iso
from radprev_desktop.core.errors import VaultError
from radprev_desktop.core.ids import new_id
from radprev_desktop.core.model import ROLES_BY_MODE, Mode, Role
from radprev_desktop.core.services import settings, users, vault_meta
from radprev_desktop.core.settings_catalogue import DEFAULT_SETTINGS
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.vault.connection import Connection
from radprev_desktop.core.vault.keys import AuditAnchor, KeySlot


class InitialContent:
    """Fills a new vault's database: metadata, settings, establishment, the administrator."""

    def __init__(
        self,
        *,
        mode: Mode,
        code: str,
        name: str,
        admin: str,
        admin_display: str,
        units: list[tuple[str, str]],
        kdf_record: dict[str, object],
        training: bool = False,
    ) -> None:
        self.mode, self.code, self.name = mode, code, name
        self.admin, self.admin_display, self.units = admin, admin_display, units
        self.kdf_record = kdf_record
        self.training = training

    def __call__(self, con: Connection, vault_id: str, made: tuple[KeySlot, ...]) -> AuditAnchor:
        signing_private, signing_public = crypto.ed25519_generate()
        workstation_id = new_id()
        now = now_iso()
        establishment_id = new_id()
        con.execute("BEGIN IMMEDIATE")
        meta = {
            "vault_id": vault_id,
            "mode": self.mode.value,
            "workstation_id": workstation_id,
            "establishment_code": self.code,
            "signing_private": signing_private.hex(),
            "signing_public": signing_public.hex(),
            "created_at": now,
        }
        if self.training:
            meta["purpose"] = "training"
        vault_meta.set_many(con, meta)
        settings.store_values(con, DEFAULT_SETTINGS)
        con.execute(
            "INSERT INTO establishments(id, code, name, created_at) VALUES (?, ?, ?, ?)",
            (establishment_id, self.code, self.name, now),
        )
        for unit_code, unit_name in self.units:
            con.execute(
                "INSERT INTO units(id, establishment_id, code, name) VALUES (?, ?, ?, ?)",
                (new_id(), establishment_id, unit_code.strip().upper(), unit_name.strip()),
            )
        assert Role.ADMINISTRATOR in ROLES_BY_MODE[self.mode]
        admin_roles = users.add_first_administrator(con, self.admin, self.admin_display)
        audit.append(
            con,
            user=self.admin,
            workstation=workstation_id,
            action="vault_created",
            object_type="vault",
            object_id=vault_id,
            details={
                "mode": self.mode.value,
                "establishment": self.code,
                "kdf": self.kdf_record,
                **({"purpose": "training"} if self.training else {}),
            },
        )
        entry = audit.append(
            con,
            user=self.admin,
            workstation=workstation_id,
            action="user_added",
            object_type="user",
            details={"roles": admin_roles},
        )
        con.execute("COMMIT")
        del made  # the slots are registered by the vault itself
        return AuditAnchor(entry.seq, entry.hash)


def checked_names(admin_username: str, establishment_code: str) -> tuple[str, str]:
    """The first administrator's username and the establishment code, checked and normalised."""
    username = admin_username.strip()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise VaultError(
            QT_TRANSLATE_NOOP("errors", "A username uses letters, digits, '.', '_' or '-' only.")
        )
    code = establishment_code.strip().upper()
    if not code or len(code) > 16 or not code.replace("-", "").isalnum():
        raise VaultError(
            QT_TRANSLATE_NOOP("errors", "An establishment code is 1–16 letters or digits.")
        )
    return username, code
