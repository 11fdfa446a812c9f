"""Morfeusz features for the statistical NER model, shared by training and run time.

The NER model is trained from scratch on one million tokens, so it cannot learn from that alone that
"Tokajewem" is a surname or "Ałmaty" a place. Morfeusz knows: its readings say the word's part of speech,
its base form and proper-name qualifiers (first name, surname, geographic, organization). The
``orbitscope_morph_features`` spaCy component writes them into ``token.lemma_`` and ``token.tag_``, which
the model's hash embedding reads (attrs LEMMA and TAG in training/ner/config.cfg). The same function
computes them from the word alone, at training time on NKJP words and at run time on our tokens, so the
two never drift apart. Changing ``word_features`` means retraining the model (bump FEATURES_VERSION).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

from orbitscope.nlp.morphology import Morphology, shared_morphology

FEATURES_VERSION = 1
COMPONENT = "orbitscope_morph_features"

_morphology: Morphology | None = None


def use_morphology(morphology: Morphology) -> None:
    """Share the language layer's Morfeusz instance (one per process) with the feature component."""
    global _morphology, _ids_store
    if _morphology is not morphology:
        _morphology = morphology
        word_features.cache_clear()
        _ids_store = None


def _shared_morphology() -> Morphology:
    global _morphology
    if _morphology is None:
        _morphology = shared_morphology()
    return _morphology


@lru_cache(maxsize=200_000)
def word_features(orth: str) -> tuple[str, str]:
    """(lemma, feature tag) of one word: "Tokajewem" → ("tokajew", "subst+surname").

    The tag is the part of speech of the word's common reading ("ign" when Morfeusz does not know it)
    followed by every proper-name kind among its readings, sorted.
    """
    segments = _shared_morphology()._analysed(orth)
    if not segments:
        return orth.lower(), "ign"
    segment = segments[0]
    reading = segment.proper_reading or segment.common_reading
    pos = "ign" if segment.is_unknown else segment.common_reading.tag.split(":", 1)[0]
    kinds = sorted(kind.value for kind in segment.kinds)
    return reading.lemma.lower(), "+".join([pos, *kinds])


# orth -> (lemma id, tag id) in the string store of ``_ids_store``: setting the ids of a token is several
# times cheaper than setting its ``lemma_``/``tag_`` strings, which hashes and interns them on every token.
_ids: dict[str, tuple[int, int]] = {}
_ids_store: StringStore | None = None
_MAX_IDS = 200_000


@Language.component(COMPONENT)
def add_morph_features(doc: Doc) -> Doc:
    """Set ``lemma_`` and ``tag_`` of every token from Morfeusz (see the module docstring)."""
    global _ids, _ids_store
    strings = doc.vocab.strings
    if strings is not _ids_store or len(_ids) > _MAX_IDS:  # another pipeline's store lacks our strings
        _ids, _ids_store = {}, strings
    ids = _ids
    for token in doc:
        pair = ids.get(token.text)
        if pair is None:
            lemma, tag = word_features(token.text)
            pair = ids[token.text] = (strings.add(lemma), strings.add(tag))
        token.lemma, token.tag = pair
    return doc
