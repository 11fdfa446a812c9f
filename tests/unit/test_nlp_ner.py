"""The NER model wrapper, its Morfeusz features and the fusion of model, rule and knowledge-base spans."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from spacy.tokens import Doc

from orbitscope.config import Settings
from orbitscope.evaluation.ner import score_spans
from orbitscope.ingest import read_documents
from orbitscope.model import Document, MentionKind, document_id
from orbitscope.nlp.features import word_features
from orbitscope.nlp.ner import AGREEMENT_CONFIDENCE, RULES_ONLY_CONFIDENCE, fuse_spans, load_ner_model
from orbitscope.pipeline import default_pipeline
from support import SAMPLES


def analyse(pipeline, text: str):
    return pipeline.analyse(Document(document_id(text), text, language="pl"))


# ------------------------------------------------------------------------------------------ features

@pytest.mark.parametrize(("orth", "lemma", "tag"), [
    ("Putinem", "putin", "subst+surname"),
    ("Władimirem", "władimir", "subst+first_name"),
    ("Astanie", "astana", "subst+geographic"),
    ("spotkał", "spotkać", "praet"),
    ("Kosanowem", "kosanowem", "ign"),
])
def test_word_features_read_morfeusz(orth: str, lemma: str, tag: str) -> None:
    assert word_features(orth) == (lemma, tag)


# ------------------------------------------------------------------------------------ span fusion

def test_fusion_same_boundaries_is_one_span_of_both_sources() -> None:
    (span,) = fuse_spans([(0, 2)], [(0, 2, "persName")])
    assert (span.first, span.last, span.source, span.kind) == (0, 2, "rules+ner", MentionKind.PERSON)
    assert span.confidence == AGREEMENT_CONFIDENCE


def test_fusion_model_span_covering_rule_spans_wins() -> None:
    (span,) = fuse_spans([(1, 2)], [(0, 2, "persName")], {"persName": 0.8})
    assert (span.first, span.last, span.source, span.confidence) == (0, 2, "ner", 0.8)


def test_fusion_model_trims_a_rule_span() -> None:
    (span,) = fuse_spans([(0, 2)], [(1, 2, "placeName")])
    assert (span.first, span.last, span.source, span.kind) == (1, 2, "ner", MentionKind.PLACE)


def test_fusion_rule_span_holding_model_pieces_of_one_name_stands() -> None:
    (span,) = fuse_spans([(0, 4)], [(0, 2, "persName"), (3, 4, "persName")])
    assert (span.first, span.last, span.source, span.kind) == (0, 4, "rules+ner", MentionKind.PERSON)


def test_fusion_person_split_at_a_hyphen_into_pieces_of_two_labels_is_one_person() -> None:
    # "Kassymem | - | Żomartem Tokajewem": the model typed the first piece orgName
    (span,) = fuse_spans([(0, 4)], [(0, 1, "orgName"), (2, 4, "persName")], hyphens=frozenset({1}))
    assert (span.first, span.last, span.source, span.kind) == (0, 4, "rules+ner", MentionKind.PERSON)


def test_fusion_pieces_of_two_labels_without_a_hyphen_stay_apart() -> None:
    spans = fuse_spans([(0, 3)], [(0, 2, "orgName"), (2, 3, "persName")])
    assert [(s.first, s.last, s.source) for s in spans] == [(0, 2, "ner"), (2, 3, "ner")]


def test_fusion_keeps_spans_found_by_one_source_only() -> None:
    spans = fuse_spans([(5, 6)], [(0, 1, "orgName")], {"orgName": 0.7})
    assert [(s.first, s.source, s.confidence) for s in spans] == [(0, "ner", 0.7), (5, "rules", RULES_ONLY_CONFIDENCE)]


def test_fusion_ignores_model_dates() -> None:
    (span,) = fuse_spans([(0, 2)], [(0, 2, "date")])
    assert span.source == "rules"


# ------------------------------------------------------------------------------ model and fallback

def test_bundled_model_has_version_and_scores(ner_model) -> None:
    assert ner_model.version not in ("", "unknown", "0.0.0")
    assert set(ner_model.precision) >= {"persName", "orgName", "geogName", "placeName"}


@pytest.fixture(scope="module")
def sample_sentences(language_layer) -> list[tuple[list[str], list[bool]]]:
    """The sample articles' sentences as the language layer gives them to the model: (words, spaces after)."""
    documents = [item for item in read_documents([str(SAMPLES)], Settings()) if isinstance(item, Document)]
    return [([token.orth for token in sentence.tokens], [token.space_after for token in sentence.tokens])
            for document in documents for sentence in language_layer.analyse(document).sentences]


