"""Training scenarios: synthetic vignettes of wing life with the key an exercise is compared with.

One file per scenario in `resources/training/scenarios/`, every text holding
all its languages (`{"en": …, "pl": …}`) like a checklist template, so a
translator adds a language inside the same file
(docs/decisions/0010-training-mode.md). The JSON Schema
(`resources/schemas/training-scenario.schema.json`) checks the shape; this
module checks what a schema cannot: each declared language present in every
text, item codes that exist in the named template and are of the right kind,
and a key that does not contradict itself. `library.py` adds the last check:
the model observation passes its own key in every language.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

import jsonschema

from radprev_desktop.core import languages as language_table
from radprev_desktop.core.model import SourceType, Urgency
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates.model import ItemKind, Template, Text, in_language, pick

FORMAT = "radprev-training-scenario"
MAX_FILE_BYTES = 256 * 1024


class NonIndicator(StrEnum):
    """The template's non-indicators, in the template's (and core/safeguards') order."""

    CONVERSION = "conversion"
    RELIGIOUS_PRACTICE = "religious_practice"
    FASTING_OR_DIET = "fasting_or_diet"
    BEARD_OR_DRESS = "beard_or_dress"
    RELIGIOUS_ITEMS = "religious_items"
    LANGUAGE = "language"
    NATIONALITY_OR_ETHNICITY = "nationality_or_ethnicity"
    LAWFUL_POLITICS = "lawful_politics"
    AUTHORISED_RELIGIOUS_CONTACT = "authorised_religious_contact"

    @property
    def position(self) -> int:
        """Position in the template's list of non-indicators."""
        return list(NonIndicator).index(self)


def non_indicator_label(template: Template, kind: NonIndicator, language: str) -> str:
    """The template's own wording of a non-indicator, in `language`."""
    listed = (
        in_language(template.non_indicators, language) or template.non_indicators.get("en") or ()
    )
    return listed[kind.position] if kind.position < len(listed) else kind.value


@dataclass(frozen=True)
class KeyedItem:
    """An item of the template with the reason it matters here."""

    code: str
    why: Text


@dataclass(frozen=True)
class Tempting:
    """An item a trainee is likely to tick wrongly, and why it does not apply."""

    code: str
    why: Text
    non_indicator: NonIndicator | None = None


@dataclass(frozen=True)
class NonIndicatorNote:
    """Something in the vignette that is never an indicator."""

    kind: NonIndicator
    why: Text


@dataclass(frozen=True)
class Alternative:
    """Another possible explanation an assessment should weigh."""

    kind: str
    text: Text


@dataclass(frozen=True)
class ScenarioKey:
    """What an exercise is compared with."""

    urgency: Urgency
    urgency_why: Text
    sources: tuple[str, ...]
    informations: tuple[str, ...]
    grading_why: Text
    indicators: tuple[KeyedItem, ...]
    acceptable: tuple[KeyedItem, ...]
    context: tuple[KeyedItem, ...]
    protective_factors: tuple[KeyedItem, ...]
    non_indicators: tuple[NonIndicatorNote, ...]
    tempting: tuple[Tempting, ...]
    alternatives: tuple[Alternative, ...]
    protect_names: tuple[str, ...]

    def indicator_codes(self) -> frozenset[str]:
        return frozenset(i.code for i in self.indicators)

    def acceptable_codes(self) -> frozenset[str]:
        return frozenset(i.code for i in self.acceptable)

    def tempting_for(self, code: str) -> Tempting | None:
        return next((t for t in self.tempting if t.code == code), None)


@dataclass(frozen=True)
class ModelObservation:
    """How an experienced officer would record the vignette."""

    facts: Text
    assessment: Text
    indicators: tuple[tuple[str, Text], ...]  # (code, evidence)
    protective_factors: tuple[tuple[str, Text], ...]  # (code, text)
    source: str
    information: str
    handling: str
    conditions: Text
    urgency: Urgency
    action_taken: Text
    source_identity: str


@dataclass(frozen=True)
class Scenario:
    """One validated scenario file."""

    code: str
    version: int
    languages: tuple[str, ...]
    template_code: str
    template_version: int
    theme: str
    community: str
    faith: str
    people_language: str
    title: Text
    family_name: str
    given_names: str
    birth_year: int
    place: Text
    duty: Text
    days_ago: int
    time: str
    source_type: SourceType
    vignette: Text
    facts: tuple[Text, ...]
    key: ScenarioKey
    model: ModelObservation
    sha256: str

    def text(self, value: Text, language: str) -> str:
        """A text of this scenario in `language` (validated to be present)."""
        return pick(value, language)


# --- schema ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The scenario JSON Schema shipped with the application."""
    path = resource_path("schemas", "training-scenario.schema.json")
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return loaded


@lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(schema())


def _where(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def schema_problems(data: Any) -> list[tuple[str, str]]:
    """Every place the data breaks the schema, as (path, reason); the value is never quoted."""
    problems = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path)):
        problems.append((_where(error.absolute_path), f"does not meet '{error.validator}'"))
    return problems


