"""PLOVER events: who did what to whom, when, found by a Polish trigger lexicon and Morfeusz morphology.

``find_events(analysis)`` needs the language layer's tokens, the linker's entity links and the extract
stage's time expressions and claims; it returns one ``Event`` per trigger (a word or multiword of
extract/data/event_triggers.tsv) that has at least one actor, in text order.

How an event is built (coding conventions: eval/gold/EVENTS.md):

1. **Trigger**: every Morfeusz reading of a word is tried against the lexicon's anchors, so gerunds and
   nouns share their verb's entry ("podpisanie porozumienia" = "podpisać porozumienie"); the pattern's other
   words must stand within four words. The longest pattern wins; one word triggers one event.
2. **Actor phrases**: entity links grouped into noun phrases ("prezydent Kazachstanu Kassym-Żomart Tokajew"
   is one phrase whose actor is the person; "rząd Izraela" is Israel), each with its case (from the phrase's
   first noun, every reading) and the preposition before it. Places and areas are locations, not actors,
   unless the link stands for a government (a capital: "Moskwa ostrzega").
3. **Source**: for a noun trigger, a country adjective on it ("izraelska agresja") or its genitive
   ("wizyta Putina"); otherwise the clause's nominative subject, before the trigger or right after it
   ("…, oświadczył wczoraj premier"), the antecedent of "który", the agent after "przez" in the passive; with
   no subject (a Polish zero subject: "Podkreślił także"), the source of the previous event within two
   sentences, or the previous sentence's subject.
4. **Target**: the first phrase after the trigger in its clause governed by a target preposition (z, do,
   wobec, przeciwko, na, dla, u, od, między) or in a bare object case (accusative, dative, genitive,
   instrumental); "w"/"we" + a country is the target of a visit or an attack, else the location. "między A
   a B" gives both. Actors coordinated with the source or target ("A, B i C") are participants; when only
   the subject is coordinated ("A i B podpisały"), the second is the target.
5. **Roles in the lexicon**: ``host`` swaps source and target ("Astana gościła X": X visits); ``gen-target``
   makes the genitive the target ("odwołanie ministra").
6. **Flags** (extract/data/event_modality.tsv): negation right before the trigger; hypothetical (modal
   verbs, "jeśli", "czy …?", conditional "by"); future (perfective present, "będzie", a future time
   expression, "zapowiedział"); reported (inside a claim's text whose speaker is not the event's source, or
   "podobno", "według"). An intention word ("dąży do", "ambicje") turns a cooperative type into AGREE; a
   negated "zgodzić się" is a REJECT.
7. **Date**: the time expression of the trigger's clause nearest the trigger (method "sentence"); else
   the date of the same event (type and actors) earlier in the document ("document"); else the publication
   date ("publication", or "estimated" when that date was estimated). The evaluation counts only dates
   taken from the text.
8. **QuadClass and intensity** from extract/data/event_types.tsv (the PLOVER manual's tables).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from orbitscope.extract.grammar import data_lines, morphology, pos, readings, values
from orbitscope.model import (
    Analysis,
    Claim,
    DateResolution,
    EntityLink,
    Event,
    EventActor,
    Granularity,
    Sentence,
    TimeExpression,
    Token,
)

__all__ = ["EventLexicon", "find_events", "intensity", "load_event_lexicon", "quad_class"]

_WINDOW = 4  # words between the anchor and the other words of a multiword trigger
_VERB_CLASSES = frozenset({"fin", "praet", "inf", "impt", "imps", "bedzie", "pcon", "pant", "pact", "ppas",
                           "winien", "pred"})
_NOMINAL = frozenset({"subst", "ger", "depr", "ign", "brev"})
_TARGET_PREPOSITIONS = frozenset({"z", "ze", "do", "wobec", "przeciwko", "przeciw", "na", "dla", "u", "od",
                                  "pod", "między", "pomiędzy", "ku"})
_PREPOSITIONS = frozenset({
    "z", "ze", "do", "wobec", "przeciwko", "przeciw", "na", "dla", "u", "od", "ode", "pod", "między", "pomiędzy",
    "ku", "w", "we", "nad", "przy", "koło", "o", "po", "przez", "za", "przed", "bez", "według", "poprzez", "wśród",
    "spośród", "z_powodu", "dzięki", "mimo", "podczas", "wokół", "obok", "około", "spod", "znad", "zza", "ponad"})
_ADJUNCT_PREPOSITIONS = frozenset({"przed", "po", "podczas", "z", "ze", "od", "mimo", "wobec", "dla", "przez",
                                   "za", "o", "na", "pomimo", "wskutek", "przy"})
_LOCATION_PREPOSITIONS = frozenset({"w", "we", "nad", "przy", "koło", "pod"})
_CLAUSE_BREAKS = frozenset({"że", "iż", "aby", "by", "żeby", "gdy", "kiedy", "ponieważ", "bo", "choć", "chociaż",
                            "jeśli", "jeżeli", "gdyby", "lecz", "ale", "jednak", "natomiast", "zaś", "a", "gdzie",
                            "dokąd", "skąd", "dlaczego", "czy"})
_RELATIVES = frozenset({"który", "co"})
_PUNCTUATION_BREAKS = frozenset({";", ":", "–", "—", "„", "”", '"', "?", "!"})
_COORDINATORS = frozenset({"i", "oraz", ",", "a"})
_DEMONSTRATIVES = frozenset({"ten", "to", "taki", "tamten", "ów", "który", "swój", "jego", "jej", "ich", "on"})
_ACTOR_PRIORITY = {"person": 0, "organization": 1, "international_organization": 1, "company": 1,
                   "country": 2}
_PLACE_TYPES = frozenset({"city", "region", "facility"})
_AREA_TYPES = frozenset({"area", "place"})  # "Zachód", "Europa": an actor, unless after "w", "na" …
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
_SYMMETRIC_BY_COORDINATION = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "CONCEDE"})


# ------------------------------------------------------------------------------------------- lexicon

@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon line: the pattern's lemmas and what it means."""

    words: tuple[str, ...]
    type: str
    mode: str = ""
    roles: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class EventLexicon:
    """Triggers by anchor lemma, mode cues, modality words and the PLOVER type table."""

    triggers: dict[str, tuple[Trigger, ...]]
    modes: dict[tuple[str, str], str]  # (type, lemma) → mode
    modality: dict[str, str]  # lemma → negation / hypothetical / intent / future / reported
    types: dict[tuple[str, str], tuple[int, float]]  # (type, mode) → (quad class, intensity)


