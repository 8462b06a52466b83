"""Checklist templates: the shipped sample, validation of every kind of bad file, the service."""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from radprev_desktop.core.errors import Conflict, NotFound, PermissionDenied, TemplateInvalid
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.safeguards import Category, sensitive_matches
from radprev_desktop.core.services import templates as template_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates import (
    MAX_TEMPLATE_BYTES,
    ItemKind,
    domain_of,
    validate_template,
)
from radprev_desktop.core.templates.sample import sample_bytes

SAMPLE_PATH = resource_path("templates", "frontline-observation-sample.json")
SAMPLE_BYTES = sample_bytes()  # the English source with every language file put in
SAMPLE: dict[str, Any] = json.loads(SAMPLE_BYTES)


def sample() -> dict[str, Any]:
    return copy.deepcopy(SAMPLE)


def problems_of(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(TemplateInvalid) as err:
        validate_template(data)
    assert err.value.problems
    for path, reason in err.value.problems:
        assert path.startswith("$") and reason
    return err.value.problems


def paths_of(problems: list[tuple[str, str]]) -> set[str]:
    return {p for p, _ in problems}


# --- the shipped sample --------------------------------------------------------------


def test_sample_is_valid_multilingual_and_marked_as_sample() -> None:
    t = validate_template(SAMPLE_BYTES)
    assert t.code == "FRONTLINE-OBS-SAMPLE" and t.version == 2
    assert t.languages[:2] == ("en", "pl") and "sr-Latn" in t.languages and t.sample
    assert "Sample to adapt" in t.sample_notice["en"] and "Wzór" in t.sample_notice["pl"]
    assert t.title["en"] == "Frontline behavioural observation (sample)"
    assert [d.code for d in t.domains] == [f"A{i}" for i in range(1, 9)]
    assert t.domains[-1].kind is ItemKind.CONTEXT
    assert len(t.protective_factors) == 8
    assert list(t.items())
    for item in t.items():
        assert item.label["en"] and item.label["pl"]
        assert set(item.help) in (set(), set(t.languages))
    for lang in ("en", "pl"):
        assert len(t.non_indicators[lang]) >= 8


def test_sample_items_never_name_religion_ethnicity_or_nationality() -> None:
    t = validate_template(SAMPLE_BYTES)
    identity = frozenset({Category.RELIGION, Category.ETHNICITY})
    origin = frozenset({Category.ETHNICITY})
    assert t.domains and list(t.items())
    for part in [*t.domains, *t.items()]:
        for text in (part.title if hasattr(part, "title") else part.label).values():
            assert not sensitive_matches(text, categories=identity), text
        for text in part.help.values():
            assert not sensitive_matches(text, categories=origin), text
    # help texts name religious practice as an innocent explanation (A1.1: fasting, holidays)
    assert sensitive_matches(t.items()[0].help["en"], categories=identity)
    # while the non-indicators list says plainly what is never a sign
    assert sensitive_matches(" ".join(t.non_indicators["en"]), categories=identity)


def test_sample_words_are_our_own() -> None:
    text = SAMPLE_BYTES.decode("utf-8").lower()
    for name in ("vera", "erg22", "erg-r", "trap-18", "r2pris"):  # whole words: "several"
        assert not re.search(rf"\b{re.escape(name)}\b", text), name


def test_domain_of() -> None:
    assert domain_of("A3.2") == "A3"
    assert domain_of("A10.12") == "A10"
    assert domain_of("P4") == "P"
    assert domain_of("A8") == "A8"


# --- every kind of bad template ------------------------------------------------------


def test_every_problem_is_named_with_its_path() -> None:
    d = sample()
    d["domains"][2]["items"][0]["label"]["pl"] = "Mówi o muzułmanach"
    d["domains"][0]["items"][1]["code"] = "A1.1"
    d["title"]["xx"] = "x"
    del d["summary_prompt"]
    d["domains"][1]["items"][0]["label"]["en"] = "x" * 400
    d["protective_factors"]["items"][0]["kind"] = "indicator"
    d["version"] = "2"
    d["domains"][3]["items"][0]["code"] = "B4.1"
    d["extra"] = True
    found = paths_of(problems_of(d))
    assert {
        "$.domains[2].items[0].label.pl",
        "$.domains[0].items[1].code",
        "$.title",
        "$.summary_prompt",
        "$.domains[1].items[0].label.en",
        "$.protective_factors.items[0].kind",
        "$.version",
        "$.domains[3].items[0].code",
        "$.extra",
    } <= found


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["languages"].insert(3, "de"), "$.languages[3]"),
        (lambda d: d["title"].pop("pl"), "$.title.pl"),
        (lambda d: d["non_indicators"].pop("pl"), "$.non_indicators.pl"),
        (lambda d: d.__setitem__("code", "lower-case"), "$.code"),
        (lambda d: d["domains"][0].__setitem__("code", "AA1"), "$.domains[0].code"),
        (
            lambda d: d["domains"][0]["items"][0].__setitem__("code", "A1"),
            "$.domains[0].items[0].code",
        ),
        (
            lambda d: d["protective_factors"]["items"][1].__setitem__("code", "P1"),
            "$.protective_factors.items[1].code",
        ),
        (lambda d: d["domains"][1].__setitem__("code", "A1"), "$.domains[1].code"),
        (
            lambda d: d["domains"][0]["items"][0].__setitem__("kind", "context"),
            "$.domains[0].items[0].kind",
        ),
        (lambda d: d.pop("sample_notice"), "$.sample_notice"),
        (lambda d: d.__setitem__("domains", [d["domains"][7]]), "$.domains"),
        (lambda d: d.__setitem__("domains", []), "$.domains"),
        (
            lambda d: d["domains"][0]["items"].extend(d["domains"][0]["items"] * 10),
            "$.domains[0].items",
        ),
        (lambda d: d["domains"][0]["title"].__setitem__("en", ""), "$.domains[0].title.en"),
        (
            lambda d: (
                d["domains"][4]["items"][0]["help"]
                if False
                else d["domains"][4]["items"][0].__setitem__(
                    "label", {"en": "Reads the Quran", "pl": "Czyta Koran"}
                )
            ),
            "$.domains[4].items[0].label.en",
        ),
        (
            lambda d: d["domains"][4]["items"][0].__setitem__(
                "help", {"en": "Note his ethnic group.", "pl": "Zapisz narodowość."}
            ),
            "$.domains[4].items[0].help.pl",
        ),
        (
            lambda d: d["protective_factors"]["items"][0]["label"].__setitem__(
                "en", "Goes to church"
            ),
            "$.protective_factors.items[0].label.en",
        ),
        (lambda d: d.__setitem__("format_version", 2), "$.format_version"),
    ],
)
def test_single_problems(mutate: Any, path: str) -> None:
    d = sample()
    mutate(d)
    assert path in paths_of(problems_of(d))


