"""Saving, completing and correcting a checklist run for the runner page.

A draft keeps what can be kept (an "observed" answer without its example
cannot: core refuses it, the rest is kept and the caller asks); completing
seals the run after a last save and shows the counts per domain, never a total;
a correction is sealed with its reason as the next version. Words about
religion, ethnicity or politics are asked about before anything is sealed. All
rules are core's (services.checklists); texts keep the runner's translation
context ("ChecklistRunnerPage").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from radprev_desktop.core.errors import RadprevError, ValidationError
from radprev_desktop.core.services import checklists
from radprev_desktop.core.services.checklists import AnswerInput, ChecklistRun
from radprev_desktop.core.text import named
from radprev_desktop.gui.checklist_items import show_counts
from radprev_desktop.gui.i18n import format_datetime
from radprev_desktop.gui.sensitive_question import seal_asking

if TYPE_CHECKING:  # the page imports this module; only the type checker needs it back
    from radprev_desktop.gui.pages.checklist_runner import ChecklistRunnerPage

translate = QCoreApplication.translate


class ChecklistSaving:
    """Drafts, completion and corrections of the run shown on `page`."""

    def __init__(self, page: ChecklistRunnerPage) -> None:
        self.page = page

    def save(self) -> bool:
        """Partial save of the draft."""
        p = self.page
        if p.run is None or p.run.sealed:
            return False
        answers, sections = p.inputs()
        try:
            p.run = p.ctx.perform(
                checklists.save_answers, p.ctx.require_session(), p.run.id, answers, sections
            )
        except RadprevError as exc:
            p.show_error(exc)
            return False
        p.dirty = False
        p.autosave_timer.stop()
        p.messages.hide()
        p.ctx.status_message.emit(translate("ChecklistRunnerPage", "Checklist progress saved."))
        return True

    def save_draft(self) -> bool:
        """Page protocol (leaving, lock, timer): keep what can be kept without asking.

        True when nothing is left unsaved. An "observed" answer still without its
        example cannot be kept (core refuses it); the other answers and the
        sections are kept, and False tells the caller to ask.
        """
        p = self.page
        if p.amending:
            return not p.amend_changed  # a correction is sealed with a reason, never a draft
        if not p.dirty or p.run is None or p.run.sealed:
            return True
        answers, sections = p.inputs()
        session = p.ctx.require_session()
        try:
            p.run = p.ctx.perform(checklists.save_answers, session, p.run.id, answers, sections)
        except RadprevError:
            kept = [a for a in answers if self.keepable(session, a)]
            p.run = p.ctx.perform(checklists.save_answers, session, p.run.id, kept, sections)
            return False
        p.dirty = False
        p.autosave_timer.stop()
        return True

    def keepable(self, session: Any, answer: AnswerInput) -> bool:
        p = self.page
        assert p.run is not None
        try:
            p.ctx.perform(checklists.save_answers, session, p.run.id, [answer])
        except RadprevError:
            return False
        return True

    def request_complete(self) -> bool:
        """*Complete* / Ctrl+Enter: keep the answers, say what will be sealed, then complete.

        Completing seals the run (only a correction with a reason changes it then), so
        it is asked first, as submitting an observation is; the answers are saved as
        progress before the question, so No or Escape loses nothing.
        """
        p = self.page
        if p.run is None or p.run.sealed or p.amending or not self.save():
            return False
        _answers, sections = p.inputs()
        try:  # what completing would refuse is said first, not after the question
            checklists.check_completion(
                p.ctx.require_session(),
                p.run.id,
                p.summary.toPlainText(),
                p.next_review.date().toString("yyyy-MM-dd"),
                sections,
            )
        except RadprevError as exc:
            p.show_error(exc)
            return False
        if not self.confirm_complete():
            return False
        return self.complete()

    def confirm_complete(self) -> bool:
        """What completing seals, and that a correction is then the only way; Escape: no."""
        p = self.page
        done, total = p.answered()
        text = translate(
            "ChecklistRunnerPage",
            "{heading}\n\nAnswered {done} of {total} items; the {left} unanswered items "
            "will be recorded as unknown.\n\nCompleting seals the checklist with its "
            "summary and next review date: after that it can only be changed by a "
            "correction with a reason, kept as a new version.",
        ).format(heading=p.heading.text(), done=done, total=total, left=total - done)
        box = QMessageBox(p)
        box.setObjectName("confirmComplete")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ChecklistRunnerPage", "Complete and seal?"))
        box.setText(text)
        ok = box.addButton(
            translate("ChecklistRunnerPage", "Complete and seal"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(ok)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def complete(self) -> bool:
        """Seal the run (after a last save) and show the counts per domain."""
        p = self.page
        if p.run is None or p.run.sealed:
            return False
        answers, sections = p.inputs()
        session = p.ctx.require_session()
        try:
            p.run = p.ctx.perform(checklists.save_answers, session, p.run.id, answers, sections)
            run_id = p.run.id
            completed = seal_asking(
                p,
                lambda yes: p.ctx.perform(
                    checklists.complete_run,
                    session,
                    run_id,
                    p.summary.toPlainText(),
                    p.next_review.date().toString("yyyy-MM-dd"),
                    sections,
                    confirm_sensitive=yes,
                ),
            )
        except RadprevError as exc:
            p.show_error(exc)
            return False
        if completed is None:
            p.show_message(
                translate(
                    "ChecklistRunnerPage", "Not completed: change the wording, then complete."
                )
            )
            return False
        p.run = completed
        p.dirty = False
        p.autosave_timer.stop()
        p.messages.hide()
        p.open_run(p.run)
        p.ctx.status_message.emit(translate("ChecklistRunnerPage", "Checklist completed."))
        return True

    def save_amend(self) -> bool:
        """Seal the correction as the next version; the old one stays in the history."""
        p = self.page
        if p.run is None or not p.amending:
            return False
        answers, sections = p.inputs()
        changed = [a for a in answers if p.before_amend.get(a.item_code) != a]
        sections = replace(sections, next_review_date=p.next_review.date().toString("yyyy-MM-dd"))
        run_id = p.run.id
        try:
            amended = seal_asking(
                p,
                lambda yes: p.ctx.perform(
                    checklists.amend_run,
                    p.ctx.require_session(),
                    run_id,
                    p.amend_reason.text(),
                    changed,
                    sections,
                    confirm_sensitive=yes,
                ),
            )
        except RadprevError as exc:
            p.show_error(exc)
            if isinstance(exc, ValidationError) and exc.field == "reason":
                p.amend_reason.setFocus()
            return False
        if amended is None:
            p.show_message(
                translate(
                    "ChecklistRunnerPage",
                    "Not saved: change the wording, then save the correction.",
                )
            )
            return False
        p.run = amended
        p.dirty = False
        p.open_run(p.run)
        p.ctx.status_message.emit(
            translate("ChecklistRunnerPage", "Correction saved as version {n}.").format(
                n=p.run.version
            )
        )
        return True

    def show_result(self, run: ChecklistRun) -> None:
        p = self.page
        counts = checklists.run_summary(p.ctx.require_session(), run)
        show_counts(p.result, counts, p.view)
        p.messages.setText(
            named(
                translate(
                    "ChecklistRunnerPage",
                    "Completed. Next review: {date}. The counts show how items were answered in "
                    "each domain; they are not a score and are never added up.",
                ),
                date=format_datetime(run.next_review_date or "", with_time=False) or "—",
            )
        )
        p.messages.show()
