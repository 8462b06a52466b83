"""Recovery sheet: the vault's recovery code on paper, for the safe.

The recovery code is shown once when the vault is created; this sheet is how
it is kept. It holds no prisoner's data but opens the whole vault, so only an
administrator prints it, and the print is audited like any other.
"""

from __future__ import annotations

from reportlab.platypus import Spacer

from radprev_desktop.core import crypto, policy
from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.flowables import Story, boxed, key_values, title_block
from radprev_desktop.core.reports.furniture import Report, finish, furniture_for
from radprev_desktop.core.reports.typography import rich
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import QT_TRANSLATE_NOOP

_ALPHABET = set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def check_recovery_code(code: str) -> str:
    """The code regrouped as printed ('XXXXX-…', 8 groups), or ValidationError."""
    normal = crypto.normalise_recovery_code(code)
    letters = normal.replace("-", "")
    if len(letters) != 40 or not set(letters) <= _ALPHABET:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "That is not a recovery code (8 groups of 5 letters and digits)."
            ),
            field="recovery_code",
        )
    return normal


def recovery_sheet(session: Session, recovery_code: str, *, language: str | None = None) -> Report:
    """The recovery sheet for this vault (administrator only)."""
    policy.require_report(session, ReportKind.RECOVERY_SHEET)
    code = check_recovery_code(recovery_code)
    furniture = furniture_for(
        session, QT_TRANSLATE_NOOP("reports", "Vault recovery sheet"), language
    )
    story = Story(furniture)
    reports, st = story.reports, story.styles
    story.add(*title_block(furniture, st))
    story.add(
        key_values(
            [
                (reports.tr("Establishment"), furniture.establishment),
                (reports.tr("Vault id"), session.vault_id),
                (reports.tr("Workstation id"), session.workstation_id),
                (reports.tr("Mode"), reports.label(session.mode)),
                (reports.tr("Vault created"), reports.datetime(session.meta("created_at"))),
            ],
            st,
        )
    )
    story.spacer(10)
    story.heading(reports.tr("Recovery code"))
    groups = code.split("-")
    lines = ["&nbsp;&nbsp;".join(groups[:4]), "&nbsp;&nbsp;".join(groups[4:])]
    for line in lines:
        story.add(rich(line, st.mono))
    story.add(Spacer(1, 10))
    story.add(
        boxed(
            reports.tr("Instructions"),
            "\n".join(
                [
                    reports.tr(
                        "1. Keep this sheet sealed in an envelope in the establishment's safe."
                    ),
                    reports.tr("2. Do not copy, photograph or type this code anywhere else."),
                    reports.tr(
                        "3. With this code an administrator can set a new password when every "
                        "administrator password is lost: radprev recover USER."
                    ),
                    reports.tr(
                        "4. Anyone holding this code and the vault files can read the whole vault. "
                        "If the sheet is lost or seen by someone else, tell the security unit "
                        "and give the vault a new key (radprev rekey)."
                    ),
                    reports.tr("5. Destroy this sheet by shredding when it is replaced."),
                ]
            ),
            st,
        )
    )
    story.spacer(14)
    story.add(
        key_values(
            [
                (reports.tr("Sealed by"), "______________________________"),
                (reports.tr("Witness"), "______________________________"),
                (reports.tr("Date"), "______________________________"),
                (reports.tr("Envelope number"), "______________________________"),
            ],
            st,
        )
    )
    story.spacer(4)
    story.text(
        reports.tr(
            "Code typed from paper: letters and digits only; case and dashes do not matter."
        ),
        small=True,
    )
    return finish(furniture, story.items, ReportKind.RECOVERY_SHEET, contains_personal_data=False)
