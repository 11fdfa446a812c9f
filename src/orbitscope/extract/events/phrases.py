"""Actor phrases: entity links grouped into noun phrases with their case and governing preposition, and
object pronouns standing for an actor named shortly before."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from orbitscope.extract.claims.document import speaker_nouns
from orbitscope.extract.dates.lexicon import time_noun
from orbitscope.extract.grammar import morphology, pos, readings, values, word_set
from orbitscope.kb import bundled_capitals, bundled_countries, bundled_surnames, bundled_women
from orbitscope.link import STATE_SECTORS, agent_sector, lemma_sector
from orbitscope.model import EntityLink, Event, EventActor, LinkKind, Sentence, Token

if TYPE_CHECKING:
    from orbitscope.extract.events.context import DocumentContext


_NOMINAL = frozenset({"subst", "ger", "depr", "ign", "brev"})


PREPOSITIONS = frozenset({
    "z", "ze", "do", "wobec", "przeciwko", "przeciw", "na", "dla", "u", "od", "ode", "pod", "między", "pomiędzy",
    "ku", "w", "we", "nad", "przy", "koło", "o", "po", "przez", "za", "przed", "bez", "według", "poprzez", "wśród",
    "spośród", "z_powodu", "dzięki", "mimo", "podczas", "wokół", "obok", "około", "spod", "znad", "zza", "ponad"})


LOCATION_PREPOSITIONS = frozenset({"w", "we", "nad", "przy", "koło", "pod"})


_DEMONSTRATIVES = frozenset({"ten", "to", "taki", "tamten", "ów", "który", "swój", "jego", "jej", "ich", "on"})


_STATES = ("państw", "kraj", "zachod")  # "do państw zachodnich", "do Zachodu": states, an addressee after any
# preposition, no place
_ACTOR_PRIORITY = {"person": 0, "organization": 1, "international_organization": 1, "company": 1,
                   "country": 2}


_PLACE_TYPES = frozenset({"city", "region", "facility"})


_AREA_TYPES = frozenset({"area", "place"})  # "Zachód", "Europa": an actor, unless after "w", "na" …


# regions that govern themselves as states no one (or almost no one) recognizes: actors like areas, unless after
# "w", "na" … ("Naddniestrze oskarżyło Kiszyniów", "Władze Naddniestrza"; "w Naddniestrzu" is where)
_DE_FACTO_STATES = frozenset({"place:transnistria", "place:abkhazia", "place:south-ossetia", "place:nagorno-karabakh"})
_DE_FACTO_CAPITALS = {"place:tiraspol": "place:transnistria", "place:sukhumi": "place:abkhazia",
                      "place:tskhinvali": "place:south-ossetia", "place:stepanakert": "place:nagorno-karabakh"}


@dataclass
class Phrase:
    """Entity links forming one noun phrase, with the case and preposition that give its role."""

    first: int  # token indexes, inclusive
    last: int
    link: EntityLink  # the phrase's actor
    links: list[EntityLink]
    cases: frozenset[str] = frozenset()
    preposition: str = ""
    is_place: bool = False
    head: str = ""  # lemma of the phrase's first noun
    is_group: bool = False  # an unnamed group ("policja"): an actor of verbs only, not of event nouns

    def actor(self) -> EventActor:
        return EventActor(self.link.actor_id, self.link.code, self.link.text, self.link.start, self.link.end)


def _token_range(tokens: tuple[Token, ...], start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, token in enumerate(tokens) if token.start < end and token.end > start]
    return (inside[0], inside[-1]) if inside else None


_VERB_FORMS = frozenset({"fin", "praet", "bedzie", "impt", "inf", "imps", "pcon"})


def token_cases(token: Token) -> frozenset[str]:
    found: set[str] = set()
    for reading in (*readings(token), None):
        tag = reading.tag if reading is not None else token.tag
        parts = tag.split(":")
        if parts[0] in _NOMINAL | {"adj", "ppron3", "ppron12"} and len(parts) > 2:
            found.update(parts[2].split("."))
    if pos(token) == "ign" or not found:
        found.update({"nom", "gen", "dat", "acc", "inst", "loc"})
    return frozenset(found)


_NO_TITLES = frozenset({"media", "źródło"})  # speakers that never head a name as its title
# people named by their relation to an actor, who are not that actor: "Rumunia, najbliższy sojusznik Kiszyniowa,"
_RELATIONS = frozenset({"sojusznik", "sprzymierzeniec", "partner", "sąsiad", "wróg", "rywal", "przeciwnik",
                        "krytyk", "zwolennik"})
# armed forces and services, heads of a country's name ("Armia Izraela", "siły zbrojne Rosji")
_FORCES = frozenset({"armia", "wojsko", "siła", "lotnictwo", "marynarka", "flota", "straż", "gwardia", "milicja",
                     "wywiad", "kontrwywiad"})


def _actor_head(token: Token) -> bool:
    """A noun that can head an actor phrase before a name: a person noun (m1) or an institution noun."""
    if pos(token) == "depr":
        return person_noun(token)  # "Żołnierze Rosji", tagged as the deprecative form
    if pos(token) != "subst":
        # a title the tagger read as a participle: "Przewodniczący Chin Xi Jinping"
        return any(reading.tag.startswith("subst") and reading.lemma.lower() in speaker_nouns()
                   for reading in readings(token))
    if token.lemma.lower() in _NO_TITLES | _RELATIONS:
        return False  # "Według tureckich mediów Erdoğan może odwiedzić": the media report, Erdoğan acts
    if token.lemma.lower() in speaker_nouns():  # institutions: "rząd", "policja", "sąd"; titles, also when
        return True  # capitalized at the start of a sentence ("Przewodnicząca Komisji Europejskiej …")
    return not token.is_name and person_noun(token)


def person_noun(token: Token) -> bool:
    """A noun with a masculine-personal reading ("premiera", "działacze")."""
    return any(len(fields) > 3 and fields[0] == "subst" and "m1" in fields[3].split(".")
               for fields in (reading.tag.split(":") for reading in readings(token)))


def person_cases(token: Token) -> frozenset[str]:
    """The cases of a noun's masculine-personal readings (all its cases when it has none): "premiera" is
    genitive or accusative, "prezydent" nominative, whatever a rarer feminine reading says."""
    found: set[str] = set()
    for reading in readings(token):
        fields = reading.tag.split(":")
        if len(fields) > 3 and fields[0] == "subst" and "m1" in fields[3].split("."):
            found.update(fields[2].split("."))
    return frozenset(found) or token_cases(token)


def actor_phrases(sentence: Sentence, links: list[EntityLink], stops: frozenset[int] = frozenset()) -> list[Phrase]:
    """The sentence's actor phrases, left to right; ``stops`` are trigger words no phrase may take in."""
    tokens = sentence.tokens
    spans = []
    for link in sorted(links, key=lambda item: item.start):
        found = _token_range(tokens, link.start, link.end)
        if found is not None:
            spans.append((found[0], found[1], link))
    phrases: list[Phrase] = []
    for first, last, link in spans:
        previous = phrases[-1] if phrases else None
        if previous is not None and link.kind is LinkKind.ADJECTIVE and first == previous.last + 1 \
                and previous.link.actor_type in _PLACE_TYPES | _AREA_TYPES \
                and token_cases(tokens[first]) & token_cases(tokens[previous.last]) and tokens[first].orth[:1].isupper():
            continue  # part of a place's name: "na Morzu Japońskim" is no Japan ("w Melitopolu rosyjskie służby" is)
        if previous is not None and first <= previous.last + 1 and link.kind.value != "adjective" \
                and previous.link.kind.value != "adjective" \
                and not (link.kind is LinkKind.ROLE and previous.links[-1].kind is LinkKind.ROLE) \
                and not (link.kind is LinkKind.ROLE and tokens[first].orth[:1].islower()) \
                and not _starts_own_phrase(tokens, previous, link, first) \
                or previous is not None and first <= previous.last:
            previous.links.append(link)
            previous.last = max(previous.last, last)
            continue
        phrases.append(Phrase(first, last, link, [link]))
    linked = frozenset(i for phrase in phrases for i in range(phrase.first, phrase.last + 1))
    for phrase in phrases:
        _finish_phrase(tokens, phrase, stops, linked)
    return _civilian_groups(tokens, _appositions(tokens, _adjective_titles(tokens, _postposed_adjectives(tokens, phrases))))


