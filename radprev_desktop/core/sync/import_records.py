"""Import steps "validate" and "apply" for the records of an authentic package.

Each line of `records.jsonl` is parsed, its envelope checked and its kind's schema
and rules run (validate); what passes is applied in kind order, each record in
its own savepoint, bound to the sender (apply) — or, for the plain cases of a
kind that has one, in its set-based apply (staging tables and joins, a batch at
a time; see `SyncKind.apply_many`). Whatever fails is kept in
`quarantine` with its reason, never dropped; a same id+version with other
content is kept in `sync_conflicts`.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

import orjson

from radprev_desktop.core import outbox
from radprev_desktop.core.errors import ForeignRecord, RadprevError
from radprev_desktop.core.services import package_imports
from radprev_desktop.core.sync import container
from radprev_desktop.core.sync.import_report import ImportReport, QuarantinedRecord
from radprev_desktop.core.text import QT_TRANSLATE_NOOP, Text
from radprev_desktop.core.vault.connection import DatabaseError
from radprev_desktop.core.vault.savepoint import savepoint

Progress = Callable[[int, int, str], None]

RECORDS_PART = "records.jsonl"
# What a kind's apply raises when a value has the wrong shape (e.g. a list where
# text was expected); such a record is quarantined, never a crash of the import.
_MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError)
MAX_ID = package_imports.MAX_ID


def quarantine(
    con: Any,
    ws: str,
    seq: int,
    line: int,
    part: str,
    kind: str,
    object_id: str,
    reason: str | Text,
    fld: str,
    raw: bytes,
    result: ImportReport,
) -> None:
    """Keep a line that is not applied, with its reason, and count it in the report (the
    line keeps the English reason; the report shows a message in the reader's language)."""
    english = str(reason)
    package_imports.keep_in_quarantine(
        con, package_imports.QuarantineLine(ws, seq, line, part, kind, object_id, english, fld, raw)
    )
    shown = reason if isinstance(reason, Text) else None
    result.quarantined.append(
        QuarantinedRecord(line, part, kind[:64], object_id[:MAX_ID], english[:500], fld[:64], shown)
    )


class _FractionRefused(ValueError):
    pass


def _no_fraction(literal: str) -> Any:
    raise _FractionRefused(literal)


# One decoder for every line (json.loads with a hook builds a new one per call).
_DECODER = json.JSONDecoder(parse_float=_no_fraction)
# Its C scanner, called straight for a line that is one JSON value and nothing around it
# (every line a workstation writes); any other line goes through `decode`, which says why.
_SCAN = cast(Callable[[str, int], tuple[Any, int]], vars(_DECODER)["scan_once"])


def _decode(text: str, decoder: json.JSONDecoder = _DECODER, scan: Any = _SCAN) -> Any:
    """`decoder.decode(text)`, skipping its whitespace matching for a bare JSON value
    (`scan`: the decoder's scanner; audit lines use json.loads' plain decoder)."""
    try:
        value, end = scan(text, 0)
    except StopIteration:
        return decoder.decode(text)
    return value if end == len(text) else decoder.decode(text)


#: json.loads' own decoder (no hook) and its scanner, for the audit lines.
PLAIN_DECODER = json.JSONDecoder()
_PLAIN_SCAN = cast(Callable[[str, int], tuple[Any, int]], vars(PLAIN_DECODER)["scan_once"])


def decode_plain(text: str) -> Any:
    """`json.loads(text)` for a line of text, by the short way when it is a bare value."""
    return _decode(text, PLAIN_DECODER, _PLAIN_SCAN)


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a package is read and applied.

    The import builds hundreds of thousands of short-lived dicts and lists (parsed
    lines, rows); each allocation burst made the collector walk every tracked object
    of the process again and again (15–25 % of an import, measured). Those objects hold
    no cycles — reference counting frees them — so nothing accumulates; the collector
    runs again as soon as the package is done (a many-package run: as soon as the run is
    done, files.import_packages, decision 0048).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_record_line(raw: bytes) -> tuple[dict[str, Any] | None, str, str, str]:
    """(line, kind, id, problem) — problem empty when the envelope is well formed."""
    if len(raw) > container.MAX_LINE_BYTES:
        return None, "", "", "The record is larger than allowed."
    try:
        # Integers only (as in canonical JSON): a JSON Schema "integer" would accept 2.0.
        line = _decode(raw.decode("utf-8"))
    except _FractionRefused:
        return None, "", "", "The record holds a number with a fraction (integers only)."
    except (ValueError, RecursionError):
        return None, "", "", "The line is not valid JSON."
    if not isinstance(line, dict):
        return None, "", "", "The line is not a JSON object."
    if container.has_lone_surrogates(raw, line):
        return None, "", "", "The line holds text that is not valid Unicode."
    return _envelope(line)


def _envelope(line: dict[str, Any]) -> tuple[dict[str, Any] | None, str, str, str]:
    """parse_record_line's checks of the envelope of a parsed line."""
    kind, oid = line.get("kind"), line.get("id")
    kind_s = kind if isinstance(kind, str) else ""
    oid_s = oid if isinstance(oid, str) else ""
    version, op, record = line.get("version"), line.get("op"), line.get("record")
    if not kind_s or len(kind_s) > 64:
        return None, kind_s, oid_s, "The record names no kind."
    if not oid_s or len(oid_s) > MAX_ID:
        return None, kind_s, oid_s, "The record has no valid id."
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        return None, kind_s, oid_s, "The record has no valid version."
    if op not in ("upsert", "tombstone"):
        return None, kind_s, oid_s, "The record's operation is not known."
    if not isinstance(record, dict):
        return None, kind_s, oid_s, "The record's content is not an object."
    if record.get("id") != oid_s or record.get("version") != version:
        return None, kind_s, oid_s, "The record's id or version differs from its envelope."
    return line, kind_s, oid_s, ""


# orjson (decision 0029) reads a line in about a third of json's time and gives the same
# value wherever both accept, except numbers: a fraction (json's hook here refuses the line)
# or an integer beyond 64 bits (orjson: a float). It refuses more than json (NaN,
# Infinity, lone surrogates, invalid UTF-8, > 1,024 levels). So its reading is used only
# when every value in it has been checked to be text, an integer, true/false, null, a list
# or an object — the envelope's seven fields here, the record by its kind's closed schema
# code (record_schema_code, closed=True), which also says the record matches the schema.
# Any other line, refused by orjson or not, is read again by json and decided as before.
_ENVELOPE = frozenset({"at", "change", "id", "kind", "op", "record", "version"})


def read_checked_line(
    raw: bytes, kinds: dict[str, outbox.SyncKind]
) -> tuple[dict[str, Any], outbox.SyncKind] | None:
    """The line and its kind when orjson's reading is certainly json's and the record
    matches its kind's schema; None: read it the usual way (parse_record_line)."""
    if len(raw) > container.MAX_LINE_BYTES:
        return None
    try:
        line = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    if type(line) is not dict or not line.keys() <= _ENVELOPE:
        return None
    kind_name, version = line.get("kind"), line.get("version")
    if (
        type(kind_name) is not str
        or type(line.get("id")) is not str
        or type(version) is not int
        or type(line.get("op")) is not str
        or type(line.get("at", "")) is not str
        or type(line.get("change", 0)) is not int
    ):
        return None
    kind = kinds.get(kind_name)
    accepts = None if kind is None else kind.schema.closed_accepts
    if kind is None or accepts is None or not accepts(line.get("record")):
        return None
    return line, kind


class Accepted(NamedTuple):
    """A record line whose envelope, schema and rules checked: ready to apply (a named
    tuple: one per record line, made in a third of a frozen dataclass's time).
    `prepared`: its kind's `prepare(record)`, made beforehand, or None. `slim`: `line`
    holds only its kind's `prepared_fields` of the record (the checking worker sent no
    more); `Target.line` reads the whole line again where a step needs it."""

    number: int
    kind: outbox.SyncKind
    line: dict[str, Any]
    prepared: Any = None
    slim: bool = False


@dataclass(frozen=True)
class Target:
    """Where quarantined lines and conflicts of this import are filed (`records`: the
    package's records part, whose raw lines a quarantined record keeps)."""

    con: Any
    origin: outbox.Origin
    package_seq: int
    result: ImportReport
    records: bytes = b""
    _raws: list[bytes] = field(default_factory=list, compare=False, repr=False)

    def raw(self, number: int) -> bytes:
        """Line `number` (from 1) of the records part, split only when a line is kept."""
        if not self._raws:
            self._raws.extend(self.records.split(b"\n"))
        return self._raws[number - 1]

    def line(self, item: Accepted) -> dict[str, Any]:
        """The accepted line whole: as the checks read it (`read_line`) from the records
        part when the checking worker sent only some of its fields (`item.slim`)."""
        if not item.slim:
            return item.line
        line = read_line(self.raw(item.number), {item.kind.name: item.kind})
        if line is None or line["id"] != item.line["id"]:
            raise ValueError(f"line {item.number} does not read as it was checked")
        return line

    def keep(
        self, number: int, kind: str, oid: str, reason: str | Text, fld: str, raw: bytes
    ) -> None:
        quarantine(
            self.con,
            self.origin.workstation_id,
            self.package_seq,
            number,
            RECORDS_PART,
            kind,
            oid,
            reason,
            fld,
            raw,
            self.result,
        )


def validate_records(
    target: Target,
    data: bytes,
    kinds: dict[str, outbox.SyncKind],
    checked: CheckedRecords | None = None,
) -> list[Accepted]:
    """Step "validate": envelope, kind, schema and rules of every line, in kind order; the
    refused lines are quarantined in line order. `checked`: check_record_lines' verdicts on
    these very bytes, made beforehand (another process, prefetch.py)."""
    if checked is None:
        checked = check_record_lines(data, kinds)
    target.result.records += checked.lines
    for number, kind_name, oid, reason, fld in checked.refused:
        target.keep(number, kind_name, oid, reason, fld, target.raw(number))
    slim = frozenset(checked.slim)
    return [
        Accepted(number, kinds[kind_name], line, prepared, number in slim)
        for number, kind_name, line, prepared in checked.accepted
    ]


class CheckedRecords(NamedTuple):
    """What the records part's checks found, in plain values (marshal carries them between
    processes): the number of lines; the accepted lines (number, kind, parsed line, its
    kind's `prepare` value or None) in kind order; the refused ones (number, kind, id,
    reason, field) in line order; `slim`: the accepted lines sent with only their kind's
    `prepared_fields` (see check_record_lines)."""

    lines: int
    accepted: list[tuple[int, str, dict[str, Any], Any]]
    refused: list[tuple[int, str, str, str, str]]
    slim: Sequence[int] = ()


def read_line(raw: bytes, kinds: dict[str, outbox.SyncKind]) -> dict[str, Any] | None:
    """A record line as the checks read it (orjson where its reading is certainly json's,
    else json), None when its envelope is not well formed."""
    checked = read_checked_line(raw, kinds)
    line, _, _, problem = _envelope(checked[0]) if checked else parse_record_line(raw)
    return None if problem else line


def check_record_lines(
    data: bytes, kinds: dict[str, outbox.SyncKind], *, prepare: bool = False
) -> CheckedRecords:
    """Envelope, kind, schema and rules of every line; reads nothing from any store.
    `prepare`: also each accepted record's kind's `prepare` value (the checking worker:
    rows built off the importing thread, decision 0038); a line whose value was made and
    whose kind names `prepared_fields` is then given with only those fields of its record
    (listed in `slim`): its set-based apply reads no more, and the importing thread does
    not unmarshal the whole record again (decision 0045)."""
    accepted: list[tuple[int, int, str, dict[str, Any], Any]] = []
    refused: list[tuple[int, str, str, str, str]] = []
    slim: list[int] = []
    raws = data.split(b"\n")[:-1] if data else []
    for number, raw in enumerate(raws, start=1):
        checked = read_checked_line(raw, kinds)
        if checked is not None:
            line, kind_name, oid, problem = _envelope(checked[0])
        else:
            line, kind_name, oid, problem = parse_record_line(raw)
        kind = kinds.get(kind_name) if kind_name else None
        if not problem and kind is None:
            problem = f"The record kind {kind_name!r} is not known to this version."
        if problem or line is None or kind is None:
            refused.append((number, kind_name, oid, problem, ""))
            continue
        try:
            kind.validate(line["record"], schema_checked=checked is not None)
        except RadprevError as exc:
            refused.append((number, kind_name, oid, str(exc), str(getattr(exc, "field", "") or "")))
            continue
        except _MALFORMED:
            # A rule tripped over a value of the wrong shape: the record is malformed.
            refused.append((number, kind_name, oid, str(_SHAPE), ""))
            continue
        made = _prepared(kind, line["record"]) if prepare else None
        if made is not None and kind.prepared_fields:
            line = _slim(line, kind.prepared_fields)
            slim.append(number)
        accepted.append((kind.order, number, kind_name, line, made))
    accepted.sort(key=_kind_order)
    return CheckedRecords(
        len(raws),
        [(number, name, line, made) for _, number, name, line, made in accepted],
        refused,
        slim,
    )


def _slim(line: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """The line's envelope (kind, id, version, op) with only `fields` of its record."""
    record = line["record"]
    return {
        "kind": line["kind"],
        "id": line["id"],
        "version": line["version"],
        "op": line["op"],
        "record": {name: record[name] for name in fields if name in record},
    }


def _prepared(kind: outbox.SyncKind, record: dict[str, Any]) -> Any:
    """The kind's `prepare(record)`; None when it has none or trips over the record (then
    its apply makes it and meets the same error, handled as before)."""
    if kind.prepare is None:
        return None
    try:
        return kind.prepare(record)
    except _MALFORMED:
        return None


def _kind_order(item: tuple[int, int, str, dict[str, Any], Any]) -> tuple[int, int]:
    return item[0], item[1]


_SHAPE = QT_TRANSLATE_NOOP(
    "errors", "The record is malformed (a field has the wrong type or shape)."
)
_NOT_FITTING = QT_TRANSLATE_NOOP(
    "errors", "The record does not fit the vault (a constraint refused it)."
)


#: Records handed to a kind's set-based apply at once (bounds the staging tables' size).
BATCH = 5000


def apply_records(target: Target, accepted: list[Accepted], report: Progress) -> None:
    """Step "apply", kind by kind in batches: the kind's set-based apply takes the plain
    cases at once (a failure of the batch hands it back whole); every other record runs
    the kind's `apply` in its own savepoint, where a refusal quarantines that one only."""
    done = 0
    for batch in _batches(accepted):
        kind = batch[0].kind
        applied = _apply_many(target, kind, batch) if kind.apply_many is not None else set()
        if applied:  # counted at once: the batch is one kind, every one of them inserted
            result = target.result
            result.by_kind[kind.name] = result.by_kind.get(kind.name, 0) + len(applied)
            result.inserted += len(applied)
        for item in batch if len(applied) < len(batch) else ():
            if item.number not in applied:
                _apply_one(target, item)
        done += len(batch)
        report(1, 3, f"Applying records ({done}/{len(accepted)})")


def _batches(accepted: list[Accepted]) -> list[list[Accepted]]:
    """Runs of one kind (the list is in kind order), at most BATCH records each."""
    batches: list[list[Accepted]] = []
    for item in accepted:
        if not batches or batches[-1][0].kind is not item.kind or len(batches[-1]) >= BATCH:
            batches.append([])
        batches[-1].append(item)
    return batches


def _apply_many(target: Target, kind: outbox.SyncKind, batch: list[Accepted]) -> set[int]:
    """The kind's set-based apply in one savepoint; nothing when the batch is refused."""
    assert kind.apply_many is not None
    try:
        with savepoint(target.con, "batch"):
            if kind.apply_prepared is not None and any(item.prepared for item in batch):
                items = [_whole_unless_its_own(target, item) for item in batch]
                records = [(item.number, item.line["record"]) for item in items]
                prepared = [item.prepared for item in items]
                return kind.apply_prepared(target.con, records, target.origin, prepared)
            records = [(item.number, target.line(item)["record"]) for item in batch]
            return kind.apply_many(target.con, records, target.origin)
    except (RadprevError, DatabaseError, *_MALFORMED):
        # One record the set-based step did not foresee: every record of the batch
        # goes one by one instead, where that one is quarantined with its reason.
        return set()


def _whole_unless_its_own(target: Target, item: Accepted) -> Accepted:
    """A slim line whose prepared value does not name its record (id and version, the
    first two values of every kind's `prepare`): given whole, so that the kind makes the
    value again from the record (a worker answering for other lines changes nothing)."""
    if not item.slim:
        return item
    record, made = item.line["record"], item.prepared
    if type(made) is tuple and made[:2] == (record.get("id"), record.get("version")):
        return item
    return item._replace(line=target.line(item), slim=False)


def _apply_one(target: Target, item: Accepted) -> None:
    """One record in its own savepoint; a refusal quarantines that one only."""
    item = item._replace(line=target.line(item), slim=False) if item.slim else item
    try:
        with savepoint(target.con, "record"):
            outcome = item.kind.apply(target.con, item.line["record"], target.origin)
    except (RadprevError, DatabaseError, *_MALFORMED) as exc:
        target.result.foreign += isinstance(exc, ForeignRecord)
        target.keep(
            item.number,
            item.kind.name,
            item.line["id"],
            _refusal(exc),
            str(getattr(exc, "field", "") or ""),
            target.raw(item.number),
        )
        return
    _count(target, item, outcome)


def _count(target: Target, item: Accepted, outcome: str) -> None:
    result = target.result
    result.by_kind[item.kind.name] = result.by_kind.get(item.kind.name, 0) + 1
    if outcome == "inserted":
        result.inserted += 1
    elif outcome == "duplicate":
        result.duplicates += 1
    else:
        result.conflicts += 1
        _keep_conflict(target, item)


def _refusal(exc: BaseException) -> Text:
    """Why a record was refused, as a message the import report translates."""
    if isinstance(exc, RadprevError):
        return exc.text
    return Text(_NOT_FITTING if isinstance(exc, DatabaseError) else _SHAPE)


def _keep_conflict(target: Target, item: Accepted) -> None:
    """A same id+version with other content: kept as received, never overwriting."""
    package_imports.keep_conflict(
        target.con,
        target.origin.workstation_id,
        target.package_seq,
        item.kind.name,
        item.line["id"],
        item.line["version"],
        container.canonical_json(item.line["record"]).decode("utf-8"),
    )
