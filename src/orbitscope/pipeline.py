"""The pipeline: read → deduplicate → analyse → store, one document at a time, with an error policy.

Analysis stages declare what they need and what they provide (like spaCy components); building a
``Pipeline`` checks every requirement at once and reports all missing ones in one error. The pipeline
itself is the only part that talks to the store: stages get records and return records.

Error policy: unreadable input and documents a stage cannot analyse become ``Rejected`` records (stored,
listed by ``orbitscope stats``) and the batch goes on; a document is always entirely in the store or not at
all, so an interrupted run leaves a consistent store and the next run on the same input completes the rest.

``run`` analyses Polish documents in batches of ``settings.batch_size`` (``Pipeline.analyse_many``: the NER
model reads a batch faster than one document at a time); a batch that fails is analysed again document by
document, so only the document that fails is rejected.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Protocol, TextIO

from orbitscope.config import Settings
from orbitscope.errors import ConfigurationError
from orbitscope.extract.claims import find_claims
from orbitscope.extract.dates import estimate_publication_date, find_time_expressions
from orbitscope.extract.events import find_events
from orbitscope.extract.quantities import QuantityLexicon, find_quantities, load_quantity_lexicon
from orbitscope.ingest import NearDuplicateIndex, read_documents
from orbitscope.kb import load_knowledge_base
from orbitscope.link import Linker
from orbitscope.model import Analysis, DateResolution, DateSource, Document, Rejected, Source
from orbitscope.nlp import LanguageLayer
from orbitscope.nlp.ner import NerModel, load_ner_model
from orbitscope.store import Store


class Stage(Protocol):
    """An analysis stage: takes the analysis so far and returns it extended."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, analysis: Analysis) -> Analysis: ...


@dataclass
class LanguageStage:
    """Sentences, Morfeusz tokens and rule-based name mentions for Polish documents."""

    layer: LanguageLayer
    name: str = "language"
    requires: frozenset[str] = frozenset({"document"})
    provides: frozenset[str] = frozenset({"sentences", "tokens", "mentions"})

    def __call__(self, analysis: Analysis) -> Analysis:
        return self.layer.analyse(analysis.document)

    def analyse_many(self, analyses: Sequence[Analysis]) -> list[Analysis]:
        """The batch form ``Pipeline.analyse_many`` uses: the NER model reads the batch's sentences at once."""
        return self.layer.analyse_many([analysis.document for analysis in analyses])


@dataclass
class LinkStage:
    """Links names, adjectives, demonyms, capitals and titles to knowledge-base actors or NIL clusters."""

    linker: Linker
    name: str = "link"
    requires: frozenset[str] = frozenset({"tokens", "mentions"})
    provides: frozenset[str] = frozenset({"links"})

    def __call__(self, analysis: Analysis) -> Analysis:
        return self.linker.link(analysis)


@dataclass
class ExtractStage:
    """Dates, quantities, claims and PLOVER events, each step seeing what the earlier ones found.

    Relative dates are resolved against the publication date; a document without one gets an estimate
    from the dates it mentions (``estimate_publication_date``), which replaces its ``published`` with
    ``date_source`` ESTIMATED, so the store and every later reader know the date is an estimate.
    """

    quantity_lexicon: QuantityLexicon = field(default_factory=load_quantity_lexicon)
    name: str = "extract"
    requires: frozenset[str] = frozenset({"links"})
    provides: frozenset[str] = frozenset({"time_expressions", "quantities", "claims", "events"})

    def __call__(self, analysis: Analysis) -> Analysis:
        document = analysis.document
        reference, resolution = document.published, DateResolution.PUBLICATION
        if reference is None or document.date_source is DateSource.ESTIMATED:  # estimated again on re-extraction
            reference, resolution = estimate_publication_date(analysis), DateResolution.ESTIMATED
            if reference is not None:
                analysis = replace(analysis, document=replace(document, published=reference,
                                                              date_source=DateSource.ESTIMATED))
        analysis = replace(analysis, time_expressions=find_time_expressions(analysis, reference, resolution))
        analysis = replace(analysis, quantities=find_quantities(analysis, self.quantity_lexicon))
        analysis = replace(analysis, claims=find_claims(analysis))
        return replace(analysis, events=find_events(analysis))