# CAMEO sectors of people outside the state: farmers, workers, business, students, civilians, opposition, doctors,
# journalists, refugees
_CIVILIAN_SECTORS = frozenset({"AGR", "LAB", "BUS", "EDU", "CVL", "OPP", "HLH", "MED", "REF"})
OWN_BODIES = frozenset({"sąd", "prokuratura"})  # a court and prosecutors: "rosyjska prokuratura" is no state


def _civilian_groups(tokens: tuple[Token, ...], phrases: list[Phrase]) -> list[Phrase]:
    """A country's adjective alone on a plural noun of people outside the state is that group of people, not
    the state: "polscy rolnicy", "ukraińscy przewoźnicy", "gruzińscy opozycjoniści" (``NIL:group:<lemma>``,
    code the country's and the sector: POLAGR); so are a court and prosecutors ("rosyjska prokuratura",
    RUSJUD). "rosyjscy żołnierze", "polscy dyplomaci" and a country's citizens ("zakazała wjazdu rosyjskim
    obywatelom") stay the state."""
    for phrase in phrases:
        head = phrase.last + 1
        if len(phrase.links) != 1 or phrase.first != phrase.last or phrase.link.actor_type != "country" \
                or head >= len(tokens) or not any(r.tag.startswith("adj") for r in readings(tokens[phrase.last])):
            continue
        people = [r.lemma.lower() for r in readings(tokens[head]) if r.tag.startswith("subst:pl") and ":m1" in r.tag
                  and r.lemma.lower() != "obywatel"]  # ("rosyjskim obywatelom" are Russia's)
        lemma, sector = next(((lemma, sector) for lemma in people
                              if (sector := lemma_sector(lemma)) in _CIVILIAN_SECTORS), (None, ""))
        if lemma is None and tokens[head].lemma.lower() in OWN_BODIES and "sg" in values(tokens[head], 1):
            # "Rosyjska prokuratura", "białoruski sąd" (courts in general are the state's: "białoruskie sądy")
            lemma, sector = tokens[head].lemma.lower(), "JUD"
        if lemma is None:
            continue
        link = phrase.link
        group = EntityLink(link.doc_id, link.sentence, tokens[phrase.first].start, tokens[head].end,
                           " ".join(token.orth for token in tokens[phrase.first:head + 1]), f"NIL:group:{lemma}",
                           "group", LinkKind.NAME, link.code[:3] + sector, "group", 0.5)
        phrase.link, phrase.links, phrase.is_group, phrase.last, phrase.head = group, [group], True, head, lemma
    return phrases


def _nominal_reading(token: Token) -> bool:
    """A word the tagger read otherwise that Morfeusz also knows as a noun ("spraw" in "ministra spraw
    zagranicznych", tagged as the imperative of "sprawić")."""
    return any(reading.tag.startswith("subst") for reading in readings(token))


def _starts_own_phrase(tokens: tuple[Token, ...], previous: Phrase, link: EntityLink, first: int) -> bool:
    """A person's name right after another person's starts a phrase of its own, and so does a name right after
    a one-name prepositional phrase (or a preposition, a noun and a name) when it is a person ("przyjął na Kremlu Łukaszenkę", unlike "prezydent
    Kazachstanu Tokajew", a title's genitive) or shares no case with that phrase ("Według Kremla Ukraina
    zaatakowała")."""
    if link.actor_type == "person" and link.kind is LinkKind.NAME and any(
            item.actor_type == "person" and item.kind is LinkKind.NAME and item.actor_id != link.actor_id
            for item in previous.links):
        return True  # two people named side by side: "Po rozmowie z Putinem Trump ogłosił"
    if link.kind is LinkKind.NAME and tokens[first].orth[:1].islower() and tokens[first - 1].orth[:1].isupper() \
            and link.actor_type not in _PLACE_TYPES | _AREA_TYPES:
        return True  # a name the knowledge base writes in lower case is no part of a name: "MSZ talibowie"
    chosen = values(tokens[first], 2)  # the cases the tagger chose
    nominative_only = "nom" in chosen and "gen" not in chosen
    if link.actor_type != "person" and previous.links[-1].actor_type == "person" \
            and previous.links[-1].kind is LinkKind.NAME \
            and (values(tokens[previous.last], 2) == {"gen"} or pos(tokens[previous.last]) == "ign") \
            and nominative_only:
        return True  # a nominative name after a person's genitive (or unknown word): "Zdaniem Ruttego Rosja"
    if len(previous.links) == 1 and previous.first > 1 and link.actor_type != "person" \
            and pos(tokens[previous.first - 1]) == "subst" and tokens[previous.first - 1].orth[:1].islower() \
            and tokens[previous.first - 2].orth.lower() in PREPOSITIONS:
        # a preposition, a common noun and its genitive name: "Według agencji Reutera Chiny dostarczały"; a
        # name the tagger took for a nominative, not a genitive, is the next phrase's subject (Morfeusz has
        # a rare genitive reading of "Chiny"; "w szeregi Związku Młodzieży Polskiej" stays one name)
        return nominative_only
    if previous.first == 0 or tokens[previous.first - 1].orth.lower() not in PREPOSITIONS | {"zdaniem"}:
        return False  # ("Zdaniem Kremla Zachód prowadzi wojnę": "zdaniem" governs like a preposition)
    if link.actor_type == "person" and all(item.actor_type != "person" for item in previous.links):
        return True
    return len(previous.links) == 1 and not token_cases(tokens[first]) & token_cases(tokens[previous.first])


