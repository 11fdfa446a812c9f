"""Speakers: the speech verb's subject phrase, whether it can speak, the actor it names, pronoun resolution."""

from __future__ import annotations

from functools import lru_cache

from orbitscope.extract.claims.document import (
    ANTECEDENT_SENTENCES,
    CLAUSE_VERBS,
    COMPLEMENTIZERS,
    DASHES,
    MAX_SUBJECT_DISTANCE,
    NOT_SPEAKERS,
    NOUN_CLASSES,
    PRONOUNS,
    QUOTE_CHARACTERS,
    RELATIVES,
    REPRESENTATIVES,
    SUBORDINATORS,
    TIME_WORDS,
    VERB_CLASSES,
    ClaimDocument,
    Speaker,
    speaker_nouns,
    speech_verbs,
)
from orbitscope.extract.dates.lexicon import time_noun
from orbitscope.extract.grammar import agrees, negated, nominative, pos, readings, values
from orbitscope.model import EntityLink, NameKind, Sentence, Token
from orbitscope.nlp.morphology import Reading


def is_speech_verb(tokens: tuple[Token, ...], index: int, uses: tuple[str, ...]) -> bool:
    return _verb_lemma(tokens[index], uses) is not None and not negated(tokens, index)


def _verb_lemma(token: Token, uses: tuple[str, ...]) -> str | None:
    """The lemma of a speech verb reading of the token ("tłumaczy" is also a noun), or None."""
    if not token.orth[:1].isalpha() or token.orth[:1].isupper() and pos(token) not in VERB_CLASSES:
        return None
    return _speech_lemma(token.orth, token.lemma, token.tag, token.name_kind, uses)


@lru_cache(maxsize=100_000)
def _speech_lemma(orth: str, lemma: str, tag: str, name_kind: NameKind, uses: tuple[str, ...]) -> str | None:
    token = Token(0, 0, orth, lemma, tag, name_kind)
    for reading in (Reading(lemma, lemma, tag, name_kind), *readings(token)):
        if speech_verbs().get(reading.lemma) in uses and reading.tag.split(":", 1)[0] in VERB_CLASSES:
            return reading.lemma
    return None


def claim_cue(token: Token) -> str:
    return _verb_lemma(token, ("speech", "quote")) or token.lemma


def _verb_token(token: Token) -> Token:
    """The token with its speech-verb reading, so that agreement reads the verb's tag."""
    for reading in (Reading(token.lemma, token.lemma, token.tag, token.name_kind), *readings(token)):
        if reading.lemma in speech_verbs() and reading.tag.split(":", 1)[0] in VERB_CLASSES:
            return Token(token.start, token.end, token.orth, reading.lemma, reading.tag, token.name_kind)
    return token


def skip_adverbs(tokens: tuple[Token, ...], index: int) -> int:
    """Past up to two adverbs or particles: "– stanowczo oświadczył", "– jak podkreślił"."""
    for _ in range(2):
        if index < len(tokens) and pos(tokens[index]) in {"adv", "qub", "part"} and tokens[index].orth != "nie":
            index += 1
    return index


def verb_subject(document: ClaimDocument, sentence: Sentence, verb: int, look_back: bool = True,
             look_forward: bool = True) -> Speaker:
    """The verb's nominative subject: before it (within its clause), else right after it (inverted)."""
    tokens = sentence.tokens
    if look_back:
        skip_to: int | None = None
        for index in range(verb - 1, max(-1, verb - 1 - MAX_SUBJECT_DISTANCE), -1):
            token = tokens[index]
            if token.orth == ")":
                skip_to = next((i for i in range(index - 1, -1, -1) if tokens[i].orth == "("), None)
            if skip_to is not None:
                if index == skip_to:
                    skip_to = None
                continue  # "Konstanty Miodowicz (AWS) powiedział": the party is not the speaker
            if token.orth.lower() in RELATIVES:
                return Speaker(token.orth, token.start, token.end, found=True)  # "co wskazuje, że": no one speaks
            if token.lemma in COMPLEMENTIZERS or token.orth in DASHES or token.orth in {":", ";"} \
                    or pos(token) in CLAUSE_VERBS or token.orth in QUOTE_CHARACTERS \
                    or token.orth.lower() in SUBORDINATORS or pos(token) == "comp":
                break
            if document.inside_claim(token.start):
                break
            if token.orth.lower() not in TIME_WORDS and (_subject_candidate(token, _verb_token(tokens[verb]))
                                                         or _named_person(document, token)):
                return _phrase(document, tokens, index)
    index = verb + 1
    while look_forward and index < len(tokens):
        token = tokens[index]
        if pos(token) in {"adv", "qub", "part", "brev"} or token.orth.lower() in TIME_WORDS | {"się"}:
            index += 1
            continue
        if pos(token) == "subst" and token.orth.islower() and values(token, 2) == {"dat"} and not nominative(token):
            index += 1  # the addressee: "– powiedział dziennikarzom słowacki premier"
            continue
        if pos(token) == "prep":
            index += 2  # "w niedzielę", "w piątek"
            while index < len(tokens) and pos(tokens[index]) in {"subst", "adj", "ign"} \
                    and not _nominative_only(tokens[index]) and not time_noun(tokens[index - 1]) \
                    and not (tokens[index].orth.islower() and nominative(tokens[index]) and can_speak(tokens[index])):
                index += 1  # (a time adverbial ends at its weekday, a place before a title: "w czwartek w Brukseli
                # minister obrony Boris Pistorius")
            continue
        if _subject_candidate(token, _verb_token(tokens[verb])) or token.orth[:1].isupper() and pos(token) != "interp":
            return _phrase(document, tokens, index)
        if pos(token) == "adj":
            index += 1
            continue
        break
    return Speaker()


