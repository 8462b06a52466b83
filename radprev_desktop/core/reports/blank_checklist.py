"""Blank checklist: any template on paper, for when the workstation is down.

Each item has three tick boxes (observed / not observed / unknown) and lines
for the dated example that an "observed" tick needs; the non-indicators are
printed first, as on screen. It works from a template dict or file, so it can
be printed before a template is imported; no personal data is on it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table

from radprev_desktop.core.errors import TemplateInvalid
from radprev_desktop.core.i18n import session_language
from radprev_desktop.core.model import ReportKind
from radprev_desktop.core.reports.flowables import Story, notice, table_style, title_block
from radprev_desktop.core.reports.furniture import (
    CONTENT_WIDTH,
    RULE,
    Report,
    clean,
    finish,
    furniture_for,
)
from radprev_desktop.core.reports.typography import Styles, markup, para, rich
from radprev_desktop.core.services import templates as templates_service
from radprev_desktop.core.session import Session
from radprev_desktop.core.templates.model import in_language, pick
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text

MAX_TEMPLATE_BYTES = 2_000_000
BOX = "\u2610"  # ☐ BALLOT BOX
LINE = "_" * 200


def text_of(value: object, language: str, fallback: str = "en") -> str:
    """A label that may be plain text or {language: text}: the best match.

    As core reads a template (core/templates/model.pick): the language's tags,
    Serbian Cyrillic transliterated from the Latin text, then English.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        texts = {str(k): v for k, v in value.items() if isinstance(v, str) and v}
        return pick(texts, language, fallback) if texts else ""
    return str(value)


