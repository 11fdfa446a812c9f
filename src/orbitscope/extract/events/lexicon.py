"""The event lexicon (extract/data/event_*.tsv) and trigger matching over a sentence's tokens."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from orbitscope.extract.dates.lexicon import time_noun
from orbitscope.extract.grammar import (
    DISCOURSE_PAIRS,
    QUOTE_MARKS,
    auxiliary_before,
    data_lines,
    pos,
    readings,
    values,
    word_set,
)
from orbitscope.model import EntityLink, NameKind, Token
from orbitscope.nlp.tags import agrees, features

_WINDOW = 4  # words between the anchor and the other words of a multiword trigger


_PREPOSITION_IDIOMS = frozenset({("przy", "pomoc"), ("za", "pomoc"), ("z", "pomoc")})  # "przy pomocy tortu": "using"


_DESTINATIONS = frozenset({"do", "na", "w", "we", "z", "ze"})


NO_EVENT = "-"  # the type of a lexicon pattern that is no event ("proces pokojowy"): it only blocks shorter ones


_VERB_CLASSES = frozenset({"fin", "praet", "inf", "impt", "imps", "bedzie", "pcon", "pant", "pact", "ppas",
                           "winien", "pred"})


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

    @cached_property
    def word_types(self) -> dict[str, frozenset[str]]:
        """Lemma → the event types of every pattern it is a word of, anchor or not ("umowa" → SUPPORT, from
        "podpisać umowa"); no-event patterns left out. Built once per lexicon."""
        found: dict[str, set[str]] = {}
        for triggers in self.triggers.values():
            for trigger in triggers:
                if trigger.type != NO_EVENT:
                    for word in trigger.words:
                        found.setdefault(word, set()).add(trigger.type)
        return {word: frozenset(types) for word, types in found.items()}

    @cached_property
    def act_nouns(self) -> frozenset[str]:
        """The anchor lemmas that name an act themselves: a pattern of their own or one they open that goes on
        with no verb ("nakaz aresztowania"); not a weapon only its verb makes an act of ("myśliwiec otrzymać":
        "Rosyjskie myśliwce zaatakowały" has them as its subject)."""
        return frozenset(anchor for anchor, triggers in self.triggers.items()
                         if any(len(trigger.words) == 1 or not trigger.words[1].endswith("ć") for trigger in triggers))


@cache
def load_event_lexicon() -> EventLexicon:
    """The lexicon shipped in extract/data/ (event_triggers.tsv, event_modes.tsv, event_modality.tsv,
    event_types.tsv)."""
    triggers: dict[str, list[Trigger]] = {}
    for row in data_lines("event_triggers.tsv"):
        row = [cell.strip() for cell in row] + [""] * 5
        trigger = Trigger(tuple(row[0].split()), row[1], row[2], row[3], float(row[4] or 1.0))
        triggers.setdefault(trigger.words[0], []).append(trigger)
    for pattern, word, event_type, mode in _naming_triggers():
        triggers.setdefault(pattern[0], []).append(Trigger((*pattern, word), event_type, mode, "", _NAMING_WEIGHT))
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


def type_scores(lexicon: EventLexicon, event_type: str, mode: str) -> tuple[int, float]:
    """(QuadClass, intensity) of a type and mode, the type's own when the mode has no entry."""
    return lexicon.types.get((event_type, mode)) or lexicon.types.get((event_type, ""), (0, 0.0))


@dataclass
class Match:
    """A trigger found in a sentence: token indexes of its anchor, its span and every matched word."""

    trigger: Trigger
    anchor: int
    first: int
    last: int
    verbal: bool  # the anchor reads as a verb form, not a noun
    positions: tuple[int, ...] = ()
    gerund: bool = False  # the anchor reads as a gerund: its genitive is the verb's object ("zaatakowania Iraku")


def _attributive(tokens: tuple[Token, ...], index: int, tag: str) -> bool:
    """Does a participle stand before the noun it agrees with ("okupowanym Melitopolu", "planowany szczyt")?"""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]  # the tagger's reading ("wziętych do niewoli": "do" is no noun here)
    return pos(following) == "ign" or pos(following) == "subst" and bool(features(tag).case & values(following, 2))