def _named_person(document: ClaimDocument, token: Token) -> bool:
    """A capitalized word that ends the name of a person the linker knows ("Fico oświadczył": Morfeusz reads
    only a vocative of "Fica")."""
    return token.orth[:1].isupper() and any(link.actor_type == "person" and not link.is_nil and link.end == token.end
                                            for link in document.links_in(token.start, token.end))


def _nominative_only(token: Token) -> bool:
    return values(token, 2) == {"nom"}


def _subject_candidate(token: Token, verb: Token) -> bool:
    if pos(token) not in NOUN_CLASSES and not (token.is_name and pos(token) != "adj"):
        return False
    if pos(token) == "ppron3" or pos(token) == "ppron12":
        return "nom" in values(token, 2)
    return nominative(token) and agrees(token, verb)


def can_speak(token: Token) -> bool:
    """Can this noun head say something? A person noun, a pronoun, a name, or a listed institution noun."""
    lemma = token.lemma.lower()
    if lemma in NOT_SPEAKERS:
        return False
    if pos(token) in {"ppron3", "ppron12"} or lemma in PRONOUNS:
        return True
    if token.is_name or token.orth[:1].isupper() or pos(token) == "ign":
        return True
    return lemma in speaker_nouns() or any(
        len(parts) > 3 and parts[0] == "subst" and "m1" in parts[3].split(".")
        for parts in (reading.tag.split(":") for reading in readings(token)))


def speaker_speaks(speaker: Speaker) -> bool:
    return speaker.actor is not None or speaker.pronoun or speaker.speaks


def _phrase(document: ClaimDocument, tokens: tuple[Token, ...], head: int) -> Speaker:
    """The noun phrase around a subject: adjectives and nouns before it, names and genitives after it.

    The head becomes the leftmost nominative common noun of the phrase ("rzecznik … Guntera Verheugena",
    "generał Kornukow"), so that a title, not a genitive name after it, decides who speaks.
    """
    first = head
    while first > 0 and (pos(tokens[first - 1]) in {"adj", "subst", "ign", "brev"} or tokens[first - 1].is_name
                         or tokens[first - 1].orth == "." and first > 1 and pos(tokens[first - 2]) == "brev") \
            and not document.inside_claim(tokens[first - 1].start) and tokens[first - 1].lemma not in NOT_SPEAKERS \
            and tokens[first - 1].orth.lower() not in TIME_WORDS:
        first -= 1
    while first < head and not (nominative(tokens[first]) and pos(tokens[first]) in {"subst", "adj", "ign"}):
        first += 1  # "9 listopada Tokajew": a genitive before the subject is not part of it
    last = head + 1
    while last < len(tokens) and (pos(tokens[last]) in {"subst", "ign", "brev", "adj", "depr"}
                                  or tokens[last].is_name
                                  or tokens[last].orth == "." and pos(tokens[last - 1]) == "brev"
                                  or tokens[last].orth in QUOTE_CHARACTERS and last + 1 < len(tokens)
                                  and pos(tokens[last + 1]) in {"subst", "ign"}) \
            and not document.inside_claim(tokens[last].start) and tokens[last].orth.lower() not in TIME_WORDS:
        last += 1
    while last > head + 1 and tokens[last - 1].orth in QUOTE_CHARACTERS | {"."} and pos(tokens[last - 2]) != "brev":
        last -= 1
    for index in range(first, head):
        token = tokens[index]
        if pos(token) == "subst" and not token.is_name and nominative(token) and can_speak(token):
            head = index
            break
    speaker = Speaker(span_text(document, tokens, first, last), tokens[first].start, tokens[last - 1].end,
                       found=True)
    speaker.pronoun = pos(tokens[head]) in {"ppron3", "ppron12"} or tokens[head].lemma.lower() in PRONOUNS
    speaker.actor = speaker_link(document, tokens, first, last, head)
    speaker.speaks = can_speak(tokens[head])
    speaker.lemmas = frozenset(token.lemma.lower() for token in tokens[first:last])
    speaker.head = tokens[head].lemma.lower()
    return speaker


