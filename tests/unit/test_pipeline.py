"""Pipeline construction and its error policy."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.model import Analysis
from orbitscope.pipeline import LanguageStage, Pipeline, run
from orbitscope.store import Store


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
