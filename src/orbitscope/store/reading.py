"""Queries behind the store's reading methods: listing, rebuilding an analysis, name counts, statistics.

Plain functions over a DuckDB connection, so ``Store`` stays a thin facade and exports (later) can reuse them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb

from orbitscope.errors import NotFoundError
from orbitscope.model import (
    Analysis,
    Claim,
    ClaimKind,
    DateResolution,
    DateSource,
    Document,
    EntityLink,
    Event,
    EventActor,
    Granularity,
    LinkKind,
    Mention,
    MentionKind,
    NameKind,
    Paragraph,
    Quantity,
    QuantityKind,
    Sentence,
    Source,
    TimeExpression,
    Token,
)
from orbitscope.store.schema import EXTRACTION_TABLES

#: Shortest id prefix accepted in place of a full document id (ids are 16 hex digits).
MIN_PREFIX = 4
_MAX_CANDIDATES = 10

# Sources rendered like ``str(Source)``: "path" or "path#entry".
_SOURCE_TEXT = "CASE WHEN entry IS NULL THEN path ELSE path || '#' || entry END"


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Fetch all rows of an executed query as dicts keyed by column name."""
    names = [column[0] for column in cursor.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def resolve_id(connection: duckdb.DuckDBPyConnection, doc_id: str) -> str:
    """Return the full id of the document named by ``doc_id`` or by a unique prefix of it.

    Raises:
        NotFoundError: nothing matches, the prefix is too short, or it matches several documents.
    """
    if connection.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone():
        return doc_id
    if len(doc_id) < MIN_PREFIX:
        raise NotFoundError(
            f"no document {doc_id!r}; give a full id or a prefix of at least {MIN_PREFIX} characters"
        )
    candidates = [
        row[0]
        for row in connection.execute(
            "SELECT id FROM documents WHERE starts_with(id, ?) ORDER BY id LIMIT ?",
            [doc_id, _MAX_CANDIDATES + 1],
        ).fetchall()
    ]
    if not candidates:
        raise NotFoundError(f"no document with id or id prefix {doc_id!r}; `orbitscope docs` shows the ids")
    if len(candidates) > 1:
        shown = ", ".join(candidates[:_MAX_CANDIDATES]) + (
            " ..." if len(candidates) > _MAX_CANDIDATES else ""
        )
        raise NotFoundError(f"id prefix {doc_id!r} is ambiguous, it matches {shown}; give more characters")
    return candidates[0]


def list_documents(connection: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """List documents in insertion order with their counts and sources (see ``Store.list_documents``)."""
    cursor = connection.execute(
        f"""
        SELECT d.id, d.title, d.published, d.date_source, d.language, d.outlet, d.url, d.analysed,
            d.token_count AS tokens, d.sentence_count AS sentences, coalesce(m.mentions, 0) AS mentions,
            coalesce(s.sources, []) AS sources, d.near_duplicate_of
        FROM documents d
        LEFT JOIN (SELECT doc_id, count(*) AS mentions FROM mentions GROUP BY doc_id) m ON m.doc_id = d.id
        LEFT JOIN (
            SELECT doc_id, list({_SOURCE_TEXT} ORDER BY position) AS sources
            FROM document_sources GROUP BY doc_id
        ) s ON s.doc_id = d.id
        ORDER BY d.position
        """
    )
    return _dicts(cursor)


def load_analyses(
    connection: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], with_tokens: bool
) -> list[Analysis]:
    """Rebuild the analyses of documents with exactly these ids, in the given order.

    One query per table for all the ids (not per document): DuckDB statements cost ~1 ms each.

    Raises:
        NotFoundError: one of the ids is not stored.
    """
    ids = list(doc_ids)
    wanted = "doc_id IN (SELECT unnest(?::VARCHAR[]))"
    rows = {
        row[0]: row
        for row in connection.execute(
            "SELECT id, text, title, url, outlet, author, published, date_source, language, "
            "language_confidence, near_duplicate_of, near_duplicate_similarity FROM documents "
            "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
            [ids],
        ).fetchall()
    }
    missing = [doc_id for doc_id in ids if doc_id not in rows]
    if missing:
        raise NotFoundError(f"no document {missing[0]!r}")
    sources: dict[str, list[Source]] = defaultdict(list)
    for doc_id, path, entry in connection.execute(
        f"SELECT doc_id, path, entry FROM document_sources WHERE {wanted} ORDER BY position", [ids]
    ).fetchall():
        sources[doc_id].append(Source(path, entry))
    paragraphs: dict[str, list[Paragraph]] = defaultdict(list)
    for doc_id, *values in connection.execute(
        f'SELECT doc_id, "index", "start", "end", repeat_of, similarity FROM paragraphs WHERE {wanted} '
        'ORDER BY doc_id, "index"',
        [ids],
    ).fetchall():
        paragraphs[doc_id].append(Paragraph(*values))
    tokens: dict[tuple[str, int], list[Token]] = defaultdict(list)
    if with_tokens:
        for doc_id, sentence, start, end, orth, lemma, tag, name_kind, space_after in connection.execute(
            f'SELECT doc_id, sentence, "start", "end", orth, lemma, tag, name_kind, space_after FROM tokens '
            f'WHERE {wanted} ORDER BY doc_id, sentence, "index"',
            [ids],
        ).fetchall():
            tokens[doc_id, sentence].append(
                Token(start, end, orth, lemma, tag, NameKind(name_kind), space_after)
            )
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for doc_id, index, start, end, paragraph, repeat_of in connection.execute(
        f'SELECT doc_id, "index", "start", "end", paragraph, repeat_of FROM sentences WHERE {wanted} '
        'ORDER BY doc_id, "index"',
        [ids],
    ).fetchall():
        sentence_tokens = tuple(tokens.get((doc_id, index), ()))
        sentences[doc_id].append(Sentence(doc_id, index, start, end, paragraph, sentence_tokens, repeat_of))
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for doc_id, sentence, start, end, text, base, kind, source, confidence in connection.execute(
        f'SELECT doc_id, sentence, "start", "end", text, base, kind, source, confidence FROM mentions '
        f'WHERE {wanted} ORDER BY doc_id, "index"',
        [ids],
    ).fetchall():
        mentions[doc_id].append(
            Mention(doc_id, sentence, start, end, text, base, MentionKind(kind), source, confidence)
        )
    links: dict[str, list[EntityLink]] = defaultdict(list)
    for doc_id, *values in connection.execute(
        f'SELECT doc_id, sentence, "start", "end", text, actor_id, actor_type, kind, code, method, confidence '
        f'FROM entity_links WHERE {wanted} ORDER BY doc_id, "start", "end"',
        [ids],
    ).fetchall():
        sentence, start, end, text, actor_id, actor_type, kind, code, method, confidence = values
        links[doc_id].append(EntityLink(doc_id, sentence, start, end, text, actor_id, actor_type, LinkKind(kind),
                                        code, method, confidence))
    extracted = load_extractions(connection, ids)
    analyses = []
    for doc_id in ids:
        row = rows[doc_id]
        document = Document(
            id=row[0], text=row[1], title=row[2], url=row[3], outlet=row[4], author=row[5],
            published=row[6], date_source=DateSource(row[7]), language=row[8], language_confidence=row[9],
            sources=tuple(sources[doc_id]), paragraphs=tuple(paragraphs[doc_id]), near_duplicate_of=row[10],
            near_duplicate_similarity=row[11],
        )  # fmt: skip
        analyses.append(Analysis(document, tuple(sentences[doc_id]), tuple(mentions[doc_id]),
                                 tuple(links[doc_id]), *(tuple(extracted[table][doc_id]) for table in EXTRACTION_TABLES)))
    return analyses


_TIME_COLUMNS = 'sentence, "start", "end", text, granularity, "first", "last", resolution, relation'
_QUANTITY_COLUMNS = ('sentence, "start", "end", text, kind, value, unit, approximate, value_high, measure, actors, '
                     '"year"')
_CLAIM_COLUMNS = ('sentence, "start", "end", text, kind, cue, speaker_text, speaker_start, speaker_end, speaker_id, '
                  'speaker_code, "date"')
_ACTOR_COLUMNS = ", ".join(f"{role}_id, {role}_code, {role}_text, {role}_start, {role}_end"
                           for role in ("source", "target", "location"))
#: Event columns in the order ``_event`` reads them.
EVENT_COLUMNS = ('sentence, "start", "end", trigger, trigger_start, trigger_end, type, mode, contexts, "date", '
                 'date_granularity, date_method, negated, hypothetical, future, reported, quad_class, intensity, '
                 f'confidence, participants, {_ACTOR_COLUMNS}')


def _time_expression(doc_id: str, values: Sequence[Any]) -> TimeExpression:
    sentence, start, end, text, granularity, first, last, resolution, relation = values
    return TimeExpression(doc_id, sentence, start, end, text, Granularity(granularity), first, last,
                          DateResolution(resolution), relation)


def _quantity(doc_id: str, values: Sequence[Any]) -> Quantity:
    sentence, start, end, text, kind, value, unit, approximate, value_high, measure, actors, year = values
    return Quantity(doc_id, sentence, start, end, text, QuantityKind(kind), value, unit, approximate, value_high,
                    measure, tuple(actors), year)


def _claim(doc_id: str, values: Sequence[Any]) -> Claim:
    sentence, start, end, text, kind, *rest = values
    return Claim(doc_id, sentence, start, end, text, ClaimKind(kind), *rest)


def _actor(values: Sequence[Any]) -> EventActor | None:
    """An event actor from its five flat columns (id, code, text, start, end), None when the id is NULL."""
    return None if values[0] is None else EventActor(*values)


def event_from_row(doc_id: str, values: Sequence[Any]) -> Event:
    """Rebuild an event from the ``EVENT_COLUMNS`` of its row."""
    (sentence, start, end, trigger, trigger_start, trigger_end, type_, mode, contexts, date, granularity, method,
     negated, hypothetical, future, reported, quad_class, intensity, confidence, participants) = values[:20]
    source, target, location = (_actor(values[20 + 5 * i: 25 + 5 * i]) for i in range(3))
    return Event(doc_id, sentence, start, end, trigger, trigger_start, trigger_end, type_, mode, tuple(contexts),
                 source, target, tuple(EventActor(**actor) for actor in participants), date,
                 Granularity(granularity), method, location, negated, hypothetical, future, reported, quad_class,
                 intensity, confidence)


def load_extractions(connection: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]
                     ) -> dict[str, dict[str, list[Any]]]:
    """The extract stage's records of these documents: table → document id → records in their stored order."""
    result: dict[str, dict[str, list[Any]]] = {}
    for table, columns, build in (("time_expressions", _TIME_COLUMNS, _time_expression),
                                  ("quantities", _QUANTITY_COLUMNS, _quantity),
                                  ("claims", _CLAIM_COLUMNS, _claim),
                                  ("events", EVENT_COLUMNS, event_from_row)):
        records: dict[str, list[Any]] = defaultdict(list)
        for doc_id, *values in connection.execute(
            f'SELECT doc_id, {columns} FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) '
            'ORDER BY doc_id, "index"', [list(doc_ids)]
        ).fetchall():
            records[doc_id].append(build(doc_id, values))
        result[table] = records
    return result