def _postposed_adjectives(tokens: tuple[Token, ...], phrases: list[Phrase]) -> list[Phrase]:
    """A capitalized country adjective right after an unknown name is the end of that name: "Apostolski Kościół
    Ormiański" is the church, not the church and Armenia."""
    merged: list[Phrase] = []
    for phrase in phrases:
        previous = merged[-1] if merged else None
        if previous is not None and phrase.first == previous.last + 1 and len(phrase.links) == 1 \
                and phrase.link.kind is LinkKind.ADJECTIVE and tokens[phrase.first].orth[:1].isupper() \
                and previous.link.is_nil and previous.link.actor_type != "person":
            previous.last = phrase.last
            continue
        merged.append(phrase)
    return merged


def _adjective_titles(tokens: tuple[Token, ...], phrases: list[Phrase]) -> list[Phrase]:
    """A country adjective on the title that opens the next phrase belongs to that phrase: "z rosyjskim
    ministrem obrony Andriejem Biełousowem" is the minister, not Russia and then the minister; so does the
    first part of a compound adjective ("rosyjsko-ormiańskiego miliardera Samwela Karapetiana")."""
    merged: list[Phrase] = []
    for phrase in phrases:
        previous = merged[-1] if merged else None
        between = tokens[previous.last + 1:phrase.first] if previous is not None else ()
        if _lone_adjective(previous) and phrase.link.actor_type == "person" and len(between) <= 2 \
                and all(pos(token) == "subst" and token.orth.islower() for token in between) \
                and (not between or previous.first > 0 and _actor_head(tokens[previous.first - 1])):
            # "szefowa unijnej dyplomacji Kaja Kallas": the adjective is inside the person's title
            if previous.first < previous.last and phrase.cases == {"gen"} \
                    and "gen" not in previous.cases:
                # the title before the adjective carries the case, not the body after it: "Rzecznik
                # rosyjskiego rządu Dmitrij Pieskow zaprzeczył"
                phrase.head, phrase.cases = previous.head, previous.cases
            _take_adjective(phrase, previous)
            merged[-1] = phrase
            before = merged[-2] if len(merged) > 1 else None
            if _lone_adjective(before) and [token.orth for token in tokens[before.last + 1:phrase.first]] == ["-"] \
                    and tokens[before.last + 1].start == tokens[before.last].end:
                _take_adjective(phrase, before)  # "rosyjsko-ormiańskiego miliardera Samwela …"
                merged[-2:] = [phrase]
            continue
        merged.append(phrase)
    return merged


def _lone_adjective(phrase: Phrase | None) -> bool:
    """Is the phrase one country adjective and nothing else?"""
    return phrase is not None and phrase.links[0].kind is LinkKind.ADJECTIVE and len(phrase.links) == 1


def _take_adjective(phrase: Phrase, adjective: Phrase) -> None:
    """Make the adjective phrase just before a phrase part of it."""
    phrase.links.insert(0, adjective.links[0])
    phrase.first = adjective.first


_GOVERNMENT_NOUNS = frozenset({"rząd", "gabinet", "administracja", "reżim"})


def _government_of(link: EntityLink) -> EntityLink:
    """The government a person heads, as the country of the person's actor code ("POLGOV" → Poland)."""
    country = bundled_countries().get(link.code[:3])
    if country is None:
        return link
    return EntityLink(link.doc_id, link.sentence, link.start, link.end, link.text, country, "country", link.kind,
                      link.code[:3] + "GOV", link.method, link.confidence)


def _appositions(tokens: tuple[Token, ...], phrases: list[Phrase]) -> list[Phrase]:
    """A title phrase and the person named after a comma, or after the place of the post, are one actor:
    "ministra obrony Kazachstanu, Rusłana Żaksyłykowa" is the minister, not Kazakhstan and a participant, and
    so is "ambasadora Unii Europejskiej w Gruzji Pawła Herczyńskiego" the ambassador."""
    merged: list[Phrase] = []
    for phrase in phrases:
        previous = merged[-1] if merged else None
        if previous is not None and phrase.link.actor_type == "person" and previous.link.actor_type != "person" \
                and [t.orth for t in tokens[previous.last + 1:phrase.first]] == [","] \
                and _actor_head(tokens[previous.first]) and not phrase.preposition:
            previous.links.extend(phrase.links)
            previous.link = phrase.link
            previous.last = phrase.last
            continue
        title = merged[-2] if len(merged) > 1 else None
        if title is not None and previous is not None and phrase.link.actor_type == "person" \
                and previous.preposition in {"w", "we"} and previous.first == title.last + 2 \
                and phrase.first == previous.last + 1 and title.link.actor_type != "person" \
                and tokens[title.first].lemma.lower() in word_set("event_title_nouns.txt") and not phrase.preposition:
            # "ambasadora Unii Europejskiej w Gruzji Pawła Herczyńskiego": the person, posted in the place
            title.links.extend(phrase.links)
            title.link = phrase.link
            continue
        merged.append(phrase)
    return merged