def find_matches(lexicon: EventLexicon, tokens: tuple[Token, ...], links: list[EntityLink],
                 phrases: Sequence[tuple[int, int]] = ()) -> list[Match]:
    """Trigger matches, longest pattern first; a word belongs to one match; linked names trigger nothing.
    ``phrases`` are character spans (time expressions, figures) that count as one word in a pattern's window."""
    starts = [token.start for token in tokens]
    names = {index for link in links
             for index in range(bisect_left(starts, link.start), bisect_left(starts, link.end))}
    inside = {index for start, end in phrases for index in range(bisect_left(starts, start), bisect_left(starts, end))}
    lemmas = [_lemmas(token) for token in tokens]
    words = [token.orth.lower() for token in tokens]
    # positions the window does not count: quotation marks, and the words of a name or time expression after
    # its first ("zablokowała w Radzie Bezpieczeństwa ONZ rezolucję": the council counts as one word)
    # (a title before a name counts with it: "podpisał w czwartek z prezydentem Kirgistanu Sadyrem Dżaparowem
    # traktat", and so does a preposition: "podpisali w piątek w Waszyngtonie wspólną deklarację"; a passive's
    # auxiliary with its participle: "Umowa między Polską a Ukrainą została podpisana")
    titles = word_set("event_title_nouns.txt")
    skipped = [token.orth in QUOTE_MARKS or index in names and index - 1 in names
               or index in inside and index - 1 in inside
               or index + 1 in names and index not in names and (token.lemma.lower() in titles
                                                                 or token.tag.startswith("prep"))
               or token.lemma in _AUXILIARIES and index + 1 < len(tokens) and tokens[index + 1].tag.startswith("ppas")
               or token.tag.split(":", 1)[0] == "num"
               or _coordinated_names(tokens, names, index)
               for index, token in enumerate(tokens)]
    candidates: list[Match] = []
    triggers = lexicon.triggers
    for index in range(len(tokens)):
        if index in names or all(lemma not in triggers for lemma, _ in lemmas[index]) \
                or index > 0 and (tokens[index - 1].orth.lower(), tokens[index].lemma) in _PREPOSITION_IDIOMS:
            continue  # (most words are no trigger's anchor)
        nouns = {lemma for lemma, tag in lemmas[index] if tag.startswith("subst")}
        chosen_noun = lemmas[index][0][1].startswith("subst") and lemmas[index][0][0] not in triggers
        for lemma, tag in lemmas[index]:
            if chosen_noun and tag.split(":", 1)[0] in {"fin", "praet", "impt"} and not _verb_before_name(tokens, index):
                continue  # the tagger read a noun: "w oczekiwaniu gości" (guests), not "gości" (hosts)
            if chosen_noun and tag.startswith("ppas") and auxiliary_before(tokens, index) is None:
                continue  # "dostępu konsularnego do zatrzymanych": the detainees ("zostało oskarżone" stays)
            if tag.startswith("ppas") and (_attributive(tokens, index, tag) or lemma in naming_verbs()
                                            or tag.endswith(":neg")) and auxiliary_before(tokens, index) is None:
                continue  # "w okupowanym Melitopolu", "osoby uznawane za więźniów politycznych", "za
                # nieograniczone dostawy zboża" (a negated participle): a state of things, not an act told
            if tag.startswith("ger") and nouns - {lemma} and not nouns & lexicon.triggers.keys() \
                    and not lemmas[index][0][1].startswith("ger"):
                continue  # a lexicalized noun is not its verb's gerund: "poczucie zagrożenia" threatens no one
                # (unless the tagger chose the gerund: "do nawiązania sojuszu")
            for trigger in lexicon.triggers.get(lemma, ()):
                match = _match_at(trigger, index, lemmas, words, tag, skipped)
                if match is not None:
                    candidates.append(match)
    used: set[int] = set()
    found: list[Match] = []
    # longest first; at one word, a noun's own entry before its verb's read as a gerund ("polecenie" is an
    # order, not the gerund of "polecieć", to fly)
    for match in sorted(candidates, key=lambda m: (-len(m.positions), m.anchor, m.gerund)):
        if not used & set(match.positions):
            found.append(match)
            used.update(match.positions)
        elif match.trigger.type == NO_EVENT:
            used.update(match.positions)  # a pattern that is no event keeps its other words from shorter ones
            # even when one of its words went to another: "nazwał ostrzał naruszeniem rozejmu" (no truce)
    return sorted((match for match in found if match.trigger.type != NO_EVENT), key=lambda m: m.anchor)


