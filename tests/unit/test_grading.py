"""Grading presets: separate axes, proposals from the source type, validation."""

from __future__ import annotations

import pytest

from radprev_desktop.core.errors import ValidationError
from radprev_desktop.core.model import Grading, SourceType
from radprev_desktop.core.services import grading


def test_default_preset_is_3x5x2_with_plain_labels() -> None:
    p = grading.preset("3x5x2")
    assert list(p.source) == ["1", "2", "3"]
    assert list(p.information) == ["A", "B", "C", "D", "E"]
    assert list(p.handling) == ["P", "C"]
    assert p.source["1"] == "Reliable"


def test_admiralty_preset_has_six_by_six() -> None:
    p = grading.preset("6x6")
    assert list(p.source) == list("ABCDEF") and list(p.information) == list("123456")


@pytest.mark.parametrize("source_type", list(SourceType))
def test_every_source_type_proposes_a_valid_grade(source_type: SourceType) -> None:
    assert grading.PRESETS
    for name in grading.PRESETS:
        proposal = grading.propose_grading(source_type, name)
        assert grading.validate_grading(proposal) == proposal


def test_own_observation_is_known_directly_hearsay_indirectly() -> None:
    own = grading.propose_grading(SourceType.OWN_OBSERVATION)
    heard = grading.propose_grading(SourceType.OVERHEARD)
    assert (own.source, own.information) == ("1", "A")
    assert heard.information == "C"


def test_validation_names_the_axis_and_requires_conditions_for_c() -> None:
    with pytest.raises(ValidationError) as exc:
        grading.validate_grading(Grading("3x5x2", "4", "A", "P"))
    assert exc.value.field == "source_grade"
    with pytest.raises(ValidationError) as exc:
        grading.validate_grading(Grading("3x5x2", "1", "F", "P"))
    assert exc.value.field == "information_grade"
    with pytest.raises(ValidationError) as exc:
        grading.validate_grading(Grading("3x5x2", "1", "A", "C"))
    assert exc.value.field == "handling_conditions"
    with pytest.raises(ValidationError):
        grading.preset("5x5x5")
    ok = grading.validate_grading(Grading("3x5x2", " 2 ", "b", "c", "Only to the security unit"))
    assert (ok.source, ok.information, ok.handling) == ("2", "B", "C")


def test_describe_gives_words_never_a_total() -> None:
    words = grading.describe(Grading("3x5x2", "1", "A", "P"))
    assert words == {
        "source": "Reliable",
        "information": "Known directly to the source",
        "handling": "Lawful sharing permitted",
    }
