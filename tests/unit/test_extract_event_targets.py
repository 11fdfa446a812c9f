"""The trained event target model: who an act the rules found no target for was done to."""

from __future__ import annotations

import json
from datetime import date

import pytest

from orbitscope.extract.events import find_events
from orbitscope.extract.events.targets import MODEL_PATH, Candidate, TargetModel, load_target_model
from orbitscope.model import Analysis, Document, EventActor, document_id
from orbitscope.pipeline import Pipeline

POLAND, KAZAKHSTAN = "Q36", "Q232"


def _actor(actor_id: str) -> EventActor:
    return EventActor(actor_id, "", actor_id, 0, 1)


def _analysis(pipeline: Pipeline, text: str) -> Analysis:
    return pipeline.analyse(Document(document_id(text), text, published=date(2024, 11, 14), language="pl"))


def test_model_takes_the_likeliest_candidate_above_its_threshold() -> None:
    model = TargetModel({"prep=z": 2.0, "same_country": -3.0}, bias=-1.0, threshold=0.5)
    partner = Candidate(_actor("Q1"), frozenset({"prep=z"}))
    own = Candidate(_actor("Q2"), frozenset({"prep=z", "same_country"}))
    assert model.choose(0, [own, partner], None).actor_id == "Q1"
    assert model.choose(0, [own], None) is None  # below the threshold: no target rather than a guess
    assert model.choose(0, [], None) is None
    rule = _actor("Q3")
    assert model.choose(0, [partner], rule) is rule  # the rules' own target stands


def test_shipped_model_file_is_complete() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert {"trained", "gold", "threshold", "bias", "weights", "cross_validation"} <= set(data)
    assert 0 < data["threshold"] < 1 and len(data["weights"]) > 50
    model = load_target_model()
    assert model is not None and model.threshold == data["threshold"]


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # the country the speaker's assurance is for, named in the reported clause
    (("Rzecznik Kremla Dmitrij Pieskow zapewnił, że Rosja „zrobi wszystko”, by tranzyt kazachskiej ropy nie "
      "został przerwany."), "zapewnił", KAZAKHSTAN),
    # the country of the people the agreement lets act ("przez polskich specjalistów")
    ("Ukraina zgodziła się w piątek na przeprowadzenie przez polskich specjalistów ekshumacji.", "zgodziła się",
     POLAND),
])
def test_model_fills_a_target_the_rules_left_empty(full_pipeline: Pipeline, text: str, trigger: str, target: str) -> None:
    analysis = _analysis(full_pipeline, text)
    rules = next(event for event in find_events(analysis, targets=None) if event.trigger == trigger)
    assert rules.target is None
    event = next(event for event in find_events(analysis) if event.trigger == trigger)
    assert event.target is not None and event.target.actor_id == target
    assert event.source == rules.source


@pytest.mark.parametrize("text", [
    "Student przyszedł do nas pomagać przy instalowaniu komputerów, które sprzedawaliśmy w Rosji.",  # a group
    "Firma Renault zawarła ostatnio umowy z trzema krajami we Francji.",  # a firm no knowledge base knows
])
def test_model_guesses_no_target_for_people_firms_and_groups(full_pipeline: Pipeline, text: str) -> None:
    # everyday acts of actors with no state's code: the model (trained on political news) would guess a
    # country named nearby ("w Rosji", "we Francji"); it is not asked
    event = find_events(_analysis(full_pipeline, text))[0]
    assert event.source is not None and event.target is None