def initial_event_noun(lexicon: EventLexicon, tokens: tuple[Token, ...],
                       links: list[EntityLink]) -> EntityLink | None:
    """An unknown one-word name opening the sentence whose word is an event noun ("Aneksja Krymu …": the
    capital is the sentence's, not a name's), if there is one."""
    if not tokens or not any(tag.startswith("subst") and lemma in lexicon.triggers
                             for lemma, tag in _lemmas(tokens[0])):
        return None
    return next((link for link in links if link.is_nil and link.start == tokens[0].start
                 and link.end == tokens[0].end), None)


def _lemmas(token: Token) -> tuple[tuple[str, str], ...]:
    return _word_lemmas(token.orth, token.lemma, token.tag, token.name_kind)


@lru_cache(maxsize=200_000)
def _word_lemmas(orth: str, lemma: str, tag: str, name_kind: NameKind) -> tuple[tuple[str, str], ...]:
    """(lemma, tag) of the chosen reading, then of every other Morfeusz reading of the word (cached per word)."""
    if not orth[:1].isalpha():
        return ()
    result = [(lemma.lower(), tag)]
    for reading in readings(Token(0, 0, orth, lemma, tag, name_kind)):
        key = (reading.lemma.split(":", 1)[0].lower(), reading.tag)
        if key not in result:
            result.append(key)
    return tuple(result)


# documents whose participle clause tells what their authors do: "rezolucja potępiająca Rosję"
_DOCUMENTS = frozenset({"rezolucja", "uchwała", "deklaracja", "oświadczenie", "apel", "list", "komunikat",
                        "ustawa", "nota", "wniosek", "petycja", "memorandum"})



_AUXILIARIES = frozenset({"zostać", "być"})


def _verb_before_name(tokens: tuple[Token, ...], index: int) -> bool:
    """Is a word the tagger read as a noun a verb before a name, its subject a name or a relative pronoun before
    it, over a time phrase ("Rahmon gości Putina", "który od środy gości Putina"; not "w oczekiwaniu gości")?"""
    if index + 1 >= len(tokens) or not tokens[index + 1].orth[:1].isupper() or index == 0:
        return False
    before = index - 1
    if before >= 1 and time_noun(tokens[before]) and pos(tokens[before - 1]) == "prep":
        before -= 2  # "od środy"
    return before >= 0 and (tokens[before].orth[:1].isupper() and pos(tokens[before]) in {"subst", "ign"}
                            or tokens[before].lemma.lower() == "który")


def _coordinated_names(tokens: tuple[Token, ...], names: set[int], index: int) -> bool:
    """Is the word "i"/"oraz" between two names, or the first word of a name after it? Coordinated names count
    as one word in a pattern's window: "zawarła z Uzbekistanem i Kazachstanem memoranda"."""
    if tokens[index].orth.lower() in {"i", "oraz"}:
        return index - 1 in names and index + 1 in names
    return index in names and index >= 2 and index - 1 not in names and index - 2 in names \
        and tokens[index - 1].orth.lower() in {"i", "oraz"}


def _window(index: int, skipped: list[bool]) -> list[int]:
    """The positions within ``_WINDOW`` tokens of ``index``, in text order; the ``skipped`` ones are not
    counted (quotation marks: "postrzega Kazachstan jako „najbliższego sojusznika”")."""
    found = []
    for step in (-1, 1):
        position, words = index + step, 0
        while 0 <= position < len(skipped) and (words < _WINDOW or skipped[position]):  # (the rest of the
            # last unit counted: "zrzuciło w nocy na Zaporoże kilkanaście bomb", the figure's noun)
            found.append(position)
            words += not skipped[position]
            position += step
    return sorted(found)




_ADDRESSEE_CLASSES = frozenset({"subst", "adj", "ppron3", "ppron12", "ign"})