# --- semantic checks ---------------------------------------------------------------------


def _texts(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every translated text object under `node` (dicts whose keys are all languages)."""
    language_keys = set(schema()["$defs"]["language"]["enum"])
    if isinstance(node, dict):
        if node and set(node) <= language_keys and all(isinstance(v, str) for v in node.values()):
            yield path, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, f"{path}[{index}]")


def language_problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """A declared language missing from any text."""
    problems = []
    declared = data.get("languages", [])
    for path, text in _texts(data, "$"):
        for lang in declared:
            if not str(text.get(lang, "")).strip():
                problems.append((path, f"has no text in the declared language {lang}"))
    return problems


def _codes(entries: list[dict[str, Any]]) -> list[str]:
    return [str(e["code"]) for e in entries]


def code_problems(data: dict[str, Any], template: Template) -> list[tuple[str, str]]:
    """Item codes that the template lacks, or that are of the wrong kind, or listed twice."""
    problems: list[tuple[str, str]] = []
    kinds = {item.code: item.kind for item in template.items()}
    key = data["key"]

    def expect(code: str, kind: ItemKind, where: str) -> None:
        if code not in kinds:
            problems.append(
                (where, f"{code} is not an item of {template.code} v{template.version}")
            )
        elif kinds[code] is not kind:
            problems.append((where, f"{code} is a {kinds[code].value} item, not {kind.value}"))

    for section, kind in (
        ("indicators", ItemKind.INDICATOR),
        ("acceptable", ItemKind.INDICATOR),
        ("tempting", ItemKind.INDICATOR),
        ("context", ItemKind.CONTEXT),
        ("protective_factors", ItemKind.PROTECTIVE),
    ):
        codes = _codes(key[section])
        for index, code in enumerate(codes):
            expect(code, kind, f"$.key.{section}[{index}]")
        if len(set(codes)) != len(codes):
            problems.append((f"$.key.{section}", "lists an item twice"))
    expected, acceptable, tempting = (
        set(_codes(key["indicators"])),
        set(_codes(key["acceptable"])),
        set(_codes(key["tempting"])),
    )
    for code in sorted((expected & acceptable) | (expected & tempting) | (acceptable & tempting)):
        problems.append(
            ("$.key", f"{code} is listed as more than one of expected/acceptable/tempting")
        )
    model = data["model_observation"]
    for index, code in enumerate(_codes(model["indicators"])):
        expect(code, ItemKind.INDICATOR, f"$.model_observation.indicators[{index}]")
    for index, code in enumerate(_codes(model["protective_factors"])):
        expect(code, ItemKind.PROTECTIVE, f"$.model_observation.protective_factors[{index}]")
    model_codes = set(_codes(model["indicators"]))
    if not expected <= model_codes <= expected | acceptable:
        problems.append(
            (
                "$.model_observation.indicators",
                "must tick every expected item and no other but acceptable ones",
            )
        )
    if not set(_codes(key["protective_factors"])) <= set(_codes(model["protective_factors"])):
        problems.append(
            (
                "$.model_observation.protective_factors",
                "must record every protective factor of the key",
            )
        )
    if model["urgency"] != key["urgency"]["expected"]:
        problems.append(("$.model_observation.urgency", "differs from the key's urgency"))
    grading = model["grading"]
    if (
        grading["source"] not in key["grading"]["source"]
        or grading["information"] not in key["grading"]["information"]
    ):
        problems.append(("$.model_observation.grading", "is not a grade the key accepts"))
    if grading["handling"] == "C" and not grading.get("conditions"):
        problems.append(("$.model_observation.grading", "handling C needs its conditions"))
    if data["source_type"] == SourceType.TOLD_BY_PRISONER.value and not model.get(
        "source_identity"
    ):
        problems.append(
            ("$.model_observation.source_identity", "a prisoner's tip names its source here")
        )
    return problems


def semantic_problems(data: dict[str, Any], template: Template | None) -> list[tuple[str, str]]:
    """Checks beyond the schema (run only on data that meets it)."""
    problems = language_problems(data)
    wanted = (data["template"]["code"], data["template"]["version"])
    if template is None or (template.code, template.version) != wanted:
        problems.append(("$.template", f"names {wanted[0]} v{wanted[1]}, which is not shipped"))
    else:
        problems.extend(code_problems(data, template))
    return problems


# --- building ----------------------------------------------------------------------------


def _keyed(entries: list[dict[str, Any]]) -> tuple[KeyedItem, ...]:
    return tuple(KeyedItem(str(e["code"]), dict(e["why"])) for e in entries)


def app_languages(tags: list[str]) -> tuple[str, ...]:
    """The application's codes for a file's language tags ('sr-Latn' -> 'sr_Latn').

    A generated language (Serbian Cyrillic) comes with its source: the texts are
    transliterated when shown, as the checklist template's are.
    """
    codes: list[str] = []
    for tag in tags:
        code = language_table.canonical(tag) or tag
        if code not in codes:
            codes.append(code)
    for lang in language_table.LANGUAGES:
        if lang.derived_from in codes and not lang.hidden and lang.code not in codes:
            codes.append(lang.code)
    return tuple(codes)


def build_scenario(data: dict[str, Any], digest: str) -> Scenario:
    """Frozen values from data that passed `schema_problems` and `semantic_problems`."""
    key, model = data["key"], data["model_observation"]
    grading = model["grading"]
    return Scenario(
        code=data["code"],
        version=int(data["version"]),
        languages=app_languages(data["languages"]),
        template_code=data["template"]["code"],
        template_version=int(data["template"]["version"]),
        theme=data["theme"],
        community=data["balance"]["community"],
        faith=data["balance"]["faith"],
        people_language=data["balance"]["language"],
        title=dict(data["title"]),
        family_name=data["subject"]["family_name"],
        given_names=data["subject"]["given_names"],
        birth_year=int(data["subject"]["birth_year"]),
        place=dict(data["setting"]["place"]),
        duty=dict(data["setting"]["duty"]),
        days_ago=int(data["setting"]["days_ago"]),
        time=data["setting"]["time"],
        source_type=SourceType(data["source_type"]),
        vignette=dict(data["vignette"]),
        facts=tuple(dict(f) for f in data["facts"]),
        key=ScenarioKey(
            urgency=Urgency(key["urgency"]["expected"]),
            urgency_why=dict(key["urgency"]["why"]),
            sources=tuple(key["grading"]["source"]),
            informations=tuple(key["grading"]["information"]),
            grading_why=dict(key["grading"]["why"]),
            indicators=_keyed(key["indicators"]),
            acceptable=_keyed(key["acceptable"]),
            context=_keyed(key["context"]),
            protective_factors=_keyed(key["protective_factors"]),
            non_indicators=tuple(
                NonIndicatorNote(NonIndicator(n["kind"]), dict(n["why"]))
                for n in key["non_indicators"]
            ),
            tempting=tuple(
                Tempting(
                    str(t["code"]),
                    dict(t["why"]),
                    NonIndicator(t["non_indicator"]) if "non_indicator" in t else None,
                )
                for t in key["tempting"]
            ),
            alternatives=tuple(
                Alternative(a["kind"], dict(a["text"])) for a in key["alternatives"]
            ),
            protect_names=tuple(key.get("protect_names", ())),
        ),
        model=ModelObservation(
            facts=dict(model["facts"]),
            assessment=dict(model["assessment"]),
            indicators=tuple((str(i["code"]), dict(i["evidence"])) for i in model["indicators"]),
            protective_factors=tuple(
                (str(p["code"]), dict(p["text"])) for p in model["protective_factors"]
            ),
            source=grading["source"],
            information=grading["information"],
            handling=grading["handling"],
            conditions=dict(grading.get("conditions", {})),
            urgency=Urgency(model["urgency"]),
            action_taken=dict(model["action_taken"]),
            source_identity=str(model.get("source_identity", "")),
        ),
        sha256=digest,
    )


def parse_scenario_bytes(raw: bytes) -> tuple[dict[str, Any], str]:
    """JSON of one file (size-limited) and its SHA-256; ValueError when it is not JSON."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValueError(f"larger than {MAX_FILE_BYTES // 1024} KiB")
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data, hashlib.sha256(raw).hexdigest()
