"""Gold files shared by every evaluation: reading them, rebuilding their documents, checking spans, scores.

A gold file is JSON Lines, one document per line, ``{"corpus": "samples"|"news"|"nkjp", "doc": ..., "published":
..., <items>}``. Sample documents are read with orbitscope's own ingest from data/samples, news articles written
for the evaluation from eval/news/articles; NKJP documents
are rebuilt from ../shared/data by ``nkjp_documents`` (standoff: items carry offsets and a SHA-1 ``check``
of their span instead of the text). See eval/gold/README.md.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS, nkjp_documents
from orbitscope.ingest import mark_repeated_paragraphs, read_documents
from orbitscope.model import Document, document_id

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "samples"
NEWS = Path(__file__).resolve().parents[3] / "eval" / "news" / "articles"
#: Corpora whose texts are files of this repository, read with orbitscope's own ingest: name → folder.
_FOLDERS = {"samples": SAMPLES, "news": NEWS}


@dataclass
class Score:
    """Counts of true positives, predictions and gold items, with P/R/F1."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "predicted": self.predicted, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def read_gold(path: Path) -> Iterable[dict[str, Any]]:
    """The records of a gold file, one per non-empty line.

    Raises:
        ConfigurationError: the file cannot be read or a line is not JSON.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ConfigurationError(f"cannot read gold file {path}: {error}") from error
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise ConfigurationError(f"{path}:{number}: not JSON ({error})") from error


def gold_texts(gold: list[dict[str, Any]], corpus: Path = DEFAULT_CORPUS) -> dict[tuple[str, str], str]:
    """(corpus, doc) → text for every document the gold records name."""
    texts: dict[tuple[str, str], str] = {}
    for name, folder in _FOLDERS.items():
        if any(record["corpus"] == name for record in gold):
            for item in read_documents([str(folder)], Settings()):
                if isinstance(item, Document):
                    texts[name, Path(item.sources[0].path).name] = item.text
    wanted = {record["doc"] for record in gold if record["corpus"] == "nkjp"}
    if wanted:
        if not corpus.is_file():
            raise ConfigurationError(f"NKJP corpus not found at {corpus} (it lives in ../shared/data)")
        for doc_id, text in nkjp_documents(corpus):
            if doc_id in wanted:
                texts["nkjp", doc_id] = text
    return texts


def parse_published(value: Any) -> date | None:
    """A gold ``published`` value ("2023", "2023-11", "2023-11-09" or null) as a date (mid-year for a year)."""
    if not value:
        return None
    parts = [int(part) for part in str(value).split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 1)


def check_span(text: str, item: dict[str, Any], where: str) -> None:
    """Raise if a gold item's span does not hold its ``text`` (samples) or match its SHA-1 ``check`` (NKJP)."""
    span = text[item["start"] : item["end"]]
    if "text" in item and span != item["text"]:
        raise ConfigurationError(f"{where}: gold span {item['start']}-{item['end']} is {span!r}, "
                                 f"not {item['text']!r}")
    if "check" in item and span_check(span) != item["check"]:
        raise ConfigurationError(f"{where}: gold span {item['start']}-{item['end']} fails its check")


def span_check(span: str) -> str:
    """The standoff check of a span: the first 8 hex digits of the SHA-1 of its UTF-8 bytes."""
    return hashlib.sha1(span.encode("utf-8")).hexdigest()[:8]


def gold_documents(gold_path: Path, corpus: Path = DEFAULT_CORPUS, items: str | None = None
                   ) -> Iterator[tuple[dict[str, Any], Document]]:
    """(gold record, Document ready for the pipeline) for every record of a gold file.

    The document carries the record's ``published`` date and the same paragraph repeat marks as a run.
    ``items`` names the record's list of spans ("mentions", "claims", ...): each is checked with ``check_span``.

    Raises:
        ConfigurationError: the gold file or a corpus cannot be read, or a document is missing.
    """
    gold = list(read_gold(gold_path))
    texts = gold_texts(gold, corpus)
    for record in gold:
        key = (record["corpus"], record["doc"])
        if key not in texts:
            raise ConfigurationError(f"gold document {key[1]} ({key[0]}) not found")
        text = texts[key]
        for item in record.get(items, ()) if items else ():
            check_span(text, item, record["doc"])
        yield record, Document(document_id(text), text, published=parse_published(record.get("published")),
                               paragraphs=mark_repeated_paragraphs(text, 0.6), language="pl")


def error_lines(sections: Iterable[tuple[str, list[dict[str, Any]]]]) -> list[str]:
    """Error lists for a text report: a "title (count):" line per section, then one "key=value …" line a row."""
    lines: list[str] = []
    for title, rows in sections:
        lines.append(f"{title} ({len(rows)}):")
        lines.extend("  " + "  ".join(f"{key}={value}" for key, value in row.items()) for row in rows)
    return lines