def _that_follows(lemmas: list[tuple[tuple[str, str], ...]], words: list[str], index: int) -> bool:
    """Does "że"/"iż" follow the verb, right after it or after its addressee or a discourse adverbial
    ("zapewnił, że", "zapewnił Litwinów, że", "zapewnił prezydenta Ukrainy, że", "zapewnił z kolei, że")?"""
    for i in range(index + 1, min(len(lemmas), index + 6)):
        if any(lemma in {"że", "iż"} for lemma, _ in lemmas[i]):
            return True
        if lemmas[i] and lemmas[i][0][1].split(":", 1)[0] not in _ADDRESSEE_CLASSES \
                and tuple(words[i:i + 2]) not in DISCOURSE_PAIRS:
            return False  # punctuation has no lemmas here, and a sentence ends only at its last token
    return False


def _quoted_name(index: int, words: list[str]) -> list[int]:
    """The words of the quotation a naming verb gives its object, opened within ten words after it and before
    a comma ("nazwał w środę zamknięcie granicy „tanią prowokacją”", "nazwał unijne plany … „rozbojem w
    biały dzień”"): the name is what says whether the naming accuses or praises."""
    opening = next((i for i in range(index + 1, min(len(words), index + 11)) if words[i] in QUOTE_MARKS
                    or words[i] in {",", ";", ":", "że", "iż"}), None)
    if opening is None or words[opening] not in QUOTE_MARKS:
        return []
    closing = next((i for i in range(opening + 1, len(words)) if words[i] in QUOTE_MARKS), len(words))
    return list(range(opening + 1, min(closing, opening + 4)))


_NAMING_WEIGHT = 0.9


@cache
def _naming_rows() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, str, str], ...]]:
    """The naming patterns ("nazwać", "określić jako") and the words of praise or blame (event_naming.tsv)."""
    patterns, words = [], []
    for row in data_lines("event_naming.tsv"):
        row = [cell.strip() for cell in row] + [""] * 3
        if row[0] == "verb":
            patterns.append(tuple(row[1].split()))
        else:
            words.append((row[0], row[1], row[2]))
    return tuple(patterns), tuple(words)


def _naming_triggers() -> list[tuple[tuple[str, ...], str, str, str]]:
    """Every naming pattern with every word of praise or blame: (pattern, word, type, mode). Words of blame
    come first, so that blame wins where a name holds both ("nazwał decyzję „wrogim krokiem”")."""
    patterns, words = _naming_rows()
    words = tuple(sorted(words, key=lambda row: row[1] == "SUPPORT"))
    return [(pattern, word, event_type, mode) for pattern in patterns for word, event_type, mode in words]


@cache
def naming_verbs() -> frozenset[str]:
    """The verbs that give another's act or another actor a name ("nazwać", "określić", "uznać")."""
    return frozenset(pattern[0] for pattern in _naming_rows()[0])


_MODIFIERS = frozenset({"adj", "adv", "pact", "ppas"})


def _after_modifiers(lemmas: list[tuple[tuple[str, str], ...]], last: int) -> int:
    """The first word after ``last`` and the modifiers that follow it, when ``last`` is itself a modifier (an
    adjective, adverb or participle); else a position no word has."""
    def modifier(position: int) -> bool:
        return position < len(lemmas) and bool(lemmas[position]) \
            and lemmas[position][0][1].split(":", 1)[0] in _MODIFIERS
    if not modifier(last):
        return len(lemmas)
    position = last + 1
    while modifier(position):
        position += 1
    return position


# nouns after "z" that tell on whose part an act is, not with whom ("ze strony Moskwy", "z inicjatywy USA")
ON_WHOSE_PART = frozenset({"strona", "inicjatywa"})


