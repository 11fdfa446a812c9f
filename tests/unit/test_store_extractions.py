"""The extract stage in the pipeline and its records in the store: round trip, migration, re-extraction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from orbitscope.errors import NotFoundError, StoreError
from orbitscope.model import (
    Analysis,
    DateResolution,
    DateSource,
    Document,
    Event,
    EventActor,
    Granularity,
    Paragraph,
    Source,
    document_id,
)
from orbitscope.pipeline import ExtractStage, extract_stored
from orbitscope.store import SCHEMA_VERSION, Store
from orbitscope.store import schema as store_schema

TEXT = (
    "Prezydent Rosji Władimir Putin spotkał się 9 listopada 2023 r. w Astanie z prezydentem Kazachstanu "
    "Kasymem-Żomartem Tokajewem. Dwustronna wymiana handlowa wyniosła w 2022 roku 27 mld USD, a ponad 80 "
    "procent ropy eksportowano przez Rosję. Tokajew podkreślił, że Kazachstan nie przyłączy się do sankcji. "
    "Wczoraj minister obrony Kazachstanu został odwołany."
)


def document(text: str = TEXT, published: date | None = date(2023, 11, 10)) -> Document:
    return Document(document_id(text), text, language="pl", published=published,
                    date_source=DateSource.RECORD if published else DateSource.UNKNOWN,
                    sources=(Source("in.txt"),), paragraphs=(Paragraph(0, 0, len(text)),))


@pytest.fixture(scope="module")
def analysed(full_pipeline) -> Analysis:
    return full_pipeline.analyse(document())


def with_events(analysis: Analysis) -> Analysis:
    """The analysis with hand-made events covering every field (the extractor's own may change)."""
    doc_id, text = analysis.document.id, analysis.document.text
    putin = EventActor("Q7747", "RUSGOV", "Władimir Putin", text.index("Władimir"), text.index(" spotkał"))
    tokayev = EventActor("person:kassym-jomart-tokayev", "KAZGOV", "Tokajewem", text.index("Tokajewem"),
                         text.index("Tokajewem") + 9)
    astana = EventActor("Q1520", "KAZ", "Astanie", text.index("Astanie"), text.index("Astanie") + 7)
    first = analysis.sentences[0]
    meeting = Event(doc_id, 0, first.start, first.end, "spotkał się", text.index("spotkał"),
                    text.index("spotkał") + 11, "CONSULT", "visit", ("diplomatic", "economic"), putin, tokayev,
                    (EventActor("Q232", "KAZ", "Kazachstanu", 90, 101),), "2023-11-09", Granularity.DAY,
                    "sentence", astana, quad_class=1, intensity=1.5, confidence=0.9)
    third = analysis.sentences[2]
    refusal = Event(doc_id, 2, third.start, third.end, "nie przyłączy się", text.index("nie przyłączy"),
                    text.index("nie przyłączy") + 17, "SANCTION", contexts=(), source=None, target=None,
                    date=None, negated=True, hypothetical=True, future=True, reported=True, quad_class=4,
                    intensity=-5.0)
    return replace(analysis, events=(meeting, refusal))


def test_extract_stage_finds_dates_figures_and_claims_against_the_publication_date(analysed: Analysis) -> None:
    values = {t.text: (t.value, t.resolution) for t in analysed.time_expressions}
    assert values["9 listopada 2023 r."] == ("2023-11-09", DateResolution.ABSOLUTE)
    assert values["Wczoraj"] == ("2023-11-09", DateResolution.PUBLICATION)
    assert {(q.value, q.unit) for q in analysed.quantities} >= {(27e9, "USD"), (80.0, "%")}
    assert any(c.speaker_text == "Tokajew" and c.cue == "podkreślić" for c in analysed.claims)
    assert analysed.document.date_source is DateSource.RECORD


def test_a_document_without_a_date_gets_an_estimate_that_is_marked_and_stored(full_pipeline, tmp_path) -> None:
    analysis = full_pipeline.analyse(document(published=None))
    assert analysis.document.published == date(2023, 11, 9)  # the latest full date the text mentions
    assert analysis.document.date_source is DateSource.ESTIMATED
    yesterday = next(t for t in analysis.time_expressions if t.text == "Wczoraj")
    assert (yesterday.value, yesterday.resolution) == ("2023-11-08", DateResolution.ESTIMATED)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_analysis(analysis, None, store.start_run("{}", []))
        stored = store.load_analysis(analysis.document.id).document
    assert (stored.published, stored.date_source) == (date(2023, 11, 9), DateSource.ESTIMATED)


def test_a_document_without_any_date_stays_unknown(full_pipeline) -> None:
    text = "Wczoraj minister obrony Kazachstanu został odwołany."
    analysis = full_pipeline.analyse(document(text, published=None))
    assert (analysis.document.published, analysis.document.date_source) == (None, DateSource.UNKNOWN)
    assert [(t.text, t.value, t.resolution) for t in analysis.time_expressions] == [
        ("Wczoraj", None, DateResolution.UNRESOLVED)]


def test_every_extracted_record_round_trips(analysed: Analysis, tmp_path: Path) -> None:
    analysis = with_events(analysed)
    assert analysis.time_expressions and analysis.quantities and analysis.claims
    with Store(tmp_path / "s.duckdb") as store:
        store.write_analysis(analysis, None, store.start_run("{}", []))
        assert store.load_analysis(analysis.document.id) == analysis
        assert next(store.iter_analyses(with_tokens=True)) == analysis
        reports = store.event_reports()
    assert [event for event, _ in reports] == list(analysis.events)
    first = analysis.sentences[0]
    assert reports[0][1]["evidence"] == analysis.document.text[first.start:first.end]


def test_re_extracting_replaces_rows_and_never_duplicates_them(analysed: Analysis, tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_analysis(analysed, None, store.start_run("{}", []))
        before = store.stats()
        assert extract_stored(store) == 1
        assert extract_stored(store) == 1
        assert store.stats() == before
        assert store.load_analysis(analysed.document.id) == analysed
        store.write_extractions([with_events(analysed)])
        assert store.stats()["event_reports"] == 2


def test_an_analysis_replaced_keeps_its_place_sources_and_signature(analysed: Analysis, tmp_path: Path) -> None:
    # what `orbitscope run` does with a document another engine stored: its rows are all rewritten, none is
    # left twice, and what the store learnt when it arrived (order, sources, MinHash) stays
    other = replace(analysed, document=document(TEXT + " Koniec."), sentences=(), mentions=(), links=(),
                    time_expressions=(), quantities=(), claims=(), events=())
    newer = with_events(replace(analysed, document=replace(analysed.document, title="Nowy tytuł",
                                                           published=date(2023, 11, 11))))
    with Store(tmp_path / "s.duckdb") as store:
        run_id = store.start_run("{}", [])
        store.write_analyses([(analysed, b"signature"), (other, None)], run_id)
        store.add_source(analysed.document.id, Source("copy.txt"))
        assert store.is_current(analysed.document.id) and not store.is_current("0" * 16)
        before = store.stats()
        assert store.replace_analyses([newer], store.start_run("{}", [])) == 1
        assert store.load_analysis(analysed.document.id) == replace(
            newer, document=replace(newer.document, sources=(Source("in.txt"), Source("copy.txt"))))
        assert [row["id"] for row in store.list_documents()] == [analysed.document.id, other.document.id]
        assert list(store.minhash_signatures()) == [(analysed.document.id, b"signature")]
        after = store.stats()
        assert after["event_reports"] == len(newer.events) != before["event_reports"]
        assert after["tokens"] == before["tokens"] and after["documents"] == before["documents"]
        with pytest.raises(NotFoundError, match="not in the store"):
            store.replace_analyses([replace(other, document=document("Inny tekst."))], run_id)


def test_an_analysis_holding_another_documents_event_is_refused(analysed: Analysis, tmp_path: Path) -> None:
    analysis = with_events(analysed)
    foreign = replace(analysis, events=(replace(analysis.events[0], doc_id="0" * 16),))
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(ValueError, match="another document"):
        store.write_analysis(foreign, None, store.start_run("{}", []))


def test_a_version_2_store_is_migrated_and_can_be_extracted(analysed: Analysis, tmp_path: Path) -> None:
    # A real version-2 store: the schema of the first two migrations, filled with a document's rows.
    current, old = tmp_path / "current.duckdb", tmp_path / "old.duckdb"
    without = replace(analysed, time_expressions=(), quantities=(), claims=(), events=())
    with Store(current) as store:
        store.write_analysis(without, None, store.start_run("{}", []))
    with duckdb.connect(str(old)) as connection:
        assert store_schema.prepare(connection, str(old), False, store_schema.MIGRATIONS[:2]) == 2
        connection.execute(f"ATTACH '{current}' AS current (READ_ONLY)")
        connection.execute("INSERT INTO documents SELECT * EXCLUDE (engine) FROM current.documents")
        for table in ("document_sources", "paragraphs", "sentences", "tokens", "mentions", "entity_links", "runs"):
            connection.execute(f"INSERT INTO {table} SELECT * FROM current.{table}")
        connection.execute("DETACH current")
        tables = {row[0] for row in connection.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        assert "events" not in tables

    with pytest.raises(StoreError, match="older than 4"):
        Store(old, read_only=True)
    with Store(old) as store:
        assert store.schema_version == SCHEMA_VERSION == 4
        assert store.load_analysis(analysed.document.id) == without  # old rows intact, nothing extracted yet
        assert extract_stored(store, ExtractStage()) == 1
        assert store.load_analysis(analysed.document.id) == analysed
        assert not store.is_current(analysed.document.id)  # stored before engines were recorded: redo it
    with duckdb.connect(str(old), read_only=True) as connection:
        versions = connection.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert versions == [(1,), (2,), (3,), (4,)]


def test_the_extract_stage_needs_the_links(language_layer) -> None:
    from orbitscope.errors import ConfigurationError
    from orbitscope.pipeline import LanguageStage, Pipeline

    with pytest.raises(ConfigurationError, match="stage 'extract' needs 'links'"):
        Pipeline([LanguageStage(language_layer), ExtractStage()])


def test_the_default_pipeline_ends_with_extraction(full_pipeline) -> None:
    assert [stage.name for stage in full_pipeline.stages] == ["language", "link", "extract"]


def test_a_batch_with_many_records_round_trips(analysed: Analysis, tmp_path: Path) -> None:
    # Past 100 rows a table is inserted from NumPy columns, not list parameters: lists of equal length
    # (empty contexts, no participants) must stay one value per row.
    analysis = with_events(analysed)
    many = replace(analysis, events=tuple(replace(event, start=event.start + copy % 3, contexts=())
                                          for copy in range(60) for event in analysis.events))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_analysis(many, None, store.start_run("{}", []))
        assert store.load_analysis(many.document.id) == many
