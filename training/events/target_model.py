"""Train the event target model (src/orbitscope/extract/events/targets.py) on the dev part of the event gold.

Every gold document is analysed once; the extractor runs with a recorder in place of the model, which keeps,
for every event, the candidates and the rules' own target. An event matched to a gold event of the same
type (the evaluation's matching: overlapping triggers) gives one row per candidate, labelled by whether the
candidate is the gold target (the evaluation's actor equality). Only the dev parts are read: the dev half of
the NKJP documents and the samples ("dev") and the news articles marked dev ("news-dev"); the held-out parts
are never seen, neither for the weights nor for the threshold.

Model: L2 logistic regression (scikit-learn) over binary features. The regularization, the rows used (events
the rules left without a target only, or every event) and the threshold are chosen by grouped five-fold
cross-validation over the dev documents: among the settings whose chosen targets are the gold's at least
half the time (a wrong target misleads a reader more than a missing one), the one with the most events
made right (source and target now the gold's) less those made wrong (a target where the gold has none). The weights are written as JSON, applied at run time without scikit-learn.

Run: .venv/bin/pip install -e '.[train]' && .venv/bin/python training/events/target_model.py [--dry-run]
(needs ../shared/data for the NKJP documents; about two minutes on one core)
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from orbitscope.config import Settings
from orbitscope.evaluation.events import gold_part, same_actor
from orbitscope.evaluation.gold import gold_documents
from orbitscope.extract.events import find_events
from orbitscope.extract.events.targets import MODEL_PATH, Candidate
from orbitscope.model import EventActor
from orbitscope.pipeline import default_pipeline

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "events.jsonl"
FOLDS = 5
C_VALUES = (0.1, 0.3, 1.0, 3.0)
MIN_PRECISION = 0.5  # a chosen target must be the right one at least half the time
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 17))


class Recorder:
    """Stands in for the model: keeps every event's candidates and leaves the rules' target."""

    every_event = True

    def __init__(self) -> None:
        self.seen: dict[int, tuple[list[Candidate], EventActor | None]] = {}

    def choose(self, trigger_start: int, candidates: Sequence[Candidate],
               rule_target: EventActor | None) -> EventActor | None:
        self.seen[trigger_start] = (list(candidates), rule_target)
        return rule_target


@dataclass
class Example:
    """One matched event: its document, candidates with labels, and what the rules and the gold say."""

    document: int
    candidates: list[Candidate]
    labels: list[bool]
    rule_target: EventActor | None  # the rules' target
    gold_empty: bool  # the gold codes no target
    source_ok: bool  # the source is the gold's
    rule_ok: bool  # the rules' target is the gold's


def collect() -> list[Example]:
    """The matched events of the dev documents, with their candidates."""
    pipeline = default_pipeline(Settings())
    examples: list[Example] = []
    nkjp_seen = 0
    for number, (record, document) in enumerate(gold_documents(GOLD)):
        part = gold_part(record, nkjp_seen)
        nkjp_seen += record["corpus"] == "nkjp"
        if part not in {"dev", "news-dev"}:
            continue
        analysis = pipeline.analyse(document)
        recorder = Recorder()
        events = find_events(analysis, targets=recorder)
        nil_names = record.get("nil_names", {})
        for event in events:
            if event.trigger_start not in recorder.seen or event.source is None:
                continue
            item = next((item for item in record["events"] if item["type"] == event.type and min(
                item["trigger_end"], event.trigger_end) > max(item["trigger_start"], event.trigger_start)), None)
            if item is None:
                continue
            found, rule_target = recorder.seen[event.trigger_start]
            examples.append(Example(
                number, found, [same_actor(item.get("target"), c.actor, nil_names) for c in found],
                rule_target, item.get("target") is None,
                same_actor(item.get("source"), event.source, nil_names),
                same_actor(item.get("target"), rule_target, nil_names)))
    return examples


def _matrix(candidates: Sequence[Candidate], features: dict[str, int]) -> np.ndarray:
    """One row of 0/1 feature values per candidate (features outside the vocabulary are left out)."""
    matrix = np.zeros((len(candidates), len(features)))
    for i, candidate in enumerate(candidates):
        for feature in candidate.features:
            if feature in features:
                matrix[i, features[feature]] = 1.0
    return matrix


def _fit(examples: Sequence[Example], features: dict[str, int], c_value: float) -> LogisticRegression:
    rows = [c for example in examples for c in example.candidates]
    labels = [label for example in examples for label in example.labels]
    model = LogisticRegression(C=c_value, max_iter=2000)
    model.fit(_matrix(rows, features), labels)
    return model


def _scores(model: LogisticRegression, features: dict[str, int], candidates: list[Candidate]) -> list[float]:
    return list(model.predict_proba(_matrix(candidates, features))[:, 1]) if candidates else []


@dataclass
class Outcome:
    """What choosing at a threshold does to the events the rules left without a target (out of fold)."""

    filled: int = 0  # a target chosen
    correct: int = 0  # the gold's target chosen
    made_right: int = 0  # … and the source is right too: the event becomes right
    made_wrong: int = 0  # a target chosen where the gold has none, the source right: the event becomes wrong

    @property
    def precision(self) -> float:
        return self.correct / self.filled if self.filled else 0.0


def outcome(choices: Sequence[tuple[Example, float, bool]], threshold: float) -> Outcome:
    """The outcome of choosing at ``threshold``."""
    result = Outcome()
    for example, probability, correct in choices:
        if probability < threshold:
            continue
        result.filled += 1
        result.correct += correct
        result.made_right += correct and example.source_ok
        result.made_wrong += example.gold_empty and example.source_ok
    return result


def cross_validate(examples: Sequence[Example], c_value: float, every_event: bool) -> list[tuple[Example, float, bool]]:
    """Out-of-fold best candidate (probability, is it the gold target) for every event the rules left empty."""
    documents = sorted({example.document for example in examples})
    choices = []
    for fold in range(FOLDS):
        held = set(documents[fold::FOLDS])
        train = [e for e in examples if e.document not in held and (every_event or e.rule_target is None)]
        features = _vocabulary(train)
        model = _fit(train, features, c_value)
        for example in examples:
            if example.document in held and example.rule_target is None and example.candidates:
                scores = _scores(model, features, example.candidates)
                best = int(np.argmax(scores))
                choices.append((example, scores[best], example.labels[best]))
    return choices


def _vocabulary(examples: Sequence[Example]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for example in examples:
        for candidate in example.candidates:
            for feature in candidate.features:
                counts[feature] = counts.get(feature, 0) + 1
    return {feature: i for i, feature in enumerate(sorted(f for f, n in counts.items() if n >= 2))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the cross-validation, write nothing")
    args = parser.parse_args()
    examples = collect()
    empty = [e for e in examples if e.rule_target is None]
    print(f"{len(examples)} matched dev events ({len(empty)} with no target from the rules; gold has one in "
          f"{sum(not e.gold_empty for e in empty)}, and it is a candidate in "
          f"{sum(any(e.labels) for e in empty)})")
    best: tuple[int, bool, float, float, Outcome] | None = None
    for every_event in (False, True):
        for c_value in C_VALUES:
            choices = cross_validate(examples, c_value, every_event)
            for threshold in THRESHOLDS:
                result = outcome(choices, threshold)
                score = result.made_right - result.made_wrong
                if result.precision >= MIN_PRECISION and (best is None or score > best[0]):
                    best = (score, every_event, c_value, threshold, result)
            line = " ".join(f"{t}:{r.correct}/{r.filled},{r.made_right}-{r.made_wrong}"
                            for t in THRESHOLDS[::2] for r in [outcome(choices, t)])
            print(f"rows {'all' if every_event else 'empty'} C {c_value}: by threshold, correct/filled, "
                  f"made right-wrong: {line}")
    assert best is not None
    _, every_event, c_value, threshold, result = best
    print(f"chosen: rows {'all' if every_event else 'empty'}, C {c_value}, threshold {threshold}: out of fold "
          f"{result.correct} of {result.filled} chosen targets right, {result.made_right} events made right, "
          f"{result.made_wrong} made wrong")
    if args.dry_run:
        return
    train = [e for e in examples if every_event or e.rule_target is None]
    features = _vocabulary(train)
    model = _fit(train, features, c_value)
    weights = {feature: round(float(model.coef_[0][i]), 4) for feature, i in features.items()
               if abs(model.coef_[0][i]) >= 1e-4}
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps({
        "trained": date.today().isoformat(), "gold": "eval/gold/events.jsonl (dev and news-dev parts)",
        "events": len(train), "rows": "every matched event" if every_event else "events with no rule target",
        "C": c_value, "threshold": threshold,
        "cross_validation": {"folds": FOLDS, "filled": result.filled, "correct": result.correct,
                             "made_right": result.made_right, "made_wrong": result.made_wrong},
        "bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items())),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
