"""Attributed claims: who said what, found by Polish morphology over the language layer's tokens.

``find_claims(analysis)`` returns one ``Claim`` per attributed statement, with the evidence span of the
statement, the speaker's span and, where an entity link covers the speaker, its actor id and code.

Constructs, in the order they are looked for (a later one never takes a span an earlier one holds):

1. **Quotations** in „…”, "…", «…», “…”, attributed by a speech verb after them ("„…” – powiedział X",
   "…”, dodał X") or before them in the same sentence ("X podkreślił: „…”", "X określił spotkanie jako
   „historyczne”"). A quotation with no speech verb is a title or a scare quote, not a claim.
2. **Dash quotes**: "– To jest nasz wybór – powiedział X." and "Statement – uważa X.", running back over
   earlier sentences of the paragraph to an opening dash; "Zanim to zrobi – dodał – prezydent …" keeps the
   whole sentence. A sentence opening with a dash right after a dash quote, with no verb of its own, goes
   on with the previous speaker.
3. **Reported speech**: a speech verb, not negated, then ", że"/", iż" within a few words; the claim is the
   clause up to the sentence end, cut before a coordinated clause with its own speech verb (", zaś X
   wskazał, że …"). A verb inside an earlier claim is nested speech and yields nothing. A quotation filling
   most of the clause turns the claim into a quote. Inverted order ("…, podkreślił Tokajew.") too.
4. **According to**: "według X", "zdaniem X", "jego zdaniem", "według zapewnień X", "jak podaje X",
   "jak poinformował X", "cytowany przez X".

Speech verbs, markers and speaker nouns live in ``extract/data/`` (speech_verbs.tsv, claim_markers.tsv,
claim_speaker_nouns.txt, claim_source_nouns.txt).

The speaker is the verb's nominative subject, looked for before the verb and then after it (inverted
order); it must agree in number (and gender, for common nouns) and must be able to speak: a linked actor,
a masculine-personal noun, a pronoun, a proper name or a noun of claim_speaker_nouns.txt. A subject that
cannot speak ("co wskazuje, że", "sygnały wskazują, że") means no claim. With no subject ("Podkreślił
także, że …") or a pronoun subject ("Uważa ona, że", "jego zdaniem"), the speaker is the speaker of the
most recent claim in the three sentences before whose actor is a person, if any (the rule is deliberately
narrow: a wrong speaker is worse than none).

The speaker id is the entity link that covers the speaker's head ("Tokajew", a role link "prezydent
Kazachstanu"), else a nominative person link in the speaker phrase ("rzecznik … Flores Van Hoenell"), else
a country adjective before the head ("kazachscy urzędnicy" → Kazakhstan); for an institution noun
("komisja etyki TVP") any link in the phrase. A person noun with only a genitive actor after it
("rzecznik komisarza Verheugena") is not that actor: the id stays None and ``speaker_text`` says who.

``date`` is the document's publication date (ISO) when it is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from orbitscope.extract.grammar import (
    agrees,
    data_lines,
    negated,
    nominative,
    pos,
    readings,
    values,
)
from orbitscope.model import Analysis, Claim, ClaimKind, EntityLink, Sentence, Token
from orbitscope.nlp.morphology import Reading

__all__ = ["find_claims", "speech_verbs"]

_COMPLEMENTIZERS = frozenset({"że", "iż"})
_DASHES = frozenset({"-", "–", "—"})
_FINAL_PUNCTUATION = frozenset({".", "!", "?", "…", "...", ";", ":"})
_OPENING_QUOTES = {"„": "”“\"", "«": "»", "“": "”", "»": "«"}
_STRAIGHT_QUOTE = '"'
_QUOTE_CHARACTERS = frozenset("„”“\"«»")
_VERB_CLASSES = frozenset({"fin", "praet", "pcon", "bedzie", "imps"})  # forms that can carry a claim
_CLAUSE_VERBS = frozenset({"fin", "praet", "inf", "impt", "bedzie", "winien", "pred"})
_NOUN_CLASSES = frozenset({"subst", "depr", "ppron3", "ppron12", "ign"})
_NOT_SPEAKERS = frozenset({"co", "to", "który", "ten", "coś", "nic", "wszystko", "to_samo"})
_PRONOUNS = frozenset({"on", "ona", "oni", "one", "ono"})
_POSSESSIVES = {"jego": "on", "jej": "ona", "ich": "oni"}
_COORDINATORS = frozenset({"zaś", "a", "natomiast", "ale", "lecz", "jednak", "oraz"})
_REPRESENTATIVES = frozenset({"rzecznik", "rzeczniczka", "przedstawiciel", "przedstawicielka", "asystent",
                              "doradca", "pełnomocnik", "sekretarz", "współpracownik"})
_MAX_GAP = 8  # words between a speech verb and its "że" ("zapewnił wczoraj w Kijowie, że")
_MAX_SUBJECT_DISTANCE = 14
_ANTECEDENT_SENTENCES = 3
_QUOTE_SHARE = 0.6  # a quotation filling this much of a reported clause makes it a quote


_RELATIVES = frozenset({"co", "który", "która", "które", "którzy", "czego", "czym"})
_TIME_WORDS = frozenset({"wczoraj", "dziś", "dzisiaj", "jutro", "przedwczoraj", "ostatnio", "wcześniej", "później",
                         "teraz", "też", "także", "również", "jednak", "zaś", "natomiast", "tylko", "już"})
_SUBORDINATORS = frozenset({"kiedy", "gdy", "który", "która", "które", "którzy", "bo", "ponieważ", "gdyż", "choć",
                            "chociaż", "aby", "by", "jeśli", "jeżeli", "czy", "jak"})


# --------------------------------------------------------------------------------------------- lexicons

@cache
def speech_verbs() -> dict[str, str]:
    """Lemma of a speech or opinion verb → its use, "speech" or "quote" (extract/data/speech_verbs.tsv)."""
    return {row[0].strip(): row[1].strip() if len(row) > 1 else "speech" for row in data_lines("speech_verbs.tsv")}


@cache
def _markers() -> dict[str, frozenset[str]]:
    markers: dict[str, set[str]] = {}
    for row in data_lines("claim_markers.tsv"):
        markers.setdefault(row[0].strip(), set()).add(row[1].strip())
    return {marker: frozenset(places) for marker, places in markers.items()}


@cache
def _speaker_nouns() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_lines("claim_speaker_nouns.txt"))


@cache
def _source_nouns() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_lines("claim_source_nouns.txt"))


def _is_dash(text: str, token: Token) -> bool:
    """A free-standing dash: spaces (or the text edge) on both sides, not a hyphen inside a word."""
    if token.orth not in _DASHES:
        return False
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    return before.isspace() and after.isspace()


# ------------------------------------------------------------------------------------------- records

@dataclass
class _Speaker:
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
class _Found:
    sentence: int
    start: int
    end: int
    kind: ClaimKind
    cue: str
    speaker: _Speaker


class _Document:
    """One document's tokens, links and quotations, with the claims found so far."""

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.document.text
        self.sentences = analysis.sentences
        self.links = analysis.links
        self.found: list[_Found] = []
        self.quotes = _quotations(self.text)

    def taken(self, start: int, end: int) -> bool:
        return any(item.start < end and start < item.end for item in self.found)

    def inside_claim(self, position: int) -> bool:
        return any(item.start <= position < item.end for item in self.found)

    def links_in(self, start: int, end: int) -> list[EntityLink]:
        return [link for link in self.links if link.start < end and start < link.end]


