"""The statistical NER model (spaCy, trained on NKJP 1M) and its fusion with the rule-based name spans.

The model ships inside the package (``orbitscope/models/ner-pl-nkjp``, trained by ``make train``
from training/ner/) and is loaded with no download. It reads our Morfeusz tokens — the same words the
rules see — so model spans and rule spans are token ranges of one sentence and can be compared exactly.
When the model is missing the language layer warns once and runs on the rules and the knowledge base.

Fusion of the rule spans (``nlp.names``) with the model spans, per sentence — the precedence rules:

1. **Same boundaries**: one mention, source ``rules+ner``; the model's type decides the kind (it reads the
   context: "Astana" the place vs an unknown capitalized word), confidence ``AGREEMENT_CONFIDENCE`` — except
   that a span the rules read as a person right after a person's title in the same case ("prezydenta
   Tokajewa") is a person whatever the model says (``LanguageLayer``; the title and the case agreement make
   the rules surer there).
2. **The model's span covers rule spans** ("Kassym-Żomart Tokajew" over a rule span "Tokajew", "Bank Światowy"
   over "Bank"): the model's span wins, source ``ner``; the rule spans inside it are dropped.
3. **A rule span covers or crosses model spans**: the model's spans win (the rules join capitalized runs
   that the model, trained on hand-annotated spans, trims: "Prezydent Rosji" → "Rosji") — except when the
   rule span holds two or more model spans of one label and nothing else crosses it: the model has cut one
   name in pieces ("Kassymem-Żomartem | Tokajewem"), so the rule span stands, typed by the model, source
   ``rules+ner``. Pieces of different labels count as one name only when nothing but unspaced hyphens
   lies between them and the last is a person ("Kassymem" orgName, "-", "Żomartem Tokajewem" persName: the
   model split a hyphenated first name); the rule span is then a person.
4. **Only the rules found it**: kept, source ``rules``, confidence ``RULES_ONLY_CONFIDENCE`` (the rules see
   Morfeusz's dictionary of names, which catches what a one-million-token model has never seen) — unless
   the rules cannot tell its kind and the linker finds no knowledge-base actor for it: then it is dropped
   (on NKJP most such spans are capitalized common words).
5. **Only the model found it**: kept, source ``ner``, confidence = the model's test precision for its label.
Date and time spans of the model are not name mentions (the extract stage normalizes dates itself).

The knowledge base joins in the linker (``link/``): a knowledge-base name on exactly a mention's span adds
``kb`` to its source; a person mention that extends a knowledge-base name with first names links to that
actor; a knowledge-base name no mention covers becomes a mention of source ``kb``.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from orbitscope.model import MentionKind

__all__ = ["DEFAULT_MODEL", "LABEL_KINDS", "NerModel", "NerSpan", "fuse_spans", "load_ner_model"]

log = logging.getLogger(__name__)

#: The model bundled with the package.
DEFAULT_MODEL = Path(str(resources.files("orbitscope") / "models" / "ner-pl-nkjp"))

#: Trained label → (coarse type, mention kind); None: not a name mention (dates and times).
LABEL_KINDS: dict[str, tuple[str, MentionKind | None]] = {
    "persName": ("PER", MentionKind.PERSON),
    "orgName": ("ORG", MentionKind.ORGANIZATION),
    "geogName": ("LOC", MentionKind.LOCATION),
    "placeName": ("GPE", MentionKind.PLACE),
    "date": ("DATE", None),
    "time": ("DATE", None),
}
AGREEMENT_CONFIDENCE = 0.95
RULES_ONLY_CONFIDENCE = 0.5
_DEFAULT_PRECISION = 0.7


@dataclass(frozen=True, slots=True)
class NerSpan:
    """A span over the tokens of one sentence: [first, last) token indices, label, source, confidence."""

    first: int
    last: int
    label: str | None  # the model's label; None for a rule-only span
    source: str  # "rules", "ner" or "rules+ner"
    confidence: float

    @property
    def kind(self) -> MentionKind | None:
        return LABEL_KINDS.get(self.label, ("", None))[1] if self.label else None


class NerModel:
    """The spaCy NER pipeline, run over pre-tokenized sentences."""

    def __init__(self, path: Path) -> None:
        import spacy  # imported here: a run without the model must not pay spaCy's import time
        from thinc.api import use_ops

        import orbitscope.nlp.features  # noqa: F401  (registers the Morfeusz feature component)

        self.path = path
        # thinc multiplies matrices with the BLIS library of the blis wheel by default, which falls back to its
        # generic C kernels on CPUs it does not recognise (virtualised AMD EPYCs among them) and then runs at a
        # quarter of the speed of numpy's OpenBLAS; numpy's BLAS finds the same spans (checked on NKJP).
        with use_ops("numpy", use_blis=False):
            self.nlp = spacy.load(path)
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        self.version: str = meta.get("version", "unknown")
        per_type = (meta.get("performance") or {}).get("ents_per_type") or {}
        #: Test precision per label, used as the confidence of the model's spans.
        self.precision: dict[str, float] = {label: round(float(scores.get("p", _DEFAULT_PRECISION)), 3)
                                            for label, scores in per_type.items()}
        self._recogniser = _greedy_recogniser(self.nlp)

    def predict(self, sentences: Sequence[tuple[Sequence[str], Sequence[bool]]]) -> list[list[tuple[int, int, str]]]:
        """(first token, end token, label) spans for each sentence given as (words, spaces after).

        Give it many sentences at once (all those of a batch of documents): the model reads them in batches
        of similar length, and a call has a fixed cost.
        """
        from spacy.tokens import Doc

        docs = [Doc(self.nlp.vocab, words=list(words), spaces=list(spaces)) for words, spaces in sentences]
        if self._recogniser is None:
            docs = list(self.nlp.pipe(docs, batch_size=_BATCH_SENTENCES))
        else:
            # The components before the recogniser (Morfeusz features, tok2vec) annotate the docs in place.
            for _ in self.nlp.pipe(docs, batch_size=_TOK2VEC_SENTENCES, disable=[self._recogniser.name]):
                pass
            _recognise(self._recogniser, docs)
        return [[(ent.start, ent.end, ent.label_) for ent in doc.ents] for doc in docs]

    def confidence(self, label: str) -> float:
        return self.precision.get(label, _DEFAULT_PRECISION)


#: Sentences the recogniser decodes together, sorted by length: a step of the decoding costs the same for one
#: sentence as for hundreds. tok2vec gains nothing from more than a few hundred and its arrays grow with them.
_BATCH_SENTENCES = 1000
_TOK2VEC_SENTENCES = 256


def _greedy_recogniser(nlp: Any) -> Any | None:
    """The pipeline's last component when it is a greedy transition-based NER of spaCy 3 (what we train), else
    None: ``_recognise`` knows how to drive that one only, others go through ``nlp.pipe``."""
    from spacy.pipeline import EntityRecognizer

    if not nlp.pipeline:
        return None
    name, component = nlp.pipeline[-1]
    architecture = nlp.config["components"].get(name, {}).get("model", {}).get("@architectures")
    if (isinstance(component, EntityRecognizer) and component.cfg.get("beam_width", 1) == 1
            and architecture == "spacy.TransitionBasedParser.v2"):
        return component
    return None


def _recognise(recogniser: Any, docs: list[Any]) -> None:
    """Set ``doc.ents`` by the recogniser's greedy decoding, as its ``pipe`` would, only faster on one core.

    spaCy's compiled decoding loop releases the GIL and then takes it back twice in every call of its state
    accessors (a cost of the Cython build of the wheel: about 20 µs a token, more than the network's
    arithmetic); the same steps driven from here hold the GIL, which makes those calls cheap. Each step is
    spaCy's own: the step model's scores for the unfinished sentences (the same BLAS calls and bias sums),
    then ``transition_states`` (the same validity masks and arg-max), so the spans are the same — a unit test
    compares them with ``nlp.pipe``.
    """
    by_length = sorted((doc for doc in docs if len(doc)), key=len)
    for start in range(0, len(by_length), _BATCH_SENTENCES):
        batch = by_length[start:start + _BATCH_SENTENCES]
        states = recogniser.moves.init_batch(batch)
        step_model = recogniser.model.predict(batch)
        unfinished = [state for state in states if not state.is_final()]
        while unfinished:
            unfinished = recogniser.transition_states(unfinished, step_model.predict(unfinished))
        step_model.clear_memory()
        recogniser.set_annotations(batch, states)


def load_ner_model(path: Path | None = None) -> NerModel | None:
    """Load the NER model (the bundled one by default); None with a warning when it is not there."""
    path = path or DEFAULT_MODEL
    if not (path / "meta.json").is_file():
        message = (f"NER model not found at {path}; names come from the rules and the knowledge base only "
                   f"(train one with `make train`)")
        warnings.warn(message, stacklevel=2)
        log.warning(message)
        return None
    return NerModel(path)


def _pieces_label(first: int, last: int, inside: list[tuple[int, int, str]], hyphens: frozenset[int]) -> str | None:
    """The label of a rule span that the model cut in pieces (rule 3's exception), None when it did not."""
    labels = {span[2] for span in inside}
    if len(labels) == 1:
        return inside[0][2]
    covered = {index for start, end, _ in inside for index in range(start, end)}
    if not all(index in covered or index in hyphens for index in range(first, last)):
        return None
    if any(before[1] >= after[0] for before, after in pairwise(inside)):
        return None  # adjacent pieces with no hyphen between them: the model meant two names
    # A person's hyphenated first name typed apart ("Kassymem" orgName - "Żomartem Tokajewem" persName): the
    # surname comes last in a Polish name. Other mixed pieces ("Warszawa-Okęcie") stay apart.
    return "persName" if inside[-1][2] == "persName" else None


def fuse_spans(rule_spans: Sequence[tuple[int, int]], model_spans: Sequence[tuple[int, int, str]],
               confidence: dict[str, float] | None = None, hyphens: frozenset[int] = frozenset()
               ) -> list[NerSpan]:
    """Merge one sentence's rule spans and model spans by the precedence rules of the module docstring.

    ``hyphens``: indices of the sentence's unspaced hyphens between two words ("Kassym-Żomart").
    """
    confidence = confidence or {}
    names = [(first, last, label) for first, last, label in model_spans if LABEL_KINDS.get(label, ("", 1))[1]]
    fused: list[NerSpan] = []
    for first, last in rule_spans:
        crossing = [span for span in names if first < span[1] and span[0] < last]
        inside = [span for span in crossing if first <= span[0] and span[1] <= last]
        if len(inside) >= 2 and len(inside) == len(crossing):
            label = _pieces_label(first, last, inside, hyphens)
            if label is None:
                continue
            fused.append(NerSpan(first, last, label, "rules+ner", AGREEMENT_CONFIDENCE))
            names = [span for span in names if span not in inside]
    for first, last, label in names:
        agreed = (first, last) in rule_spans
        fused.append(NerSpan(first, last, label, "rules+ner" if agreed else "ner",
                             AGREEMENT_CONFIDENCE if agreed else confidence.get(label, _DEFAULT_PRECISION)))
    for first, last in rule_spans:
        if not any(first < span.last and span.first < last for span in fused):
            fused.append(NerSpan(first, last, None, "rules", RULES_ONLY_CONFIDENCE))
    fused.sort(key=lambda span: span.first)
    return fused