@cache
def load_event_lexicon() -> EventLexicon:
    """The lexicon shipped in extract/data/ (event_triggers.tsv, event_modes.tsv, event_modality.tsv,
    event_types.tsv)."""
    triggers: dict[str, list[Trigger]] = {}
    for row in data_lines("event_triggers.tsv"):
        row = [cell.strip() for cell in row] + [""] * 5
        trigger = Trigger(tuple(row[0].split()), row[1], row[2], row[3], float(row[4] or 1.0))
        triggers.setdefault(trigger.words[0], []).append(trigger)
    ordered = {anchor: tuple(sorted(items, key=lambda t: -len(t.words))) for anchor, items in triggers.items()}
    modes = {(row[0].strip(), row[1].strip()): row[2].strip() for row in data_lines("event_modes.tsv")}
    modality = {row[0].strip(): row[1].strip() for row in data_lines("event_modality.tsv")}
    types = {(row[0].strip(), row[1].strip()): (int(row[2]), float(row[3])) for row in data_lines("event_types.tsv")}
    return EventLexicon(ordered, modes, modality, types)


def quad_class(event_type: str, mode: str = "") -> int:
    """PLOVER QuadClass of a type: 1 verbal cooperation … 4 material conflict (0 for an unknown type)."""
    types = load_event_lexicon().types
    return (types.get((event_type, mode)) or types.get((event_type, ""), (0, 0.0)))[0]


def intensity(event_type: str, mode: str = "") -> float:
    """PLOVER score of a type and mode, -10 (most conflictual) … +10 (most cooperative)."""
    types = load_event_lexicon().types
    return (types.get((event_type, mode)) or types.get((event_type, ""), (0, 0.0)))[1]


# ------------------------------------------------------------------------------------- actor phrases

@dataclass
class _Phrase:
    """Entity links forming one noun phrase, with the case and preposition that give its role."""

    first: int  # token indexes, inclusive
    last: int
    link: EntityLink  # the phrase's actor
    links: list[EntityLink]
    cases: frozenset[str] = frozenset()
    preposition: str = ""
    is_place: bool = False
    head: str = ""  # lemma of the phrase's first noun

    def actor(self) -> EventActor:
        return EventActor(self.link.actor_id, self.link.code, self.link.text, self.link.start, self.link.end)


def _token_range(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, token in enumerate(tokens) if token.start < end and token.end > start]
    return (inside[0], inside[-1]) if inside else None


def _cases(token: Token) -> frozenset[str]:
    found: set[str] = set()
    for reading in (*readings(token), None):
        tag = reading.tag if reading is not None else token.tag
        parts = tag.split(":")
        if parts[0] in _NOMINAL | {"adj", "ppron3", "ppron12"} and len(parts) > 2:
            found.update(parts[2].split("."))
    if pos(token) == "ign" or not found:
        found.update({"nom", "gen", "dat", "acc", "inst", "loc"})
    return frozenset(found)


@cache
def _institution_nouns() -> frozenset[str]:
    return frozenset(row[0].strip() for row in data_lines("claim_speaker_nouns.txt"))


def _actor_head(token: Token) -> bool:
    """A noun that can head an actor phrase before a name: a person noun (m1) or an institution noun."""
    if pos(token) != "subst" or token.is_name:
        return False
    if token.lemma.lower() in _institution_nouns():
        return True
    return any(len(fields) > 3 and fields[0] == "subst" and "m1" in fields[3].split(".")
               for fields in (reading.tag.split(":") for reading in readings(token)))