# ------------------------------------------------------------------------------------------------ api

def find_claims(analysis: Analysis) -> tuple[Claim, ...]:
    """Return the attributed statements of an analysed, linked document, in text order.

    Args:
        analysis: the analysis after the language and link stages (sentences with Morfeusz tokens, links).

    Returns:
        Claims with the span of the statement, the cue lemma, the speaker's span and, when an entity link
        covers the speaker, its actor id and code; ``date`` is the publication date when known.
    """
    document = _Document(analysis)
    for sentence in document.sentences:
        _quotes_in(document, sentence)
        _dash_quotes_in(document, sentence)
        _reported_in(document, sentence)
        _according_to_in(document, sentence)
    published = analysis.document.published.isoformat() if analysis.document.published else None
    claims = []
    for item in sorted(document.found, key=lambda found: (found.start, found.end)):
        speaker = item.speaker
        actor = speaker.actor
        claims.append(Claim(
            analysis.document.id, item.sentence, item.start, item.end, document.text[item.start:item.end],
            item.kind, item.cue, speaker.text, speaker.start, speaker.end,
            actor.actor_id if actor else None, actor.code or None if actor else None, published))
    return tuple(claims)


# ----------------------------------------------------------------------------------------- quotations

def _quotations(text: str) -> list[tuple[int, int]]:
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


