"""Records turned into columns for DuckDB inserts, and the transaction helper of the DuckDB store.

Writing goes column by column because DuckDB's per-statement cost (~0.5 ms here) dwarfs its per-row
cost: a batch of documents needs the same seven INSERT statements as a single one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from types import TracebackType
from typing import Any

import duckdb

from orbitscope.model import Analysis, Document, EntityLink, Mention, Sentence, Source
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
    """Refuse an analysis whose sentences or mentions name another document."""
    doc_id = analysis.document.id
    if any(s.doc_id != doc_id for s in analysis.sentences) or any(
        m.doc_id != doc_id for m in analysis.mentions
    ):
        raise ValueError(f"analysis of {doc_id} holds sentences or mentions of another document")


def record_columns(records: Sequence[Any], fields: Sequence[str], **extra: list[Any]) -> dict[str, list[Any]]:
    """Columns of a table from records with the same field names (enums stored as their values)."""
    columns = {name: [getattr(record, name) for record in records] for name in fields}
    for values in columns.values():
        if values and isinstance(values[0], Enum):
            values[:] = [value.value for value in values]
    return {**extra, **columns}


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
