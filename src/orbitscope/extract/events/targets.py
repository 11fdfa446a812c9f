"""A trained target model: who an act with no target in the rules was done to.

The role rules (roles.py and the cross-sentence rules of ``find_events``) leave an event's target empty when
no phrase of its clause has a target's case or preposition and no earlier event continues. Independent
annotators still code a target for most of these acts (the news gold codes one for 94 % of its events): the
partner named elsewhere in the sentence, the state of a person or body named, the other side of the story's
previous event. This module scores every such candidate with a logistic regression trained on the gold
(``training/events/target_model.py``, on the dev documents only) and takes the best one when its probability
reaches the model's threshold, else leaves the target empty. ``find_events`` asks it only for a source that
is a state, a state's body or official, or an intergovernmental organization (by its actor code).

Candidates: the actor phrases of the sentence other than the source and its own state, the states of those of them that
belong to another country than the source's ("premier Armenii" → Armenia), and the sources and targets of
the events of the two sentences before. Features (strings, one weight each): where the phrase stands
(before or after the trigger, how far, in the trigger's clause), its preposition and cases by event type,
the actor's type and link kind, whether it shares the source's country, whether it was the source's partner
earlier in the document, how often the document names it. The weights are a JSON file in
models/event-targets/ (no library is needed to apply them); retrain after changing the rules, since the
candidates' features come from them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from orbitscope.extract.events.context import DocumentContext
from orbitscope.extract.events.lexicon import Match
from orbitscope.extract.events.phrases import Phrase
from orbitscope.extract.events.roles import participles_own
from orbitscope.kb import bundled_countries
from orbitscope.model import Event, EventActor, Sentence

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "event-targets" / "weights.json"
_ALL_CASES = 6  # a phrase read in every case (an unknown word) says nothing by its case


@dataclass(frozen=True)
class Candidate:
    """A possible target with the features that describe it."""

    actor: EventActor
    features: frozenset[str]


@dataclass(frozen=True)
class TargetModel:
    """Logistic-regression weights over candidate features, and the probability a choice needs."""

    weights: dict[str, float]
    bias: float
    threshold: float
    every_event: bool = False  # asked only where the rules found no target

    def score(self, candidate: Candidate) -> float:
        """The probability that the candidate is the event's target."""
        total = self.bias + sum(self.weights.get(feature, 0.0) for feature in candidate.features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def choose(self, trigger_start: int, candidates: Sequence[Candidate],
               rule_target: EventActor | None) -> EventActor | None:
        """The rules' target when there is one; else the likeliest candidate when its probability reaches the
        threshold; else None."""
        if rule_target is not None:
            return rule_target
        best = max(candidates, key=self.score, default=None)
        return best.actor if best is not None and self.score(best) >= self.threshold else None


@cache
def load_target_model(path: Path = MODEL_PATH) -> TargetModel | None:
    """The shipped model (None when its file is missing, so that the rules run alone)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TargetModel({str(key): float(value) for key, value in data["weights"].items()}, float(data["bias"]),
                       float(data["threshold"]))


def _distance(tokens: int) -> str:
    return "0-2" if tokens <= 2 else "3-5" if tokens <= 5 else "6-10" if tokens <= 10 else "11+"


def _partners(events: Sequence[Event], source: EventActor) -> set[str]:
    """The actors the source (or its country) acted with in earlier events of the document."""
    country = source.code[:3]
    found = set()
    for event in events:
        if event.source is None or event.target is None:
            continue
        for one, other in ((event.source, event.target), (event.target, event.source)):
            if one.actor_id == source.actor_id or country and one.code[:3] == country:
                found.add(other.actor_id)
    return found


def candidates(context: DocumentContext, sentence: Sentence, phrases: Sequence[Phrase], match: Match,
               clause: tuple[int, int], event_type: str, source: EventActor | None,
               joint: frozenset[str] = frozenset()) -> list[Candidate]:
    """Every possible target of an event the rules left without one, with its features; not the source nor
    the ``joint`` actors that act with it ("Porozumienie z zadowoleniem przyjęły Unia Europejska i Stany
    Zjednoczone")."""
    country = source.code[:3] if source is not None else ""
    excluded = ({source.actor_id} if source is not None else set()) | joint
    partners = _partners(context.events, source) if source is not None else set()
    counts = context.mentions
    found: dict[str, tuple[EventActor, set[str]]] = {}

    def add(actor: EventActor, features: set[str], actor_type: str) -> None:
        if actor.actor_id in excluded or actor.actor_id.startswith("NIL:place:") and actor_type != "country" \
                or actor_type == "country" and country and actor.code[:3] == country:
            return  # no state acts on itself ("Kreml zagroził odwetem w razie konfiskaty rosyjskich aktywów")
        features = features | {f"atype={actor_type}", f"atype={actor_type}|{event_type}"}
        if country and actor.code[:3] == country:
            features.add("same_country")
        if actor.actor_id in partners:
            features.add("partner")
        if actor.actor_id.startswith("NIL:"):
            features.add("nil")
        mentions = counts.get(actor.actor_id, 0)
        features.add("mentions=" + ("1" if mentions <= 1 else "2-3" if mentions <= 3 else "4+"))
        if actor.actor_id in found:
            found[actor.actor_id][1].update(features)
        else:
            found[actor.actor_id] = (actor, features)

    first, last = clause
    kind = "verb" if match.verbal else "noun"
    after_seen = False
    for phrase in phrases:
        if phrase.first <= match.anchor <= phrase.last or participles_own(sentence.tokens, match, phrase):
            continue
        side = "after" if phrase.first > match.last else "before"
        gap = phrase.first - match.last if side == "after" else match.first - phrase.last
        preposition = phrase.preposition or "-"
        features = {"sent", f"side={side}", f"dist={_distance(gap)}", f"prep={preposition}",
                    f"prep={preposition}|{side}|{kind}", f"prep={preposition}|{event_type}",
                    f"kind={phrase.link.kind}", "clause" if first <= phrase.first and phrase.last <= last else "outside"}
        if side == "after" and not after_seen and first <= phrase.first <= last:
            features.add("first_after")
            after_seen = True
        if phrase.is_place:
            features.add("place")
        if phrase.is_group:
            features.add("group")
        if len(phrase.cases) < _ALL_CASES:
            for case in phrase.cases:
                features.update({f"case={case}|{side}", f"case={case}|{side}|{kind}"})
        add(phrase.actor(), features, phrase.link.actor_type)
    countries = bundled_countries()
    for actor, features in list(found.values()):
        iso = actor.code[:3]
        if iso in countries and countries[iso] != actor.actor_id and iso != country:
            # the state of a person, body or city named ("premier Armenii", "MSZ Rosji", "w Moskwie")
            add(EventActor(countries[iso], iso, actor.text, actor.start, actor.end),
                {"state_of"} | {f"state_of|{feature}" for feature in features if feature.startswith(("side=", "prep="))},
                "country")
    for event in reversed(context.events):
        distance = sentence.index - event.sentence
        if distance > 2:
            break
        for role, actor in (("src", event.source), ("tgt", event.target)):
            if actor is not None:
                involved = source is not None and any(
                    other is not None and (other.actor_id == source.actor_id or country and other.code[:3] == country)
                    for other in (event.source, event.target))
                features = {f"prev={role}", f"prev={role}|{distance}", f"prev_involved={involved}"}
                if event.type == event_type:
                    features.add("prev_same_type")
                add(actor, features, context.actor_types.get(actor.actor_id, "other"))
    return [Candidate(actor, frozenset(features)) for actor, features in found.values()]
