"""The Polish language layer: sentences, Morfeusz tokens, proper names and name spans.

``LanguageLayer.analyse(document)`` turns a Document into an Analysis (sentences with tokens, mentions);
``analyse_many(documents)`` does the same for a batch, with one call of the NER model for all its sentences.
Name spans come from two sources fused token by token (``nlp.ner``): the rules over Morfeusz's name
dictionary (``nlp.names``) and the statistical NER model, when one is loaded.
One LanguageLayer per process: it owns a Morfeusz instance and its caches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from orbitscope.ingest.repeats import find_repeats
from orbitscope.model import Analysis, Document, Mention, MentionKind, Paragraph, Sentence, Token
from orbitscope.nlp.features import use_morphology
from orbitscope.nlp.morphology import shared_morphology
from orbitscope.nlp.names import (
    Word,
    classify_words,
    describe_span,
    find_spans,
    hyphen_joiners,
    prefer_document_evidence,
    title_case,
)
from orbitscope.nlp.ner import NerModel, NerSpan, fuse_spans
from orbitscope.nlp.segmentation import split_sentences
from orbitscope.nlp.tags import features

__all__ = ["LanguageLayer"]

_WORD = re.compile(r"\w{4,}")
_MIN_REPEAT_WORDS = 5


def _paragraphs(document: Document) -> tuple[Paragraph, ...]:
    if document.paragraphs:
        return document.paragraphs
    return (Paragraph(0, 0, len(document.text)),)


def _people_by_surname(mentions: list[Mention]) -> list[Mention]:
    """A bare name that is the surname of a person named in full elsewhere in the document is a person."""
    surnames = {m.base.rsplit(" ", 1)[-1] for m in mentions if m.kind is MentionKind.PERSON}
    return [
        replace(m, kind=MentionKind.PERSON) if m.kind is MentionKind.NAME and m.base in surnames else m
        for m in mentions
    ]


def _fused_kind(span: NerSpan, rule_kind: MentionKind, parts: list[Word], before: Word | None) -> MentionKind:
    """The model's kind, except for a span the rules read as a person right after a person's title in the
    same case, which the model typed otherwise ("prezydentem Kassymem-Żomartem Tokajewem" an organization,
    "prezydenta Tokajewa" a place; "prezes PZU" is a genitive after a nominative and stays)."""
    if span.source == "rules+ner" and rule_kind is MentionKind.PERSON and span.kind is not MentionKind.PERSON:
        cases, _ = title_case(before)
        last = parts[-1]  # a known word's readings, an unknown one's guessed candidates
        if cases and (any(cases & features(reading.tag).case for reading in last.segment.readings)
                      or any(cases & candidate.cases for candidate in last.candidates)):
            return MentionKind.PERSON
    return span.kind or rule_kind


class LanguageLayer:
    """Segmentation, morphology and proper names for Polish documents."""

    def __init__(self, repeat_sentence_threshold: float = 0.8, ner: NerModel | None = None) -> None:
        self.morphology = shared_morphology()
        self.repeat_sentence_threshold = repeat_sentence_threshold
        self.ner = ner
        if ner is not None:
            use_morphology(self.morphology)

    def analyse(self, document: Document) -> Analysis:
        """Split a document into sentences of tokens and find its proper-name spans."""
        return self.analyse_many([document])[0]

    def analyse_many(self, documents: Sequence[Document]) -> list[Analysis]:
        """``analyse`` for several documents: the same analyses, faster with the NER model, which reads the
        sentences of all of them in one call (in batches of sentences of similar length)."""
        words = [self._sentence_words(document) for document in documents]
        spans = self._model_spans(list(zip(documents, words, strict=True)))
        return [self._analysis(document, sentence_words, model_spans)
                for document, sentence_words, model_spans in zip(documents, words, spans, strict=True)]

    def _sentence_words(self, document: Document) -> list[tuple[int, list[Word]]]:
        """(paragraph index, classified words) of each sentence of the document."""
        text = document.text
        sentence_words: list[tuple[int, list[Word]]] = []
        for paragraph in _paragraphs(document):
            segments = self.morphology.segments(text, paragraph.start, paragraph.end)
            for first, last in split_sentences(segments):
                sentence_words.append((paragraph.index, classify_words(segments[first:last], text)))
        return sentence_words

    def _analysis(self, document: Document, sentence_words: list[tuple[int, list[Word]]],
                  model_spans: list[list[tuple[int, int, str]]]) -> Analysis:
        """The document's sentences and mentions from its words and the model's spans of each sentence."""
        text = document.text
        document_words = frozenset(w.segment.orth for _, words in sentence_words for w in words
                                   if w.segment.is_capitalized)
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        word_sets: list[frozenset[str]] = []
        length = len(text)
        for index, (paragraph, words) in enumerate(sentence_words):
            prefer_document_evidence(words, document_words)
            for span in fuse_spans(find_spans(words), model_spans[index],
                                   self.ner.precision if self.ner is not None else None, hyphen_joiners(words)):
                parts = words[span.first:span.last]
                if span.source == "ner" and not parts[0].segment.is_capitalized:
                    continue  # "rosyjski" (NKJP tags derived adjectives): the linker's adjectives cover them
                base, kind = describe_span(parts, self.morphology, words[span.first - 1] if span.first else None)
                start, end = parts[0].offset, parts[-1].end
                mentions.append(Mention(document.id, index, start, end, text[start:end], base,
                                        _fused_kind(span, kind, parts, words[span.first - 1] if span.first else None), span.source, span.confidence))
            tokens = tuple(
                Token(w.offset, w.end, w.segment.orth,
                      w.candidates[0].lemma if w.candidates else w.reading.lemma, w.reading.tag, w.kind,
                      w.end < length and text[w.end].isspace())
                for w in words
            )
            sentences.append(Sentence(document.id, index, tokens[0].start, tokens[-1].end, paragraph, tokens))
            word_sets.append(frozenset(_WORD.findall(text[tokens[0].start:tokens[-1].end].lower())))
        mentions = _people_by_surname(mentions)
        repeats = find_repeats(word_sets, self.repeat_sentence_threshold, _MIN_REPEAT_WORDS, later_only=True)
        sentences = [
            sentence if repeat is None else Sentence(sentence.doc_id, sentence.index, sentence.start,
                                                     sentence.end, sentence.paragraph, sentence.tokens, repeat)
            for sentence, (repeat, _) in zip(sentences, repeats, strict=True)
        ]
        return Analysis(document, tuple(sentences), tuple(mentions))

    def _model_spans(self, documents: list[tuple[Document, list[tuple[int, list[Word]]]]]
                     ) -> list[list[list[tuple[int, int, str]]]]:
        """The NER model's spans for every sentence of every document (none without a model)."""
        if self.ner is None:
            return [[[] for _ in sentence_words] for _, sentence_words in documents]
        inputs = []
        for document, sentence_words in documents:
            text, length = document.text, len(document.text)
            inputs.extend(([w.segment.orth for w in words], [w.end < length and text[w.end].isspace() for w in words])
                          for _, words in sentence_words)
        predicted = iter(self.ner.predict(inputs))
        return [[next(predicted) for _ in sentence_words] for _, sentence_words in documents]
