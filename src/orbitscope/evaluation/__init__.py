"""Evaluation harness: corpora readers, gold files and scores (``orbitscope eval``)."""
