"""The store's schema as an ordered list of migrations.

Each migration is a tuple of SQL statements applied in one transaction; the number of the last applied
migration is recorded in ``schema_version``. A later issue extends the schema (entities, events, claims)
by *appending* a migration — never by editing an applied one, because stores in the field already ran it.

Columns named ``index``, ``start`` and ``end`` are quoted everywhere: ``end`` is reserved in SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import duckdb

from orbitscope import __version__
from orbitscope.errors import StoreError

_SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL,
    orbitscope_version VARCHAR NOT NULL
)
"""

_INITIAL_SCHEMA = (
    # Sequences give a stable insertion order (MinHash signatures must be compared in the order the
    # documents arrived, so the earlier document is the one the later one duplicates).
    "CREATE SEQUENCE document_order START 1",
    "CREATE SEQUENCE source_order START 1",
    "CREATE SEQUENCE run_ids START 1",
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        title VARCHAR,
        text VARCHAR NOT NULL,
        url VARCHAR,
        outlet VARCHAR,
        author VARCHAR,
        published DATE,
        date_source VARCHAR NOT NULL,
        language VARCHAR,
        language_confidence DOUBLE,
        near_duplicate_of VARCHAR,
        near_duplicate_similarity DOUBLE,
        analysed BOOLEAN NOT NULL,
        token_count INTEGER NOT NULL,
        sentence_count INTEGER NOT NULL,
        minhash BLOB,
        added_at TIMESTAMP NOT NULL,
        run_id INTEGER,
        position BIGINT NOT NULL DEFAULT nextval('document_order')
    )
    """,
    # entry is NULL for single-document files; UNIQUE treats NULLs as distinct, so the store checks
    # duplicates with IS NOT DISTINCT FROM before inserting.
    """
    CREATE TABLE document_sources (
        doc_id VARCHAR NOT NULL,
        path VARCHAR NOT NULL,
        entry INTEGER,
        position BIGINT NOT NULL DEFAULT nextval('source_order'),
        UNIQUE (doc_id, path, entry)
    )
    """,
    """
    CREATE TABLE paragraphs (
        doc_id VARCHAR NOT NULL,
        "index" INTEGER NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        repeat_of INTEGER,
        similarity DOUBLE,
        PRIMARY KEY (doc_id, "index")
    )
    """,
    """
    CREATE TABLE sentences (
        doc_id VARCHAR NOT NULL,
        "index" INTEGER NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        repeat_of INTEGER,
        PRIMARY KEY (doc_id, "index")
    )
    """,
    # No primary key on tokens: an ART index over ~1000 rows per document costs more on every insert
    # than it ever saves; rows are written per document in one transaction, so (doc_id, sentence, index)
    # is unique by construction, and DuckDB's zone maps find a document's rows because they are contiguous.
    """
    CREATE TABLE tokens (
        doc_id VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        "index" INTEGER NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        orth VARCHAR NOT NULL,
        lemma VARCHAR NOT NULL,
        tag VARCHAR NOT NULL,
        name_kind VARCHAR NOT NULL,
        space_after BOOLEAN NOT NULL
    )
    """,
    """
    CREATE TABLE mentions (
        doc_id VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        "index" INTEGER NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        base VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL
    )
    """,
    """
    CREATE TABLE rejected (
        source VARCHAR NOT NULL,
        stage VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL,
        run_id INTEGER,
        UNIQUE (source, stage, reason)
    )
    """,
    """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY DEFAULT nextval('run_ids'),
        started_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        settings JSON,
        paths VARCHAR[],
        counts JSON,
        orbitscope_version VARCHAR NOT NULL
    )
    """,
)

# Version 2: entity links (mention → knowledge-base actor or NIL cluster, with the actor code).
_ENTITY_LINKS = (
    """
    CREATE TABLE entity_links (
        doc_id VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        actor_type VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        code VARCHAR NOT NULL,
        method VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL
    )
    """,
)

# An event participant as one value: the linked actor, its code and the text span naming it.
_EVENT_ACTOR = 'STRUCT(actor_id VARCHAR, code VARCHAR, text VARCHAR, "start" INTEGER, "end" INTEGER)'

# Version 3: what the extract stage finds (issue 5). Every row keeps its document id, sentence and the
# character offsets of its evidence; "index" is the record's position in the document's tuple, so an
# analysis reads back in exactly the order it was written. Source, target and location of an event are
# flat columns (filters and exports use them); the other participants, rarely queried, are a list.
_EVIDENCE = ('doc_id VARCHAR NOT NULL, "index" INTEGER NOT NULL, sentence INTEGER NOT NULL, '
             '"start" INTEGER NOT NULL, "end" INTEGER NOT NULL,')
_EXTRACTIONS = (
    f"""
    CREATE TABLE time_expressions (
        {_EVIDENCE}
        text VARCHAR NOT NULL,
        granularity VARCHAR NOT NULL,
        "first" DATE,
        "last" DATE,
        resolution VARCHAR NOT NULL,
        relation VARCHAR NOT NULL
    )
    """,
    f"""
    CREATE TABLE quantities (
        {_EVIDENCE}
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        value DOUBLE NOT NULL,
        unit VARCHAR NOT NULL,
        approximate VARCHAR NOT NULL,
        value_high DOUBLE,
        measure VARCHAR NOT NULL,
        actors VARCHAR[] NOT NULL,
        "year" INTEGER
    )
    """,
    f"""
    CREATE TABLE claims (
        {_EVIDENCE}
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        cue VARCHAR NOT NULL,
        speaker_text VARCHAR NOT NULL,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_id VARCHAR,
        speaker_code VARCHAR,
        "date" VARCHAR
    )
    """,
    f"""
    CREATE TABLE events (
        {_EVIDENCE}
        trigger VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        type VARCHAR NOT NULL,
        mode VARCHAR NOT NULL,
        contexts VARCHAR[] NOT NULL,
        source_id VARCHAR, source_code VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
        target_id VARCHAR, target_code VARCHAR, target_text VARCHAR, target_start INTEGER, target_end INTEGER,
        participants {_EVENT_ACTOR}[] NOT NULL,
        "date" VARCHAR,
        date_granularity VARCHAR NOT NULL,
        date_method VARCHAR NOT NULL,
        location_id VARCHAR, location_code VARCHAR, location_text VARCHAR, location_start INTEGER,
        location_end INTEGER,
        negated BOOLEAN NOT NULL,
        hypothetical BOOLEAN NOT NULL,
        future BOOLEAN NOT NULL,
        reported BOOLEAN NOT NULL,
        quad_class INTEGER NOT NULL,
        intensity DOUBLE NOT NULL,
        confidence DOUBLE NOT NULL
    )
    """,
)

# Version 4: the engine (orbitscope.engine.engine_version) that analysed each document, so a run with
# another engine analyses it again. NULL for documents stored before: they are analysed again too.
_ENGINE = ("ALTER TABLE documents ADD COLUMN engine VARCHAR",)

#: Ordered migrations; migration ``n`` (1-based) brings a store to schema version ``n``.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_INITIAL_SCHEMA, _ENTITY_LINKS, _EXTRACTIONS, _ENGINE)

#: The tables holding a document's analysis (everything but the documents row and its sources).
ANALYSIS_TABLES = ("paragraphs", "sentences", "tokens", "mentions", "entity_links")

#: The tables written by the extract stage, in the order they are written and read.
EXTRACTION_TABLES = ("time_expressions", "quantities", "claims", "events")

#: The schema version this code writes and reads.
SCHEMA_VERSION = len(MIGRATIONS)


def utc_now() -> datetime:
    """Naive UTC timestamp; all store timestamps are UTC (DuckDB TIMESTAMP has no zone)."""
    return datetime.now(UTC).replace(tzinfo=None)


def stored_version(connection: duckdb.DuckDBPyConnection) -> int | None:
    """Return the store's schema version, 0 for an empty database, None for a foreign DuckDB database.

    Args:
        connection: an open DuckDB connection.
    """
    tables = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "schema_version" in tables:
        row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0) if row else 0
    return 0 if not tables else None


def prepare(
    connection: duckdb.DuckDBPyConnection,
    path: str,
    read_only: bool,
    migrations: Sequence[Sequence[str]] = MIGRATIONS,
) -> int:
    """Check the store's schema version and, when writable, apply the pending migrations.

    Args:
        connection: an open DuckDB connection to the store.
        path: the store's path, for messages.
        read_only: whether the connection may not be migrated.
        migrations: the ordered migrations (the module's ``MIGRATIONS``; tests pass their own).

    Returns:
        The schema version after preparation.

    Raises:
        StoreError: the store was made by a newer orbitscope, is not an orbitscope store, or is older than
            this code and opened read-only.
    """
    latest = len(migrations)
    version = stored_version(connection)
    if version is None:
        raise StoreError(f"{path} is a DuckDB database but not an orbitscope store; choose another --db path")
    if version > latest:
        raise StoreError(
            f"store {path} has schema version {version}, made by a newer orbitscope; this orbitscope "
            f"({__version__}) knows schema versions up to {latest}. Upgrade orbitscope to read it."
        )
    if version == latest:
        return version
    if read_only:
        if version == 0:
            raise StoreError(f"store {path} is empty; run `orbitscope run PATH` first")
        raise StoreError(
            f"store {path} has schema version {version}, older than {latest}; "
            "run `orbitscope run PATH` once to upgrade it"
        )
    connection.execute(_SCHEMA_VERSION_TABLE)
    for number in range(version + 1, latest + 1):
        _apply(connection, number, migrations[number - 1])
    return latest


def _apply(connection: duckdb.DuckDBPyConnection, number: int, statements: Sequence[str]) -> None:
    """Apply one migration and record it, all or nothing."""
    connection.begin()
    try:
        for statement in statements:
            connection.execute(statement)
        connection.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [number, utc_now(), __version__])
        connection.commit()
    except duckdb.Error as error:
        connection.rollback()
        raise StoreError(f"cannot migrate the store to schema version {number}: {error}") from error
