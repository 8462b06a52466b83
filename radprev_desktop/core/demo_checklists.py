"""Synthetic checklist runs for the demo vault (called by the records demo generator).

Only invented behaviour, in the plain factual style the template asks for;
most items are "not observed" or "unknown", as in real use, and protective
factors appear often. The session must be an officer's or a supervisor's:
runs are written through the same service as in the application, so every
rule (dated evidence, required sections, sealing, audit) holds for demo data.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from radprev_desktop.core import policy
from radprev_desktop.core.model import User
from radprev_desktop.core.policy import Permission
from radprev_desktop.core.services import checklists, subjects, users
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.services.checklists import Answer, AnswerInput, Sections
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import ItemKind, Template

EVIDENCE: dict[str, tuple[str, ...]] = {
    "A1": (
        "Has not attended the kitchen work shift for two weeks; said he has no time for it.",
        "Od dwóch tygodni nie przychodzi na zajęcia szkolne, wcześniej był co dzień.",
        "Refused the weekly search of his locker twice and stood in front of it.",
    ),
    "A2": (
        "At exercise three other prisoners waited for his sign before moving away.",
        "Nowo przybyły osadzony oddał mu swoje zakupy z kantyny po rozmowie w celi.",
        "Stopped speaking to his former cell mates; eats only with the same four men.",
    ),
    "A3": (
        'Said at the hatch: "people like them should pay for what they did to us".',
        "Powiedział podczas spaceru, że na krzywdę jego grupy można odpowiedzieć tylko siłą.",
        "Repeated the same short slogan twice during the evening count.",
    ),
    "A4": (
        "Talked at length about a recent attack abroad and called the attacker brave.",
        "Groził funkcjonariuszowi zmiany nocnej, że go „znajdzie po wyjściu”.",
    ),
    "A5": (
        "Drawing found under the mattress matching entry 4 of the local reference list.",
        "Przekazywał innym kartki z rysunkiem z lokalnego wykazu referencyjnego.",
    ),
    "A6": (
        "A second unauthorised phone found in the shared shower area after his visit.",
        "Nagła zmiana: trzy nowe osoby na liście odwiedzin w ciągu miesiąca.",
    ),
    "A7": (
        "Held an unauthorised meeting in the common room; two men were told to leave.",
        "Namawiał młodszego osadzonego do przyłączenia się do grupy stosującej przemoc.",
    ),
    "P": (
        "Visited by his sister every second Sunday; calls his daughter weekly.",
        "Uczestniczy w kursie stolarskim i chwali go instruktor.",
        "Talks openly with his personal officer and asked about a housing programme.",
        "Złożył skargę do sędziego penitencjarnego zamiast konfrontacji.",
    ),
}
EXPLANATIONS = (
    "Possibly a debt dispute over tobacco; his usual behaviour was calm and cooperative.",
    "Może to być reakcja na odmowę przepustki; wcześniej zachowywał się spokojnie.",
    "Recent bereavement in the family may explain the withdrawal.",
)
SUMMARIES = (
    "Change in conduct over the last month; recommend a conversation with his personal officer.",
    "Zmiana zachowania w ostatnim miesiącu; zalecana rozmowa wychowawcy i obserwacja.",
    "Few observations; nothing urgent. Review at the usual date.",
    "Pressure on new arrivals seen twice; passed to the security unit for assessment.",
)
CONTEXT_NOTES = (
    "Father died in September; few visits since.",
    "Pierwszy pobyt w jednostce, 21 lat.",
    "Reports being in debt to other prisoners.",
)


def _answers(template: Template, rng: random.Random, today: date) -> list[AnswerInput]:
    answers: list[AnswerInput] = []
    for item in template.items():
        roll = rng.random()
        if item.kind is ItemKind.INDICATOR:
            if roll < 0.12:
                pool = EVIDENCE.get(item.domain, EVIDENCE["A1"])
                when = today - timedelta(days=rng.randint(1, 60))
                answers.append(
                    AnswerInput(item.code, Answer.OBSERVED, rng.choice(pool), when.isoformat())
                )
            elif roll < 0.75:
                answers.append(AnswerInput(item.code, Answer.NOT_OBSERVED))
            elif roll < 0.9:
                answers.append(AnswerInput(item.code, Answer.UNKNOWN))
        elif item.kind is ItemKind.PROTECTIVE:
            if roll < 0.35:
                answers.append(AnswerInput(item.code, Answer.OBSERVED, rng.choice(EVIDENCE["P"])))
            elif roll < 0.8:
                answers.append(AnswerInput(item.code, Answer.NOT_OBSERVED))
        elif roll < 0.2:
            answers.append(AnswerInput(item.code, Answer.OBSERVED))
        else:
            answers.append(AnswerInput(item.code, Answer.UNKNOWN))
    return answers


def _authors(session: Session) -> list[User]:
    if policy.allows(session, Permission.RUN_CHECKLISTS):
        return [session.user]
    return [
        u
        for u in users.list_users(session)
        if u.active and policy.allows(u, Permission.RUN_CHECKLISTS)
    ]


@contextmanager
def _acting_as(session: Session, author: User) -> Iterator[None]:
    """Demo only: the administrator's generator writes each run as a demo officer.

    Runs are authored by officers, never by administrators; the demo vault's
    audit entries for these runs therefore name the demo officer.
    """
    real = session.user
    session.user = author
    try:
        yield
    finally:
        session.user = real


def _authors_reaching(session: Session, authors: list[User], subject_id: str) -> list[User]:
    """The authors who work in the prisoner's unit (access by unit holds for demo runs too)."""
    subject = subjects.load_subject(session.con, subject_id)
    if subject is None:
        return []
    fit = []
    for author in authors:
        with _acting_as(session, author):
            if policy.may_reach(session, subject, Permission.RUN_CHECKLISTS):
                fit.append(author)
    return fit


