"""Throughput and memory of the Polish language layer on the NKJP 1M corpus (about 1.2 M tokens).

The plain text of every NKJP document is rebuilt from ../shared/data/nkjp-ner-iob (read in place, never
copied) by ``orbitscope.evaluation.nkjp``. Each document is then analysed exactly as `orbitscope run` would analyse it (segmentation,
Morfeusz morphology, proper names and name spans, repeats), pinned to one CPU core.

Usage:
    python benchmarks/language_layer.py [--limit N] [--ner] [--link] [--store] [--profile] [--batch N] [--default-gc]

``--ner`` adds the bundled NER model and its fusion with the rule spans; ``--link`` adds entity linking
against the bundled knowledge base (its load time is printed apart); ``--store`` also writes every analysis
to a temporary DuckDB store (the whole run minus file reading). ``--profile`` runs the timed loop under
cProfile and prints where the time goes, stage by stage (the profiler slows Python code more than compiled
code, so take the shares, not the speed, from such a run).
Documents are analysed as `orbitscope run` analyses them: in batches of ``--batch`` (default: the
``batch_size`` setting; ``LanguageLayer.analyse_many``: the NER model reads a batch's sentences at once) and
with the garbage collector running less often (``pipeline.fewer_garbage_collections``; ``--default-gc`` not).
Prints tokens/s, documents/s and peak RSS; record the figures in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

import one_core  # noqa: F401  (before orbitscope: pins the process before numpy loads)

from orbitscope.config import Settings
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS, nkjp_documents
from orbitscope.ingest import mark_repeated_paragraphs
from orbitscope.model import Document, document_id
from orbitscope.nlp import LanguageLayer
from orbitscope.pipeline import fewer_garbage_collections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--link", action="store_true", help="also link entities to the knowledge base")
    parser.add_argument("--ner", action="store_true", help="also run the bundled NER model (and report its load time)")
    parser.add_argument("--model", type=Path, default=None,
                        help="with --ner: this model folder instead of the bundled one (e.g. training/ner/output/model-best)")
    parser.add_argument("--store", action="store_true", help="also write the analyses to a DuckDB store")
    parser.add_argument("--profile", action="store_true", help="profile the timed loop and print time per stage")
    parser.add_argument("--batch", type=int, default=Settings().batch_size,
                        help="documents analysed together, as `orbitscope run` does (1: one at a time)")
    parser.add_argument("--default-gc", action="store_true",
                        help="keep Python's garbage-collection thresholds (`orbitscope run` raises them)")
    arguments = parser.parse_args()
    if not arguments.corpus.is_file():
        sys.exit(f"corpus not found: {arguments.corpus} (it lives in ../shared/data)")

    settings = Settings()
    documents = []
    for _, text in nkjp_documents(arguments.corpus):
        documents.append(Document(document_id(text), text,
                                  paragraphs=mark_repeated_paragraphs(text, settings.repeat_paragraph_threshold),
                                  language="pl"))
        if arguments.limit and len(documents) >= arguments.limit:
            break

    started = time.perf_counter()
    ner = None
    if arguments.ner:
        from orbitscope.nlp.ner import load_ner_model

        ner = load_ner_model(arguments.model)
        print(f"NER model load: {time.perf_counter() - started:.2f} s")
    layer = LanguageLayer(settings.repeat_sentence_threshold, ner)
    load_seconds = time.perf_counter() - started
    linker = None
    kb_seconds = 0.0
    if arguments.link:
        from orbitscope.kb import load_knowledge_base
        from orbitscope.link import Linker

        started = time.perf_counter()
        linker = Linker(load_knowledge_base(), layer.morphology)
        kb_seconds = time.perf_counter() - started
    store = None
    if arguments.store:
        from orbitscope.store import Store

        store = Store(Path(tempfile.mkdtemp()) / "bench.duckdb")
        run_id = store.start_run(settings.as_json(), [str(arguments.corpus)])
    tokens = mentions = links = 0
    batch = []
    profiler = cProfile.Profile() if arguments.profile else None
    if profiler is not None:
        profiler.enable()
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    with contextlib.nullcontext() if arguments.default_gc else fewer_garbage_collections():
        for start in range(0, len(documents), arguments.batch):
            for analysis in layer.analyse_many(documents[start:start + arguments.batch]):
                if linker is not None:
                    analysis = linker.link(analysis)
                    links += len(analysis.links)
                tokens += analysis.token_count
                mentions += len(analysis.mentions)
                if store is not None:
                    batch.append((analysis, None))
                    if len(batch) >= settings.batch_size:
                        store.write_analyses(batch, run_id)
                        batch = []
        if store is not None and batch:
            store.write_analyses(batch, run_id)
    cpu, wall = time.process_time() - cpu_started, time.perf_counter() - wall_started
    if profiler is not None:
        profiler.disable()
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"machine:      {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    work = "language layer" + (" + linking" if linker else "") + (" + DuckDB store" if store else "")
    print(f"work:         {work}")
    print(f"documents:    {len(documents)}")
    print(f"tokens:       {tokens}")
    print(f"mentions:     {mentions}")
    print(f"layer load:   {load_seconds:.2f} s")
    if linker is not None:
        print(f"links:        {links}")
        print(f"KB + linker:  {kb_seconds:.2f} s to load ({len(linker.knowledge)} actors)")
    print(f"wall time:    {wall:.1f} s (CPU {cpu:.1f} s)")
    print(f"tokens/s:     {tokens / wall:,.0f} (per CPU second: {tokens / cpu:,.0f})")
    print(f"documents/s:  {len(documents) / wall:,.1f}")
    print(f"peak RSS:     {peak_rss_mib:,.0f} MiB")
    if profiler is not None:
        print_stages(pstats.Stats(profiler))


#: (stage, file name ending, function name): cumulative profiled time of these functions, stage by stage.
STAGES = (
    ("language layer: analyse", "nlp/__init__.py", "analyse_many"),
    ("  Morfeusz segmentation + morphology", "nlp/morphology.py", "segments"),
    ("  sentence splitting", "nlp/segmentation.py", "split_sentences"),
    ("  name classification of words", "nlp/names.py", "classify_words"),
    ("  rule name spans", "nlp/names.py", "find_spans"),
    ("  NER model (predict)", "nlp/ner.py", "predict"),
    ("    Morfeusz feature component", "nlp/features.py", "add_morph_features"),
    ("    tok2vec", "pipeline/tok2vec.py", "predict"),
    ("  fusion of rule and model spans", "nlp/ner.py", "fuse_spans"),
    ("  mention base forms", "nlp/names.py", "describe_span"),
    ("  repeated sentences", "ingest/repeats.py", "find_repeats"),
    ("linking", "link/__init__.py", "link"),
    ("store writes", "store/duckdb_store.py", "write_analyses"),
)


def print_stages(stats: pstats.Stats) -> None:
    """Print the profiled time of each stage; the NER model's remainder is spaCy's Doc building and parser."""
    cumulative: dict[tuple[str, str], float] = {}
    for (filename, _, function), (_, _, _, seconds, _) in stats.stats.items():  # type: ignore[attr-defined]
        for _, suffix, name in STAGES:
            if function == name and filename.replace(os.sep, "/").endswith(suffix):
                cumulative[(suffix, name)] = cumulative.get((suffix, name), 0.0) + seconds
    total = stats.total_tt or 1.0  # type: ignore[attr-defined]
    print(f"\nprofile: the loop took {total:.1f} s under cProfile; cumulative seconds and share per stage:")
    for label, suffix, name in STAGES:
        if (suffix, name) in cumulative:
            seconds = cumulative[(suffix, name)]
            print(f"  {label:<40} {seconds:7.1f} s  {seconds / total:6.1%}")


if __name__ == "__main__":
    main()
