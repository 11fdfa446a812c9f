"""Morfeusz segmentation, readings and the per-chunk cache."""

from __future__ import annotations

import pytest

from orbitscope.model import NameKind
from orbitscope.nlp.morphology import Morphology, clean_lemma


@pytest.fixture(scope="module")
def morphology() -> Morphology:
    return Morphology()


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("Moskwa:Sf", "Moskwa"), ("być", "być"), (":", ":"), ("państwo:Sn_ncol", "państwo"), ("wielki:A", "wielki")],
)
def test_clean_lemma_drops_homonym_markers(raw, clean):
    assert clean_lemma(raw) == clean


def test_offsets_point_at_the_text(morphology):
    text = "Od 1991 r. Kazachstan — m.in. z „Rosją” (OTS)…  Zrobiłem to, prof. Nowak!"
    segments = morphology.segments(text)
    for offset, segment in segments:
        assert text[offset : offset + len(segment.orth)] == segment.orth
    orths = [segment.orth for _, segment in segments]
    assert orths[:6] == ["Od", "1991", "r", ".", "Kazachstan", "—"]
    assert "m.in" in orths and "„" in orths and "”" in orths
    assert ["Zrobił", "em"] == orths[orths.index("Zrobił") : orths.index("Zrobił") + 2]


def test_cached_chunks_give_the_same_segments_at_new_offsets(morphology):
    first = morphology.segments("Kazachstanu, Kazachstanu")
    second = morphology.segments("„Kazachstanu”")
    assert [(o, s.orth) for o, s in first] == [(0, "Kazachstanu"), (11, ","), (13, "Kazachstanu")]
    assert [(o, s.orth) for o, s in second] == [(0, "„"), (1, "Kazachstanu"), (12, "”")]


def test_segment_facts(morphology):
    (_, astana), = morphology.segments("Astanie")
    assert astana.name_kind is NameKind.GEOGRAPHIC and astana.proper_reading.lemma == "Astana"
    (_, unknown), = morphology.segments("Tokajewem")
    assert unknown.is_unknown and unknown.readings[0].tag == "ign"
    (_, abbreviation), _dot = morphology.segments("tzw.")
    assert abbreviation.is_abbreviation
    (_, acronym), = morphology.segments("NATO")
    assert acronym.is_acronym and acronym.name_kind is NameKind.ORGANIZATION


def test_vocative_only_proper_reading_does_not_decide_the_kind(morphology):
    (_, antonio), = morphology.segments("Antonio")
    assert antonio.name_kind is NameKind.FIRST_NAME


def test_generation(morphology):
    forms = dict(morphology.generate("Kazachstan"))
    assert "Kazachstanem" in forms
