"""Proper names: which tokens are names, and multi-word name spans with the base form of the whole span.

This is the rule-based baseline that the trained NER model (a later stage) joins. The rules:

* A token is a name when Morfeusz gives it a proper-name qualifier (geographic name, first name, surname,
  organization ...), or when Morfeusz does not know a capitalized word (the suffix guesser then gives its
  base form). At the start of a sentence (or after an opening quote, bracket or colon) a word that is also
  a common word is not a name ("Szczyt", "Ostrożna"), unless a verb follows a noun-like name ("Polska podpisała").
* A name span is a run of names and capitalized words inside a sentence ("Międzynarodowy Trybunał Karny"),
  joined across unspaced hyphens ("Kasym-Żomart", "Baku-Tbilisi-Ceyhan"), split where a place ends and a
  person begins ("prezydenta Francji | Emmanuela Macrona"). A capitalized common word at a sentence start
  joins only when it agrees with the next word and is not a title ("Unia Europejska", not "Prezydent Tokajew").
* The base form of a span: each part of a person's name becomes its own base form; otherwise the head noun
  and the adjectives agreeing with it are put in the nominative with Morfeusz's generator, and the rest
  (a genitive complement) is kept ("Organizacji Państw Tureckich" → "Organizacja Państw Tureckich").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from orbitscope.model import MentionKind, NameKind
from orbitscope.nlp.guesser import Candidate, looks_like_surname, name_candidates
from orbitscope.nlp.morphology import Morphology, Reading, Segment, reading_of_kind
from orbitscope.nlp.segmentation import word_list
from orbitscope.nlp.tags import ADJECTIVAL, CASES, NOMINAL, VERBAL, Features, agrees, features

_INITIAL_TRIGGERS = frozenset({"„", "“", '"', "«", "(", "[", ":", "–", "—", "-"})
_HYPHENS = frozenset({"-", "‐", "–"})
_JOINERS = _HYPHENS | {"."}
_PERSON_KINDS = frozenset({NameKind.FIRST_NAME, NameKind.SURNAME})
_KIND_OF_NAME = {
    NameKind.GEOGRAPHIC: MentionKind.PLACE,
    NameKind.ORGANIZATION: MentionKind.ORGANIZATION,
}


@cache
def _head_kinds() -> dict[str, MentionKind]:
    text = resources.files("orbitscope.nlp").joinpath("data", "name_heads.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {lemma: MentionKind(kind.strip()) for lemma, kind in rows}


@dataclass(slots=True)
class Word:
    """Working state of one segment while the names of a sentence are decided (local to this stage)."""

    offset: int
    end: int
    segment: Segment
    initial: bool  # at a sentence start or after an opening quote, bracket or colon
    kind: NameKind
    reading: Reading
    candidates: tuple[Candidate, ...]  # guessed base forms for unknown names, best first
    space_before: bool

    @property
    def lemma(self) -> str:
        return self.candidates[0].lemma if self.candidates else self.reading.lemma

    @property
    def tag(self) -> str:
        return self.reading.tag


def _is_verb(segment: Segment) -> bool:
    return any(features(reading.tag).pos in VERBAL for reading in segment.readings)


def _name_kind(segment: Segment, initial: bool, following: Segment | None) -> NameKind:
    if not segment.orth[0].isalpha():
        return NameKind.NONE
    if segment.is_unknown:
        return NameKind.GUESSED
    if segment.name_kind is NameKind.NONE or not initial or not segment.has_common:
        return segment.name_kind
    # Sentence-initial and also a common word: a name only when the common readings are adjectives and a
    # verb follows ("Polska podpisała" yes; "Szczyt był", "Ale wiem", "Kiedy przyjdzie" no).
    common_adjectives = all(
        reading.tag.startswith(("adj", "ppas", "pact"))
        for reading in segment.readings if reading.name_kind is NameKind.NONE
    )
    if following is not None and common_adjectives and _is_verb(following):
        return segment.name_kind
    return NameKind.NONE


def _prefer_first_names(words: list[Word]) -> None:
    """A first name followed by a surname is a person even when Morfeusz also knows places or surnames
    spelled the same: "Mieczysław Wachowski", "Jerzy Wieczorek", "Krzysztof Kamiński" (villages called
    Mieczysław, Wieczorek and Kamiński exist; "Jerzy" is also a surname)."""
    for word, following in pairwise(words):
        if not (word.segment.is_capitalized and following.segment.is_capitalized) or word.initial and not word.kind:
            continue
        if NameKind.FIRST_NAME not in word.segment.kinds:
            continue
        surname = NameKind.SURNAME in following.segment.kinds or following.kind is NameKind.GUESSED
        if surname or following.kind is NameKind.FIRST_NAME:
            if word.kind is not NameKind.FIRST_NAME:
                word.kind = NameKind.FIRST_NAME
                word.reading = reading_of_kind(word.segment.readings, NameKind.FIRST_NAME, word.segment.orth)
            if following.kind not in (NameKind.GUESSED, NameKind.FIRST_NAME, NameKind.SURNAME) and surname:
                following.kind = NameKind.SURNAME
                following.reading = reading_of_kind(following.segment.readings, NameKind.SURNAME,
                                                    following.segment.orth)


def classify_words(segments: list[tuple[int, Segment]], text: str) -> list[Word]:
    """Decide name kinds and readings for the segments of one sentence."""
    words: list[Word] = []
    initial = True
    last = len(segments) - 1
    for index, (offset, segment) in enumerate(segments):
        space_before = offset > 0 and text[offset - 1].isspace()
        if not segment.is_capitalized:  # the common case, kept cheap
            words.append(Word(offset, offset + len(segment.orth), segment, initial, NameKind.NONE,
                              segment.common_reading, (), space_before))
        else:
            kind = _name_kind(segment, initial, segments[index + 1][1] if index < last else None)
            if kind is NameKind.NONE or kind is NameKind.GUESSED:
                reading = segment.common_reading if initial else segment.readings[0]
            else:
                reading = segment.proper_reading or segment.readings[0]
            candidates = name_candidates(segment.orth) if kind is NameKind.GUESSED else ()
            words.append(Word(offset, offset + len(segment.orth), segment, initial, kind, reading, candidates,
                              space_before))
        # The next word starts a sentence-like unit after an opening quote, bracket or colon, and after a
        # dash that itself opens the sentence ("– Rosja ...") but not after a hyphen inside a name.
        orth = segment.orth
        initial = orth in _INITIAL_TRIGGERS and (orth not in _HYPHENS or initial or space_before)
    _prefer_first_names(words)
    return words


def prefer_document_evidence(words: list[Word], document_words: frozenset[str]) -> None:
    """Move to the front a guessed base form that the document itself uses as a word."""
    for word in words:
        if len(word.candidates) > 1:
            for position, candidate in enumerate(word.candidates):
                if candidate.lemma != word.segment.orth and candidate.lemma in document_words:
                    word.candidates = (candidate, *word.candidates[:position], *word.candidates[position + 1 :])
                    break


# ---------------------------------------------------------------------------------------------- spans


def _capable(word: Word) -> bool:
    segment = word.segment
    return word.kind is not NameKind.NONE or (
        segment.is_capitalized and segment.orth[0].isalpha() and not word.initial
    )


def _is_joiner(words: list[Word], index: int) -> bool:
    """An unspaced hyphen between two capitalized words ("Kasym-Żomart", "Baku-Tbilisi-Ceyhan"), or the
    dot of an initial before a name ("W. Putin", "K.-Ż. Tokajew")."""
    if index + 1 >= len(words) or index == 0:
        return False
    after = words[index + 1]
    if words[index].segment.orth == ".":
        if not _is_initial(words[index - 1]) or words[index].space_before:
            return False
        if after.segment.orth in _HYPHENS and not after.space_before:  # "K.-Ż. Tokajew"
            return index + 2 < len(words) and words[index + 2].segment.is_capitalized
        return after.segment.is_capitalized
    if words[index].segment.orth not in _HYPHENS:
        return False
    return (
        not words[index].space_before
        and not after.space_before
        and after.segment.is_capitalized
        and (_capable(words[index - 1]) or words[index - 1].segment.is_capitalized)
    )


def hyphen_joiners(words: list[Word]) -> frozenset[int]:
    """Indices of the unspaced hyphens between two words of a sentence ("Kassym-Żomart", "Bielsko-Biała")."""
    return frozenset(
        index for index in range(1, len(words) - 1)
        if words[index].segment.orth in _HYPHENS and not words[index].space_before
        and not words[index + 1].space_before
    )


def _is_initial(word: Word) -> bool:
    orth = word.segment.orth
    return len(orth) == 1 and orth.isupper()


def _personish(word: Word) -> bool:
    return (word.kind in _PERSON_KINDS or _is_initial(word)
            or word.kind is NameKind.GUESSED and not word.segment.is_acronym)


def _initial_joins(first: Word, second: Word) -> bool:
    """Whether a sentence-initial capitalized common word belongs to the name after it ("Unia Europejska")."""
    if first.lemma.lower() in word_list("titles.txt") or _personish(second):
        return False
    first_features = [features(r.tag) for r in first.segment.readings]
    second_features = [features(r.tag) for r in second.segment.readings]
    for one in first_features:
        if one.pos in ADJECTIVAL and any(agrees(one, two) for two in second_features if two.pos in NOMINAL):
            return True
        if one.pos in NOMINAL and any(
            (two.pos in ADJECTIVAL and agrees(one, two)) or (two.pos in NOMINAL and "gen" in two.case)
            for two in second_features
        ):
            return True
    return False


def _agrees_as_adjective(first: Word, second: Word) -> bool:
    """Whether ``first`` can be an adjective agreeing with the noun ``second`` ("Nowym Jorku")."""
    nouns = [features(r.tag) for r in second.segment.readings if features(r.tag).pos in NOMINAL]
    return any(
        agrees(features(r.tag), noun)
        for r in first.segment.readings if features(r.tag).pos in ADJECTIVAL for noun in nouns
    )


def _split_run(words: list[Word], start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run of name words where a place or organization ends and a person's name begins."""
    spans: list[tuple[int, int]] = []
    first = start
    for index in range(start + 1, end):
        before, word = words[index - 1], words[index]
        if before.segment.orth in _JOINERS or word.segment.orth in _JOINERS or before.segment.is_word is False:
            continue
        place_then_person = before.kind in (NameKind.GEOGRAPHIC, NameKind.ORGANIZATION) and _personish(word)
        new_first_name = word.kind is NameKind.FIRST_NAME and not _personish(before)
        # "ZSRR Kazachstan", "ONZ Antonio Guterres": an acronym or a one-word place ends where another
        # name begins (multi-word places start with a common word: "Nowy Jork", "Morze Kaspijskie").
        two_names = before.segment.is_acronym or (
            before.kind is NameKind.GEOGRAPHIC and word.kind is NameKind.GEOGRAPHIC
            and not _agrees_as_adjective(before, word))
        if place_then_person or new_first_name or two_names:
            spans.append((first, index))
            first = index
    spans.append((first, end))
    return spans