def _finish_phrase(tokens: tuple[Token, ...], phrase: Phrase, stops: frozenset[int],
                   linked: frozenset[int] = frozenset()) -> None:
    head = phrase.first
    if phrase.links[0].kind.value == "adjective":
        # "rosyjski minister rolnictwa": the noun after the adjective carries the case
        head = phrase.last + 1 if phrase.last + 1 < len(tokens) and pos(tokens[phrase.last + 1]) in _NOMINAL \
            else phrase.first
        title = phrase.first - 1
        if head > phrase.first and title >= 0 and title not in stops and title not in linked \
                and _actor_head(tokens[title]) and (token_cases(tokens[head]) == {"gen"} or (
                    "gen" in token_cases(tokens[head]) and phrase.link.actor_type == "international_organization"
                    and not (head + 1 < len(tokens) and tokens[head + 1].orth[:1].isupper()))):
            head = title  # "Rzecznik niemieckiego rządu odrzucił": the title of the country's body is the actor
            # (also over a feminine noun's other cases after a bloc's adjective, no name following: "Rzeczniczka
            # unijnej dyplomacji potępiła")
    else:
        # extend left to a title or an institution: "sekretarzem stanu USA Colinem Powellem", "rząd Izraela",
        # "minister energetyki Kazachstanu Almasadam Satkalijew"; never over a date, an event noun or another
        # phrase ("w rządzie Autonomii Palestyńskiej Jaser Abed Rabbo" is no government)
        for index in range(phrase.first - 1, max(-1, phrase.first - 5), -1):
            token = tokens[index]
            if pos(token) not in {"subst", "adj", "brev", "ign"} and not _nominal_reading(token) \
                    or token.orth.lower() in PREPOSITIONS \
                    or index in stops or index in linked:
                break
            if _actor_head(token) and not (token.lemma.lower() in _FORCES and phrase.link.actor_type == "person"):
                # (a force's name heads a country, no person: "dowódca ukraińskiej armii Ołeksandr Syrski")
                head_cases = person_cases(tokens[head])
                if not person_cases(token) & head_cases and "gen" not in head_cases:
                    # "wobec premiera prezydent Litwy", "przez republikanów Izba Reprezentantów": a noun in
                    # another case governs only a genitive ("Przewodnicząca Komisji Europejskiej")
                    break
                head = index
    phrase.first = min(phrase.first, head)
    # a person noun's case from its masculine-personal readings: "działacze" is nominative, whatever its
    # deprecative reading says; not a name's ("Kijów" is no plural of "Kij")
    # (a man holding the title is a person noun: "przyjechał prezydent Francji" is nominative only; a woman's
    # "premier" does not decline: "wpisały premier Estonii na listę")
    named = head < len(tokens) and not phrase.is_group and any(
        link.start == tokens[head].start and (link.kind is not LinkKind.ROLE or link.actor_id in bundled_women())
        for link in phrase.links)
    phrase.cases = (person_cases(tokens[head]) if _actor_head(tokens[head]) and not named
                    else token_cases(tokens[head])) if head < len(tokens) else frozenset()
    last = tokens[phrase.last]
    if named and (any(token.orth.lower() in _surnames(link.actor_id) for token in tokens[head:phrase.last + 1]
                      for link in phrase.links) or pos(last) == "ign" and last.lemma == last.orth):
        # a known person's surname as the knowledge base writes it is a nominative, whatever Morfeusz reads
        # ("Stubb oskarżył Rosję": not the genitive plural of "Stubba"), and so is an unknown surname its own base
        # form, whatever the first name before it reads ("Rustem Umierow oskarżył": not the instrumental of
        # "Rust")
        phrase.cases |= {"nom"}
    elif named and head < len(tokens):
        # a known man's surname with a Polish case ending after the knowledge base's form has that case, whatever
        # the guesser reads ("zaprosił Stubba": accusative, not a feminine nominative)
        orth = tokens[head].orth.lower()
        inflected = next((cases for ending, cases in _SURNAME_ENDINGS if orth.endswith(ending) and any(
            orth[:-len(ending)] in _surnames(link.actor_id) for link in phrase.links)), None)
        phrase.cases = inflected or phrase.cases
    if phrase.links[0].kind is LinkKind.ADJECTIVE and head == phrase.last + 1:
        # the adjective's own case where the noun after it does not share one: "rosyjskiemu chargé d'affaires"
        # is a dative, whatever an indeclinable foreign word reads
        phrase.cases = (phrase.cases & token_cases(tokens[phrase.last])) or token_cases(tokens[phrase.last])
    phrase.head = tokens[head].lemma.lower() if head < len(tokens) else ""
    # the preposition governing the phrase, over a few modifiers: "z rosyjskim ministrem", and over a noun the
    # phrase is the genitive of ("z krajami Zachodu"), never over a name or a noun it does not depend on
    # ("W czwartek prezydent", "w rządzie Autonomii Palestyńskiej Jaser Abed Rabbo")
    before = phrase.first - 1
    while before >= 0 and before > phrase.first - 4 and before not in stops \
            and pos(tokens[before]) in {"adj", "adv", "num", "subst"} and tokens[before].orth.lower() not in PREPOSITIONS \
            and tokens[before].lemma.lower() not in _DEMONSTRATIVES and not tokens[before].orth[:1].isupper() \
            and (pos(tokens[before]) != "subst" or not time_noun(tokens[before]) and (
                "gen" in phrase.cases and "nom" not in phrase.cases  # not "zatrzymała w środę arcybiskupa X",
                or tokens[phrase.first].orth.isupper() and before == phrase.first - 1 and before > 0  # "W piątek Xi"
                and tokens[before - 1].orth.lower() in PREPOSITIONS
                # an adjective after its noun: "przez siły rosyjskie"
                or before == phrase.first - 1 and phrase.link.kind is LinkKind.ADJECTIVE
                and bool(token_cases(tokens[before]) & token_cases(tokens[phrase.first]))
                and (phrase.last + 1 == len(tokens) or pos(tokens[phrase.last + 1]) not in _NOMINAL | {"adj"}))):
        before -= 1
    if before >= 0 and tokens[before].orth.lower() in PREPOSITIONS:
        phrase.preposition = tokens[before].orth.lower()
        if before > 0 and tokens[before - 1].orth.lower() in {"razem", "wspólnie", "łącznie"}:
            phrase.preposition = "razem z"  # "Kazachstan, razem z Uzbekistanem, dostarczał": a participant
    actors = [link for link in phrase.links if link.actor_type not in _PLACE_TYPES | _AREA_TYPES
              or link.kind.value == "capital"
              or (link.actor_type in _AREA_TYPES or link.actor_id in _DE_FACTO_STATES)
              and (phrase.preposition not in LOCATION_PREPOSITIONS | {"na", "do"} or link.text.lower().startswith(_STATES))]
    actors = _institution_of_country(tokens, actors)
    phrase.is_place = not actors
    pool = actors or phrase.links
    # a known name before a title's holder: "przywódca Korei Północnej Kim Dzong Un" is Kim, whoever holds the
    # title; the holder before a name the knowledge base lacks ("premier Izraela Ariel Saron")
    phrase.link = min(pool, key=lambda link: (_ACTOR_PRIORITY.get(link.actor_type, 3),
                                              1 if link.kind is LinkKind.ROLE else 2 * link.is_nil, link.start))
    if phrase.head in _GOVERNMENT_NOUNS and phrase.link.actor_type == "person" \
            and not _headed_by_title(tokens, phrase.first):
        phrase.link = _government_of(phrase.link)  # "reformom rządu Jerzego Buzka": Poland's government


def _surnames(actor_id: str) -> frozenset[str]:
    """A known person's surnames as the knowledge base writes them ("tokajew", "tokayev"; people with a
    Wikidata id too: "kim", "xi"); none for others."""
    if actor_id.startswith("person:"):
        return bundled_surnames().get(actor_id, frozenset()) | {actor_id.rsplit("-", 1)[-1]}
    return bundled_surnames().get(actor_id, frozenset())


