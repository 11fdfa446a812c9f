"""Event evaluation against a gold file (``orbitscope eval events GOLD``).

The gold file (eval/gold/events.jsonl, guidelines in eval/gold/EVENTS.md) lists, per document, every PLOVER
event with its evidence sentence, trigger span, type, mode, source, target, participants, date and flags.

Matching: a predicted event and a gold event match when their trigger spans overlap (or, failing that, the
predicted trigger lies in the gold evidence sentence and the types agree); each is matched once, greedily,
preferring the same type, then the larger overlap. Scores, overall and per gold type:

* **type**: a match with the same type (P over all predictions, R over all gold events);
* **type + source + target**: also the same source and the same target (None equal to null). A predicted
  NIL actor equals a gold NIL id when one word of the gold slug ("NIL:person:abed-rabbo" → "abed", "rabbo")
  starts the ASCII-folded words of the predicted actor's text ("Jaser Abed Rabbo"); the slugs of the gold
  file and the linker's NIL keys are made independently. Where the slug is English and the text Polish
  ("NIL:hijackers" for "porywacze", "terroryści"), the gold document's ``nil_names`` lists the ASCII-folded
  stems of the words the text names that actor with ("porywacz", "terroryst"), matched the same way. A
  predicted person or organization of the knowledge base (``person:``/``org:`` ids) equals a gold NIL id the
  same way by the slug's words alone: the knowledge base gains actors the gold coded as unknown
  ("NIL:person:bessent" for person:scott-bessent); no Wikidata id, country or place is matched so;
* **mode accuracy** and **flag accuracy** (negated/hypothetical/future/reported all equal) among type matches;
* **date accuracy** among type matches: the predicted date taken from the text (method "sentence" or
  "document"; a publication-date fallback counts as no date) equals the gold date; null equals null. A period
  the text gives ("pod koniec lutego" → 21–28 February) counts when it lies inside the gold month or year.
  When the gold file gives only a year as the publication date (NKJP), a day the extractor resolved against
  mid-year counts as correct when it falls in the gold year or month.

Documents are split for honesty: the extractor was developed looking at the ``dev`` part (the samples and
every other NKJP document) and never at the ``held-out`` part (the remaining NKJP documents). The news
articles written for the evaluation (corpus ``news``, eval/news) carry their own ``split``: ``news-dev``
articles may be read when the extractor is changed, ``news-held-out`` articles only scored; each also
names the ``set`` it was written in (A–E, eval/news/README.md), reported on its own ("news set B"). Every part
is reported with the total ("all").
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from orbitscope.errors import ConfigurationError
from orbitscope.evaluation.gold import Score, check_span, error_lines, gold_documents
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.model import Analysis, Event, EventActor
from orbitscope.pipeline import Pipeline

#: Where events come from: an analysed document → its events (``analysis.events`` by default).
EventFinder = Callable[[Analysis], tuple[Event, ...]]
_FLAGS = ("negated", "hypothetical", "future", "reported")
_TEXT_METHODS = frozenset({"sentence", "document"})


@dataclass
class EventsReport:
    """Everything ``eval events`` prints, for one set of documents."""

    documents: int = 0
    type: Score = field(default_factory=Score)
    full: Score = field(default_factory=Score)  # type + source + target
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    full_by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    mode_correct: int = 0
    flags_correct: int = 0
    date_correct: int = 0
    date_by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))  # correct / matched
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_actors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, correct: int) -> float:
        return correct / self.type.correct if self.type.correct else 0.0

    def as_dict(self, details: bool = True) -> dict[str, Any]:
        result: dict[str, Any] = {
            "documents": self.documents, "type": self.type.as_dict(), "type_source_target": self.full.as_dict(),
            "mode_accuracy": round(self.accuracy(self.mode_correct), 4),
            "flag_accuracy": round(self.accuracy(self.flags_correct), 4),
            "date_accuracy": round(self.accuracy(self.date_correct), 4),
            "by_type": {key: {"type": score.as_dict(), "type_source_target": self.full_by_type[key].as_dict(),
                              "date_accuracy": round(self.date_by_type[key].recall, 4)}
                        for key, score in sorted(self.by_type.items())},
        }
        if details:
            result |= {"misses": self.misses, "spurious": self.spurious, "wrong_actors": self.wrong_actors}
        return result


def evaluate_events(gold_path: Path, pipeline: Pipeline, corpus: Path = DEFAULT_CORPUS,
                    finder: EventFinder | None = None) -> dict[str, EventsReport]:
    """Run the pipeline on every gold document and score its events.

    Args:
        gold_path: the gold file (eval/gold/events.jsonl).
        pipeline: the full pipeline (language, link, extract), e.g. ``default_pipeline(Settings())``.
        corpus: the NKJP corpus file the standoff documents are rebuilt from.
        finder: where events come from; ``analysis.events`` when None.

    Returns:
        Reports for "all" documents, for each part ("dev", "held-out", "news-dev", "news-held-out"; see the
        module docstring), in that order, and for each news set ("news set A" …); a part with no documents is
        left out.

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a gold trigger does not align.
    """
    reports = {name: EventsReport() for name in ("all", "dev", "held-out", "news-dev", "news-held-out")}
    nkjp_seen = 0
    for record, document in gold_documents(gold_path, corpus):
        for item in record["events"]:
            check_span(document.text, _trigger_item(item), record["doc"])
        analysis = pipeline.analyse(document)
        events = finder(analysis) if finder is not None else analysis.events
        part = gold_part(record, nkjp_seen)
        nkjp_seen += record["corpus"] == "nkjp"
        if part not in reports:
            raise ConfigurationError(f"gold document {record['doc']}: unknown split {record.get('split')!r}")
        names = ["all", part]
        if record.get("set"):  # a news set, by its letter: "news set B"
            names.append(f"news set {record['set'][0]}")
            reports.setdefault(names[-1], EventsReport())
        for name in names:
            reports[name].documents += 1
            score_document(reports[name], record, events, document.text)
    parts = {name: report for name, report in reports.items() if not name.startswith("news set ")}
    parts |= {name: reports[name] for name in sorted(reports) if name.startswith("news set ")}
    return {name: report for name, report in parts.items() if report.documents or name == "all"}


def gold_part(record: dict[str, Any], nkjp_seen: int) -> str:
    """The part of the gold a document belongs to (see the module docstring): NKJP documents alternate
    between "dev" and "held-out" in file order (``nkjp_seen``: NKJP documents before this one), news articles
    carry their ``split``, the samples are "dev"."""
    if record["corpus"] == "nkjp":
        return "dev" if nkjp_seen % 2 == 0 else "held-out"
    if record["corpus"] == "news":
        return f"news-{record.get('split', 'held-out')}"
    return "dev"


def _trigger_item(item: dict[str, Any]) -> dict[str, Any]:
    checked = {"start": item["trigger_start"], "end": item["trigger_end"]}
    if "trigger" in item:
        checked["text"] = item["trigger"]
    if "trigger_check" in item:
        checked["check"] = item["trigger_check"]
    return checked


def score_document(report: EventsReport, record: dict[str, Any], events: tuple[Event, ...], text: str) -> None:
    """Add one document's gold and predicted events to the report."""
    gold = record["events"]
    report.type.gold += len(gold)
    report.full.gold += len(gold)
    report.type.predicted += len(events)
    report.full.predicted += len(events)
    for item in gold:
        report.by_type[item["type"]].gold += 1
        report.full_by_type[item["type"]].gold += 1
    for event in events:
        report.by_type[event.type].predicted += 1
        report.full_by_type[event.type].predicted += 1
    nil_names = record.get("nil_names", {})
    pairs = []
    for gi, item in enumerate(gold):
        for ei, event in enumerate(events):
            overlap = min(item["trigger_end"], event.trigger_end) - max(item["trigger_start"], event.trigger_start)
            same_type = item["type"] == event.type
            in_sentence = item["sentence_start"] <= event.trigger_start < item["sentence_end"]
            if overlap > 0 or same_type and in_sentence:
                # among candidates of the same type, the one with the gold's actors first: two records on one
                # trigger (one per partner, one per direction of an exchange) are matched to the gold record
                # they agree with, whatever their order
                agreeing = same_actor(item.get("source"), event.source, nil_names) \
                    + same_actor(item.get("target"), event.target, nil_names)
                pairs.append((same_type, agreeing, overlap, gi, ei))
    gold_done: set[int] = set()
    predicted_done: set[int] = set()
    year_only = len(str(record.get("published") or "")) == 4
    for same_type, _, _, gi, ei in sorted(pairs, reverse=True):
        if gi in gold_done or ei in predicted_done or not same_type:
            continue
        gold_done.add(gi)
        predicted_done.add(ei)
        item, event = gold[gi], events[ei]
        kind = item["type"]
        report.type.correct += 1
        report.by_type[kind].correct += 1
        report.mode_correct += item.get("mode", "") == event.mode
        report.flags_correct += all(bool(item.get(flag)) == getattr(event, flag) for flag in _FLAGS)
        date_ok = _same_date(item.get("date"), event, year_only)
        report.date_correct += date_ok
        report.date_by_type[kind].gold += 1
        report.date_by_type[kind].correct += date_ok
        source_ok = same_actor(item.get("source"), event.source, nil_names)
        target_ok = same_actor(item.get("target"), event.target, nil_names)
        if source_ok and target_ok:
            report.full.correct += 1
            report.full_by_type[kind].correct += 1
        else:
            report.wrong_actors.append({**_row(record, item, text), "gold": f"{item.get('source')} → {item.get('target')}",
                                        "predicted": f"{_actor_id(event.source)} → {_actor_id(event.target)}"})
    for gi, item in enumerate(gold):
        if gi not in gold_done:
            report.misses.append({**_row(record, item, text), "type": item["type"],
                                  "actors": f"{item.get('source')} → {item.get('target')}"})
    for ei, event in enumerate(events):
        if ei not in predicted_done:
            report.spurious.append({"doc": record["doc"], "trigger": event.trigger, "at": event.trigger_start,
                                    "type": event.type,
                                    "actors": f"{_actor_id(event.source)} → {_actor_id(event.target)}"})


