"""Polish grammar helpers shared by the extractors: Morfeusz readings, tag fields, agreement, negation.

The language layer keeps one reading per token and often the wrong one ("tłumaczy" as a noun, "wczoraj" as
a noun); every reading is checked where a construct depends on it. Tags are NKJP tags as Morfeusz gives
them: "subst:sg:nom:m1", "praet:sg:m1:perf", fields separated by ":" and alternatives inside a field by ".".
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from orbitscope.model import NameKind, Token
from orbitscope.nlp.morphology import Morphology, Reading, shared_morphology

NOUN_CLASSES = frozenset({"subst", "depr", "ppron3", "ppron12", "ign"})


QUOTE_MARKS = frozenset({"„", "”", '"', "«", "»", "“"})  # typographic and straight double quotes
# two-word discourse adverbials that stand between a verb and its object or its "że" like an adverb
# ("zapowiedziała z kolei sankcje", "zapewnił z kolei, że")
DISCOURSE_PAIRS = frozenset({("z", "kolei"), ("na", "przykład"), ("przede", "wszystkim"), ("w", "końcu"),
                             ("na", "razie")})


@cache
def morphology() -> Morphology:
    """The Morfeusz analyser the language layer uses (its analyses are cached there)."""
    return shared_morphology()


def readings(token: Token) -> tuple[Reading, ...]:
    """Every Morfeusz reading of the token's form; its chosen reading when the dictionary has none."""
    found = morphology().readings(token.orth)
    return found or (Reading(token.lemma, token.lemma, token.tag, token.name_kind),)


def word_lemmas(token: Token) -> frozenset[str]:
    """The tagger's lemma of a word and those of its other readings ("ćwiczenia" → "ćwiczenia", "ćwiczenie")."""
    return frozenset({token.lemma.lower()} | {reading.lemma.lower() for reading in readings(token)})


def data_lines(name: str) -> list[list[str]]:
    """The tab-separated rows of a file in extract/data/, without comments and blank lines."""
    text = resources.files("orbitscope.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_set(name: str) -> frozenset[str]:
    """The first column of a word list in extract/data/ ("event_title_nouns.txt"), read once."""
    return frozenset(row[0].strip() for row in data_lines(name))


def parts(token: Token) -> list[str]:
    return token.tag.split(":")


def pos(token: Token) -> str:
    return token.tag.split(":", 1)[0]


def active_participle(token: Token) -> bool:
    """An active participle, also where the tagger chose its lexicalized adjective ("demonstrantów
    protestujących przed parlamentem": "protestujący" is an adjective in the dictionary too)."""
    return pos(token) == "pact" or pos(token) == "adj" and any(r.tag.startswith("pact") for r in readings(token))


def values(token: Token, index: int) -> frozenset[str]:
    """The alternatives of one tag field: values(token, 2) is the case set of a noun ({"nom", "acc"})."""
    fields = parts(token)
    return frozenset(fields[index].split(".")) if len(fields) > index else frozenset()


def auxiliary_before(tokens: tuple[Token, ...], index: int) -> int | None:
    """The "być"/"zostać" standing right before the word at ``index``, adverbs and particles aside ("został
    zatrzymany", "została bezpodstawnie zatrzymana"), if any: a passive participle's auxiliary."""
    index -= 1
    while index >= 0 and pos(tokens[index]) in {"adv", "qub", "part"}:
        index -= 1
    return index if index >= 0 and tokens[index].lemma in {"być", "zostać"} else None


def nominative(token: Token) -> bool:
    if pos(token) == "ign":
        return True
    return any(tag_nominative(reading.tag) for reading in readings(token))


def tag_nominative(tag: str) -> bool:
    parts = tag.split(":")
    return parts[0] in NOUN_CLASSES | {"adj"} and len(parts) > 2 and "nom" in parts[2].split(".")


def verb_number(token: Token) -> frozenset[str]:
    return values(token, 1) if pos(token) in {"fin", "praet", "bedzie"} else frozenset()


def verb_gender(token: Token) -> frozenset[str]:
    return values(token, 2) if pos(token) == "praet" else frozenset()


def is_name(token: Token) -> bool:
    return token.name_kind in (NameKind.FIRST_NAME, NameKind.SURNAME, NameKind.GUESSED) or pos(token) == "ign"


def agrees(noun: Token, verb: Token, names: bool = True) -> bool:
    """Some nominative reading agrees in number, and in gender for common nouns (names are often mis-tagged;
    with ``names`` False a capitalized word is read as any other: a noun opening a sentence)."""
    if pos(noun) == "ign" or names and noun.orth[:1].isupper():
        return True
    number, gender = verb_number(verb), verb_gender(verb)
    for reading in readings(noun):
        parts = reading.tag.split(":")
        if not tag_nominative(reading.tag) or len(parts) < 3:
            continue
        if number and not number & set(parts[1].split(".")):
            continue
        if gender and len(parts) > 3 and not gender & set(parts[3].split(".")):
            continue  # m1.m2.m3 vs m1 agree; "f" vs "m1" does not
        return True
    return False


def negated(tokens: tuple[Token, ...], index: int) -> bool:
    """"nie powiedział", "nie zawsze mówi", "się nie przyznał"."""
    for back in (1, 2):
        if index - back >= 0 and tokens[index - back].orth.lower() == "nie":
            return back == 1 or tokens[index - 1].orth.lower() in {"się", "już", "zawsze", "jednak"}
    return False


