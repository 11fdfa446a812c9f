"""Ingest: read articles from text, HTML, JSONL and feed files into cleaned, dated Documents.

The pipeline uses ``check_paths`` before a run, ``read_documents`` to produce Documents (and Rejected
records for unusable input), and ``NearDuplicateIndex`` to link near-identical articles across a store.
"""

from orbitscope.ingest.duplicates import NearDuplicateIndex
from orbitscope.ingest.files import check_paths
from orbitscope.ingest.language import identify_language
from orbitscope.ingest.readers import read_documents
from orbitscope.ingest.repeats import mark_repeated_paragraphs

__all__ = [
    "NearDuplicateIndex",
    "check_paths",
    "identify_language",
    "mark_repeated_paragraphs",
    "read_documents",
]
