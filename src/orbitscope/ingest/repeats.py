"""Marking paragraphs that repeat an earlier paragraph of the same document.

Scraped articles often repeat a paragraph (a pull quote, a lead restated at the end, a copy-paste slip).
Later stages must not count the facts in such a paragraph twice, so each repeat points at its original.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from orbitscope.ingest.cleaning import PARAGRAPH_SEPARATOR
from orbitscope.model import Paragraph

# Short paragraphs (headings, "Reklama") share too few words for containment to mean anything.
MIN_REPEAT_WORDS = 8
_WORD = re.compile(r"\w+")


def _word_set(paragraph: str) -> frozenset[str]:
    return frozenset(_WORD.findall(paragraph.casefold()))


def find_repeats(word_sets: Sequence[frozenset[str]], threshold: float, min_words: int,
                 later_only: bool = False) -> list[tuple[int | None, float | None]]:
    """For each text unit (paragraph, sentence), the earlier unit it repeats and the similarity.

    Similarity is word-set containment |A∩B| / min(|A|, |B|); with ``later_only`` it is |A∩B| / |A| for
    the later unit A, so a later unit that adds new words (new facts) is not a repeat. Units with fewer
    than ``min_words`` distinct words take no part. A repeat points at the most similar earlier unit
    (the earliest on a tie).
    """
    # Inverted index word -> earlier unit indices. A unit that repeats an earlier one shares at least
    # ceil(threshold * n) of its n words with it, so it must share one of its (n - that + 1) rarest words:
    # only the units listed under those words are candidates, which keeps frequent words out of the loop.
    postings: dict[str, list[int]] = {}
    result: list[tuple[int | None, float | None]] = []
    for index, words in enumerate(word_sets):
        repeat_of: int | None = None
        similarity: float | None = None
        if len(words) >= min_words:
            needed = math.ceil(threshold * (len(words) if later_only else min_words))
            rarest = sorted(words, key=lambda word: len(postings.get(word, ())))[: len(words) - needed + 1]
            candidates = sorted({earlier for word in rarest for earlier in postings.get(word, ())})
            for earlier in candidates:
                other = word_sets[earlier]
                size = len(words) if later_only else min(len(words), len(other))
                score = len(words & other) / size
                if score >= threshold and (similarity is None or score > similarity):
                    repeat_of, similarity = earlier, round(score, 4)
            for word in words:
                postings.setdefault(word, []).append(index)
        result.append((repeat_of, similarity))
    return result


def mark_repeated_paragraphs(text: str, threshold: float) -> tuple[Paragraph, ...]:
    """Split a document text into paragraphs and mark near-repeats of earlier paragraphs.

    Args:
        text: the final document text, paragraphs joined by "\\n\\n".
        threshold: containment in (0, 1], e.g. ``settings.repeat_paragraph_threshold``.

    Returns:
        One Paragraph per paragraph, with offsets into ``text`` and ``repeat_of``/``similarity`` set
        for repeats (see ``find_repeats``).
    """
    chunks = text.split(PARAGRAPH_SEPARATOR)
    repeats = find_repeats([_word_set(chunk) for chunk in chunks], threshold, MIN_REPEAT_WORDS)
    paragraphs: list[Paragraph] = []
    start = 0
    for index, (chunk, (repeat_of, similarity)) in enumerate(zip(chunks, repeats, strict=True)):
        paragraphs.append(Paragraph(index, start, start + len(chunk), repeat_of, similarity))
        start += len(chunk) + len(PARAGRAPH_SEPARATOR)
    return tuple(paragraphs)
