"""Tokenization and morphological analysis with Morfeusz 2 (SGJP dictionary, offline).

Text is cut at whitespace into chunks; each chunk is analysed by Morfeusz, which splits it into segments
(words, punctuation, abbreviations such as "m.in" + ".", agglutinates such as "zrobił" + "em") and lists
every reading of each segment. Chunks repeat a lot in news (Zipf), so analyses are cached per chunk:
this is what makes the layer fast, since the Python binding costs more than the analysis itself.

Segmentation follows NKJP (the corpus our NER model is trained on): when Morfeusz offers several
segmentations of a chunk, the one with the fewest segments is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

import morfeusz2

from orbitscope.model import NameKind

#: Morfeusz name qualifiers → token name kinds. Qualifiers not listed here are not proper names.
PROPER_QUALIFIERS: dict[str, NameKind] = {
    "nazwa_geograficzna": NameKind.GEOGRAPHIC,
    "imię": NameKind.FIRST_NAME,
    "nazwisko": NameKind.SURNAME,
    "nazwa_organizacji": NameKind.ORGANIZATION,
    "nazwa_firmy": NameKind.ORGANIZATION,
    "nazwa_instytucji": NameKind.ORGANIZATION,
    "nazwa_marki": NameKind.OTHER,
    "nazwa_obiektu": NameKind.OTHER,
    "nazwa_wydarzenia": NameKind.OTHER,
    "nazwa_przedmiotu": NameKind.OTHER,
    "nazwa_własna": NameKind.OTHER,
    "pseudonim": NameKind.OTHER,
}
# When one segment has readings of several name kinds ("Moskwa": city and surname), the first wins.
_KIND_PRIORITY = (
    NameKind.GEOGRAPHIC,
    NameKind.ORGANIZATION,
    NameKind.FIRST_NAME,
    NameKind.SURNAME,
    NameKind.OTHER,
)

_CHUNK = re.compile(r"\S+")
_LEADING = "„\"(«[“'‘"
_TRAILING = ",;:!?)]”\"'»…"  # not "." (abbreviations need their dot to be read as such)


def clean_lemma(lemma: str) -> str:
    """Drop Morfeusz's homonym marker: "Moskwa:Sf" → "Moskwa", "być" stays, ":" stays."""
    colon = lemma.find(":", 1)
    return lemma if colon < 0 else lemma[:colon]


class Reading(NamedTuple):
    """One Morfeusz interpretation of a segment (a named tuple: created by the million, must be cheap)."""

    lemma: str  # without homonym marker
    raw_lemma: str  # with the marker, as Morfeusz's generator wants it
    tag: str
    name_kind: NameKind  # NONE for common words


@dataclass(frozen=True, slots=True)
class Segment:
    """A segment of one chunk, with its readings and the facts later rules ask about, computed once."""

    offset: int  # relative to the chunk start
    orth: str
    readings: tuple[Reading, ...]
    name_kind: NameKind  # best proper-name kind among the readings, NONE if none
    kinds: frozenset[NameKind]  # every proper-name kind among the readings
    has_common: bool  # some reading is not a proper name (a common word)
    is_unknown: bool  # Morfeusz does not know the word ("ign")
    is_abbreviation: bool  # a reading is an abbreviation that takes a dot (brev:pun)
    is_capitalized: bool
    is_acronym: bool  # all capitals, at least two letters
    common_reading: Reading  # the reading for a lowercase or sentence-initial use: a common word if any
    proper_reading: Reading | None  # the first reading of kind ``name_kind``

    @property
    def is_word(self) -> bool:
        return self.orth[0].isalnum()


def _vocative_only(tag: str) -> bool:
    return ":voc:" in tag  # "subst:sg:voc:m1"; alternatives are joined with dots ("nom.voc"), so no match


def reading_of_kind(readings: tuple[Reading, ...], kind: NameKind, orth: str) -> Reading | None:
    """The best reading of a proper-name kind: the word's own base form first ("Stanisław" is the name
    Stanisław, not the genitive plural of Stanisława), then a reading that is not only a vocative."""
    of_kind = [r for r in readings if r.name_kind is kind]
    return next((r for r in of_kind if r.lemma == orth), None) or next(
        (r for r in of_kind if not _vocative_only(r.tag)), of_kind[0] if of_kind else None)


