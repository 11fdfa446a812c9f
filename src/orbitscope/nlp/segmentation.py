"""Sentence splitting over Morfeusz segments.

A sentence ends at ".", "!", "?" or "…" when the next word starts a sentence (a capital letter, a digit,
an opening quote or dash). A dot does not end a sentence when it belongs to an abbreviation: Morfeusz
reads abbreviations that take a dot as "brev:pun" ("m.in", "r", "tzw", "prof", "godz"), so no hand list
of abbreviations is needed, only two small lists of exceptions in ``data/``. Single capital letters with
a dot are initials ("W. Putin"). Paragraph ends are always sentence ends (the caller splits paragraphs).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from orbitscope.model import NameKind
from orbitscope.nlp.morphology import Segment

_FINAL = frozenset({".", "!", "?", "…", "?!", "!?"})
_CLOSING = frozenset({"”", '"', "»", "’", "'", ")", "]"})
_OPENING = frozenset({"„", '"', "«", "“", "(", "[", "‘"})
_DASHES = frozenset({"–", "—", "-"})


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-per-line data file from ``nlp/data`` (``#`` starts a comment)."""
    text = resources.files("orbitscope.nlp").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return frozenset(line for line in lines if line)


def _starts_sentence(segments: list[tuple[int, Segment]], index: int) -> bool:
    """Whether the segment at ``index`` can open a sentence (a dash opens one only before a capital)."""
    orth = segments[index][1].orth
    first = orth[0]
    if first.isupper() or first.isdigit():
        return True
    if orth in _DASHES:  # "„Czy to koniec?” – zapytał" goes on; "koniec. – Nie" starts anew
        return index + 1 < len(segments) and segments[index + 1][1].orth[0].isupper()
    return orth in _OPENING


_SCALES = frozenset({"tys", "mln", "mld", "bln"})  # scale abbreviations of a number


def _is_abbreviation_dot(segments: list[tuple[int, Segment]], index: int, next_segment: Segment) -> bool:
    """Whether the dot at ``index`` closes an abbreviation or an initial rather than the sentence."""
    if index == 0:
        return False
    previous_offset, previous = segments[index - 1]
    if previous_offset + len(previous.orth) != segments[index][0]:
        return False  # "słowo ." — a detached dot is punctuation
    orth = previous.orth
    if len(orth) == 1 and orth.isupper():
        # an initial: "W. Putin", "K.-Ż. Tokajew"; not the letter ending a hyphenated word ("systemów IRIS-T.")
        return not (index >= 3 and segments[index - 2][1].orth == "-" and segments[index - 3][1].orth != "."
                    and segments[index - 2][0] + 1 == previous_offset)
    lowered = orth.lower()
    if lowered in word_list("abbreviations_before_names.txt"):
        return True  # "prof. Nowak", "ul. Marszałkowska", "tzw. Zachód"
    if not previous.is_abbreviation or lowered in word_list("abbreviations_sentence_final.txt"):
        return False
    if next_segment.orth[0].isdigit():
        return True  # "ok. 20", "r. 2023"
    if lowered in _SCALES and index >= 2 and segments[index - 2][1].orth[:1].isdigit() and any(
            reading.tag.startswith("subst:pl:gen") for reading in next_segment.readings):
        return True  # "2,5 tys. Tadżyków", "3 mln Polaków": the counted people, not a new sentence
    if next_segment.orth in word_list("thing_acronyms.txt"):
        return True  # a measure counted: "5 proc. PKB"
    if not all(reading.tag.startswith("brev") for reading in previous.readings):
        return False  # also an ordinary word ("proc" = slings): "20 proc. Rosja" is a sentence end
    # "w 1991 r. Kazachstan prowadzi" goes on; "2023 r. Następne spotkanie" is a new sentence: a capital
    # on a common word (not a name, not unknown) can only be a sentence start.
    return next_segment.name_kind is not NameKind.NONE or next_segment.is_unknown or next_segment.is_acronym


def split_sentences(segments: list[tuple[int, Segment]]) -> list[tuple[int, int]]:
    """Split one paragraph's segments into sentences.

    Args:
        segments: (offset, segment) pairs of one paragraph, in text order.

    Returns:
        (first, last + 1) segment index ranges, one per sentence, covering all segments.
    """
    bounds: list[tuple[int, int]] = []
    first = 0
    count = len(segments)
    index = 0
    while index < count:
        orth = segments[index][1].orth
        if orth in _FINAL:
            end = index + 1
            while end < count and (segments[end][1].orth in _FINAL or segments[end][1].orth in _CLOSING):
                end += 1  # "...", "?!", closing quotes and brackets stay with the sentence
            if end < count:
                following = segments[end][1]
                if _starts_sentence(segments, end) and not (
                    orth == "." and end == index + 1 and _is_abbreviation_dot(segments, index, following)
                ):
                    bounds.append((first, end))
                    first = end
            index = end
            continue
        index += 1
    if first < count:
        bounds.append((first, count))
    return bounds