def test_non_indicators_are_exempt_from_the_keyword_check() -> None:
    d = sample()
    d["non_indicators"]["en"].append("Converting to Islam or going to the mosque")
    validate_template(d)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'"a string"',
        b"\xff\xfe\x00",
        b'{"code": 1, "code": 2}',
        b'{"version": NaN}',
        b"[" * 50000,
        b" " * (MAX_TEMPLATE_BYTES + 1),
    ],
)
def test_not_a_template_at_all(raw: bytes) -> None:
    problems = problems_of(raw)
    assert problems[0][0] == "$"
    assert len(str(TemplateInvalid(problems))) < 400  # never echoes the file back


# --- hypothesis: mutations of the sample --------------------------------------------


def _all_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((*prefix, k))
            out.extend(_all_paths(v, (*prefix, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((*prefix, i))
            out.extend(_all_paths(v, (*prefix, i)))
    return out


PATHS = _all_paths(SAMPLE)
DICT_KEY_PATHS = [p for p in PATHS if isinstance(p[-1], str)]
CODE_PATHS = [p for p in PATHS if p[-1] == "code" and len(p) > 1]  # domain and item codes
WRONG_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


def _check_invalid_or_valid(data: Any) -> None:
    """The only outcomes allowed: a Template, or TemplateInvalid with paths."""
    try:
        validate_template(data)
    except TemplateInvalid as exc:
        assert exc.problems
        assert all(p.startswith("$") and r for p, r in exc.problems)


# 50 mutations of each kind in `make test`; `make torture` runs 1,000 (RADPREV_TEMPLATE_MUTATIONS).
MUTATIONS = int(os.environ.get("RADPREV_TEMPLATE_MUTATIONS", "50"))
HYP = settings(max_examples=MUTATIONS, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@HYP
@given(st.sampled_from(DICT_KEY_PATHS))
def test_dropping_any_key(path: tuple[Any, ...]) -> None:
    d = sample()
    del _parent(d, path)[path[-1]]
    _check_invalid_or_valid(d)
    required = {"code", "kind", "label", "title", "items", "format", "version", "languages"}
    if path[-1] in required and path[-2:-1] != ("title",):
        with pytest.raises(TemplateInvalid):
            validate_template(d)


@HYP
@given(st.sampled_from(PATHS), WRONG_VALUES)
def test_wrong_types_anywhere(path: tuple[Any, ...], value: Any) -> None:
    d = sample()
    _parent(d, path)[path[-1]] = value
    _check_invalid_or_valid(d)


@HYP
@given(st.sampled_from(PATHS), st.integers(min_value=2001, max_value=200_000))
def test_huge_strings_anywhere(path: tuple[Any, ...], size: int) -> None:
    d = sample()
    _parent(d, path)[path[-1]] = "ż" * size
    problems = problems_of(d)
    assert all(len(str(r)) < 300 and len(p) < 100 for p, r in problems)  # never echo the text


@HYP
@given(st.sampled_from(CODE_PATHS), st.sampled_from(CODE_PATHS))
def test_duplicate_codes(target: tuple[Any, ...], source: tuple[Any, ...]) -> None:
    d = sample()
    value = _parent(d, source)[source[-1]]
    if target == source:
        return
    _parent(d, target)[target[-1]] = value
    problems = problems_of(d)
    assert problems


@HYP
@given(
    st.sampled_from(CODE_PATHS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=12).filter(
        lambda s: not (s[:1].isupper() and s[1:2].isdigit())
    ),
)
def test_bad_codes(path: tuple[Any, ...], code: str) -> None:
    d = sample()
    _parent(d, path)[path[-1]] = code
    problems = problems_of(d)
    assert any(p.startswith("$") for p, _ in problems)


@HYP
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    _check_invalid_or_valid(raw)


# --- the service -----------------------------------------------------------------------


def _template_rows(session: Session) -> int:
    return int(session.con.execute("SELECT count(*) FROM checklist_templates").fetchone()[0])


def _audit_rows(session: Session) -> int:
    return int(session.con.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_sample_installed_on_first_use(admin: Session) -> None:
    assert _template_rows(admin) == 0
    listed = template_service.list_templates(admin)
    assert [(t.code, t.version, t.origin, t.active) for t in listed] == [
        ("FRONTLINE-OBS-SAMPLE", 2, "builtin", True)
    ]
    assert template_service.ensure_sample_installed(admin) is False
    assert (
        admin.con.execute(
            "SELECT count(*) FROM audit WHERE action = 'template_installed'"
        ).fetchone()[0]
        == 1
    )
    codes = template_service.active_indicator_codes(admin)
    assert "A3.2" in codes and "A8.1" not in codes and "P1" not in codes


def _version(n: int, title: str = "Frontline v") -> bytes:
    d = sample()
    d["version"] = n
    d["title"]["en"] = f"{title}{n}"
    return json.dumps(d, ensure_ascii=False).encode("utf-8")


def test_import_versions_and_conflicts(admin: Session, tmp_path: Path) -> None:
    template_service.list_templates(admin)
    path = tmp_path / "v3.json"
    path.write_bytes(_version(3))
    result = template_service.import_template(admin, path)
    assert result.status == "imported" and result.active
    assert template_service.active_template(admin).version == 3
    assert template_service.import_template(admin, path).status == "unchanged"
    audits = _audit_rows(admin)
    with pytest.raises(Conflict):
        template_service.import_template(admin, _version(3, "Changed "))
    assert _audit_rows(admin) == audits
    template_service.import_template(admin, _version(4))
    assert template_service.active_template(admin).version == 4
    versions = [t.version for t in template_service.list_templates(admin)]
    assert versions == [4, 3, 2]
    assert template_service.get_template(admin, "FRONTLINE-OBS-SAMPLE").version == 4
    assert template_service.get_template(admin, "FRONTLINE-OBS-SAMPLE", 3).title["en"] == (
        "Frontline v3"
    )
    with pytest.raises(NotFound):
        template_service.get_template(admin, "FRONTLINE-OBS-SAMPLE", 9)
    template_service.set_active_template(admin, "FRONTLINE-OBS-SAMPLE", 3)
    assert template_service.active_template(admin).version == 3
    actions = [
        r[0]
        for r in admin.con.execute(
            "SELECT action FROM audit WHERE object_type = 'checklist_template' ORDER BY seq"
        )
    ]
    assert actions == [
        "template_installed",
        "template_imported",
        "template_imported",
        "template_activated",
    ]


def test_conflicting_content_same_version(admin: Session) -> None:
    template_service.list_templates(admin)
    with pytest.raises(Conflict):
        template_service.import_template(admin, _version(2, "Edited sample "))


def test_older_version_arriving_late_is_not_activated(admin: Session) -> None:
    def local(version: int) -> bytes:
        d = sample()
        d["code"], d["version"] = "PL-LOCAL", version
        return json.dumps(d).encode()

    assert template_service.import_template(admin, local(2)).active
    late = template_service.import_template(admin, local(1))
    assert late.status == "imported" and not late.active
    active = template_service.active_template(admin)
    assert (active.code, active.version) == ("PL-LOCAL", 2)


def test_bad_imports_change_nothing(admin: Session, officer: Session, tmp_path: Path) -> None:
    template_service.list_templates(admin)
    before = (_template_rows(admin), _audit_rows(admin))
    bad = sample()
    bad["domains"][0]["items"][0]["code"] = "X"
    with pytest.raises(TemplateInvalid) as err:
        template_service.import_template(admin, json.dumps(bad).encode())
    assert err.value.problems[0][0] == "$.domains[0].items[0].code"
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_TEMPLATE_BYTES + 10))
    with pytest.raises(TemplateInvalid):
        template_service.import_template(admin, big)
    from radprev_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError):
        template_service.import_template(admin, tmp_path / "missing.json")
    with pytest.raises(PermissionDenied):
        template_service.import_template(officer, _version(5))
    assert (_template_rows(admin), _audit_rows(admin)) == before


def test_export_and_import_bytes_between_vaults(admin: Session, tmp_path: Path) -> None:
    from tests.conftest import create_vault

    template_service.import_template(admin, _version(4))
    data = template_service.export_template_json(admin, "FRONTLINE-OBS-SAMPLE", 4)
    other, _ = create_vault(tmp_path / "other")
    try:
        result = template_service.import_template_bytes(other, data, signature="ab" * 32)
        assert result.status == "imported"
        stored = template_service.list_templates(other)
        assert [(t.version, t.origin) for t in stored] == [(4, "bundle")]
        assert (
            result.template.sha256
            == template_service.get_template(admin, "FRONTLINE-OBS-SAMPLE", 4).sha256
        )
    finally:
        other.close()


def test_stored_template_is_frozen_in_the_database(admin: Session) -> None:
    from radprev_desktop.core.vault.connection import DatabaseError

    template_service.list_templates(admin)
    with pytest.raises(DatabaseError):
        admin.con.execute("UPDATE checklist_templates SET definition = '{}'")


def test_cyrillic_template_is_checked_in_its_own_language() -> None:
    d = sample()
    others = [tag for tag in d["languages"] if tag not in ("en", "pl")]
    d["languages"] = ["en", "sr-Cyrl"]

    def rename(node: Any) -> None:
        if isinstance(node, dict):
            for tag in others:
                node.pop(tag, None)
            if "pl" in node:
                node["sr-Cyrl"] = "Одбија рад у радионици."
                del node["pl"]
            for v in node.values():
                rename(v)
        elif isinstance(node, list):
            for v in node:
                rename(v)

    rename(d)
    d["non_indicators"]["sr-Cyrl"] = ["Молитва и пост нису показатељи."]
    validate_template(d)
    d["domains"][1]["items"][0]["label"]["sr-Cyrl"] = "Дружи се само са муслиманима."
    assert "$.domains[1].items[0].label.sr-Cyrl" in paths_of(problems_of(d))


def test_stored_templates_are_read_without_todays_checks(admin: Session) -> None:
    """A template accepted yesterday stays readable even if the word lists grow."""
    from radprev_desktop.core.templates.validation import template_from_stored

    template_service.list_templates(admin)
    row = admin.con.execute("SELECT definition, sha256 FROM checklist_templates").fetchone()
    data = json.loads(row[0])
    data["domains"][0]["items"][0]["label"]["en"] = "Goes to the mosque"  # refused today
    rebuilt = template_from_stored(json.dumps(data), "x")
    assert rebuilt.items()[0].label["en"] == "Goes to the mosque"
