"""Claim evaluation against a gold file (``orbitscope eval claims GOLD``).

The gold file (eval/gold/claims.jsonl, see eval/gold/README.md) lists, per document, every attributed claim
with its character span, kind, cue lemma and speaker (actor id, "NIL:person:<key>" or null). Documents come
from the sample articles and from NKJP press notes (standoff: offsets plus a SHA-1 check).

Scores:
* detection precision / recall / F1: a predicted claim matches a gold claim when their spans overlap (each
  gold claim matched at most once, greedily by the largest overlap);
* the same per kind (a gold claim counts for its gold kind, a prediction for its predicted kind, a match
  for both only when the kinds agree), and kind accuracy among matches;
* speaker accuracy among matches: the predicted speaker id equals the gold one (null equal to None), over
  all matches and over matches whose gold speaker is an actor;
* every miss, spurious claim and wrong speaker, listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitscope.evaluation.gold import Score, error_lines, gold_documents
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.claims import find_claims
from orbitscope.model import Analysis, Claim
from orbitscope.pipeline import Pipeline

#: The extractor under test: an analysed, linked document → its claims.
ClaimFinder = Callable[[Analysis], tuple[Claim, ...]]


@dataclass
class ClaimsReport:
    """Everything ``eval claims`` prints."""

    documents: int = 0
    detection: Score = field(default_factory=Score)
    by_kind: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    kind_correct: int = 0
    speaker_correct: int = 0
    speaker_linked: Score = field(default_factory=Score)  # correct / matched claims whose gold speaker is an actor
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)

    @property
    def matched(self) -> int:
        return self.detection.correct

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.matched if self.matched else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "detection": self.detection.as_dict(),
            "by_kind": {key: score.as_dict() for key, score in sorted(self.by_kind.items())},
            "kind_accuracy": round(self.kind_accuracy, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_accuracy_linked": {"correct": self.speaker_linked.correct, "gold": self.speaker_linked.gold,
                                        "accuracy": round(self.speaker_linked.recall, 4)},
            "misses": self.misses, "spurious": self.spurious, "wrong_speaker": self.wrong_speaker,
        }


def evaluate_claims(gold_path: Path, pipeline: Pipeline, corpus: Path = DEFAULT_CORPUS,
                    finder: ClaimFinder = find_claims) -> ClaimsReport:
    """Run the pipeline and the claim extractor on every gold document and score the claims.

    Args:
        gold_path: the gold file (eval/gold/claims.jsonl).
        pipeline: the analysis stages up to linking, e.g. ``default_pipeline(Settings())``.
        corpus: the NKJP corpus file the standoff documents are rebuilt from.
        finder: the claim extractor (``find_claims`` unless another is compared).

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a gold span does not align.
    """
    report = ClaimsReport()
    for record, document in gold_documents(gold_path, corpus, "claims"):
        analysis = pipeline.analyse(document)
        report.documents += 1
        _score_document(report, record, finder(analysis), document.text)
    return report


def _score_document(report: ClaimsReport, record: dict[str, Any], claims: tuple[Claim, ...], text: str) -> None:
    gold = record["claims"]
    report.detection.gold += len(gold)
    report.detection.predicted += len(claims)
    for item in gold:
        report.by_kind[item["kind"]].gold += 1
    for claim in claims:
        report.by_kind[claim.kind.value].predicted += 1
    pairs = sorted(((_overlap(g, c), gi, ci) for gi, g in enumerate(gold) for ci, c in enumerate(claims)
                    if _overlap(g, c) > 0), reverse=True)
    gold_done: set[int] = set()
    predicted_done: set[int] = set()
    for _, gi, ci in pairs:
        if gi in gold_done or ci in predicted_done:
            continue
        gold_done.add(gi)
        predicted_done.add(ci)
        item, claim = gold[gi], claims[ci]
        report.detection.correct += 1
        if item["kind"] == claim.kind.value:
            report.kind_correct += 1
            report.by_kind[item["kind"]].correct += 1
        if item["speaker"] is not None:
            report.speaker_linked.gold += 1
        if claim.speaker_id == item["speaker"]:
            report.speaker_correct += 1
            if item["speaker"] is not None:
                report.speaker_linked.correct += 1
        else:
            report.wrong_speaker.append({**_row(record, item, text), "gold_speaker": item["speaker"],
                                         "predicted": claim.speaker_id, "speaker_text": claim.speaker_text})
    for gi, item in enumerate(gold):
        if gi not in gold_done:
            report.misses.append({**_row(record, item, text), "kind": item["kind"], "cue": item["cue"]})
    for ci, claim in enumerate(claims):
        if ci not in predicted_done:
            report.spurious.append({"doc": record["doc"], "start": claim.start, "end": claim.end,
                                    "text": _short(claim.text), "kind": claim.kind.value, "cue": claim.cue,
                                    "speaker": claim.speaker_id, "speaker_text": claim.speaker_text})


def _overlap(item: dict[str, Any], claim: Claim) -> int:
    return min(item["end"], claim.end) - max(item["start"], claim.start)


def _row(record: dict[str, Any], item: dict[str, Any], text: str) -> dict[str, Any]:
    return {"doc": record["doc"], "start": item["start"], "end": item["end"],
            "text": _short(text[item["start"]:item["end"]])}


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_claims_report(report: ClaimsReport, details: bool = True) -> str:
    """The report as text: detection and per-kind scores, speaker accuracy, then misses and errors."""
    d = report.detection
    lines = [f"documents {report.documents}, gold claims {d.gold}, predicted {d.predicted}, matched {d.correct}",
             f"detection (span overlap)  P {d.precision:.3f}  R {d.recall:.3f}  F1 {d.f1:.3f}",
             f"kind accuracy among matched  {report.kind_accuracy:.3f}",
             (f"speaker accuracy among matched  {report.speaker_accuracy:.3f}  "
              f"(gold speaker an actor: {report.speaker_linked.correct}/{report.speaker_linked.gold})"),
             "by kind (match needs the same kind):"]
    for kind, score in sorted(report.by_kind.items()):
        lines.append(f"  {kind:<13} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
                     f"(gold {score.gold}, predicted {score.predicted}, correct {score.correct})")
    if details:
        lines += error_lines((("misses", report.misses), ("spurious", report.spurious),
                              ("wrong speaker", report.wrong_speaker)))
    return "\n".join(lines)