def spacy_pipe_spans(model, sentences) -> list[list[tuple[int, int, str]]]:
    """The spans spaCy's own ``nlp.pipe`` finds: the reference for the model's faster decoding."""
    docs = [Doc(model.nlp.vocab, words=words, spaces=spaces) for words, spaces in sentences]
    return [[(ent.start, ent.end, ent.label_) for ent in doc.ents] for doc in model.nlp.pipe(docs, batch_size=16)]


def test_model_finds_what_spacy_pipe_finds(ner_model, sample_sentences) -> None:
    expected = spacy_pipe_spans(ner_model, sample_sentences)
    assert sum(map(len, expected)) > 50  # the samples are full of names
    assert ner_model.predict(sample_sentences) == expected


def test_model_spans_do_not_depend_on_the_batch(ner_model, sample_sentences) -> None:
    # sentences of several documents read together (sorted by length inside the model), one by one, or with
    # an empty sentence among them: each sentence keeps its own spans, in the order given
    alone = [ner_model.predict([sentence])[0] for sentence in sample_sentences]
    together = ner_model.predict([*sample_sentences[:3], ([], []), *sample_sentences[3:]])
    assert together == [*alone[:3], [], *alone[3:]]
    assert ner_model.predict([]) == []


def test_missing_model_falls_back_to_rules_with_a_warning(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="NER model not found"):
        assert load_ner_model(tmp_path / "nothing-here") is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pipeline = default_pipeline(Settings(ner_model=tmp_path / "nothing-here"))
    analysis = analyse(pipeline, "Prezydent Kazachstanu Kassym-Żomart Tokajew spotkał się z Władimirem Putinem.")
    assert {m.source for m in analysis.mentions} <= {"rules", "kb", "kb+rules"}
    assert any(link.actor_id == "Q7747" for link in analysis.links)


def test_every_mention_says_which_source_found_it(full_pipeline) -> None:
    analysis = analyse(full_pipeline, "Dauren Kosanow, nowy szef Kazatompromu, spotkał się w Astanie z "
                                      "przedstawicielami Organizacji Narodów Zjednoczonych.")
    allowed = {"rules", "ner", "kb", "rules+ner", "kb+rules", "kb+ner", "kb+ner+rules"}
    assert analysis.mentions and all(m.source in allowed and 0 < m.confidence <= 1 for m in analysis.mentions)
    people = [m for m in analysis.mentions if m.kind is MentionKind.PERSON]
    assert [m.text for m in people] == ["Dauren Kosanow"]


def test_person_mention_extends_a_knowledge_base_name_with_first_names(full_pipeline) -> None:
    text = "Władimir Władimirowicz Putin przyleciał do Astany."
    analysis = analyse(full_pipeline, text)
    putin = [link for link in analysis.links if link.actor_id == "Q7747"]
    assert [(link.start, link.text) for link in putin] == [(0, "Władimir Władimirowicz Putin")]


def test_knowledge_base_name_joins_the_mention_sources(full_pipeline) -> None:
    analysis = analyse(full_pipeline, "Kazachstan podpisał umowę z Wielką Brytanią.")
    sources = {m.text: m.source for m in analysis.mentions}
    assert "kb" in sources["Kazachstan"].split("+")
    assert "kb" in sources["Wielką Brytanią"].split("+")


# ------------------------------------------------------------------------------------- scoring

def test_span_scores_count_exact_overlap_and_unscored_regions() -> None:
    gold = [(0, 5, "PER"), (10, 20, "ORG")]
    predicted = [(0, 5, "PER"), (10, 15, "ORG"), (30, 35, "GPE"), (40, 45, "PER")]
    scores = score_spans([(gold, predicted, [(40, 50)])], ("PER", "ORG", "GPE"))
    assert (scores.exact["ALL"].correct, scores.exact["ALL"].predicted, scores.exact["ALL"].gold) == (1, 3, 2)
    assert scores.overlap["ALL"].correct == 2
    assert scores.exact["ORG"].correct == 0 and scores.overlap["ORG"].correct == 1