def _phrases(sentence: Sentence, links: list[EntityLink], stops: frozenset[int] = frozenset()) -> list[_Phrase]:
    """The sentence's actor phrases, left to right; ``stops`` are trigger words no phrase may take in."""
    tokens = sentence.tokens
    spans = []
    for link in sorted(links, key=lambda item: item.start):
        found = _token_range(tokens, link.start, link.end)
        if found is not None:
            spans.append((found[0], found[1], link))
    phrases: list[_Phrase] = []
    for first, last, link in spans:
        previous = phrases[-1] if phrases else None
        if previous is not None and first <= previous.last + 1 and link.kind.value != "adjective" \
                and previous.link.kind.value != "adjective" or previous is not None and first <= previous.last:
            previous.links.append(link)
            previous.last = max(previous.last, last)
            continue
        phrases.append(_Phrase(first, last, link, [link]))
    for phrase in phrases:
        _finish_phrase(tokens, phrase, stops)
    return _appositions(tokens, phrases)


def _appositions(tokens: tuple[Token, ...], phrases: list[_Phrase]) -> list[_Phrase]:
    """A title phrase and the person named after a comma are one actor: "ministra obrony Kazachstanu,
    Rusłana Żaksyłykowa" is the minister, not Kazakhstan and a participant."""
    merged: list[_Phrase] = []
    for phrase in phrases:
        previous = merged[-1] if merged else None
        if previous is not None and phrase.link.actor_type == "person" and previous.link.actor_type != "person" \
                and [t.orth for t in tokens[previous.last + 1:phrase.first]] == [","] \
                and _actor_head(tokens[previous.first]) and not phrase.preposition:
            previous.links.extend(phrase.links)
            previous.link = phrase.link
            previous.last = phrase.last
            continue
        merged.append(phrase)
    return merged


def _finish_phrase(tokens: tuple[Token, ...], phrase: _Phrase, stops: frozenset[int]) -> None:
    head = phrase.first
    if phrase.links[0].kind.value == "adjective":
        # "rosyjski minister rolnictwa": the noun after the adjective carries the case
        head = phrase.last + 1 if phrase.last + 1 < len(tokens) and pos(tokens[phrase.last + 1]) in _NOMINAL \
            else phrase.first
    else:
        # extend left to a title or an institution: "sekretarzem stanu USA Colinem Powellem", "rząd Izraela",
        # "minister energetyki Kazachstanu Almasadam Satkalijew"; never over a date or an event noun
        for index in range(phrase.first - 1, max(-1, phrase.first - 5), -1):
            token = tokens[index]
            if pos(token) not in {"subst", "adj", "brev", "ign"} or token.orth.lower() in _PREPOSITIONS \
                    or index in stops:
                break
            if _actor_head(token):
                head = index
    phrase.first = min(phrase.first, head)
    phrase.cases = _cases(tokens[head]) if head < len(tokens) else frozenset()
    phrase.head = tokens[head].lemma.lower() if head < len(tokens) else ""
    # the preposition governing the phrase, over a few modifiers: "z krajami Zachodu", "z rosyjskim ministrem"
    before = phrase.first - 1
    while before >= 0 and before > phrase.first - 4 and before not in stops \
            and pos(tokens[before]) in {"adj", "adv", "num", "subst"} and tokens[before].orth.lower() not in _PREPOSITIONS \
            and tokens[before].lemma.lower() not in _DEMONSTRATIVES:
        before -= 1
    if before >= 0 and tokens[before].orth.lower() in _PREPOSITIONS:
        phrase.preposition = tokens[before].orth.lower()
        if before > 0 and tokens[before - 1].orth.lower() in {"razem", "wspólnie", "łącznie"}:
            phrase.preposition = "razem z"  # "Kazachstan, razem z Uzbekistanem, dostarczał": a participant
    actors = [link for link in phrase.links if link.actor_type not in _PLACE_TYPES | _AREA_TYPES
              or link.kind.value == "capital"
              or link.actor_type in _AREA_TYPES and phrase.preposition not in _LOCATION_PREPOSITIONS | {"na", "do"}]
    phrase.is_place = not actors
    pool = actors or phrase.links
    phrase.link = min(pool, key=lambda link: (_ACTOR_PRIORITY.get(link.actor_type, 3), link.start))


_OBJECT_PRONOUNS = {"mu": "m", "go": "m", "niego": "m", "nim": "m", "jemu": "m", "niej": "f", "nią": "f"}