def name_counts(connection: duckdb.DuckDBPyConnection, top: int | None) -> list[dict[str, Any]]:
    """Count mentions per (base, kind), most mentioned first (see ``Store.name_counts``)."""
    limit = "" if top is None else f"LIMIT {int(top)}"
    cursor = connection.execute(
        f"""
        SELECT base, kind, count(*) AS mentions, count(DISTINCT doc_id) AS documents,
            list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids, list(DISTINCT text ORDER BY text) AS forms
        FROM mentions GROUP BY base, kind
        ORDER BY mentions DESC, base ASC, kind ASC {limit}
        """
    )
    return _dicts(cursor)


def entity_counts(connection: duckdb.DuckDBPyConnection, doc_id: str | None, actor_type: str | None,
                  top: int | None) -> list[dict[str, Any]]:
    """Count entity links per actor, most linked first (see ``Store.entity_counts``)."""
    where, parameters = _filters({"doc_id": doc_id, "actor_type": actor_type})
    limit = "" if top is None else f"LIMIT {int(top)}"
    cursor = connection.execute(
        f"""
        SELECT actor_id, any_value(actor_type) AS actor_type, count(*) AS mentions,
            count(DISTINCT doc_id) AS documents, list(DISTINCT doc_id ORDER BY doc_id) AS doc_ids,
            list(DISTINCT code ORDER BY code) FILTER (WHERE code <> '') AS codes,
            list(DISTINCT kind ORDER BY kind) AS kinds, list(DISTINCT text ORDER BY text) AS forms
        FROM entity_links {where} GROUP BY actor_id
        ORDER BY mentions DESC, actor_id ASC {limit}
        """,
        parameters,
    )
    return _dicts(cursor)


