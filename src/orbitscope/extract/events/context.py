"""What the event extractor keeps about the document it is working through."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from orbitscope.extract.events.lexicon import EventLexicon
from orbitscope.model import Analysis, EntityLink, Event, EventActor, TimeExpression

if TYPE_CHECKING:
    from orbitscope.extract.events.phrases import Phrase
    from orbitscope.extract.events.targets import Candidate


class TargetChooser(Protocol):
    """Who an event is done to, given the rules' target and every candidate (targets.TargetModel; the
    training script's recorder, which sees ``every_event``, also those the rules gave a target)."""

    every_event: bool

    def choose(self, trigger_start: int, candidates: Sequence[Candidate],
               rule_target: EventActor | None) -> EventActor | None: ...


@dataclass
class DocumentContext:
    """The document, its lexicon, its time expressions, links and figures by sentence, and what earlier
    sentences left: subjects by sentence, events so far; the trained target model, if any."""

    analysis: Analysis
    lexicon: EventLexicon
    times: dict[int, list[TimeExpression]]
    links: dict[int, list[EntityLink]]
    figures: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # quantities' spans by sentence
    subjects: dict[int, Phrase | None] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    targets: TargetChooser | None = None  # the trained target model; None: the rules alone
    mentions: Counter[str] = field(default_factory=Counter)  # links by actor id in the whole document
    actor_types: dict[str, str] = field(default_factory=dict)  # actor id → its links' actor type
    chosen_targets: dict[int, EventActor] = field(default_factory=dict)  # the model's, by trigger start
    main_state: tuple[str, str] | None = None  # the country the document names most: (id, ISO code)
    # one record per further partner coordinated after a target, by the index in ``events`` of the event it
    # repeats ("rozmawiał z Ławrowem i Sybihą"); kept out of ``events``, which the rules read as the story
    partners: dict[int, list[Event]] = field(default_factory=dict)