def _headed_by_title(tokens: tuple[Token, ...], index: int) -> bool:
    """Is the noun at ``index`` the genitive of a person's title before it, over an adjective or two ("z
    szefem fińskiego rządu Petterim Orpo" names the prime minister, not Finland's government)?"""
    before = index - 1
    while before >= 0 and index - before <= 2 and any(reading.tag.startswith("adj") for reading in readings(
            tokens[before])):
        before -= 1
    return before >= 0 and pos(tokens[before]) == "subst" and (tokens[before].orth.islower() or before == 0) \
        and person_noun(tokens[before])  # (opening the sentence: "Rzecznik rosyjskiego rządu Dmitrij Pieskow")


def _institution_of_country(tokens: tuple[Token, ...], actors: list[EntityLink]) -> list[EntityLink]:
    """An agent noun the name recogniser took for a name of its own, before a country ("Parlament Gruzji",
    capitalized at the start of a sentence): the country is the actor, with the noun's sector (GEOLEG)."""
    if len(actors) != 2 or not actors[0].is_nil or actors[1].actor_type != "country" or " " in actors[0].text:
        return actors
    found = _token_range(tokens, actors[0].start, actors[0].end)
    sector = agent_sector(tokens, found[0])[0] if found is not None else ""
    if not sector:
        return actors
    return [replace(actors[1], code=actors[1].code[:3] + sector)]


def group_phrases(sentence: Sentence, phrases: list[Phrase], stops: frozenset[int]) -> list[Phrase]:
    """Unnamed groups as actors: an agent noun of link/data/agents_pl.tsv standing alone ("policja
    zatrzymała", "związkowcy popierają", "prokuratura zarzuciła"), not inside a linked phrase (then the
    link names the actor: "rosyjski minister obrony" is Russia), or any plural masculine-personal noun in
    the nominative ("uczestnicy protestu wzywali", "laweciarze zorganizowali"; code ""). The actor id is
    ``NIL:group:<lemma>``, its code the CAMEO sector (COP, LAB, JUD …); the same id in two documents is not the same group, so story
    clustering does not join reports on it."""
    tokens = sentence.tokens
    taken = {index for phrase in phrases for index in range(phrase.first, phrase.last + 1)}
    blocked = taken | stops
    found: list[Phrase] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        approximate = index > 0 and tokens[index - 1].orth.lower() in _APPROXIMATE  # "ponad 100 osób"
        crowd = _crowd_length(tokens, index) if index not in blocked and not (
            index and pos(tokens[index - 1]) == "prep" and not approximate) else 0
        if crowd and not blocked & set(range(index, index + crowd)):
            # "kilkaset osób protestowało", "Tysiące ludzi zgromadziły się": a counted crowd as the subject
            noun = tokens[index + crowd - 1]
            link = EntityLink(sentence.doc_id, sentence.index, token.start, noun.end,
                              " ".join(t.orth for t in tokens[index:index + crowd]),
                              f"NIL:group:{noun.lemma.lower()}", "group", LinkKind.NAME, "", "group", 0.5)
            phrase = Phrase(index, index + crowd - 1, link, [link], is_group=True)
            _finish_phrase(tokens, phrase, stops)
            phrase.cases, phrase.head = frozenset({"nom", "acc"}), CROWD
            if approximate or phrase.preposition and pos(tokens[index - 1]) == "subst":
                # "ponad" counts, governs nothing; a counted crowd is no genitive of the noun before it:
                # "protestowało przeciwko rządowi kilkadziesiąt tysięcy osób"
                phrase.preposition = ""
            found.append(phrase)
            index += crowd
            continue
        # an adjective or participle standing for a noun: "Protestujący w Tbilisi domagali się", not
        # "protestujący studenci" (then the noun is the group)
        nominalized = pos(token) == "adj" and (index + 1 == len(tokens) or pos(tokens[index + 1]) not in _NOMINAL | {"adj"}) \
            and (index == 0 or pos(tokens[index - 1]) not in _NOMINAL) and agent_sector(tokens, index)[0] != ""
        # not right after a named phrase, which it may belong to, unless that is a place adverbial: "W Tbilisi
        # policja zatrzymała", "W Rosji sąd w Moskwie skazał" (not leaders: "Na szczycie NATO w Hadze przywódcy
        # zgodzili się" are NATO's)
        adverbial = any(p.last == index - 1 and p.preposition in {"w", "we"}
                        and (p.is_place or p.link.actor_type == "country" and p.link.kind is LinkKind.NAME
                             and tokens[p.first - 1].orth.lower() in {"w", "we"}) for p in phrases) \
            and "nom" in token_cases(token) and (token.lemma.lower() not in word_set("event_title_nouns.txt")
                                                 or index + 1 < len(tokens) and tokens[index + 1].lemma in BOTH)
        # ("podpisali w Pekinie premierzy obu państw": the pair, not Beijing's)
        candidate = (index not in blocked or nominalized and index not in taken) \
            and (index - 1 not in taken or adverbial) \
            and (pos(token) == "subst" or nominalized) \
            and (index == 0 or not token.orth[:1].isupper())
        sector, length = agent_sector(tokens, index) if candidate else ("", 0)
        # "zarzucił rządowi" is the government, the dative after a verb, not the plural of "rządowy"
        dative = bool(sector) and index > 0 and pos(tokens[index - 1]) in _VERB_FORMS and pos(token) == "subst" \
            and "dat" in values(token, 2)
        adjectival = any(reading.tag.startswith("adj") for reading in readings(token))
        if sector and not nominalized and not dative and adjectival:
            sector = ""  # "standardów wojskowych": an adjective, not the noun "wojskowy"
        if sector and length == 1 and token.lemma.lower() in word_set("event_title_nouns.txt") and "sg" in values(token, 1):
            sector = ""  # "prezydent polecił": one person named before (zero-subject rule), not a group
        # (not an adjective read as a noun before its own noun: "wobec pokojowych demonstrantów")
        modifier = index + 1 < len(tokens) and pos(tokens[index + 1]) == "subst" \
            and any(reading.tag.startswith("adj") for reading in readings(token))
        if candidate and not sector and not nominalized and _people_noun(token) and not modifier:
            sector, length = "-", 1  # "uczestnicy protestu wzywali", "laweciarze zorganizowali": no sector
        elif candidate and not sector and index and not modifier and (
                tokens[index - 1].orth.lower() == "przez" and token.lemma.lower() in FORCE_NOUNS
                or tokens[index - 1].orth.lower() in AGAINST and person_noun(token) and "pl" in values(token, 1)):
            # the agent of a passive ("pobitych przez funkcjonariuszy"), people acted against ("użyła gazu
            # wobec demonstrantów")
            sector, length = "-", 1
        span = range(index, index + length)
        if not sector or taken & set(span) or any(i + 1 < len(tokens) and i + 1 in taken for i in span[-1:]) \
                or _names_follow(tokens, index + length, taken):
            index += 1
            continue  # "minister obrony Kazachstanu": the country after it is the actor
        last = index + length - 1
        start, end = token.start, tokens[last].end
        lemma = "-".join(t.lemma.lower() for t in tokens[index:last + 1]) \
            if sector != "-" or not _people_readings(token) else _people_lemma(token)
        text = " ".join(t.orth for t in tokens[index:last + 1])
        # "władze w Taszkencie", "policja w Mińsku": a state body there; not "demonstranci w Tbilisi"
        # (not a court or prosecutors, bodies of their own as the news gold codes them: "Sąd w Tbilisi skazał")
        capital = _capital_after(tokens, last, phrases) if sector in STATE_SECTORS - {"JUD"} else None
        if capital is not None:  # "Władze w Taszkencie": the government of the country whose capital it is
            # (or of the region governing itself as a state: "Władze w Tyraspolu" are Transnistria's)
            country = _DE_FACTO_CAPITALS.get(capital.actor_id) or bundled_countries()[capital.code[:3]]
            link = EntityLink(sentence.doc_id, sentence.index, start, end, text, country, "country", LinkKind.NAME,
                              capital.code[:3] + sector, "capital", capital.confidence)
        else:
            link = EntityLink(sentence.doc_id, sentence.index, start, end, text, f"NIL:group:{lemma}", "group",
                              LinkKind.NAME, sector.strip("-"), "group", 0.5)
        phrase = Phrase(index, last, link, [link], is_group=capital is None)
        _finish_phrase(tokens, phrase, stops)
        if dative and adjectival:
            phrase.cases = frozenset({"dat"})
        found.append(phrase)
        index = last + 1
    return found


