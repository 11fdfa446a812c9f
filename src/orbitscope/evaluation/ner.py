"""Named-entity evaluation (``orbitscope eval ner``): the model, the rule/KB baseline and the fused system.

Test sets, both read in place from ../shared/data (never copied):
* **NKJP** 1M, the documents of our test split (training/ner/split/test.txt), outermost spans, NKJP types
  mapped to coarse PER / ORG / LOC / GPE / DATE by training/ner/labels.tsv;
* **KPWr** n82 test file, outermost spans, its 77 fine types mapped by evaluation/data/kpwr_types.tsv
  (types NKJP does not annotate — products, events, titles … — are not scored: a prediction overlapping
  one of those counts neither way). KPWr has no date annotation, so DATE is not scored there.

Systems, all compared in characters over the same rebuilt document text (``iob.layout``):
* ``model``: the NER model alone on the corpus's own tokens (the standard NER figure);
* ``rules+kb``: the engine without the model — rule name spans, knowledge-base names, country adjectives and
  demonyms (NKJP tags "rosyjski" and "Rosjanie" as placeName) — on our own Morfeusz tokenization;
* ``fused``: the engine as it runs (rules + model + knowledge base, ``nlp/ner.py`` precedence rules).
Exact span: same start, end and coarse type. Overlap: shares a character with a gold span of the same type
(one-to-one). The sample articles have no NE gold of their own; their named actors from the linking gold
(eval/gold/linking.jsonl, kinds name/acronym/capital) are checked for recall and every miss is listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from orbitscope.evaluation.gold import SAMPLES, Score, gold_documents
from orbitscope.evaluation.iob import IobSentence, layout, read_iob
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.model import Analysis, Document, LinkKind, MentionKind, document_id
from orbitscope.nlp.ner import LABEL_KINDS, NerModel
from orbitscope.pipeline import Pipeline

REPO = SAMPLES.parents[1]
NKJP_TEST_SPLIT = REPO / "training" / "ner" / "split" / "test.txt"
NKJP_LABELS = REPO / "training" / "ner" / "labels.tsv"
DEFAULT_KPWR = REPO.parent / "shared" / "data" / "kpwr-ner-n82" / "kpwr-ner-n82-test.iob"
LINKING_GOLD = REPO / "eval" / "gold" / "linking.jsonl"
COARSE = ("PER", "ORG", "LOC", "GPE", "DATE")
_KIND_TYPES = {MentionKind.PERSON: "PER", MentionKind.ORGANIZATION: "ORG", MentionKind.PLACE: "GPE",
               MentionKind.LOCATION: "LOC", MentionKind.NAME: "NAME"}

Span = tuple[int, int, str]


@dataclass
class SpanScores:
    """Exact-span and overlap scores per coarse type, and overall."""

    exact: dict[str, Score] = field(default_factory=dict)
    overlap: dict[str, Score] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {label: {"exact": self.exact[label].as_dict(), "overlap": self.overlap[label].as_dict()}
                for label in self.exact}


@dataclass
class NerReport:
    """Everything ``eval ner`` prints: scores per corpus and system, sample recall and misses."""

    corpora: dict[str, dict[str, Any]] = field(default_factory=dict)  # corpus → {documents, tokens, spans}
    scores: dict[str, dict[str, SpanScores]] = field(default_factory=dict)  # corpus → system → scores
    sample_names: int = 0
    sample_found: int = 0
    sample_misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpora": self.corpora,
            "scores": {corpus: {system: scores.as_dict() for system, scores in systems.items()}
                       for corpus, systems in self.scores.items()},
            "samples": {"names": self.sample_names, "found": self.sample_found, "misses": self.sample_misses},
        }


@dataclass(frozen=True)
class NerCorpus:
    """A test corpus: documents as IOB sentences and the map from its fine types to coarse ones."""

    name: str
    documents: list[tuple[str, list[IobSentence]]]
    coarse: dict[str, str | None]  # fine type → coarse type; None: not scored
    scored: tuple[str, ...]


def _read_table(text: str, key: int, value: int) -> dict[str, str]:
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {row[key]: row[value] for row in rows}


@cache
def kpwr_types() -> dict[str, str | None]:
    """KPWr fine type → coarse type, None when NKJP has no such names (evaluation/data/kpwr_types.tsv)."""
    table = _read_table(resources.files("orbitscope.evaluation").joinpath("data", "kpwr_types.tsv")
                        .read_text(encoding="utf-8"), 0, 1)
    return {fine: None if coarse == "-" else coarse for fine, coarse in table.items()}


def nkjp_test_corpus(path: Path = DEFAULT_CORPUS, split: Path = NKJP_TEST_SPLIT,
                     limit: int | None = None) -> NerCorpus:
    """The documents of the NKJP test split (document ids recorded in the repository)."""
    wanted = set(split.read_text(encoding="utf-8").split())
    documents = [(doc_id, sentences) for doc_id, sentences in read_iob(path) if doc_id in wanted][:limit]
    coarse = _read_table(NKJP_LABELS.read_text(encoding="utf-8"), 0, 2)
    return NerCorpus("nkjp-test", documents, dict(coarse), COARSE)


def kpwr_test_corpus(path: Path = DEFAULT_KPWR, limit: int | None = None) -> NerCorpus:
    """The KPWr n82 test file."""
    documents = list(read_iob(path))[:limit]
    return NerCorpus("kpwr-test", documents, kpwr_types(), ("PER", "ORG", "LOC", "GPE"))


def score_spans(pairs: Iterable[tuple[list[Span], list[Span], list[tuple[int, int]]]],
                labels: tuple[str, ...]) -> SpanScores:
    """Score (gold, predicted, unscored regions) per document: exact and overlap, per coarse type."""
    exact: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    gold_count: Counter[str] = Counter()
    for gold, prediction, unscored in pairs:
        gold_set = set(gold)
        used: set[int] = set()
        for span in prediction:
            if any(start < span[1] and span[0] < end for start, end in unscored) and span not in gold_set:
                continue
            predicted[span[2]] += 1
            exact[span[2]] += span in gold_set
            for index, other in enumerate(gold):
                if index not in used and other[2] == span[2] and other[0] < span[1] and span[0] < other[1]:
                    used.add(index)
                    overlap[span[2]] += 1
                    break
        gold_count.update(span[2] for span in gold)
    counted = (*labels, "NAME")  # "NAME": an engine span of unknown type, wrong under any gold type
    for counter in (exact, overlap, predicted, gold_count):
        counter["ALL"] = sum(counter[name] for name in counted)
    result = SpanScores()
    for label in (*labels, "ALL"):
        result.exact[label] = Score(exact[label], predicted[label], gold_count[label])
        result.overlap[label] = Score(overlap[label], predicted[label], gold_count[label])
    return result


def _gold(corpus: NerCorpus, sentences: list[IobSentence], offsets: list[list[tuple[int, int]]]
          ) -> tuple[list[Span], list[tuple[int, int]]]:
    gold: list[Span] = []
    unscored: list[tuple[int, int]] = []
    for sentence, token_offsets in zip(sentences, offsets, strict=True):
        for first, last, fine in sentence.spans():
            start, end = token_offsets[first][0], token_offsets[last - 1][1]
            coarse = corpus.coarse.get(fine)
            if coarse in corpus.scored:
                gold.append((start, end, coarse))
            else:
                unscored.append((start, end))
    return gold, unscored


def model_spans(model: NerModel, sentences: list[IobSentence], offsets: list[list[tuple[int, int]]],
                text: str) -> list[Span]:
    """The model's spans on a corpus document's own tokens, in characters, with coarse labels."""
    inputs = []
    for sentence, token_offsets in zip(sentences, offsets, strict=True):
        spaces = [end < len(text) and text[end] == " " for _, end in token_offsets]
        inputs.append((sentence.words, spaces))
    spans: list[Span] = []
    for token_offsets, predicted in zip(offsets, model.predict(inputs), strict=True):
        spans.extend((token_offsets[first][0], token_offsets[last - 1][1], LABEL_KINDS[label][0])
                     for first, last, label in predicted)
    return spans


def system_spans(analysis: Analysis) -> list[Span]:
    """The engine's name spans: mentions (typed by kind) plus adjective and demonym links (GPE)."""
    spans = [(m.start, m.end, _KIND_TYPES[m.kind]) for m in analysis.mentions]
    spans += [(link.start, link.end, "GPE") for link in analysis.links
              if link.kind in (LinkKind.ADJECTIVE, LinkKind.DEMONYM)
              and not any(m.start < link.end and link.start < m.end for m in analysis.mentions)]
    return spans