def _segment(offset: int, orth: str, readings: tuple[Reading, ...]) -> Segment:
    # One pass over the readings: this runs for every distinct word of a corpus.
    kinds: set[NameKind] = set()
    vocative_kinds: set[NameKind] = set()
    unknown, abbreviation = True, False
    common_reading = None
    for reading in readings:
        tag = reading.tag
        if tag != "ign":
            unknown = False
            if tag == "brev:pun":
                abbreviation = True
        # A proper reading that is only a vocative ("Antonio" as the vocative of the place "Antonia") says
        # little in news text; it must not outrank a first name in the nominative.
        (vocative_kinds if ":voc:" in tag else kinds).add(reading.name_kind)
        if common_reading is None and reading.name_kind is NameKind.NONE and not reading.lemma[:1].isupper():
            common_reading = reading
    kinds = kinds or vocative_kinds
    name_kind = next((kind for kind in _KIND_PRIORITY if kind in kinds), NameKind.NONE)
    proper_reading = reading_of_kind(readings, name_kind, orth) if name_kind is not NameKind.NONE else None
    return Segment(
        offset=offset,
        orth=orth,
        readings=readings,
        name_kind=name_kind,
        kinds=frozenset(kinds | vocative_kinds) - {NameKind.NONE},
        has_common=NameKind.NONE in kinds and not unknown,
        is_unknown=unknown,
        is_abbreviation=abbreviation,
        is_capitalized=orth[0].isupper(),
        is_acronym=orth.isupper() and sum(char.isalpha() for char in orth) >= 2,
        common_reading=common_reading or readings[0],
        proper_reading=proper_reading,
    )


def _name_kind(qualifiers: str) -> NameKind:
    """Name kind of a Morfeusz qualifier string such as "człon_nazwy_geograficznej|nazwa_geograficzna"."""
    for qualifier in qualifiers.split("|"):
        kind = PROPER_QUALIFIERS.get(qualifier, NameKind.NONE)
        if kind is not NameKind.NONE:
            return kind
    return NameKind.NONE


def _shortest_path(edges: list[tuple[int, int]], last: int) -> list[tuple[int, int]]:
    """Fewest-segment path through Morfeusz's segmentation graph (nodes are numbered left to right)."""
    best: dict[int, tuple[int, int]] = {0: (0, -1)}  # node → (segments so far, previous node)
    for start, end in sorted(edges):
        if start in best:
            count = best[start][0] + 1
            if end not in best or count < best[end][0]:
                best[end] = (count, start)
    path: list[tuple[int, int]] = []
    node = last
    while node > 0:
        previous = best[node][1]
        path.append((previous, node))
        node = previous
    path.reverse()
    return path


def _unknown(chunk: str) -> Segment:
    return _segment(0, chunk, (Reading(chunk, chunk, "ign", NameKind.NONE),))


