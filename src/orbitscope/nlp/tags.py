"""Reading NKJP/Morfeusz morphosyntactic tags ("subst:sg:gen.acc:m1", "adj:pl:nom:m2.m3.f.n:pos")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

NOMINAL = frozenset({"subst", "depr"})
ADJECTIVAL = frozenset({"adj", "ppas", "pact"})
VERBAL = frozenset({"fin", "praet", "bedzie", "winien", "impt", "imps"})
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


@dataclass(frozen=True, slots=True)
class Features:
    """The grammatical categories of one tag; each is a set because Morfeusz joins alternatives with dots."""

    pos: str
    number: frozenset[str]
    case: frozenset[str]
    gender: frozenset[str]


_EMPTY: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def features(tag: str) -> Features:
    """Parse a tag into its part of speech, numbers, cases and genders (empty sets where not inflected)."""
    parts = tag.split(":")
    pos = parts[0]
    if (pos in NOMINAL or pos in ADJECTIVAL) and len(parts) >= 4:
        return Features(pos, frozenset(parts[1].split(".")), frozenset(parts[2].split(".")),
                        frozenset(parts[3].split(".")))
    return Features(pos, _EMPTY, _EMPTY, _EMPTY)


def agrees(first: Features, second: Features) -> bool:
    """Whether two nominal/adjectival features can agree in number, case and gender."""
    return bool(first.number & second.number and first.case & second.case and first.gender & second.gender)
