"""A statistical baseline for event triggers, measured against the hand-written lexicon (issue 5).

Leave-one-document-out over eval/gold/events.jsonl: for each document, a trigger model is estimated from the
gold events of the other 54 documents — for every lemma, how often a token with that lemma is a gold trigger
anchor (the trigger's first word) and of which PLOVER type — and applied to the held-out document: a token
is a trigger when its lemma was a trigger in at least half of its training occurrences (and at least twice),
with the lemma's most frequent type. Type-level precision/recall/F1 are computed with the same scorer as
`orbitscope eval events` and printed beside the lexicon's figures.

Run: .venv/bin/python training/events/learned_lexicon.py   (needs ../shared/data for the NKJP documents)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from orbitscope.config import Settings
from orbitscope.evaluation.events import EventsReport, score_document
from orbitscope.evaluation.gold import gold_documents
from orbitscope.model import Analysis, Event, Token
from orbitscope.pipeline import default_pipeline

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "events.jsonl"
MIN_COUNT = 2
MIN_SHARE = 0.5


def _tokens(analysis: Analysis) -> list[tuple[int, Token]]:
    return [(sentence.index, token) for sentence in analysis.sentences for token in sentence.tokens
            if token.orth[:1].isalpha()]


def _anchor_lemmas(record: dict, analysis: Analysis) -> dict[int, str]:
    """Token start → gold type, for the first word of every gold trigger."""
    anchors = {}
    for _, token in _tokens(analysis):
        for item in record["events"]:
            if item["trigger_start"] <= token.start < item["trigger_end"] and token.start == min(
                    t.start for _, t in _tokens(analysis) if item["trigger_start"] <= t.start < item["trigger_end"]):
                anchors[token.start] = item["type"]
    return anchors


def main() -> None:
    pipeline = default_pipeline(Settings())
    documents = [(record, pipeline.analyse(document)) for record, document in gold_documents(GOLD)]
    anchors = [_anchor_lemmas(record, analysis) for record, analysis in documents]
    learned, lexicon = EventsReport(), EventsReport()
    for held, (record, analysis) in enumerate(documents):
        seen: Counter[str] = Counter()
        types: dict[str, Counter[str]] = defaultdict(Counter)
        for index, (_, other) in enumerate(documents):
            if index == held:
                continue
            for _, token in _tokens(other):
                lemma = token.lemma.lower()
                seen[lemma] += 1
                if token.start in anchors[index]:
                    types[lemma][anchors[index][token.start]] += 1
        predicted = []
        for sentence_index, token in _tokens(analysis):
            counts = types.get(token.lemma.lower())
            if counts and sum(counts.values()) >= MIN_COUNT and sum(counts.values()) / seen[token.lemma.lower()] >= MIN_SHARE:
                sentence = analysis.sentences[sentence_index]
                predicted.append(Event(analysis.document.id, sentence_index, sentence.start, sentence.end, token.orth,
                                       token.start, token.end, counts.most_common(1)[0][0]))
        score_document(learned, record, tuple(predicted), analysis.document.text)
        score_document(lexicon, record, analysis.events, analysis.document.text)
    for name, report in (("learned lexicon (leave-one-document-out)", learned), ("hand lexicon", lexicon)):
        t = report.type
        print(f"{name:<42} type P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  "
              f"(gold {t.gold}, predicted {t.predicted})")


if __name__ == "__main__":
    main()