def _pronoun_phrases(context: _Context, sentence: Sentence, stops: frozenset[int]) -> list[_Phrase]:
    """Object pronouns standing for an actor named shortly before: "Pogratulował mu" (the person just
    named), "zwrócił się do niej" (a feminine actor: "Komisja Europejska", "Rosja"). The antecedent is the
    latest linked actor of the right gender in this sentence or the two before; none found, no phrase."""
    tokens = sentence.tokens
    found = []
    for index, token in enumerate(tokens):
        gender = _OBJECT_PRONOUNS.get(token.orth.lower())
        if gender is None or index in stops:
            continue
        link = _antecedent_link(context, sentence, token.start, gender)
        if link is None:
            continue
        phrase = _Phrase(index, index, link, [link], cases=_cases(token), head="on")
        if index > 0 and tokens[index - 1].orth.lower() in _PREPOSITIONS:
            phrase.preposition = tokens[index - 1].orth.lower()
        found.append(phrase)
    return found


def _antecedent_link(context: _Context, sentence: Sentence, position: int, gender: str) -> EntityLink | None:
    for index in (sentence.index, sentence.index - 1, sentence.index - 2):
        for link in reversed(context.links.get(index, [])):
            if link.start >= position or link.actor_type in _PLACE_TYPES | _AREA_TYPES \
                    or link.kind.value == "adjective":
                continue
            if gender == "m" and link.actor_type == "person":
                return link
            if gender == "f" and link.actor_type != "person" and _feminine(link):
                return link
    return None


def _feminine(link: EntityLink) -> bool:
    head = link.text.split()[0]
    return any(len(fields) > 3 and fields[0] == "subst" and "f" in fields[3].split(".")
               for fields in (reading.tag.split(":") for reading in morphology().readings(head)))


# --------------------------------------------------------------------------------------- the extractor

@dataclass
class _Match:
    trigger: Trigger
    anchor: int
    first: int
    last: int
    verbal: bool  # the anchor reads as a verb form, not a noun
    positions: tuple[int, ...] = ()
    gerund: bool = False  # the anchor reads as a gerund: its genitive is the verb's object ("zaatakowania Iraku")


@dataclass
class _Context:
    analysis: Analysis
    lexicon: EventLexicon
    claims: tuple[Claim, ...]
    times: dict[int, list[TimeExpression]]
    links: dict[int, list[EntityLink]]
    subjects: dict[int, _Phrase | None] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)


def find_events(analysis: Analysis, lexicon: EventLexicon | None = None) -> tuple[Event, ...]:
    """Every PLOVER event of a document with at least one actor (see the module docstring for the rules).

    Args:
        analysis: a document after the language layer, the linker and the date and claim extractors.
        lexicon: the trigger lexicon; the one shipped in extract/data/ when None.

    Returns:
        The events in text order, each with its trigger span and evidence sentence.
    """
    lexicon = lexicon or load_event_lexicon()
    times: dict[int, list[TimeExpression]] = {}
    for expression in analysis.time_expressions:
        times.setdefault(expression.sentence, []).append(expression)
    links: dict[int, list[EntityLink]] = {}
    for link in analysis.links:
        links.setdefault(link.sentence, []).append(link)
    context = _Context(analysis, lexicon, analysis.claims, times, links)
    for sentence in analysis.sentences:
        if sentence.tokens and sentence.repeat_of is None:
            context.events.extend(_sentence_events(context, sentence))
    return tuple(_dated_later(context.events))


def _dated_later(events: list[Event]) -> list[Event]:
    """A meeting dated only in a later sentence ("Putin spotkał się z Tokajewem." … "Przed spotkaniem
    9 listopada …") takes that date: same type CONSULT, same source and target, not future or hypothetical."""
    dated: dict[tuple[str, str, str], Event] = {}
    for event in events:
        if event.type == "CONSULT" and event.date_method == "sentence" and event.source and event.target \
                and not event.future and not event.hypothetical:
            dated.setdefault((event.type, event.source.actor_id, event.target.actor_id), event)
    result = []
    for event in events:
        key = (event.type, event.source.actor_id if event.source else "", event.target.actor_id if event.target else "")
        known = dated.get(key)
        if known is not None and event.date_method in {"publication", "estimated", "unknown"} \
                and not event.future and not event.hypothetical:
            event = replace(event, date=known.date, date_granularity=known.date_granularity, date_method="document")
        result.append(event)
    return result


def _sentence_events(context: _Context, sentence: Sentence) -> list[Event]:
    tokens = sentence.tokens
    links = context.links.get(sentence.index, [])
    matches = _matches(context.lexicon, tokens, links)
    stops = frozenset(i for match in matches for i in match.positions)
    phrases = _phrases(sentence, links, stops)
    phrases = sorted(phrases + _pronoun_phrases(context, sentence, stops), key=lambda phrase: phrase.first)
    context.subjects[sentence.index] = next(
        (phrase for phrase in phrases if not phrase.is_place and not phrase.preposition and "nom" in phrase.cases),
        None)
    events: list[Event] = []
    for match in matches:
        event = _event(context, sentence, phrases, match)
        if event is None:
            continue
        same = next((i for i, other in enumerate(events) if _same_event(other, event)), None)
        if same is None:
            events.append(event)
        elif _specificity(event) > _specificity(events[same]):
            events[same] = event
    return events


