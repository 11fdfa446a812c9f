"""What the event extractor keeps about the document it is working through."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from orbitscope.extract.events.lexicon import EventLexicon
from orbitscope.model import Analysis, EntityLink, Event, TimeExpression

if TYPE_CHECKING:
    from orbitscope.extract.events.phrases import Phrase


@dataclass
class DocumentContext:
    """The document, its lexicon, its time expressions, links and figures by sentence, and what earlier
    sentences left: subjects by sentence, events so far."""

    analysis: Analysis
    lexicon: EventLexicon
    times: dict[int, list[TimeExpression]]
    links: dict[int, list[EntityLink]]
    figures: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # quantities' spans by sentence
    subjects: dict[int, Phrase | None] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
