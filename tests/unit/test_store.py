"""Store: schema and migrations, writing (atomic, idempotent), reading back, counts and errors."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from orbitscope.errors import NotFoundError, StoreError
from orbitscope.model import (
    Analysis,
    DateSource,
    Document,
    Mention,
    MentionKind,
    NameKind,
    Paragraph,
    Rejected,
    Sentence,
    Source,
    Token,
    document_id,
)
from orbitscope.store import SCHEMA_VERSION, Store
from orbitscope.store import schema as store_schema


def build_analysis(
    paragraphs: list[list[str]],
    names: dict[str, tuple[str, MentionKind]] | None = None,
    **document_fields: object,
) -> Analysis:
    """Build an analysis by hand: whitespace tokens, one mention per occurrence of each name."""
    names = names or {}
    text = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
    doc_id = document_id(text)
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    paragraph_records: list[Paragraph] = []
    position = 0
    for paragraph_index, paragraph in enumerate(paragraphs):
        paragraph_start = position
        for sentence_text in paragraph:
            start = text.index(sentence_text, position)
            tokens = []
            for match in re.finditer(r"\S+", sentence_text):
                orth = match.group()
                kind = NameKind.GEOGRAPHIC if orth[0].isupper() else NameKind.NONE
                tokens.append(
                    Token(
                        start + match.start(),
                        start + match.end(),
                        orth,
                        orth.lower(),
                        "subst:sg:nom:m3",
                        kind,
                    )
                )
            index = len(sentences)
            sentences.append(
                Sentence(doc_id, index, start, start + len(sentence_text), paragraph_index, tuple(tokens))
            )
            for surface, (base, kind) in names.items():
                for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", sentence_text):
                    mentions.append(
                        Mention(
                            doc_id, index, start + match.start(), start + match.end(), surface, base, kind
                        )
                    )
            position = start + len(sentence_text)
        paragraph_records.append(Paragraph(paragraph_index, paragraph_start, position))
        position += 2
    document = Document(
        id=doc_id,
        text=text,
        language="pl",
        paragraphs=tuple(paragraph_records),
        sources=(Source(f"{doc_id}.txt"),),
        **document_fields,  # type: ignore[arg-type]
    )
    return Analysis(document, tuple(sentences), tuple(mentions))


NAMES = {
    "Wielkiej Brytanii": ("Wielka Brytania", MentionKind.PLACE),
    "Putina": ("Władimir Putin", MentionKind.PERSON),
    "Putin": ("Władimir Putin", MentionKind.PERSON),
}


@pytest.fixture
def analysis() -> Analysis:
    return build_analysis(
        [
            ["Premier Wielkiej Brytanii spotkał się z prezydentem.", "Rozmowa trwała godzinę."],
            ["Putin nie skomentował sprawy.", "Rzecznik Putina milczał."],
        ],
        NAMES,
        title="Spotkanie w Londynie",
        url="https://example.pl/a",
        outlet="example.pl",
        author="Jan Kowalski",
        published=date(2023, 11, 9),
        date_source=DateSource.FILE_NAME,
        language_confidence=0.98,
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store.duckdb") as opened:
        yield opened


def count(store: Store, table: str) -> int:
    return store._connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_new_store_records_its_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "store.duckdb"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    with duckdb.connect(str(path)) as connection:
        versions = connection.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [row[0] for row in versions] == list(range(1, SCHEMA_VERSION + 1))
    # Reopening applies nothing twice.
    with Store(path) as store:
        assert count(store, "schema_version") == SCHEMA_VERSION


def test_appended_migration_is_applied_to_an_existing_store(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    Store(path).close()
    migrations = store_schema.MIGRATIONS + (("CREATE TABLE entities (id VARCHAR PRIMARY KEY)",),)
    with duckdb.connect(str(path)) as connection:
        assert store_schema.prepare(connection, str(path), False, migrations) == SCHEMA_VERSION + 1
        assert connection.execute("SELECT count(*) FROM entities").fetchone() == (0,)
        assert store_schema.stored_version(connection) == SCHEMA_VERSION + 1
    # This orbitscope does not know migration SCHEMA_VERSION + 1, so the store is now "newer".
    with pytest.raises(StoreError, match="newer orbitscope"):
        Store(path)


def test_failing_migration_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    Store(path).close()
    broken = store_schema.MIGRATIONS + (("CREATE TABLE entities (id VARCHAR)", "THIS IS NOT SQL"),)
    with duckdb.connect(str(path)) as connection:
        with pytest.raises(StoreError, match=f"schema version {SCHEMA_VERSION + 1}"):
            store_schema.prepare(connection, str(path), False, broken)
        assert store_schema.stored_version(connection) == SCHEMA_VERSION
        tables = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "entities" not in tables


def test_store_from_a_newer_orbitscope_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as connection:
        connection.execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP, '9.9')")
    with pytest.raises(StoreError, match="newer orbitscope"):
        Store(path)
    with pytest.raises(StoreError, match="schema version 99"):
        Store(path, read_only=True)


def test_file_that_is_not_duckdb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database, just notes\n" * 100)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(path)
    assert path.read_text().startswith("not a database")  # left untouched


def test_foreign_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE sales (amount INTEGER)")
    with pytest.raises(StoreError, match="not an orbitscope store"):
        Store(path)


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError, match=r"no store at .*missing\.duckdb; run `orbitscope run PATH` first"):
        Store(path, read_only=True)
    assert not path.exists()


def test_read_only_store_can_read_but_not_write(tmp_path: Path, analysis: Analysis) -> None:
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        store.write_analysis(analysis, None, store.start_run("{}", ["a"]))
    with Store(path, read_only=True) as store:
        assert store.load_analysis(analysis.document.id) == analysis
        with pytest.raises(duckdb.Error):
            store.start_run("{}", [])


def test_analysis_round_trips(store: Store, analysis: Analysis) -> None:
    run_id = store.start_run("{}", ["in"])
    store.write_analysis(analysis, b"\x01\x02", run_id)
    assert store.has_document(analysis.document.id)
    loaded = store.load_analysis(analysis.document.id)
    assert loaded == analysis
    assert loaded.document.published == date(2023, 11, 9)
    assert loaded.document.date_source is DateSource.FILE_NAME
    assert loaded.mentions[0].kind is MentionKind.PLACE
    assert loaded.sentences[0].tokens[1].name_kind is NameKind.GEOGRAPHIC
    without_tokens = store.load_analysis(analysis.document.id, with_tokens=False)
    assert all(not sentence.tokens for sentence in without_tokens.sentences)
    assert without_tokens.mentions == analysis.mentions


def test_enums_are_stored_as_their_values(store: Store, analysis: Analysis) -> None:
    store.write_analysis(analysis, None, store.start_run("{}", []))
    connection = store._connection
    assert connection.execute("SELECT date_source FROM documents").fetchone()[0] == "file_name"
    assert {row[0] for row in connection.execute("SELECT kind FROM mentions").fetchall()} == {
        "place",
        "person",
    }
    assert {row[0] for row in connection.execute("SELECT name_kind FROM tokens").fetchall()} == {
        "",
        "geographic",
    }


def test_writing_the_same_analysis_again_adds_nothing(store: Store, analysis: Analysis) -> None:
    run_id = store.start_run("{}", [])
    store.write_analysis(analysis, None, run_id)
    before = {
        table: count(store, table) for table in ("documents", "document_sources", "sentences", "tokens")
    }
    store.write_analysis(analysis, None, run_id)
    assert store.write_analyses([(analysis, None), (analysis, None)], run_id) == 0
    after = {table: count(store, table) for table in before}
    assert after == before
    assert before["tokens"] == analysis.token_count


def test_batch_writes_each_document_once(store: Store) -> None:
    analyses = [build_analysis([[f"Zdanie numer {i} o Putinie."]]) for i in range(5)]
    written = store.write_analyses([(a, None) for a in analyses + analyses[:2]], store.start_run("{}", []))
    assert written == 5
    assert [row["id"] for row in store.list_documents()] == [a.document.id for a in analyses]
    assert count(store, "tokens") == sum(a.token_count for a in analyses)


def test_failed_write_leaves_nothing(store: Store, analysis: Analysis) -> None:
    # A mention whose text is None violates NOT NULL in the last insert of the transaction.
    broken_mention = Mention(analysis.document.id, 0, 0, 1, None, "x", MentionKind.NAME)  # type: ignore[arg-type]
    broken = Analysis(analysis.document, analysis.sentences, (broken_mention,))
    with pytest.raises(duckdb.Error):
        store.write_analysis(broken, None, store.start_run("{}", []))
    assert not store.has_document(analysis.document.id)
    assert all(count(store, table) == 0 for table in ("documents", "paragraphs", "sentences", "tokens"))
    store.write_analysis(analysis, None, 1)  # the connection is usable afterwards
    assert store.has_document(analysis.document.id)


def test_foreign_sentence_is_a_programming_error(store: Store, analysis: Analysis) -> None:
    other = build_analysis([["Inny tekst całkiem."]])
    mixed = Analysis(analysis.document, analysis.sentences + other.sentences, analysis.mentions)
    with pytest.raises(ValueError, match="another document"):
        store.write_analysis(mixed, None, 1)


def test_unanalysed_document_is_stored_and_marked(store: Store) -> None:
    text = "The Prime Minister met the President in London."
    document = Document(
        id=document_id(text), text=text, language="en", language_confidence=0.9,
        sources=(Source("feed.xml", 3),), paragraphs=(Paragraph(0, 0, len(text)),),
    )  # fmt: skip
    store.write_unanalysed(document, b"sig", store.start_run("{}", []))
    store.write_unanalysed(document, b"sig", 1)
    [row] = store.list_documents()
    assert row["analysed"] is False
    assert row["sources"] == ["feed.xml#3"]
    assert (row["tokens"], row["sentences"], row["mentions"]) == (0, 0, 0)
    loaded = store.load_analysis(document.id)
    assert loaded.document == document
    assert loaded.sentences == ()
    stats = store.stats()
    assert stats["not_analysed"] == 1
    assert stats["not_analysed_by_language"] == {"en": 1}


def test_add_source_records_each_source_once(store: Store, analysis: Analysis) -> None:
    store.write_analysis(analysis, None, store.start_run("{}", []))
    doc_id = analysis.document.id
    assert store.add_source(doc_id, Source("copy.txt")) is True
    assert store.add_source(doc_id, Source("copy.txt")) is False  # entry None compares equal
    assert store.add_source(doc_id, Source("feed.jsonl", 7)) is True
    assert store.add_source(doc_id, Source("feed.jsonl", 7)) is False
    assert store.add_source(doc_id, analysis.document.sources[0]) is False
    assert store.list_documents()[0]["sources"] == [f"{doc_id}.txt", "copy.txt", "feed.jsonl#7"]
    assert store.load_analysis(doc_id).document.sources[-1] == Source("feed.jsonl", 7)
    with pytest.raises(NotFoundError, match="not in the store"):
        store.add_source("0123456789abcdef", Source("x.txt"))


def test_minhash_signatures_come_in_insertion_order(store: Store) -> None:
    analyses = [build_analysis([[f"Tekst {word} o czymś."]]) for word in ("zeta", "alfa", "mi")]
    run_id = store.start_run("{}", [])
    for number, analysis in enumerate(analyses):
        store.write_analysis(analysis, bytes([number]) * 8, run_id)
    store.write_analysis(build_analysis([["Bez podpisu."]]), None, run_id)
    signatures = list(store.minhash_signatures())
    assert signatures == [(a.document.id, bytes([n]) * 8) for n, a in enumerate(analyses)]
    assert all(isinstance(signature, bytes) for _, signature in signatures)


def test_id_prefix_resolution(store: Store) -> None:
    analyses = [build_analysis([[f"Dokument numer {i} jest tutaj."]]) for i in range(40)]
    store.write_analyses([(a, None) for a in analyses], store.start_run("{}", []))
    ids = sorted(a.document.id for a in analyses)
    target = ids[0]
    unique_prefix = next(
        target[:n] for n in range(4, 17) if sum(other.startswith(target[:n]) for other in ids) == 1
    )
    assert store.load_analysis(unique_prefix).document.id == target
    with pytest.raises(NotFoundError, match="at least 4"):
        store.load_analysis(target[:3])
    with pytest.raises(NotFoundError, match="no document"):
        store.load_analysis("zzzzzzzz")
    # 40 ids over 16 hex digits: some first digit is shared; that prefix is ambiguous.
    shared = next(i[:1] for i in ids if sum(other.startswith(i[:1]) for other in ids) > 1)
    ambiguous = [i for i in ids if i.startswith(shared)]
    store._connection.execute("UPDATE documents SET id = 'abcd' || id WHERE starts_with(id, ?)", [shared])
    with pytest.raises(NotFoundError, match="ambiguous") as raised:
        store.load_analysis("abcd")
    assert all("abcd" + i in str(raised.value) for i in ambiguous[:10])


def test_name_counts(store: Store) -> None:
    first = build_analysis([["Putin spotkał premiera Wielkiej Brytanii.", "Putina krytykowano."]], NAMES)
    second = build_analysis([["Putin milczał w sprawie Wielkiej Brytanii."]], NAMES)
    store.write_analyses([(first, None), (second, None)], store.start_run("{}", []))
    names = store.name_counts()
    assert [(n["base"], n["kind"], n["mentions"], n["documents"]) for n in names] == [
        ("Władimir Putin", "person", 3, 2),
        ("Wielka Brytania", "place", 2, 2),
    ]
    assert names[0]["forms"] == ["Putin", "Putina"]
    assert sorted(names[0]["doc_ids"]) == sorted([first.document.id, second.document.id])
    assert [n["base"] for n in store.name_counts(top=1)] == ["Władimir Putin"]


def test_rejected_is_upserted(store: Store) -> None:
    run_id = store.start_run("{}", [])
    store.write_rejected(Rejected("bad.html", "ingest", "no text"), run_id)
    store.write_rejected(Rejected("bad.html", "ingest", "no text"), run_id)
    store.write_rejected(Rejected("big.txt", "ingest", "file too large"), run_id)
    store.write_rejected(Rejected("x.txt", "nlp", "morfeusz failed"), run_id)
    rows = store.rejected()
    assert len(rows) == 3
    first = next(row for row in rows if row["source"] == "bad.html")
    assert first["last_seen"] > first["first_seen"]
    stats = store.stats()
    assert stats["rejected"] == 3
    assert stats["rejected_by_stage"] == {"ingest": 2, "nlp": 1}


def test_runs_record_settings_and_counts(store: Store) -> None:
    run_id = store.start_run('{"batch_size": 32}', ["data/a", "data/b"])
    store.finish_run(run_id, {"documents": 2, "rejected": 0})
    second = store.start_run("{}", [])
    assert second == run_id + 1
    settings, paths, counts, finished = store._connection.execute(
        "SELECT settings, paths, counts, finished_at FROM runs WHERE id = ?", [run_id]
    ).fetchone()
    assert json.loads(settings) == {"batch_size": 32}
    assert paths == ["data/a", "data/b"]
    assert json.loads(counts) == {"documents": 2, "rejected": 0}
    assert finished is not None
    with pytest.raises(NotFoundError):
        store.finish_run(999, {})


def test_list_documents_and_stats(store: Store, analysis: Analysis) -> None:
    repeated = build_analysis([["To samo zdanie tutaj.", "To samo zdanie tutaj."]])
    repeated = Analysis(
        repeated.document,
        (repeated.sentences[0], Sentence(**{**_fields(repeated.sentences[1]), "repeat_of": 0})),
        (),
    )
    run_id = store.start_run("{}", [])
    store.write_analysis(analysis, None, run_id)
    store.write_analysis(repeated, None, run_id)
    first, second = store.list_documents()
    assert first == {
        "id": analysis.document.id, "title": "Spotkanie w Londynie", "published": date(2023, 11, 9),
        "date_source": "file_name", "language": "pl", "outlet": "example.pl", "url": "https://example.pl/a",
        "analysed": True, "tokens": analysis.token_count, "sentences": 4, "mentions": 3,
        "sources": [f"{analysis.document.id}.txt"], "near_duplicate_of": None,
    }  # fmt: skip
    assert second["mentions"] == 0
    stats = store.stats()
    assert stats["documents"] == stats["analysed"] == 2
    assert stats["sentences"] == 6
    assert stats["tokens"] == analysis.token_count + repeated.token_count
    assert stats["mentions_by_kind"] == {"person": 2, "place": 1}
    assert stats["repeated_sentences"] == 1
    assert stats["runs"] == 1


def _fields(sentence: Sentence) -> dict[str, object]:
    return {name: getattr(sentence, name) for name in Sentence.__slots__}


def test_iter_analyses_matches_load_analysis(store: Store, analysis: Analysis) -> None:
    others = [build_analysis([[f"Dokument {i} o Putinie i Putina."]], NAMES) for i in range(5)]
    run_id = store.start_run("{}", [])
    store.write_analysis(others[0], None, run_id)
    store.write_analysis(analysis, None, run_id)
    store.write_analyses([(a, None) for a in others[1:]], run_id)
    expected = [others[0], analysis, *others[1:]]
    assert list(store.iter_analyses(with_tokens=True, chunk=2)) == expected
    without_tokens = list(store.iter_analyses())
    assert [a.document for a in without_tokens] == [a.document for a in expected]
    assert [a.mentions for a in without_tokens] == [a.mentions for a in expected]
    assert all(not s.tokens for a in without_tokens for s in a.sentences)