def _same_event(one: Event, other: Event) -> bool:
    """Two triggers of one event in a sentence ("poleciał do Kazachstanu, gdzie spotkał się z …")."""
    return one.type == other.type and one.source is not None and other.source is not None \
        and one.source.actor_id == other.source.actor_id and one.negated == other.negated


def _specificity(event: Event) -> tuple[bool, float]:
    """Which of two triggers of one event to keep: the one with a target, then the surer trigger."""
    return event.target is not None, event.confidence


def _matches(lexicon: EventLexicon, tokens: tuple[Token, ...], links: list[EntityLink]) -> list[_Match]:
    """Trigger matches, longest pattern first; a word belongs to one match; linked names trigger nothing."""
    names = {index for index, token in enumerate(tokens)
             if any(link.start <= token.start < link.end for link in links)}
    lemmas = [_lemmas(token) for token in tokens]
    candidates: list[_Match] = []
    for index in range(len(tokens)):
        if index in names:
            continue
        nouns = {lemma for lemma, tag in lemmas[index] if tag.startswith("subst")}
        for lemma, tag in lemmas[index]:
            if tag.startswith("ger") and nouns - {lemma} and not nouns & lexicon.triggers.keys():
                continue  # a lexicalized noun is not its verb's gerund: "poczucie zagrożenia" threatens no one
            for trigger in lexicon.triggers.get(lemma, ()):
                match = _match_at(trigger, index, lemmas, tag)
                if match is not None:
                    candidates.append(match)
    used: set[int] = set()
    found: list[_Match] = []
    for match in sorted(candidates, key=lambda m: (-len(m.positions), m.anchor)):
        if not used & set(match.positions):
            found.append(match)
            used.update(match.positions)
    return sorted(found, key=lambda m: m.anchor)


def _lemmas(token: Token) -> list[tuple[str, str]]:
    if not token.orth[:1].isalpha():
        return []
    seen = {(token.lemma.lower(), token.tag)}
    result = [(token.lemma.lower(), token.tag)]
    for reading in readings(token):
        key = (reading.lemma.split(":", 1)[0].lower(), reading.tag)
        if key not in seen:
            seen.add(key)
            result.append(key)
    return result


def _match_at(trigger: Trigger, index: int, lemmas: list[list[tuple[str, str]]], tag: str) -> _Match | None:
    positions = [index]
    for word in trigger.words[1:]:
        window = range(max(0, index - _WINDOW), min(len(lemmas), index + _WINDOW + 1))
        hit = next((i for i in window if i not in positions and any(lemma == word for lemma, _ in lemmas[i])), None)
        if hit is None:
            return None
        positions.append(hit)
    verbal = tag.split(":", 1)[0] in _VERB_CLASSES
    if len(trigger.words) == 1 and tag.split(":", 1)[0] in {"pact", "ppas", "adja"} and index + 1 < len(lemmas) \
            and any(t.split(":", 1)[0] in {"subst", "ger"} for _, t in lemmas[index + 1]):
        return None  # an attributive participle: "deklarowanej neutralności"
    content = [i for i, word in zip(positions, trigger.words, strict=True) if word != "się"]
    span = [i for i in positions if i in content or min(content) - 1 <= i <= max(content) + 1]  # "spotkał się"
    return _Match(trigger, index, min(span), max(span), verbal, tuple(positions), tag.startswith("ger"))


def _clause(tokens: tuple[Token, ...], anchor: int) -> tuple[int, int]:
    """The token range of the trigger's clause: between complementizers, relatives and strong punctuation."""
    first = anchor
    while first > 0:
        previous = tokens[first - 1]
        word = previous.orth.lower()
        if word in _PUNCTUATION_BREAKS or word in _CLAUSE_BREAKS or previous.lemma in _RELATIVES \
                or word == "," and first < len(tokens) and tokens[first].orth.lower() in _CLAUSE_BREAKS:
            break
        first -= 1
    last = anchor
    while last + 1 < len(tokens):
        following = tokens[last + 1]
        word = following.orth.lower()
        if word in _PUNCTUATION_BREAKS or word in _CLAUSE_BREAKS or following.lemma in _RELATIVES:
            break
        if word == "," and last + 2 < len(tokens) and (tokens[last + 2].orth.lower() in _CLAUSE_BREAKS
                                                       or tokens[last + 2].lemma in _RELATIVES):
            break
        last += 1
    return first, last