def span_text(document: ClaimDocument, tokens: tuple[Token, ...], first: int, last: int) -> str:
    return document.text[tokens[first].start:tokens[last - 1].end]


def speaker_link(document: ClaimDocument, tokens: tuple[Token, ...], first: int, last: int,
                  head: int) -> EntityLink | None:
    """The actor a speaker phrase names (see the module docstring for the order)."""
    start, end = tokens[first].start, tokens[last - 1].end
    links = document.links_in(start, end)
    if not links:
        return None
    head_token = tokens[head]
    covering = [link for link in links if link.start <= head_token.start < link.end]
    people = [link for link in covering if link.actor_type == "person"]
    if people or covering:
        return (people or covering)[0]
    nominative_people = [link for link in links if link.actor_type == "person"
                         and any(nominative(t) and link.start <= t.start < link.end for t in tokens[first:last])
                         and link.start > head_token.start]
    if nominative_people and (head_token.lemma.lower() not in REPRESENTATIVES
                              or _appositive(tokens, head, nominative_people[0])):
        return nominative_people[0]
    adjectives = [link for link in links if link.end <= head_token.start and link.kind.value == "adjective"]
    if adjectives:
        return adjectives[-1]
    if head_token.lemma.lower() in speaker_nouns() and "m1" not in values(head_token, 3):
        return links[0]  # an institution speaks for the actor it belongs to: "komisja etyki TVP"
    return None


def _appositive(tokens: tuple[Token, ...], head: int, link: EntityLink) -> bool:
    """A name after "rzecznik …" names the spokesman unless another person noun stands between
    ("rzecznik komisarza … Guntera Verheugena" is the commissioner's spokesman)."""
    between = [t for t in tokens[head + 1:] if t.end <= link.start]
    return not any(pos(t) == "subst" and "m1" in values(t, 3) and not t.is_name for t in between)


def resolve_speaker(document: ClaimDocument, sentence: Sentence, verb: int, speaker: Speaker) -> Speaker:
    """A missing or pronoun subject: the person speaker of the latest claim in the sentences before."""
    if speaker.found and not speaker.pronoun:
        if speaker.actor is None and speaker.head:
            # "powiedział prymas" after "prymas Józef Glemp": the same title names the same speaker
            named = [item for item in document.found if item.speaker.actor is not None
                     and speaker.head in item.speaker.lemmas and item.start < sentence.tokens[verb].start]
            if named:
                speaker.actor = named[-1].speaker.actor
        return speaker
    if not speaker.found and pos(sentence.tokens[verb]) in {"fin", "bedzie"} \
            and "ter" not in values(sentence.tokens[verb], 2) or pos(sentence.tokens[verb]) == "imps":
        return speaker  # first or second person, or impersonal ("poinformowano"): no third party to find
    earlier = [item for item in document.found if item.speaker.actor is not None
               and item.speaker.actor.actor_type == "person"
               and sentence.index - ANTECEDENT_SENTENCES <= item.sentence <= sentence.index
               and item.start < sentence.tokens[verb].start]
    if not earlier:
        return speaker
    antecedent = max(earlier, key=lambda item: item.start).speaker
    return Speaker(speaker.text, speaker.start, speaker.end, antecedent.actor, found=speaker.found,
                    pronoun=speaker.pronoun, speaks=speaker.speaks)


def speaker_phrase_end(tokens: tuple[Token, ...], verb: int, speaker: Speaker) -> int:
    """Index of the first token after a verb and its (following) speaker phrase."""
    end = tokens[verb].end if speaker.end is None or speaker.end < tokens[verb].start else speaker.end
    index = next((i for i, token in enumerate(tokens) if token.start >= end), len(tokens))
    while index < len(tokens) and pos(tokens[index]) in {"adv", "qub"}:
        index += 1
    return index
