"""The language layer on the sample articles: offsets, sentences, names, repeats."""

from __future__ import annotations

import pytest

from orbitscope.config import Settings
from orbitscope.ingest import mark_repeated_paragraphs, read_documents
from orbitscope.model import Document, MentionKind, document_id
from support import SAMPLES

EXPECTED_NAMES = {
    "Kazachstan": "place", "Rosja": "place", "Putin": "person", "Tokajew": "person", "Astana": "place",
    "Wielka Brytania": "place", "NATO": "organization", "Kassym-Żomart Tokajew": "person",
    "Organizacja Państw Tureckich": "organization", "OTS": "organization", "MTK": "organization",
    "Międzynarodowy Trybunał Karny": "organization", "Wspólnota Niepodległych Państw": "organization",
    "WNP": "organization", "Emmanuel Macron": "person", "Almasadam Satkalijew": "person",
    "Rusłan Żaksyłykow": "person", "Żaksyłykow": "person", "Dauren Kosanow": "person",
    "Andriej Biełousow": "person", "Władimir Putin": "person", "Unia Europejska": "organization",
    "Stany Zjednoczone": "place", "Turcja": "place", "Uzbekistan": "place", "Kirgistan": "place",
    "Azerbejdżan": "place", "Węgry": "place", "Turkmenistan": "place", "Chiny": "place",
    "Korea Południowa": "place", "Francja": "place", "Ankara": "place", "Biszkek": "place", "Armenia": "place",
    "Morze Kaspijskie": "place", "Azja Centralna": "place", "Związek Radziecki": "place", "ZSRR": "place",
    "Federacja Rosyjska": "place", "Ukraina": "place", "Europa": "place", "Eurazja": "place", "Kreml": "place",
    "Moskwa": "place", "Rosatom": "name", "Bajkonur": "name", "Baku-Tbilisi-Ceyhan": "place",
}


@pytest.fixture(scope="module")
def samples(language_layer):
    documents = [item for item in read_documents([str(SAMPLES)], Settings()) if isinstance(item, Document)]
    assert len(documents) == 2
    return [language_layer.analyse(document) for document in documents]


def test_tokens_and_mentions_point_at_their_text(samples):
    for analysis in samples:
        text = analysis.document.text
        tokens = [token for sentence in analysis.sentences for token in sentence.tokens]
        assert all(text[t.start : t.end] == t.orth for t in tokens)
        assert all(text[m.start : m.end] == m.text for m in analysis.mentions)
        assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_sentences_partition_the_tokens(samples):
    for analysis in samples:
        previous_end = -1
        for index, sentence in enumerate(analysis.sentences):
            assert sentence.index == index and sentence.tokens
            assert sentence.start == sentence.tokens[0].start and sentence.end == sentence.tokens[-1].end
            assert sentence.start > previous_end
            previous_end = sentence.end
        for mention in analysis.mentions:
            sentence = analysis.sentences[mention.sentence]
            assert sentence.start <= mention.start < mention.end <= sentence.end


def test_every_name_in_the_samples_is_found_with_its_base_form_and_kind(samples):
    found = {m.base: m.kind.value for analysis in samples for m in analysis.mentions}
    missing = {base: kind for base, kind in EXPECTED_NAMES.items() if found.get(base) != kind}
    assert not missing, f"missing or wrong kind: {missing}; found: {sorted(found.items())}"


def test_common_words_are_not_names(samples):
    texts = {m.text for analysis in samples for m in analysis.mentions}
    for word in ("Szczyt", "Ostrożna", "Prezydent", "Komentarze", "Dodatkowo", "Historycznie", "Rosyjscy"):
        assert not any(text.startswith(word) for text in texts), word


def test_lemmas_carry_no_homonym_markers(samples):
    lemmas = {t.lemma for analysis in samples for s in analysis.sentences for t in s.tokens}
    assert "Moskwa" in lemmas
    assert not [lemma for lemma in lemmas if len(lemma) > 1 and ":" in lemma]


def test_repeated_sentences_point_at_their_first_occurrence(language_layer):
    text = ("Rosja osiągnęła porozumienie z Kirgistanem i Uzbekistanem. Kazachstan milczy. "
            "Rosja osiągnęła porozumienie z Kirgistanem i Uzbekistanem. "
            "Rosja osiągnęła porozumienie z Kirgistanem i Uzbekistanem w sprawie budowy nowego korytarza.")
    analysis = language_layer.analyse(Document(document_id(text), text,
                                               paragraphs=mark_repeated_paragraphs(text, 0.6)))
    assert [s.repeat_of for s in analysis.sentences] == [None, None, 0, None]


def test_a_bare_surname_after_the_full_name_is_a_person(language_layer):
    text = "Prezydent Francji Emmanuel Macron odwiedził Astanę. Wizyta Macrona trwała dwa dni."
    analysis = language_layer.analyse(Document(document_id(text), text,
                                               paragraphs=mark_repeated_paragraphs(text, 0.6)))
    kinds = {m.base: m.kind for m in analysis.mentions}
    assert kinds["Macron"] is MentionKind.PERSON and kinds["Emmanuel Macron"] is MentionKind.PERSON


@pytest.mark.parametrize(("text", "count"), [
    ("Niemcy przekażą Ukrainie systemy IRIS-T. Komisja Europejska zaproponowała pożyczkę.", 2),  # no initial
    ("Prezydent K.-Ż. Tokajew przyjął gości. Rozmowy trwały godzinę.", 2),  # initials
    ("Prezydent W. Putin przyjął gości.", 1),
])
def test_a_letter_ending_a_hyphenated_word_ends_a_sentence_and_an_initial_does_not(language_layer, text, count):
    assert len(language_layer.analyse(Document(document_id(text), text)).sentences) == count
