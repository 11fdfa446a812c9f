"""Base-form candidates for proper names Morfeusz does not know."""

from __future__ import annotations

import pytest

from orbitscope.nlp.guesser import looks_like_surname, name_candidates


@pytest.mark.parametrize(
    ("word", "best"),
    [
        ("Tokajewem", "Tokajew"),
        ("Tokajewowi", "Tokajew"),
        ("Tokajewie", "Tokajew"),
        ("Tokajewa", "Tokajew"),
        ("Rosatomu", "Rosatom"),
        ("Macrona", "Macron"),
        ("Zełenskim", "Zełenski"),
        ("Bajkonurze", "Bajkonur"),
        ("Kosanow", "Kosanow"),
        ("Satkalijew", "Satkalijew"),
        ("Zełenski", "Zełenski"),  # a man's adjectival surname in the nominative, not the genitive of "Zełenska"
        ("Łukaszenka", "Łukaszenka"),
        ("Semadeniego", "Semadeni"),
        ("Vučiciem", "Vučić"),  # South Slavic surnames in -ić
        ("Vučiciowi", "Vučić"),
        ("Hardy'ego", "Hardy"),
        ("Ruttego", "Rutte"),
        ("Antóniowi", "António"),  # names in -io keep their i
    ],
)
def test_best_candidate(word, best):
    assert name_candidates(word)[0].lemma == best


def test_the_word_itself_is_always_a_candidate():
    lemmas = [c.lemma for c in name_candidates("Żaksyłykowa")]
    assert lemmas[:2] == ["Żaksyłykow", "Żaksyłykowa"]
    assert "Kosanow" in [c.lemma for c in name_candidates("Kosanow")]


def test_acronyms_and_short_stems_are_kept():
    assert [c.lemma for c in name_candidates("MTK")] == ["MTK"]
    assert [c.lemma for c in name_candidates("Abem")] == ["Abem"]  # stem too short for "-em"


def test_candidates_carry_case_and_gender():
    feminine = next(c for c in name_candidates("Żaksyłykowa") if c.lemma == "Żaksyłykowa")
    assert feminine.cases == {"nom"} and feminine.gender == "f"


@pytest.mark.parametrize(("base", "expected"), [("Kosanow", True), ("Szewczenko", True), ("Rosatom", False)])
def test_looks_like_surname(base, expected):
    assert looks_like_surname(base) is expected


def test_an_instrumental_in_em_offers_the_surname_in_e_too():
    assert [c.lemma for c in name_candidates("Ruttem")][:2] == ["Rutt", "Rutte"]


def test_a_late_rule_offers_its_candidate_after_the_others():
    # "Chersonia" is the genitive of "Chersoń", "California" a nominative: "-nia" → "-ń" comes last, after the
    # word itself; "Petterim" is the instrumental of "Petteri", "Ibrahim" a nominative
    assert [c.lemma for c in name_candidates("Chersonia")] == ["Chersoni", "Chersonia", "Chersoń", "Chersonio"]
    assert name_candidates("Kwidzyniu")[0].lemma == "Kwidzyń"
    assert [c.lemma for c in name_candidates("Petterim")] == ["Petterim", "Petteri"]
    assert name_candidates("Ibrahim")[0].lemma == "Ibrahim"
    # a name in -io ("Antónia" → "António") likewise: a word in -ia is mostly a nominative
    assert [c.lemma for c in name_candidates("Antónia")][-3:] == ["Antónia", "Antóń", "António"]
    # "Iraklego" is the genitive of "Irakli" (the i of -li is not written before -ego)
    assert [c.lemma for c in name_candidates("Iraklego")][-1] == "Irakli"


def test_a_south_slavic_genitive_is_offered_after_the_word_itself():
    candidates = [candidate.lemma for candidate in name_candidates("Mladicia")]
    assert candidates.index("Mladicia") < candidates.index("Mladić")
