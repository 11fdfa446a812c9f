"""Attributed claims: each construct, the negatives, the lexicon, and a metric floor on the gold file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orbitscope.config import Settings
from orbitscope.evaluation.claims import evaluate_claims, format_claims_report
from orbitscope.evaluation.gold import read_gold
from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.claims import find_claims, speech_verbs
from orbitscope.model import Claim, ClaimKind, Document, document_id
from orbitscope.pipeline import Pipeline, default_pipeline

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "claims.jsonl"
TOKAYEV = "person:kassym-jomart-tokayev"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline(Settings())  # the knowledge base loads once for the module


def claims_of(pipeline: Pipeline, text: str, published: date | None = date(2023, 11, 10)) -> tuple[Claim, ...]:
    document = Document(document_id(text), text, published=published, language="pl")
    return find_claims(pipeline.analyse(document))


def only(claims: tuple[Claim, ...]) -> Claim:
    assert len(claims) == 1, claims
    return claims[0]


# ------------------------------------------------------------------------------------- reported speech

def test_reported_speech_with_person_subject(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "Tokajew podkreślił, że Kazachstan nie zamierza zmieniać kursu."))
    assert claim.kind is ClaimKind.REPORTED
    assert claim.text == "Kazachstan nie zamierza zmieniać kursu"
    assert claim.cue == "podkreślić"
    assert claim.speaker_id == TOKAYEV and claim.speaker_text == "Tokajew"
    assert claim.date == "2023-11-10" and claim.sentence == 0


def test_reported_speech_with_role_subject_and_adverbials(pipeline: Pipeline) -> None:
    text = "Prezydent Kazachstanu ocenił wczoraj w Astanie, że współpraca z Rosją jest strategiczna."
    claim = only(claims_of(pipeline, text))
    assert claim.text == "współpraca z Rosją jest strategiczna"
    assert claim.speaker_id == TOKAYEV  # the role link "Prezydent Kazachstanu" on the publication date


def test_reported_speech_with_iz_and_inverted_pronoun(pipeline: Pipeline) -> None:
    text = "Putin powiedział, że Rosja jest gotowa do rozmów. Uważa on, iż Zachód nie chce pokoju."
    first, second = claims_of(pipeline, text)
    assert first.speaker_id == "Q7747"
    assert second.text == "Zachód nie chce pokoju" and second.cue == "uważać"
    assert second.speaker_text == "on" and second.speaker_id == "Q7747"  # the latest person speaker


def test_dropped_subject_takes_the_previous_speaker(pipeline: Pipeline) -> None:
    text = ("Kassym-Żomart Tokajew stwierdził, że Astana chce pokoju. "
            "Zaznaczył także, że granice są nienaruszalne.")
    second = claims_of(pipeline, text)[1]
    assert second.text == "granice są nienaruszalne"
    assert second.speaker_id == TOKAYEV and second.speaker_text == ""


def test_unlinked_noun_phrase_speaker(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "Rzecznik resortu zapowiedział, że decyzja zapadnie w piątek."))
    assert claim.speaker_text.startswith("Rzecznik") and claim.speaker_id is None


def test_inverted_reported_speech(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "Kazachstan pozostaje naszym partnerem, podkreślił Władimir Putin."))
    assert claim.kind is ClaimKind.REPORTED
    assert claim.text == "Kazachstan pozostaje naszym partnerem"
    assert claim.speaker_id == "Q7747"


def test_two_coordinated_speakers_in_one_sentence(pipeline: Pipeline) -> None:
    text = ("Urzędnicy informowali, że elektrownię zbudują Chińczycy, zaś minister Kowalski wskazał, "
            "że wybór jeszcze nie zapadł.")
    first, second = claims_of(pipeline, text)
    assert first.text == "elektrownię zbudują Chińczycy"
    assert second.text == "wybór jeszcze nie zapadł"


# -------------------------------------------------------------------------------------------- quotes

def test_quotation_attributed_by_a_following_verb(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "„Nie pozwolimy na obejście sankcji” – powiedział Tokajew."))
    assert claim.kind is ClaimKind.QUOTE
    assert claim.text == "Nie pozwolimy na obejście sankcji"
    assert claim.speaker_id == TOKAYEV


def test_quotation_in_a_that_clause_is_a_quote(pipeline: Pipeline) -> None:
    text = "Minister wskazał, że „rosyjskie technologie są najtańsze”."
    claim = only(claims_of(pipeline, text))
    assert claim.kind is ClaimKind.QUOTE and claim.text == "rosyjskie technologie są najtańsze"


def test_quotation_spanning_sentences(pipeline: Pipeline) -> None:
    text = "Wstęp. «Jesteśmy gotowi. Nikt nas nie zaskoczy» – oświadczył Putin."
    claim = only(claims_of(pipeline, text))
    assert claim.text == "Jesteśmy gotowi. Nikt nas nie zaskoczy"
    assert claim.sentence == 1  # the sentence the quotation opens in
    assert claim.speaker_id == "Q7747"


def test_dash_quote_with_a_title_speaker(pipeline: Pipeline) -> None:
    text = "Tokajew spotkał się z dziennikarzami. – To jest nasz wybór – powiedział prezydent Kazachstanu."
    claim = only(claims_of(pipeline, text))
    assert claim.kind is ClaimKind.QUOTE and claim.text == "To jest nasz wybór"
    assert claim.speaker_id == TOKAYEV


def test_an_addressee_in_the_dative_stands_between_the_verb_and_its_speaker(pipeline: Pipeline) -> None:
    text = "„Nie będziemy negocjować” – powiedział dziennikarzom Robert Fico."
    assert only(claims_of(pipeline, text, date(2025, 5, 10))).speaker_id == "person:robert-fico"


def test_dash_quote_with_a_pronoun_free_verb_and_continuation(pipeline: Pipeline) -> None:
    text = ("Putin powiedział, że Rosja się nie wycofa. – Zrobimy wszystko – dodał. – Nikt nas nie zatrzyma. "
            "Zwyciężymy.")
    claims = claims_of(pipeline, text)
    assert [claim.text for claim in claims][1:] == ["Zrobimy wszystko", "Nikt nas nie zatrzyma. Zwyciężymy"]
    assert {claim.speaker_id for claim in claims} == {"Q7747"}


def test_scare_quotes_and_titles_are_not_claims(pipeline: Pipeline) -> None:
    text = "Czy to reakcja Moskwy na „flirt” Astany z Zachodem? Gazeta „Rzeczpospolita” ukazała się rano."
    assert claims_of(pipeline, text) == ()


# -------------------------------------------------------------------------------------- according to

def test_according_to_an_outlet(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "Według CNN, policja bada wersję zamachu."))
    assert claim.kind is ClaimKind.ACCORDING_TO and claim.cue == "według"
    assert claim.text == "policja bada wersję zamachu"
    assert claim.speaker_id == "org:cnn"


def test_zdaniem_and_jak_podaje(pipeline: Pipeline) -> None:
    first = only(claims_of(pipeline, "Zdaniem Putina Zachód prowadzi wojnę z Rosją."))
    assert first.cue == "zdaniem" and first.speaker_id == "Q7747" and first.text == "Zachód prowadzi wojnę z Rosją"
    second = only(claims_of(pipeline, "Jak podaje Reuters, Kazachstan wstrzymał eksport."))
    assert second.kind is ClaimKind.ACCORDING_TO and second.cue == "podawać"
    assert second.text == "Kazachstan wstrzymał eksport" and second.speaker_text == "Reuters"


def test_according_to_a_rule_is_not_a_claim(pipeline: Pipeline) -> None:
    assert claims_of(pipeline, "Emerytury rozliczono według wszystkich przychodów brutto.") == ()


# ------------------------------------------------------------------------------------------ negatives

@pytest.mark.parametrize("text", [
    "Tokajew nie powiedział, że Rosja jest wrogiem.",
    "Wiadomo, że Kazachstan eksportuje ropę.",
    "Okazało się, że drony trafiły do Rosji.",
    "Najnowsze sygnały wskazują, że Kazachstan zmienia kurs.",
    "Astana wywiązuje się z zobowiązań, co wskazuje, że sankcje działają.",
    "Putin zapowiedział rozpoczęcie rozmów.",
])
def test_not_claims(pipeline: Pipeline, text: str) -> None:
    assert claims_of(pipeline, text) == ()


def test_unknown_publication_date_leaves_the_date_empty(pipeline: Pipeline) -> None:
    claim = only(claims_of(pipeline, "Tokajew podkreślił, że Kazachstan chce pokoju.", published=None))
    assert claim.date is None


# ------------------------------------------------------------------------------------------- lexicon

def test_speech_verb_lexicon_is_clean() -> None:
    verbs = speech_verbs()
    assert {"powiedzieć", "podkreślić", "zaznaczyć", "ocenić", "oznajmić", "zadeklarować"} <= set(verbs)
    assert set(verbs.values()) == {"speech", "quote"}
    assert verbs["określić"] == "quote"


# ------------------------------------------------------------------------------------------ the gold

def test_gold_file_is_large_enough_and_well_formed() -> None:
    records = list(read_gold(GOLD))
    claims = [claim for record in records for claim in record["claims"]]
    assert len(claims) >= 60
    assert {claim["kind"] for claim in claims} == {kind.value for kind in ClaimKind}
    for record in records:
        for claim in record["claims"]:
            assert ("text" in claim) == (record["corpus"] == "samples")  # NKJP is standoff only
            assert "speaker_text" not in claim or record["corpus"] == "samples"


@pytest.mark.skipif(not DEFAULT_CORPUS.is_file(), reason="NKJP corpus not available (../shared/data)")
def test_metric_floor_on_the_gold(pipeline: Pipeline) -> None:
    report = evaluate_claims(GOLD, pipeline)
    text = format_claims_report(report)
    # Measured 2026-11: P 1.000, R 0.986, F1 0.993, speaker accuracy 0.78 (the gold was the development set).
    assert report.detection.f1 >= 0.90, text
    assert report.detection.precision >= 0.90, text
    assert report.speaker_accuracy >= 0.70, text
    assert report.kind_accuracy >= 0.90, text
    assert report.as_dict()["detection"]["gold"] == 69
