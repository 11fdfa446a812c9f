"""Start-up cost of the actor knowledge base: reading the data files and building the linker's index.

Usage:
    python benchmarks/knowledge_base.py

Prints the number of actors and names, the time to read the files, the time to build the lemma trie
(Morfeusz analysis of every name), and the memory both add. Budget: < 2 s and < 300 MB together.
"""

from __future__ import annotations

import os
import platform
import resource
import time

import psutil

from orbitscope.kb import load_knowledge_base
from orbitscope.link import Linker
from orbitscope.nlp import LanguageLayer


def _rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    layer = LanguageLayer()
    layer.morphology.segments("Rozgrzewka Morfeusza przed pomiarem.")
    before = _rss_mib()
    started = time.perf_counter()
    knowledge = load_knowledge_base()
    loaded = time.perf_counter()
    linker = Linker(knowledge, layer.morphology)
    built = time.perf_counter()
    after = _rss_mib()
    names = sum(len(actor.all_names) + len(actor.acronyms) for actor in knowledge.actors.values())
    print(f"machine:        {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"actors:         {len(knowledge)} ({names} names and acronyms)")
    print(f"read files:     {loaded - started:.2f} s")
    print(f"build index:    {built - loaded:.2f} s")
    print(f"total:          {built - started:.2f} s")
    print(f"memory added:   {after - before:.0f} MiB (RSS {after:.0f} MiB, peak "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")
    assert linker.matcher is not None


if __name__ == "__main__":
    main()
