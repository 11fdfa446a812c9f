"""The claim extractor's lexicons, constants and per-document records (speakers, claims found so far)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from orbitscope.extract.grammar import data_lines, word_set
from orbitscope.model import Analysis, ClaimKind, EntityLink, Token

COMPLEMENTIZERS = frozenset({"że", "iż"})


DASHES = frozenset({"-", "–", "—"})


FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", "...", ";", ":"})


_OPENING_QUOTES = {"„": "”“\"", "«": "»", "“": "”", "»": "«"}


_STRAIGHT_QUOTE = '"'


QUOTE_CHARACTERS = frozenset("„”“\"«»")


VERB_CLASSES = frozenset({"fin", "praet", "pcon", "bedzie", "imps"})  # forms that can carry a claim


CLAUSE_VERBS = frozenset({"fin", "praet", "inf", "impt", "bedzie", "winien", "pred"})


NOUN_CLASSES = frozenset({"subst", "depr", "ppron3", "ppron12", "ign"})


NOT_SPEAKERS = frozenset({"co", "to", "który", "ten", "coś", "nic", "wszystko", "to_samo"})


PRONOUNS = frozenset({"on", "ona", "oni", "one", "ono"})


POSSESSIVES = {"jego": "on", "jej": "ona", "ich": "oni"}


COORDINATORS = frozenset({"zaś", "a", "natomiast", "ale", "lecz", "jednak", "oraz"})


REPRESENTATIVES = frozenset({"rzecznik", "rzeczniczka", "przedstawiciel", "przedstawicielka", "asystent",
                              "doradca", "pełnomocnik", "sekretarz", "współpracownik"})


MAX_GAP = 8  # words between a speech verb and its "że" ("zapewnił wczoraj w Kijowie, że")


MAX_SUBJECT_DISTANCE = 14


ANTECEDENT_SENTENCES = 3


QUOTE_SHARE = 0.6  # a quotation filling this much of a reported clause makes it a quote


RELATIVES = frozenset({"co", "który", "która", "które", "którzy", "czego", "czym"})


TIME_WORDS = frozenset({"wczoraj", "dziś", "dzisiaj", "jutro", "przedwczoraj", "ostatnio", "wcześniej", "później",
                         "teraz", "też", "także", "również", "jednak", "zaś", "natomiast", "tylko", "już"})


SUBORDINATORS = frozenset({"kiedy", "gdy", "który", "która", "które", "którzy", "bo", "ponieważ", "gdyż", "choć",
                            "chociaż", "aby", "by", "jeśli", "jeżeli", "czy", "jak"})


@cache
def speech_verbs() -> dict[str, str]:
    """Lemma of a speech or opinion verb → its use, "speech" or "quote" (extract/data/speech_verbs.tsv)."""
    return {row[0].strip(): row[1].strip() if len(row) > 1 else "speech" for row in data_lines("speech_verbs.tsv")}


@cache
def claim_markers() -> dict[str, frozenset[str]]:
    markers: dict[str, set[str]] = {}
    for row in data_lines("claim_markers.tsv"):
        markers.setdefault(row[0].strip(), set()).add(row[1].strip())
    return {marker: frozenset(places) for marker, places in markers.items()}


@cache
def speaker_nouns() -> frozenset[str]:
    return word_set("claim_speaker_nouns.txt")


@cache
def source_nouns() -> frozenset[str]:
    return word_set("claim_source_nouns.txt")


def is_dash(text: str, token: Token) -> bool:
    """A free-standing dash: spaces (or the text edge) on both sides, not a hyphen inside a word."""
    if token.orth not in DASHES:
        return False
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    return before.isspace() and after.isspace()


@dataclass
class Speaker:
    text: str = ""
    start: int | None = None
    end: int | None = None
    actor: EntityLink | None = None
    found: bool = False  # a subject was found (even if it has no link); False: none in the clause
    pronoun: bool = False
    speaks: bool = False  # the head can say something (a person noun, a name, an institution)
    lemmas: frozenset[str] = frozenset()  # lower-case lemmas of the phrase, to find "prymas" again
    head: str = ""  # lower-case lemma of the head


@dataclass
class FoundClaim:
    sentence: int
    start: int
    end: int
    kind: ClaimKind
    cue: str
    speaker: Speaker


class ClaimDocument:
    """One document's tokens, links and quotations, with the claims found so far."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.document.text
        self.sentences = analysis.sentences
        self.links = analysis.links
        self.found: list[FoundClaim] = []
        self.quotes = quotation_spans(self.text)

    def taken(self, start: int, end: int) -> bool:
        return any(item.start < end and start < item.end for item in self.found)

    def inside_claim(self, position: int) -> bool:
        return any(item.start <= position < item.end for item in self.found)

    def links_in(self, start: int, end: int) -> list[EntityLink]:
        return [link for link in self.links if link.start < end and start < link.end]


def content_end(tokens: tuple[Token, ...] | list[Token]) -> int:
    """End offset of a run of tokens without its final punctuation and trailing commas or dashes."""
    last = len(tokens) - 1
    while last > 0 and (tokens[last].orth in FINAL_PUNCTUATION or tokens[last].orth in {",", "-", "–", "—"}):
        last -= 1
    return tokens[last].end if tokens else 0


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Content spans (marks and edge spaces excluded) of the quotations of a text, in order."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    closers = ""
    for position, char in enumerate(text):
        if char == "\n" and opened is not None and text[opened - 1] == _STRAIGHT_QUOTE:
            opened = None  # an unpaired straight quote does not run over a paragraph
        if opened is None:
            if char in _OPENING_QUOTES:
                opened, closers = position + 1, _OPENING_QUOTES[char]
            elif char == _STRAIGHT_QUOTE:
                opened, closers = position + 1, _STRAIGHT_QUOTE
        elif char in closers:
            start, end = opened, position
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
            opened = None
    return spans