def _quotes_in(document: _Document, sentence: Sentence) -> None:
    """Quotations opening in this sentence, attributed by a speech verb after or before them."""
    for start, end in document.quotes:
        if not sentence.start <= start < sentence.end or document.taken(start, end):
            continue
        if _title_like(document, start, end):
            continue
        attribution = _attribution_after(document, end) or _attribution_before(document, sentence, start)
        if attribution is None:
            continue
        cue, speaker = attribution
        document.found.append(_Found(sentence.index, start, end, ClaimKind.QUOTE, cue, speaker))


def _title_like(document: _Document, start: int, end: int) -> bool:
    """A quoted proper name or title ("„Skamander”", "„Rzeczpospolitej”"): a link fills it, or all capitals."""
    if any(link.start <= start and end <= link.end + 1 for link in document.links_in(start, end)):
        return True
    words = document.text[start:end].split()
    return len(words) <= 3 and all(word[:1].isupper() for word in words) and len(words) > 1


def _sentence_at(document: _Document, position: int) -> Sentence | None:
    for sentence in document.sentences:
        if sentence.start <= position < sentence.end:
            return sentence
    return None


def _attribution_after(document: _Document, end: int) -> tuple[str, _Speaker] | None:
    """'„…” – powiedział X', '„…”, dodał X', '„…” – mówi X': a speech verb right after the closing mark."""
    sentence = _sentence_at(document, end) or _sentence_at(document, end + 1)
    if sentence is None:
        return None
    tokens = sentence.tokens
    index = next((i for i, token in enumerate(tokens) if token.start >= end), None)
    if index is None:
        return None
    while index < len(tokens) and (tokens[index].orth in _QUOTE_CHARACTERS or tokens[index].orth in {",", "."}
                                   and tokens[index].orth == ","):
        index += 1
    if index < len(tokens) and _is_dash(document.text, tokens[index]):
        index += 1
    index = _skip_adverbs(tokens, index)
    if index >= len(tokens) or not _speech_verb(tokens, index, uses=("speech", "quote")):
        return None
    speaker = _resolve(document, sentence, index, _subject(document, sentence, index, look_back=False))
    return _cue(tokens[index]), speaker


def _attribution_before(document: _Document, sentence: Sentence, start: int) -> tuple[str, _Speaker] | None:
    """'X podkreślił: „…”', 'X określił spotkanie jako „historyczne”': the nearest speech verb before."""
    tokens = sentence.tokens
    before = [i for i, token in enumerate(tokens) if token.end <= start]
    for index in reversed(before):
        if tokens[index].lemma in _COMPLEMENTIZERS:
            return None  # the quotation sits in a "że" clause: the reported claim takes it
        if document.inside_claim(tokens[index].start):
            return None
        if _speech_verb(tokens, index, uses=("speech", "quote")):
            speaker = _subject(document, sentence, index, look_forward=False)
            if not speaker.found or _speaks(speaker):
                return _cue(tokens[index]), _resolve(document, sentence, index, speaker)
            return None
    return None


# ----------------------------------------------------------------------------------------- dash quotes

def _dash_quotes_in(document: _Document, sentence: Sentence) -> None:
    """'– Statement – powiedział X.', 'Statement – uważa X.', '… – dodał – …', and their continuations."""
    tokens = sentence.tokens
    text = document.text
    for index, token in enumerate(tokens):
        if index == 0 or not _is_dash(text, token):
            continue
        verb = _skip_adverbs(tokens, index + 1)
        if verb >= len(tokens) or not _speech_verb(tokens, verb, uses=("speech", "quote")):
            continue
        previous = tokens[index - 1]
        if previous.orth in _QUOTE_CHARACTERS:
            continue  # „…” – powiedział X: the quotation is the claim
        start = _dash_quote_start(document, sentence)
        end = previous.end
        speaker = _resolve(document, sentence, verb, _subject(document, sentence, verb, look_back=False))
        after = _phrase_end(tokens, verb, speaker)
        if after < len(tokens) and _is_dash(text, tokens[after]):
            end = _content_end(tokens)  # "Zanim to zrobi – dodał – prezydent przeprowadzi konsultacje."
        if start >= end or document.taken(start, end):
            continue
        document.found.append(_Found(_sentence_at(document, start).index, start, end, ClaimKind.QUOTE,
                                     _cue(tokens[verb]), speaker))
        return
    _continuation(document, sentence)


