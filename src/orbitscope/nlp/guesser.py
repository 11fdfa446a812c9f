"""Base forms for proper names Morfeusz does not know, from their suffix ("Tokajewem" → "Tokajew").

Every capitalized unknown word gets a ranked list of candidates from ``data/name_suffixes.tsv``. The
final choice is made with more evidence than the word itself (see ``names.py``): a candidate that occurs
as a word elsewhere in the document wins ("Żaksyłykowa" → "Żaksyłykow" when the article also says
"Żaksyłykow"), then agreement in case with a known first name in the same name ("Rusłana Żaksyłykowa").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from orbitscope.nlp.segmentation import word_list

_MIN_STEM = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    """A guessed base form with the cases and gender the surface form would then have."""

    lemma: str
    cases: frozenset[str]
    gender: str  # "m", "f" or "any"


@dataclass(frozen=True, slots=True)
class _Rule:
    suffix: str
    replacement: str | None  # None keeps the word as it is
    cases: frozenset[str]
    gender: str
    late: bool = False  # offered after every other candidate, the word itself too


@cache
def _rules() -> tuple[_Rule, ...]:
    text = resources.files("orbitscope.nlp").joinpath("data", "name_suffixes.tsv").read_text(encoding="utf-8")
    rules = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        suffix, replacement, cases, gender = fields[:4]
        rules.append(_Rule(suffix, None if replacement == "=" else replacement.replace("-", ""),
                           frozenset(cases.split(".")), gender, len(fields) > 5 and fields[5].strip() == "late"))
    # Longest suffix first, "late" rules last; the sort is stable, so file order decides among equal suffixes.
    return tuple(sorted(rules, key=lambda rule: (rule.late, -len(rule.suffix))))


_NOMINATIVE = frozenset({"nom"})


@lru_cache(maxsize=100_000)
def name_candidates(word: str) -> tuple[Candidate, ...]:
    """Ranked base-form candidates for an unknown capitalized word; the word itself is always one, before
    the candidates of "late" rules."""
    if not word[-1].isalpha() or word.isupper():
        return (Candidate(word, _NOMINATIVE, "any"),)  # acronyms and odd tokens do not inflect by suffix
    candidates: list[Candidate] = []
    seen: set[str] = set()
    lowered = word.lower()
    for rule in _rules():  # "late" rules come last
        if rule.late and word not in seen:
            seen.add(word)
            candidates.append(Candidate(word, _NOMINATIVE, "any"))
        if not lowered.endswith(rule.suffix) or len(word) - len(rule.suffix) < _MIN_STEM:
            continue
        if rule.replacement is None:
            lemma = word
        else:
            lemma = word[: len(word) - len(rule.suffix)] + rule.replacement
        if lemma not in seen:
            seen.add(lemma)
            candidates.append(Candidate(lemma, rule.cases, rule.gender))
    if word not in seen:
        candidates.append(Candidate(word, _NOMINATIVE, "any"))
    return tuple(candidates)


def short_stems(word: str) -> tuple[str, ...]:
    """Two-letter base forms of a short inflected name by the rules that only cut an ending ("Kim Dzong Unem"
    → "Un"), which ``name_candidates`` does not offer (a stem that short is mostly a word of its own): for
    matching known names only."""
    lowered = word.lower()
    return tuple(dict.fromkeys(word[:2] for rule in _rules() if rule.replacement == "" and len(word) - len(rule.suffix) == 2
                               and lowered.endswith(rule.suffix)))


def looks_like_surname(base: str) -> bool:
    """Whether a guessed base form ends like a Slavic or Central Asian surname ("Kosanow", "Szewczenko")."""
    lowered = base.lower()
    return any(lowered.endswith(ending) for ending in word_list("person_name_endings.txt"))