def generate_runs(
    session: Session, rng: random.Random, subject_ids: list[str], fraction: float = 0.4
) -> int:
    """Add runs for about `fraction` of the subjects; returns how many runs were started.

    Roughly six in ten are completed, one in ten of those amended, the rest
    left as drafts — the mix a supervisor would see on a real wing. Called with
    an officer's session the runs are theirs; called by the administrator's demo
    generator they are spread over the vault's officers and supervisors.
    """
    authors = _authors(session)
    if not authors:
        return 0
    template = template_service.active_template(session)
    today = date.today()
    started = 0
    with session.transaction():  # one commit for the lot: demo vaults can be large
        for subject_id in subject_ids:
            if rng.random() >= fraction:
                continue
            fit = _authors_reaching(session, authors, subject_id)
            if not fit:
                continue  # nobody works in the prisoner's unit
            with _acting_as(session, rng.choice(fit)):
                _one_run(session, rng, subject_id, template, today)
            started += 1
    return started


def _one_run(
    session: Session, rng: random.Random, subject_id: str, template: Template, today: date
) -> None:
    run = checklists.start_run(session, subject_id)
    answers = _answers(template, rng, today)
    protective = {i.code for i in template.protective_factors}
    protective_seen = any(
        a.answer is Answer.OBSERVED and a.item_code in protective for a in answers
    )
    explained = rng.random() < 0.7
    sections = Sections(
        protective_none_observed=not protective_seen,
        other_explanations=rng.choice(EXPLANATIONS) if explained else "",
        other_explanations_none=not explained,
        context_notes=rng.choice(CONTEXT_NOTES) if rng.random() < 0.3 else "",
    )
    checklists.save_answers(session, run.id, answers, sections)
    if rng.random() < 0.4:
        return  # stays a draft
    review = today + timedelta(days=rng.choice((30, 60, 90, 180)))
    checklists.complete_run(session, run.id, rng.choice(SUMMARIES), review.isoformat())
    # A file whose processing is restricted takes no amendment (only the answer to a
    # rectification request): the product refuses it, so the demo does not try.
    held = subjects.load_subject(session.con, subject_id)
    if rng.random() < 0.15 and held is not None and not held.restricted:
        checklists.amend_run(
            session,
            run.id,
            "Summary reworded after checking the wing diary.",
            sections=Sections(summary=rng.choice(SUMMARIES)),
        )
