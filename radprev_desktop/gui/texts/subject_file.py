"""What a prisoner's file page says about its history: changes to the details, reviews.

Texts in the page's translation context ("SubjectDetailPage").
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core import policy
from radprev_desktop.core.errors import RadprevError
from radprev_desktop.core.model import Observation, ObservationStatus, Subject
from radprev_desktop.core.reports import note_words
from radprev_desktop.core.services import data_requests, reviews
from radprev_desktop.core.session import Session
from radprev_desktop.core.text import Text
from radprev_desktop.gui.errors import gui_text
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.texts.labels import label, person_name
from radprev_desktop.gui.texts.versions import observation_html


def changes_text(session: Session | None, history: list[Any], subject: Subject | None) -> str:
    """Each change of the prisoner's details: when, who, which fields, why; then the
    file's rectification requests, disputes and restrictions with their outcome."""
    if session is None:
        return ""
    lines = []
    for change in history:
        lines.append(
            QCoreApplication.translate(
                "SubjectDetailPage", "{at}: {who} changed {fields} — {reason}"
            ).format(
                at=format_datetime(change.at),
                who=person_name(session, change.by_user),
                fields=", ".join(change.changed_fields),
                reason=change.reason,
            )
        )
    text = "\n".join(lines) or QCoreApplication.translate(
        "SubjectDetailPage", "No changes since the file was created."
    )
    return text + notes_text(session, subject)


def notes_text(session: Session, subject: Subject | None) -> str:
    """The file's notes (decision 0023) in the access report's own words ("reports")."""
    try:
        notes = data_requests.notes_of(session, subject.id) if subject is not None else []
    except RadprevError:
        return ""
    if not notes:
        return ""
    lines = [
        "",
        "",
        QCoreApplication.translate("reports", "Rectification, disputes and restriction"),
    ]
    for n in notes:
        head = " — ".join(
            (
                format_datetime(n.at),
                gui_text(Text(note_words.KINDS[n.kind])),
                gui_text(Text(note_words.ABOUT[n.object_kind])),
                n.text,
            )
        )
        outcome = f" [{gui_text(note_words.outcome(n))}]" if n.outcome else ""
        lines.append(f"- {head}{outcome}")
    return "\n".join(lines)


def reviews_html(session: Session, obs: Observation) -> str:
    """The supervisors' decisions on this observation, oldest first."""
    if obs.status is ObservationStatus.DRAFT:
        return ""
    try:
        found = reviews.reviews_of(session, obs.id)
    except RadprevError:
        return ""
    if not found:
        return ""
    lines = [
        QCoreApplication.translate(
            "SubjectDetailPage", "{at}: {decision} by {who} (version {version}){comment}"
        ).format(
            at=format_datetime(r.at),
            decision=label(r.decision),
            who=person_name(session, r.reviewer),
            version=r.observation_version,
            comment=f" — {r.comment}" if r.comment else "",
        )
        for r in found
    ]
    return (
        "<p><b>"
        + html.escape(QCoreApplication.translate("SubjectDetailPage", "Reviews"))
        + "</b><br>"
        + "<br>".join(html.escape(line) for line in lines)
        + "</p>"
    )


def origin_html(session: Session, obs: Observation) -> str:
    """A record made at another establishment arrived with the file: read-only here."""
    if policy.made_here(session, obs.establishment_code):
        return ""
    text = QCoreApplication.translate(
        "SubjectDetailPage",
        "Recorded at {est}: it arrived with the prisoner's file and is read-only here.",
    ).format(est=obs.establishment_code)
    return f"<p style='background:#eeeeee'><i>{html.escape(text)}</i></p>"


def reading_html(session: Session | None, obs: Observation | None) -> str:
    """The reading pane of the file: where the record came from, the record, its reviews."""
    if obs is None or session is None or not session.is_open:
        return ""
    author = person_name(session, obs.recorded_by)
    return (
        origin_html(session, obs)
        + observation_html(obs, author=author)
        + reviews_html(session, obs)
    )
