"""Search: folding beyond unicode61 (ł, đ, Cyrillic), filters, paging, lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import IndicatorEvidence, ObservationStatus, Role, Urgency
from radprev_desktop.core.services import (
    observation_amendments,
    observations,
    search,
    search_index,
    search_pages,
    subject_duplicates,
    subject_search,
    subjects,
)
from radprev_desktop.core.services.dashboard import dashboard
from radprev_desktop.core.services.search import ObservationFilter
from radprev_desktop.core.services.search_index import fold
from radprev_desktop.core.session import Session
from tests.unit.records_support import observation_input, subject, submitted


def test_fold_handles_letters_unicode_does_not_decompose() -> None:
    assert fold("Łukasz") == "lukasz"
    assert fold("Đorđević") == "dordevic"
    assert fold("Петровић") == "petrovic"
    # Macedonian ѓ and ќ fold as Serbian đ and ć (the names' other spellings are indexed too).
    assert fold("Ѓорѓиевски Ќамил") == "dordievski camil"
    assert fold("Hoxha Ëndrit Çela") == "hoxha endrit cela"
    assert fold("Żółć") == "zolc"


def test_search_names_across_scripts_and_diacritics(officer: Session) -> None:
    a = subject(officer, "PL-1", "Nowak", "Łukasz")
    b = subject(officer, "RS-2", "Đorđević", "Miloš")
    c = subject(officer, "RS-3", "Петровић", "Марко")
    oa = submitted(officer, a.id, facts="Spoke with a visitor.")
    ob = submitted(officer, b.id, facts="Refused work.")
    oc = submitted(officer, c.id, facts="Drew a symbol.")
    assert [o.id for o in search.search(officer, "Lukasz").observations.items] == [oa]
    assert [o.id for o in search.search(officer, "dordevic").observations.items] == [ob]
    assert [o.id for o in search.search(officer, "petrovic").observations.items] == [oc]
    assert [o.id for o in search.search(officer, "ПЕТРОВИЋ").observations.items] == [oc]
    assert [s.id for s in search.search(officer, "lukasz").subjects.items] == [a.id]
    assert [s.id for s in search.search(officer, "rs-3").subjects.items] == [c.id]


def test_search_facts_text_and_prefixes(officer: Session) -> None:
    s = subject(officer)
    hit = submitted(officer, s.id, facts="Rozmawiał o nagraniach z Łodzi.")
    submitted(officer, s.id, facts="Played football.")
    assert [o.id for o in search.search(officer, "lodz").observations.items] == [hit]
    assert [o.id for o in search.search(officer, "ROZMAWIAL").observations.items] == [hit]
    assert search.search(officer, "nothing-like-this").observations.items == []
    with pytest.raises(ValidationError):
        search.search(officer, "  ** ")


def test_renaming_a_subject_reindexes_observations(officer: Session) -> None:
    s = subject(officer, family="Kowalski")
    obs_id = submitted(officer, s.id, facts="Whittled a spoon in the workshop.")
    subjects.update_subject(officer, s.id, reason="spelling", family_name="Kovačević")
    assert [o.id for o in search.search(officer, "kovacevic").observations.items] == [obs_id]
    assert search.search(officer, "kowalski").observations.items == []
    # The row is written again whole (the index keeps no copy, 0026): its own words stay found.
    for word in ("whittled", "debt"):  # its facts and assessment
        assert [o.id for o in search.search(officer, word).observations.items] == [obs_id]


def test_amended_text_replaces_old_in_index(officer: Session) -> None:
    s = subject(officer)
    obs_id = submitted(officer, s.id, facts="Original wording alpha.")
    observation_amendments.amend(officer, obs_id, "typo", {"facts": "Corrected wording beta."})
    assert search.search(officer, "alpha").observations.items == []
    hits = search.search(officer, "beta").observations.items
    assert [(o.id, o.version) for o in hits] == [(obs_id, 2)]


def test_drafts_of_others_are_not_found(officer: Session, supervisor: Session) -> None:
    s = subject(officer)
    observations.create_draft(officer, observation_input(s.id, facts="Secret draft gamma."))
    assert len(search.search(officer, "gamma").observations.items) == 1
    assert search.search(supervisor, "gamma").observations.items == []


def test_filters_and_ranking(make_session: Callable[..., Session]) -> None:
    officer = make_session(Role.OFFICER, username="olga", units=["A", "B"])
    a = subject(officer, "PL-1", unit="A")
    b = subject(officer, "PL-2", unit="B")
    a1 = submitted(
        officer,
        a.id,
        facts="Talked about the fight, the fight again, fight.",
        urgency=Urgency.IMMEDIATE,
        indicators=(IndicatorEvidence("A3.2", "Said the guards deserve a beating."),),
        event_start="2026-01-05T10:00",
    )
    a2 = submitted(officer, a.id, facts="A fight in the yard.", event_start="2026-03-01")
    b1 = submitted(officer, b.id, facts="Watched a fight.", event_start="2026-02-01")

    def ids(f: ObservationFilter) -> list[str]:
        return [o.id for o in search.search(officer, "fight", f).observations.items]

    assert ids(ObservationFilter())[0] == a1  # most occurrences rank first
    assert set(ids(ObservationFilter(unit="B"))) == {b1}
    assert set(ids(ObservationFilter(urgency=Urgency.IMMEDIATE))) == {a1}
    assert set(ids(ObservationFilter(domain="a3"))) == {a1}
    assert set(ids(ObservationFilter(date_from="2026-02-01", date_to="2026-03-01"))) == {a2, b1}
    assert set(ids(ObservationFilter(status=ObservationStatus.SUBMITTED))) == {a1, a2, b1}
    paged = search.search(officer, "fight", limit=2, offset=0, with_total=True).observations
    assert len(paged.items) == 2 and paged.total == 3
    with pytest.raises(ValidationError):
        search.search(officer, "fight", ObservationFilter(date_from="01/02/2026"))


def test_lists_are_paged_with_counts(make_session: Callable[..., Session]) -> None:
    officer = make_session(Role.OFFICER, username="olga", units=["A", "B"])
    a = subject(officer, "PL-1", "Abazi", "Arben", unit="A")
    subject(officer, "PL-2", "Zieliński", "Piotr", unit="B")
    for i in range(5):
        submitted(officer, a.id, event_start=f"2026-0{i + 1}-01")
    page = search.list_observations(officer, limit=2)
    assert page.total == 5 and len(page.items) == 2
    assert page.items[0].event_start.startswith("2026-05")
    subjects_page = subject_search.list_subjects(officer, limit=1)
    assert subjects_page.total == 2 and subjects_page.items[0].family_name == "Abazi"
    assert subjects_page.items[0].observation_count == 5
    assert subject_search.list_subjects(officer, unit="B").items[0].family_name == "Zieliński"


def test_dashboard_my_drafts(officer: Session) -> None:
    s = subject(officer)
    draft = observations.create_draft(officer, observation_input(s.id))
    board = dashboard(officer)
    assert [o.id for o in board.my_drafts.items] == [draft.id]
    assert board.overdue_reviews.items == []  # officers do not see retention work


def test_many_matches_come_newest_first_and_counts_stop_at_the_cap(
    officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = subject(officer)
    ids = [submitted(officer, s.id, facts=f"Common word fight number {i}.") for i in range(5)]
    assert search.search(officer, "fight").by_relevance
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    monkeypatch.setattr(search_pages, "COUNT_CAP", 3)  # where counting stops
    many = search.search(officer, "fight", with_total=True)
    assert not many.by_relevance
    assert [o.id for o in many.observations.items] == list(reversed(ids))
    assert many.observations.total == 3 and not many.observations.exact
    listed = search.list_observations(officer)
    assert listed.total == 3 and not listed.exact


def test_administrator_manages_but_does_not_read_observations(
    officer: Session, admin: Session
) -> None:
    s = subject(officer)
    submitted(officer, s.id, facts="Visible to officers only.")
    from radprev_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        search.search(admin, "visible")
    with pytest.raises(PermissionDenied):
        search.list_observations(admin)
    assert subject_search.list_subjects(admin).total == 1  # headers, e.g. for an erasure
    assert dashboard(admin).my_drafts.items == []


def test_domain_filter_follows_the_current_version(officer: Session) -> None:
    s = subject(officer)
    obs_id = submitted(
        officer,
        s.id,
        indicators=(
            IndicatorEvidence("A3.1", "Called the new arrivals vermin twice."),
            IndicatorEvidence("A3.2", "Said only a fight would settle it."),
        ),
    )
    page = search.list_observations(officer, ObservationFilter(domain="A3"))
    assert page.total == 1 and [o.id for o in page.items] == [obs_id]
    observation_amendments.amend(officer, obs_id, "codes were wrong", {"indicators": ()})
    page = search.list_observations(officer, ObservationFilter(domain="A3"))
    assert page.total == 0 and page.items == []


def test_english_style_spellings_of_south_slavic_names(officer: Session) -> None:
    a = subject(officer, "RS-1", "Đorđević", "Miloš")
    b = subject(officer, "RS-2", "Петровић", "Марко")
    c = subject(officer, "RS-3", "Živković", "Dušan")
    oa = submitted(officer, a.id)
    for query, expected in (("djordjevic", a.id), ("petrovich", b.id), ("zhivkovich", c.id)):
        assert [s.id for s in search.search(officer, query).subjects.items] == [expected]
        assert [s.id for s in subject_duplicates.find_similar(officer, family_name=query)] == [
            expected
        ]
    assert [o.id for o in search.search(officer, "djordjevic milosh").observations.items] == [oa]
    # English style, Macedonian Latin and Albanian spellings (test_search_folding.py).
    assert search_index.name_variants("Đorđević") == "dordevic djordjevich gjorgjevikj gjorgjeviq"


def test_grouped_counts_are_exact_and_leave_drafts_out(officer: Session) -> None:
    person = subject(officer, "PL-9100")
    two_in_a1 = (
        IndicatorEvidence("A1.1", "Said so at the hatch."),
        IndicatorEvidence("A1.2", "Wrote it on the wall."),
    )
    submitted(officer, person.id, urgency=Urgency.IMMEDIATE, indicators=two_in_a1)
    submitted(
        officer,
        person.id,
        urgency=Urgency.ROUTINE,
        indicators=(IndicatorEvidence("A3.1", "Handed leaflets round the yard."),),
    )
    submitted(officer, person.id, urgency=Urgency.ROUTINE, event_start="2025-01-05T09:00")
    observations.record(
        officer,
        observation_input(
            person.id, indicators=(IndicatorEvidence("A3.1", "Handed leaflets round the landing."),)
        ),
    )  # a draft: never counted
    by_urgency, by_domain = search.observation_counts(officer)
    assert by_urgency == {Urgency.ROUTINE: 2, Urgency.PRIORITY: 0, Urgency.IMMEDIATE: 1}
    assert by_domain == {
        "A1": {Urgency.ROUTINE: 0, Urgency.PRIORITY: 0, Urgency.IMMEDIATE: 1},
        "A3": {Urgency.ROUTINE: 1, Urgency.PRIORITY: 0, Urgency.IMMEDIATE: 0},
    }
    in_2026, _ = search.observation_counts(officer, ObservationFilter(date_from="2026-01-01"))
    assert in_2026[Urgency.ROUTINE] == 1
    unit_b, domains_b = search.observation_counts(officer, ObservationFilter(unit="B"))
    assert sum(unit_b.values()) == 0 and domains_b == {}