# case endings of a man's surname declined from its base form ("Stubb" → "Stubba", "Stubbowi", "Stubbem")
_SURNAME_ENDINGS = (("owi", frozenset({"dat"})), ("em", frozenset({"inst"})), ("a", frozenset({"gen", "acc"})),
                    ("ie", frozenset({"loc", "voc"})), ("u", frozenset({"loc", "voc"})))
AGAINST = frozenset({"wobec", "przeciwko", "przeciw"})
# officers a text does not name, whose acts are their state's ("funkcjonariusze zatrzymali")
FORCE_NOUNS = frozenset({"funkcjonariusz", "milicja", "milicjant", "pogranicznik", "strażnik", "żandarmeria",
                         "policjant"})


def _capital_after(tokens: tuple[Token, ...], last: int, phrases: list[Phrase]) -> EntityLink | None:
    """The capital named right after an agent noun by "w"/"we" ("władze w Taszkencie", "rząd w Kijowie")."""
    if last + 2 >= len(tokens) or tokens[last + 1].orth.lower() not in {"w", "we"}:
        return None
    link = next((p.link for p in phrases if p.first == last + 2), None)
    if link is None or link.actor_id not in bundled_capitals() and link.actor_id not in _DE_FACTO_CAPITALS \
            or link.code[:3] not in bundled_countries():
        return None
    return link


def _people_readings(token: Token) -> list[str]:
    """Lemmas of the token's plural masculine-personal nominative readings: "uczestnicy" → ["uczestnik"]."""
    found = []
    for reading in readings(token):
        fields = reading.tag.split(":")
        if len(fields) > 3 and fields[0] == "subst" and fields[1] == "pl" and "nom" in fields[2].split(".") \
                and fields[3] == "m1":
            found.append(reading.lemma.lower())
    return found


BOTH = frozenset({"oba", "obydwa"})  # Morfeusz's lemma of "obaj", "obie", "obu", "obydwaj"
CROWD = "<crowd>"  # the head of a counted crowd's phrase: a group that can also be an act's target
# words of approximation before a count (quantity_approximate.tsv), no prepositions there: "Zatrzymano ponad 100 osób"
_APPROXIMATE = frozenset(word for word in word_set("quantity_approximate.tsv") if " " not in word and word != "do")
_COUNTING = frozenset({"tysiąc", "setka", "dziesiątka", "tłum", "rzesza", "kilkaset", "kilkanaście",
                       "kilkadziesiąt", "kilka", "wiele", "setki", "tysiące"})
_SCALE_WORDS = frozenset({"tys", "tysiąc", "mln", "milion", "."})


# feminine nouns of people a count may name ("52 osoby", "dwie nauczycielki"); masculine-personal ones are
# known by their gender
_COUNTED_WOMEN = frozenset({"osoba", "kobieta", "nauczycielka", "dziennikarka", "aktywistka", "działaczka",
                            "obywatelka", "mieszkanka", "studentka", "lekarka", "pielęgniarka", "matka", "żona",
                            "opozycjonistka", "uczennica", "dziewczyna"})


def _counting(token: Token) -> bool:
    """A number or counting word opening a crowd ("kilkaset", "Tysiące", "2"; not "Obu przywódców": a pair
    named before)."""
    return (pos(token) == "num" or token.orth.replace(",", "").replace(".", "").isdigit()
            or token.lemma.lower() in _COUNTING) and token.lemma.lower() not in BOTH


def _count_start(tokens: tuple[Token, ...], last: int) -> int | None:
    """Where the count of the noun at ``last`` starts ("2 tys. demonstrantów" → the "2"), or None."""
    start = None
    for index in range(last - 1, max(-1, last - 4), -1):
        if _counting(tokens[index]):
            start = index
        if tokens[index].lemma.lower() not in _SCALE_WORDS:
            break
    return start


def _crowd_length(tokens: tuple[Token, ...], index: int) -> int:
    """The length of a counted crowd starting at ``index`` ("kilkaset osób", "Tysiące ludzi", "2 tys.
    demonstrantów"): a number or counting word, then people in the genitive plural; 0 when there is none
    (not an age: "19-letnia mieszkanka")."""
    if not _counting(tokens[index]):
        return 0
    last = index + 1
    while last < len(tokens) and tokens[last].lemma.lower() in _SCALE_WORDS and last - index < 3:
        last += 1
    if last >= len(tokens) or tokens[last].is_name:
        return 0
    noun = tokens[last]
    # a participle as a noun before the verb: "kilkudziesięciu zatrzymanych zostało pobitych"
    nominalized = ":m1" in noun.tag and last + 1 < len(tokens) and pos(tokens[last + 1]) in {"praet", "fin"}
    # any plural reading: the tagger reads "74 osoby" as a singular genitive
    plural = any(reading.tag.startswith(("subst:pl:gen", "subst:pl:nom", "subst:pl:acc")) for reading in readings(noun))
    people = plural and (nominalized or (
        noun.lemma.lower() in _COUNTED_WOMEN or all(":m1" in reading.tag for reading in readings(noun)
                                             if reading.tag.startswith("subst")))
        and not any(reading.tag.startswith("adj") for reading in readings(noun)))  # "52 osoby"; not "nowych"
    return last - index + 1 if people else 0