def _row(record: dict[str, Any], item: dict[str, Any], text: str) -> dict[str, Any]:
    return {"doc": record["doc"], "trigger": text[item["trigger_start"]:item["trigger_end"]],
            "at": item["trigger_start"], "type": item["type"]}


def _actor_id(actor: EventActor | None) -> str | None:
    return actor.actor_id if actor is not None else None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_actor(gold: str | None, actor: EventActor | None, nil_names: dict[str, list[str]]) -> bool:
    """Is the predicted actor the gold actor (see the module docstring for NIL actors)?"""
    if gold is None or actor is None:
        return gold is None and actor is None
    if gold == actor.actor_id:
        return True
    if not gold.startswith("NIL:"):
        return False
    words = [word for word in _fold(actor.text).replace("-", " ").split() if word]
    slug_words = [part[: max(4, len(part) - 2)] for part in gold.rsplit(":", 1)[-1].split("-") if len(part) >= 3]
    if actor.actor_id.startswith(("person:", "org:")):
        # a person or organization the knowledge base has gained since the gold was coded, named by the gold
        # slug's own words ("NIL:person:bessent" for "Scott Bessent", now person:scott-bessent)
        return any(word.startswith(stem) for stem in slug_words for word in words)
    if not actor.actor_id.startswith("NIL:"):
        return False
    stems = slug_words + nil_names.get(gold, [])
    return any(word.startswith(stem) for stem in stems for word in words)