def _dash_quote_start(document: _Document, sentence: Sentence) -> int:
    """Where the utterance begins: after an opening dash in this or an earlier sentence of the paragraph."""
    candidates = [s for s in document.sentences if s.paragraph == sentence.paragraph and s.index <= sentence.index]
    for earlier in reversed(candidates):
        if earlier.tokens and _is_dash(document.text, earlier.tokens[0]):
            if document.taken(earlier.start, sentence.start) and earlier.index != sentence.index:
                break
            return earlier.tokens[1].start if len(earlier.tokens) > 1 else earlier.end
        if earlier.index != sentence.index and _ends_with_attribution(document, earlier):
            break
    first = sentence.tokens[0]
    return first.end if first.orth in _QUOTE_CHARACTERS else first.start


def _ends_with_attribution(document: _Document, sentence: Sentence) -> bool:
    return any(item.sentence == sentence.index for item in document.found)


def _continuation(document: _Document, sentence: Sentence) -> None:
    """A dash-opened sentence after a dash quote, with no verb of its own: the same speaker goes on."""
    tokens = sentence.tokens
    if len(tokens) < 2 or not _is_dash(document.text, tokens[0]) or document.taken(sentence.start, sentence.end):
        return
    previous = [item for item in document.found if item.kind is ClaimKind.QUOTE
                and item.sentence >= sentence.index - 2 and item.end <= sentence.start]
    if not previous:
        return
    last = previous[-1]
    last_sentence = _sentence_at(document, last.end)
    if last_sentence is None or last_sentence.index != sentence.index - 1:
        return
    end = _content_end(tokens)
    for later in document.sentences[sentence.index + 1:]:
        if later.paragraph != sentence.paragraph or not later.tokens or _is_dash(document.text, later.tokens[0]):
            break
        if any(_is_dash(document.text, t) for t in later.tokens):
            break  # it has its own attribution
        end = _content_end(later.tokens)
    document.found.append(_Found(sentence.index, tokens[1].start, end, ClaimKind.QUOTE, last.cue, last.speaker))


# ---------------------------------------------------------------------------------------- reported speech

def _reported_in(document: _Document, sentence: Sentence) -> None:
    """'X podkreślił, że …', 'Uważa ona, że …', 'sugerując, że …', and inverted '…, podkreślił X.'."""
    tokens = sentence.tokens
    candidates: list[tuple[int, int]] = []  # (verb index, first index of the clause)
    for index in range(len(tokens)):
        if not _speech_verb(tokens, index, uses=("speech",)) or document.inside_claim(tokens[index].start):
            continue
        clause = _that_clause(tokens, index)
        if clause is not None:
            candidates.append((index, clause))
    accepted: list[tuple[int, int, _Speaker]] = []
    for verb, clause in candidates:
        if accepted and accepted[-1][1] <= verb and not _coordinated(tokens, accepted[-1][1], verb):
            continue  # nested speech: "poinformowała, że kamerdyner przyznał się jej, że …"
        speaker = _subject(document, sentence, verb)
        if speaker.found and not _speaks(speaker):
            continue
        speaker = _resolve(document, sentence, verb, speaker)
        accepted.append((verb, clause, speaker))
    for number, (verb, clause, speaker) in enumerate(accepted):
        end_index = len(tokens)
        if number + 1 < len(accepted):
            end_index = _clause_start(tokens, accepted[number + 1][0])
        end = _content_end(tokens[:end_index])
        start = tokens[clause].start
        if start >= end or document.taken(start, end):
            continue
        kind, start, end = _quote_filled(document, start, end)
        document.found.append(_Found(sentence.index, start, end, kind, _cue(tokens[verb]), speaker))
    _inverted_in(document, sentence)


def _that_clause(tokens: tuple[Token, ...], verb: int) -> int | None:
    """Index of the first word after ", że" following the verb within a few words, or None."""
    for index in range(verb + 1, min(len(tokens), verb + 2 + _MAX_GAP)):
        token = tokens[index]
        if token.lemma in _COMPLEMENTIZERS or token.orth.lower() in _COMPLEMENTIZERS:
            if tokens[index - 1].orth != "," and index != verb + 1:
                return None
            return index + 1 if index + 1 < len(tokens) else None
        if pos(token) in _CLAUSE_VERBS or token.orth in _FINAL_PUNCTUATION or token.orth in _QUOTE_CHARACTERS:
            return None
        if token.orth == "," and index + 1 < len(tokens) and tokens[index + 1].lemma not in _COMPLEMENTIZERS:
            return None
    return None