def _continues_institution(words: list[Word], start: int, index: int) -> bool:
    """A lowercase connector inside an institution's name: "Organizacji Układu o Bezpieczeństwie"."""
    if words[index].segment.orth not in word_list("name_connectors.txt") or index + 1 >= len(words):
        return False
    after = words[index + 1]
    head_kinds = _head_kinds()
    institution = any(head_kinds.get(r.lemma) is MentionKind.ORGANIZATION for r in words[start].segment.readings)
    return institution and after.segment.is_capitalized and after.kind is NameKind.NONE and after.segment.is_word


def find_spans(words: list[Word]) -> list[tuple[int, int]]:
    """Multi-word name spans of one sentence as (first, last + 1) word indices."""
    spans: list[tuple[int, int]] = []
    index, count = 0, len(words)
    while index < count:
        word = words[index]
        starts = _capable(word) or (
            word.initial
            and word.segment.is_capitalized
            and index + 1 < count
            and (
                (_is_initial(word) and _is_joiner(words, index + 1))
                or (_capable(words[index + 1]) and words[index + 1].segment.is_word
                    and _initial_joins(word, words[index + 1]))
            )
        )
        if not starts:
            index += 1
            continue
        end = index + 1
        while end < count:
            if _capable(words[end]) and words[end].segment.is_word:
                end += 1
            elif _is_joiner(words, end) or _continues_institution(words, index, end):
                end += 2
            else:
                break
        spans.extend(_split_run(words, index, end))
        index = end
    return spans