def _event(context: _Context, sentence: Sentence, phrases: list[_Phrase], match: _Match) -> Event | None:
    tokens = sentence.tokens
    trigger = match.trigger
    first, last = _clause(tokens, match.anchor)
    in_clause = [p for p in phrases if first <= p.first and p.last <= last and not (p.first <= match.anchor <= p.last)]
    event_type, mode = trigger.type, trigger.mode
    flags = _flags(context, sentence, match, first)
    if "intent" in flags and event_type in _COOPERATIVE:
        event_type, mode = "AGREE", ""
    if flags.get("negation") and event_type == "AGREE" and trigger.words[0] in {"zgodzić", "zgadzać"}:
        event_type, flags["negation"] = "REJECT", False
    mode = _mode(context.lexicon, event_type, mode, tokens, first, last)
    source, target, location, participants = _roles(context, sentence, match, in_clause, phrases, first)
    if trigger.roles == "host" and (len(participants) >= 2 or mode == "multilateral"):
        mode = "multilateral"  # "Kazachstan gościł przywódców OTS …": at a summit the host leads
    elif trigger.roles == "host":
        source, target = target, source
    if source is None and target is None and trigger.weight < 0.8:
        return None  # a bare event noun with no actor ("walka o wpływy") is too often not an event
    if source is not None and target is not None and source.link.actor_id == target.link.actor_id:
        target = None
    source_actor = source.actor() if source else None
    target_actor = target.actor() if target else None
    if not match.verbal and event_type == "CONSULT" and (source is None or target is None):
        source_actor, target_actor = _earlier_mention(context, event_type, source_actor, target_actor)
    date, granularity, method = _date(context, sentence, match, first, last, event_type, source_actor, target_actor)
    confidence = trigger.weight * (1.0 if source is not None and target is not None else 0.7)
    text = context.analysis.document.text
    trigger_start, trigger_end = tokens[match.first].start, tokens[match.last].end
    quad, score = _type_scores(context.lexicon, event_type, mode)
    return Event(
        doc_id=context.analysis.document.id, sentence=sentence.index, start=sentence.start, end=sentence.end,
        trigger=text[trigger_start:trigger_end], trigger_start=trigger_start, trigger_end=trigger_end,
        type=event_type, mode=mode,
        source=source_actor, target=target_actor,
        participants=tuple(p.actor() for p in participants),
        date=date, date_granularity=granularity, date_method=method,
        location=location.actor() if location else None,
        negated=bool(flags.get("negation")), hypothetical=bool(flags.get("hypothetical")),
        future=bool(flags.get("future")), reported=bool(flags.get("reported")),
        quad_class=quad, intensity=score, confidence=round(confidence, 2))


def _earlier_mention(context: _Context, event_type: str, source: EventActor | None,
                    target: EventActor | None) -> tuple[EventActor | None, EventActor | None]:
    """A noun naming a meeting told before ("spotkanie", "szczyt", "wizyta" after "Putin spotkał się z
    Tokajewem") takes the actors it lacks from the latest earlier event of its type that has both, when
    the actor it has (if any) is one of them."""
    known = {actor.actor_id for actor in (source, target) if actor is not None}
    for event in reversed(context.events):
        if event.type != event_type or event.source is None or event.target is None:
            continue
        if known <= {event.source.actor_id, event.target.actor_id}:
            return event.source, event.target
    return source, target


def _type_scores(lexicon: EventLexicon, event_type: str, mode: str) -> tuple[int, float]:
    return lexicon.types.get((event_type, mode)) or lexicon.types.get((event_type, ""), (0, 0.0))


def _mode(lexicon: EventLexicon, event_type: str, mode: str, tokens: tuple[Token, ...], first: int, last: int) -> str:
    if mode and event_type != "CONSULT":
        return mode
    for token in tokens[first:last + 1]:
        cue = lexicon.modes.get((event_type, token.lemma.lower()))
        if cue and (not mode or cue in {"phone", "multilateral"}):
            return cue
    return mode


# ------------------------------------------------------------------------------------------------ roles

def _roles(context: _Context, sentence: Sentence, match: _Match, in_clause: list[_Phrase], phrases: list[_Phrase],
           clause_first: int) -> tuple[_Phrase | None, _Phrase | None, _Phrase | None, list[_Phrase]]:
    tokens = sentence.tokens
    event_type = match.trigger.type
    actors = [p for p in in_clause if not p.is_place]
    source: _Phrase | None = None
    target: _Phrase | None = None
    if not match.verbal:
        source, target = _noun_arguments(match, actors, match.trigger.roles == "gen-target" or match.gerund)
    if match.verbal and pos(tokens[match.anchor]) in {"ppas", "imps"}:
        # passive ("został skazany przez sąd", "zatrzymano X"): the subject or object suffers it, "przez" acts
        source = next((p for p in actors if p.preposition == "przez"), None)
        target = _subject(tokens, match, actors) or _object(match, actors, source)
    elif source is None and (match.verbal or not _in_adjunct(tokens, match)):
        source = _subject(tokens, match, actors)
    if source is None and clause_first > 0 and tokens[clause_first - 1].lemma in _RELATIVES:
        source = _antecedent(phrases, clause_first)
    if source is None and match.verbal and target is None:
        source = _zero_subject(context, sentence, phrases, match, clause_first)
    between = [p for p in actors if p.preposition in {"między", "pomiędzy"}]
    if between and (source is None or source is between[0]):
        source = between[0]  # "rozmowy między A a B"
        following = [p for p in actors if p.first > between[0].last]
        target = target or (following[0] if following else None)
    if target is None:
        target = _object(match, actors, source)
    if target is None and event_type in {"CONSULT", "ASSAULT", "COERCE", "MOBILIZE"}:
        # "wizyta w Rosji", "interwencja w Afganistanie": the country where it happens is the target
        target = next((p for p in actors if p.preposition in _LOCATION_PREPOSITIONS and p is not source
                       and p.link.actor_type == "country" and p.first > match.last), None)
    if target is None and match.verbal:
        target = _fronted_object(match, actors, source)
    participants = _coordinated(tokens, actors, source, target)
    participants += [p for p in actors if p.preposition == "razem z" and p not in participants]
    if target is None and participants and event_type in _SYMMETRIC_BY_COORDINATION and source is not None \
            and participants[0].first > source.last and participants[0].preposition != "razem z":
        target, participants = participants[0], participants[1:]
    location = next((p for p in in_clause if p.is_place and p.preposition in _LOCATION_PREPOSITIONS | {"do"}), None)
    return source, target, location, [p for p in participants if p is not source and p is not target]