def _coordinated(tokens: tuple[Token, ...], clause: int, verb: int) -> bool:
    """A new main clause between the earlier claim's start and this verb: ", zaś X wskazał"."""
    return any(tokens[i].orth == "," and tokens[i + 1].orth.lower() in _COORDINATORS or tokens[i].orth == ";"
               for i in range(clause, verb - 1))


def _clause_start(tokens: tuple[Token, ...], verb: int) -> int:
    """Index where the clause of a later speech verb begins: after its ", zaś" / ";"."""
    for index in range(verb - 1, 0, -1):
        if tokens[index].orth == ";" or tokens[index].orth == "," and tokens[index + 1].orth.lower() in _COORDINATORS:
            return index
    return verb


def _quote_filled(document: _Document, start: int, end: int) -> tuple[ClaimKind, int, int]:
    """A reported clause that is mostly a quotation is a quote of that quotation."""
    for quote_start, quote_end in document.quotes:
        if start <= quote_start and quote_end <= end + 1 and (quote_end - quote_start) >= _QUOTE_SHARE * (end - start):
            return ClaimKind.QUOTE, quote_start, quote_end
    return ClaimKind.REPORTED, start, end


def _inverted_in(document: _Document, sentence: Sentence) -> None:
    """'Statement, podkreślił Tokajew.': a comma, a speech verb, its subject and nothing else to the end."""
    tokens = sentence.tokens
    for index in range(2, len(tokens)):
        if tokens[index - 1].orth != "," or not _speech_verb(tokens, index, uses=("speech",)):
            continue
        speaker = _subject(document, sentence, index, look_back=False)
        if not speaker.found or not _speaks(speaker):
            continue
        after = _phrase_end(tokens, index, speaker)
        if any(token.orth not in _FINAL_PUNCTUATION for token in tokens[after:]):
            continue
        start, end = tokens[0].start, tokens[index - 2].end
        if tokens[0].orth in _DASHES or tokens[0].orth in _QUOTE_CHARACTERS:
            start = tokens[1].start
        if not document.taken(start, end) and pos(tokens[index]) != "pcon":
            document.found.append(_Found(sentence.index, start, end, ClaimKind.REPORTED, _cue(tokens[index]),
                                         speaker))
        return


# ----------------------------------------------------------------------------------------- according to

def _according_to_in(document: _Document, sentence: Sentence) -> None:
    """'według X', 'zdaniem X', 'jego zdaniem', 'jak podaje X', 'cytowany przez X'."""
    tokens = sentence.tokens
    markers = _markers()
    for index, token in enumerate(tokens):
        word = token.orth.lower()
        if document.inside_claim(token.start):
            continue
        speaker: _Speaker | None = None
        marker_start, phrase_end = index, index + 1
        if word in markers and "possessive_before" in markers[word] and index > 0 \
                and tokens[index - 1].orth.lower() in _POSSESSIVES:
            marker_start = index - 1
            speaker = _Speaker(tokens[index - 1].orth, tokens[index - 1].start, tokens[index - 1].end,
                               found=True, pronoun=True)
            speaker = _resolve(document, sentence, index, speaker)
        elif word in markers and "genitive_after" in markers[word]:
            speaker, phrase_end = _genitive_speaker(document, tokens, index + 1)
        elif word == "jak" and (index == 0 or tokens[index - 1].orth in {",", "-", "–", "—", "("}):
            verb = _skip_adverbs(tokens, index + 1)
            if verb < len(tokens) and _speech_verb(tokens, verb, uses=("speech",)) \
                    and _cue(tokens[verb]) not in {"uważać", "sądzić"}:
                speaker = _resolve(document, sentence, verb, _subject(document, sentence, verb, look_back=False))
                phrase_end = _phrase_end(tokens, verb, speaker)
                token = tokens[verb]
        elif (word == "cytowany" or token.lemma == "cytować" and pos(token) == "ppas") \
                and index + 1 < len(tokens) and tokens[index + 1].orth.lower() == "przez":
            speaker, phrase_end = _genitive_speaker(document, tokens, index + 2, any_case=True)
        if speaker is None:
            continue
        start, end = _according_span(tokens, marker_start, phrase_end)
        if start < end and not document.taken(start, end):
            cue = _cue(token) if word == "jak" else word if word != "wg" else "według"
            if word == "cytowany":
                cue = "cytować"
            document.found.append(_Found(sentence.index, start, end, ClaimKind.ACCORDING_TO, cue, speaker))


