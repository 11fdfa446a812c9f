"""Loaded by `spacy train --code`: registers orbitscope's Morfeusz feature component."""

import orbitscope.nlp.features  # noqa: F401