# --------------------------------------------------------------------------------------- base forms


def _restyle(form: str, model: str) -> str:
    """Give a generated form the capitalization of the word it replaces."""
    if model.isupper() and len(model) > 1:
        return form.upper()
    if model[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def title_case(before: Word | None) -> tuple[frozenset[str], str]:
    """Cases and gender ("m"/"f") of a title right before a name: "prezydenta Tokajewa" → genitive, m."""
    if before is None or before.reading is None or before.lemma.lower() not in word_list("titles.txt"):
        return frozenset(), "any"
    title = features(before.tag)
    gender = "f" if title.gender == {"f"} else "m" if title.gender and "f" not in title.gender else "any"
    return title.case, gender


def _agree_person(parts: list[Word], before: Word | None) -> None:
    """Choose guessed base forms so that all parts of a person's name are in one case."""
    guessed = [w for w in parts if w.candidates and not _is_initial(w)]
    if not guessed:
        return
    known = [features(w.tag).case for w in parts if w.kind in _PERSON_KINDS and w.reading]
    cases = frozenset.intersection(*known) if known else frozenset()
    gender = "any"
    if not cases:
        cases, gender = title_case(before)
    if not cases:  # no known part: the case all guessed parts can share, in the first part's order
        for candidate in guessed[0].candidates:
            if all(any(candidate.cases & c.cases for c in w.candidates) for w in guessed):
                cases = candidate.cases
                break
    if not cases or "nom" in cases and all(w.candidates[0].lemma == w.segment.orth for w in guessed):
        return
    for word in guessed:
        for position, candidate in enumerate(word.candidates):
            if candidate.cases & cases and (gender == "any" or candidate.gender in (gender, "any")):
                word.candidates = (candidate, *word.candidates[:position], *word.candidates[position + 1 :])
                break


def _nominative(word: Word, reading: Reading, number: str, gender: frozenset[str],
                morphology: Morphology) -> str:
    own = features(reading.tag)
    for form, tag in morphology.generate(reading.raw_lemma):
        generated = features(tag)
        if (
            generated.pos == own.pos
            and number in generated.number
            and "nom" in generated.case
            and generated.gender & gender
            and tag.split(":")[4:] == reading.tag.split(":")[4:]  # degree, aspect, negation stay
        ):
            return _restyle(form, word.segment.orth)
    return word.segment.orth if own.pos in ADJECTIVAL else _restyle(reading.lemma, word.segment.orth)


def _join(parts: list[Word], forms: list[str]) -> str:
    text = []
    for position, (word, form) in enumerate(zip(parts, forms, strict=True)):
        if position and word.space_before:
            text.append(" ")
        text.append(form)
    return "".join(text)


def _head_index(parts: list[Word]) -> int | None:
    """The head noun of a name phrase: the first noun that is not an adjective agreeing with the next word."""
    for index, word in enumerate(parts):
        if word.segment.orth in _HYPHENS or word.segment.orth == ".":
            continue
        if index + 1 < len(parts) and _agrees_as_adjective(word, parts[index + 1]):
            continue
        if word.segment.is_unknown or any(features(r.tag).pos in NOMINAL for r in word.segment.readings):
            return index
    return None


def _reading_preference(reading: Reading, number: str) -> int:
    if reading.name_kind in _PERSON_KINDS:
        return -1 if number == "pl" else 0
    return 0 if reading.name_kind is NameKind.NONE else 1


def _phrase_base(parts: list[Word], morphology: Morphology) -> str:
    """Nominative of a name phrase: head noun and agreeing adjectives inflected, complements kept."""
    words = [w for w in parts if w.segment.orth not in _HYPHENS]
    head_index = _head_index(parts)
    if head_index is None or not words:
        return _join(parts, [w.segment.orth for w in parts])
    head = parts[head_index]
    if head.segment.is_unknown:
        forms = [w.segment.orth for w in parts]
        forms[head_index] = head.lemma
        return _join(parts, forms)
    best: tuple[tuple[int, ...], dict[int, Reading], str, frozenset[str]] | None = None
    for reading in head.segment.readings:
        head_features = features(reading.tag)
        if head_features.pos not in NOMINAL:
            continue
        for case in head_features.case:
            for number in head_features.number:
                agreed = _agreeing(parts, head_index, Features("subst", frozenset({number}), frozenset({case}),
                                                               head_features.gender))
                agreed[head_index] = reading
                # More agreeing words, then a plurale tantum ("Węgry", "Stany"), then singular (names are
                # rarely plural), a place/organization reading over a common one over a person's name,
                # then nominative.
                score = (len(agreed), reading.tag.endswith(":pt"), number == "sg",
                         _reading_preference(reading, number), -CASES.index(case))
                if best is None or score > best[0]:
                    best = (score, agreed, number, head_features.gender)
    if best is None:
        return _join(parts, [w.segment.orth for w in parts])
    _, agreed, number, gender = best
    _settle_readings(parts, agreed)
    forms = [
        _nominative(w, agreed[i], number, gender, morphology) if i in agreed else w.segment.orth
        for i, w in enumerate(parts)
    ]
    return _join(parts, forms)


def _settle_readings(parts: list[Word], agreed: dict[int, Reading]) -> None:
    """Give the words of a place or institution name the readings the phrase analysis chose.

    "Karny" in "Międzynarodowy Trybunał Karny" is the adjective, not the surname Morfeusz also knows.
    """
    for index, word in enumerate(parts):
        reading = agreed.get(index)
        if reading is not None:
            word.reading, word.kind = reading, reading.name_kind
        elif word.kind in _PERSON_KINDS and word.segment.has_common:
            word.reading, word.kind = word.segment.common_reading, NameKind.NONE


def _agreeing(parts: list[Word], head_index: int, head: Features) -> dict[int, Reading]:
    """Adjectives before the head, and right after it, that agree with it."""
    agreed: dict[int, Reading] = {}
    for indices in (range(head_index - 1, -1, -1), range(head_index + 1, len(parts))):
        for index in indices:
            reading = next((r for r in parts[index].segment.readings
                            if features(r.tag).pos in ADJECTIVAL and agrees(features(r.tag), head)), None)
            if reading is None:
                break
            agreed[index] = reading
    return agreed


def describe_span(parts: list[Word], morphology: Morphology, before: Word | None = None
                  ) -> tuple[str, MentionKind]:
    """Base form and kind of a name span; ``before`` is the word preceding it (a title tells the case)."""
    names = [w for w in parts if w.segment.orth not in _HYPHENS and w.segment.orth != "."]
    common_head = any(r.lemma in _head_kinds() and features(r.tag).pos in NOMINAL
                      for w in names for r in w.segment.readings)
    if not common_head and all(_personish(w) for w in names) and (
        any(w.kind in _PERSON_KINDS for w in names) or len(names) > 1 or looks_like_surname(names[0].lemma)
    ):
        _agree_person(parts, before)
        forms = [w.segment.orth if w.segment.orth in _HYPHENS or _is_initial(w) or w.segment.orth == "."
                 else _restyle(w.lemma, w.segment.orth) for w in parts]
        return _join(parts, forms), MentionKind.PERSON
    base = _phrase_base(parts, morphology)
    head_index = _head_index(parts)
    head = parts[head_index] if head_index is not None else names[0]
    if len(names) > 1:  # "Unia Europejska": the common head noun says more than a stray proper reading
        head_kind = next((_head_kinds()[r.lemma.lower()] for r in head.segment.readings
                          if r.lemma.lower() in _head_kinds()), None)
        if head_kind is not None:
            return base, head_kind
    if head.kind in _KIND_OF_NAME:
        return base, _KIND_OF_NAME[head.kind]
    if head.segment.is_acronym and head.kind is NameKind.GUESSED:
        return base, MentionKind.ORGANIZATION
    kinds = {w.kind for w in names}
    for kind in (NameKind.GEOGRAPHIC, NameKind.ORGANIZATION):
        if kind in kinds:
            return base, _KIND_OF_NAME[kind]
    return base, MentionKind.NAME