class Morphology:
    """Morfeusz 2 analyser with a per-chunk cache. One instance per process (Morfeusz is not shareable)."""

    def __init__(self, cache_size: int = 200_000) -> None:
        self._morfeusz = morfeusz2.Morfeusz(expand_tags=False, whitespace=morfeusz2.SKIP_WHITESPACES)
        # The binding's analyse() resolves tag and qualifier strings for every reading; the raw object
        # gives ids, which are resolved once here and cached (a third of the layer's time otherwise).
        self._raw = self._morfeusz._morfeusz_obj
        self._ids = self._raw.getIdResolver()
        self._tags: dict[int, str] = {}
        self._kinds: dict[int, NameKind] = {}
        self._cache: dict[str, tuple[Segment, ...]] = {}  # whitespace-delimited chunk → segments
        self._pieces: dict[str, tuple[Segment, ...]] = {}  # chunk without surrounding punctuation → segments
        self._cache_size = cache_size

    def segments(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, Segment]]:
        """Segments of ``text[start:end]`` as (absolute offset, segment) pairs, in text order."""
        result: list[tuple[int, Segment]] = []
        cache = self._cache
        for match in _CHUNK.finditer(text, start, len(text) if end is None else end):
            chunk = match.group()
            analysed = cache.get(chunk)
            if analysed is None:
                analysed = self._split_chunk(chunk)
                if len(cache) >= self._cache_size:
                    cache.clear()
                cache[chunk] = analysed
            base = match.start()
            if len(analysed) == 1:
                result.append((base, analysed[0]))
            else:
                result.extend((base + segment.offset, segment) for segment in analysed)
        return result

    def _split_chunk(self, chunk: str) -> tuple[Segment, ...]:
        """Analyse a chunk as leading punctuation + core + trailing punctuation.

        "Kazachstanu," and "„Kazachstanu”" share the analysis of "Kazachstanu", which raises the cache hit
        rate; Morfeusz segments surrounding punctuation the same way. Dots stay: "r." and "m.in." need them.
        """
        core = chunk.lstrip(_LEADING)
        lead = len(chunk) - len(core)
        core = core.rstrip(_TRAILING)
        if not core:
            return self._analysed(chunk)
        segments = [self._analysed(char)[0] for char in chunk[:lead]]
        segments = [replace(segment, offset=index) for index, segment in enumerate(segments)]
        segments.extend(replace(segment, offset=lead + segment.offset) if lead else segment
                        for segment in self._analysed(core))
        tail = lead + len(core)
        segments.extend(replace(self._analysed(char)[0], offset=tail + index)
                        for index, char in enumerate(chunk[tail:]))
        return tuple(segments)

    def readings(self, orth: str) -> tuple[Reading, ...]:
        """Every Morfeusz reading of one segment's text (empty if Morfeusz splits it further)."""
        analysed = self._cache.get(orth) or self._analysed(orth)  # most words were analysed as whole chunks
        return analysed[0].readings if len(analysed) == 1 else ()

    def _analysed(self, piece: str) -> tuple[Segment, ...]:
        analysed = self._pieces.get(piece)
        if analysed is None:
            analysed = self._pieces[piece] = self._analyse_chunk(piece)
            if len(self._pieces) >= self._cache_size:
                self._pieces.clear()
        return analysed

    def _analyse_chunk(self, chunk: str) -> tuple[Segment, ...]:
        readings: dict[tuple[int, int], list[Reading]] = {}
        orths: dict[tuple[int, int], str] = {}
        tags, kinds = self._tags, self._kinds
        for interp in self._raw.analyse(chunk):
            edge = (interp.startNode, interp.endNode)
            tag_id, name_id = interp.tagId, interp.nameId
            tag = tags.get(tag_id)
            if tag is None:
                tag = tags[tag_id] = self._ids.getTag(tag_id)
            kind = kinds.get(name_id)
            if kind is None:
                kind = kinds[name_id] = _name_kind(self._ids.getName(name_id))
            lemma = interp.lemma
            readings.setdefault(edge, []).append(Reading(clean_lemma(lemma), lemma, tag, kind))
            orths[edge] = interp.orth
        if not readings:
            return (_unknown(chunk),)
        segments: list[Segment] = []
        offset = 0
        for edge in _shortest_path(list(readings), max(end for _, end in readings)):
            orth = orths[edge]
            if not chunk.startswith(orth, offset):
                return (_unknown(chunk),)  # Morfeusz changed the text (rare Unicode cases): keep offsets honest
            segments.append(_segment(offset, orth, tuple(readings[edge])))
            offset += len(orth)
        return tuple(segments) if offset == len(chunk) else (_unknown(chunk),)

    @lru_cache(maxsize=50_000)  # noqa: B019 - one long-lived instance per process
    def generate(self, raw_lemma: str) -> tuple[tuple[str, str], ...]:
        """All (form, tag) pairs Morfeusz generates for a lemma (with its homonym marker)."""
        try:
            return tuple((form, tag) for form, _lemma, tag, _q, _l in self._morfeusz.generate(raw_lemma))
        except RuntimeError:
            return ()


@cache
def shared_morphology() -> Morphology:
    """The process's Morfeusz analyser, shared by the language layer, the NER features and the extractors so
    that a word analysed once is never analysed again (Morfeusz itself cannot be shared across processes)."""
    return Morphology()
