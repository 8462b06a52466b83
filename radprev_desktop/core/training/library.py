"""The scenario library shipped in `resources/training/scenarios/`, checked whole.

Each file must meet the schema and `scenarios.semantic_problems`, and its model
observation must pass its own key in every language (no point to improve):
a key that faults its own model would teach the wrong lesson. A broken file
stops the library with the file and the reason named (TrainingDataInvalid),
never a half-loaded list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from radprev_desktop.core import language_files, languages
from radprev_desktop.core.errors import NotFound, TrainingDataInvalid
from radprev_desktop.core.resources import resource_path
from radprev_desktop.core.templates.model import Template
from radprev_desktop.core.templates.sample import sample_bytes
from radprev_desktop.core.templates.validation import validate_template
from radprev_desktop.core.text import QT_TRANSLATE_NOOP
from radprev_desktop.core.training import feedback, wording
from radprev_desktop.core.training.scenarios import (
    Scenario,
    build_scenario,
    parse_scenario_bytes,
    schema_problems,
    semantic_problems,
)


def scenarios_dir() -> Path:
    """Where the shipped scenario files are."""
    return resource_path("training", "scenarios")


@lru_cache(maxsize=1)
def sample_template() -> Template:
    """The shipped sample template the scenarios' item codes refer to."""
    return validate_template(sample_bytes())


def model_problems(scenario: Scenario) -> list[tuple[str, str]]:
    """Points the model observation would get to improve, per language (should be none)."""
    problems = []
    for language in scenario.languages:
        if language not in wording.wording_languages():
            problems.append(("$.languages", f"no training word lists for {language}"))
            continue
        result = feedback.review(scenario, feedback.model_answer(scenario, language), language)
        # The model is the standard: it also weighs every alternative and notes all context.
        missing = (
            feedback.PointKind.ALTERNATIVE_NOT_CONSIDERED,
            feedback.PointKind.CONTEXT_NOT_NOTED,
        )
        for point in [
            *result.of(feedback.Outcome.IMPROVE),
            *(p for p in result.points if p.kind in missing),
        ]:
            where = f"$.model_observation ({language})"
            problems.append(
                (where, f"fails its own key: {point.kind.value} {point.code} {point.detail}")
            )
    return problems


def check_scenario_bytes(raw: bytes, name: str = "scenario") -> Scenario:
    """One file, fully checked; TrainingDataInvalid listing every problem found."""
    try:
        data, digest = parse_scenario_bytes(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise TrainingDataInvalid([(name, str(exc) or "not valid JSON")]) from exc
    problems = schema_problems(data)
    if problems:
        raise TrainingDataInvalid([(f"{name} {p}", r) for p, r in problems])
    problems = semantic_problems(data, sample_template())
    if problems:
        raise TrainingDataInvalid([(f"{name} {p}", r) for p, r in problems])
    scenario = build_scenario(data, digest)
    problems = model_problems(scenario)
    if problems:
        raise TrainingDataInvalid([(f"{name} {p}", r) for p, r in problems])
    return scenario


@dataclass(frozen=True)
class Library:
    """Every shipped scenario, in code order."""

    scenarios: tuple[Scenario, ...]

    def get(self, code: str) -> Scenario:
        """The scenario with this code (case-insensitive); NotFound names the codes known."""
        wanted = code.strip().upper()
        for scenario in self.scenarios:
            if scenario.code == wanted or scenario.code.split("-", 1)[0] == wanted:
                return scenario
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "errors", "There is no training scenario %1. See `radprev training list`."
            ),
            repr(code),
        )

    def in_language(self, language: str) -> tuple[Scenario, ...]:
        """Scenarios that can be practised in `language`."""
        return tuple(s for s in self.scenarios if language in s.languages)


def _only(data: dict[str, Any], tags: list[str]) -> bytes:
    kept = language_files.strip(data, tuple(tags))
    kept["languages"] = tags
    return language_files.dumps(kept).encode("utf-8")


def merged_scenario(path: Path) -> tuple[bytes, dict[str, list[str]]]:
    """The scenario with each usable language put in, and why the others were left out.

    A language comes in when its file `<folder>/<code>/<file>` has every text
    and the model observation, read in that language, passes its own key with
    the language's word lists. A translation that does not is left out (and
    named), never allowed to stop the library: the English and the other
    languages stay usable.
    """
    try:
        data, problems = language_files.merged(path)
    except (OSError, ValueError) as exc:
        raise TrainingDataInvalid([(path.name, str(exc) or "not valid JSON")]) from exc
    tags = [str(t) for t in data.get("languages", [])]
    whole = language_files.dumps(data).encode("utf-8")
    if tags[1:] == []:
        return whole, problems
    try:
        check_scenario_bytes(whole, path.name)
        return whole, problems
    except TrainingDataInvalid:
        pass
    keep = tags[:1]
    for tag in tags[1:]:
        try:
            check_scenario_bytes(_only(data, [*keep, tag]), path.name)
            keep.append(tag)
        except TrainingDataInvalid as exc:
            code = languages.canonical(tag) or tag
            problems[code] = [f"{where}: {why}" for where, why in exc.problems]
    return _only(data, keep), problems


def scenario_bytes(path: Path) -> bytes:
    """A scenario file with every usable language of `<folder>/<code>/<file>` put in."""
    return merged_scenario(path)[0]


def load_library(folder: Path | None = None) -> Library:
    """Read and check every `*.json` in the folder (the shipped one by default)."""
    where = folder or scenarios_dir()
    try:
        paths = sorted(p for p in where.iterdir() if p.suffix == ".json")
    except OSError as exc:
        raise TrainingDataInvalid([(str(where), "the scenario folder cannot be read")]) from exc
    scenarios = [check_scenario_bytes(scenario_bytes(p), p.name) for p in paths]
    codes = [s.code for s in scenarios]
    if len(set(codes)) != len(codes):
        raise TrainingDataInvalid([(str(where), "two files share a scenario code")])
    for path, scenario in zip(paths, scenarios, strict=True):
        if path.stem != scenario.code.lower():
            raise TrainingDataInvalid(
                [(path.name, f"is named for another code than {scenario.code}")]
            )
    return Library(tuple(sorted(scenarios, key=lambda s: s.code)))


@lru_cache(maxsize=1)
def shipped_library() -> Library:
    """The shipped library, read and checked once per process."""
    return load_library()
