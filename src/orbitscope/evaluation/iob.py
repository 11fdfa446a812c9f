"""IOB named-entity corpora (NKJP 1M, KPWr) read as documents of sentences, and laid out as plain text.

Both corpora ship as ``orth<TAB>lemma<TAB>tag<TAB>NE-tags`` lines, IOB2, nested tags joined by ``#`` with
the outer level first, ``-DOCSTART FILE <id>`` before each document and a blank line after each sentence.
``layout`` turns a document's tokens into the plain text a newspaper would print (deterministic: standoff
gold files point into it) and returns every token's character offsets, so entity spans in token indices
become character spans that the engine's own output can be compared with.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SENTENCES_PER_PARAGRAPH = 5
_NO_SPACE_BEFORE = frozenset(",.;:!?)]”…%")
_NO_SPACE_AFTER = frozenset("([„")


@dataclass(frozen=True, slots=True)
class IobSentence:
    """One sentence: its tokens and, per token, the NE tags from the outermost level inwards."""

    words: tuple[str, ...]
    tags: tuple[tuple[str, ...], ...]

    def spans(self, level: int = 0) -> list[tuple[int, int, str]]:
        """(first token, end token, type) of the entity spans at one nesting level (0 = outermost)."""
        spans: list[list] = []
        previous = "O"
        for index, levels in enumerate(self.tags):
            tag = levels[level] if level < len(levels) else "O"
            if tag == "O":
                previous = "O"
                continue
            prefix, _, kind = tag.partition("-")
            if prefix == "I" and previous == kind:
                spans[-1][1] = index + 1
            else:  # "B-", or an "I-" without its "B-" (a few in NKJP): a new span either way
                spans.append([index, index + 1, kind])
            previous = kind
        return [(start, end, kind) for start, end, kind in spans]


def read_iob(path: Path) -> Iterator[tuple[str, list[IobSentence]]]:
    """(document id, sentences) for every document of an IOB file (plain or .gz)."""
    opener = gzip.open if path.suffix == ".gz" else open
    doc_id: str | None = None
    sentences: list[IobSentence] = []
    words: list[str] = []
    tags: list[tuple[str, ...]] = []

    def close_sentence() -> None:
        if words:
            sentences.append(IobSentence(tuple(words), tuple(tags)))
            words.clear()
            tags.clear()

    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("-DOCSTART"):
                close_sentence()
                if line.startswith("-DOCSTART FILE"):
                    if sentences and doc_id is not None:
                        yield doc_id, sentences
                    sentences = []
                    doc_id = line.split()[-1].removeprefix("./")
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                close_sentence()
                continue
            words.append(fields[0])
            tags.append(tuple(fields[-1].split("#")) if len(fields) >= 4 else ("O",))
    close_sentence()
    if sentences and doc_id is not None:
        yield doc_id, sentences


def layout_sentence(words: tuple[str, ...] | list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as printed text, and each token's (start, end) in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    for word in words:
        if parts and word[0] not in _NO_SPACE_BEFORE and parts[-1][-1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(word)))
        parts.append(word)
        length += len(word)
    return "".join(parts), offsets


def layout(sentences: list[IobSentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The document as plain text (five sentences to a paragraph) and every token's character offsets."""
    pieces: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    length = 0
    for index, sentence in enumerate(sentences):
        if index:
            separator = "\n\n" if index % SENTENCES_PER_PARAGRAPH == 0 else " "
            pieces.append(separator)
            length += len(separator)
        text, token_offsets = layout_sentence(sentence.words)
        pieces.append(text)
        offsets.append([(start + length, end + length) for start, end in token_offsets])
        length += len(text)
    return "".join(pieces), offsets