def nation_crowd(tokens: tuple[Token, ...], phrase: Phrase) -> Phrase | None:
    """A nation's people as a crowd, not its state: a demonym counted ("Tysiące Gruzinów") or in the plural
    nominative ("Ormianie protestowali"), as the group ``NIL:group:<lemma>`` with the country's code; None for
    any other phrase."""
    link = phrase.link
    if link.kind is not LinkKind.DEMONYM or phrase.first != phrase.last or phrase.preposition:
        return None
    token = tokens[phrase.first]
    start = _count_start(tokens, phrase.first)
    if start is None and not any(reading.tag.startswith("subst:pl:nom") for reading in readings(token)):
        return None
    first = phrase.first if start is None else start
    text = " ".join(t.orth for t in tokens[first:phrase.last + 1])
    group = EntityLink(link.doc_id, link.sentence, tokens[first].start, token.end, text,
                       f"NIL:group:{token.lemma.lower()}", "group", LinkKind.NAME, link.code[:3], "group", 0.5)
    crowd = Phrase(first, phrase.last, group, [group], is_group=True)
    crowd.cases, crowd.head = frozenset({"nom", "acc"}), CROWD
    return crowd


def _people_noun(token: Token) -> bool:
    """A plural masculine-personal noun in the nominative, naming people by what they do ("uczestnicy",
    "porywacze", "przeciwnicy"), not a name or a demonym (those are linked)."""
    return not token.is_name and bool(_people_readings(token))


def _people_lemma(token: Token) -> str:
    return _people_readings(token)[0].split(":")[0]


def _names_follow(tokens: tuple[Token, ...], index: int, taken: set[int]) -> bool:
    """A linked name right after an agent noun and its genitives: "minister informacji … Jaser Abed Rabbo"."""
    for position in range(index, min(len(tokens), index + 6)):
        if position in taken:
            return True
        if not tokens[position].orth[:1].isalpha() or pos(tokens[position]) not in {"subst", "adj", "ign"}:
            return False
    return False


# object pronouns, and the subject pronouns "on", "ona" ("iż nie zamierza on wycofać wojsk")
_PRONOUNS = {"mu": "m", "go": "m", "niego": "m", "nim": "m", "jemu": "m", "niej": "f", "nią": "f", "on": "m",
             "ona": "f"}


def pronoun_phrases(context: DocumentContext, sentence: Sentence, stops: frozenset[int]) -> list[Phrase]:
    """Pronouns standing for an actor named shortly before: "Pogratulował mu" (the person just
    named), "zwrócił się do niej" (a feminine actor: "Komisja Europejska", "Rosja"); "ten kraj", "tego
    państwa": the country named last. The antecedent is the
    latest linked actor of the right gender in this sentence or the two before; none found, no phrase. "polityk"
    and "dyplomata" in the singular nominative stand for the person named last, as "on" does."""
    tokens = sentence.tokens
    found = []
    for index, token in enumerate(tokens):
        possessive = token.lemma.lower() in COUNTRY_NOUNS and index > 0 and tokens[index - 1].orth.lower() in {
            "jego", "jej"}
        if token.lemma.lower() in COUNTRY_NOUNS and index > 0 and (tokens[index - 1].lemma.lower() == "ten" or possessive) \
                and index not in stops:
            # "z tego kraju", "w tym państwie": the country named last; "jego kraj": the country of the person
            # named last ("Tokajew oświadczył, że jego kraj nie uzna …"; "swojego kraju" is mostly the
            # subject's own, no other party)
            link = _antecedent(context, sentence, token.start, "country", 3) if not possessive \
                else _possessor_country(context, sentence, tokens[index - 1], token)
            if link is not None:
                found.append(_anaphor(tokens, index - 1, index, link, token_cases(token), token.lemma.lower()))
            continue
        if token.lemma.lower() == "swój" and 0 < index < len(tokens) - 1 and index + 1 not in stops \
                and tokens[index + 1].lemma.lower() in _OWN_PEOPLE and pos(tokens[index - 1]) in {"subst", "ger"}:
            # "Polska potępiła zatrzymanie swojego obywatela": the subject's citizens, whom another's act named
            # before them is done to (not the subject's own act on them: "wycofała swoich dyplomatów")
            owner = next((link for link in reversed(context.links.get(sentence.index, []))
                          if link.start < token.start and link.code[:3] in bundled_countries()), None)
            if owner is not None:
                noun = tokens[index + 1]
                found.append(_anaphor(tokens, index, index + 1, _owners_country(owner, token, noun), token_cases(noun),
                                      noun.lemma.lower()))
            continue
        if token.lemma.lower() == "region" and index > 0 and tokens[index - 1].lemma.lower() in _REGION_MEMBERS \
                and index not in stops:
            # "państwa regionu", "przywódcy regionu": the region the story has named (an area: "Azja Centralna")
            link = _antecedent(context, sentence, token.start, "area", 13)
            if link is not None:
                found.append(_anaphor(tokens, index - 1, index, link, token_cases(tokens[index - 1]),
                                      tokens[index - 1].lemma.lower()))
            continue
        if token.lemma.lower() == "region" and index > 0 and tokens[index - 1].orth.lower() in _PARTNER_PREPOSITIONS \
                and index not in stops and (index + 1 == len(tokens) or pos(tokens[index + 1]) != "subst"):
            # "zacieśniają współpracę z regionem": the region the story has named, as a partner (not "z regionu
            # Kaukazu", which names its own)
            link = _antecedent(context, sentence, token.start, "area", 13)
            if link is not None:
                found.append(_anaphor(tokens, index, index, link, token_cases(token), "region"))
            continue
        if token.lemma.lower() in _ALLIANCE_NOUNS and token.orth[:1].islower() and index not in stops \
                and (index == 0 or pos(tokens[index - 1]) not in {"adj", "subst"}) \
                and (index + 1 >= len(tokens) or pos(tokens[index + 1]) not in {"subst", "adj", "ign"}):
            # "oskarżył sojusz o niewywiązanie się z obowiązków" after "zamroziła członkostwo w OUBZ": the
            # international organization named last (not "nowy sojusz", "sojusz wojskowy", "sojusz Rosji")
            link = _antecedent(context, sentence, token.start, "international_organization", 3)
            if link is not None:
                found.append(_anaphor(tokens, index, index, link, token_cases(token), token.lemma.lower()))
            continue
        gender = _PRONOUNS.get(token.orth.lower())
        if gender is None and token.lemma.lower() in DEFINITE_PERSONS and token.tag.startswith("subst:sg:nom"):
            gender = "m"  # "czemu polityk stanowczo zaprzecza", "Dyplomata zaprzeczył": the person named last
        if gender is None or index in stops:
            continue
        link = _antecedent_link(context, sentence, token.start, gender)
        if link is None:
            continue
        found.append(_anaphor(tokens, index, index, link, token_cases(token),
                              token.lemma.lower() if token.lemma.lower() in DEFINITE_PERSONS else "on"))
    return found