def _scalar(connection: duckdb.DuckDBPyConnection, query: str) -> int:
    """Run a query returning one number (NULL counts as 0)."""
    row = connection.execute(query).fetchone()
    return int(row[0] or 0) if row else 0


def _counts(connection: duckdb.DuckDBPyConnection, query: str) -> dict[str, int]:
    """Run a ``SELECT key, count`` query into a dict, largest count first."""
    return {str(key): int(count) for key, count in connection.execute(query).fetchall()}


def stats(connection: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Summarize the store (see ``Store.stats``)."""
    return {
        "documents": _scalar(connection, "SELECT count(*) FROM documents"),
        "analysed": _scalar(connection, "SELECT count(*) FROM documents WHERE analysed"),
        "not_analysed": _scalar(connection, "SELECT count(*) FROM documents WHERE NOT analysed"),
        "not_analysed_by_language": _counts(
            connection,
            "SELECT coalesce(language, 'unknown') AS language, count(*) AS n FROM documents "
            "WHERE NOT analysed GROUP BY 1 ORDER BY n DESC, language",
        ),
        "sentences": _scalar(connection, "SELECT count(*) FROM sentences"),
        "tokens": _scalar(connection, "SELECT count(*) FROM tokens"),
        "mentions": _scalar(connection, "SELECT count(*) FROM mentions"),
        "mentions_by_kind": _counts(
            connection, "SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY n DESC, kind"
        ),
        "names": _scalar(connection, "SELECT count(*) FROM (SELECT DISTINCT base, kind FROM mentions)"),
        "entity_links": _scalar(connection, "SELECT count(*) FROM entity_links"),
        "linked_actors": _scalar(
            connection, "SELECT count(DISTINCT actor_id) FROM entity_links WHERE actor_id NOT LIKE 'NIL:%'"
        ),
        "nil_clusters": _scalar(
            connection, "SELECT count(DISTINCT actor_id) FROM entity_links WHERE actor_id LIKE 'NIL:%'"
        ),
        "time_expressions": _scalar(connection, "SELECT count(*) FROM time_expressions"),
        "quantities": _scalar(connection, "SELECT count(*) FROM quantities"),
        "claims": _scalar(connection, "SELECT count(*) FROM claims"),
        "event_reports": _scalar(connection, "SELECT count(*) FROM events"),
        "repeated_sentences": _scalar(
            connection, "SELECT count(*) FROM sentences WHERE repeat_of IS NOT NULL"
        ),
        "repeated_paragraphs": _scalar(
            connection, "SELECT count(*) FROM paragraphs WHERE repeat_of IS NOT NULL"
        ),
        "near_duplicates": _scalar(
            connection, "SELECT count(*) FROM documents WHERE near_duplicate_of IS NOT NULL"
        ),
        "sources": _scalar(connection, "SELECT count(*) FROM document_sources"),
        "rejected": _scalar(connection, "SELECT count(*) FROM rejected"),
        "rejected_by_stage": _counts(
            connection, "SELECT stage, count(*) AS n FROM rejected GROUP BY stage ORDER BY n DESC, stage"
        ),
        "runs": _scalar(connection, "SELECT count(*) FROM runs"),
    }


def rejected(connection: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """List rejected inputs, oldest first (see ``Store.rejected``)."""
    cursor = connection.execute(
        "SELECT source, stage, reason, first_seen, last_seen FROM rejected ORDER BY first_seen, source, stage"
    )
    return _dicts(cursor)


def event_reports(connection: duckdb.DuckDBPyConnection) -> list[tuple[Event, dict[str, Any]]]:
    """Every stored event with its document's date, outlet, URL (else first source), near-duplicate link and
    the text of its evidence sentence."""
    rows = connection.execute(
        f"""
        SELECT e.doc_id, {EVENT_COLUMNS}, d.published, d.outlet, coalesce(d.url, s.source) AS url,
            d.near_duplicate_of, substring(d.text, e."start" + 1, e."end" - e."start") AS evidence
        FROM events e
        JOIN documents d ON d.id = e.doc_id
        LEFT JOIN (SELECT doc_id, arg_min({_SOURCE_TEXT}, position) AS source FROM document_sources
                   GROUP BY doc_id) s ON s.doc_id = e.doc_id
        ORDER BY d.position, e."index"
        """
    ).fetchall()
    details = ("published", "outlet", "url", "near_duplicate_of", "evidence")
    return [(event_from_row(row[0], row[1:-len(details)]),
             dict(zip(details, row[-len(details):], strict=True))) for row in rows]


def claim_rows(connection: duckdb.DuckDBPyConnection, doc_id: str | None, actor: str | None) -> list[dict[str, Any]]:
    """Stored claims in document and text order, optionally of one document or one speaker."""
    where, parameters = _filters({"doc_id": doc_id, "speaker_id": actor})
    return _dicts(connection.execute(
        f"""SELECT c.doc_id, c.sentence, c."start", c."end", c.speaker_text AS speaker, c.speaker_id,
            c.speaker_code, c.kind, c.cue, c.text, c."date"
        FROM claims c JOIN documents d ON d.id = c.doc_id {where} ORDER BY d.position, c."index" """,
        parameters))


def quantity_rows(connection: duckdb.DuckDBPyConnection, doc_id: str | None, kind: str | None
                  ) -> list[dict[str, Any]]:
    """Stored quantities in document and text order, optionally of one document or one kind."""
    where, parameters = _filters({"doc_id": doc_id, "kind": kind})
    return _dicts(connection.execute(
        f"""SELECT q.doc_id, q.sentence, q."start", q."end", q.text, q.kind, q.value, q.value_high, q.unit,
            q.approximate, q.measure, q.actors, q."year"
        FROM quantities q JOIN documents d ON d.id = q.doc_id {where} ORDER BY d.position, q."index" """,
        parameters))


def _filters(equal: dict[str, Any]) -> tuple[str, list[Any]]:
    """A WHERE clause requiring each given (not None) column to equal its value, with its parameters."""
    given = {column: value for column, value in equal.items() if value is not None}
    where = " AND ".join(f"{column} = ?" for column in given)
    return (f"WHERE {where}" if where else ""), list(given.values())
