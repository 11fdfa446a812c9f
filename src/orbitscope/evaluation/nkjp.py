"""The NKJP 1M named-entity corpus (../shared/data/nkjp-ner-iob) as plain-text documents.

The corpus is read in place, never copied into the repository. Its documents are rebuilt as plain text
deterministically — tokens joined with spaces, no space before closing punctuation or after opening
brackets and quotes, sentences grouped five to a paragraph — so that standoff gold files can point into
them by NKJP document id and character offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from orbitscope.evaluation.iob import layout, layout_sentence, read_iob

#: Where the corpus lives next to a checkout (``../shared/data``).
DEFAULT_CORPUS = (Path(__file__).resolve().parents[3].parent / "shared" / "data" / "nkjp-ner-iob"
                  / "nkjp-nested-simplified-v2.iob.gz")


def sentence_text(tokens: list[str]) -> str:
    """Join NKJP tokens of one sentence with the spacing a newspaper would use."""
    return layout_sentence(tokens)[0]


def nkjp_documents(path: Path = DEFAULT_CORPUS) -> Iterator[tuple[str, str]]:
    """(NKJP document id, plain text) for every document of the IOB file, e.g. ("130-3-900001", "...")."""
    for doc_id, sentences in read_iob(path):
        yield doc_id, layout(sentences)[0]