def _anaphor(tokens: tuple[Token, ...], first: int, last: int, link: EntityLink, cases: frozenset[str],
             head: str) -> Phrase:
    """A phrase of words naming an actor again, with the preposition before them ("z tego kraju", "do niego")."""
    phrase = Phrase(first, last, link, [link], cases=cases, head=head)
    if first > 0 and tokens[first - 1].orth.lower() in PREPOSITIONS:
        phrase.preposition = tokens[first - 1].orth.lower()
    return phrase


COUNTRY_NOUNS = frozenset({"kraj", "państwo"})  # "ten kraj", "jego kraj", "oba państwa"
# a state's people abroad, whose arrest, release or expulsion is done to that state ("swojego obywatela")
_OWN_PEOPLE = frozenset({"obywatel", "obywatelka", "dyplomata", "dziennikarz", "dziennikarka", "ambasador", "konsul",
                         "marynarz", "rybak", "kierowca", "pracownik"})
_ALLIANCE_NOUNS = frozenset({"sojusz", "blok", "ugrupowanie"})
# nouns a news story uses for the person it has just named, never for a new one
DEFINITE_PERSONS = frozenset({"polityk", "dyplomata"})


_PARTNER_PREPOSITIONS = frozenset({"z", "ze", "do", "wobec", "dla"})  # "współpraca z regionem"
_REGION_MEMBERS = frozenset({"państwo", "kraj", "przywódca", "lider", "prezydent", "przedstawiciel"})


def _antecedent(context: DocumentContext, sentence: Sentence, position: int, actor_type: str,
                sentences: int) -> EntityLink | None:
    """The latest actor of a type linked before a position, in this sentence and the ones before, ``sentences``
    in all: the country "ten kraj" names again (three), the area of "państwa regionu" (thirteen: a story)."""
    for index in range(sentence.index, max(-1, sentence.index - sentences), -1):
        for link in reversed(context.links.get(index, [])):
            if link.start < position and link.actor_type == actor_type:
                return link
    return None


def _possessor_country(context: DocumentContext, sentence: Sentence, possessive: Token,
                       noun: Token) -> EntityLink | None:
    """The country of the person named last before a possessive ("jego kraj", "jej państwo"), over their span
    (a person's pronoun: "m" finds a person of either sex)."""
    person = _antecedent_link(context, sentence, possessive.start, "m", possessive=True)
    if person is None or person.code[:3] not in bundled_countries():
        return None
    return _owners_country(person, possessive, noun)


def _owners_country(owner: EntityLink, possessive: Token, noun: Token) -> EntityLink:
    """The country of the actor a possessive stands for, over the possessive and its noun ("jego kraj",
    "swojego obywatela")."""
    return replace(owner, start=possessive.start, end=noun.end, text=f"{possessive.orth} {noun.orth}",
                   actor_id=bundled_countries()[owner.code[:3]], actor_type="country", code=owner.code[:3],
                   kind=LinkKind.NAME, method="possessive")


def _antecedent_link(context: DocumentContext, sentence: Sentence, position: int, gender: str,
                     possessive: bool = False) -> EntityLink | None:
    """The latest actor of the pronoun's gender before it in this sentence or the two before; in an earlier
    sentence, one an event there was about comes first ("… o aresztowaniu burmistrza Ekrema İmamoğlu,
    rywala prezydenta Erdoğana. Prokuratura zarzuca mu korupcję": İmamoğlu, not Erdoğan). A possessive may
    stand for its own clause's subject, as news Polish writes it ("Nausėda oskarżył Białoruś o ataki na jego
    kraj")."""
    for index in (sentence.index, sentence.index - 1, sentence.index - 2):
        involved = {actor.actor_id for event in _events_in(context, index)
                    for actor in (event.target, event.source) if actor is not None}
        links = context.links.get(index, [])
        skipped = False  # the clause's own subject was passed over, with a noun after it
        if index != sentence.index:
            links = [link for link in links if link.actor_id not in involved] \
                + [link for link in links if link.actor_id in involved]  # the involved ones are tried first
        for link in reversed(links):
            if link.start >= position or link.actor_type in _PLACE_TYPES | _AREA_TYPES \
                    or link.kind.value == "adjective":
                continue
            if gender == "m" and link.actor_type == "person" \
                    or gender == "f" and link.actor_type != "person" and _feminine(link):
                # "Sikorski wezwał chargé d'affaires i wręczył mu notę": not Sikorski himself, but one named
                # before him in the sentence ("Alijew oskarżył Rosję …, a Putin przeprosił go")
                if index == sentence.index and not possessive and _own_subject(sentence, link, position):
                    # (with only a verb between, the one received is of an earlier sentence: "Berdimuhamedow
                    # odwiedził Moskwę. Putin przyjął go na Kremlu")
                    skipped = skipped or any(pos(token) in {"subst", "ger", "depr"} for token in sentence.tokens
                                             if link.end <= token.start < position)
                    continue
                return link
        if skipped:
            return None  # (not a person of an earlier sentence)
    return None


_CLAUSE_BOUNDARIES = frozenset({"że", "iż", "aby", "by", ",", "–", "-"})  # and any form of "który"


def _own_subject(sentence: Sentence, link: EntityLink, position: int) -> bool:
    """Is the link the nominative subject of the clause an object pronoun at ``position`` is in (no clause
    boundary between them)? An object pronoun never stands for its own clause's subject."""
    tokens = sentence.tokens
    inside = [index for index, token in enumerate(tokens) if link.start <= token.start < link.end]
    if not inside or "nom" not in token_cases(tokens[inside[0]]) or tokens[inside[0]].orth.lower() in _PRONOUNS:
        return False
    between = [token for token in tokens if link.end <= token.start < position]
    return not any(token.orth.lower() in _CLAUSE_BOUNDARIES or token.lemma == "który" for token in between)


def _events_in(context: DocumentContext, index: int) -> Iterator[Event]:
    """The events found so far in sentence ``index``, read from the end of the document's events."""
    for event in reversed(context.events):
        if event.sentence < index:
            return
        if event.sentence == index:
            yield event


def _feminine(link: EntityLink) -> bool:
    head = link.text.split()[0]
    return any(len(fields) > 3 and fields[0] == "subst" and "f" in fields[3].split(".")
               for fields in (reading.tag.split(":") for reading in morphology().readings(head)))
