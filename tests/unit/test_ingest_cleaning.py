"""Text cleaning, title detection, debris, hard wrapping and paragraph repeats (ingest stage)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orbitscope.config import Settings
from orbitscope.ingest import mark_repeated_paragraphs, read_documents
from orbitscope.ingest.cleaning import (
    cut_trailing_debris,
    is_hard_wrapped,
    normalize,
    split_paragraphs,
    take_title,
)
from orbitscope.model import DateSource, Document, Rejected, document_id

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
ORBIT = SAMPLES / "pl-kazakhstan-russia-orbit.txt"
TURNS_WEST = SAMPLES / "pl-kazakhstan-turns-west.txt"
LONG_SENTENCE = "Prezydent Kazachstanu rozmawiał w Astanie z delegacją Unii Europejskiej o handlu i energii."


def read_one(path: Path | str, settings: Settings | None = None) -> Document:
    results = list(read_documents([str(path)], settings or Settings()))
    assert len(results) == 1
    assert isinstance(results[0], Document), results[0]
    return results[0]


def paragraph_texts(document: Document) -> list[str]:
    return [document.text[paragraph.start : paragraph.end] for paragraph in document.paragraphs]


def test_normalize_spaces_invisible_characters_and_line_breaks() -> None:
    raw = "Ala\u00a0ma  \t kota\u00ad.\u200b  \r\nDrugi\u2060 wiersz\r\rTrzeci   "
    assert normalize(raw) == "Ala ma kota.\nDrugi wiersz\n\nTrzeci"


def test_normalize_composes_nfc() -> None:
    decomposed = "Z\u0307ak\u0301"  # Ż and ḱ written as base letter + combining mark
    assert normalize(decomposed) == "\u017ba\u1e31"


def test_title_is_taken_when_short_and_followed_by_blank_line() -> None:
    title, rest = take_title("Kazachstan odwraca się od Rosji\n\n" + LONG_SENTENCE)
    assert title == "Kazachstan odwraca się od Rosji"
    assert rest.strip() == LONG_SENTENCE


@pytest.mark.parametrize(
    "text",
    [
        "Kazachstan odwraca się od Rosji\n" + LONG_SENTENCE,  # no blank line after it
        "Dziś pojawiły się interesujące informacje.\n\n" + LONG_SENTENCE,  # ends a sentence
        "Co dalej z Kazachstanem?\n\n" + LONG_SENTENCE,
        " ".join(["słowo"] * 21) + "\n\n" + LONG_SENTENCE,  # too many words
    ],
)
def test_no_title_when_first_line_does_not_look_like_one(text: str) -> None:
    assert take_title(text) == (None, text)


def test_sample_turns_west_lead_sentence_is_not_a_title() -> None:
    document = read_one(TURNS_WEST)
    assert document.title is None
    assert document.text.startswith("Dziś pojawiły się interesujące informacje z Federacji Rosyjskiej.\n\n")
    assert paragraph_texts(document)[1].startswith("Coraz liczniejsze ostrzeżenia")


def test_sample_orbit_has_no_title_and_keeps_headings_as_paragraphs() -> None:
    document = read_one(ORBIT)
    assert document.title is None
    assert document.text.startswith("Ugrzęzła na Ukrainie")
    assert "Znaczenie regionu i Kazachstanu dla Rosji" in paragraph_texts(document)
    assert document.language == "pl"
    assert document.published is None and document.date_source is DateSource.UNKNOWN


def test_real_title_in_text_file(tmp_path: Path) -> None:
    path = tmp_path / "artykul.txt"
    path.write_text(f"Kazachstan zbliża się do Zachodu\n\n{LONG_SENTENCE}\n", encoding="utf-8")
    document = read_one(path)
    assert document.title == "Kazachstan zbliża się do Zachodu"
    assert document.text == LONG_SENTENCE


def test_sample_trailing_komentarze_is_cut() -> None:
    document = read_one(TURNS_WEST)
    assert not document.text.endswith("Komentarze")
    assert document.text.endswith("w polityce Eurazji.")
    assert "Komentarze" not in document.text


def test_debris_cut_only_whole_trailing_lines() -> None:
    paragraphs = ["Artykuł o Komentarze w środku zdania.", "Reklama", "Udostępnij", "Komentarze (12)"]
    assert cut_trailing_debris(paragraphs) == ["Artykuł o Komentarze w środku zdania."]
    # A debris word in the middle of the text stays: only the end of an article is scraper debris.
    assert cut_trailing_debris(["Reklama", "Treść artykułu."]) == ["Reklama", "Treść artykułu."]


def test_hard_wrapped_text_is_joined_into_paragraphs() -> None:
    text = normalize(
        "Prezydent Kazachstanu Kasym-Żomart Tokajew spotkał się w Astanie\n"
        "z prezydentem Rosji Władimirem Putinem, który przyleciał do stolicy\n"
        "kraju po raz pierwszy od wielu miesięcy.\n"
        "\n"
        "Rozmowy dotyczyły handlu, tranzytu ropy naftowej przez terytorium\n"
        "Rosji oraz budowy pierwszej elektrowni jądrowej.\n"
    )
    assert split_paragraphs(text) == [
        (
            "Prezydent Kazachstanu Kasym-Żomart Tokajew spotkał się w Astanie z prezydentem Rosji Władimirem "
            "Putinem, który przyleciał do stolicy kraju po raz pierwszy od wielu miesięcy."
        ),
        (
            "Rozmowy dotyczyły handlu, tranzytu ropy naftowej przez terytorium Rosji oraz budowy pierwszej "
            "elektrowni jądrowej."
        ),
    ]


def test_lines_that_are_sentences_stay_separate_paragraphs() -> None:
    block = ["Pierwsze zdanie jest krótkie.", "Drugie zdanie też jest krótkie.", "Trzecie również."]
    assert not is_hard_wrapped(block)
    # A heading directly followed by a capitalized paragraph is not a wrapped line either.
    assert not is_hard_wrapped(["Znaczenie regionu i Kazachstanu dla Rosji", LONG_SENTENCE])
    assert split_paragraphs("\n".join(block)) == block


def test_document_text_paragraphs_and_offsets_are_consistent() -> None:
    document = read_one(ORBIT)
    assert "\n\n\n" not in document.text and "\u00a0" not in document.text
    assert document.text == "\n\n".join(paragraph_texts(document))
    assert [paragraph.index for paragraph in document.paragraphs] == list(range(len(document.paragraphs)))
    assert document.id == document_id(document.text)


def test_sample_repeated_paragraph_points_at_the_earlier_one() -> None:
    document = read_one(ORBIT)
    texts_and_paragraphs = list(zip(paragraph_texts(document), document.paragraphs, strict=True))
    putin = [(text, paragraph) for text, paragraph in texts_and_paragraphs if text.startswith("Putinowi")]
    assert len(putin) == 2
    (_, first), (_, second) = putin
    assert first.repeat_of is None
    assert second.repeat_of == first.index
    assert second.similarity is not None and second.similarity >= Settings().repeat_paragraph_threshold
    repeats = [paragraph for _, paragraph in texts_and_paragraphs if paragraph.repeat_of is not None]
    assert repeats == [second]


def test_no_false_repeats_in_second_sample() -> None:
    assert all(paragraph.repeat_of is None for paragraph in read_one(TURNS_WEST).paragraphs)


def test_mark_repeated_paragraphs_ignores_short_paragraphs_and_respects_threshold() -> None:
    text = "\n\n".join(
        [
            "Reklama",
            "Reklama",
            LONG_SENTENCE,
            "Zupełnie inny akapit o pogodzie w Warszawie dziś.",
            LONG_SENTENCE.replace("Unii Europejskiej", "Chin"),
        ]
    )
    paragraphs = mark_repeated_paragraphs(text, threshold=0.8)
    assert paragraphs[1].repeat_of is None  # too short to judge
    assert paragraphs[4].repeat_of == 2 and paragraphs[4].similarity == pytest.approx(11 / 12, abs=1e-3)
    assert mark_repeated_paragraphs(text, threshold=0.95)[4].repeat_of is None
    assert text[paragraphs[3].start : paragraphs[3].end].startswith("Zupełnie")


def test_document_id_is_stable_for_whitespace_differences(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{LONG_SENTENCE}\n\nDrugi akapit tekstu.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        f"  {LONG_SENTENCE.replace(' ', '  ')}\r\n\r\n\r\nDrugi\u00a0akapit tekstu.   ", encoding="utf-8"
    )
    results = list(read_documents([str(tmp_path)], Settings()))
    assert all(isinstance(result, Document) for result in results)
    first, second = results
    assert first.text == second.text
    assert first.id == second.id
    assert first.id != document_id(LONG_SENTENCE)


def test_readme_files_and_hidden_files_in_folders_are_skipped() -> None:
    results = list(read_documents([str(SAMPLES)], Settings()))
    assert [type(result) for result in results] == [Document, Document]
    assert not any(isinstance(result, Rejected) for result in results)
    assert [result.sources[0].path for result in results] == [str(ORBIT), str(TURNS_WEST)]
