"""Pipeline construction and its error policy."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

import pytest

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.ingest import read_documents
from orbitscope.model import Analysis, Document, document_id
from orbitscope.pipeline import LanguageStage, Pipeline, fewer_garbage_collections, run
from orbitscope.store import Store
from support import SAMPLES


@dataclass
class NeedsEntities:
    name: str = "events"
    requires: frozenset[str] = frozenset({"mentions", "entities", "dates"})
    provides: frozenset[str] = frozenset({"events"})

    def __call__(self, analysis: Analysis) -> Analysis:
        return analysis


@dataclass
class FailsOnKeyword:
    """A stage that cannot handle documents mentioning a keyword (stands for any analysis bug)."""

    name: str = "fragile"
    requires: frozenset[str] = frozenset({"sentences"})
    provides: frozenset[str] = frozenset()

    def __call__(self, analysis: Analysis) -> Analysis:
        if "Biszkek" in analysis.document.text:
            raise ValueError("cannot analyse this document")
        return analysis


def test_missing_requirements_are_all_reported_at_once(language_layer):
    with pytest.raises(ConfigurationError) as error:
        Pipeline([LanguageStage(language_layer), NeedsEntities()])
    message = str(error.value)
    assert "'entities'" in message and "'dates'" in message and "'mentions'" not in message


def test_requirements_must_come_from_earlier_stages(language_layer):
    with pytest.raises(ConfigurationError, match="'sentences'"):
        Pipeline([FailsOnKeyword(), LanguageStage(language_layer)])


def test_a_document_that_fails_analysis_is_rejected_and_the_batch_goes_on(tmp_path, language_layer):
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = inputs / "good.txt"
    good.write_text("Rosja osiągnęła porozumienie z Kirgistanem i Uzbekistanem w sprawie korytarza.",
                    encoding="utf-8")
    bad = inputs / "bad.txt"
    bad.write_text("Szczyt liderów Wspólnoty Niepodległych Państw odbył się w Biszkeku 13 października.",
                   encoding="utf-8")
    settings = Settings(db=tmp_path / "store.duckdb")
    pipeline = Pipeline([LanguageStage(language_layer), FailsOnKeyword()])
    with Store(settings.db) as store:
        summary = run([str(inputs)], settings, store, pipeline=pipeline)
        assert summary.counts["analysed"] == 1 and summary.counts["rejected"] == 1
        assert summary.rejected[0].stage == "nlp" and "cannot analyse" in summary.rejected[0].reason
        assert [r["stage"] for r in store.rejected()] == ["nlp"]
        assert len(store.list_documents()) == 1


def test_a_batch_of_documents_is_analysed_as_each_one_alone(full_pipeline):
    # the language stage reads the batch with one call of the NER model; every stage must give what it
    # gives document by document
    documents = [item for item in read_documents([str(SAMPLES)], Settings()) if isinstance(item, Document)]
    documents += [Document(document_id(text), text, language="pl") for text in (
        "Prezydent Kazachstanu Kassym-Żomart Tokajew spotkał się w Astanie z Władimirem Putinem.",
        "Tak.",
        "Minister spraw zagranicznych Turcji Hakan Fidan odwiedził Biszkek i Taszkent.",
    )]
    alone = [full_pipeline.analyse(document) for document in documents]
    assert full_pipeline.analyse_many(documents) == alone
    assert full_pipeline.analyse_many(documents[::-1]) == alone[::-1]
    assert sum(len(analysis.mentions) for analysis in alone) > 100


@pytest.mark.parametrize("batch_size", [1, 32])
def test_duplicates_of_documents_waiting_for_analysis_are_found(tmp_path, language_layer, batch_size):
    # documents wait to be analysed in batches; an exact copy or an edited copy of a waiting document must be
    # recognised as if each document had been analysed before the next was read
    text = (SAMPLES / "pl-kazakhstan-turns-west.txt").read_text(encoding="utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(text, encoding="utf-8")
    (inputs / "b.txt").write_text(text.replace("Kazachstan", "Kazachstan jednak", 1), encoding="utf-8")
    (inputs / "c.txt").write_text(text, encoding="utf-8")  # the same text from another source
    other_text = "Rosja osiągnęła porozumienie z Kirgistanem w sprawie korytarza."
    (inputs / "d.txt").write_text(other_text, encoding="utf-8")
    (inputs / "e.txt").write_text(other_text, encoding="utf-8")
    settings = Settings(db=tmp_path / "store.duckdb", batch_size=batch_size)
    with Store(settings.db) as store:
        summary = run([str(inputs)], settings, store, pipeline=Pipeline([LanguageStage(language_layer)]))
        documents = store.list_documents()
    assert summary.counts == {"analysed": 3, "new source": 2}
    first, edited, other = documents
    assert [Path(source).name for source in first["sources"]] == ["a.txt", "c.txt"]
    assert [Path(source).name for source in other["sources"]] == ["d.txt", "e.txt"]
    assert edited["near_duplicate_of"] == first["id"] and other["near_duplicate_of"] is None


def test_garbage_collections_are_fewer_during_a_run_and_as_before_after_it():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_garbage_collections():
        assert gc.get_threshold()[0] > before[0]
        raise RuntimeError("a run that stops half way")
    assert gc.get_threshold() == before


def test_documents_another_engine_stored_are_analysed_again_once(tmp_path, language_layer):
    # after an upgrade (other code, data or models) `orbitscope run` must not leave the old analyses in place
    inputs = tmp_path / "in"
    inputs.mkdir()
    polish = "Rosja osiągnęła porozumienie z Kirgistanem i Uzbekistanem w sprawie korytarza transportowego."
    (inputs / "a.txt").write_text(polish, encoding="utf-8")
    (inputs / "b.txt").write_text(polish, encoding="utf-8")  # the same text twice: analysed again once
    (inputs / "c.txt").write_text("The summit of the Commonwealth of Independent States was held in Bishkek "
                                  "on 13 October, and the leaders discussed trade.", encoding="utf-8")
    settings = Settings(db=tmp_path / "store.duckdb", batch_size=1)
    pipeline = Pipeline([LanguageStage(language_layer)])

    def run_again(**options) -> dict[str, int]:
        with Store(settings.db) as store:
            return dict(run([str(inputs)], settings, store, pipeline=pipeline, **options).counts)

    assert run_again() == {"analysed": 1, "new source": 1, "stored, not Polish": 1}
    assert run_again() == {"known": 3}
    with Store(settings.db) as store:
        before = store.stats()
        store._connection.execute("UPDATE documents SET engine = '0.0.1+000000000000'")  # an older orbitscope
    assert run_again() == {"reanalysed": 2, "known": 1}
    assert run_again() == {"known": 3}
    assert run_again(reanalyse=True) == {"reanalysed": 2, "known": 1}
    with Store(settings.db) as store:
        after = store.stats()
        documents = store.list_documents()
        assert all(store.is_current(row["id"]) for row in documents)
    assert {key: after[key] for key in ("documents", "sentences", "tokens", "mentions")} == {
        key: before[key] for key in ("documents", "sentences", "tokens", "mentions")}
    assert [len(row["sources"]) for row in documents] == [2, 1]


def test_a_stored_document_that_now_fails_analysis_is_rejected_and_keeps_its_old_analysis(tmp_path, language_layer):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Rosja osiągnęła porozumienie z Kirgistanem w sprawie korytarza.", encoding="utf-8")
    (inputs / "bad.txt").write_text("Szczyt liderów Wspólnoty Niepodległych Państw odbył się w Biszkeku.",
                                    encoding="utf-8")
    settings = Settings(db=tmp_path / "store.duckdb", batch_size=1)
    with Store(settings.db) as store:
        run([str(inputs)], settings, store, pipeline=Pipeline([LanguageStage(language_layer)]))
        before = store.stats()
    with Store(settings.db) as store:
        store._connection.execute("UPDATE documents SET engine = '0.0.1+000000000000'")  # an older orbitscope
        summary = run([str(inputs)], settings, store,
                      pipeline=Pipeline([LanguageStage(language_layer), FailsOnKeyword()]))
        assert dict(summary.counts) == {"reanalysed": 1, "rejected": 1}
        assert "cannot analyse" in summary.rejected[0].reason
        after = store.stats()
        # the failing document keeps what the older engine stored; nothing else is lost
        assert {key: after[key] for key in ("documents", "sentences", "tokens")} == {
            key: before[key] for key in ("documents", "sentences", "tokens")}
