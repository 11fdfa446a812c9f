"""Entity-linking evaluation against a gold file (``orbitscope eval linking GOLD``).

The gold file (eval/gold/linking.jsonl, see eval/gold/README.md) lists, per document, every mention of an
actor with its character span, knowledge-base id (or "NIL:<slug>"), actor type and kind. Documents come
from the sample articles (``corpus: samples``, text read with orbitscope's own ingest) or from the NKJP
corpus (``corpus: nkjp``, standoff: offsets plus a SHA-1 check, text read from ../shared/data).

Scores:
* linking precision / recall / F1 over (span, actor id) pairs for knowledge-base actors (NIL excluded on
  both sides), with exact spans, and with overlapping spans;
* NIL clustering: B-cubed precision / recall / F1 of predicted NIL clusters over gold NIL mentions;
* per actor type and per mention kind; and every miss and wrong link, listed.
Role links ("prezydent Kazachstanu") are not in the gold and are not scored.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitscope.evaluation.gold import Score, gold_documents
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.model import Analysis, EntityLink, LinkKind
from orbitscope.pipeline import Pipeline


@dataclass
class LinkingReport:
    """Everything ``eval linking`` prints."""

    documents: int = 0
    gold_mentions: int = 0
    exact: Score = field(default_factory=Score)
    overlap: Score = field(default_factory=Score)
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    nil_b3: tuple[float, float, float] = (0.0, 0.0, 0.0)
    nil_mentions: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "gold_mentions": self.gold_mentions,
            "exact": self.exact.as_dict(), "overlap": self.overlap.as_dict(),
            "by_type": {key: score.as_dict() for key, score in sorted(self.by_type.items())},
            "by_kind": {key: score.as_dict() for key, score in sorted(self.by_kind.items())},
            "nil_clustering_b3": {"precision": round(self.nil_b3[0], 4), "recall": round(self.nil_b3[1], 4),
                                  "f1": round(self.nil_b3[2], 4), "mentions": self.nil_mentions},
            "misses": self.misses, "wrong": self.wrong, "spurious": self.spurious,
        }


def evaluate_linking(gold_path: Path, pipeline: Pipeline, corpus: Path = DEFAULT_CORPUS) -> LinkingReport:
    """Run the pipeline on every gold document and score its entity links.

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a gold span does not align.
    """
    report = LinkingReport()
    nil_gold: dict[tuple[str, int, int], str] = {}
    nil_predicted: dict[tuple[str, int, int], str] = {}
    for record, document in gold_documents(gold_path, corpus, "mentions"):
        analysis = pipeline.analyse(document)
        report.documents += 1
        _score_document(report, record, analysis, nil_gold, nil_predicted)
    report.nil_mentions = len(nil_gold)
    report.nil_b3 = _b_cubed(nil_gold, nil_predicted)
    return report


def _score_document(report: LinkingReport, record: dict[str, Any], analysis: Analysis,
                    nil_gold: dict, nil_predicted: dict) -> None:
    text = analysis.document.text
    links = [link for link in analysis.links if link.kind is not LinkKind.ROLE]
    by_span: dict[tuple[int, int], EntityLink] = {(link.start, link.end): link for link in links}
    predicted_kb = [link for link in links if not link.is_nil]
    gold_kb = [m for m in record["mentions"] if not m["id"].startswith("NIL:")]
    report.gold_mentions += len(record["mentions"])
    report.exact.gold += len(gold_kb)
    report.overlap.gold += len(gold_kb)
    report.exact.predicted += len(predicted_kb)
    report.overlap.predicted += len(predicted_kb)
    gold_spans = {(m["start"], m["end"]): m for m in gold_kb}
    for mention in record["mentions"]:
        span = (mention["start"], mention["end"])
        if mention["id"].startswith("NIL:"):
            nil_gold[(record["doc"], *span)] = mention["id"]
            predicted = by_span.get(span)
            nil_predicted[(record["doc"], *span)] = predicted.actor_id if predicted else f"missing:{span}"
            continue
        report.by_type[mention["type"]].gold += 1
        report.by_kind[mention["kind"]].gold += 1
        link = by_span.get(span)
        overlapping = link or next((l for l in predicted_kb if l.start < span[1] and span[0] < l.end
                                    and l.actor_id == mention["id"]), None)
        if overlapping is not None and overlapping.actor_id == mention["id"]:
            report.overlap.correct += 1
        if link is not None and link.actor_id == mention["id"]:
            report.exact.correct += 1
            report.by_type[mention["type"]].correct += 1
            report.by_kind[mention["kind"]].correct += 1
            continue
        row = {"doc": record["doc"], "start": span[0], "end": span[1], "text": text[span[0]:span[1]],
               "gold": mention["id"], "type": mention["type"], "kind": mention["kind"]}
        if link is None or link.is_nil:  # not linked to the knowledge base: a miss
            report.misses.append({**row, "predicted": link.actor_id if link else ""})
        else:
            report.wrong.append({**row, "predicted": link.actor_id, "method": link.method})
    for link in predicted_kb:
        gold_mention = gold_spans.get((link.start, link.end))
        gold_type = gold_mention["type"] if gold_mention else link.actor_type
        report.by_type[gold_type].predicted += 1
        kind = gold_mention["kind"] if gold_mention else link.kind.value
        report.by_kind[kind].predicted += 1
        if gold_mention is None:
            report.spurious.append({"doc": record["doc"], "start": link.start, "end": link.end,
                                    "text": link.text, "predicted": link.actor_id, "method": link.method})


def _b_cubed(gold: dict[Any, str], predicted: dict[Any, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a predicted clustering of the gold NIL mentions."""
    if not gold:
        return 0.0, 0.0, 0.0
    gold_clusters: dict[str, set] = defaultdict(set)
    predicted_clusters: dict[str, set] = defaultdict(set)
    for item, cluster in gold.items():
        gold_clusters[cluster].add(item)
        predicted_clusters[predicted[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        g, p = gold_clusters[gold[item]], predicted_clusters[predicted[item]]
        overlap = len(g & p)
        precision += overlap / len(p)
        recall += overlap / len(g)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
