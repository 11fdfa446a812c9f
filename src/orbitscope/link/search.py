"""Looking actors up by any inflected form, spelling or script of their name (``orbitscope kb search``)."""

from __future__ import annotations

from functools import cache

from orbitscope.config import Settings
from orbitscope.kb import Actor, load_knowledge_base
from orbitscope.link import Linker
from orbitscope.model import Document, Paragraph, document_id
from orbitscope.nlp import LanguageLayer


@cache
def _layer() -> LanguageLayer:
    return LanguageLayer()


def search_actors(query: str, settings: Settings) -> list[Actor]:
    """Actors named by ``query``: "Kazachstanem", "Tokajewem", "Токаев", "MTK", "Wielkiej Brytanii".

    The query is analysed like a one-sentence document and linked (so inflected forms are found by their
    lemmas), then looked up by its spelling-insensitive key, and by the base forms of its names.
    """
    knowledge = load_knowledge_base(tuple(settings.kb_extra))
    text = query.strip()
    found: list[str] = []
    if text:
        layer = _layer()
        analysis = layer.analyse(Document(document_id(text), text, paragraphs=(Paragraph(0, 0, len(text)),)))
        analysis = _linker(settings).link(analysis)
        found += [link.actor_id for link in analysis.links if not link.is_nil]
        for name in (text, *(mention.base for mention in analysis.mentions)):
            found += [actor.id for actor in knowledge.search(name)]
    return [knowledge.actors[actor_id] for actor_id in dict.fromkeys(found)]


@cache
def _linker_for(extra: tuple) -> Linker:
    return Linker(load_knowledge_base(extra), _layer().morphology)


def _linker(settings: Settings) -> Linker:
    return _linker_for(tuple(settings.kb_extra))
