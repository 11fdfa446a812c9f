"""Quantity-extraction evaluation against a gold file (``orbitscope eval quantities GOLD``).

The gold file (eval/gold/quantities.jsonl, see "Quantities gold" in eval/gold/README.md) lists, per
document, every money amount, percentage, count and physical measure with its character span, kind, value,
unit, approximation and, where given, the high end of a range, the measure, the actors and the year.

Scores:
* detection precision / recall / F1: a predicted quantity matches a gold one when their spans overlap
  (each gold item and each prediction is matched at most once, in text order);
* value accuracy among matched pairs: kind, unit, value (relative tolerance 1e-6) and ``value_high`` all
  equal — the figure a user would read off; approximation accuracy is reported beside it;
* per kind (the gold kind for gold items and matches, the predicted kind for spurious predictions);
* measure, actors and year accuracy over the matched pairs whose gold item gives them;
* every miss, wrong value and spurious prediction, listed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitscope.evaluation.gold import Score, gold_documents
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.quantities import find_quantities
from orbitscope.model import Analysis, Quantity
from orbitscope.pipeline import Pipeline

Extractor = Callable[[Analysis], tuple[Quantity, ...]]


@dataclass
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, correct: bool) -> None:
        self.total += 1
        self.correct += int(correct)

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass
class QuantitiesReport:
    """Everything ``eval quantities`` prints."""

    documents: int = 0
    detection: Score = field(default_factory=Score)
    value: Accuracy = field(default_factory=Accuracy)
    approximate: Accuracy = field(default_factory=Accuracy)
    measure: Accuracy = field(default_factory=Accuracy)
    actors: Accuracy = field(default_factory=Accuracy)
    year: Accuracy = field(default_factory=Accuracy)
    by_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    value_by_kind: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "detection": self.detection.as_dict(),
            "value_accuracy": self.value.as_dict(), "approximate_accuracy": self.approximate.as_dict(),
            "measure_accuracy": self.measure.as_dict(), "actors_accuracy": self.actors.as_dict(),
            "year_accuracy": self.year.as_dict(),
            "by_kind": {kind: {**score.as_dict(), "value_accuracy": self.value_by_kind[kind].as_dict()}
                        for kind, score in sorted(self.by_kind.items())},
            "misses": self.misses, "wrong": self.wrong, "spurious": self.spurious,
        }


def evaluate_quantities(gold_path: Path, pipeline: Pipeline, corpus: Path = DEFAULT_CORPUS,
                        extract: Extractor = find_quantities) -> QuantitiesReport:
    """Run the pipeline and the quantity extractor on every gold document and score the quantities.

    Args:
        gold_path: the gold file (JSON Lines).
        pipeline: the analysis stages (language layer and linker), e.g. ``default_pipeline(Settings())``.
        corpus: the NKJP corpus file the standoff documents are rebuilt from.
        extract: the extractor under test.

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a gold span does not align.
    """
    report = QuantitiesReport()
    for record, document in gold_documents(gold_path, corpus, "quantities"):
        analysis = pipeline.analyse(document)
        report.documents += 1
        _score_document(report, record, document.text, extract(analysis))
    return report


def _same_value(gold: dict[str, Any], predicted: Quantity) -> bool:
    """Kind, unit, value and high end of a range all as the gold says."""
    high = gold.get("value_high")
    return (predicted.kind.value == gold["kind"] and predicted.unit == gold["unit"]
            and math.isclose(predicted.value, gold["value"], rel_tol=1e-6)
            and (high is None) == (predicted.value_high is None)
            and (high is None or math.isclose(predicted.value_high or 0.0, high, rel_tol=1e-6)))


def _describe(quantity: Quantity) -> dict[str, Any]:
    return {"kind": quantity.kind.value, "value": quantity.value, "unit": quantity.unit,
            "approximate": quantity.approximate, "value_high": quantity.value_high,
            "measure": quantity.measure, "actors": list(quantity.actors), "year": quantity.year}


def _score_document(report: QuantitiesReport, record: dict[str, Any], text: str,
                    predicted: tuple[Quantity, ...]) -> None:
    gold_items = sorted(record["quantities"], key=lambda item: item["start"])
    unused = list(predicted)
    report.detection.gold += len(gold_items)
    report.detection.predicted += len(predicted)
    for item in gold_items:
        kind = item["kind"]
        report.by_kind[kind].gold += 1
        row = {"doc": record["doc"], "start": item["start"], "end": item["end"],
               "text": text[item["start"]:item["end"]],
               "gold": {key: item[key] for key in ("kind", "value", "unit", "approximate", "value_high")
                        if key in item}}
        match = next((q for q in unused if q.start < item["end"] and item["start"] < q.end), None)
        if match is None:
            report.misses.append(row)
            continue
        unused.remove(match)
        report.detection.correct += 1
        report.by_kind[kind].correct += 1
        report.by_kind[kind].predicted += 1
        right = _same_value(item, match)
        report.value.add(right)
        report.value_by_kind[kind].add(right)
        report.approximate.add(match.approximate == item.get("approximate", ""))
        if "measure" in item:
            report.measure.add(match.measure.lower() == item["measure"].lower())
        if "actors" in item:
            report.actors.add(set(match.actors) == set(item["actors"]))
        if "year" in item:
            report.year.add(match.year == item["year"])
        if not right:
            report.wrong.append({**row, "predicted_text": match.text, "predicted": _describe(match)})
    for quantity in unused:
        report.by_kind[quantity.kind.value].predicted += 1
        report.spurious.append({"doc": record["doc"], "start": quantity.start, "end": quantity.end,
                                "text": quantity.text, "predicted": _describe(quantity)})


def format_quantities_report(report: QuantitiesReport, details: bool = True) -> str:
    """The report as plain text: scores, per kind, then every miss, wrong value and spurious figure."""
    d = report.detection
    lines = [
        f"documents {report.documents}, gold quantities {d.gold}, predicted {d.predicted}",
        f"detection (overlapping span)  P {d.precision:.3f}  R {d.recall:.3f}  F1 {d.f1:.3f}",
        f"value+unit accuracy (matched) {report.value.accuracy:.3f} ({report.value.correct}/{report.value.total})",
        (f"approximate accuracy          {report.approximate.accuracy:.3f} "
         f"({report.approximate.correct}/{report.approximate.total})"),
    ]
    for name, accuracy in (("measure", report.measure), ("actors", report.actors), ("year", report.year)):
        lines.append(f"{name + ' accuracy':<30}{accuracy.accuracy:.3f} ({accuracy.correct}/{accuracy.total})")
    lines.append("")
    lines.append(f"{'kind':<10}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'value':>8}")
    for kind, score in sorted(report.by_kind.items()):
        value = report.value_by_kind[kind].accuracy
        lines.append(f"{kind:<10}{score.gold:>6}{score.predicted:>6}{score.precision:>8.3f}"
                     f"{score.recall:>8.3f}{score.f1:>8.3f}{value:>8.3f}")
    if details:
        for title, rows in (("misses", report.misses), ("wrong values", report.wrong),
                            ("spurious", report.spurious)):
            lines.append(f"\n{title} ({len(rows)})")
            for row in rows:
                extra = row.get("predicted", "")
                gold = row.get("gold", "")
                lines.append(f"  {row['doc']} {row['start']}-{row['end']} {row['text']!r}"
                             + (f" gold={gold}" if gold else "") + (f" predicted={extra}" if extra else ""))
    return "\n".join(lines)