def _same_date(gold: str | None, event: Event, year_only: bool) -> bool:
    predicted = event.date if event.date_method in _TEXT_METHODS else None
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if predicted == gold:
        return True
    first, _, last = predicted.partition("/")
    if last and first.startswith(gold) and last.startswith(gold):
        return True  # a period the text gives ("pod koniec lutego") inside the gold month or year
    return year_only and not last and len(gold) <= 7 and predicted.startswith(gold)


def format_events_report(reports: dict[str, EventsReport], details: bool = True) -> str:
    """The reports as text: totals for every part, per-type figures and the error lists for "all"."""
    lines = []
    for name, report in reports.items():
        t, f = report.type, report.full
        lines += [f"[{name}] documents {report.documents}, gold events {t.gold}, predicted {t.predicted}",
                  f"  type                    P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}",
                  f"  type + source + target  P {f.precision:.3f}  R {f.recall:.3f}  F1 {f.f1:.3f}",
                  (f"  among type matches: mode {report.accuracy(report.mode_correct):.3f}, flags "
                   f"{report.accuracy(report.flags_correct):.3f}, date {report.accuracy(report.date_correct):.3f}")]
    report = reports["all"]
    lines.append("by type (all documents):  type F1 | type+source+target P R F1 | date accuracy (gold, pred)")
    for kind, score in sorted(report.by_type.items()):
        full = report.full_by_type[kind]
        lines.append(f"  {kind:<10} {score.f1:.3f} | {full.precision:.3f} {full.recall:.3f} {full.f1:.3f} | "
                     f"{report.date_by_type[kind].recall:.3f}  ({score.gold}, {score.predicted})")
    if details:
        lines += error_lines((("misses", report.misses), ("spurious", report.spurious),
                              ("wrong actors", report.wrong_actors)))
    return "\n".join(lines)
