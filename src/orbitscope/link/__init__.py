"""Linking: name mentions, country adjectives and demonyms, capitals and titles → knowledge-base actors.

``Linker.link(analysis)`` returns the analysis with ``links``. In order:

1. knowledge-base names found by lemma in any grammatical case (``matcher.py``); a capital outside a
   locative phrase stands for its government ("Moskwa ostrzega", "presja na Astanę" → the country);
2. country adjectives and demonyms ("rosyjski minister obrony" → Russia, code RUSMIL; "Rosjanie"), and the
   adjectives of a few organizations ("unijne sankcje" → the EU, "natowskie ćwiczenia" → NATO);
3. titles with a country ("prezydent Kazachstanu", "francuski prezydent") → the office holder on the
   document's date;
4. the language layer's remaining name mentions: by spelling-insensitive key (transliteration), then a
   bare surname by coreference with a full name earlier in the document, then by the knowledge base's
   surnames (preferring people in office on the document's date);
5. everything left becomes a NIL cluster with a deterministic id shared across documents
   ("NIL:person:kosanov" for "Dauren Kosanow" here and "Kosanowa" there).

The knowledge base also takes part in the fusion of name mentions (rules in ``nlp/ner.py``): a person
mention that extends a knowledge-base name with first names ("Władimir Władimirowicz Putin" over a matched
"Putin") widens that link to the whole mention; a mention on exactly a knowledge-base name gets ``kb`` in its
source; a knowledge-base name that no mention covers, or that covers only smaller mentions (the model
trimmed it), becomes a mention of source ``kb`` in their place; a mention that crosses a knowledge-base name
("Putina Zachód") is cut back to the words before it, which are linked on their own, and so are capitalized
words after it that are a person's name ("na Kremlu Łukaszenkę").

Each link carries an actor code for events: the country's CAMEO code plus a sector from the role the
person held on the document's date (RUSGOV, KAZMIL), from the agent noun next to an adjective
(rosyjskie władze → RUSGOV), GOV for a capital standing for its government, or the organization's code.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from importlib import resources

from orbitscope.kb import (
    COUNTRY,
    FAMILY_NAME_FIRST,
    ORGANIZATION_TYPES,
    PERSON,
    Actor,
    KnowledgeBase,
    Role,
    bundled_capitals,
    bundled_countries,
)
from orbitscope.kb.keys import match_key, match_keys
from orbitscope.link.matcher import Entry, NameMatcher
from orbitscope.model import Analysis, EntityLink, LinkKind, Mention, MentionKind, NameKind, Sentence, Token
from orbitscope.nlp.guesser import name_candidates
from orbitscope.nlp.morphology import Morphology
from orbitscope.nlp.segmentation import word_list
from orbitscope.nlp.tags import features

__all__ = ["Linker"]

# Prepositions after which a capital is a place, not its government ("w Astanie", "do Moskwy"); "z"/"ze" only
# with the genitive ("z Moskwy" = from, "z Moskwą" = with the government); "przez Moskwę" is usually the agent.
_PLACE_PREPOSITIONS = frozenset({"w", "we", "do", "od", "koło", "pod", "nad", "obok", "przy", "niedaleko",
                                 "wokół", "spod", "sprzed", "zza"})
_FROM_PREPOSITIONS = frozenset({"z", "ze"})
_LOCATIVE_PREPOSITIONS = frozenset({"na", "o", "po", "przy"})
_MIN_SURNAME = 3
_SURNAME_FIRST = frozenset({"CHN", "PRK", "KOR", "TWN", "VNM"})  # countries whose names put the surname first
_RECENT = timedelta(days=4 * 365)  # a former office holder's bare surname still names them this long after
_FUNCTION_WORDS = frozenset({"prep", "conj", "comp", "qub", "part", "interj", "adv", "pred"})  # "W", "II" are no surnames to resolve
_MENTION_TYPES = {
    MentionKind.PERSON: {PERSON},
    MentionKind.PLACE: {COUNTRY, "city", "region", "area", "facility"},
    MentionKind.LOCATION: {"area", "region", "facility", "city", COUNTRY},
    MentionKind.ORGANIZATION: {"international_organization", "organization", "company", "facility", "group"},
}


_KIND_OF_TYPE = {PERSON: MentionKind.PERSON, COUNTRY: MentionKind.PLACE, "city": MentionKind.PLACE,
                 "region": MentionKind.PLACE, "area": MentionKind.LOCATION, "facility": MentionKind.LOCATION,
                 "international_organization": MentionKind.ORGANIZATION, "organization": MentionKind.ORGANIZATION,
                 "company": MentionKind.ORGANIZATION, "group": MentionKind.ORGANIZATION}


@cache
def _agents() -> dict[tuple[str, ...], str]:
    text = resources.files("orbitscope.link").joinpath("data", "agents_pl.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {tuple(lemmas.split()): sector.strip() for lemmas, sector in rows}


@cache
def _agent_heads() -> frozenset[str]:
    return frozenset(lemmas[0] for lemmas in _agents())


def agent_sector(tokens: tuple[Token, ...], index: int) -> tuple[str, int]:
    """The CAMEO sector of the agent noun phrase starting at ``index`` ("minister obrony" → MIL, "policja" →
    COP) and its length in tokens; ("", 0) when the words are no agent noun (link/data/agents_pl.tsv)."""
    agents = _agents()
    if index >= len(tokens) or tokens[index].lemma.lower() not in _agent_heads():
        return "", 0
    lemmas = [token.lemma.lower() for token in tokens[index : index + 3]]
    for length in (3, 2, 1):
        sector = agents.get(tuple(lemmas[:length]))
        if sector and len(lemmas) >= length:
            return sector, length
    return "", 0


def lemma_sector(lemma: str) -> str:
    """The CAMEO sector of a one-word agent noun by its lemma ("rolnik" → AGR), "" for none."""
    return _agents().get((lemma,), "")


@cache
def _word_list(name: str) -> frozenset[str]:
    """The words of a link/data/*.txt list (one a line, "#" comments)."""
    text = resources.files("orbitscope.link").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def _seat_metonyms() -> dict[str, str]:
    """Place id → the actor it stands for as a government (link/data/seat_metonyms.tsv): Brussels → the EU."""
    text = resources.files("orbitscope.link").joinpath("data", "seat_metonyms.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {place.strip(): actor.strip() for place, actor in rows}


_SECOND_SURNAME = re.compile(r"-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+")


def _double_surname(text: str, mention: Mention) -> Mention:
    """A person's mention the name model cut at a hyphen, joined again: "Kosiniak" + "-Kamysz"."""
    if mention.kind is not MentionKind.PERSON:
        return mention
    found = _SECOND_SURNAME.match(text, mention.end)
    if found is None:
        return mention
    return replace(mention, end=found.end(), text=text[mention.start:found.end()], base=mention.base + found.group())


def _hyphenated_initials(written: str, first_name: str) -> bool:
    """Are two or more initials joined by a hyphen those of a hyphenated first name ("K.-Ż.", Kasym-Żomart)?"""
    initials, names = written.split("-"), first_name.split("-")
    return len(initials) == len(names) > 1 and all(
        len(initial.rstrip(".")) == 1 and name.startswith(initial.rstrip(".")) for initial, name in zip(initials, names))


def _spellings(surname: str, text: str) -> frozenset[str]:
    """A bare surname as written, as its base form and as the guesser's base forms, in lower case."""
    written = text.split()[-1] if text.split() else surname
    return frozenset({surname.lower(), written.lower()} | {c.lemma.lower() for c in name_candidates(written)})


def _spelled(actor: Actor, spellings: frozenset[str]) -> bool:
    """Whether a bare surname (its ``_spellings``) is written as one of the person's names writes it, not only
    alike once folded: "Tokajewa" is Tokajew, but a Polish "Nowak" is no Katalin Novák."""
    words = [word.lower() for name in actor.all_names for word in name.split()]
    forms = set(words) | {part for word in words for part in word.split("-")}  # "Kosiniak-Kamysz", "Kamysz"
    return bool(forms & spellings)


# nouns a company's name stands in apposition to (a name read as a person's after them is the company's)
_COMPANIES = frozenset({"koncern", "firma", "spółka", "przedsiębiorstwo", "korporacja", "holding"})
def _company_name(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Is the name from ``first`` to ``last``, after a company noun, the company's: no word in the genitive
    (its owner: "firma Sławomira Pińskiego"), nor after a title over the noun's adjectives ("prezes
    sędziszowskiej firmy Józef Urban")?"""
    if any(":gen" in token.tag for token in tokens[first:last + 1]):
        return False
    index = first - 2
    while index >= 0 and tokens[index].tag.startswith("adj"):
        index -= 1
    return not (index >= 0 and tokens[index].tag.startswith("subst"))


# nouns a settlement's name stands in apposition to
_SETTLEMENTS = frozenset({"wieś", "wioska", "miasto", "miasteczko", "miejscowość", "osada", "osiedle", "gmina"})


def after_product_noun(tokens: tuple[Token, ...], first: int) -> bool:
    """A name in apposition after a weapon, vehicle or pipeline noun names that thing ("systemów Patriot",
    "krążownik Moskwa"); a genitive names its owner or author ("drony Iranu", "systemów Irzykowskiego"), and
    a capitalized noun belongs to a name ("Stowarzyszenia Budowniczych Rurociągów Witold Michałowski")."""
    noun = first - 1
    if noun > 0 and tokens[noun].tag.startswith("adj") and tokens[noun].orth[:1].islower():
        noun -= 1  # over one adjective: "drony uderzeniowe Shahed"
    if first == 0 or tokens[noun].lemma.lower() not in _word_list("product_nouns.txt") \
            or not tokens[noun].orth[:1].islower():
        return False
    # (a capitalized word read in every case names the thing: "manewry Dragon-24"; an acronym is its owner:
    # "ćwiczenia NATO"; a model number makes a type: "myśliwce MiG-31", whatever case Morfeusz reads)
    if first + 2 < len(tokens) and tokens[first + 1].orth == "-" and tokens[first + 2].orth[:1].isdigit() \
            and tokens[first + 1].start == tokens[first].end:
        return True
    case = features(tokens[first].tag).case
    return "gen" not in case or "nom" in case and not tokens[first].orth.isupper()


@cache
def _bloc_adjectives() -> dict[str, tuple[str, frozenset[str]]]:
    """Adjective lemma → (bloc actor id, the political nouns it must qualify): "zachodnie sankcje" → the West."""
    text = resources.files("orbitscope.link").joinpath("data", "bloc_adjectives.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {adjective.strip(): (actor_id.strip(), frozenset(nouns.strip().split("|"))) for adjective, actor_id, nouns in rows}


def _named_by_acronym(text: str, links: list[EntityLink]) -> list[EntityLink]:
    """A name the knowledge base lacks, followed by its acronym in parentheses that it knows, is that actor:
    "Państwowy Komitet Bezpieczeństwa Narodowego (GKNB)" → the Kyrgyz GKNB."""
    known = {link.start: link for link in links if not link.is_nil}
    result = []
    for link in links:
        if link.is_nil and link.actor_type != PERSON:
            opening = text.find("(", link.end, link.end + 3)
            acronym = known.get(opening + 1) if opening >= 0 and not text[link.end:opening].strip() else None
            if acronym is not None and text[acronym.end:acronym.end + 1] == ")" and acronym.text.isupper() \
                    and acronym.actor_type in ORGANIZATION_TYPES:  # not "Argonne National Laboratory (USA)": where it is
                link = replace(link, actor_id=acronym.actor_id, actor_type=acronym.actor_type, code=acronym.code,
                               method="acronym")
        result.append(link)
    return result


@cache
def _title_aliases() -> dict[str, tuple[str, ...]]:
    """Words that name an office without its title: "rosyjski przywódca" → the president, else the premier."""
    text = resources.files("orbitscope.link").joinpath("data", "title_aliases.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {alias.strip(): tuple(title.strip() for title in titles.split("|")) for alias, titles in rows}


# first nouns of the names of state bodies: an unknown one followed by a country's name is that country's
_STATE_BODY_HEADS = frozenset({"służba", "ministerstwo", "komitet", "urząd", "straż", "gwardia", "agencja",
                               "prokuratura", "policja", "sąd", "trybunał", "rada", "dowództwo", "sztab",
                               "inspektorat", "departament", "administracja", "kancelaria", "rząd", "komisja"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # CAMEO sectors of the state itself
_VERB_TAGS = frozenset({"fin", "praet", "bedzie", "impt", "inf", "imps", "winien", "pcon", "pant"})


class Linker:
    """Links one document's mentions to actors of a knowledge base."""

    def __init__(self, knowledge: KnowledgeBase, morphology: Morphology, home_country: str = "POL") -> None:
        self.knowledge = knowledge
        self.home_country = home_country  # ISO alpha-3 of the press read: whose "premier" a bare title means
        self.matcher = NameMatcher(morphology)
        for actor in knowledge.actors.values():
            for name in actor.all_names:
                if actor.type == PERSON and len(name.split()) < 2:
                    continue  # a lone first name ("Jan") or surname is resolved in context, not by the trie
                self.matcher.add(actor.id, name, "name")
            for acronym in actor.acronyms:
                self.matcher.add(actor.id, acronym, "acronym")
        self._adjectives: dict[str, str | None] = {}
        self._demonyms: dict[str, str | None] = {}
        self.titles = NameMatcher(morphology)
        for (country, title) in knowledge.office_holders:
            if title:
                self.titles.add(title, title, "name")
        self.title_aliases = _title_aliases()  # "przywódca" → the holders of "prezydent", else "premier"
        # posts in international organizations name their organization ("sekretarz generalny NATO"): the
        # title alone is the holder, with no country beside it
        self.organization_posts = {title: country for (country, title) in knowledge.office_holders
                                   if title and country not in knowledge.by_iso3}
        for alias in self.title_aliases:
            self.titles.add(alias, alias, "name")

    # ------------------------------------------------------------------------------------------ api

    def link(self, analysis: Analysis) -> Analysis:
        """Return the analysis with its entity links."""
        document = analysis.document
        day = document.published
        links: list[EntityLink] = []
        for sentence in analysis.sentences:
            links.extend(self._link_sentence(document.id, document.text, sentence, day))
        links.extend(self._link_mentions(analysis, links, day))
        links.extend(self._bare_titles(analysis, links, day))
        links.extend(self._family_names(analysis, links, day))
        for sentence in analysis.sentences:  # after the people the recogniser found: "ze swoim … odpowiednikiem"
            if any(token.lemma.lower() == "odpowiednik" for token in sentence.tokens):
                own = sorted((link for link in links if link.sentence == sentence.index), key=lambda link: link.start)
                links.extend(self._counterparts(document.id, document.text, sentence, sentence.tokens, own, day))
        links = self._foreign_bodies(document.text, links)
        links = _named_by_acronym(document.text, links)
        links = self._first_names_joined(document.text, links)
        # A span only the rules found, of a kind they cannot tell, that no knowledge-base actor explains is
        # dropped with its NIL link: on NKJP 85% of those were capitalized common words, not names.
        nil_spans = {(link.start, link.end) for link in links if link.is_nil}
        unsupported = {(m.start, m.end) for m in analysis.mentions
                       if m.source == "rules" and m.kind is MentionKind.NAME and (m.start, m.end) in nil_spans}
        links = [link for link in links if not (link.is_nil and (link.start, link.end) in unsupported)]
        mentions = tuple(m for m in analysis.mentions if (m.start, m.end) not in unsupported)
        links.sort(key=lambda link: (link.start, link.end))
        return replace(analysis, links=tuple(links), mentions=self._fused_mentions(mentions, links))

    def _fused_mentions(self, mentions: tuple[Mention, ...], links: list[EntityLink]) -> tuple[Mention, ...]:
        """The language layer's mentions with the knowledge base's names joined in (module docstring)."""
        fused = list(mentions)
        for link in links:
            if link.method != "kb" or link.kind not in (LinkKind.NAME, LinkKind.ACRONYM):
                continue
            index = next((i for i, m in enumerate(fused) if (m.start, m.end) == (link.start, link.end)), None)
            overlapping = [m for m in fused if m.start < link.end and link.start < m.end]
            if index is not None:
                mention = fused[index]
                if "kb" not in mention.source.split("+"):
                    source = "+".join(sorted({*mention.source.split("+"), "kb"}))
                    kind = _KIND_OF_TYPE.get(link.actor_type, mention.kind)  # the knowledge base knows the type
                    fused[index] = replace(mention, source=source, kind=kind,
                                           confidence=max(mention.confidence, link.confidence))
            elif all(link.start <= m.start and m.end <= link.end for m in overlapping):
                # No mention, or only mentions inside the name ("Tureckich" in "Organizację Państw Tureckich"):
                # the knowledge-base name is the mention.
                fused = [m for m in fused if m not in overlapping]
                actor = self.knowledge.actors[link.actor_id]
                fused.append(Mention(link.doc_id, link.sentence, link.start, link.end, link.text,
                                     actor.name_pl or actor.name_en, _KIND_OF_TYPE.get(actor.type, MentionKind.NAME),
                                     "kb", link.confidence))
        fused.sort(key=lambda mention: (mention.start, mention.end))
        return tuple(fused)

    # ------------------------------------------------------------------------------- steps 1 to 3

    def _link_sentence(self, doc_id: str, text: str, sentence: Sentence, day: date | None) -> list[EntityLink]:
        tokens = sentence.tokens
        orths = [token.orth for token in tokens]
        lemmas = [token.lemma for token in tokens]
        links: list[EntityLink] = []
        covered: set[int] = set()
        for first, last, entries in self.matcher.find(orths, lemmas):
            # The name proper starts at its first capital: "rurociąg Baku-Tbilisi-Ceyhan" → "Baku-...",
            # "polski Sejm" → "Sejm" (the adjective is linked to its country below); a match without any
            # capital ("polskiego rządu") is a description, not a name, unless the knowledge base lists that
            # one word in lower case ("talibowie") or it names an area or region ("państw zachodnich",
            # "przesmyku suwalskiego", "w obwodzie donieckim").
            lowercase = [entry for entry in entries if not any(orth[:1].isupper() for orth in entry.orths) and (
                len(entry.orths) == 1 or self._actor_type(entry.actor_id) in {"area", "region"})]
            if first == 0 and (all(not any(orth[:1].isupper() for orth in entry.orths) for entry in entries)
                               and not lowercase or last == 1 and self._adjective_on(tokens, 0)):
                continue  # "Polski rząd" opening a sentence is the description "polski rząd", capitalized, and
                # "Polski minister" is no genitive of "Polska" (the adjective is linked below)
            while first < last and not tokens[first].orth[:1].isupper() and not lowercase:
                first += 1
            if first == last or after_product_noun(tokens, first) and all(
                    self._actor_type(entry.actor_id) != COUNTRY for entry in entries):
                continue  # "krążownik Moskwa" is a ship ("system PRL" is the state's)
            # a name the knowledge base writes in lower case ("talibowie") matches in lower case
            actor = self._choose(lowercase if lowercase and not tokens[first].orth[:1].isupper() else entries, day)
            if actor is None or self._name_runs_on(tokens, first, last, actor):
                continue
            link = self._name_link(doc_id, text, sentence, tokens, first, last, actor, entries, day)
            links.append(link)
            covered.update(range(first, last))
        for index, token in enumerate(tokens):
            if index in covered:
                continue
            link = self._adjective_or_demonym(doc_id, text, sentence, tokens, index)
            if link is not None:
                links.append(link)
                covered.add(index)
        links.extend(self._roles(doc_id, text, sentence, tokens, links, day))
        return links

    def _adjective_on(self, tokens: tuple[Token, ...], index: int) -> bool:
        """Can the word be an adjective agreeing with the lower-case noun right after it ("Polski minister")?"""
        if index + 1 >= len(tokens) or not tokens[index + 1].orth[:1].islower():
            return False
        forms = {tuple(reading.tag.split(":")[1:4]) for reading in self.matcher.morphology.readings(tokens[index].orth)
                 if reading.tag.startswith("adj:")}
        nouns = [reading.tag.split(":")[1:4] for reading in self.matcher.morphology.readings(tokens[index + 1].orth)
                 if reading.tag.startswith("subst:")]
        return any(all(set(a.split(".")) & set(n.split(".")) for a, n in zip(form, noun, strict=False))
                   for form in forms for noun in nouns)

    @staticmethod
    def _name_runs_on(tokens: tuple[Token, ...], first: int, last: int, actor: Actor) -> bool:
        """One word of an organization's name followed by a capitalized common noun is the start of a longer
        name: "Konfederacją Pracodawców" is not the party Konfederacja, "Radą Ministrów" not a council."""
        if last - first != 1 or actor.type in {COUNTRY, PERSON, "city", "region", "area"} or last >= len(tokens):
            return False
        following = tokens[last]
        return following.orth[:1].isupper() and not following.is_name \
            and following.tag.startswith("subst") and following.lemma[:1].islower()

    def _choose(self, entries: list[Entry], day: date | None) -> Actor | None:
        """Pick one actor among those sharing a name: countries, then places, organizations, people."""
        actors = [self.knowledge.actors[entry.actor_id] for entry in entries]
        order = {COUNTRY: 0, "international_organization": 1, "city": 2, "region": 3, "area": 4}
        actors.sort(key=lambda actor: (order.get(actor.type, 5), -len(actor.roles_on(day)), actor.id))
        return actors[0] if actors else None

    def _name_link(self, doc_id: str, text: str, sentence: Sentence, tokens: tuple[Token, ...], first: int,
                   last: int, actor: Actor, entries: list[Entry], day: date | None) -> EntityLink:
        start, end = tokens[first].start, tokens[last - 1].end
        kind = LinkKind.ACRONYM if any(e.kind == "acronym" and e.actor_id == actor.id for e in entries) \
            else LinkKind.NAME
        country_iso = actor.capital_of
        seated = _seat_metonyms().get(actor.id)
        if seated in self.knowledge.actors and self._stands_for_government(tokens, first):
            # "Bruksela zagroziła zawieszeniem ruchu bezwizowego": the European Union, not Belgium
            organization = self.knowledge.actors[seated]
            return EntityLink(doc_id, sentence.index, start, end, text[start:end], organization.id,
                              organization.type, LinkKind.CAPITAL, self.code(organization, day), "kb", 0.8)
        if country_iso and self._stands_for_government(tokens, first):
            country = self.knowledge.country_of(country_iso)
            if country is not None:
                return EntityLink(doc_id, sentence.index, start, end, text[start:end], country.id, COUNTRY,
                                  LinkKind.CAPITAL, country.code + "GOV", "kb", 0.8)
        ambiguous = len({entry.actor_id for entry in entries}) > 1
        return EntityLink(doc_id, sentence.index, start, end, text[start:end], actor.id, actor.type, kind,
                          self.code(actor, day), "kb", 0.8 if ambiguous else 0.95)

    @staticmethod
    def _stands_for_government(tokens: tuple[Token, ...], index: int) -> bool:
        """A capital is its government unless a preposition makes it a location.

        "w Astanie", "do Moskwy", "z Moskwy" are places; "Moskwa ostrzega", "presja na Astanę",
        "stosunki z Moskwą", "nie przeszkadza to Astanie" are the government. The locative needs a
        preposition in Polish, so a capital without one is never a place phrase.
        """
        before = index - 1
        while before >= 0 and tokens[before].tag.startswith(("adj", "num")):  # "w starożytnym Rzymie"
            before -= 1
        if before < 0:
            return True
        previous = tokens[before]
        preposition = previous.orth.lower()
        if not previous.tag.startswith("prep"):
            return True
        cases = features(tokens[index].tag).case
        if preposition in _PLACE_PREPOSITIONS or preposition in _FROM_PREPOSITIONS and "gen" in cases:
            return False
        return not (preposition in _LOCATIVE_PREPOSITIONS and "loc" in cases)

    def _adjective_or_demonym(self, doc_id: str, text: str, sentence: Sentence, tokens: tuple[Token, ...],
                              index: int) -> EntityLink | None:
        token = tokens[index]
        own = token.lemma if token.tag.startswith(("adj:", "adja")) and token.lemma in self.knowledge.adjectives else None
        adjective = own or self._adjective(token.orth)
        if adjective is not None and index > 0 and tokens[index - 1].lemma.lower() in _word_list("non_state_heads.txt"):
            adjective = None  # "języka rosyjskiego" is about a language, "światem tureckim" about a culture
        if adjective is not None:
            actor = self.knowledge.actors[self.knowledge.adjectives[adjective]]
            # a country's adjective takes the sector of the noun it qualifies ("rosyjski minister obrony" →
            # RUSMIL); an organization's ("unijne sankcje", "natowskie ćwiczenia") is the organization
            code = actor.code + agent_sector(tokens, index + 1)[0] if actor.type == COUNTRY else actor.code
            return EntityLink(doc_id, sentence.index, token.start, token.end, token.orth, actor.id, actor.type,
                              LinkKind.ADJECTIVE, code, "kb", 0.9)
        bloc = self._bloc(tokens, index)
        if bloc is not None:
            return EntityLink(doc_id, sentence.index, token.start, token.end, token.orth, bloc.id, bloc.type,
                              LinkKind.ADJECTIVE, bloc.code, "kb", 0.85)
        demonym = self._demonym(token.orth) if token.orth[:1].isupper() else None
        if demonym is not None:
            country = self.knowledge.actors[self.knowledge.demonyms[demonym]]
            return EntityLink(doc_id, sentence.index, token.start, token.end, token.orth, country.id, COUNTRY,
                              LinkKind.DEMONYM, country.code, "kb", 0.9)
        return None

    def _bloc(self, tokens: tuple[Token, ...], index: int) -> Actor | None:
        """The bloc a lower-case adjective names next to a political noun ("zachodnich sankcji", "rządy
        zachodnie" → the West), if any (link/data/bloc_adjectives.tsv)."""
        token = tokens[index]
        if token.orth[:1].isupper() and index > 0:
            return None  # "Zachodni Brzeg", "Pomorze Zachodnie": part of a name
        for reading in self.matcher.morphology.readings(token.orth):
            entry = _bloc_adjectives().get(reading.lemma) if reading.tag.startswith("adj:") else None
            if entry is not None and any(tokens[i].lemma.lower() in entry[1] for i in (index - 1, index + 1)
                                         if 0 <= i < len(tokens)) and entry[0] in self.knowledge.actors:
                return self.knowledge.actors[entry[0]]
        return None

    def _adjective(self, orth: str) -> str | None:
        """The country adjective lemma among a word's readings, if any (cached per word).

        Without a tagger the chosen reading may be the noun ("rosyjski" = the Russian language), so any
        adjectival reading of a country adjective counts.
        """
        if orth in self._adjectives:
            return self._adjectives[orth]
        adjective = next((r.lemma for r in self.matcher.morphology.readings(orth)
                          if r.tag.startswith(("adj:", "adja")) and r.lemma in self.knowledge.adjectives), None)
        self._adjectives[orth] = adjective
        return adjective

    def _demonym(self, orth: str) -> str | None:
        """The demonym lemma among a word's readings ("Polaków" → "Polak"), if any (cached per word)."""
        if orth not in self._demonyms:
            self._demonyms[orth] = next((r.lemma for r in self.matcher.morphology.readings(orth)
                                         if r.lemma in self.knowledge.demonyms), None)
        return self._demonyms[orth]

    def _roles(self, doc_id: str, text: str, sentence: Sentence, tokens: tuple[Token, ...],
               links: list[EntityLink], day: date | None) -> list[EntityLink]:
        """Titles with a country and no name: "prezydent Kazachstanu", "francuski prezydent"."""
        by_start = {link.start: link for link in links}
        by_end = {link.end: link for link in links}
        # a country adjective may stand inside a title ("szef polskiej dyplomacji"): titles are looked for
        # in the words without country adjectives, which then give the country
        adjectives = {i: link for i, token in enumerate(tokens) if (link := by_start.get(token.start)) is not None
                      and link.kind is LinkKind.ADJECTIVE and link.actor_type == COUNTRY and link.end == token.end}
        kept = [i for i in range(len(tokens)) if i not in adjectives]
        result: list[EntityLink] = []
        for kept_first, kept_last, entries in self.titles.find([tokens[i].orth for i in kept],
                                                               [tokens[i].lemma for i in kept]):
            first, last = kept[kept_first], kept[kept_last - 1] + 1
            title = entries[0].actor_id
            each = self._holders_of_each(doc_id, text, tokens, sentence, by_start, title, first, last, day)
            if each:
                # "Prezydenci Rosji i Białorusi", "Przywódcy Chin, Kazachstanu … i Uzbekistanu": one holder of
                # each country named
                result.extend(each)
                continue
            if "pl" in features(tokens[first].tag).number and "sg" not in features(tokens[first].tag).number:
                continue  # "prezydentami Węgier": several holders, not one person
            post = self._organization_post(title, day)
            if post is not None:
                if not self._named_after(tokens, tokens[last - 1].end, capitalized=True):  # "ONZ U Thanta"
                    result.append(self._role_link(doc_id, text, sentence, tokens[first].start, tokens[last - 1].end,
                                                  post, day))
                continue
            following = by_start.get(tokens[last].start) if last < len(tokens) else None
            preceding = by_end.get(tokens[first - 1].end) if first > 0 else None
            inside = [adjectives[i] for i in range(first + 1, last) if i in adjectives]
            if inside:
                preceding = inside[0]  # "szef polskiej dyplomacji" = "polski szef dyplomacji"
            # the ministry a title names with its country: "szefa MSZ Chin" (the title "szef MSZ" ends inside the
            # name "MSZ Chin")
            ministry = next((link for link in links if tokens[first].start < link.start < tokens[last - 1].end < link.end
                             and link.actor_type == "organization" and link.actor_id in self.knowledge.actors
                             and self.knowledge.actors[link.actor_id].country), None)
            if following is not None and following.actor_type == COUNTRY and not inside:
                country_link, span_end = following, following.end  # "prezydent Kazachstanu"
            elif ministry is not None and not inside:
                country_link, span_end = ministry, ministry.end
            elif preceding is not None and preceding.kind is LinkKind.ADJECTIVE:
                country_link, span_end = preceding, tokens[last - 1].end  # "francuski prezydent"
            else:
                continue
            if self._named_after(tokens, span_end):
                continue  # "prezydenta Francji Emmanuela Macrona": the name itself is linked
            country = self.knowledge.actors[country_link.actor_id]
            holder = self._holder(country.country, title, day)
            if holder is None:
                continue
            result.append(self._role_link(doc_id, text, sentence, min(tokens[first].start, country_link.start),
                                          span_end, holder, day))
        return result

    @staticmethod
    def _named_after(tokens: tuple[Token, ...], end: int, capitalized: bool = False) -> bool:
        """Whether a name (or, with ``capitalized``, any capitalized word) follows a title, after a comma or dash
        of apposition ("ministra obrony Kazachstanu, Rusłana ...")."""
        following = [t for t in tokens if t.start >= end][:2]
        if following and following[0].orth in {",", "–", "—", "-"}:
            following = following[1:]
        return bool(following) and (capitalized or following[0].is_name) and following[0].orth[:1].isupper()

    def _organization_post(self, title: str, day: date | None) -> str | None:
        """Who held a post of an international organization (or the first of an alias's posts that has a
        holder) on a day: "sekretarz generalny NATO", "szef NATO"."""
        return next((found[0] for name in self.title_aliases.get(title, (title,)) if name in self.organization_posts
                     and (found := self.knowledge.holders(self.organization_posts[name], name, day))), None)

    def _counterparts(self, doc_id: str, text: str, sentence: Sentence, tokens: tuple[Token, ...],
                      links: list[EntityLink], day: date | None) -> list[EntityLink]:
        """"spotkał się ze swoim rosyjskim odpowiednikiem": the holder, in the adjective's country, of the office
        the person named last before it in the sentence holds on the day (Wang Yi's Russian counterpart is the
        Russian foreign minister); none with a name after it, or when either office holder is unknown."""
        found = []
        for index, token in enumerate(tokens):
            if token.lemma.lower() != "odpowiednik" or index == 0 or self._named_after(tokens, token.end):
                continue
            adjective = next((link for link in links if link.end == tokens[index - 1].end
                              and link.kind is LinkKind.ADJECTIVE and link.actor_type == COUNTRY), None)
            person = next((link for link in reversed(links) if link.actor_type == PERSON
                           and link.end <= tokens[index - 1].start), None)
            if person is not None and person.actor_id not in self.knowledge.actors:
                continue  # a person the knowledge base lacks holds no office it knows ("Sun Weidong")
            if adjective is None or person is None:
                continue
            country = self.knowledge.actors[adjective.actor_id].country
            holder = next((holder for role in self.knowledge.actors[person.actor_id].roles_on(day)
                           if (holder := self._office_holder(country, role, day)) is not None), None)
            if holder is not None and holder != person.actor_id:
                found.append(self._role_link(doc_id, text, sentence, adjective.start, token.end, holder, day))
        return found

    def _family_names(self, analysis: Analysis, links: list[EntityLink], day: date | None) -> list[EntityLink]:
        """The family name alone of a person linked earlier in the document whose name puts it first (China,
        the Koreas, Vietnam): "Xi" after "Xi Jinpingiem" (tagged as the Roman numeral XI), "Kim" after "Kim
        Dzong Un" (read as the pronoun "kim")."""
        first_names: dict[str, tuple[str, int]] = {}  # family name → (person, first offset)
        for link in links:
            actor = self.knowledge.actors.get(link.actor_id)
            if link.actor_type == PERSON and actor is not None and actor.country in FAMILY_NAME_FIRST \
                    and " " in link.text.strip():
                first_names.setdefault(link.text.split()[0], (link.actor_id, link.start))
        if not first_names:
            return []
        covered = [(link.start, link.end) for link in links]
        found = []
        for sentence in analysis.sentences:
            for token in sentence.tokens:
                person = first_names.get(token.orth)
                if person is None or token.start <= person[1] or any(s <= token.start < e for s, e in covered):
                    continue
                actor = self.knowledge.actors[person[0]]
                found.append(EntityLink(analysis.document.id, sentence.index, token.start, token.end, token.orth,
                                        actor.id, PERSON, LinkKind.NAME, self.code(actor, day), "coreference", 0.7))
        return found

    def _office_holder(self, country: str, role: Role, day: date | None) -> str | None:
        """Who held a role's office (by its title, else by the office under another title: a US "sekretarz
        obrony" is a "minister obrony"'s counterpart) in a country on a day."""
        same_title = self.knowledge.holders(country, role.title_pl, day)
        if same_title:
            return same_title[0]
        return next((person for (place, _), terms in self.knowledge.office_holders.items() if place == country
                     for person, other in terms if other.office == role.office
                     and (day is None or other.active_on(day))), None)

    def _role_link(self, doc_id: str, text: str, sentence: Sentence, start: int, end: int, holder: str,
                   day: date | None) -> EntityLink:
        person = self.knowledge.actors[holder]
        return EntityLink(doc_id, sentence.index, start, end, text[start:end], person.id, PERSON, LinkKind.ROLE,
                          self.code(person, day), "role", 0.8 if day is not None else 0.6)

    def _holders_of_each(self, doc_id: str, text: str, tokens: tuple[Token, ...], sentence: Sentence,
                         by_start: dict[int, EntityLink], title: str, first: int, last: int,
                         day: date | None) -> list[EntityLink]:
        """Role links for a plural title over two or more coordinated countries in the genitive, one per
        country whose office holder on the day the knowledge base knows ("Prezydenci Rosji i Białorusi" →
        Putin, Lukashenko); none for a title that cannot be plural, nor in a document of unknown date."""
        if day is None or not any(reading.tag.startswith("subst:pl") for reading in self.matcher.morphology.readings(tokens[first].orth)):
            return []
        countries: list[EntityLink] = []
        index = last
        while index < len(tokens) and (link := by_start.get(tokens[index].start)) is not None \
                and link.actor_type == COUNTRY and link.kind is LinkKind.NAME:
            countries.append(link)
            index = next((i for i in range(index, len(tokens)) if tokens[i].start >= link.end), len(tokens))
            if index < len(tokens) and tokens[index].orth in {",", "i", "oraz"}:
                index += 1
            else:
                break
        holders = [self._holder(self.knowledge.actors[link.actor_id].country, title, day) for link in countries]
        if len(countries) < 2 or not any(holders):
            return []
        result = []
        for number, (link, holder) in enumerate(zip(countries, holders, strict=True)):
            if holder is None:
                continue
            person = self.knowledge.actors[holder]
            start = tokens[first].start if number == 0 else link.start
            result.append(EntityLink(doc_id, sentence.index, start, link.end, text[start:link.end], person.id, PERSON,
                                     LinkKind.ROLE, self.code(person, day), "role", 0.8))
        return result

    def _holder(self, country: str, title: str, day: date | None) -> str | None:
        """The id of who held a title (or the first of its aliases that has a holder) in a country on a day."""
        return next((found[0] for name in self.title_aliases.get(title, (title,))
                     if (found := self.knowledge.holders(country, name, day))), None)

    def _foreign_bodies(self, text: str, links: list[EntityLink]) -> list[EntityLink]:
        """A national body named by a name the knowledge base gives to one country's ("MSZ" is Poland's
        ministry, "Sejm" Poland's parliament) next to another country ("tadżyckie MSZ", "MSZ Tadżykistanu",
        "Litewski Sejm") is that country's body, which
        the knowledge base lacks (it would have matched the longer name): the link becomes the country's, with
        the body's sector ("TJKGOV"); so does an unknown body followed by a country's name ("Służba
        Bezpieczeństwa Narodowego Armenii")."""
        names_at = {link.start: link for link in links if link.actor_type == COUNTRY and link.kind is LinkKind.NAME}
        adjectives_to = {link.end: link for link in links if link.actor_type == COUNTRY and link.kind is LinkKind.ADJECTIVE}
        capitals_at = {link.start: link for link in links if link.actor_id in bundled_capitals()}
        result = []
        for link in links:
            if link.is_nil and link.actor_type == "organization" and self._state_body(link.text):
                # "Służba Bezpieczeństwa Narodowego Armenii", "Mołdawska Komisja Wyborcza": a body the knowledge
                # base lacks, of the country named right after it or by the adjective right before it
                owner = names_at.get(link.end + 1)
                if owner is not None and text[owner.end:].lstrip()[:1].isupper() and any(
                        reading.tag.startswith("adj") for reading in self.matcher.morphology.readings(owner.text)):
                    owner = None  # an adjective opening another name: "Komisji Rewizyjnej Polskiego Towarzystwa"
                owner = owner or adjectives_to.get(link.start - 1)
                if owner is not None:
                    link = replace(link, actor_id=owner.actor_id, actor_type=COUNTRY, code=owner.code[:3],
                                   method="foreign-body")
                result.append(link)
                continue
            actor = self.knowledge.actors.get(link.actor_id)
            if actor is not None and actor.type == "organization" and actor.country and (
                    link.kind is LinkKind.ACRONYM or link.kind is LinkKind.NAME and " " not in link.text.strip()):
                # (or a one-word name: "Litewski Sejm", "Sejm Litwy")
                # (in another country's capital, a state body only: "agencji Sputnik w Baku" stays Russian)
                in_capital = self._capital_after(text, link, capitals_at) if actor.code[3:6] in STATE_SECTORS else None
                other = next((c for c in (adjectives_to.get(link.start - 1), names_at.get(link.end + 1), in_capital)
                              if c is not None and c.code[:3] != actor.country), None)
                if other is not None:
                    link = replace(link, actor_id=other.actor_id, actor_type=COUNTRY,
                                   code=other.code[:3] + actor.code[3:], method="foreign-body")
            result.append(link)
        return result

    @staticmethod
    def _capital_after(text: str, link: EntityLink, capitals_at: dict[int, EntityLink]) -> EntityLink | None:
        """The country whose capital is named right after a body by "w" ("MSZ w Bukareszcie" is Romania's)."""
        preposition = next((p for p in (" w ", " we ") if text.startswith(p, link.end)), None)
        capital = capitals_at.get(link.end + len(preposition)) if preposition else None
        country = bundled_countries().get(capital.code[:3]) if capital is not None else None
        return replace(capital, actor_id=country) if country is not None else None

    def _state_body(self, name: str) -> bool:
        """Does a name start with a noun of a state body ("Służba", "Ministerstwo", "Komitet", "Straż"), or with
        one after an adjective ("Centralna Komisja Wyborcza")?"""
        return any(reading.lemma.lower() in _STATE_BODY_HEADS
                   for word in name.split()[:2] for reading in self.matcher.morphology.readings(word))

    def _bare_titles(self, analysis: Analysis, links: list[EntityLink], day: date | None) -> list[EntityLink]:
        """A title with no country ("prezydent", "premier") stands for the one person linked in the document
        who holds that title on the document's date (at any time when the date is unknown): "premier Jerzy
        Buzek … Premier zapowiedział" → Buzek. Two such people: no link. None, on a known date: the holder
        of that title in the document's country (the country it links most often, else the home country of
        the press read, Poland): "prezydent odbył rozmowę z premierem" in a Polish paper of 1998 → Buzek, or
        that country's government when the knowledge base knows no holder on the date (code …GOV); not
        when a person the knowledge base lacks is named in that sentence or the one before ("przeciwnicy
        Jelcyna … zarzutów przeciwko prezydentowi")."""
        people = {link.actor_id for link in links if link.actor_type == PERSON and not link.is_nil
                  and self.knowledge.actors[link.actor_id].roles}
        country = self._document_country(links)
        if not people and (day is None or country is None):
            return []  # no office holder named and no date: no title to resolve (spares a second trie search)
        covered = [(link.start, link.end) for link in links]
        document = analysis.document
        result = []
        for sentence in analysis.sentences:
            tokens = sentence.tokens
            for first, last, entries in self.titles.find([t.orth for t in tokens], [t.lemma for t in tokens]):
                start, end = tokens[first].start, tokens[last - 1].end
                if any(s < end and start < e for s, e in covered) or "sg" not in features(tokens[first].tag).number \
                        or self._plural_subject(tokens, first, last):
                    continue
                if last < len(tokens) and any(link.start == tokens[last].start
                                              and link.actor_type == "international_organization" for link in links):
                    continue  # "przywódcy Unii Europejskiej": the title of the body named after it, not a bare one
                following = tokens[last:last + 5]
                cut = next((i for i, t in enumerate(following) if not t.orth[:1].isalnum()
                            or t.tag.split(":", 1)[0] in _VERB_TAGS), len(following))
                if any(link.actor_type == PERSON and link.kind is not LinkKind.ROLE
                       and any(t.start <= link.start < t.end for t in following[:cut]) for link in links):
                    continue  # "premier Jerzy Buzek", "prezydentem elektem USA Georgem W. Bushem": named there
                titles = self.title_aliases.get(entries[0].actor_id, (entries[0].actor_id,))
                holders = {person for person in people
                           if any(role.title_pl in titles for role in self.knowledge.actors[person].roles_on(day))}
                if len(holders) > 1:
                    # not one the same sentence names elsewhere with that title: "Szef rządu zapowiedział, że
                    # porozmawia z premierem Ukrainy Denysem Szmyhalem" is the other premier linked before (but
                    # "przeciwników Łukaszenki … obecny prezydent" may be Lukashenko)
                    heads = {title.split()[0] for title in titles}
                    starts = [t.start for t in tokens]
                    titled = {link.actor_id for link in links if link.sentence == sentence.index
                              and not link.start <= start < link.end and heads & {
                                  t.lemma for t in tokens[max(0, bisect_left(starts, link.start) - 3):
                                                          bisect_left(starts, link.start)]}}
                    holders = holders - titled if len(holders - titled) == 1 else holders
                method = "coreference"
                unknown_near = any(link.actor_type == PERSON and link.is_nil and link.sentence in
                                   (sentence.index, sentence.index - 1) for link in links)
                # "europejscy przywódcy", "zachodni politycy": an adjective of another country or of a bloc says
                # whose the title is, not the document's country
                qualified = first > 0 and any(link.kind is LinkKind.ADJECTIVE and link.code[:3] != country
                                              and link.start <= tokens[first - 1].start < link.end for link in links)
                if not holders and day is not None and country is not None and not unknown_near and not qualified:
                    found = next((found for title in titles if (found := self.knowledge.holders(country, title, day))),
                                 [])
                    holders, method = set(found), "document country"
                    state = self.knowledge.country_of(country)
                    if not found and state is not None:
                        # the knowledge base knows no holder then: the office stands for its government
                        result.append(EntityLink(document.id, sentence.index, start, end, document.text[start:end],
                                                 state.id, COUNTRY, LinkKind.ROLE, state.code + "GOV", method, 0.4))
                        continue
                if len(holders) != 1:
                    continue
                person = self.knowledge.actors[holders.pop()]
                result.append(EntityLink(document.id, sentence.index, start, end, document.text[start:end], person.id,
                                         PERSON, LinkKind.ROLE, self.code(person, day), method,
                                         0.6 if method == "coreference" else 0.5))
        return result

    def _plural_subject(self, tokens: tuple[Token, ...], first: int, last: int) -> bool:
        """A title that can be a plural nominative before a plural verb is several people ("Przywódcy …
        spotkali się"), whatever singular reading the tagger chose."""
        if not any(r.tag.startswith("subst:pl:nom") for r in self.matcher.morphology.readings(tokens[first].orth)):
            return False
        verb = next((t for t in tokens[last:last + 6] if t.tag.split(":", 1)[0] in {"fin", "praet"}), None)
        return verb is not None and verb.tag.split(":")[1] == "pl"

    def _document_country(self, links: list[EntityLink]) -> str | None:
        """ISO alpha-3 of the country a document links most often (names, adjectives, demonyms), the home
        country when it links none; None when two countries tie."""
        counts = Counter(self.knowledge.actors[link.actor_id].country for link in links
                         if link.actor_type == COUNTRY and link.actor_id in self.knowledge.actors).most_common(2)
        if not counts:
            return self.home_country
        if len(counts) == 2 and counts[0][1] == counts[1][1]:
            return None
        return counts[0][0]

    # ------------------------------------------------------------------------------------ steps 4-5

    def _link_mentions(self, analysis: Analysis, links: list[EntityLink], day: date | None) -> list[EntityLink]:
        covered = [(link.start, link.end) for link in links]
        people: dict[str, str] = {}  # surname key → person id, for coreference within the document
        for link in links:
            if link.actor_type == PERSON and link.kind is LinkKind.NAME:
                people[match_key(link.text.replace("-", " ").split()[-1])] = link.actor_id
                actor = self.knowledge.actors.get(link.actor_id)
                if actor is not None:
                    for name in actor.all_names:
                        words = name.replace("-", " ").split()
                        people[match_key(words[-1])] = actor.id
                        if actor.country in _SURNAME_FIRST and len(words) > 1:
                            people[match_key(words[0])] = actor.id  # "Kim zapewnił" after "Kim Dzong Un"
        countries = Counter(self.knowledge.actors[link.actor_id].country for link in links
                            if link.actor_type == COUNTRY and link.actor_id in self.knowledge.actors)
        result: list[EntityLink] = []
        for mention in analysis.mentions:
            mention = _double_surname(analysis.document.text, mention)
            tokens = analysis.sentences[mention.sentence].tokens
            first = next((i for i, t in enumerate(tokens) if t.start == mention.start), 0)
            if after_product_noun(tokens, first) or mention.text in word_list("thing_acronyms.txt"):
                continue  # "systemów Patriot" is a weapon, "rosyjskiego LNG" a fuel: no actor
            if mention.kind in (MentionKind.PERSON, MentionKind.NAME) and first > 0 and " " not in mention.text \
                    and tokens[first - 1].orth[:1].islower() and tokens[first - 1].lemma.lower() in _SETTLEMENTS:
                mention = replace(mention, kind=MentionKind.PLACE)  # "nad wsią Nowopawliwka": a place (one
                # word: "prezydent miasta Jerzy Mazurek" is a person)
            if mention.kind is MentionKind.PERSON and first > 0 and tokens[first - 1].orth[:1].islower() \
                    and tokens[first - 1].lemma.lower() in _COMPANIES \
                    and _company_name(tokens, first, next((i for i, t in enumerate(tokens) if t.end == mention.end),
                                                          first)):
                mention = replace(mention, kind=MentionKind.ORGANIZATION)  # "z koncernem Lockheed Martin"
            overlapping = [i for i, (start, end) in enumerate(covered) if start < mention.end and mention.start < end]
            if overlapping:
                if len(overlapping) == 1:
                    self._widen(links, overlapping[0], mention)
                pieces = self._outside(analysis, mention, [covered[i] for i in overlapping])
            else:
                pieces = [mention]
            for piece in pieces:
                for link in self._split_pair(piece, people, day) or self._two_people(piece, people, countries, day) \
                        or self._acronym_and_person(piece, people, countries, day) \
                        or [self._link_mention(piece, people, countries, day)]:
                    result.append(link)
                    if link.actor_type == PERSON and not link.is_nil:
                        people[match_key(link.text.replace("-", " ").split()[-1])] = link.actor_id
        return result

    @staticmethod
    def _outside(analysis: Analysis, mention: Mention, spans: list[tuple[int, int]]) -> list[Mention]:
        """The words of a mention before a knowledge-base name it runs into, as a mention of their own, and a
        person's name after the last one ("na Kremlu Łukaszenkę": the Kremlin, then a person)."""
        first, last = min(start for start, _ in spans), max(end for _, end in spans)
        sentence = analysis.sentences[mention.sentence].tokens
        pieces = []
        after = [t for t in sentence if last <= t.start and t.end <= mention.end]
        if after and not (after[0].name_kind in {NameKind.FIRST_NAME, NameKind.SURNAME}
                          or mention.kind is MentionKind.PERSON and after[0].name_kind is NameKind.GUESSED):
            # "Chińskiej Republiki Ludowej": the rest of a longer name, no name of its own; but a word the
            # dictionary does not know after a known person is another's ("z Emmanuelem Macronem Zełenski")
            after = []
        for kind, tokens in ((mention.kind, [t for t in sentence if mention.start <= t.start and t.end <= first]),
                             (MentionKind.PERSON, after)):
            while tokens and not tokens[-1].orth[-1:].isalnum():
                tokens = tokens[:-1]  # "Klubu SLD -" ends before the dash
            if tokens and tokens[-1].tag.startswith("prep"):
                # "Sądu Okręgowego w Lublinie" ends before "w"; "Sąd w Erywaniu …" at the sentence's start is a
                # common noun capitalized there, no name
                tokens = tokens[:-1] if len(tokens) > 2 or tokens[0] is not sentence[0] \
                    or tokens[0].lemma[:1].isupper() else []
            if tokens and tokens[0].orth[:1].isupper():
                text = analysis.document.text[tokens[0].start:tokens[-1].end]
                pieces.append(replace(mention, start=tokens[0].start, end=tokens[-1].end, text=text, kind=kind,
                                      base=" ".join(t.lemma for t in tokens)))
        return pieces

    def _widen(self, links: list[EntityLink], index: int, mention: Mention) -> None:
        """A person mention that adds first names before a knowledge-base person's name takes over its link."""
        link = links[index]
        if (mention.kind is MentionKind.PERSON and link.actor_type == PERSON and link.kind is LinkKind.NAME
                and mention.start < link.start and mention.end == link.end and link.method == "kb"):
            extra = mention.text[: link.start - mention.start].replace("-", " ").split()
            if extra and all(word[:1].isupper() for word in extra):
                links[index] = replace(link, start=mention.start, text=mention.text)

    def _split_pair(self, mention: Mention, people: dict[str, str], day: date | None) -> list[EntityLink]:
        """Two people joined by a hyphen ("szczyt Tokajew-Putin") when each is known in the document.

        Double-barrelled surnames ("Kosiniak-Kamysz") stay whole: their parts are not people of their own.
        """
        parts = mention.text.split("-")
        if mention.kind is not MentionKind.PERSON or len(parts) != 2 or not all(parts):
            return []
        ids = [people.get(match_key(part)) for part in parts]
        if not all(ids) or ids[0] == ids[1] or any(i.startswith("NIL:") for i in ids):
            return []
        links, start = [], mention.start
        for part, actor_id in zip(parts, ids, strict=True):
            actor = self.knowledge.actors[actor_id]
            links.append(EntityLink(mention.doc_id, mention.sentence, start, start + len(part), part, actor.id,
                                    actor.type, LinkKind.NAME, self.code(actor, day), "coreference", 0.8))
            start += len(part) + 1
        return links

    def _acronym_and_person(self, mention: Mention, people: dict[str, str], countries: Counter[str],
                            day: date | None) -> list[EntityLink]:
        """An acronym the name recogniser ran into the person named after it ("Według agencji KCNA Kim
        zapewnił"): the acronym links on its own, the rest to the person the document named."""
        words, bases = mention.text.split(), mention.base.split()
        if len(words) != 2 or len(bases) != 2 or not (len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()) \
                or match_key(bases[1]) not in people and match_key(words[1]) not in people:
            return []
        start = mention.start + mention.text.index(words[1], len(words[0]))
        person = replace(mention, start=start, end=start + len(words[1]), text=words[1], base=bases[1],
                         kind=MentionKind.PERSON)
        link = self._link_mention(person, dict(people), countries, day)
        if link.is_nil or link.actor_type != PERSON:
            return []
        acronym = replace(mention, end=mention.start + len(words[0]), text=words[0], base=bases[0],
                          kind=MentionKind.ORGANIZATION)
        return [self._link_mention(acronym, people, countries, day), link]

    def _two_people(self, mention: Mention, people: dict[str, str], countries: Counter[str],
                    day: date | None) -> list[EntityLink]:
        """Two surnames the name recogniser took for one name ("Po rozmowie z Putinem Trump ogłosił"): each
        word links on its own to a different knowledge-base person. Not a first name and a surname ("Donald
        Trump"), nor a name whose words do not each name a known person ("Xi Jinping")."""
        words, bases = mention.text.split(), mention.base.split()
        if mention.kind is not MentionKind.PERSON or len(words) != 2 or len(bases) != 2 \
                or not all(word[:1].isupper() for word in words) or any(
                    reading.name_kind is NameKind.FIRST_NAME for reading in self.matcher.morphology.readings(words[0])):
            return []
        links: list[EntityLink] = []
        start = mention.start
        for word, base in zip(words, bases, strict=True):
            start = mention.start + mention.text.index(word, start - mention.start)
            piece = replace(mention, start=start, end=start + len(word), text=word, base=base)
            link = self._link_mention(piece, dict(people), countries, day)  # (a copy: no NIL left behind)
            if link.is_nil or link.actor_type != PERSON:
                return []
            links.append(link)
            start += len(word)
        return links if links[0].actor_id != links[1].actor_id else []

    def _first_names_joined(self, text: str, links: list[EntityLink]) -> list[EntityLink]:
        """A one-word person link right before another person's surname that is that person's first name is
        part of their name ("Alexandra Stubba" is Stubb, not King Willem-Alexander by "Alexander")."""
        following = {link.start: link for link in links if link.actor_type == PERSON}
        joined: dict[int, EntityLink] = {}  # by the start of the surname's link
        for link in links:
            after = following.get(link.end + 1)
            if link.actor_type == PERSON and after is not None and " " not in link.text \
                    and text[link.end:after.start] == " " and link.actor_id != after.actor_id \
                    and not after.is_nil and self._same_first_name([link.text, after.text], after.actor_id,
                                                                   [link.text, after.text]):
                joined[after.start] = replace(after, start=link.start, text=text[link.start:after.end])
        dropped = {link.start for link in joined.values()}
        return [joined.get(link.start, link) for link in links if link.start not in dropped or link.start in joined
                or link.actor_type != PERSON]

    def _link_mention(self, mention: Mention, people: dict[str, str], countries: Counter[str],
                      day: date | None) -> EntityLink:
        allowed = _MENTION_TYPES.get(mention.kind)
        kind = LinkKind.ACRONYM if mention.text.isupper() and len(mention.text) > 1 else LinkKind.NAME
        acronyms = [self.knowledge.actors[i] for i in self.knowledge.by_acronym.get(mention.text, ())]
        candidates = [self.knowledge.actors[i] for key in match_keys(mention.base)
                      for i in self.knowledge.by_key.get(key, ())]
        candidates = [a for a in acronyms + candidates if allowed is None or a.type in allowed] \
            or (acronyms if kind is LinkKind.ACRONYM else [])  # "szefa NATO Marka Ruttego": no person "NATO"
        if candidates:
            actor = max(candidates, key=lambda a: (len(a.roles_on(day)), a.type == COUNTRY, a.id))
            return self._mention_link(mention, actor, kind, "key", 0.85, day)
        words = mention.base.split()
        surname = words[-1]
        # the surname as lemmatized, else as written ("İmamoğlu", whose guessed lemma cuts its last letter)
        named = next((key for key in (match_key(surname), match_key(mention.text)) if key in people
                      and not people[key].startswith("NIL:")), None) if len(words) == 1 else None
        if named is not None and mention.kind not in (MentionKind.PERSON, MentionKind.NAME) \
                and self._resolvable_surname(surname, named=True):
            # "Putin przeprosił Alijewa" after "Prezydent Ilham Alijew": the recogniser's kind (a place here)
            # yields to the person the document named
            actor = self.knowledge.actors.get(people[named])
            if actor is not None:
                return self._mention_link(mention, actor, kind, "coreference", 0.8, day)
        # a lone word the recogniser took for an organization may be a known person's surname ("spotkanie
        # Putina z Witkoffem"), when the knowledge base has one namesake that fits (below)
        lone_organization = mention.kind is MentionKind.ORGANIZATION and len(words) == 1 and not mention.text.isupper()
        if (mention.kind in (MentionKind.PERSON, MentionKind.NAME) or lone_organization) \
                and self._resolvable_surname(surname, named=named is not None):
            key = match_key(surname)
            if key in people and self._same_first_name(words, people[key]) and not lone_organization:
                actor = self.knowledge.actors.get(people[key])
                if actor is not None:
                    return self._mention_link(mention, actor, kind, "coreference", 0.85, day)
                return self._nil(mention, people[key], kind)
            found = self._namesakes(surname, mention.text)
            spellings = _spellings(surname, mention.text) if len(words) == 1 and found else frozenset()
            namesakes = sorted((a for a in found if self._same_first_name(words, a.id, mention.text.split())
                                and (len(words) > 1 or self._plausible(a, countries, day, len(found) == 1)
                                     and _spelled(a, spellings))),
                               key=lambda a: a.id)  # the same choice on every run, whatever the hash seed
            if namesakes and (mention.kind is MentionKind.PERSON or len(words) == 1) \
                    and (not lone_organization or len(found) == 1):
                # In office on the date; else the namesake whose country the document talks about most
                # ("Miller" in a Polish article about Poland is Leszek Miller), then the most recent.
                active = [a for a in namesakes if a.roles_on(day)] if day else []
                actor = (active or sorted(namesakes, key=lambda a: (countries[a.country], max(
                    (r.start or date.min for r in a.roles), default=date.min), a.id), reverse=True))[0]
                confidence = 0.8 if len(namesakes) == 1 else 0.5
                return self._mention_link(mention, actor, kind, "surname", confidence, day)
            if mention.kind is MentionKind.PERSON:
                nil = f"NIL:person:{key}"
                people.setdefault(key, nil)
                return self._nil(mention, nil, kind)
        return self._nil(mention, f"NIL:{mention.kind.value}:{match_key(mention.base).replace(' ', '-')}", kind)

    def _namesakes(self, surname: str, text: str) -> set[Actor]:
        """Knowledge-base people with this surname: by its base form, else by any base form the guesser offers
        for the word as written ("Ruttem" → "Rutt" or "Rutte")."""
        written = text.split()[-1] if text.split() else surname
        guessed = frozenset().union(*(match_keys(candidate.lemma) for candidate in name_candidates(written)))
        for keys in (match_keys(surname), guessed):
            found = {self.knowledge.actors[i] for k in keys for i in self.knowledge.by_surname.get(k, ())}
            if found:
                return found
        return set()

    def _actor_type(self, actor_id: str) -> str:
        actor = self.knowledge.actors.get(actor_id)
        return actor.type if actor is not None else ""

    def _resolvable_surname(self, word: str, named: bool = False) -> bool:
        """A word that can be a surname: not too short, not a regnal number, not a bare first name (unless a
        person of the knowledge base the document has named bears it: "z prezydentem Danem" after "Nicușor
        Dan")."""
        if len(match_key(word)) < _MIN_SURNAME or word.isupper() and len(word) <= 4:
            return False
        readings = self.matcher.morphology.readings(word)
        if readings and all(r.tag.split(":", 1)[0] in _FUNCTION_WORDS for r in readings):
            return False  # "Nad", "Ale": a capitalized function word
        kinds = {reading.name_kind for reading in readings}
        return named or not (NameKind.FIRST_NAME in kinds and NameKind.SURNAME not in kinds)

    def _same_first_name(self, words: list[str], actor_id: str, written: list[str] | None = None) -> bool:
        """Whether a mention's first name (if it gives one) fits the person ("Sławomir Miller" ≠ Leszek Miller).

        ``written`` is the mention as written: an inflected foreign first name whose base form Morfeusz gives as
        the Polish name ("Markiem" → "Marek") fits when it starts with the person's ("Mark")."""
        if len(words) < 2 or actor_id.startswith("NIL:"):
            return True
        actor = self.knowledge.actors.get(actor_id)
        if actor is None:
            return True
        first = match_keys(words[0])
        initial = words[0].rstrip(".")
        for name in actor.all_names:
            parts = name.split()
            if len(parts) < 2:
                continue
            if first & match_keys(parts[0]) or len(initial) == 1 and parts[0].startswith(initial):
                return True
            if _hyphenated_initials(words[0], parts[0]):
                return True  # "K.-Ż. Tokajew" (Kasym-Żomart)
            # a foreign first name whose Polish base form the guesser cut short: "Georgem" → "Georg" (George)
            if len(initial) >= 4 and match_key(parts[0]).startswith(match_key(initial)) \
                    and len(parts[0]) - len(initial) <= 1:
                return True
            if written and len(written) == len(words) and len(parts[0]) >= 4 \
                    and match_key(written[0]).startswith(match_key(parts[0])) and len(written[0]) - len(parts[0]) <= 3:
                return True
            # the same, with the mobile "e" of "-er" dropped: "Alexandra" (Alexander), "Petra" (Peter)
            if written and len(written) == len(words) and len(parts[0]) >= 4 and parts[0].endswith("er") \
                    and match_key(written[0]).startswith(match_key(parts[0][:-2] + "r")) \
                    and len(written[0]) - len(parts[0]) <= 2:
                return True
        return False

    def _plausible(self, actor: Actor, countries: Counter[str], day: date | None, only: bool = False) -> bool:
        """A bare surname names a knowledge-base person only with support from the document: the person is
        in office on its date, or one of the person's countries is mentioned in it, or, for the only person of
        that surname, held office within four years before the date ("pogratulował Trumpowi" in November
        2024)."""
        if day is not None and actor.roles_on(day):
            return True
        if only and day is not None and any(
                (role.end is None or role.end >= day - _RECENT) and (role.start is None or role.start <= day)
                for role in actor.roles):
            return True
        own = {actor.country} | {role.country for role in actor.roles}
        return any(countries[country] for country in own)

    def _mention_link(self, mention: Mention, actor: Actor, kind: LinkKind, method: str, confidence: float,
                      day: date | None) -> EntityLink:
        return EntityLink(mention.doc_id, mention.sentence, mention.start, mention.end, mention.text, actor.id,
                          actor.type, kind, self.code(actor, day), method, confidence)

    @staticmethod
    def _nil(mention: Mention, nil_id: str, kind: LinkKind) -> EntityLink:
        actor_type = {MentionKind.PERSON: PERSON, MentionKind.PLACE: "place", MentionKind.LOCATION: "place",
                      MentionKind.ORGANIZATION: "organization"}.get(mention.kind, "unknown")
        return EntityLink(mention.doc_id, mention.sentence, mention.start, mention.end, mention.text, nil_id,
                          actor_type, kind, "", "nil", 0.5)

    # ---------------------------------------------------------------------------------------- codes

    def code(self, actor: Actor, day: date | None) -> str:
        """The actor code on a day: CAMEO country + sector of the role held, or the actor's own code."""
        if actor.type == COUNTRY:
            return actor.code
        if actor.type == PERSON:
            roles = actor.roles_on(day)
            if roles:
                role = roles[0]
                country = self.knowledge.country_of(role.country)
                if country is not None:
                    return country.code + role.sector
                organization = self.knowledge.actors.get(role.country)
                return organization.code if organization is not None else ""
            country = self.knowledge.country_of(actor.country)
            return country.code + "ELI" if country is not None and actor.roles else (country.code if country else "")
        if actor.code:
            return actor.code
        country = self.knowledge.country_of(actor.country)
        return country.code if country is not None else ""