def _noun_arguments(match: _Match, actors: list[_Phrase],
                    genitive_is_target: bool) -> tuple[_Phrase | None, _Phrase | None]:
    """A noun trigger's own arguments: "izraelska agresja", "wizyta Putina", "odwołanie ministra X"."""
    source = target = None
    for phrase in actors:
        if phrase.links[0].kind.value == "adjective" and match.first - 3 <= phrase.last < match.first:
            source = phrase  # "izraelską agresję", "amerykańskiej interwencji"
    side = next((p for p in actors if p.head == "strona" and p.preposition in {"z", "ze"}
                 and match.last < p.first <= match.last + 3), None)
    if side is not None:  # "naciski ze strony Moskwy"
        source = source or side
    agent = next((p for p in actors if p.preposition == "przez" and match.last < p.first <= match.last + 6), None)
    if agent is not None:  # "poparcie kampanii USA przez rząd Pakistanu"
        source, genitive_is_target = agent, True
    after = [p for p in actors if match.last < p.first <= match.last + 3 and not p.preposition]
    if after and "gen" in after[0].cases and after[0] is not source:
        if genitive_is_target:
            target = after[0]
        elif source is None:
            source = after[0]
    return source, target


def _in_adjunct(tokens: tuple[Token, ...], match: _Match) -> bool:
    """Is a noun trigger inside a time or circumstance phrase ("przed spotkaniem", "w związku z inwazją")?
    Then the clause's subject is not its actor."""
    index = match.first - 1
    while index >= 0 and pos(tokens[index]) in {"adj", "num", "adv"}:
        index -= 1
    return index >= 0 and tokens[index].orth.lower() in _ADJUNCT_PREPOSITIONS


def _subject(tokens: tuple[Token, ...], match: _Match, actors: list[_Phrase]) -> _Phrase | None:
    """The nominative actor of the trigger's clause: before it, else right after a verb (inverted order)."""
    before = [p for p in actors if p.last < match.first and not p.preposition and "nom" in p.cases]
    if before:
        subject = before[-1]
        for phrase in reversed(before[:-1]):  # "Putin i Tokajew spotkali się": the first conjunct leads
            between = tokens[phrase.last + 1:subject.first]
            if not between or len(between) > 2 or not all(t.orth.lower() in _COORDINATORS for t in between):
                break
            subject = phrase
        return subject
    if match.verbal:
        # inverted order needs an unambiguous nominative: "zaprzeczył jednak rzecznik …", not "oskarżył USA"
        after = [p for p in actors if p.first > match.last and not p.preposition and "nom" in p.cases
                 and "acc" not in p.cases]
        if after:
            return after[0]
    return None


def _antecedent(phrases: list[_Phrase], clause_first: int) -> _Phrase | None:
    """The actor a relative clause hangs on: "ostrzeżenia ze strony Rosji, które …" → Rosja."""
    before = [p for p in phrases if p.last < clause_first - 1 and p.last >= clause_first - 5 and not p.is_place]
    return before[-1] if before else None


def _zero_subject(context: _Context, sentence: Sentence, phrases: list[_Phrase], match: _Match,
                  clause_first: int) -> _Phrase | None:
    """A finite third-person verb with no subject ("Podkreślił także", "…, gdzie spotkał się"): the subject of
    an earlier clause of the sentence, else of one of the two sentences before."""
    verb = sentence.tokens[match.anchor]
    if pos(verb) not in {"fin", "praet", "bedzie"} or pos(verb) == "fin" and "ter" not in values(verb, 2):
        return None
    earlier = [p for p in phrases if p.last < clause_first and not p.preposition and "nom" in p.cases
               and not p.is_place]
    if earlier:
        return earlier[0]
    for index in (sentence.index - 1, sentence.index - 2):
        subject = context.subjects.get(index)
        if subject is not None:
            return subject
    return None


