"""Golden files for the Polish language layer: sentence splitting and proper names.

The expected outputs in tests/golden/nlp/*.json were reviewed by hand; many cases come from the sample
articles. Rewrite them from the current output with ``pytest --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from orbitscope.ingest import mark_repeated_paragraphs
from orbitscope.model import Document, document_id
from support import load_golden, save_golden

GOLDEN = Path(__file__).parent / "nlp"


def _analyse(layer, text: str):
    return layer.analyse(Document(document_id(text), text, paragraphs=mark_repeated_paragraphs(text, 0.6)))


def _check(path: Path, key: str, compute, update: bool) -> None:
    cases = load_golden(path)
    failures = []
    for case in cases:
        actual = compute(case["text"])
        if update:
            case[key] = actual
        elif actual != case[key]:
            failures.append(f"{case['text']!r}\n  expected: {case[key]}\n  actual:   {actual}")
    if update:
        save_golden(path, cases)
    assert not failures, f"{len(failures)} of {len(cases)} cases differ:\n" + "\n".join(failures)


def test_there_are_enough_cases():
    assert len(load_golden(GOLDEN / "sentences.json")) >= 40
    assert len(load_golden(GOLDEN / "names.json")) >= 30


def test_sentence_splitting(language_layer, update_golden):
    def sentences(text: str) -> list[str]:
        return [text[s.start : s.end] for s in _analyse(language_layer, text).sentences]

    _check(GOLDEN / "sentences.json", "sentences", sentences, update_golden)


@pytest.mark.parametrize("key", ["mentions", "names"])
def test_names(language_layer, update_golden, key):
    def compute(text: str) -> list[list[str]]:
        analysis = _analyse(language_layer, text)
        if key == "mentions":
            return [[m.text, m.base, m.kind.value] for m in analysis.mentions]
        return [[t.orth, t.lemma, t.name_kind.value] for s in analysis.sentences for t in s.tokens if t.is_name]

    _check(GOLDEN / "names.json", key, compute, update_golden)
