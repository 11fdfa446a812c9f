"""The linking evaluation harness on a tiny gold file over a sample article."""

from __future__ import annotations

import json

import pytest

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.evaluation.linking import evaluate_linking
from orbitscope.ingest import read_documents
from orbitscope.kb import load_knowledge_base
from orbitscope.link import Linker
from orbitscope.model import Document
from orbitscope.pipeline import LanguageStage, LinkStage, Pipeline
from support import KB_FIXTURE, SAMPLES

NAME = "pl-kazakhstan-turns-west.txt"


@pytest.fixture(scope="module")
def text() -> str:
    (document,) = [d for d in read_documents([str(SAMPLES / NAME)], Settings()) if isinstance(d, Document)]
    return document.text


@pytest.fixture(scope="module")
def pipeline(language_layer) -> Pipeline:
    knowledge = load_knowledge_base((KB_FIXTURE,), bundled=False)
    return Pipeline([LanguageStage(language_layer), LinkStage(Linker(knowledge, language_layer.morphology))])


def _mention(text: str, surface: str, actor_id: str, actor_type: str, kind: str = "name", nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "text": surface, "id": actor_id, "type": actor_type,
            "kind": kind}


def _write(tmp_path, mentions) -> object:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"corpus": "samples", "doc": NAME, "published": "2025",
                                "mentions": mentions}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_scores_count_hits_misses_and_nil_clusters(tmp_path, text, pipeline):
    mentions = [
        _mention(text, "Wielką Brytanią", "Q145", "country"),
        _mention(text, "Andriejem Biełousowem", "person:andrei-belousov", "person"),
        _mention(text, "NATO", "Q7184", "international_organization", "acronym"),
        _mention(text, "Uzbekistanem", "country:XXX", "country"),  # a gold id no link can have: wrong
        _mention(text, "Dauren Kosanow", "NIL:dauren-kosanov", "person"),
        _mention(text, "Rusłana Żaksyłykowa", "NIL:ruslan-zhaksylykov", "person"),
        _mention(text, "Żaksyłykow", "NIL:ruslan-zhaksylykov", "person", nth=1),  # the first is in "-owa"
    ]
    report = evaluate_linking(_write(tmp_path, mentions), pipeline)
    assert report.documents == 1 and report.gold_mentions == 7
    assert (report.exact.gold, report.exact.correct) == (4, 3)
    assert report.exact.recall == pytest.approx(0.75)
    assert report.exact.predicted > 3  # the document links many actors the tiny gold does not list
    assert [row["text"] for row in report.misses + report.wrong] == ["Uzbekistanem"]
    assert report.by_type["country"].gold == 2 and report.by_type["country"].correct == 1
    assert report.nil_b3 == (1.0, 1.0, 1.0)


def test_misaligned_gold_is_a_clear_error(tmp_path, text, pipeline):
    mention = _mention(text, "Wielką Brytanią", "Q145", "country")
    mention["text"] = "Francją"
    with pytest.raises(ConfigurationError, match="not 'Francją'"):
        evaluate_linking(_write(tmp_path, [mention]), pipeline)
