"""The NKJP 1M named-entity corpus (../shared/data/nkjp-ner-iob) as plain-text documents.

The corpus is read in place, never copied into the repository. Its documents are rebuilt as plain text
deterministically — tokens joined with spaces, no space before closing punctuation or after opening
brackets and quotes, sentences grouped five to a paragraph — so that standoff gold files can point into
them by NKJP document id and character offsets.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

#: Where the corpus lives next to a checkout (``../shared/data``).
DEFAULT_CORPUS = (Path(__file__).resolve().parents[3].parent / "shared" / "data" / "nkjp-ner-iob"
                  / "nkjp-nested-simplified-v2.iob.gz")
SENTENCES_PER_PARAGRAPH = 5
_NO_SPACE_BEFORE = frozenset(",.;:!?)]”…%")
_NO_SPACE_AFTER = frozenset("([„")


def sentence_text(tokens: list[str]) -> str:
    """Join NKJP tokens of one sentence with the spacing a newspaper would use."""
    parts: list[str] = []
    for token in tokens:
        if parts and token[0] not in _NO_SPACE_BEFORE and parts[-1][-1] not in _NO_SPACE_AFTER:
            parts.append(" ")
        parts.append(token)
    return "".join(parts)


def nkjp_documents(path: Path = DEFAULT_CORPUS) -> Iterator[tuple[str, str]]:
    """(NKJP document id, plain text) for every document of the IOB file, e.g. ("130-3-900001", "...")."""
    doc_id: str | None = None
    sentences: list[str] = []
    tokens: list[str] = []

    def text() -> str:
        return "\n\n".join(" ".join(sentences[i : i + SENTENCES_PER_PARAGRAPH])
                           for i in range(0, len(sentences), SENTENCES_PER_PARAGRAPH))

    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("-DOCSTART"):
                if tokens:
                    sentences.append(sentence_text(tokens))
                    tokens = []
                if line.startswith("-DOCSTART FILE"):
                    if sentences and doc_id is not None:
                        yield doc_id, text()
                    sentences = []
                    doc_id = line.split()[-1].removeprefix("./")
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 2:
                if tokens:
                    sentences.append(sentence_text(tokens))
                    tokens = []
                continue
            tokens.append(fields[0])
    if tokens:
        sentences.append(sentence_text(tokens))
    if sentences and doc_id is not None:
        yield doc_id, text()
