"""Language identification with lingua (ingest stage)."""

from __future__ import annotations

from pathlib import Path

from orbitscope.config import EXPECTED_LANGUAGES
from orbitscope.ingest import identify_language

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "samples" / "pl-kazakhstan-russia-orbit.txt"


def test_polish_sample() -> None:
    language, confidence = identify_language(SAMPLE.read_text(encoding="utf-8"), EXPECTED_LANGUAGES)
    assert language == "pl"
    assert confidence is not None and confidence > 0.9


def test_english_paragraph() -> None:
    text = (
        "Kazakhstan's president met his Russian counterpart in Astana on Thursday, while his government "
        "continues to deepen economic ties with the European Union and the United States."
    )
    assert identify_language(text, EXPECTED_LANGUAGES)[0] == "en"


def test_russian_paragraph() -> None:
    text = (
        "Президент Казахстана встретился с российским коллегой в Астане, обсудив торговлю, транзит нефти "
        "и строительство первой атомной электростанции в стране."
    )
    assert identify_language(text, EXPECTED_LANGUAGES)[0] == "ru"


def test_restricted_to_given_languages() -> None:
    russian = "Президент Казахстана встретился с российским коллегой в Астане."
    language, _ = identify_language(russian, ("pl", "en"))
    assert language in (None, "pl", "en")  # Russian is not allowed to be answered


def test_text_without_letters_is_unknown() -> None:
    assert identify_language("2023-11-09 12:00 — 27 / 106", EXPECTED_LANGUAGES) == (None, None)


def test_ambiguous_text_has_low_confidence_and_no_language() -> None:
    language, confidence = identify_language("OK", EXPECTED_LANGUAGES)
    assert language is None
    assert confidence is not None and confidence < 0.5
