"""The parts of the subject-access report that speak to the person: the information the
law requires (LED Art. 14), every disclosure of their data, and what was withheld.

The Art. 14 text has a translated default in every offered language; an
establishment that must say more (its own legal basis, the supervisory authority's
address) sets `access_report_information`, printed instead of the default's
purpose, legal basis, recipients and rights. The controller and the file's review
date always come from the vault.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from radprev_desktop.core import settings_catalogue as catalogue
from radprev_desktop.core.model import Subject
from radprev_desktop.core.reports.flowables import Story, data_table, key_values
from radprev_desktop.core.reports.furniture import CONTENT_WIDTH
from radprev_desktop.core.reports.redaction import Redacted
from radprev_desktop.core.services import settings
from radprev_desktop.core.services.disclosures import Disclosure
from radprev_desktop.core.session import Session


def information(story: Story, session: Session, subject: Subject) -> None:
    """The Art. 14 block: controller, purpose, legal basis, retention, recipients, rights."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Information for the person (Directive (EU) 2016/680, Art. 14)"))
    own = str(
        session.setting("access_report_information", catalogue.default("access_report_information"))
    ).strip()
    controller = settings.establishment(session)[1]
    retention = reports.tr(
        "This file is due for review on %1. At each review a supervisor decides whether it is "
        "still needed; a file no longer needed is anonymised or erased.",
        reports.date(subject.review_due) or "—",
    )
    pairs: list[tuple[str, object]] = [(reports.tr("Controller"), controller)]
    if not own:
        pairs += [
            (
                reports.tr("Purpose"),
                reports.tr(
                    "A log of what officers saw and heard, kept to prevent violent "
                    "radicalisation in prison and to keep prisoners and staff safe. It is not a "
                    "risk score, and the software makes no decision about anyone."
                ),
            ),
            (
                reports.tr("Legal basis"),
                reports.tr(
                    "The tasks of the prison service under national law: the prevention of "
                    "criminal offences and the execution of criminal penalties (Directive (EU) "
                    "2016/680, Art. 8)."
                ),
            ),
        ]
    pairs.append((reports.tr("Retention"), retention))
    if not own:
        pairs += [
            (
                reports.tr("Recipients"),
                reports.tr(
                    "Officers and supervisors of the establishment, and the central office of "
                    "the prison service (by encrypted USB package). Every other disclosure is "
                    "listed below."
                ),
            ),
            (
                reports.tr("Your rights"),
                reports.tr(
                    "You may ask the establishment's data-protection officer to correct or "
                    "erase your data or to restrict its processing. You have the right to "
                    "lodge a complaint with the national data-protection supervisory authority."
                ),
            ),
        ]
    story.add(key_values(pairs, st))
    if own:
        story.text(own)


def disclosures(story: Story, found: Sequence[Disclosure]) -> None:
    """Every time the data left this vault, oldest first."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Disclosures: where this data was sent"))
    if not found:
        story.text(reports.tr("No disclosure of this file is recorded."))
        return
    what = {
        "export": lambda d: reports.tr(
            "USB package %1 to the central office (%2 records)", d.detail, d.count
        ),
        "handover": lambda d: reports.tr("Release handover to %1", d.recipient),
        "transfer": lambda d: reports.tr("Transfer to establishment %1", d.recipient),
        "bundle": lambda d: reports.tr("Transfer bundle to establishment %1", d.recipient),
        "report": lambda d: reports.tr("Report given to %1", d.recipient),
        "data": lambda d: reports.tr(
            "Copy of the person's data (JSON and PDF) given to %1", d.recipient
        ),
    }
    rows = [[reports.datetime(d.at), what[d.kind](d)] for d in found]
    story.add(
        data_table(
            [reports.tr("When"), reports.tr("Disclosure")],
            rows,
            [30 * mm, CONTENT_WIDTH - 30 * mm],
            st,
        )
    )


def redaction_log(story: Story, log: Sequence[Redacted]) -> None:
    """What was withheld to protect other people, and where (never the words themselves)."""
    reports, st = story.reports, story.styles
    story.heading(reports.tr("Redaction log"))
    story.text(
        reports.tr(
            "What was withheld from this report to protect other people, and where. The "
            "withheld words are not shown."
        ),
        small=True,
    )
    if not log:
        story.text(reports.tr("Nothing was withheld."))
        return
    rows = [[r.place, reports.tr(r.kind), reports.number(r.count)] for r in log]
    story.add(
        data_table(
            [reports.tr("Where"), reports.tr("What"), reports.tr("Times")],
            rows,
            [70 * mm, CONTENT_WIDTH - 90 * mm, 20 * mm],
            st,
        )
    )