def evaluate_ner(systems: dict[str, Pipeline | NerModel], corpora: list[NerCorpus],
                 on_document: Callable[[], None] | None = None) -> NerReport:
    """Score every system on every corpus, then check the sample articles' named actors.

    Args:
        systems: name → a Pipeline (run on rebuilt document text) or a NerModel (run on corpus tokens).
        corpora: the test corpora.
        on_document: progress callback, called after each corpus document.
    """
    report = NerReport()
    for corpus in corpora:
        pairs: dict[str, list] = {name: [] for name in systems}
        tokens = spans = 0
        for _, sentences in corpus.documents:
            text, offsets = layout(sentences)
            gold, unscored = _gold(corpus, sentences, offsets)
            tokens += sum(len(sentence.words) for sentence in sentences)
            spans += len(gold)
            for name, system in systems.items():
                if isinstance(system, NerModel):
                    predicted = model_spans(system, sentences, offsets, text)
                else:
                    document = Document(document_id(text), text, language="pl")
                    predicted = system_spans(system.analyse(document))
                pairs[name].append((gold, predicted, unscored))
            if on_document is not None:
                on_document()
        report.corpora[corpus.name] = {"documents": len(corpus.documents), "tokens": tokens, "spans": spans}
        report.scores[corpus.name] = {name: score_spans(pairs[name], corpus.scored) for name in systems}
    fused = next((system for system in reversed(systems.values()) if isinstance(system, Pipeline)), None)
    if fused is not None and LINKING_GOLD.is_file():
        _check_samples(report, fused)
    return report


def _check_samples(report: NerReport, pipeline: Pipeline) -> None:
    """Recall of the sample articles' named actors (linking gold, name/acronym/capital kinds)."""
    for record, document in _sample_documents():
        analysis = pipeline.analyse(document)
        found = [(m.start, m.end) for m in analysis.mentions]
        found += [(link.start, link.end) for link in analysis.links]
        for item in record["mentions"]:
            if item["kind"] not in ("name", "acronym", "capital"):
                continue
            report.sample_names += 1
            if any(start < item["end"] and item["start"] < end for start, end in found):
                report.sample_found += 1
            else:
                report.sample_misses.append({"doc": record["doc"], "start": item["start"], "end": item["end"],
                                             "text": item.get("text", ""), "type": item["type"]})


def _sample_documents() -> Iterator[tuple[dict[str, Any], Document]]:
    for record, document in gold_documents(LINKING_GOLD):
        if record["corpus"] == "samples":
            yield record, document