def _genitive_speaker(document: _Document, tokens: tuple[Token, ...], first: int,
                      any_case: bool = False) -> tuple[_Speaker | None, int]:
    """The speaker phrase after "według"/"zdaniem": a speaking noun phrase, through a source noun."""
    if first >= len(tokens):
        return None, first
    if tokens[first].lemma in _source_nouns():
        first += 1  # "według zapewnień jej właścicieli", "według danych GUS"
        while first < len(tokens) and pos(tokens[first]) == "adj" and tokens[first].orth[:1].islower() \
                and tokens[first].orth.lower() not in _POSSESSIVES:
            first += 1
    last = first
    while last < len(tokens) and (pos(tokens[last]) in _NOUN_CLASSES | {"adj", "brev"} or tokens[last].is_name
                                  or tokens[last].orth.lower() in _POSSESSIVES
                                  or tokens[last].orth == "." and last > first and pos(tokens[last - 1]) == "brev") \
            and tokens[last].orth not in _DASHES and (any_case or _genitive(tokens[last])):
        last += 1
    if last == first:
        return None, first
    # the head is a noun with no adjective reading ("według obecnego czasu": "obecnego" is no speaker)
    head = next((i for i in range(first, last) if pos(tokens[i]) in _NOUN_CLASSES
                 and not any(r.tag.startswith("adj") for r in readings(tokens[i]))), first)
    speaker = _Speaker(_span_text(document, tokens, first, last), tokens[first].start, tokens[last - 1].end,
                       found=True)
    links = document.links_in(tokens[first].start, tokens[last - 1].end)
    people = [link for link in links if link.actor_type == "person"]
    speaker.actor = _speaker_link(document, tokens, first, last, head) or (people or [None])[0]
    possessive = tokens[first].orth.lower() in _POSSESSIVES and last == first + 1
    if not (speaker.actor or possessive or _can_speak(tokens[head])):
        return None, first  # "według technologii", "według przychodów": not a source
    return speaker, last


def _genitive(token: Token) -> bool:
    if pos(token) in {"ign", "brev"} or token.orth.lower() in _POSSESSIVES:
        return True
    return any("gen" in reading.tag.split(":")[2].split(".") for reading in readings(token)
               if len(reading.tag.split(":")) > 2)


def _according_span(tokens: tuple[Token, ...], marker: int, phrase_end: int) -> tuple[int, int]:
    """At the sentence start (or after a conjunction): the rest; in parentheses or commas: the sentence."""
    rest = phrase_end
    while rest < len(tokens) and tokens[rest].orth in {",", ":"}:
        rest += 1
    if rest < len(tokens) and tokens[rest].orth in _DASHES:
        rest += 1
    opening = marker == 0 or pos(tokens[marker - 1]) == "conj" and tokens[marker - 1].orth not in {","}
    if marker <= 1 and tokens[0].orth.lower() in {"jak", "według", "zdaniem", "wg"} | set(_POSSESSIVES):
        opening = True
    if opening and rest < len(tokens):
        # "Jak poinformował Jan Gardocki, dyrektor …, zgodnie z …": skip an apposition after the speaker
        return tokens[rest].start, _content_end(tokens)
    return tokens[0].start, _content_end(tokens)


# ------------------------------------------------------------------------------------------------ speakers

def _speech_verb(tokens: tuple[Token, ...], index: int, uses: tuple[str, ...]) -> bool:
    return _verb_lemma(tokens[index], uses) is not None and not negated(tokens, index)


def _verb_lemma(token: Token, uses: tuple[str, ...]) -> str | None:
    """The lemma of a speech verb reading of the token ("tłumaczy" is also a noun), or None."""
    if not token.orth[:1].isalpha() or token.orth[:1].isupper() and pos(token) not in _VERB_CLASSES:
        return None
    for reading in (Reading(token.lemma, token.lemma, token.tag, token.name_kind), *readings(token)):
        if speech_verbs().get(reading.lemma) in uses and reading.tag.split(":", 1)[0] in _VERB_CLASSES:
            return reading.lemma
    return None


def _cue(token: Token) -> str:
    return _verb_lemma(token, ("speech", "quote")) or token.lemma


def _verb_token(token: Token) -> Token:
    """The token with its speech-verb reading, so that agreement reads the verb's tag."""
    for reading in (Reading(token.lemma, token.lemma, token.tag, token.name_kind), *readings(token)):
        if reading.lemma in speech_verbs() and reading.tag.split(":", 1)[0] in _VERB_CLASSES:
            return Token(token.start, token.end, token.orth, reading.lemma, reading.tag, token.name_kind)
    return token