def load_template_file(path: Path) -> dict[str, Any]:
    """Read a template JSON file (size-limited); TemplateInvalid when it is not one."""
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateInvalid(
                [
                    (
                        path.name,
                        Text(
                            QT_TRANSLATE_NOOP(
                                "errors", "the file is too large for a checklist template"
                            )
                        ),
                    )
                ]
            )
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise TemplateInvalid(
            [(path.name, Text(QT_TRANSLATE_NOOP("errors", "cannot be read (%1)"), exc.strerror))]
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateInvalid(
            [(path.name, Text(QT_TRANSLATE_NOOP("errors", "is not a JSON file")))]
        ) from exc
    if not isinstance(data, dict):
        raise TemplateInvalid(
            [(path.name, Text(QT_TRANSLATE_NOOP("errors", "is not a checklist template")))]
        )
    return data


def _items(node: Mapping[str, Any], *keys: str) -> list[Mapping[str, Any]]:
    for key in keys:
        value = node.get(key)
        if isinstance(value, list):
            return [v if isinstance(v, Mapping) else {"label": v} for v in value]
    return []


def _label(item: Mapping[str, Any], language: str) -> str:
    for key in ("label", "title", "text", "name"):
        if key in item:
            return text_of(item[key], language)
    return text_of(item, language)


def _help(item: Mapping[str, Any], language: str) -> str:
    for key in ("help", "help_text", "description", "hint"):
        if key in item:
            return text_of(item[key], language)
    return ""


def _item_block(
    code: str, label: str, help_text: str, boxes: Sequence[str], styles: Styles, lines: int
) -> Flowable:
    """One item: code, label (and help), tick boxes, then evidence lines."""
    ticks = "&nbsp;&nbsp;&nbsp;".join(f"{BOX}&nbsp;{markup(b)}" for b in boxes)
    text = f"<b>{markup(code)}</b>&nbsp;&nbsp;{markup(label)}" if code else markup(label)
    cells: list[list[Any]] = [
        [rich(text, styles.cell)],
    ]
    if help_text:
        cells.append([para(help_text, styles.small)])
    cells.append([rich(ticks, styles.body)])
    for _ in range(lines):
        cells.append([para(" ", styles.cell)])
    table = Table(cells, colWidths=[CONTENT_WIDTH], hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
    ]
    first_line = len(cells) - lines
    for row in range(first_line, len(cells)):
        commands.append(("LINEBELOW", (0, row), (-1, row), 0.3, RULE))
        commands.append(("TOPPADDING", (0, row), (-1, row), 6))
    table.setStyle(table_style(commands))
    return KeepTogether([table])


def _non_indicators(definition: Mapping[str, Any], language: str) -> list[str]:
    """The non-indicator list in the best language ({language: [text, …]})."""
    value = definition.get("non_indicators")
    if isinstance(value, Mapping):
        lists = {str(k): v for k, v in value.items() if isinstance(v, list)}
        found = in_language(lists, language) or lists.get("en") or next(iter(lists.values()), [])
        return [clean(t) for t in found if isinstance(t, str) and t.strip()]
    if isinstance(value, list):
        return [text_of(v, language) for v in value if text_of(v, language)]
    return []


def blank_checklist(
    session: Session,
    template: Mapping[str, Any] | Path,
    *,
    language: str | None = None,
) -> Report:
    """A printable, blank checklist from any template (every logged-in role may print it).

    `template` is a template definition (as in resources/templates/*.json) or the
    path of such a file. Labels are printed in `language` (else the vault's
    language) when the template has them, else in English.
    """
    definition = load_template_file(template) if isinstance(template, Path) else template
    if not isinstance(definition, Mapping):
        raise TemplateInvalid(
            [("", Text(QT_TRANSLATE_NOOP("errors", "is not a checklist template")))]
        )
    domains = _items(definition, "domains")
    if not domains:
        raise TemplateInvalid(
            [("domains", Text(QT_TRANSLATE_NOOP("errors", "the template has no domains to print")))]
        )
    furniture = furniture_for(
        session, QT_TRANSLATE_NOOP("reports", "Checklist (paper form)"), language
    )
    story = Story(furniture)
    reports, st = story.reports, story.styles
    lang = language.strip() if language else session_language(session)
    title = text_of(definition.get("title"), lang) or str(definition.get("code", ""))
    code = str(definition.get("code", ""))
    version = str(definition.get("version", ""))
    story.add(*title_block(furniture, st))
    story.add(para(title, st.heading))
    if definition.get("sample") and definition.get("sample_notice"):
        story.text(text_of(definition.get("sample_notice"), lang), small=True)
    story.add(
        _form_lines(
            [
                (reports.tr("Template"), f"{code} v{version}" if version else code),
                (reports.tr("Prisoner (name, prison number)"), ""),
                (reports.tr("Unit / cell"), ""),
                (reports.tr("Completed by (name, staff code)"), ""),
                (reports.tr("Date"), ""),
            ],
            st,
        )
    )
    story.spacer(6)
    story.add(
        notice(
            reports.tr(
                "Tick “observed” only with a concrete, dated example written on the lines. "
                "Describe behaviour, never religion, ethnicity or nationality as such."
            ),
            st,
        )
    )
    non_indicators = _non_indicators(definition, lang)
    if non_indicators:
        story.heading(reports.tr("Not indicators — do not record these as signs"))
        story.text("; ".join(non_indicators))
    _domains(story, domains, lang)
    _protective_factors(story, definition.get("protective_factors"), lang)
    _closing_prompts(story, definition, lang)
    return finish(furniture, story.items, ReportKind.BLANK_CHECKLIST, contains_personal_data=False)


def _boxes(story: Story) -> list[str]:
    reports = story.reports
    return [reports.tr("observed"), reports.tr("not observed"), reports.tr("unknown")]


def _domains(story: Story, domains: list[Mapping[str, Any]], lang: str) -> None:
    """Each domain's title, its help, and a block per item with boxes and lines for evidence."""
    reports, st, boxes = story.reports, story.styles, _boxes(story)
    for domain in domains:
        story.add(para(_domain_title(domain, lang), st.heading))
        if domain.get("kind") == "context":
            story.text(reports.tr("Recorded for support, not as signs of risk."), small=True)
        if _help(domain, lang):
            story.text(_help(domain, lang), small=True)
        for item in _items(domain, "items"):
            story.add(
                _item_block(
                    str(item.get("code", "")),
                    _label(item, lang),
                    _help(item, lang),
                    boxes,
                    st,
                    lines=2,
                )
            )


def _protective_factors(story: Story, protective: object, lang: str) -> None:
    reports, st, boxes = story.reports, story.styles, _boxes(story)
    if isinstance(protective, Mapping):
        story.add(
            para(
                text_of(protective.get("title"), lang) or reports.tr("Protective factors"),
                st.heading,
            )
        )
        if _help(protective, lang):
            story.text(_help(protective, lang), small=True)
        for item in _items(protective, "items"):
            story.add(
                _item_block(
                    str(item.get("code", "")),
                    _label(item, lang),
                    _help(item, lang),
                    boxes,
                    st,
                    lines=1,
                )
            )
        none = reports.tr("None observed")
        story.text(f"{BOX} {none}")


def _closing_prompts(story: Story, definition: Mapping[str, Any], lang: str) -> None:
    """Other explanations, context, the officer's summary, the next review and a signature."""
    reports, st = story.reports, story.styles
    for key, heading, count in (
        ("other_explanations_prompt", reports.tr("Other possible explanations"), 4),
        ("context_prompt", reports.tr("Context and vulnerability notes"), 3),
        ("summary_prompt", reports.tr("Summary by the officer"), 6),
    ):
        story.heading(heading)
        prompt = text_of(definition.get(key), lang)
        if prompt:
            story.text(prompt, small=True)
        story.add(_lines(count, st))
    story.spacer(6)
    story.add(_form_lines([(reports.tr("Next review due"), ""), (reports.tr("Signature"), "")], st))


def _domain_title(domain: Mapping[str, Any], language: str) -> str:
    code = str(domain.get("code", ""))
    label = _label(domain, language)
    return f"{code} {label}".strip() if code and code not in label else label


def _lines(count: int, styles: Styles) -> Table:
    table = Table(
        [[para(" ", styles.cell)] for _ in range(count)],
        colWidths=[CONTENT_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _form_lines(pairs: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label + value-or-blank-line rows for the form's header."""
    label_width = 62 * mm
    rows = [[para(label, styles.label), para(value or " ", styles.cell)] for label, value in pairs]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
    ]
    for row, (_label_text, value) in enumerate(pairs):
        if not value:
            commands.append(("LINEBELOW", (1, row), (1, row), 0.3, RULE))
    table.setStyle(table_style(commands))
    return table


def stored_template(
    session: Session, code: str | None = None, version: int | None = None
) -> Mapping[str, Any] | Path:
    """The template to print: a stored one by code (newest or given version), else the active one."""
    if code:
        return templates_service.get_template(session, code, version).definition
    return templates_service.active_template(session).definition
