"""Records turned into columns for DuckDB inserts, and the transaction helper of the DuckDB store.

Writing goes column by column because DuckDB's per-statement cost (~0.5 ms here) dwarfs its per-row
cost: a batch of documents needs the same seven INSERT statements as a single one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from enum import Enum
from types import TracebackType
from typing import Any

import duckdb

from orbitscope.engine import engine_version
from orbitscope.model import (
    Analysis,
    Claim,
    Document,
    EntityLink,
    Event,
    EventActor,
    Mention,
    Quantity,
    Sentence,
    Source,
    TimeExpression,
)
from orbitscope.store.schema import utc_now


@dataclass(frozen=True, slots=True)
class Pending:
    """A document waiting to be written, with its language layer (empty when not analysed)."""

    document: Document
    minhash: bytes | None
    sentences: Sequence[Sentence]
    mentions: Sequence[Mention]
    analysed: bool
    links: Sequence[EntityLink] = ()
    time_expressions: Sequence[TimeExpression] = ()
    quantities: Sequence[Quantity] = ()
    claims: Sequence[Claim] = ()
    events: Sequence[Event] = ()

    @classmethod
    def of(cls, analysis: Analysis, minhash: bytes | None) -> Pending:
        """An analysed document with everything its stages produced."""
        return cls(analysis.document, minhash, analysis.sentences, analysis.mentions, True, analysis.links,
                   analysis.time_expressions, analysis.quantities, analysis.claims, analysis.events)


class Transaction:
    """BEGIN on enter; COMMIT when the block succeeds, ROLLBACK when it raises."""

    def __init__(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._connection.commit()
        else:
            self._connection.rollback()


def check_ownership(analysis: Analysis) -> None:
    """Refuse an analysis holding a record (sentence, mention, link, date, figure, claim, event) of another document."""
    doc_id = analysis.document.id
    records = (analysis.sentences, analysis.mentions, analysis.links, analysis.time_expressions,
               analysis.quantities, analysis.claims, analysis.events)
    if any(record.doc_id != doc_id for group in records for record in group):
        raise ValueError(f"analysis of {doc_id} holds records of another document")


def record_columns(records: Sequence[Any], fields: Sequence[str], **extra: list[Any]) -> dict[str, list[Any]]:
    """Columns of a table from records with the same field names (enums as their values, tuples as lists)."""
    columns = {name: [getattr(record, name) for record in records] for name in fields}
    for values in columns.values():
        if values and isinstance(values[0], Enum):
            values[:] = [value.value for value in values]
        elif values and isinstance(values[0], tuple):
            values[:] = [list(value) for value in values]
    return {**extra, **columns}


#: Event fields stored as they are; the actors (source, target, location, participants) are flattened.
_EVENT_ACTOR_ROLES = ("source", "target", "location")
_EVENT_FIELDS = tuple(f.name for f in fields(Event) if f.name not in (*_EVENT_ACTOR_ROLES, "participants"))
_ACTOR_FIELDS = tuple(f.name for f in fields(EventActor))


def extraction_columns(batch: Sequence[Pending]) -> dict[str, dict[str, list[Any]]]:
    """The columns of the extraction tables (time_expressions, quantities, claims, events) for a batch.

    Each row gets ``index``, its position in the document's tuple, so reading restores the exact order.
    """
    columns: dict[str, dict[str, list[Any]]] = {}
    for table, record_type in (("time_expressions", TimeExpression), ("quantities", Quantity),
                               ("claims", Claim)):
        records = [(index, record) for item in batch for index, record in enumerate(getattr(item, table))]
        columns[table] = record_columns([record for _, record in records],
                                        [f.name for f in fields(record_type)],
                                        index=[index for index, _ in records])
    events = [(index, event) for item in batch for index, event in enumerate(item.events)]
    records = [event for _, event in events]
    flat = record_columns(records, _EVENT_FIELDS, index=[index for index, _ in events])
    for role in _EVENT_ACTOR_ROLES:
        actors = [getattr(event, role) for event in records]
        for name in _ACTOR_FIELDS:
            column = "id" if name == "actor_id" else name
            flat[f"{role}_{column}"] = [None if actor is None else getattr(actor, name) for actor in actors]
    flat["participants"] = [[asdict(actor) for actor in event.participants] for event in records]
    columns["events"] = flat
    return columns


def document_columns(batch: Sequence[Pending], run_id: int) -> dict[str, list[Any]]:
    """The documents table's columns for a batch."""
    docs = [item.document for item in batch]
    now = utc_now()
    return {
        "id": [d.id for d in docs],
        "title": [d.title for d in docs],
        "text": [d.text for d in docs],
        "url": [d.url for d in docs],
        "outlet": [d.outlet for d in docs],
        "author": [d.author for d in docs],
        "published": [d.published for d in docs],
        "date_source": [d.date_source.value for d in docs],
        "language": [d.language for d in docs],
        "language_confidence": [d.language_confidence for d in docs],
        "near_duplicate_of": [d.near_duplicate_of for d in docs],
        "near_duplicate_similarity": [d.near_duplicate_similarity for d in docs],
        "analysed": [item.analysed for item in batch],
        "token_count": [sum(len(s.tokens) for s in item.sentences) for item in batch],
        "sentence_count": [len(item.sentences) for item in batch],
        "minhash": [item.minhash for item in batch],
        "added_at": [now] * len(batch),
        "run_id": [run_id] * len(batch),
        "engine": [engine_version()] * len(batch),
    }


def token_columns(sentences: Sequence[Sentence]) -> dict[str, list[Any]]:
    """Flatten the sentences' tokens into columns (the hot path of writing: ~1000 tokens per document)."""
    names = (
        "doc_id",
        "sentence",
        "index",
        "start",
        "end",
        "orth",
        "lemma",
        "tag",
        "name_kind",
        "space_after",
    )
    rows = [
        (s.doc_id, s.index, i, t.start, t.end, t.orth, t.lemma, t.tag, t.name_kind.value, t.space_after)
        for s in sentences
        for i, t in enumerate(s.tokens)
    ]
    if not rows:
        return {name: [] for name in names}
    return {name: list(column) for name, column in zip(names, zip(*rows, strict=True), strict=True)}


def unique_sources(sources: Sequence[Source]) -> list[Source]:
    """Drop repeated sources (the same file read twice in one batch), keeping the first order."""
    return list(dict.fromkeys(sources))