def _skip_adverbs(tokens: tuple[Token, ...], index: int) -> int:
    """Past up to two adverbs or particles: "– stanowczo oświadczył", "– jak podkreślił"."""
    for _ in range(2):
        if index < len(tokens) and pos(tokens[index]) in {"adv", "qub", "part"} and tokens[index].orth != "nie":
            index += 1
    return index


def _subject(document: _Document, sentence: Sentence, verb: int, look_back: bool = True,
             look_forward: bool = True) -> _Speaker:
    """The verb's nominative subject: before it (within its clause), else right after it (inverted)."""
    tokens = sentence.tokens
    if look_back:
        skip_to: int | None = None
        for index in range(verb - 1, max(-1, verb - 1 - _MAX_SUBJECT_DISTANCE), -1):
            token = tokens[index]
            if token.orth == ")":
                skip_to = next((i for i in range(index - 1, -1, -1) if tokens[i].orth == "("), None)
            if skip_to is not None:
                if index == skip_to:
                    skip_to = None
                continue  # "Konstanty Miodowicz (AWS) powiedział": the party is not the speaker
            if token.orth.lower() in _RELATIVES:
                return _Speaker(token.orth, token.start, token.end, found=True)  # "co wskazuje, że": no one speaks
            if token.lemma in _COMPLEMENTIZERS or token.orth in _DASHES or token.orth in {":", ";"} \
                    or pos(token) in _CLAUSE_VERBS or token.orth in _QUOTE_CHARACTERS \
                    or token.orth.lower() in _SUBORDINATORS or pos(token) == "comp":
                break
            if document.inside_claim(token.start):
                break
            if token.orth.lower() not in _TIME_WORDS and _subject_candidate(token, _verb_token(tokens[verb])):
                return _phrase(document, tokens, index)
    index = verb + 1
    while look_forward and index < len(tokens):
        token = tokens[index]
        if pos(token) in {"adv", "qub", "part", "brev"} or token.orth.lower() in _TIME_WORDS | {"się"}:
            index += 1
            continue
        if pos(token) == "prep":
            index += 2  # "w niedzielę", "w piątek"
            while index < len(tokens) and pos(tokens[index]) in {"subst", "adj", "ign"} \
                    and not _nominative_only(tokens[index]):
                index += 1
            continue
        if _subject_candidate(token, _verb_token(tokens[verb])) or token.orth[:1].isupper() and pos(token) != "interp":
            return _phrase(document, tokens, index)
        if pos(token) == "adj":
            index += 1
            continue
        break
    return _Speaker()


def _nominative_only(token: Token) -> bool:
    return values(token, 2) == {"nom"}


def _subject_candidate(token: Token, verb: Token) -> bool:
    if pos(token) not in _NOUN_CLASSES and not (token.is_name and pos(token) != "adj"):
        return False
    if pos(token) == "ppron3" or pos(token) == "ppron12":
        return "nom" in values(token, 2)
    return nominative(token) and agrees(token, verb)


def _can_speak(token: Token) -> bool:
    """Can this noun head say something? A person noun, a pronoun, a name, or a listed institution noun."""
    lemma = token.lemma.lower()
    if lemma in _NOT_SPEAKERS:
        return False
    if pos(token) in {"ppron3", "ppron12"} or lemma in _PRONOUNS:
        return True
    if token.is_name or token.orth[:1].isupper() or pos(token) == "ign":
        return True
    return lemma in _speaker_nouns() or any(
        len(parts) > 3 and parts[0] == "subst" and "m1" in parts[3].split(".")
        for parts in (reading.tag.split(":") for reading in readings(token)))


def _speaks(speaker: _Speaker) -> bool:
    return speaker.actor is not None or speaker.pronoun or speaker.speaks


