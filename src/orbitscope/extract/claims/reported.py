"""Reported speech ("X podkreślił, że …", "…, dodał X") and "according to" markers ("według X", "jak podaje X")."""

from __future__ import annotations

from orbitscope.extract.claims.document import (
    CLAUSE_VERBS,
    COMPLEMENTIZERS,
    COORDINATORS,
    DASHES,
    FINAL_PUNCTUATION,
    MAX_GAP,
    NOUN_CLASSES,
    POSSESSIVES,
    QUOTE_CHARACTERS,
    QUOTE_SHARE,
    ClaimDocument,
    FoundClaim,
    Speaker,
    claim_markers,
    content_end,
    source_nouns,
)
from orbitscope.extract.claims.speakers import (
    can_speak,
    claim_cue,
    is_speech_verb,
    resolve_speaker,
    skip_adverbs,
    span_text,
    speaker_link,
    speaker_phrase_end,
    speaker_speaks,
    verb_subject,
)
from orbitscope.extract.grammar import pos, readings
from orbitscope.model import ClaimKind, Sentence, Token


def reported_in(document: ClaimDocument, sentence: Sentence) -> None:
    """'X podkreślił, że …', 'Uważa ona, że …', 'sugerując, że …', and inverted '…, podkreślił X.'."""
    tokens = sentence.tokens
    candidates: list[tuple[int, int]] = []  # (verb index, first index of the clause)
    for index in range(len(tokens)):
        if not is_speech_verb(tokens, index, uses=("speech",)) or document.inside_claim(tokens[index].start):
            continue
        clause = _that_clause(tokens, index)
        if clause is not None:
            candidates.append((index, clause))
    accepted: list[tuple[int, int, Speaker]] = []
    for verb, clause in candidates:
        if accepted and accepted[-1][1] <= verb and not _coordinated(tokens, accepted[-1][1], verb):
            continue  # nested speech: "poinformowała, że kamerdyner przyznał się jej, że …"
        speaker = verb_subject(document, sentence, verb)
        if speaker.found and not speaker_speaks(speaker):
            continue
        speaker = resolve_speaker(document, sentence, verb, speaker)
        accepted.append((verb, clause, speaker))
    for number, (verb, clause, speaker) in enumerate(accepted):
        end_index = len(tokens)
        if number + 1 < len(accepted):
            end_index = _clause_start(tokens, accepted[number + 1][0])
        end = content_end(tokens[:end_index])
        start = tokens[clause].start
        if start >= end or document.taken(start, end):
            continue
        kind, start, end = _quote_filled(document, start, end)
        document.found.append(FoundClaim(sentence.index, start, end, kind, claim_cue(tokens[verb]), speaker))
    inverted_in(document, sentence)


def _that_clause(tokens: tuple[Token, ...], verb: int) -> int | None:
    """Index of the first word after ", że" following the verb within a few words, or None."""
    for index in range(verb + 1, min(len(tokens), verb + 2 + MAX_GAP)):
        token = tokens[index]
        if token.lemma in COMPLEMENTIZERS or token.orth.lower() in COMPLEMENTIZERS:
            if tokens[index - 1].orth != "," and index != verb + 1:
                return None
            return index + 1 if index + 1 < len(tokens) else None
        if pos(token) in CLAUSE_VERBS or token.orth in FINAL_PUNCTUATION or token.orth in QUOTE_CHARACTERS:
            return None
        if token.orth == "," and index + 1 < len(tokens) and tokens[index + 1].lemma not in COMPLEMENTIZERS:
            return None
    return None


def _coordinated(tokens: tuple[Token, ...], clause: int, verb: int) -> bool:
    """A new main clause between the earlier claim's start and this verb: ", zaś X wskazał"."""
    return any(tokens[i].orth == "," and tokens[i + 1].orth.lower() in COORDINATORS or tokens[i].orth == ";"
               for i in range(clause, verb - 1))


def _clause_start(tokens: tuple[Token, ...], verb: int) -> int:
    """Index where the clause of a later speech verb begins: after its ", zaś" / ";"."""
    for index in range(verb - 1, 0, -1):
        if tokens[index].orth == ";" or tokens[index].orth == "," and tokens[index + 1].orth.lower() in COORDINATORS:
            return index
    return verb


def _quote_filled(document: ClaimDocument, start: int, end: int) -> tuple[ClaimKind, int, int]:
    """A reported clause that is mostly a quotation is a quote of that quotation."""
    for quote_start, quote_end in document.quotes:
        if start <= quote_start and quote_end <= end + 1 and (quote_end - quote_start) >= QUOTE_SHARE * (end - start):
            return ClaimKind.QUOTE, quote_start, quote_end
    return ClaimKind.REPORTED, start, end


def inverted_in(document: ClaimDocument, sentence: Sentence) -> None:
    """'Statement, podkreślił Tokajew.': a comma, a speech verb, its subject and nothing else to the end."""
    tokens = sentence.tokens
    for index in range(2, len(tokens)):
        if tokens[index - 1].orth != "," or not is_speech_verb(tokens, index, uses=("speech",)):
            continue
        speaker = verb_subject(document, sentence, index, look_back=False)
        if not speaker.found or not speaker_speaks(speaker):
            continue
        after = speaker_phrase_end(tokens, index, speaker)
        if any(token.orth not in FINAL_PUNCTUATION for token in tokens[after:]):
            continue
        start, end = tokens[0].start, tokens[index - 2].end
        if tokens[0].orth in DASHES or tokens[0].orth in QUOTE_CHARACTERS:
            start = tokens[1].start
        if not document.taken(start, end) and pos(tokens[index]) != "pcon":
            document.found.append(FoundClaim(sentence.index, start, end, ClaimKind.REPORTED, claim_cue(tokens[index]),
                                         speaker))
        return