class Pipeline:
    """An ordered list of stages whose requirements are checked when it is built."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = {"document"}
        missing = []
        for stage in stages:
            missing.extend(f"stage '{stage.name}' needs '{need}', which no earlier stage provides"
                           for need in sorted(stage.requires - available))
            available |= stage.provides
        if missing:
            raise ConfigurationError("cannot build the pipeline: " + "; ".join(missing))
        self.stages = tuple(stages)

    def analyse(self, document: Document) -> Analysis:
        """Run every stage over one document."""
        analysis = Analysis(document, (), ())
        for stage in self.stages:
            analysis = stage(analysis)
        return analysis

    def analyse_many(self, documents: Sequence[Document]) -> list[Analysis]:
        """Run every stage over several documents; the same analyses as ``analyse`` gives one by one.

        A stage with an ``analyse_many(analyses)`` method (the language stage: its NER model reads a batch of
        documents faster than one at a time) gets the whole batch; the others get one analysis at a time.
        """
        analyses = [Analysis(document, (), ()) for document in documents]
        for stage in self.stages:
            many = getattr(stage, "analyse_many", None)
            analyses = list(many(analyses)) if many is not None else [stage(analysis) for analysis in analyses]
        return analyses


def default_pipeline(settings: Settings, ner: NerModel | None = None) -> Pipeline:
    """The standard analysis stages for Polish documents: language layer (rules + NER), linking, extraction.

    ``ner``: an NER model already loaded (otherwise the settings' model is loaded when ``settings.ner``).
    """
    if settings.ner and ner is None:
        ner = load_ner_model(settings.ner_model)
    elif not settings.ner:
        ner = None
    layer = LanguageLayer(settings.repeat_sentence_threshold, ner)
    knowledge = load_knowledge_base(tuple(settings.kb_extra))
    return Pipeline([LanguageStage(layer), LinkStage(Linker(knowledge, layer.morphology)), ExtractStage()])


@contextmanager
def fewer_garbage_collections() -> Iterator[None]:
    """Let Python's cyclic garbage collector run less often while many documents are analysed.

    Analysis allocates millions of small records, nearly all freed by reference counting at once. At the
    default threshold (a collection every 700 allocations) the collector ran over 3,000 times on 400 NKJP
    documents, and each of its full collections walked the knowledge base and the Morfeusz caches: a tenth
    of the language layer's and the linker's time. The thresholds in force before come back afterwards.
    """
    previous = gc.get_threshold()
    gc.set_threshold(_GC_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


#: Allocations between two collections of the youngest generation while analysing (Python's default: 700).
_GC_THRESHOLD = 50_000


@dataclass
class RunSummary:
    """What a run did, counted by outcome."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def rejected_count(self) -> int:
        return len(self.rejected)


#: Called after each input item with the outcome ("analysed", "stored", "known", "rejected", ...).
ProgressCallback = Callable[[str, Document | Rejected], None]


def run(
    paths: Sequence[str],
    settings: Settings,
    store: Store,
    *,
    stdin: TextIO | None = None,
    pipeline: Pipeline | None = None,
    on_item: ProgressCallback | None = None,
    reanalyse: bool = False,
) -> RunSummary:
    """Ingest, analyse and store the documents found at ``paths``.

    Analysed documents are written in batches of ``settings.batch_size``, each batch in one transaction
    (a document is always entirely in the store or not at all). A document already stored is analysed
    again, its old analysis replaced, when another engine stored it (``orbitscope.engine``: an upgrade
    changed the code, data or models) or when ``reanalyse`` asks for it; otherwise it is only "known".

    Args:
        paths: files, folders (read recursively) or "-" for standard input.
        settings: the run's settings (saved with the run in the store).
        store: an open, writable store.
        stdin: the stream read for "-".
        pipeline: the analysis stages; ``default_pipeline(settings)`` when None.
        on_item: progress callback, called once per document or rejection.
        reanalyse: analyse again every stored document read, even one this engine stored (after a change
            of settings).

    Returns:
        The run's id, counts by outcome and the rejected inputs.
    """
    run_id = store.start_run(settings.as_json(), list(paths))
    batch = _Batch(store, run_id, settings.batch_size, reanalyse)
    summary = RunSummary(run_id)
    duplicates = NearDuplicateIndex(settings.near_duplicate_threshold)
    for doc_id, signature in store.minhash_signatures():
        duplicates.add(doc_id, signature)
    pipeline = pipeline or default_pipeline(settings)

    def count(outcome: str, item: Document | Rejected) -> None:
        summary.counts[outcome] += 1
        if on_item is not None:
            on_item(outcome, item)

    waiting = _Waiting(pipeline, batch, duplicates, summary, count)
    try:
        with fewer_garbage_collections():
            for item in read_documents(paths, settings, stdin):
                outcome = _process(item, batch, waiting, duplicates, summary)
                if outcome is not None:
                    count(outcome, item)
            waiting.analyse()
            batch.flush()
    finally:
        store.finish_run(run_id, dict(summary.counts))
    return summary


class _Batch:
    """Analyses waiting to be written together; sources of exact duplicates wait for their document."""

    def __init__(self, store: Store, run_id: int, size: int, reanalyse: bool = False) -> None:
        self.store, self.run_id, self.size, self.reanalyse = store, run_id, size, reanalyse
        self.analyses: dict[str, tuple[Analysis, bytes]] = {}
        self.replacements: dict[str, Analysis] = {}  # stored documents analysed again
        self.redone: set[str] = set()  # stored documents this run analyses again (once each)
        self.sources: list[tuple[str, Source]] = []

    def knows(self, doc_id: str) -> bool:
        return doc_id in self.analyses or self.store.has_document(doc_id)

    def outdated(self, doc_id: str) -> bool:
        """Whether a stored document is to be analysed again (once per run): another engine stored it."""
        if doc_id in self.analyses or doc_id in self.redone:
            return False
        return self.reanalyse or not self.store.is_current(doc_id)

    def add_sources(self, document: Document) -> bool:
        pending = self.analyses.get(document.id)
        if pending is not None:
            known = set(pending[0].document.sources) | {s for doc_id, s in self.sources if doc_id == document.id}
            new = [(document.id, source) for source in document.sources if source not in known]
            self.sources.extend(new)
            return bool(new)
        added = [self.store.add_source(document.id, source) for source in document.sources]  # all, no short cut
        return any(added)

    def add(self, analysis: Analysis, signature: bytes) -> None:
        self.analyses[analysis.document.id] = (analysis, signature)
        self._flush_when_full()

    def replace(self, analysis: Analysis) -> None:
        self.replacements[analysis.document.id] = analysis
        self._flush_when_full()

    def _flush_when_full(self) -> None:
        if len(self.analyses) + len(self.replacements) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.analyses:
            self.store.write_analyses(list(self.analyses.values()), self.run_id)
            self.analyses.clear()
        if self.replacements:
            self.store.replace_analyses(list(self.replacements.values()), self.run_id)
            self.replacements.clear()
        for doc_id, source in self.sources:
            self.store.add_source(doc_id, source)
        self.sources.clear()


def extract_stored(store: Store, stage: ExtractStage | None = None, chunk: int = 50) -> int:
    """Run the extract stage again over every analysed document of a store and replace its records.

    For a store analysed before the extractors existed (schema ≤ 2) or before they changed: the language
    layer and the links are read back, not recomputed. Each chunk of documents is replaced in one
    transaction, so re-extracting never duplicates a row.

    Returns:
        How many documents were re-extracted.
    """
    stage = stage or ExtractStage()
    done, pending = 0, []
    with fewer_garbage_collections():
        for analysis in store.iter_analyses(with_tokens=True, chunk=chunk):
            if analysis.sentences:
                pending.append(stage(analysis))
            if len(pending) >= chunk:
                done += store.write_extractions(pending)
                pending = []
        return done + store.write_extractions(pending)


class _Waiting:
    """Polish documents waiting to be analysed together, with their MinHash signatures."""

    def __init__(self, pipeline: Pipeline, batch: _Batch, duplicates: NearDuplicateIndex, summary: RunSummary,
                 count: Callable[[str, Document | Rejected], None]) -> None:
        self.pipeline, self.batch, self.duplicates, self.summary, self.count = (pipeline, batch, duplicates,
                                                                               summary, count)
        self.documents: dict[str, tuple[Document, bytes]] = {}
        self.replacing: set[str] = set()  # stored documents analysed again

    def add(self, document: Document, signature: bytes, replace: bool = False) -> None:
        self.documents[document.id] = (document, signature)
        if replace:
            self.replacing.add(document.id)
        if len(self.documents) >= self.batch.size:
            self.analyse()

    def resembles(self, signature: bytes) -> bool:
        """Whether a waiting document might be a near duplicate of this signature."""
        return any(self.duplicates.similarity(signature, other) >= self.duplicates.threshold
                   for _, other in self.documents.values())

    def analyse(self) -> None:
        """Analyse the waiting documents; each becomes known (stored with the batch) or rejected, in order."""
        if not self.documents:
            return
        waiting = list(self.documents.values())
        replacing = set(self.replacing)
        self.documents.clear()
        self.replacing.clear()
        try:
            outcomes: list[Analysis | Exception] = list(self.pipeline.analyse_many([doc for doc, _ in waiting]))
        except Exception:  # noqa: BLE001 - find the document that fails, analyse the others
            outcomes = [_analyse_one(self.pipeline, document) for document, _ in waiting]
        for (document, signature), outcome in zip(waiting, outcomes, strict=True):
            if isinstance(outcome, Exception):
                source = str(document.sources[0]) if document.sources else document.id
                rejected = Rejected(source, "nlp", f"{type(outcome).__name__}: {outcome}")
                self.count(_reject(rejected, self.batch.store, self.summary), rejected)
                continue
            if document.id in replacing:  # its signature is in the index already
                self.batch.replace(outcome)
                self.count("reanalysed", document)
                continue
            self.batch.add(outcome, signature)
            self.duplicates.add(document.id, signature)
            self.count("analysed", document)


def _analyse_one(pipeline: Pipeline, document: Document) -> Analysis | Exception:
    try:
        return pipeline.analyse(document)
    except Exception as error:  # noqa: BLE001 - one document must never stop the batch
        return error


def _process(item: Document | Rejected, batch: _Batch, waiting: _Waiting, duplicates: NearDuplicateIndex,
             summary: RunSummary) -> str | None:
    """The item's outcome, or None for a Polish document left waiting for analysis (counted then)."""
    if isinstance(item, Rejected):
        return _reject(item, batch.store, summary)
    document = item
    if document.id in waiting.documents:
        waiting.analyse()  # the same text again: known once the first is analysed (or rejected)
    if batch.knows(document.id):
        added = batch.add_sources(document)
        if not batch.outdated(document.id):
            return "new source" if added else "known"
        batch.redone.add(document.id)  # another engine stored it: analyse it again, keep its place
        if document.is_polish:
            waiting.add(document, duplicates.signature(document.text), replace=True)
            return None
        batch.store.replace_unanalysed(document, summary.run_id)
        return "reanalysed"
    signature = duplicates.signature(document.text)
    if waiting.resembles(signature):
        waiting.analyse()  # a near duplicate must be found as the documents come, one after the other
    match = duplicates.find(signature)
    if match is not None:
        document = replace(document, near_duplicate_of=match[0], near_duplicate_similarity=round(match[1], 4))
    if document.is_polish:
        waiting.add(document, signature)
        return None
    batch.store.write_unanalysed(document, signature, summary.run_id)
    duplicates.add(document.id, signature)
    return "stored, not Polish"


def _reject(rejected: Rejected, store: Store, summary: RunSummary) -> str:
    store.write_rejected(rejected, summary.run_id)
    summary.rejected.append(rejected)
    return "rejected"
