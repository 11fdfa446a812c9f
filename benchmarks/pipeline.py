"""Throughput of the whole pipeline, as `orbitscope run` does it: ingest → language → link → extract → store.

The input is the plain text of the NKJP 1M documents (rebuilt from ../shared/data/nkjp-ner-iob by
``orbitscope.evaluation.nkjp``, written to a temporary JSONL file, never into the repository) or, with
``--samples N``, the two sample articles repeated N times (each copy numbered, so it is a new document and
not an exact duplicate). The run reads that file (language identification, cleaning, near-duplicates),
analyses every document with the default pipeline (rules + NER model + linking + extraction) and writes a
temporary DuckDB store, pinned to one CPU core.

Usage:
    python benchmarks/pipeline.py [--limit N] [--samples N]

Prints tokens/s and documents/s for the whole run, the seconds spent in each analysis stage, the counts
of what was extracted (event reports, dates, figures, claims) and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import one_core  # noqa: F401  (before orbitscope: pins the process before numpy loads)

from orbitscope.config import Settings
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS, nkjp_documents
from orbitscope.model import Analysis
from orbitscope.pipeline import Pipeline, Stage, default_pipeline, run
from orbitscope.store import Store

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@dataclass
class TimedStage:
    """A stage that adds up the seconds spent in it (the pipeline treats it as the stage it wraps)."""

    stage: Stage
    seconds: float = 0.0
    name: str = field(init=False)
    requires: frozenset[str] = field(init=False)
    provides: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.name, self.requires, self.provides = self.stage.name, self.stage.requires, self.stage.provides

    def __call__(self, analysis: Analysis) -> Analysis:
        started = time.perf_counter()
        try:
            return self.stage(analysis)
        finally:
            self.seconds += time.perf_counter() - started

    def analyse_many(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        """The batch form of the wrapped stage (one analysis at a time for a stage without one)."""
        many = getattr(self.stage, "analyse_many", None)
        started = time.perf_counter()
        try:
            return list(many(analyses)) if many is not None else [self.stage(analysis) for analysis in analyses]
        finally:
            self.seconds += time.perf_counter() - started


def _texts(arguments: argparse.Namespace) -> list[str]:
    """The benchmark's documents: NKJP texts, or the samples repeated and numbered."""
    if arguments.samples:
        originals = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
        return [f"Kopia {copy + 1}.\n\n{text}" for copy in range(arguments.samples) for text in originals]
    if not arguments.corpus.is_file():
        sys.exit(f"corpus not found: {arguments.corpus} (it lives in ../shared/data); try --samples 20")
    texts = []
    for _, text in nkjp_documents(arguments.corpus):
        texts.append(text)
        if arguments.limit and len(texts) >= arguments.limit:
            break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N NKJP documents")
    parser.add_argument("--samples", type=int, default=0, help="the sample articles repeated N times instead")
    arguments = parser.parse_args()

    texts = _texts(arguments)
    folder = Path(tempfile.mkdtemp(prefix="orbitscope-bench-"))
    source = folder / "documents.jsonl"
    # Every record says it is Polish: NKJP is, and the benchmark measures our analysis, not lingua on
    # fragments of a few words; ingest still cleans, dates and deduplicates each record.
    source.write_text("".join(json.dumps({"text": text, "language": "pl"}, ensure_ascii=False) + "\n"
                              for text in texts), encoding="utf-8")
    settings = Settings(db=folder / "bench.duckdb")

    started = time.perf_counter()
    stages = [TimedStage(stage) for stage in default_pipeline(settings).stages]
    pipeline = Pipeline(stages)
    load_seconds = time.perf_counter() - started
    with Store(settings.db) as store:
        cpu_started, wall_started = time.process_time(), time.perf_counter()
        summary = run([str(source)], settings, store, pipeline=pipeline)
        cpu, wall = time.process_time() - cpu_started, time.perf_counter() - wall_started
        stats = store.stats()
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcomes: Counter[str] = summary.counts

    tokens = stats["tokens"]
    print(f"machine:        {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("work:           ingest + language layer (rules + NER) + linking + extraction + DuckDB store")
    print(f"input:          {'samples x ' + str(arguments.samples) if arguments.samples else arguments.corpus}")
    print(f"documents:      {len(texts)} read ({', '.join(f'{n} {k}' for k, n in sorted(outcomes.items()))})")
    print(f"tokens:         {tokens}")
    print(f"extracted:      {stats['event_reports']} event reports, {stats['time_expressions']} dates, "
          f"{stats['quantities']} figures, {stats['claims']} claims")
    print(f"pipeline load:  {load_seconds:.2f} s (NER model, knowledge base, lexicons)")
    for stage in stages:
        print(f"  {stage.name + ':':<13} {stage.seconds:.1f} s ({tokens / stage.seconds:,.0f} tokens/s)"
              if stage.seconds else f"  {stage.name}: 0 s")
    print(f"wall time:      {wall:.1f} s (CPU {cpu:.1f} s)")
    print(f"tokens/s:       {tokens / wall:,.0f} (per CPU second: {tokens / cpu:,.0f})")
    print(f"documents/s:    {len(texts) / wall:,.1f}")
    print(f"peak RSS:       {peak_rss_mib:,.0f} MiB")


if __name__ == "__main__":
    main()
