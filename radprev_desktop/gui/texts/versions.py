"""Versions of an observation as readable text, and the difference between two of them.

A correction is a new version; nothing is edited silently. To review a
correction a supervisor compares two versions field by field (facts and
assessment stay apart). `difflib` gives a unified or side-by-side view.
"""

from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QCoreApplication

from radprev_desktop.core.model import Observation
from radprev_desktop.core.safeguards import SensitiveFinding
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.texts.labels import grading_text, label


# Labels reuse messages the catalogue already holds for the editor and the lists
# (explicit contexts), so the reading pane speaks the same words as the form.
def _version(n: int) -> str:
    return f"{QCoreApplication.translate('records', 'Version')} {n}"


def observation_fields(obs: Observation) -> list[tuple[str, str]]:
    """(label, text) pairs in reading order; the restricted source identity is left out."""
    people = "\n".join(f"{label(p.category)}: {p.description}" for p in obs.people)
    indicators = "\n".join(f"{i.code}: {i.evidence}" for i in obs.indicators)
    return [
        (QCoreApplication.translate("records", "When"), format_datetime(obs.event_start)),
        (QCoreApplication.translate("ObservationEditorPage", "Place"), obs.place),
        # Worded for any reader, as the printed record is: a supervisor reading another
        # officer's observation saw "Your duty at the time" (the editor keeps "Your duty").
        (QCoreApplication.translate("reports", "Officer's duty"), obs.officer_duty),
        (QCoreApplication.translate("records", "What was seen or heard"), obs.facts),
        (
            QCoreApplication.translate("ObservationEditorPage", "Officer's assessment"),
            obs.assessment,
        ),
        (
            QCoreApplication.translate("ObservationEditorPage", "Other explanations considered"),
            obs.other_explanations
            or (
                QCoreApplication.translate(
                    "ObservationEditorPage", "None identified after considering them"
                )
                if obs.other_explanations_none
                else ""
            ),
        ),
        (
            # How it is known and the officer's proposed grade, as in the editor's group.
            QCoreApplication.translate("ObservationEditorPage", "How you know it and grading"),
            f"{label(obs.source_type)}\n{grading_text(obs.grading)}",
        ),
        (QCoreApplication.translate("records", "Urgency"), label(obs.urgency)),
        (QCoreApplication.translate("records", "Classification"), obs.classification),
        (QCoreApplication.translate("records", "Indicators"), indicators),
        (
            QCoreApplication.translate("ChecklistRunnerPage", "Protective factors"),
            "\n".join(obs.protective_factors),
        ),
        (QCoreApplication.translate("ObservationEditorPage", "Other people involved"), people),
        (
            QCoreApplication.translate("ObservationEditorPage", "Action taken or recommended"),
            obs.action_taken,
        ),
        (
            QCoreApplication.translate("ObservationEditorPage", "Prisoner's own account"),
            obs.own_account,
        ),
        (
            QCoreApplication.translate("ObservationEditorPage", "Reason for the correction"),
            obs.amendment_reason,
        ),
    ]


def observation_text(obs: Observation) -> str:
    """The version as plain text, one labelled block per field."""
    blocks = []
    for name, value in observation_fields(obs):
        blocks.append(f"[{name}]\n{value}\n")
    return "\n".join(blocks)


def unified_diff(old: Observation, new: Observation) -> str:
    """A unified text diff of two versions (what was removed '-', added '+')."""
    a = observation_text(old).splitlines()
    b = observation_text(new).splitlines()
    lines = difflib.unified_diff(
        a,
        b,
        fromfile=_version(old.version),
        tofile=_version(new.version),
        lineterm="",
        n=2,
    )
    return "\n".join(lines)


def side_by_side_html(old: Observation, new: Observation) -> str:
    """A two-column HTML table of the fields, changed ones marked in bold with a sign."""
    rows = []
    head_old = html.escape(_version(old.version))
    head_new = html.escape(_version(new.version))
    rows.append(
        f"<tr><th></th><th align='left'>{head_old}</th><th align='left'>{head_new}</th></tr>"
    )
    for (name, a), (_n, b) in zip(observation_fields(old), observation_fields(new), strict=True):
        changed = a != b
        mark = "≠ " if changed else ""
        cell_a = html.escape(a).replace("\n", "<br>")
        cell_b = html.escape(b).replace("\n", "<br>")
        if changed:
            cell_a = f"<s>{cell_a}</s>" if cell_a else ""
            cell_b = f"<b>{cell_b}</b>"
        rows.append(
            f"<tr><td valign='top'><b>{mark}{html.escape(name)}</b></td>"
            f"<td valign='top'>{cell_a}</td><td valign='top'>{cell_b}</td></tr>"
        )
    return "<table cellspacing='4' cellpadding='3' border='1'>" + "".join(rows) + "</table>"


def sensitive_note(obs: Observation) -> str:
    """For the supervisor: the sensitive-term question fired when sealing, and the answer."""
    findings = [f for f in obs.sensitive_terms if isinstance(f, SensitiveFinding)]
    if not findings:
        return ""
    words = "; ".join(", ".join(f.words) for f in findings)
    return QCoreApplication.translate(
        "records",
        "When sealing, the officer was asked whether these words about religion, ethnicity "
        "or politics were necessary, and kept them: {words}",
    ).format(words=words)


def observation_html(
    obs: Observation, *, with_status: bool = True, author: str | None = None
) -> str:
    """One version for reading: facts and assessment in separate, labelled blocks.

    `author` is the writer's name as the screens show it (never a staff code).
    """
    parts = []
    if with_status:
        parts.append(
            "<p>"
            + html.escape(
                QCoreApplication.translate(
                    "ObservationEditorPage", "Status: {status}, version {version}"
                ).format(status=label(obs.status), version=obs.version)
                + f" · {author or obs.recorded_by} · "
                + format_datetime(obs.recorded_at)
            )
            + "</p>"
        )
        asked = sensitive_note(obs)
        if asked:
            parts.append(f"<p><i>{html.escape(asked)}</i></p>")
        if obs.current_grading is not None:
            parts.append(
                "<p><b>"
                + html.escape(QCoreApplication.translate("ReviewQueuePage", "Grading after review"))
                + ":</b> "
                + html.escape(grading_text(obs.current_grading))
                + "</p>"
            )
    for name, value in observation_fields(obs):
        if not value:
            continue
        parts.append(
            f"<p><b>{html.escape(name)}</b><br>{html.escape(value).replace(chr(10), '<br>')}</p>"
        )
    return "".join(parts)