def _match_at(trigger: Trigger, index: int, lemmas: list[tuple[tuple[str, str], ...]], words: list[str],
              tag: str, skipped: list[bool]) -> Match | None:
    positions = [index]
    window = _window(index, skipped)
    if trigger.words[0] in naming_verbs():
        window = sorted(set(window) | set(_quoted_name(index, words)))
    # (or the noun the modifiers at the window's end qualify: "podpisały we wtorek w Pekinie prawnie wiążące
    # memorandum")
    window = [*window, _after_modifiers(lemmas, window[-1])] if window and window[-1] > index else window
    for word in trigger.words[1:]:
        # (or the word right after the last one found, past the window: "zamknęła w poniedziałek na miesiąc
        # oba przejścia graniczne")
        near = window if len(positions) == 1 or positions[-1] + 1 in window else [*window, positions[-1] + 1]
        hit = next((i for i in near if i not in positions and i < len(lemmas)
                    and any(lemma == word for lemma, _ in lemmas[i])), None)
        if hit is None or word in {"z", "ze"} and hit + 1 < len(lemmas) \
                and any(lemma in ON_WHOSE_PART for lemma, _ in lemmas[hit + 1]):
            return None  # (not "omówili zagrożenie ze strony Korei Północnej": whose the threat is, no partner)
        positions.append(hit)
    if any(words[i] in {"że", "iż"} for i in range(min(positions) + 1, max(positions))):
        return None  # "Ukraina przekazała, że jej drony zaatakowały": no pattern runs into a reported clause
    verbal = tag.split(":", 1)[0] in _VERB_CLASSES
    if trigger.roles == "verb" and (not verbal or tag.startswith("ppas")):
        return None  # "zaprzestania ataków" asked for: the attacks, not a concession; "uzależniony od gazu" is
        # a state, no act
    if trigger.roles == "that" and verbal and not _that_follows(lemmas, words, index):
        return None  # "ma zapewnić politykom czas": provides, promises nothing
    if trigger.roles == "destination" and verbal and not any(
            lemma in _DESTINATIONS for i in range(index + 1, min(len(lemmas), index + 4)) for lemma, _ in lemmas[i]):
        return None  # "udało mu się zostać": succeeds, goes nowhere
    if len(trigger.words) == 1 and tag.split(":", 1)[0] in {"pact", "ppas", "adja"} and index + 1 < len(lemmas) \
            and any(t.split(":", 1)[0] in {"subst", "ger"} for _, t in lemmas[index + 1]) \
            and not (index > 0 and any(lemma in _DOCUMENTS and agrees(features(tag), features(t)) for lemma, t in lemmas[index - 1])) \
            and not (index > 0 and tag.startswith("ppas") and any(lemma == "zostać" for lemma, _ in lemmas[index - 1])):
        # an attributive participle: "deklarowanej neutralności"; not one after a document it describes, before
        # its own object ("rezolucję potępiającą Rosję"), nor a passive before its subject ("mogą zostać
        # rozmieszczone rakiety")
        return None
    following = index + 2 if index + 1 < len(words) and words[index + 1] == "się" else index + 1
    if tag.startswith("pact") and index > 0 and any(t.startswith("prep") for _, t in lemmas[index - 1]) \
            and not (following < len(lemmas) and lemmas[following] and lemmas[following][0][1].split(":", 1)[0] in {
                "subst", "ger", "adj"}):
        return None  # "użyła armatek wodnych wobec protestujących": the people, no act of theirs told here
    if len(trigger.words) == 1 and tag.split(":", 1)[0] in {"pact", "ppas"} \
            and any("nom" in t.split(":")[2].split(".") for _, t in lemmas[index] if t.count(":") >= 2) \
            and (index == 0 or not any(t.startswith(("subst", "ger", "depr")) for _, t in lemmas[index - 1])) \
            and following < len(lemmas) and lemmas[following] \
            and lemmas[following][0][1].split(":", 1)[0] in {"fin", "praet", "bedzie"} \
            and lemmas[following][0][0] not in {"być", "zostać"}:
        return None  # "Protestujący domagają się …", "zatrzymani działali na zlecenie …": people named by what they
        # do or suffer, as the subject of another verb (not "Zatrzymani zostali trzej mężczyźni")
    content = [i for i, word in zip(positions, trigger.words, strict=True) if word != "się"]
    span = [i for i in positions if i in content or min(content) - 1 <= i <= max(content) + 1]  # "spotkał się"
    return Match(trigger, index, min(span), max(span), verbal, tuple(positions), tag.startswith("ger"))
