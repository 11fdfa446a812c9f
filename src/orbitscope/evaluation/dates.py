"""Temporal-expression evaluation against a gold file (``orbitscope eval dates GOLD``).

The gold file (eval/gold/dates.jsonl, see "Dates gold" in eval/gold/README.md) lists, per document, every
temporal expression with its character span, its ISO value (as ``TimeExpression.value``, null when it
cannot be placed), granularity and relation. Each document is run through the language layer, then
``find_time_expressions`` with the record's ``published`` date as the reference (none when it is null).

Scores:
* detection precision / recall / F1 with overlapping spans (one-to-one), and with exact spans;
* normalization accuracy: among the detected gold expressions, the share whose value and granularity are
  both right; relation accuracy likewise;
* per gold granularity: gold count, detected, normalized right; and every miss, wrong value and spurious
  expression, listed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from orbitscope.evaluation.gold import Score, gold_documents
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.dates import find_time_expressions
from orbitscope.model import Analysis, DateResolution, Document, TimeExpression


class _Layer(Protocol):
    def analyse(self, document: Document) -> Analysis: ...


@dataclass
class GranularityScore:
    """How the expressions of one gold granularity fared."""

    gold: int = 0
    detected: int = 0
    normalized: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "detected": self.detected, "normalized": self.normalized,
                "recall": round(self.detected / self.gold, 4) if self.gold else 0.0,
                "accuracy": round(self.normalized / self.detected, 4) if self.detected else 0.0}


@dataclass
class DatesReport:
    """Everything ``eval dates`` prints."""

    documents: int = 0
    overlap: Score = field(default_factory=Score)
    exact: Score = field(default_factory=Score)
    matched: int = 0  # gold expressions detected (overlapping span)
    normalized: int = 0  # of those, value and granularity right
    relation_right: int = 0
    by_granularity: dict[str, GranularityScore] = field(default_factory=lambda: defaultdict(GranularityScore))
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    @property
    def normalization_accuracy(self) -> float:
        return self.normalized / self.matched if self.matched else 0.0

    @property
    def relation_accuracy(self) -> float:
        return self.relation_right / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "detection_overlap": self.overlap.as_dict(), "detection_exact": self.exact.as_dict(),
            "normalization": {"matched": self.matched, "correct": self.normalized,
                              "accuracy": round(self.normalization_accuracy, 4)},
            "relation": {"matched": self.matched, "correct": self.relation_right,
                         "accuracy": round(self.relation_accuracy, 4)},
            "by_granularity": {key: score.as_dict() for key, score in sorted(self.by_granularity.items())},
            "misses": self.misses, "wrong": self.wrong, "spurious": self.spurious,
        }


def evaluate_dates(gold_path: Path, layer: _Layer, corpus: Path = DEFAULT_CORPUS) -> DatesReport:
    """Run the language layer and the date extractor on every gold document and score the expressions.

    Args:
        gold_path: the gold file, e.g. eval/gold/dates.jsonl.
        layer: a ``orbitscope.nlp.LanguageLayer`` (anything with ``analyse(document) -> Analysis``).
        corpus: the NKJP IOB file the standoff NKJP documents are rebuilt from.

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a gold span does not align.
    """
    report = DatesReport()
    for record, document in gold_documents(gold_path, corpus, "expressions"):
        analysis = layer.analyse(document)
        # a published value with day precision is a known date; a bare year or month is an estimate
        precise = record.get("published") and len(str(record["published"])) == 10
        resolution = DateResolution.PUBLICATION if precise else DateResolution.ESTIMATED
        predicted = find_time_expressions(analysis, document.published, resolution)
        report.documents += 1
        _score_document(report, record, document.text, list(predicted))
    return report


def _score_document(report: DatesReport, record: dict[str, Any], text: str,
                    predicted: list[TimeExpression]) -> None:
    gold = sorted(record["expressions"], key=lambda item: item["start"])
    report.overlap.gold += len(gold)
    report.exact.gold += len(gold)
    report.overlap.predicted += len(predicted)
    report.exact.predicted += len(predicted)
    used: set[int] = set()
    for item in gold:
        granularity = report.by_granularity[item["granularity"]]
        granularity.gold += 1
        row = {"doc": record["doc"], "start": item["start"], "end": item["end"],
               "text": text[item["start"]:item["end"]], "gold": item["value"],
               "granularity": item["granularity"], "relation": item.get("relation", "")}
        match = _best_overlap(item, predicted, used)
        if match is None:
            report.misses.append(row)
            continue
        used.add(match)
        expression = predicted[match]
        report.overlap.correct += 1
        report.matched += 1
        granularity.detected += 1
        if (expression.start, expression.end) == (item["start"], item["end"]):
            report.exact.correct += 1
        if expression.relation == item.get("relation", ""):
            report.relation_right += 1
        if expression.value == item["value"] and expression.granularity.value == item["granularity"]:
            report.normalized += 1
            granularity.normalized += 1
        else:
            report.wrong.append({**row, "predicted": expression.value, "predicted_text": expression.text,
                                 "predicted_granularity": expression.granularity.value,
                                 "predicted_relation": expression.relation})
    for index, expression in enumerate(predicted):
        if index not in used:
            report.spurious.append({"doc": record["doc"], "start": expression.start, "end": expression.end,
                                    "text": expression.text, "predicted": expression.value,
                                    "granularity": expression.granularity.value})


def _best_overlap(item: dict[str, Any], predicted: list[TimeExpression], used: set[int]) -> int | None:
    """The unused predicted expression sharing the most characters with a gold span, if any."""
    best, best_overlap = None, 0
    for index, expression in enumerate(predicted):
        overlap = min(item["end"], expression.end) - max(item["start"], expression.start)
        if index not in used and overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def format_dates_report(report: DatesReport, details: bool = True) -> str:
    """The report as a plain-text table (and, with ``details``, every miss, wrong value and spurious hit)."""
    def line(name: str, score: Score) -> str:
        return (f"{name:<22}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                f"{score.correct:>7}{score.predicted:>7}{score.gold:>7}")

    lines = [f"documents: {report.documents}", "",
             f"{'detection':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'pred':>7}{'gold':>7}",
             line("overlapping span", report.overlap), line("exact span", report.exact), "",
             (f"normalization accuracy (value + granularity): {report.normalization_accuracy:.3f} "
              f"({report.normalized}/{report.matched})"),
             f"relation accuracy: {report.relation_accuracy:.3f} ({report.relation_right}/{report.matched})", "",
             f"{'granularity':<14}{'gold':>6}{'found':>7}{'right':>7}{'recall':>8}{'accuracy':>10}"]
    for key, score in sorted(report.by_granularity.items()):
        values = score.as_dict()
        lines.append(f"{key:<14}{score.gold:>6}{score.detected:>7}{score.normalized:>7}"
                     f"{values['recall']:>8.3f}{values['accuracy']:>10.3f}")
    if details:
        for title, rows in (("misses", report.misses), ("wrong", report.wrong), ("spurious", report.spurious)):
            lines += ["", f"{title} ({len(rows)}):"]
            for row in rows:
                predicted = f" → {row.get('predicted')!s} [{row.get('predicted_granularity', '')}]" \
                    if title == "wrong" else (f" → {row.get('predicted')!s}" if title == "spurious" else "")
                gold = f" gold {row.get('gold')!s} [{row.get('granularity')}]" if title != "spurious" else ""
                lines.append(f"  {row['doc']} {row['start']}-{row['end']} {row['text']!r}{gold}{predicted}")
    return "\n".join(lines)
