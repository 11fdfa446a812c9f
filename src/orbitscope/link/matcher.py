"""Finding knowledge-base names in Polish text in any grammatical case.

Every name of the knowledge base is cut into Morfeusz segments; each segment is represented by the set
of its lemmas ("Wielka" → {wielki, wielka}). A text segment matches a name segment when their lemma sets
meet, so "Wielkiej Brytanii", "Organizacji Państw Tureckich" and "Stanów Zjednoczonych" are found without
listing inflected forms. Names are kept in a trie of lemmas, so matching is one dictionary step per
segment and lemma. A capitalized name segment only matches a capitalized text segment, an acronym only
its exact spelling ("NATO", not "nato").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import product

from orbitscope.nlp.guesser import name_candidates, short_stems
from orbitscope.nlp.morphology import Morphology

_MAX_LEMMAS = 4  # lemmas per name segment kept in the trie (names are nominative: few readings)
_NAME_PARTS = frozenset({"subst", "depr", "adj", "ppas"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One name of one actor, as stored at the end of its trie path."""

    actor_id: str
    kind: str  # "name" or "acronym"
    shape: tuple[str, ...]  # per segment: "acronym" (exact spelling), "capital" or "any"
    orths: tuple[str, ...]


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


def _nominative_name_part(tag: str) -> bool:
    parts = tag.split(":")
    return parts[0] in _NAME_PARTS and len(parts) > 2 and "nom" in parts[2].split(".")


def _shape(orth: str) -> str:
    if len(orth) > 1 and orth.isupper():
        return "acronym"
    return "capital" if orth[:1].isupper() else "any"


class NameMatcher:
    """A lemma trie over knowledge-base names."""

    def __init__(self, morphology: Morphology) -> None:
        self.morphology = morphology
        self._root = _Node()
        self._lemma_cache: dict[str, frozenset[str]] = {}

    def lemmas(self, orth: str, lemma: str | None = None) -> frozenset[str]:
        """Lowercased lemmas of a segment (all Morfeusz readings, the chosen or guessed lemma, the orth; for an
        unknown capitalized word, every base form the name guesser offers)."""
        cached = self._lemma_cache.get(orth)
        if cached is None:
            readings = self.morphology.readings(orth)
            cached = frozenset({orth.lower(), *(r.lemma.lower() for r in readings)})
            if orth[:1].isupper() and all(r.tag.startswith("ign") for r in readings):
                # a name Morfeusz does not know: every base form the guesser offers ("Chersonia" → "Chersoń")
                cached |= {candidate.lemma.lower() for candidate in name_candidates(orth)}
                cached |= {stem.lower() for stem in short_stems(orth)}
            elif orth[:1].islower() and all(r.tag.startswith("ign") for r in readings):
                # an adjective of a foreign place Morfeusz does not know: its masculine base form
                # ("w obwodzie biełgorodzkim" → "biełgorodzki")
                cached |= _adjective_bases(orth.lower())
            self._lemma_cache[orth] = cached
        return cached if lemma is None or lemma.lower() in cached else cached | {lemma.lower()}

    def add(self, actor_id: str, name: str, kind: str = "name") -> None:
        """Add one name of an actor."""
        text = name.translate(_DASHES)
        segments = [segment for _, segment in self.morphology.segments(text)]
        if not segments:
            return
        orths = tuple(segment.orth for segment in segments)
        choices = []
        for segment in segments:
            # A name is written in the nominative: only nominative noun and adjective readings say what its
            # words are ("Stanisławów" is not the genitive plural of "Stanisław", "Dania" not a form of "dać").
            lemmas = [segment.orth.lower()] + [r.lemma.lower() for r in segment.readings if _nominative_name_part(r.tag)]
            choices.append(list(dict.fromkeys(lemmas))[:_MAX_LEMMAS] + _declined_ow(segment.orth))
        entry = Entry(actor_id, kind, tuple(_shape(orth) for orth in orths), orths)
        for path in product(*choices):
            node = self._root
            for lemma in path:
                node = node.children.setdefault(lemma, _Node())
            if entry not in node.entries:
                node.entries.append(entry)

    def add_all(self, names: Iterable[tuple[str, str, str]]) -> None:
        """Add (actor id, name, kind) triples."""
        for actor_id, name, kind in names:
            self.add(actor_id, name, kind)

    def find(self, orths: Sequence[str], lemmas: Sequence[str]) -> list[tuple[int, int, list[Entry]]]:
        """Longest non-overlapping matches in a sentence, as (first, last + 1, entries) segment ranges.

        Args:
            orths: the sentence's segments.
            lemmas: the lemma chosen (or guessed) for each segment by the language layer.
        """
        matches: list[tuple[int, int, list[Entry]]] = []
        count = len(orths)
        root = self._root.children
        segment_lemmas = [self.lemmas(orth.translate(_DASHES), lemma) for orth, lemma in zip(orths, lemmas,
                                                                                         strict=True)]
        index = 0
        while index < count:
            if root.keys().isdisjoint(segment_lemmas[index]):  # most segments start no name
                index += 1
                continue
            best: tuple[int, list[Entry]] | None = None
            frontier = [self._root]
            end = index
            while frontier and end < count:
                frontier = [child for node in frontier for lemma in segment_lemmas[end]
                            if (child := node.children.get(lemma)) is not None]
                end += 1
                entries = [entry for node in frontier for entry in node.entries
                           if _fits(entry, orths[index:end])]
                if entries:
                    best = (end, entries)
            if best is None:
                index += 1
                continue
            matches.append((index, best[0], best[1]))
            index = best[0]
        return matches


_OW_ENDINGS = ("owa", "owowi", "owem", "owie")


def _declined_ow(orth: str) -> list[str]:
    """The other forms of a place name in "-ów" that Morfeusz may not know, or reads as another word's
    ("Saratowie" as a plural of the surname "Sarat"): "Saratowa", "Saratowowi", "Saratowem", "Saratowie"."""
    if not (orth[:1].isupper() and orth.endswith("ów") and len(orth) > 4):
        return []
    return [orth[:-2].lower() + ending for ending in _OW_ENDINGS]


def _fits(entry: Entry, orths: Sequence[str]) -> bool:
    for shape, orth, name_orth in zip(entry.shape, orths, entry.orths, strict=False):
        if shape == "acronym" and orth != name_orth:
            return False
        if shape == "capital" and not orth[:1].isupper():
            return False
    return len(orths) == len(entry.shape)


# endings of the oblique cases of "-ki" ("-cki", "-ski") and "-ny" adjectives and the ending of their base form
_ADJECTIVE_ENDINGS = (("kiego", "ki"), ("kiemu", "ki"), ("kimi", "ki"), ("kich", "ki"), ("kim", "ki"),
                      ("kiej", "ki"), ("kie", "ki"), ("ką", "ki"), ("ka", "ki"), ("cy", "ki"),
                      ("nego", "ny"), ("nemu", "ny"), ("nymi", "ny"), ("nych", "ny"), ("nym", "ny"),
                      ("nej", "ny"), ("ne", "ny"), ("ną", "ny"), ("na", "ny"))


def _adjective_bases(word: str) -> frozenset[str]:
    """The base forms an unknown adjective may have by its ending ("biełgorodzkim" → "biełgorodzki")."""
    return frozenset(word[: -len(ending)] + base for ending, base in _ADJECTIVE_ENDINGS
                     if word.endswith(ending) and len(word) > len(ending) + 3)