def _phrase(document: _Document, tokens: tuple[Token, ...], head: int) -> _Speaker:
    """The noun phrase around a subject: adjectives and nouns before it, names and genitives after it.

    The head becomes the leftmost nominative common noun of the phrase ("rzecznik … Guntera Verheugena",
    "generał Kornukow"), so that a title, not a genitive name after it, decides who speaks.
    """
    first = head
    while first > 0 and (pos(tokens[first - 1]) in {"adj", "subst", "ign", "brev"} or tokens[first - 1].is_name
                         or tokens[first - 1].orth == "." and first > 1 and pos(tokens[first - 2]) == "brev") \
            and not document.inside_claim(tokens[first - 1].start) and tokens[first - 1].lemma not in _NOT_SPEAKERS \
            and tokens[first - 1].orth.lower() not in _TIME_WORDS:
        first -= 1
    while first < head and not (nominative(tokens[first]) and pos(tokens[first]) in {"subst", "adj", "ign"}):
        first += 1  # "9 listopada Tokajew": a genitive before the subject is not part of it
    last = head + 1
    while last < len(tokens) and (pos(tokens[last]) in {"subst", "ign", "brev", "adj", "depr"}
                                  or tokens[last].is_name
                                  or tokens[last].orth == "." and pos(tokens[last - 1]) == "brev"
                                  or tokens[last].orth in _QUOTE_CHARACTERS and last + 1 < len(tokens)
                                  and pos(tokens[last + 1]) in {"subst", "ign"}) \
            and not document.inside_claim(tokens[last].start) and tokens[last].orth.lower() not in _TIME_WORDS:
        last += 1
    while last > head + 1 and tokens[last - 1].orth in _QUOTE_CHARACTERS | {"."} and pos(tokens[last - 2]) != "brev":
        last -= 1
    for index in range(first, head):
        token = tokens[index]
        if pos(token) == "subst" and not token.is_name and nominative(token) and _can_speak(token):
            head = index
            break
    speaker = _Speaker(_span_text(document, tokens, first, last), tokens[first].start, tokens[last - 1].end,
                       found=True)
    speaker.pronoun = pos(tokens[head]) in {"ppron3", "ppron12"} or tokens[head].lemma.lower() in _PRONOUNS
    speaker.actor = _speaker_link(document, tokens, first, last, head)
    speaker.speaks = _can_speak(tokens[head])
    speaker.lemmas = frozenset(token.lemma.lower() for token in tokens[first:last])
    speaker.head = tokens[head].lemma.lower()
    return speaker


def _span_text(document: _Document, tokens: tuple[Token, ...], first: int, last: int) -> str:
    return document.text[tokens[first].start:tokens[last - 1].end]


def _speaker_link(document: _Document, tokens: tuple[Token, ...], first: int, last: int,
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
    if nominative_people and (head_token.lemma.lower() not in _REPRESENTATIVES
                              or _appositive(tokens, head, nominative_people[0])):
        return nominative_people[0]
    adjectives = [link for link in links if link.end <= head_token.start and link.kind.value == "adjective"]
    if adjectives:
        return adjectives[-1]
    if head_token.lemma.lower() in _speaker_nouns() and "m1" not in values(head_token, 3):
        return links[0]  # an institution speaks for the actor it belongs to: "komisja etyki TVP"
    return None


def _appositive(tokens: tuple[Token, ...], head: int, link: EntityLink) -> bool:
    """A name after "rzecznik …" names the spokesman unless another person noun stands between
    ("rzecznik komisarza … Guntera Verheugena" is the commissioner's spokesman)."""
    between = [t for t in tokens[head + 1:] if t.end <= link.start]
    return not any(pos(t) == "subst" and "m1" in values(t, 3) and not t.is_name for t in between)


def _resolve(document: _Document, sentence: Sentence, verb: int, speaker: _Speaker) -> _Speaker:
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
               and sentence.index - _ANTECEDENT_SENTENCES <= item.sentence <= sentence.index
               and item.start < sentence.tokens[verb].start]
    if not earlier:
        return speaker
    antecedent = max(earlier, key=lambda item: item.start).speaker
    return _Speaker(speaker.text, speaker.start, speaker.end, antecedent.actor, found=speaker.found,
                    pronoun=speaker.pronoun, speaks=speaker.speaks)


def _phrase_end(tokens: tuple[Token, ...], verb: int, speaker: _Speaker) -> int:
    """Index of the first token after a verb and its (following) speaker phrase."""
    end = tokens[verb].end if speaker.end is None or speaker.end < tokens[verb].start else speaker.end
    index = next((i for i, token in enumerate(tokens) if token.start >= end), len(tokens))
    while index < len(tokens) and pos(tokens[index]) in {"adv", "qub"}:
        index += 1
    return index


def _content_end(tokens: tuple[Token, ...] | list[Token]) -> int:
    """End offset of a run of tokens without its final punctuation and trailing commas or dashes."""
    last = len(tokens) - 1
    while last > 0 and (tokens[last].orth in _FINAL_PUNCTUATION or tokens[last].orth in {",", "-", "–", "—"}):
        last -= 1
    return tokens[last].end if tokens else 0