def _object(match: _Match, actors: list[_Phrase], source: _Phrase | None) -> _Phrase | None:
    """The first actor after the trigger governed by a target preposition or in an object case; a noun's
    arguments stand close to it ("rozmowy z Rosją", not a phrase at the other end of the clause)."""
    reach = len(match.positions) + 5 if not match.verbal else 1000
    for phrase in actors:
        if phrase is source or phrase.first <= match.anchor or phrase.first > match.last + reach:
            continue
        if phrase.preposition in _TARGET_PREPOSITIONS:
            return phrase
        if not phrase.preposition and phrase.cases & {"acc", "dat", "gen", "inst"}:
            return phrase
    return None


def _fronted_object(match: _Match, actors: list[_Phrase], source: _Phrase | None) -> _Phrase | None:
    """An object before its verb: "Informacji przekazanej przez premiera zaprzeczył rzecznik"."""
    for phrase in reversed(actors):
        if phrase is not source and phrase.last < match.first and phrase.preposition in _TARGET_PREPOSITIONS - {"od"}:
            return phrase
    return None


def _coordinated(tokens: tuple[Token, ...], actors: list[_Phrase], source: _Phrase | None,
                 target: _Phrase | None) -> list[_Phrase]:
    """Actors joined to the source or the target by "i", "oraz" or commas: "Rosja, Kirgistan i Uzbekistan"."""
    found: list[_Phrase] = []
    for anchor in (source, target):
        if anchor is None:
            continue
        chain = anchor
        for phrase in actors:
            if phrase.first <= chain.last or phrase in found or phrase is source or phrase is target:
                continue
            between = tokens[chain.last + 1:phrase.first]
            if between and len(between) <= 2 and all(t.orth.lower() in _COORDINATORS or pos(t) == "prep"
                                                     for t in between) and any(
                    t.orth.lower() in _COORDINATORS for t in between):
                found.append(phrase)
                chain = phrase
            elif phrase.first > chain.last + 3:
                break
    return found


# ------------------------------------------------------------------------------------------------ flags

def _flags(context: _Context, sentence: Sentence, match: _Match, clause_first: int) -> dict[str, bool]:
    tokens = sentence.tokens
    modality = context.lexicon.modality
    flags: dict[str, bool] = {}
    anchor = match.anchor
    for index in range(max(clause_first, match.first - 5), match.first):
        lemma = tokens[index].lemma.lower()
        use = modality.get(lemma) or modality.get(tokens[index].orth.lower())
        if use == "negation" and lemma == "nie" and not (
                index == match.first - 1 or index == match.first - 2 and tokens[index + 1].orth.lower() == "się"):
            continue  # "nie" negates the trigger only right before it ("nie podpisał", "się nie spotkał"),
            # not a verb governing it ("nie kryją oburzenia")
        if use:
            flags[use] = True
    if any(tokens[i].orth.lower() == "by" or pos(tokens[i]) == "aglt" and tokens[i].orth == "by"
           for i in range(clause_first, match.first)):
        flags["hypothetical"] = True
    if tokens[-1].orth == "?":
        flags["hypothetical"] = True
    verb = tokens[anchor]
    if match.verbal and (pos(verb) == "fin" and "perf" in values(verb, 3) or pos(verb) == "bedzie"):
        flags["future"] = True
    if any(pos(tokens[i]) == "bedzie" for i in range(clause_first, match.first)):
        flags["future"] = True
    start = tokens[match.first].start
    for expression in context.times.get(sentence.index, []):
        if expression.relation == "future" and abs(expression.start - start) < 80:
            flags["future"] = True
    if any(claim.start <= start < claim.end and claim.kind.value != "quote" for claim in context.claims
           if claim.sentence <= sentence.index):
        flags["reported"] = True
    return flags


# ------------------------------------------------------------------------------------------------ dates

def _date(context: _Context, sentence: Sentence, match: _Match, first: int, last: int, event_type: str,
          source: EventActor | None, target: EventActor | None) -> tuple[str | None, Granularity, str]:
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last].end
    anchor = tokens[match.anchor].start
    candidates = [e for e in context.times.get(sentence.index, []) if e.value is not None]
    in_clause = [e for e in candidates if start <= e.start < end and e.relation != "until"]
    pool = in_clause or [e for e in candidates if e.relation == "" and e.granularity is not Granularity.UNKNOWN
                         and len(candidates) == 1]
    if pool:
        best = min(pool, key=lambda e: abs(e.start - anchor))
        return best.value, best.granularity, "sentence"
    source_id = source.actor_id if source else None
    target_id = target.actor_id if target else None
    for event in reversed(context.events):
        if event.type == event_type and event.date_method in ("sentence", "document") and event.date \
                and (event.source.actor_id if event.source else None) == source_id \
                and (event.target.actor_id if event.target else None) == target_id:
            return event.date, event.date_granularity, "document"
    document = context.analysis.document
    if document.published is None:
        return None, Granularity.UNKNOWN, "unknown"
    estimated = document.date_source.value == "estimated" or any(
        e.resolution is DateResolution.ESTIMATED for e in context.analysis.time_expressions)
    return document.published.isoformat(), Granularity.DAY, "estimated" if estimated else "publication"
