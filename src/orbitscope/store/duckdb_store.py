"""The default store: one DuckDB file holding documents, their language layer, rejected inputs and runs.

Crash safety comes from transactions: all rows of one document are written in one transaction, so a
``kill -9`` mid-batch leaves every document either complete or absent (DuckDB replays only committed
transactions from its write-ahead log), and the next run writes the rest.

Token rows are inserted as columns (a registered dict of NumPy arrays), not row by row: measured on
1000-token documents, ``executemany`` wrote ~3k tokens/s, ``unnest`` over list parameters ~55k tokens/s
and NumPy columns ~140k tokens/s. Statements cost ~0.5 ms each whatever their size, so
``write_analyses`` (a batch in one transaction) is several times faster than per-document writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import duckdb
import numpy as np

from orbitscope import __version__
from orbitscope.engine import engine_version
from orbitscope.errors import NotFoundError, StoreError
from orbitscope.model import Analysis, Document, Event, Rejected, Source
from orbitscope.store import reading
from orbitscope.store.columns import (
    Pending,
    Transaction,
    check_ownership,
    document_columns,
    extraction_columns,
    record_columns,
    token_columns,
    unique_sources,
)
from orbitscope.store.schema import ANALYSIS_TABLES, EXTRACTION_TABLES, prepare, utc_now

#: Columns of the documents table a replaced analysis keeps: the text (the same, its id is its hash) and what
#: was found when it first arrived (when, its MinHash signature, which earlier document it nearly repeats).
_KEPT_ON_REPLACE = frozenset({"text", "minhash", "added_at", "near_duplicate_of", "near_duplicate_similarity"})

#: Below this many rows, unnested list parameters beat a registered NumPy view.
_VIEW_THRESHOLD = 100


class Store:
    """An orbitscope store in a DuckDB file; use as a context manager.

    Args:
        path: the DuckDB file; created (with its parent folder) when missing, unless ``read_only``.
        read_only: open for queries only; several readers may share the file.

    Raises:
        StoreError: the file does not exist (read-only), is not a DuckDB database, is locked by
            another process, or has a schema this orbitscope cannot use.
    """

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; run `orbitscope run PATH` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = _connect(self.path, read_only)
        try:
            self.schema_version = prepare(self._connection, str(self.path), read_only)
        except BaseException:
            self._connection.close()
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; committed data is durable, an open transaction is discarded."""
        self._connection.close()

    # -- runs -------------------------------------------------------------------------------------

    def start_run(self, settings_json: str, paths: Sequence[str]) -> int:
        """Record the start of a run with its effective settings and input paths.

        Args:
            settings_json: the settings as JSON (``Settings.as_json()``).
            paths: the input paths as given.

        Returns:
            The new run's id.
        """
        row = self._connection.execute(
            "INSERT INTO runs (started_at, settings, paths, orbitscope_version) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            [utc_now(), settings_json, [str(path) for path in paths], __version__],
        ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, counts: Mapping[str, int]) -> None:
        """Record the end of a run and its counts (documents read, analysed, rejected ...).

        Raises:
            NotFoundError: there is no run with this id.
        """
        row = self._connection.execute(
            "UPDATE runs SET finished_at = ?, counts = ? WHERE id = ? RETURNING id",
            [utc_now(), json.dumps(dict(counts)), run_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no run {run_id} in store {self.path}")

    # -- writing ----------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        """Return True when the document is in the store (its transaction committed, so it is complete)."""
        return (
            self._connection.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None
        )

    def add_source(self, doc_id: str, source: Source) -> bool:
        """Record another source of a stored document (an exact duplicate read from elsewhere).

        Returns:
            True when the source was added, False when the store already knew it.

        Raises:
            NotFoundError: the document is not in the store.
        """
        with self._transaction():
            if not self.has_document(doc_id):
                raise NotFoundError(f"cannot add source {source}: document {doc_id} is not in the store")
            known = self._connection.execute(
                "SELECT 1 FROM document_sources WHERE doc_id = ? AND path = ? AND entry IS NOT DISTINCT FROM ?",
                [doc_id, source.path, source.entry],
            ).fetchone()
            if known:
                return False
            self._insert_sources(doc_id, (source,))
        return True

    def write_analysis(self, analysis: Analysis, minhash: bytes | None, run_id: int) -> None:
        """Write a document with its paragraphs, sentences, tokens and mentions in one transaction.

        Writing a document that is already stored does nothing, so a re-run never duplicates rows.

        Args:
            analysis: the language layer's output.
            minhash: the document's MinHash signature (for near-duplicate detection), if computed.
            run_id: the run writing it (from ``start_run``).

        Raises:
            ValueError: a sentence or mention belongs to another document (a programming error).
        """
        self.write_analyses([(analysis, minhash)], run_id)

    def write_analyses(self, analyses: Sequence[tuple[Analysis, bytes | None]], run_id: int) -> int:
        """Write several analysed documents (with their MinHash signatures) in one transaction.

        Faster than ``write_analysis`` per document: each DuckDB statement costs ~0.5 ms whatever its
        size, and a batch needs the same seven statements as a single document. Documents already
        stored (or repeated within the batch) are skipped.

        Returns:
            How many documents were written.

        Raises:
            ValueError: a sentence or mention belongs to another document (a programming error).
        """
        for analysis, _ in analyses:
            check_ownership(analysis)
        return self._write([Pending.of(analysis, minhash) for analysis, minhash in analyses], run_id)

    def write_extractions(self, analyses: Sequence[Analysis]) -> int:
        """Replace the extract stage's rows (dates, quantities, claims, events) of stored documents.

        For re-extracting a store (``orbitscope extract``) after the extractors changed or after a
        migration from a store made before they existed: the documents' old rows are deleted and the new
        ones written in one transaction, so re-extracting never duplicates a row. The publication date
        is updated too (the extract stage may have estimated it).

        Returns:
            How many documents were updated.

        Raises:
            NotFoundError: a document is not in the store.
        """
        if not analyses:
            return 0
        for analysis in analyses:
            check_ownership(analysis)
        ids = [analysis.document.id for analysis in analyses]
        with self._transaction():
            missing = set(ids) - self._known_ids(ids)
            if missing:
                raise NotFoundError(f"cannot re-extract {min(missing)}: it is not in the store")
            self._delete_rows(EXTRACTION_TABLES, ids)
            for analysis in analyses:
                document = analysis.document
                self._connection.execute("UPDATE documents SET published = ?, date_source = ? WHERE id = ?",
                                         [document.published, document.date_source.value, document.id])
            self._insert_extractions([Pending.of(analysis, None) for analysis in analyses])
        return len(analyses)

    def is_current(self, doc_id: str) -> bool:
        """Whether the stored document was analysed by this engine (``orbitscope.engine.engine_version``).

        False for a document stored by another orbitscope (code, data or models changed), by one from before
        the store recorded engines, or not stored at all.
        """
        row = self._connection.execute("SELECT engine FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None and row[0] == engine_version()

    def replace_analyses(self, analyses: Sequence[Analysis], run_id: int) -> int:
        """Replace the analyses of stored documents with new ones (the same texts analysed again).

        In one transaction: each document's paragraphs, language layer, links and extractions are deleted
        and the new ones written; its row takes the new metadata, counts, run and engine, and keeps its
        place in the store's order, its sources, MinHash signature and near-duplicate mark.

        Returns:
            How many documents were replaced.

        Raises:
            NotFoundError: a document is not in the store.
        """
        for analysis in analyses:
            check_ownership(analysis)
        return self._replace([Pending.of(analysis, None) for analysis in analyses], run_id)

    def replace_unanalysed(self, document: Document, run_id: int) -> None:
        """Replace a stored document's analysis with none: this engine does not analyse it (not Polish).

        Raises:
            NotFoundError: the document is not in the store.
        """
        self._replace([Pending(document, None, (), (), False)], run_id)

    def write_unanalysed(self, document: Document, minhash: bytes | None, run_id: int) -> None:
        """Write a document the language layer does not analyse (not Polish), with sources and paragraphs.

        It is marked ``analysed = False``; writing it again does nothing.
        """
        self._write([Pending(document, minhash, (), (), False)], run_id)

    def write_rejected(self, rejected: Rejected, run_id: int) -> None:
        """Record a rejected input; the same (source, stage, reason) again only updates ``last_seen``."""
        now = utc_now()
        self._connection.execute(
            "INSERT INTO rejected VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source, stage, reason) DO UPDATE SET last_seen = excluded.last_seen",
            [rejected.source, rejected.stage, rejected.reason, now, now, run_id],
        )

    def minhash_signatures(self) -> Iterator[tuple[str, bytes]]:
        """Yield (document id, MinHash signature) of every stored document that has one, in insertion order."""
        # Fetched at once: the caller writes on this connection while iterating, which would
        # invalidate an open cursor. A signature is ~1 KB, so even 100k documents fit easily.
        rows = self._connection.execute(
            "SELECT id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY position"
        ).fetchall()
        for doc_id, signature in rows:
            yield doc_id, bytes(signature)

    # -- reading ----------------------------------------------------------------------------------

    def list_documents(self) -> list[dict[str, Any]]:
        """List the stored documents in insertion order with their counts and sources.

        Returns:
            One dict per document: id, title, published, date_source, language, outlet, url, analysed,
            tokens, sentences, mentions, sources (list of str), near_duplicate_of.
        """
        return reading.list_documents(self._connection)

    def load_analysis(self, doc_id: str, *, with_tokens: bool = True) -> Analysis:
        """Rebuild a stored document's analysis (document with sources and paragraphs, sentences, mentions).

        Args:
            doc_id: a document id or a unique prefix of at least 4 characters.
            with_tokens: also load each sentence's tokens (the report does without them).

        Raises:
            NotFoundError: no document matches, or the prefix matches several (they are listed).
        """
        doc_id = reading.resolve_id(self._connection, doc_id)
        return reading.load_analyses(self._connection, [doc_id], with_tokens)[0]

    def iter_analyses(self, *, with_tokens: bool = False, chunk: int = 200) -> Iterator[Analysis]:
        """Yield every stored document's analysis in insertion order, reading ``chunk`` documents at a time.

        Much faster than ``load_analysis`` per document (a few queries per chunk, not per document);
        the report uses it.

        Args:
            with_tokens: also load tokens (about 1000 per document: mind the memory).
            chunk: documents read per round of queries.
        """
        ids = [
            row[0]
            for row in self._connection.execute("SELECT id FROM documents ORDER BY position").fetchall()
        ]
        for first in range(0, len(ids), chunk):
            yield from reading.load_analyses(self._connection, ids[first : first + chunk], with_tokens)

    def name_counts(self, top: int | None = None) -> list[dict[str, Any]]:
        """Count name mentions by (base form, kind), most mentioned first, then by base form.

        Args:
            top: return at most this many names.

        Returns:
            Dicts with base, kind, mentions, documents, doc_ids (list), forms (distinct surface texts).
        """
        return reading.name_counts(self._connection, top)

    def entity_counts(self, doc_id: str | None = None, actor_type: str | None = None,
                      top: int | None = None) -> list[dict[str, Any]]:
        """Count entity links per actor (knowledge-base id or NIL cluster), most linked first.

        Args:
            doc_id: only this document (a full id or a unique prefix).
            actor_type: only actors of this type (country, person, international_organization, ...).
            top: return at most this many actors.

        Returns:
            Dicts with actor_id, actor_type, mentions, documents, doc_ids, codes, kinds, forms.
        """
        return reading.entity_counts(self._connection, self._resolve(doc_id), actor_type, top)

    def event_reports(self) -> list[tuple[Event, dict[str, Any]]]:
        """Every stored event (one report of it) with its document's published, outlet, url, near_duplicate_of
        and the evidence sentence's text (evidence).

        In store order (documents as they arrived, events in text order); ``orbitscope.analytics.stories``
        groups them into distinct events.
        """
        return reading.event_reports(self._connection)

    def claims(self, doc_id: str | None = None, actor: str | None = None) -> list[dict[str, Any]]:
        """Stored claims, optionally of one document (id or unique prefix) or one speaker (actor id).

        Returns:
            Dicts with doc_id, sentence, start, end, speaker, speaker_id, speaker_code, kind, cue, text, date.
        """
        return reading.claim_rows(self._connection, self._resolve(doc_id), actor)

    def quantities(self, doc_id: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        """Stored quantities, optionally of one document (id or unique prefix) or one kind (money, ...).

        Returns:
            Dicts with doc_id, sentence, start, end, text, kind, value, value_high, unit, approximate,
            measure, actors, year.
        """
        return reading.quantity_rows(self._connection, self._resolve(doc_id), kind)

    def resolve_id(self, doc_id: str) -> str:
        """The full id of the document named by ``doc_id`` or a unique prefix of it.

        Raises:
            NotFoundError: nothing matches, the prefix is too short, or it matches several documents.
        """
        return reading.resolve_id(self._connection, doc_id)

    def stats(self) -> dict[str, Any]:
        """Summarize the store: documents, language layer counts, repeats, duplicates, rejects, runs."""
        return reading.stats(self._connection)

    def rejected(self) -> list[dict[str, Any]]:
        """List rejected inputs (source, stage, reason, first_seen, last_seen), oldest first."""
        return reading.rejected(self._connection)

    # -- helpers ----------------------------------------------------------------------------------

    def _resolve(self, doc_id: str | None) -> str | None:
        """A document filter's full id (None stays None)."""
        return None if doc_id is None else reading.resolve_id(self._connection, doc_id)

    def _transaction(self) -> Transaction:
        """Context manager: BEGIN, COMMIT on success, ROLLBACK on any exception."""
        return Transaction(self._connection)

    def _write(self, pending: Sequence[Pending], run_id: int) -> int:
        """Write documents and everything under them in one transaction, skipping those already stored."""
        with self._transaction():
            known = self._known_ids([item.document.id for item in pending])
            batch: list[Pending] = []
            for item in pending:
                if item.document.id not in known:
                    known.add(item.document.id)
                    batch.append(item)
            if not batch:
                return 0
            self._insert_columns("documents", document_columns(batch, run_id))
            sources = [
                (item.document.id, source)
                for item in batch
                for source in unique_sources(item.document.sources)
            ]
            self._insert_columns(
                "document_sources",
                {
                    "doc_id": [doc_id for doc_id, _ in sources],
                    "path": [source.path for _, source in sources],
                    "entry": [source.entry for _, source in sources],
                },
            )
            self._insert_analyses(batch)
        return len(batch)

    def _replace(self, batch: Sequence[Pending], run_id: int) -> int:
        """Rewrite stored documents' rows and everything under them in one transaction (``replace_analyses``)."""
        if not batch:
            return 0
        ids = [item.document.id for item in batch]
        columns = {name: values for name, values in document_columns(batch, run_id).items()
                   if name not in _KEPT_ON_REPLACE}
        assignments = ", ".join(f'"{name}" = ?' for name in columns if name != "id")
        with self._transaction():
            missing = set(ids) - self._known_ids(ids)
            if missing:
                raise NotFoundError(f"cannot replace the analysis of {min(missing)}: it is not in the store")
            self._delete_rows(ANALYSIS_TABLES + EXTRACTION_TABLES, ids)
            for row, doc_id in enumerate(ids):
                values = [column[row] for name, column in columns.items() if name != "id"]
                self._connection.execute(f"UPDATE documents SET {assignments} WHERE id = ?", [*values, doc_id])
            self._insert_analyses(batch)
        return len(batch)

    def _delete_rows(self, tables: Sequence[str], doc_ids: list[str]) -> None:
        """Delete the rows of these documents from these tables (inside the caller's transaction)."""
        for table in tables:
            self._connection.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                                     [doc_ids])

    def _insert_analyses(self, batch: Sequence[Pending]) -> None:
        """Insert the paragraphs, language layer, links and extractions of a batch (in the caller's transaction)."""
        paragraphs = [(item.document.id, p) for item in batch for p in item.document.paragraphs]
        self._insert_columns("paragraphs", record_columns(
            [p for _, p in paragraphs], ("index", "start", "end", "repeat_of", "similarity"),
            doc_id=[doc_id for doc_id, _ in paragraphs]))
        sentences = [s for item in batch for s in item.sentences]
        self._insert_columns("sentences", record_columns(
            sentences, ("doc_id", "index", "start", "end", "paragraph", "repeat_of")))
        self._insert_columns("tokens", token_columns(sentences))
        mentions = [(index, m) for item in batch for index, m in enumerate(item.mentions)]
        self._insert_columns("mentions", record_columns(
            [m for _, m in mentions], ("doc_id", "sentence", "start", "end", "text", "base", "kind", "source",
                                       "confidence"),
            index=[index for index, _ in mentions]))
        links = [link for item in batch for link in item.links]
        self._insert_columns("entity_links", record_columns(
            links, ("doc_id", "sentence", "start", "end", "text", "actor_id", "actor_type", "kind", "code",
                    "method", "confidence")))
        self._insert_extractions(batch)

    def _insert_extractions(self, batch: Sequence[Pending]) -> None:
        """Insert the extract stage's rows of a batch (inside the caller's transaction)."""
        for table, columns in extraction_columns(batch).items():
            self._insert_columns(table, columns)

    def _known_ids(self, doc_ids: list[str]) -> set[str]:
        """Return which of these document ids are already stored."""
        rows = self._connection.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
        ).fetchall()
        return {row[0] for row in rows}

    def _insert_sources(self, doc_id: str, sources: Sequence[Source]) -> None:
        """Insert source rows of one document."""
        self._insert_columns(
            "document_sources",
            {
                "doc_id": [doc_id] * len(sources),
                "path": [source.path for source in sources],
                "entry": [source.entry for source in sources],
            },
        )

    def _insert_columns(self, table: str, columns: dict[str, list[Any]]) -> None:
        """Insert rows given as columns: unnested list parameters when few, a NumPy view when many."""
        rows = len(next(iter(columns.values())))
        if not rows:
            return
        names = ", ".join(f'"{name}"' for name in columns)
        if rows < _VIEW_THRESHOLD:
            # Unnesting list parameters costs ~1 ms a statement but ~15 µs a row; a registered view
            # costs ~2.5 ms a statement but ~5 µs a row (measured, 1000-token documents).
            unnested = ", ".join("unnest(?)" for _ in columns)
            self._connection.execute(
                f"INSERT INTO {table} ({names}) SELECT {unnested}", list(columns.values())
            )
            return
        # Object arrays let DuckDB take each value as it is, None included (nullable integers, dates,
        # blobs); the INSERT casts to the column types.
        view = {name: _object_array(values) for name, values in columns.items()}
        self._connection.register("_incoming_rows", view)
        try:
            self._connection.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming_rows")
        finally:
            self._connection.unregister("_incoming_rows")


def _object_array(values: list[Any]) -> np.ndarray:
    """A one-dimensional object array of the values, also when they are lists of equal length."""
    if not values or not isinstance(values[0], list):
        return np.array(values, dtype=object)
    # np.array would make a list of equal-length lists (every event's empty contexts) a 2-D array.
    array = np.empty(len(values), dtype=object)
    for index, value in enumerate(values):
        array[index] = value
    return array


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, turning DuckDB's errors into messages that say what to do."""
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as error:
        message = str(error)
        if "not a valid DuckDB database" in message:
            raise StoreError(
                f"{path} is not a DuckDB database (an orbitscope store is a DuckDB file); "
                "choose another --db path"
            ) from error
        if "different configuration" in message:
            raise StoreError(
                f"store {path} is already open in this process with read_only={not read_only}; "
                "close that Store first"
            ) from error
        if "lock" in message.lower():
            raise StoreError(
                f"store {path} is in use by another process (an `orbitscope run` still writing?); "
                "wait for it to finish"
            ) from error
        raise StoreError(f"cannot open store {path}: {message}") from error