def according_to_in(document: ClaimDocument, sentence: Sentence) -> None:
    """'według X', 'zdaniem X', 'jego zdaniem', 'jak podaje X', 'cytowany przez X'."""
    tokens = sentence.tokens
    markers = claim_markers()
    for index, token in enumerate(tokens):
        word = token.orth.lower()
        if word not in markers and word not in {"jak", "cytowany"} and token.lemma != "cytować" \
                or document.inside_claim(token.start):
            continue  # (the cheap test first: most words are no marker)
        speaker: Speaker | None = None
        marker_start, phrase_end = index, index + 1
        if word in markers and "possessive_before" in markers[word] and index > 0 \
                and tokens[index - 1].orth.lower() in POSSESSIVES:
            marker_start = index - 1
            speaker = Speaker(tokens[index - 1].orth, tokens[index - 1].start, tokens[index - 1].end,
                               found=True, pronoun=True)
            speaker = resolve_speaker(document, sentence, index, speaker)
        elif word in markers and "genitive_after" in markers[word]:
            speaker, phrase_end = _genitive_speaker(document, tokens, index + 1)
        elif word == "jak" and (index == 0 or tokens[index - 1].orth in {",", "-", "–", "—", "("}):
            verb = skip_adverbs(tokens, index + 1)
            if verb < len(tokens) and is_speech_verb(tokens, verb, uses=("speech",)) \
                    and claim_cue(tokens[verb]) not in {"uważać", "sądzić"}:
                speaker = resolve_speaker(document, sentence, verb, verb_subject(document, sentence, verb, look_back=False))
                phrase_end = speaker_phrase_end(tokens, verb, speaker)
                token = tokens[verb]
        elif (word == "cytowany" or token.lemma == "cytować" and pos(token) == "ppas") \
                and index + 1 < len(tokens) and tokens[index + 1].orth.lower() == "przez":
            speaker, phrase_end = _genitive_speaker(document, tokens, index + 2, any_case=True)
        if speaker is None:
            continue
        start, end = _according_span(tokens, marker_start, phrase_end)
        if start < end and not document.taken(start, end):
            cue = claim_cue(token) if word == "jak" else word if word != "wg" else "według"
            if word == "cytowany":
                cue = "cytować"
            document.found.append(FoundClaim(sentence.index, start, end, ClaimKind.ACCORDING_TO, cue, speaker))


def _genitive_speaker(document: ClaimDocument, tokens: tuple[Token, ...], first: int,
                      any_case: bool = False) -> tuple[Speaker | None, int]:
    """The speaker phrase after "według"/"zdaniem": a speaking noun phrase, through a source noun."""
    if first >= len(tokens):
        return None, first
    if tokens[first].lemma in source_nouns():
        first += 1  # "według zapewnień jej właścicieli", "według danych GUS"
        while first < len(tokens) and pos(tokens[first]) == "adj" and tokens[first].orth[:1].islower() \
                and tokens[first].orth.lower() not in POSSESSIVES:
            first += 1
    last = first
    while last < len(tokens) and (pos(tokens[last]) in NOUN_CLASSES | {"adj", "brev"} or tokens[last].is_name
                                  or tokens[last].orth.lower() in POSSESSIVES
                                  or tokens[last].orth == "." and last > first and pos(tokens[last - 1]) == "brev") \
            and tokens[last].orth not in DASHES and (any_case or _genitive(tokens[last])):
        last += 1
    if last == first:
        return None, first
    # the head is a noun with no adjective reading ("według obecnego czasu": "obecnego" is no speaker)
    head = next((i for i in range(first, last) if pos(tokens[i]) in NOUN_CLASSES
                 and not any(r.tag.startswith("adj") for r in readings(tokens[i]))), first)
    speaker = Speaker(span_text(document, tokens, first, last), tokens[first].start, tokens[last - 1].end,
                       found=True)
    links = document.links_in(tokens[first].start, tokens[last - 1].end)
    people = [link for link in links if link.actor_type == "person"]
    speaker.actor = speaker_link(document, tokens, first, last, head) or (people or [None])[0]
    possessive = tokens[first].orth.lower() in POSSESSIVES and last == first + 1
    if not (speaker.actor or possessive or can_speak(tokens[head])):
        return None, first  # "według technologii", "według przychodów": not a source
    return speaker, last


def _genitive(token: Token) -> bool:
    if pos(token) in {"ign", "brev"} or token.orth.lower() in POSSESSIVES:
        return True
    return any("gen" in reading.tag.split(":")[2].split(".") for reading in readings(token)
               if len(reading.tag.split(":")) > 2)


def _according_span(tokens: tuple[Token, ...], marker: int, phrase_end: int) -> tuple[int, int]:
    """At the sentence start (or after a conjunction): the rest; in parentheses or commas: the sentence."""
    rest = phrase_end
    while rest < len(tokens) and tokens[rest].orth in {",", ":"}:
        rest += 1
    if rest < len(tokens) and tokens[rest].orth in DASHES:
        rest += 1
    opening = marker == 0 or pos(tokens[marker - 1]) == "conj" and tokens[marker - 1].orth not in {","}
    if marker <= 1 and tokens[0].orth.lower() in {"jak", "według", "zdaniem", "wg"} | set(POSSESSIVES):
        opening = True
    if opening and rest < len(tokens):
        # "Jak poinformował Jan Gardocki, dyrektor …, zgodnie z …": skip an apposition after the speaker
        return tokens[rest].start, content_end(tokens)
    return tokens[0].start, content_end(tokens)
