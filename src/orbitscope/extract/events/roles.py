"""Who is who: source, target, location and participants of a trigger, from Polish case, prepositions,
word order, coordination, the passive and zero subjects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from orbitscope.extract.claims.document import claim_markers, speech_verbs
from orbitscope.extract.dates.lexicon import time_noun
from orbitscope.extract.events.context import DocumentContext
from orbitscope.extract.events.lexicon import ON_WHOSE_PART, Match
from orbitscope.extract.events.phrases import (
    AGAINST,
    CROWD,
    LOCATION_PREPOSITIONS,
    PREPOSITIONS,
    Phrase,
    person_cases,
    person_noun,
    token_cases,
)
from orbitscope.extract.events.qualifiers import resolve_before
from orbitscope.extract.grammar import (
    DISCOURSE_PAIRS,
    QUOTE_MARKS,
    active_participle,
    agrees,
    auxiliary_before,
    is_name,
    nominative,
    pos,
    readings,
    values,
    word_lemmas,
    word_set,
)
from orbitscope.model import EntityLink, LinkKind, NameKind, Sentence, Token

_TARGET_PREPOSITIONS = frozenset({"z", "ze", "do", "wobec", "przeciwko", "przeciw", "na", "dla", "u", "od",
                                  "pod", "między", "pomiędzy", "ku"})


_ADJUNCT_PREPOSITIONS = frozenset({"przed", "po", "podczas", "z", "ze", "od", "mimo", "wobec", "dla", "przez",
                                   "za", "o", "na", "pomimo", "wskutek", "przy", "pod", "przeciwko", "przeciw",
                                   "czasie", "trakcie", "sprawie"})  # ("w czasie", "w trakcie": "podczas"; "w sprawie")


_CLAUSE_BREAKS = frozenset({"że", "iż", "aby", "by", "żeby", "gdy", "kiedy", "ponieważ", "bo", "choć", "chociaż",
                            "jeśli", "jeżeli", "gdyby", "lecz", "ale", "jednak", "natomiast", "zaś", "a", "gdzie",
                            "dokąd", "skąd", "dlaczego", "czy", "dopóki", "zanim", "skoro"})


_ABOUT = frozenset({"dotyczyć", "temat", "koncentrować", "skoncentrować", "skupić", "skupiać", "poświęcić", "omówić",
                    "omawiać", "sytuacja", "kwestia", "sprawa"})
_RELATIVES = frozenset({"który", "co"})
# "co" before these is no relative word: "co najmniej 60 mieszkańców", "co miesiąc"
_NOT_RELATIVE_AFTER_CO = frozenset({"najmniej", "najwyżej", "miesiąc", "tydzień", "rok", "roku", "raz"})


def _relative(tokens: tuple[Token, ...], index: int) -> bool:
    """Does the word at ``index`` open a relative clause ("który", "co"; not "co najmniej", "co miesiąc")?"""
    token = tokens[index]
    if token.orth.lower() in {"czemu", "czego", "czym"} and index > 0 and tokens[index - 1].orth == ",":
        return True  # "co" declined, after a comma: "zarzuca mu korupcję, czemu polityk zaprzecza"
    if token.lemma not in _RELATIVES:
        return False
    return token.lemma != "co" or index + 1 >= len(tokens) \
        or tokens[index + 1].orth.lower() not in _NOT_RELATIVE_AFTER_CO


_PUNCTUATION_BREAKS = frozenset({";", ":", "–", "—", "„", "”", '"', "?", "!"})
_OPENING_QUOTES = frozenset({"„", '"', "«"})
_CLOSING_QUOTES = frozenset({"”", '"', "»", "“"})


_COORDINATORS = frozenset({"i", "oraz", ",", "a", "-"})  # "koalicji SLD - PSL - UP": a hyphen joins names


_SYMMETRIC_BY_COORDINATION = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "CONCEDE"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # acts done with a partner


_FINITE = frozenset({"fin", "praet", "bedzie"})


_RECIPIENT_VERBS = frozenset({"otrzymać", "otrzymywać", "dostać", "dostawać", "uzyskać", "uzyskiwać",
                              "odeprzeć", "odpierać"})  # "odparły atak rosyjskich wojsk": the subject was attacked


_DATIVE_PRONOUNS = frozenset({"mu", "jej", "im", "jemu"})
_LIGHT_VERB_GAP = frozenset({"adj", "adv", "num", "dig", "qub", "prep", "subst", "ppron3", "brev", "ign", "adja"})


_CONNECTIVES = frozenset({"jednak", "natomiast", "zaś"})
_INSERTED_WORDS = _CONNECTIVES | {"się", "też", "także", "również"}  # "sprzeciwił się jednak dalszym dostawom"  # clause breaks only after a comma ("mówił natomiast")


def _breaks(tokens: tuple[Token, ...], index: int) -> bool:
    """Does the word at ``index`` start a new clause?"""
    word = tokens[index].orth.lower()
    if word in _CONNECTIVES:
        return index > 0 and tokens[index - 1].orth == ","
    if word == "a" and any(token.orth.lower() in {"między", "pomiędzy"} for token in tokens[max(0, index - 5):index]):
        return False  # "rozmowy między Rosją a Ukrainą": one phrase, no new clause
    if word == "a" and _between_adjectives(tokens, index):
        return False  # "powiązań gospodarczych, politycznych, a nawet militarnych z Zachodem": one phrase
    if word in {"ale", "lecz"} and any(tokens[i].orth.lower() == "nie" and tokens[i + 1].orth.lower() == "tylko"
                                      for i in range(max(0, index - 8), index - 1)):
        return False  # "nie tylko z sąsiadami, ale także z Turcją": one coordinated phrase
    return word in _CLAUSE_BREAKS


def _between_adjectives(tokens: tuple[Token, ...], index: int) -> bool:
    """Does "a" at ``index`` join two adjectives ("politycznych, a nawet militarnych")?"""
    before = index - 1 - (index > 0 and tokens[index - 1].orth == ",")
    after = index + 1
    while after < len(tokens) and pos(tokens[after]) in {"qub", "part"}:
        after += 1
    return before >= 0 and after < len(tokens) and all(
        pos(token) == "adj" or pos(token) == "subst" and any(r.tag.startswith("adj") for r in readings(token))
        for token in (tokens[before], tokens[after]))  # the tagger reads some as nouns ("politycznych")


def _spaced_dash(tokens: tuple[Token, ...], index: int) -> bool:
    """A hyphen standing alone between spaces is a dash ("zatrzymano ... - poinformowały służby")."""
    if not (tokens[index].orth == "-" and 0 < index < len(tokens) - 1 and tokens[index - 1].end < tokens[index].start
            and tokens[index].end < tokens[index + 1].start):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    # "koalicji AWS - UW", "społeczno - gospodarczy": a spaced hyphen joining two names or two modifiers
    return not (before.orth[:1].isupper() and after.orth[:1].isupper() or pos(before) in {"adja", "adj"})


def _parenthesis_start(tokens: tuple[Token, ...], dash: int) -> int | None:
    """The opening dash of a verbless insertion closed by the dash at ``dash``, if there is one."""
    for index in range(dash - 1, max(-1, dash - 8), -1):
        if pos(tokens[index]) in _FINITE | {"imps", "inf"}:
            return None
        if _spaced_dash(tokens, index):
            return index
    return None


def _relative_opening(tokens: tuple[Token, ...], relative: int) -> int | None:
    """The comma a relative clause opens with, right before its relative word or before the preposition
    governing it ("Kazachstan, przez którego terytorium biegnie rurociąg, obawia się"), if any."""
    opening = relative - 1 - (relative > 1 and tokens[relative - 1].orth.lower() in PREPOSITIONS)
    return opening if opening >= 0 and tokens[opening].orth == "," else None


def _closed_relative(tokens: tuple[Token, ...], relative: int, anchor: int) -> int | None:
    """The closing comma of a relative clause that opens with a comma (``_relative_opening``), has its own verb
    and ends before ``anchor``; None when the relative clause runs on to the anchor."""
    if _relative_opening(tokens, relative) is None:
        return None
    for index in range(relative + 1, anchor):
        if tokens[index].orth == ",":
            has_verb = any(pos(token) in _FINITE for token in tokens[relative + 1:index])
            return index if has_verb else None
    return None


def _as_reported(tokens: tuple[Token, ...], comma: int) -> bool:
    """Does the sentence open with a "Jak" clause of its own that ends at this comma ("Jak poinformowała
    w czwartek agencja Reuters, Rosja zgodziła się …": the agency reports, Russia agrees)?"""
    return comma > 2 and tokens[0].orth.lower() == "jak" and any(pos(token) in _FINITE for token in tokens[1:comma]) \
        and "," not in {token.orth for token in tokens[1:comma]}


def clause_range(tokens: tuple[Token, ...], anchor: int) -> tuple[int, int]:
    """The token range of the trigger's clause: between complementizers, relatives and strong punctuation
    (a spaced hyphen counts as a dash; quotation marks do, except around a quoted object right after its
    verb: "wyraziło „głębokie zaniepokojenie” postawą Bratysławy")."""
    first = anchor
    quoted_object = False
    quoted = _quoted_verb(tokens, anchor)
    while first > 0:
        previous = tokens[first - 1]
        word = previous.orth.lower()
        if quoted is not None and first - 1 == quoted[0]:
            first -= 1  # "że Pjongjang „bezwarunkowo poprze” stanowisko Moskwy": a few quoted words in the clause
            continue
        if word in _OPENING_QUOTES and first > 1 and pos(tokens[first - 2]) in _FINITE:
            first -= 1  # the verb's object, quoted
            quoted_object = True
            continue
        if _spaced_dash(tokens, first - 1):
            opening = _parenthesis_start(tokens, first - 1)
            if opening is None:
                break
            first = opening  # "18 Polaków - nielegalnych imigrantów - zatrzymano": an apposition between dashes
            continue
        if _relative(tokens, first - 1) and _closed_relative(tokens, first - 1, anchor) is not None:
            # "Przedstawiciele miast, których … jest Ojciec Święty, potępili": over the relative clause
            first = _relative_opening(tokens, first - 1)
            continue
        if word in _PUNCTUATION_BREAKS or _breaks(tokens, first - 1) or _relative(tokens, first - 1) \
                or word == "," and first < len(tokens) and _breaks(tokens, first) \
                or word == "," and _as_reported(tokens, first - 1):
            break
        first -= 1
    last = anchor
    while last + 1 < len(tokens):
        following = tokens[last + 1]
        word = following.orth.lower()
        if quoted_object and word in _CLOSING_QUOTES or quoted is not None and last + 1 == quoted[1]:
            quoted_object = False  # the end of the quoted object (or words): the clause goes on
            last += 1
            continue
        if word in _OPENING_QUOTES and not quoted_object and (pos(tokens[last]) in _FINITE or word == "„" and pos(
                tokens[last]) in _PHRASE_WORDS) and _short_quotation(tokens, last + 1):
            quoted_object = True  # "wyraziła „pełną solidarność” z Litwą": the verb's object, quoted (or, by the
            # Polish opening mark, which says where it opens, a phrase in it: "uderzeniem pociskami na „ośrodki
            # decyzyjne” w Kijowie")
            last += 1
            continue
        if word in _PUNCTUATION_BREAKS or _breaks(tokens, last + 1) or _relative(tokens, last + 1) \
                or _spaced_dash(tokens, last + 1):
            break
        if word == "," and last + 2 < len(tokens) and (_breaks(tokens, last + 2)
                                                       or _relative(tokens, last + 2)):
            break
        last += 1
    return first, last


def _quoted_verb(tokens: tuple[Token, ...], anchor: int) -> tuple[int, int] | None:
    """The Polish quotation marks („ and ”) of a few words quoted around the trigger, with no other mark, comma
    or verb inside ("Pjongjang „bezwarunkowo poprze” stanowisko Moskwy"), if they are such."""
    opening = next((i for i in range(anchor - 1, max(-1, anchor - 4), -1)
                    if tokens[i].orth in {"„", "”", ","} or tokens[i].orth in _CLOSING_QUOTES), None)
    closing = next((i for i in range(anchor + 1, min(len(tokens), anchor + 4))
                    if tokens[i].orth in {"„", "”", ","} or tokens[i].orth in _CLOSING_QUOTES), None)
    if opening is None or closing is None or tokens[opening].orth != "„" or tokens[closing].orth != "”" \
            or any(pos(tokens[i]) in _FINITE for i in range(opening + 1, closing) if i != anchor):
        return None
    return opening, closing


_PHRASE_WORDS = frozenset({"prep", "adj", "subst", "ger"})  # words a quoted noun phrase may go on from


def _short_quotation(tokens: tuple[Token, ...], opening: int) -> bool:
    """Does the quotation opened at ``opening`` close within five words with no verb inside: a quoted noun
    phrase ("„pełną solidarność”"), not quoted speech?"""
    for index in range(opening + 1, min(len(tokens), opening + 7)):
        if tokens[index].orth in _CLOSING_QUOTES:
            return index > opening + 1
        if pos(tokens[index]) in _FINITE:
            return False
    return False


@dataclass
class Roles:
    """Who is who for one trigger; ``asked`` when the event is what a request asks for ("wezwał Rosję do
    wycofania wojsk"): it has not happened."""

    source: Phrase | None
    target: Phrase | None
    location: Phrase | None = None
    participants: list[Phrase] = field(default_factory=list)
    asked: bool = False
    passive: bool = False  # a passive or impersonal verb ("został zatrzymany", "zatrzymano"), its agent unsaid


def assign_roles(context: DocumentContext, sentence: Sentence, match: Match, in_clause: list[Phrase], phrases: list[Phrase],
           clause_first: int) -> Roles:
    """Source, target, location and participants of a trigger (package docstring, rules 3–5)."""
    tokens = sentence.tokens
    event_type = match.trigger.type
    governor = None if match.verbal else _governing_verb(tokens, match, clause_first)
    # "potępił atak", "zaprzecza tym oskarżeniom", "rezolucję potępiającą represje"
    verb = None if match.verbal else _verb_before(tokens, match, clause_first, _JUDGED_CASES, _FINITE | {"pact"},
                                                  inserted=True)
    judged = verb is not None and (_judging_verb(context, tokens[verb]) or _judging_pattern(context, tokens, verb)
                                   or event_type == "PROTEST" and bool(
        _trigger_types(context, tokens[verb], single=True) & _FORCE))  # "rozpędziła demonstrację": not police's
    # the cause of concern or outrage: "wyraziła zaniepokojenie zatrzymaniami"
    before = before_modifiers(tokens, match.first)
    judged = judged or not match.verbal and before >= 0 and bool(word_lemmas(tokens[before]) & CONCERN) \
        and "inst" in token_cases(tokens[match.first])
    if judged:
        governor = None  # "potępił atak", "odmówił uznania niepodległości": another's act, or none
    actors = [p for p in in_clause if not p.is_place and (match.verbal or governor is not None or not p.is_group)
              and not report_source(tokens, p)]
    verb = match.last + 1
    while verb < min(len(tokens), match.last + 4) and tokens[verb].orth[:1].isupper():
        verb += 1  # over the noun's genitive name: "Weto Budapesztu skrytykowała Kallas"
    told_passive = not match.verbal and verb + 1 < len(tokens) and pos(tokens[verb]) in _FINITE \
        and tokens[verb].lemma in {"być", "zostać"} and any(
            reading.tag.startswith("ppas") and context.lexicon.triggers.get(reading.lemma)
            for reading in readings(tokens[verb + 1]))  # "Atak został potępiony przez Unię Europejską"
    if told_passive or not match.verbal and verb < len(tokens) and pos(tokens[verb]) in _FINITE \
            and _trigger_types(context, tokens[verb], single=True) \
            and all(pos(token) == "adj" for token in tokens[clause_first:match.first]):
        # "Zatrzymanie potępił Kościół", "Wyrok potępiły CPJ i RSF": a noun opening its clause right before
        # a verb that tells another event is its object; what follows the verb is the verb's, not the noun's
        # (not before a light verb: "głodówkę organizuje Sierpień 80")
        actors = [p for p in actors if p.last < verb]
    source: Phrase | None = None
    target: Phrase | None = None
    asking = None if match.verbal else _requesting_verb(context, tokens, match, clause_first, actors)
    if asking is not None:
        # "wezwał Rosję do wycofania wojsk", "zaproponowały mediację", "Zaprosił szefa KE do przyjazdu": the act
        # asked for, offered or invited to is the content of the request, offer or invitation (its mode), no
        # event of its own
        return Roles(None, None, asked=True)
    if not match.verbal:
        # "szczyt Rosja–Azja Centralna", "rozmowy USA–Ukraina": the two sides named after the noun (a region too)
        source, target = _dash_pair(tokens, match, phrases) or _noun_arguments(
            tokens, match, actors, match.trigger.roles == "gen-target" or match.gerund and event_type != "CONSULT")
        # (a meeting's genitive meets: "Spotkanie Erdogana z Alijewem", whatever the tagger reads "Spotkanie" as)
        source = source or _subject_after_object(context, tokens, match, actors, clause_first) \
            or _disposition_holder(tokens, match, actors, target) \
            or _decision_holder(tokens, match, actors, target) or _participle_agent(tokens, match, actors) \
            or _accused(context, tokens, match, actors) or _asked_to_stop(tokens, match, actors) \
            or _predicate_subject(tokens, match, actors, clause_first)
        if source is None and target is None and event_type in _SYMMETRIC_BY_COORDINATION:
            # "negocjacje w sprawie utworzenia wspólnych kazachsko-rosyjskich organizacji": the two sides
            source, target = _compound_pair(tokens, actors, match.last + 1, match.last + 8)
    if governor is None and not match.verbal and not judged:
        # further back ("otrzymała od UE kolejną transzę pomocy"), or the pattern's own ("kredyt otrzymać")
        governor = next((i for i in match.positions if tokens[i].lemma in _RECIPIENT_VERBS), None)
        governor = _receiving_verb(tokens, match, clause_first) if governor is None else governor
    recipient = governor is not None and tokens[governor].lemma in _RECIPIENT_VERBS
    if recipient:
        # "talibowie otrzymują z tego kraju pomoc", "otrzymała obietnicę od prezydenta": the subject receives
        # the event, the giver follows "od" or "z"
        target = target or _subject(tokens, match, actors)
        source = source or next((p for p in actors if p.preposition in {"od", "z", "ze"} and p is not target), None)
        governor = None
    auxiliary = _passive_auxiliary(tokens, match) if match.verbal else None
    passive = deployed = False
    if match.verbal and active_participle(tokens[match.anchor]) and match.first > 0 and (
            person_noun(tokens[match.first - 1]) or any(p.last == match.first - 1 for p in actors)):
        # "zatrzymały rosyjskiego blogera krytykującego Tokajewa": the person the participle describes acts
        # (not after a thing: "Putin wygłaszał uwagi podważające integralność" stays the subject's)
        source = next((p for p in actors if match.first - 2 <= p.last < match.first), None)
    elif match.verbal and (pos(tokens[match.anchor]) in {"ppas", "imps"} or auxiliary is not None and (
            pos(tokens[match.anchor]) == "adj"  # "został zatrzymany" tagged as an adjective
            or any(reading.tag.startswith("ppas") for reading in readings(tokens[match.anchor])))):
        # passive ("został skazany przez sąd", "zatrzymano X"): the subject or object suffers it, "przez" acts
        # (not the agent of an event noun with its object between: "został wezwany do MSZ po naruszeniu
        # przestrzeni powietrznej przez rosyjski dron"; "zatrzymany podczas protestu przez policję" is)
        source = next((p for p in actors if p.preposition == "przez" and not (
            p.first > match.last and _acted_noun_before(context, tokens, match.last + 1, p.first - 1))), None)
        passive = source is None
        # an attributive participle ("sankcji nałożonych na Rosję") has no subject of its own
        attributive = auxiliary is None and pos(tokens[match.anchor]) == "ppas" and match.first < match.anchor
        if attributive and source is None and match.anchor == match.first + 1:
            # "amerykańskie sankcje nałożone na Rosnieft": the noun's own country adjective imposed them (not
            # over a verb: "Rosyjski ambasador … został wezwany")
            source = next((p for p in actors if p.last == match.first - 1 and p.link.kind is LinkKind.ADJECTIVE), None)
            passive = source is None
        target = (None if attributive else _subject(tokens, match, actors)) \
            or _object(tokens, match, actors, source) or _fronted_accusative(tokens, match, actors)
        deployed = event_type == "MOBILIZE" and (target is None or not target.preposition)
        if deployed:
            # what is deployed or mobilized is no target, nor is the one who speaks of it ("mogą zostać
            # rozmieszczone rakiety Oriesznik"); its country adjective is whose it is ("zostały rozmieszczone
            # rosyjskie rakiety")
            source = source or (target if target is not None and target.link.kind is LinkKind.ADJECTIVE else None)
            target = None
        elif target is None and auxiliary is not None:
            # "Jan Kowalski wrócił do kraju. Wczoraj został zatrzymany": the zero subject suffers the act
            target = _zero_subject(context, sentence, phrases, auxiliary, clause_first)
        parties = [p for p in actors if p.last < match.anchor and not p.preposition and "gen" in p.cases]
        if source is None and target is None and event_type in {"SUPPORT", "AGREE"} and len(parties) >= 2 \
                and parties[0].first > 0 and pos(tokens[parties[0].first - 1]) == "subst":
            # "Porozumienie Armenii i Azerbejdżanu zostało parafowane": the agreement's own parties sign it
            source, target, passive = parties[0], parties[1], False
        summoned = _summoned(tokens, match, actors)
        if source is None and summoned is not None:
            # "Ambasador Rosji został wezwany do polskiego MSZ", "Rosyjskiego ambasadora wezwano do MSZ Czech":
            # who summons is where the diplomat is summoned to, and the act is on the diplomat's state
            source = next((p for p in actors if p.preposition == "do" and p.first > match.anchor), None)
            target = summoned if source is not None else target
            passive = source is None
    elif source is None and not recipient and not judged and not _of_object_persons(tokens, match) \
            and not _sanctions_of_a_noun(tokens, match) \
            and (match.verbal or not _in_adjunct(tokens, match) or governor is not None
                                               or _meeting_with(match, in_clause) or _own(tokens, match)):
        fronted = fronted_object(context, tokens, match, clause_first)
        # the fronted object's own genitive actor is whose act is judged, not the subject ("Decyzję Kijowa z
        # zadowoleniem przyjął premier Donald Tusk"), or its country adjective ("Rosyjski atak na Kijów potępił
        # premier Wielkiej Brytanii"); no actor inside the fronted object is the subject
        owner = next((p for p in actors if fronted is not None and (
            fronted < p.first and p.last < match.first and not p.preposition
            or clause_first <= p.first and p.last < fronted and p.link.kind is LinkKind.ADJECTIVE)), None)
        inside = [p for p in actors if fronted is not None and clause_first <= p.first and p.last < match.first]
        if event_type in JUDGING_TYPES | {"SUPPORT"}:
            # a judged act's own phrases are not the judge's ("Atak na Kijów potępił premier"), unlike what is
            # promised or given ("Wsparcie dla Wilna zadeklarowała Polska")
            actors = [p for p in actors if p not in inside or p is owner]
        source = _subject(tokens, match, [p for p in actors if p is not owner], fronted is not None, governor)
        target = target or (owner if source is not None else None)
    relative = tokens[clause_first - 1] if clause_first > 0 and tokens[clause_first - 1].lemma == "który" else None
    governed_relative = clause_first > 1 and (pos(tokens[clause_first - 2]) in {"subst", "ger"} or tokens[
        clause_first - 2].orth.lower() in _PLACE_OF_RELATIVE)  # "w której znajdował się", "za pośrednictwem którego"
    if relative is not None and match.verbal and not governed_relative \
            and not _possessive_relative(tokens, match, clause_first) \
            and not any(":nom" in reading.tag for reading in readings(relative)) \
            and (antecedent := _antecedent(phrases, clause_first)) is not None and antecedent is not source:
        # "Władimir Putin, którego Zełenski wzywał do spotkania", "Kowalowa, któremu zarzucają zdradę stanu":
        # the relative word is the verb's object, so what it stands for is the target; the subject is the
        # clause's own, or the zero subject of the clause it hangs on
        target = antecedent
        if source is None:
            source = _zero_subject(context, sentence, phrases, match.anchor, clause_first)
        relative = None
    if match.verbal and pos(tokens[match.anchor]) == "pcon" and match.first > 0 and tokens[match.first - 1].orth == "," \
            and clause_first > 0 and tokens[clause_first - 1].lemma in {"że", "iż"}:
        # "Premier Kobachidze ogłosił, że Gruzja nie będzie zabiegać o negocjacje, oskarżając Brukselę": the
        # adverbial participle after a reported clause goes with the verb of saying and its subject
        speaker = next((p for p in phrases if p.last < clause_first - 1 and not p.preposition and "nom" in p.cases
                        and not p.is_place), None)
        source = speaker or source
    unnamed_antecedent = relative is not None and match.verbal and agrees(relative, tokens[match.anchor]) \
        and _unnamed_antecedent(tokens, phrases, clause_first)  # (the relative word as the subject)
    if source is None and relative is not None and not unnamed_antecedent:
        # not "co": ", co wywołało krytykę w Brukseli" hangs on the clause before, not on its last actor
        source = _antecedent(phrases, clause_first)
        first = _first_conjunct(tokens, phrases, source) if "pl" in values(relative, 1) and match.verbal and not any(
            token.orth.lower() in {"z", "ze"} for token in tokens[match.last + 1:match.last + 3]) else None
        # (not who meet someone else: "…, którzy podczas spotkań z amerykańskimi biznesmenami")
        if first is not None:
            # "prezydenci Tokajew i Mirzijojew, którzy spotkali się": the pair, the first leading
            target = source if target is None and event_type in _SYMMETRIC_BY_COORDINATION else target
            source = first
    principal = next((p for p in actors if p.first > 1 and not p.is_group and tokens[p.first - 2].orth.lower() == "na"
                      and tokens[p.first - 1].orth.lower() in _ORDERS), None) if source is None and match.verbal else None
    if principal is not None:
        # "czy na zlecenie Rosjan podpalono centrum handlowe": who ordered an act with no subject did it
        source, target = principal, None if target is principal else target
        actors = [p for p in actors if p is not principal]
    if source is None and target is None and (match.verbal or governor is not None) and not unnamed_antecedent:
        # (not when "który" stands for a noun no actor names: "zestrzeliła drona, który naruszył jej przestrzeń")
        verb = match.anchor if governor is None else governor
        source = _zero_subject(context, sentence, phrases, verb, clause_first)
    if source is None and not match.verbal:
        after = _verb_after_meeting(tokens, match, actors)
        if after is not None:  # "Podczas rozmów z Tokajewem omówił …": the meeting is the zero subject's
            source = after[1] or _zero_subject(context, sentence, phrases, after[0], clause_first)
    # (not an unnamed group: "plan konsultacji między resortami dyplomacji" names no side)
    between = [p for p in actors if p.preposition in {"między", "pomiędzy"} and not p.is_group]
    if between and source is not None and source is not between[0] and not match.verbal \
            and (between[0].first <= match.last + 2 or between[0].first == match.last + 3
                 and pos(tokens[match.last + 1]) == "adj") and match.trigger.mode != "third-party":
        # "Turcja zaoferowała pośrednictwo w rozmowach między Rosją a Ukrainą", "zaniepokojenie zacieśnianiem
        # współpracy wojskowej między Moskwą a Pjongjangiem": the talks, the cooperation are theirs
        source, target = between[0], None
    if between and (source is None or source is between[0]):
        source = between[0]  # "rozmowy między A a B"
        following = [p for p in actors if p.first > between[0].last]
        if target is between[0]:
            target = None  # "Podpisano porozumienie między Armenią a Azerbejdżanem": A is no object of its own
        target = target or (following[0] if following else None)
    if target is None and match.verbal and match.first < match.anchor and any(
            tokens[i].lemma in {"zostać", "być"} for i in range(match.first + 1, match.anchor)):
        # a passive whose subject is the pattern's noun: "Rosyjskie samoloty zostały przechwycone przez włoskie
        # F-35" (the adjective on the noun is whose they are)
        target = next((p for p in actors if p.last == match.first - 1 and p.link.kind is LinkKind.ADJECTIVE
                       and p is not source), None)
    if target is None and not deployed:
        target = _object(tokens, match, actors, source)
    if target is not None and target.preposition == "do" and match.trigger.mode == "deport":
        # "Polska ekstradowała do USA obywatela Rosji": whom is sent is the target, where only when no one is
        # named ("deportowała do Tadżykistanu 30 migrantów")
        target = next((p for p in actors if p.first > match.last and not p.preposition and p is not source
                       and "acc" in p.cases), None) or target
    launched_from = next((p for p in actors if p.preposition in {"z", "ze"} and p.link.actor_type == "country"
                          and p is not source), None) if _LAUNCHES & set(match.trigger.words) else None
    if launched_from is not None:
        # "rakietę wystrzeloną z Jemenu", "Z terytorium Libanu wystrzelono rakiety w kierunku Izraela": whence a
        # missile is fired is who fires it when no one is named, and never its target ("Hezbollah wystrzelił z
        # Libanu rakiety na Izrael")
        if source is None or passive:
            source, passive = launched_from, False
        if target is launched_from:
            target = _object(tokens, match, [p for p in actors if p is not launched_from], source)
    if target is None and match.verbal and event_type in _PRESSURE | {"ASSAULT"} and match.last + 1 < len(tokens) \
            and pos(tokens[match.last + 1]) in {"subst", "adj"} and "nom" not in token_cases(tokens[match.last + 1]):
        # "Prokuratura zarzuca duchownemu zamach stanu" after the archbishop's arrest: a lone person noun as
        # the object is the person just spoken of
        target = _person_spoken_of(context, sentence, tokens, match.last + 1)
    if source is None and not match.verbal and match.trigger.mode == "visit" and _in_adjunct(tokens, match) \
            and any(p.preposition in {"w", "we", "do"} and match.last < p.first <= match.last + 4 for p in in_clause):
        # "Podczas wizyty w Pekinie Orbán spotkał się z Xi", "W czasie wizyty w Kazachstanie Macron podpisał":
        # the clause's subject made the visit the time phrase names
        source = next((p for p in actors if p.first > match.last and not p.preposition and "nom" in p.cases), None)
        target = None if target is source else target
    if target is None and (event_type in {"CONSULT", "ASSAULT", "COERCE", "MOBILIZE"}
                           or ATTACK_WORDS & set(match.trigger.words)) \
            and match.trigger.mode != "multilateral":  # (a summit's host country is where: "szczyt w Turcji")
        # ("wstrzymanie ataków na cele w Izraelu")
        # "wizyta w Rosji", "interwencja w Afganistanie": the country where it happens is the target (not one
        # inside what is talked about: "rozmawiali o sytuacji w Afganistanie", "Rozmowy dotyczyły wojny w
        # Ukrainie")
        target = next((p for p in actors if p.preposition in LOCATION_PREPOSITIONS and p is not source
                       and p.link.actor_type == "country" and p.first > match.last
                       and (match.verbal or not any(pos(token) in _FINITE for token in tokens[match.last + 1:p.first]))
                       and not (event_type == "CONSULT" and any(
                           token.orth.lower() == "o" and token.tag.startswith("prep") or token.lemma in _ABOUT
                           for token in tokens[match.first:p.first]))), None)
    if target is None and source is not None and not match.verbal and event_type == "SANCTION" \
            and source.link.kind.value == "adjective":
        # "eksportu do Rosji z powodu zachodnich sankcji", "obejście zachodnich sankcji przez Rosję": the
        # bloc's sanctions are on the country next to them
        near = [p for p in actors if p is not source and p.link.actor_type == "country"
                and (match.first - 5 <= p.last < match.first or match.last < p.first <= match.last + 5)]
        target = min(near, key=lambda p: min(abs(p.last - match.first), abs(p.first - match.last)), default=None)
    if target is None and (_MEMBERSHIP & set(match.trigger.words) or any(
            token.lemma in _MEMBERSHIP for token in tokens[match.last + 1:match.last + 4])):
        # "zawiesiła swój udział w Organizacji Układu …", "zawiesiła rozmowy o członkostwie w UE": membership
        # is in the body after "w"
        target = next((p for p in actors if p.preposition in {"w", "we"} and p.first > match.last
                       and p is not source), None)
    if target is None and match.verbal and event_type in {"COOPERATE", "AID"}:
        # "Chiny zainwestują w Kazachstanie", "Rosatom zbuduje w Kazachstanie elektrownię": investing or building
        # in a country is cooperating with it
        target = next((p for p in actors if p.preposition in {"w", "we"} and p.first > match.anchor
                       and p.link.actor_type == "country" and p is not source
                       and (source is None or p.link.code[:3] != source.link.code[:3])), None)
    if target is None and (match.verbal or governor is not None):
        target = _fronted_object(tokens, match, actors, source, governor)
    if target is None and match.verbal and (event_type in JUDGING_TYPES | {"SUPPORT"}
                                            or match.trigger.words[0] in ASSENT_VERBS):
        # "nie zgadza się z zapowiedzianym przez premiera przesunięciem", "krytykują wyznaczony przez
        # prezydenta termin", "poparł przygotowany przez rząd projekt": the author of what is judged
        target = next((p for p in actors if p.first > match.last and p.preposition == "przez" and p is not source
                       and p.first >= 2 and pos(tokens[p.first - 2]) == "ppas"), None)
    if target is None and not match.verbal and match.trigger.words[0] in INVITATIONS and match.first > 0 \
            and tokens[match.first - 1].orth.lower() == "na":
        # "Na zaproszenie Tokajewa do Astany przyjechał prezydent Francji": the one invited is who comes
        target = next((p for p in actors if p.first > match.last and not p.preposition and "nom" in p.cases
                       and p is not source), None)
    inviter = next((p for p in actors if p.preposition == "od" and match.last < p.first <= match.last + 3
                    and p is not source), None) \
        if not match.verbal and match.trigger.words[0] in INVITATIONS else None
    if inviter is not None:
        # "przekazał Kimowi zaproszenie od Władimira Putina": who invites is who the invitation is from, and
        # whom it is handed to the one invited
        handed = next((p for p in actors if p.last < match.first and not p.preposition and "dat" in p.cases
                       and p is not source), None)
        source, target = inviter, handed if handed is not None else (None if target is inviter else target)
    if target is None and event_type == "REQUEST":
        target = _complement_subject(tokens, match, phrases, source)
    if target is None and event_type == "THREATEN":
        target = _condition_subject(tokens, match, phrases, source) or (next(
            (p for p in actors if p.preposition == "przed" and match.last < p.first <= match.last + 4
             and p is not source), None) if match.verbal else None)  # "ostrzegł przed rosyjskimi prowokacjami"
    if target is None and source is not None and not match.verbal and event_type in _PRESSURE \
            and _adjunct_preposition(tokens, match) in _CONCESSIVE:
        # "Astana, pomimo nacisków ze strony Moskwy, nie przestanie …": the pressure is on the subject
        subject = _subject(tokens, match, actors) or next(
            (p for p in actors if p.first > match.last and not p.preposition and "nom" in p.cases
             and p is not source), None) or next(
            (p for p in phrases if p.last < match.first and not p.preposition and "nom" in p.cases
             and not p.is_place and p is not source), None)  # "Fico spotkał się z Xi, mimo krytyki ze strony"
        target = subject if subject is not source else None
    if source is None and not match.verbal:
        source, target = _relative_clause_roles(tokens, match, phrases, target)
    if source is None and not match.verbal:
        source = _blamed_for(context, tokens, match, phrases) or source
    evaded = _evaded_sanctions(tokens, match)
    if evaded is not None:
        # "pomagał Rosji w omijaniu sankcji", "Rosja omija sankcje": the sanctions are on who evades them (or
        # "przez" whom), imposed by whoever an adjective names ("zachodnich"), not by the clause's subject
        # (after a gerund "przez" is the agent: "w obchodzeniu sankcji przez Rosję"; after a verb the way:
        # "omija sankcje przez Kirgistan")
        source = source if source is not None and source.link.kind is LinkKind.ADJECTIVE \
            and evaded < source.first and source.last < match.first else None  # (not "Indyjskie firmy pomagały")
        agent = next((p for p in actors if p.preposition == "przez" and p.first > match.last), None) \
            if pos(tokens[evaded]) == "ger" else None
        target = agent or next((p for p in reversed(actors) if p.last < evaded and p.link.actor_type == "country"
                                and p is not source and not p.preposition), None)
    source, target = _named_beside(tokens, actors, source), _named_beside(tokens, actors, target)
    if source is not None and source.is_group:
        # "szefowie dyplomacji obu państw, Radosław Sikorski i Andrij Sybiha": the two named after the comma
        named = _people_named(tokens, actors, source)
        if named:
            source, target = named[0], named[1] if len(named) > 1 else target
    if match.trigger.roles == "joint" and source is not None and target is not None \
            and target in _coordinated(tokens, actors, source, None):
        target = None  # "z zadowoleniem przyjęły Unia Europejska i Stany Zjednoczone": both welcome
    participants = _coordinated(tokens, actors, source, target)
    participants += [p for p in actors if p.preposition == "razem z" and p not in participants]
    partner = target is not None and target.preposition in {"z", "ze", "między", "pomiędzy"}
    if (target is None or match.verbal and not partner and participants and participants[0].last < match.first) \
            and participants and (event_type in _SYMMETRIC_BY_COORDINATION and match.trigger.roles != "joint"
                                  or match.trigger.roles == "mutual") \
            and source is not None and not _fronted_proposal(context, tokens, match, clause_first) \
            and participants[0].first > source.last and participants[0].preposition != "razem z":
        # "A i B podpisały"; also over a phrase that is no partner: "Ławrow i Blinken rozmawiali na marginesie
        # szczytu G20" is a talk between the two
        target, participants = participants[0], participants[1:]
    # a verb's place is anywhere in its clause; an event noun's only right after it ("spotkanie w Astanie")
    reach = 1000 if match.verbal else 4
    # over the noun's own genitive actor: "wizyty ukraińskiego ministra obrony w Warszawie"
    end = source.last if source is not None and not match.verbal and match.last < source.first <= match.last + 2 \
        else match.last
    location = next((p for p in in_clause if p.is_place and p.preposition in LOCATION_PREPOSITIONS | {"do"}
                     and not report_source(tokens, p)
                     and (match.verbal or match.last < p.first <= end + reach
                          and not any(pos(token) in _FINITE for token in tokens[match.last + 1:p.first]))), None)
    # (not across a verb: "Wizyta wywołała krytykę w Brukseli" was no visit to Brussels)
    return Roles(source, target, location, [p for p in participants if p is not source and p is not target],
                 passive=passive and source is None)


_POSSESSIVES = frozenset({"jej", "jego", "ich"})
_ORDERS = frozenset({"zlecenie", "polecenie", "rozkaz"})  # "na zlecenie Rosjan", as written (the tagger reads
# "zlecenie" as the gerund of "zlecieć")
_EVADING = frozenset({"omijać", "ominąć", "obchodzić", "obejść", "omijanie", "ominięcie", "obchodzenie", "obejście"})


INVITATIONS = frozenset({"zaproszenie"})  # an invitation: who accepts it, who comes on it
_LAUNCHES = frozenset({"wystrzelić", "wystrzeliwać"})
_DIPLOMATS = frozenset({"ambasador", "chargé", "charge", "konsul", "dyplomata", "przedstawiciel"})


def _summoned(tokens: tuple[Token, ...], match: Match, actors: list[Phrase]) -> Phrase | None:
    """The state of the diplomat a summons names: its adjective right before the diplomat's noun or its
    genitive right after ("rosyjskiego ambasadora", "ambasadora Rosji"); None for any other trigger."""
    noun = next((i for i in match.positions if tokens[i].lemma in _DIPLOMATS), None)
    if noun is None or match.trigger.type != "ACCUSE":
        return None
    return next((p for p in actors if p.last == noun - 1 and p.link.kind is LinkKind.ADJECTIVE
                 or p.first == noun + 1 and not p.preposition), None)


def _evaded_sanctions(tokens: tuple[Token, ...], match: Match) -> int | None:
    """The word evading a sanctions noun right before it and its modifiers ("w omijaniu sankcji", "omijać
    zachodnie sankcje"), if any."""
    if match.verbal or match.trigger.type != "SANCTION":
        return None
    index = before_modifiers(tokens, match.first)
    return index if index >= 0 and any(reading.lemma in _EVADING for reading in readings(tokens[index])) else None


def _sanctions_of_a_noun(tokens: tuple[Token, ...], match: Match) -> bool:
    """Sanctions a noun before them governs are not the clause subject's: "zablokowały przyjęcie kolejnego
    pakietu sankcji", "zaapelowały o odblokowanie sankcji"."""
    if match.verbal or match.trigger.type != "SANCTION" or len(match.positions) > 1:
        return False
    index = before_modifiers(tokens, match.first)
    if index >= 0 and tokens[index].lemma in _CONTAINERS:  # "przyjęła 16. pakiet sankcji": the package is
        index = before_modifiers(tokens, index)            # the sanctions ("przyjęcie pakietu sankcji" is not)
    # not a measure of time: "przedłużyła o pół roku sankcje" are the subject's
    return index >= 0 and pos(tokens[index]) in {"subst", "ger"} and tokens[index].orth[:1].islower() \
        and not time_noun(tokens[index])


_RELATIONS = frozenset({"relacja", "więź", "stosunek", "współpraca", "kontakt", "partnerstwo"})
_CONTAINERS = frozenset({"pakiet", "zestaw", "seria", "runda", "fala"})


def _accused(context: DocumentContext, tokens: tuple[Token, ...], match: Match, actors: list[Phrase]) -> Phrase | None:
    """Who is accused of the act a noun names: "zarzucił Rosji zestrzelenie samolotu", "oskarżyła Baku o
    prześladowanie Rosjan" → Russia, Azerbaijan."""
    index = before_modifiers(tokens, match.first)
    if index >= 1 and _gerund_of(tokens[index], _CARRYING_ON):
        index -= 1  # "zarzucił Moskwie prowadzenie wojny hybrydowej"
    if index >= 2 and tokens[index].orth.lower() in {"i", "oraz"} and pos(tokens[index - 1]) in {"subst", "ger"} \
            and any(p.first == match.last + 1 for p in actors):
        index = before_modifiers(tokens, index - 1)  # "zarzuciło Paryżowi stronniczość i wspieranie Armenii"
        # (an act on no actor is a charge: "zarzuca mu korupcję i wspieranie organizacji terrorystycznej")
    if index >= 2 and tokens[index].orth.lower() in {"w", "we"} and tokens[index - 1].lemma == "udział":
        index -= 2  # "oskarżyła Wielką Brytanię o udział w ataku"
    if index >= 0 and tokens[index].orth.lower() == "o":
        index -= 1
    if index >= 1 and any(reading.lemma in _SUSPECTED for reading in readings(tokens[index])):
        # "zatrzymały obywatela Kazachstanu podejrzanego o przygotowywanie zamachu": the suspect's act
        return next((p for p in actors if p.last == index - 1 and not p.preposition), None)
    accused = next((p for p in actors if p.last == index and not p.preposition and p.cases & {"acc", "dat"}), None)
    if accused is None or accused.first == 0:
        return None
    index = accused.first - 1
    while index > 0 and accused.first - index <= 2 and pos(tokens[index]) in {"adv", "qub", "conj"}:
        index -= 1  # "oskarżyła natomiast Kijów o ataki"
    verb = tokens[index]
    return accused if pos(verb) in _FINITE | {"inf", "pact", "ger"} \
        and "ACCUSE" in _trigger_types(context, verb, single=True) else None


_AGENT_NOUNS = frozenset({"pośrednik", "mediator"})


def _predicate_subject(tokens: tuple[Token, ...], match: Match, actors: list[Phrase], clause_first: int) -> Phrase | None:
    """Who an agent noun in the instrumental says an actor was, over a copula next to it: "Pośrednikiem były
    Zjednoczone Emiraty Arabskie", "Turcja była mediatorem" → the nominative actor of the clause."""
    if not word_lemmas(tokens[match.anchor]) & _AGENT_NOUNS or not predicative(tokens, match, clause_first):
        return None
    return next((p for p in actors if not p.preposition and "nom" in p.cases), None)


def predicative(tokens: tuple[Token, ...], match: Match, clause_first: int) -> bool:
    """Is the noun in the instrumental with a copula next to it ("Pośrednikiem były …", "była mediatorem")?"""
    near = range(max(clause_first, match.first - 2), min(len(tokens), match.last + 5))  # "po raz kolejny były"
    return "inst" in values(tokens[match.anchor], 2) \
        and any(word_lemmas(tokens[i]) & {"być", "zostać"} for i in near)  # ("były" read as the adjective too)


def _participle_agent(tokens: tuple[Token, ...], match: Match, actors: list[Phrase]) -> Phrase | None:
    """The agent of a participle on the event noun: "wydany przez MTK nakaz aresztowania" → the ICC."""
    return next((p for p in actors if p.preposition == "przez" and p.last == match.first - 1 and p.first >= 2
                 and any(reading.tag.startswith("ppas") for reading in readings(tokens[p.first - 2]))), None)


@cache
def _according_markers() -> frozenset[str]:
    """The claim markers whose speaker is the genitive after them: "według", "wg", "zdaniem", "opinii"."""
    return frozenset(marker for marker, places in claim_markers().items() if "genitive_after" in places)


def report_source(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase who reports, not who acts ("Według agencji Reuters, Rosja …", "według Kremla", "Zdaniem
    szefa NATO", "Jak podaje agencja Interfax,")? The cues are the claims stage's: the markers of
    claim_markers.tsv with the speaker after them, and "jak" + a verb of speech_verbs.tsv."""
    first = phrase.first
    # (its genitive: "Jego zdaniem Budapeszt blokuje" is Budapest acting)
    genitive = "gen" in values(tokens[first], 2) or pos(tokens[first]) == "ign"
    according = _according_markers()
    if first > 0 and tokens[first - 1].orth.lower() in according and genitive or first > 1 \
            and tokens[first - 2].orth.lower() in according and tokens[first - 1].orth.islower() \
            and tokens[first].orth[:1].isupper():  # "agencji Reuters"; not "Według opozycji kilkudziesięciu …"
        return True
    if first > 2 and tokens[first - 3].orth.lower() in according and pos(tokens[first - 2]) == "subst" \
            and tokens[first - 1].orth.lower() in {"w", "we"}:
        return True  # where the reporters sit: "według władz w Baku"
    # "Jak podaje agencja Interfax, rosyjski sąd aresztował …"
    opening = [token.orth.lower() for token in tokens[max(0, first - 3):first]]
    return "jak" in opening and any(token.lemma in speech_verbs() for token in tokens[max(0, first - 3):first])


def _noun_arguments(tokens: tuple[Token, ...], match: Match, actors: list[Phrase],
                    genitive_is_target: bool) -> tuple[Phrase | None, Phrase | None]:
    """A noun trigger's own arguments: "izraelska agresja", "wizyta Putina", "odwołanie ministra X"."""
    source = target = None
    for phrase in actors:
        if phrase.links[0].kind.value == "adjective" and match.first - 3 <= phrase.last < match.first \
                and not any(pos(token) in _FINITE | {"subst", "ger"} for token in tokens[phrase.last + 1:match.first]):
            # on the event noun itself, not on a noun before it ("wręczył rosyjskiemu ambasadorowi notę"), nor
            # the subject's ("Niemiecki minister obrony Boris Pistorius poparł apel")
            if source is not None and phrase.first == source.last + 2 and tokens[source.last + 1].orth == "-" \
                    and pos(tokens[source.last]) == "adja":
                target = phrase  # "polsko-ukraińskie rozmowy": Poland with Ukraine
                continue
            source = phrase  # "izraelską agresję", "amerykańskiej interwencji"
    if source is None and pos(tokens[match.anchor]) == "subst" and len(match.positions) > 1 and any(
            reading.lemma == match.trigger.words[1] and reading.tag.split(":", 1)[0] in _FINITE
            for reading in readings(tokens[match.positions[1]])):
        # an adjective after a pattern's noun, before its verb: "Wojska rosyjskie opuściły Chersoń" (not the
        # origin of arms: "sprzedaż rosyjskiej broni do Iranu")
        source = next((p for p in actors if p.first == match.anchor + 1 and p.last < match.last
                       and p.link.kind is LinkKind.ADJECTIVE), None)
    side = next((p for p in actors if p.head == "strona" and p.preposition in {"z", "ze"}
                 and match.last < p.first <= match.last + 3), None)
    if side is not None:  # "naciski ze strony Moskwy"
        source = source or side
    agent = next((p for p in actors if p.preposition == "przez" and match.last < p.first <= match.last + 6
                  and not _nested_agent(tokens[match.last + 1:_preposition_index(tokens, p) or p.first - 1
                                               if p.link.kind is LinkKind.ADJECTIVE else p.first - 1])
                  and not any(pos(token) in _FINITE and token.lemma not in {"być", "zostać"}
                              for token in tokens[match.last + 1:p.first])
                  and not (p.last + 1 < len(tokens) and p.links[0].kind.value != "adjective"
                           and pos(tokens[p.last + 1]) == "subst" and "nom" in values(tokens[p.last + 1], 2))
                  and not (p.first - 3 > match.last and pos(tokens[p.first - 2]) == "ppas"
                           and pos(tokens[p.first - 3]) in {"subst", "ign"}
                           and not word_lemmas(tokens[p.first - 3]) & {"być", "zostać"})),
                 None)
    if agent is not None:  # "poparcie kampanii USA przez rząd Pakistanu", "Embargo nałożone na Bośnię przez UE"
        # (not over another verb, "Rozmowy dotyczyły transportu przez Morze Kaspijskie", nor the agent of a
        # participle on a noun after it, "tematem rozmów był budowany przez talibów kanał", or before it,
        # "wizyta w Afganistanie rządzonym przez talibów")
        source, genitive_is_target = agent, True
    # the genitive of the noun itself, not of a noun after it ("zaniepokojenie częścią unijnych propozycji")
    # (of the event noun, the anchor: in "przekazanie Ukrainie systemów Patriot" the genitive after the
    # pattern's last word is that word's)
    start = match.anchor
    if match.trigger.mode == "visit" and start + 2 < len(tokens) and tokens[start + 1].orth.lower() in {"w", "we", "do"}:
        # over where the visit goes, a name: "po wizycie w Mińsku specjalnego wysłannika USA Keitha Kellogga"
        start += 1
        while start + 1 < len(tokens) and (tokens[start + 1].orth[:1].isupper()
                                           or any(p.first <= start + 1 <= p.last for p in actors)):
            start += 1
        start = match.anchor if start == match.anchor + 1 else start
    after = [p for p in actors if start < p.first <= start + 3 and not p.preposition
             and not (match.first <= p.first <= match.last)
             and not any(pos(token) in {"subst", "ger"} and not (start > match.anchor and person_noun(token))
                         or start > match.anchor and token.orth.lower() in {"i", "oraz", "a", "lub", ","}
                         for token in tokens[start + 1:p.first])
             # (nor past a comma and a verb: "zapowiedziała protesty, oskarżając Paszyniana")
             and not (any(token.orth == "," for token in tokens[start + 1:p.first])
                      and any(pos(token) in _FINITE | {"pcon", "pant", "inf"} for token in tokens[start + 1:p.first]))]
    # (a title after the place, "premiera Węgier"; not a second place, "podróż do Niemiec i Francji")
    if not after and tokens[match.last].lemma in _RELATIONS:
        # a relation's holder: "zacieśnianie relacji Astany z Zachodem" (not "przekazanie Ukrainie systemów
        # Patriot", whose genitive is the systems')
        after = [p for p in actors if p.first == match.last + 1 and not p.preposition]
        genitive_is_target = False
    if after and "gen" in after[0].cases and after[0] is not source:
        beneficiary = next((p for p in actors if p.preposition == "dla" and after[0].last < p.first <= after[0].last + 2),
                           None)
        if genitive_is_target and beneficiary is None:
            target = after[0]
        elif source is None:
            source = after[0]  # "wsparcie USA dla Ukrainy": the genitive gives, "dla" receives
    return source, target


def _preposition_index(tokens: tuple[Token, ...], phrase: Phrase) -> int | None:
    """The position of the phrase's preposition, up to four words before it: over the noun an adjective follows
    ("przez siły rosyjskie") or the nouns the phrase depends on ("po spotkaniu z ambasadorami państw UE", "w
    wywiadzie dla agencji TASS"); None when it has none."""
    if not phrase.preposition:
        return None
    return next((i for i in range(phrase.first - 1, max(-1, phrase.first - 5), -1)
                 if tokens[i].orth.lower() == phrase.preposition), None)


def _nested_agent(between: tuple[Token, ...]) -> bool:
    """Whether "przez" after an event noun, over these words, is the agent of a noun in a prepositional phrase
    ("sprzeciw wobec sprzedaży broni Tajwanowi przez USA"), not the event's: a preposition and no participle
    between ("Embargo nałożone na Bośnię przez Unię Europejską" is the EU's)."""
    return any(pos(token) == "prep" or token.orth.lower() in PREPOSITIONS for token in between) \
        and not any(pos(token) == "ppas" for token in between)


def _dash_pair(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase]) -> tuple[Phrase, Phrase] | None:
    """Two actors joined by a dash right after an event noun, both in the nominative as names of a format:
    "szczyt Rosja–Azja Centralna", "szczyt UE – Azja Centralna" (any phrase of the sentence: a region too, and
    the dash may have cut the clause)."""
    first = next((p for p in phrases if p.first == match.last + 1 and not p.preposition), None)
    if first is None or first.last + 2 >= len(tokens) or tokens[first.last + 1].orth not in {"–", "-", "—"}:
        return None
    second = next((p for p in phrases if p.first == first.last + 2 and not p.preposition), None)
    if second is None or not {"nom"} <= first.cases or not {"nom"} <= second.cases:
        return None
    return first, second


def _compound_pair(tokens: tuple[Token, ...], actors: list[Phrase], first: int,
                   last: int) -> tuple[Phrase | None, Phrase | None]:
    """A compound country adjective ("kazachsko-rosyjskich") between token ``first`` and ``last``: its two
    countries, or (None, None)."""
    for one in actors:
        if first <= one.first and one.last + 2 <= last and one.links[0].kind.value == "adjective" \
                and pos(tokens[one.last]) == "adja" and tokens[one.last + 1].orth == "-":
            other = next((p for p in actors if p.first == one.last + 2 and p.links[0].kind.value == "adjective"), None)
            if other is not None:
                return one, other
    return None, None


_PROPOSING = frozenset({"zaproponować", "proponować"})  # "zaproponował Putinowi i Zełenskiemu spotkanie"
_INVITING = frozenset({"zaprosić", "zapraszać"})  # "zaprosił francuskiego prezydenta do złożenia wizyty"
# promises whose object is what is promised, no act yet: "uzgodniły wymianę jeńców", "obiecał Kiszyniowowi dostawy
# energii", "zobowiązały się do wzajemnej pomocy"
_PROMISING = frozenset({"uzgodnić", "uzgadniać", "obiecać", "obiecywać", "zobowiązać", "zobowiązywać", "zaoferować",
                        "oferować", "zadeklarować", "deklarować"})


JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST"})
CONCERN = frozenset({"zaniepokojenie", "niepokój", "oburzenie"})
ASSENT_VERBS = frozenset({"zgodzić", "zgadzać"})  # AGREE, or REJECT when negated ("nie zgadza się z …")
_JUDGED_CASES = frozenset({"acc", "gen", "dat"})
# "nie uznał aneksji Krymu", "Kreml nie skomentował ataku", "z zadowoleniem przyjęła decyzję"
_RECOGNIZING = frozenset({"uznać", "uznawać", "akceptować", "zaakceptować", "skomentować", "komentować",
                          "zdementować", "dementować", "zaprzeczyć", "zaprzeczać", "nazwać", "nazywać",
                          # watched: "Moskwa uważnie śledzi rozmowy w Baku"
                          "śledzić", "obserwować", "monitorować"})


def _of_object_persons(tokens: tuple[Token, ...], match: Match) -> bool:
    """An event noun after a person noun that is no subject ("ułaskawił uczestników zamieszek", "zatrzymała
    uczestników protestu"): the event is those people's, not the clause subject's."""
    index = match.first - 1
    while index >= 0 and pos(tokens[index]) == "adj":
        index -= 1
    return not match.verbal and index >= 0 and token_cases(tokens[match.first]) == {"gen"} \
        and not tokens[index].is_name and person_noun(tokens[index]) and "nom" not in person_cases(tokens[index])


def _judging_verb(context: DocumentContext, verb: Token) -> bool:
    """A verb that condemns, criticizes, refuses or recognizes its object ("potępił atak", "skrytykował
    decyzję", "odmówił uznania", "nie uznał aneksji Krymu"): the event noun it governs is not its subject's act."""
    return verb.lemma.lower() in _RECOGNIZING \
        or bool(_trigger_types(context, verb, single=True) & (JUDGING_TYPES | {"SUPPORT"}))  # "nie poprą sankcji"


def _judging_pattern(context: DocumentContext, tokens: tuple[Token, ...], verb: int) -> bool:
    """A verb that judges or welcomes its object with the other words of a pattern around it ("wyraziła
    zaniepokojenie zatrzymaniami", "z zadowoleniem przyjęła uwolnienie swoich obywateli"): the event noun it
    governs is another's act (not what is signed: "podpisali memorandum o współpracy")."""
    near = {lemma.lower() for token in tokens[max(0, verb - 4):verb + 5] for lemma in word_lemmas(token)}
    return any((trigger.type in JUDGING_TYPES or trigger.type == "SUPPORT" and trigger.roles == "joint")
               and len(trigger.words) > 1 and set(trigger.words[1:]) <= near
               for trigger in context.lexicon.triggers.get(tokens[verb].lemma.lower(), ()))


def _trigger_types(context: DocumentContext, verb: Token, single: bool = False) -> set[str]:
    """The event types the lexicon gives a verb's lemma as a trigger anchor (``single``: one-word triggers)."""
    return {trigger.type for trigger in context.lexicon.triggers.get(verb.lemma.lower(), ())
            if not single or all(word == "się" or word in PREPOSITIONS for word in trigger.words[1:])}
    # (a verb with "się" or a preposition counts as one word: "sprzeciwić się", "zwrócić się o")


def _meeting_with(match: Match, actors: list[Phrase]) -> bool:
    """A meeting noun with its partner right after it, even in a time phrase: "mówił po spotkaniu z Radą
    OPZZ", "krytykowany podczas spotkań z rosyjskim ministrem": the clause's subject took part; so does a
    visit noun with where it went ("Podczas wizyty w Pekinie Orbán spotkał się z Xi")."""
    return match.trigger.type == "CONSULT" and any(
        (p.preposition in {"z", "ze"} or match.trigger.mode == "visit" and p.preposition in {"w", "we", "do"})
        and match.last < p.first <= match.last + 4 for p in actors)


_FIRST_PERSON = frozenset({"em", "m", "śmy", "eśmy", "ście", "eś"})  # "narzekał em": an agglutinate, spaced


def _verb_after_meeting(tokens: tuple[Token, ...], match: Match,
                        actors: list[Phrase]) -> tuple[int, Phrase | None] | None:
    """The finite third-person verb right after a meeting phrase opening its clause ("Podczas rozmów z
    Tokajewem omówił …"), with the nominative actor between them, if any ("Po rozmowie z Putinem Trump
    ogłosił"); None when there is none, or for "Z moich rozmów z Wałęsą wynika", "podczas spotkania z nim
    narzekałem"."""
    partner = next((p for p in actors if p.preposition in {"z", "ze"} and match.last < p.first <= match.last + 4),
                   None)
    if match.trigger.type != "CONSULT" or partner is None or _adjunct_preposition(tokens, match) not in {
            "podczas", "po", "przed", "w"} \
            or any(t.lemma in {"mój", "nasz", "twój", "wasz"} for t in tokens[max(0, match.first - 2):match.first]):
        return None
    index = partner.last + 1
    subject = next((p for p in actors if p.first == index and not p.preposition and "nom" in p.cases), None)
    if subject is not None:
        index = subject.last + 1
    while index < len(tokens) and (tokens[index].orth == "," or pos(tokens[index]) in {"adv", "qub"}):
        index += 1
    if index >= len(tokens) or pos(tokens[index]) not in {"praet", "fin"} or tokens[index].lemma in {"być", "wynikać"} \
            or index + 1 < len(tokens) and (pos(tokens[index + 1]) == "aglt" or tokens[index + 1].orth in _FIRST_PERSON):
        return None
    return index, subject


def _governing_verb(tokens: tuple[Token, ...], match: Match, clause_first: int) -> int | None:
    """The finite verb whose object an event noun is, a few words before it: "wyraził swoje zaniepokojenie",
    "odbył godzinną rozmowę", "wysłało do Rosji notę protestacyjną". The pair acts like a verb: its subject,
    zero subject and fronted object are the event's. Not for a noun inside a prepositional phrase."""
    index = _verb_before(tokens, match, clause_first)
    if index is None:
        return _deciding_verb(tokens, match, clause_first)
    # "trwają negocjacje", "odbyła się rozmowa": a noun the verb agrees with is its subject, unless a
    # nominative before the verb is ("Unia Europejska przyznała Ukrainie pomoc")
    if agrees(tokens[match.first], tokens[index]) and not any(
            pos(token) == "subst" and values(token, 2) == {"nom"} and agrees(token, tokens[index])
            for token in tokens[clause_first:index]):
        return None
    return index


# verbs whose gerund asks for more of an act: "o zwiększenie pomocy", "do zaostrzenia sankcji"
_INCREASING = frozenset({"zwiększyć", "zwiększać", "zaostrzyć", "zaostrzać", "rozszerzyć", "rozszerzać", "wzmocnić",
                         "wzmacniać", "przyspieszyć", "przyspieszać", "utrzymać", "utrzymywać"})
_EXERTING = frozenset({"wywrzeć", "wywierać"})
_RELEASING = frozenset({"uwolnić", "uwalniać", "zwolnić", "zwalniać", "wypuścić", "wypuszczać", "ułaskawić"})
_ASSURING = frozenset({"zapewnić", "zapewniać"})
DECIDING = frozenset({"zdecydować", "zadecydować", "postanowić", "przesądzić"})
_DECREES = frozenset({"dekret", "ukaz", "rozporządzenie", "zarządzenie"})
_ENACTING = frozenset({"podpisać", "podpisywać", "wydać", "wydawać"})


def _deciding_verb(tokens: tuple[Token, ...], match: Match, clause_first: int) -> int | None:
    """A verb of deciding whose "o" an event noun follows, over a time or place adverbial: "Sąd zdecydował
    w niedzielę o tymczasowym aresztowaniu burmistrza" (the court arrests), "rząd postanowił o wydaleniu
    dyplomatów"; the verb taking a decision about it ("podjął decyzję o przekazaniu"); or the verb signing a
    decree about it ("podpisał dekret o mobilizacji")."""
    index = before_modifiers(tokens, match.first)
    if index < 1 or tokens[index].orth.lower() != "o":
        return None
    if index >= 2 and tokens[index - 1].lemma in _DECREES and pos(tokens[index - 2]) in _FINITE \
            and tokens[index - 2].lemma in _ENACTING:
        return index - 2  # "Putin podpisał dekret o mobilizacji": the decree's signer mobilizes
    if index >= 2 and tokens[index - 1].lemma == "decyzja" and pos(tokens[index - 2]) in _FINITE \
            and tokens[index - 2].lemma in {"podjąć", "podejmować"}:
        return index - 2  # "Rząd podjął decyzję o przekazaniu Ukrainie czołgów"
    for verb in range(index - 1, max(clause_first, index - 5) - 1, -1):
        if pos(tokens[verb]) in _FINITE:
            return verb if tokens[verb].lemma in DECIDING else None
    return None


def _requesting_verb(context: DocumentContext, tokens: tuple[Token, ...], match: Match, clause_first: int,
                     actors: list[Phrase]) -> int | None:
    """A verb of request (or of warning, with "przed") governing an event noun, over the noun's modifiers,
    its "do"/"o"/"przed" and the addressee ("domaga się od Zachodu dostaw", "wezwał Rosję do wycofania wojsk",
    "apeluje o zawieszenie broni", "ostrzegł NATO przed wysłaniem wojsk"), if any; not over another noun
    ("domagali się zakończenia akcji wojskowej") nor from a place ("domagało się na wiecu")."""
    named = {i for p in actors for i in range(p.first, p.last + 1)}
    return _requesting_before(context, tokens, match.first, clause_first, named)


def _requesting_before(context: DocumentContext, tokens: tuple[Token, ...], first: int, clause_first: int,
                       named: set[int], coordinated: bool = True) -> int | None:
    """``_requesting_verb`` for the noun at ``first``; a noun coordinated with an earlier one asks for what that
    one's verb asks ("domagają się zakazu importu produktów z Ukrainy oraz wycofania się Brukseli")."""
    index = before_modifiers(tokens, first)
    if index >= 1 and _gerund_of(tokens[index], _CARRYING_ON | _INCREASING | _EXERTING):
        index = before_modifiers(tokens, index)
        # "wezwały obie strony do podjęcia negocjacji", "o zwiększenie pomocy", "o wywarcie presji": the act asked
        # for (an act asked to stop goes on: "domaga się od Rosji zaprzestania ataków" keeps Russia's attacks)
    if coordinated and index > clause_first and tokens[index].orth.lower() in {"oraz", "i"}:
        # (also after such a gerund: "do zwiększenia presji na Moskwę i przyspieszenia dostaw")
        return next((verb for earlier in range(index - 1, max(clause_first, index - 9) - 1, -1)
                     if pos(tokens[earlier]) in {"subst", "ger"} and earlier not in named
                     and (verb := _requesting_before(context, tokens, earlier, clause_first, named, False)) is not None),
                    None)
    complement = tokens[index].orth.lower() if index >= 0 else ""
    if complement in PREPOSITIONS:  # (the tagger reads "od" as "oda" at times)
        if complement not in {"do", "o", "przed"}:
            return None
        index -= 1
        unnamed_addressee = True  # one addressee no actor names may stand before "do"/"o" (only there)
    else:
        unnamed_addressee = False
    while index >= max(clause_first, first - 9):
        token = tokens[index]
        if index in named or token.orth.lower() == "się" or pos(token) in {"adv", "qub", "part", "ppron3", "brev"} \
                or token.orth == "." and index > 0 and pos(tokens[index - 1]) == "brev" \
                or token.orth.lower() in PREPOSITIONS | {"i", "oraz", ","} and index + 1 in named:
            # (also over "m.in.", "np.": "domagają się m.in. całkowitego zakazu importu")
            index -= 1
            continue
        if pos(token) in {"subst", "ger"} and complement in {"o", "do"} and token.orth[:1].islower() \
                and "REQUEST" in _trigger_types(context, token, single=True):
            return index  # a request's noun: "apel Unii Europejskiej o wywarcie presji na Rosję"
        if pos(token) == "subst" and unnamed_addressee:
            # "wezwały obie strony do …", "zaapelował do sojuszników o …"
            unnamed_addressee = False
            index = before_modifiers(tokens, index)
            if index >= 0 and pos(tokens[index]) == "subst" and values(token, 2) == {"gen"}:
                index = before_modifiers(tokens, index)  # its genitive: "obie strony konfliktu do …"
            index -= index >= 0 and tokens[index].orth.lower() in {"do", "od"}
            continue
        asking = "THREATEN" if complement == "przed" else "REQUEST"  # "ostrzegł NATO przed wysłaniem wojsk"
        if pos(token) in _FINITE | {"pact", "pcon", "inf"} and (asking in _trigger_types(context, token, single=True)
                                                         or token.lemma in _PROPOSING | _INVITING | _PROMISING
                                                         or token.lemma in _ASSURING and complement == "o"):
            return index  # (assured of: "zapewnił Wilno o wsparciu Berlina" promises the support)
        return None
    return None


def _receiving_verb(tokens: tuple[Token, ...], match: Match, clause_first: int) -> int | None:
    """A receiving verb further back than a light verb, over the giver and a measure noun: "otrzymała od Unii
    Europejskiej kolejną transzę pomocy"."""
    for index in range(match.first - 1, max(clause_first, match.first - 9) - 1, -1):
        if tokens[index].lemma in _RECIPIENT_VERBS:
            return index
        if pos(tokens[index]) not in _LIGHT_VERB_GAP:
            return None
    return None


def _verb_before(tokens: tuple[Token, ...], match: Match, clause_first: int,
                 cases: frozenset[str] = frozenset({"acc", "gen"}), kinds: frozenset[str] = _FINITE,
                 inserted: bool = False) -> int | None:
    """The finite verb (or other ``kinds``) a few words before an event noun in one of ``cases``, outside a
    prepositional phrase, whose object or subject the noun is; ``inserted``: also over "się", "jednak", "też"
    ("sprzeciwił się jednak dalszym dostawom": for a judging verb, which only takes the noun's source away)."""
    if not token_cases(tokens[match.first]) & cases or _in_adjunct(tokens, match) \
            or match.first > 0 and pos(tokens[match.first - 1]) == "prep":
        return None
    index, limit = match.first - 1, max(clause_first, match.first - 5)
    while index >= limit:
        kind = pos(tokens[index])
        if kind in kinds:
            return index
        if index > clause_first and _discourse_pair(tokens, index):
            index, limit = index - 2, max(clause_first, limit - 2)  # "zapowiedziała z kolei sankcje"
            continue
        if kind not in _LIGHT_VERB_GAP and not (inserted and tokens[index].orth.lower() in _INSERTED_WORDS) \
                and tokens[index].orth.lower() not in _DATIVE_PRONOUNS \
                and tokens[index].orth not in QUOTE_MARKS:  # "wręczył mu notę" (mistagged at times), "wyraził „…"
            return None
        index -= 1
    return None


_PLACE_OF_RELATIVE = frozenset({"w", "we", "u", "przy", "pod", "nad", "za", "po", "przed", "podczas"})


def _discourse_pair(tokens: tuple[Token, ...], index: int) -> bool:
    """Does a two-word discourse adverbial end at ``index`` ("z kolei")?"""
    return (tokens[index - 1].orth.lower(), tokens[index].orth.lower()) in DISCOURSE_PAIRS


_ON_PEOPLE = frozenset({"COERCE", "ASSAULT", "RETREAT", "SANCTION", "ACCUSE"})  # acts a counted crowd suffers
_PRESSURE = frozenset({"REQUEST", "THREATEN", "COERCE", "SANCTION", "ACCUSE"})


_MEMBERSHIP = frozenset({"udział", "członkostwo"})


_FORCE = frozenset({"MOBILIZE", "ASSAULT", "COERCE"})


ATTACK_WORDS = frozenset({"atak", "ostrzał", "nalot", "ogień", "działanie"})  # of a ceasefire or a halt


_CONCESSIVE = frozenset({"mimo", "pomimo", "wbrew"})


def _blamed_for(context: DocumentContext, tokens: tuple[Token, ...], match: Match,
                phrases: list[Phrase]) -> Phrase | None:
    """Whom a verb of blame (or praise) blames for an act ("skrytykowały Chiny za wsparcie dla Rosji"): the actor
    right before "za" and the act's modifiers, the verb's object, is the act's author."""
    index = before_modifiers(tokens, match.first)
    if index < 2 or tokens[index].orth.lower() != "za":
        return None
    judged = next((p for p in phrases if p.last == index - 1 and not p.preposition and p.cases & {"acc", "gen", "dat"}
                   and not p.is_place), None)  # (thanks go to the dative: "podziękował Amerykanom za")
    if judged is None or judged.first < 1:
        return None
    # (thanks for support are one act, "podziękował Rosji za wsparcie"; praise for an act on another is two:
    # "pochwalił Japonię za wsparcie dla Ukrainy")
    # nor is thanks for mediation: the one thanked mediated ("podziękował Amerykanom za skuteczną mediację")
    blaming = {"ACCUSE", "SUPPORT"} if match.trigger.mode == "third-party" or any(
        p.preposition in {"dla", "wobec"} and match.last < p.first <= match.last + 3 for p in phrases) else {"ACCUSE"}
    return judged if pos(tokens[judged.first - 1]) in _FINITE | {"inf"} \
        and blaming & _trigger_types(context, tokens[judged.first - 1], single=True) else None


def before_modifiers(tokens: tuple[Token, ...], first: int) -> int:
    """The index of the word before the noun at ``first`` and its modifiers (-1 at the sentence start)."""
    index = first - 1
    while index >= 0:
        modifier = pos(tokens[index]) in {"adj", "num", "adv"} \
            or pos(tokens[index]) == "ppas" and _attributive(tokens[index], tokens[first])
        if not modifier and not (index > 0 and _discourse_pair(tokens, index)):
            break
        index -= 1 if modifier else 2
    return index


def _attributive(participle: Token, noun: Token) -> bool:
    """Does a passive participle agree with the noun after it in number and case, as its modifier ("o
    niezachwianym wsparciu", which the tagger may read as a plural)?"""
    def forms(token: Token, kinds: set[str]) -> set[tuple[str, str]]:
        return {(number, case) for reading in readings(token) if (parts := reading.tag.split(":"))[0] in kinds
                and len(parts) > 2 for number in parts[1].split(".") for case in parts[2].split(".")}
    return bool(forms(participle, {"ppas", "pact", "adj"}) & forms(noun, {"subst", "ger"}))


def _adjunct_preposition(tokens: tuple[Token, ...], match: Match) -> str:
    """The word before an event noun and its modifiers ("pomimo potencjalnych nacisków" → "pomimo", which
    Morfeusz may read as a fragment rather than a preposition)."""
    index = before_modifiers(tokens, match.first)
    concessive = next((token.orth.lower() for token in tokens[index + 1:match.first]
                       if token.orth.lower() in _CONCESSIVE), None)  # "mimo krytyki", "mimo" read as an adverb
    return concessive or (tokens[index].orth.lower() if index >= 0 else "")


def _own(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is an event noun the subject's own, by the reflexive possessive ("Astana stara się wywiązać ze swoich
    zapewnień wobec USA": Astana's assurances), even inside a prepositional phrase?"""
    return any(token.lemma == "swój" for token in tokens[before_modifiers(tokens, match.first) + 1:match.first])


def _in_adjunct(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is a noun trigger inside a time or circumstance phrase ("przed spotkaniem", "w związku z inwazją")?
    Then the clause's subject is not its actor."""
    word = _adjunct_preposition(tokens, match)
    if word in {"z", "ze"} and match.trigger.mode == "visit":
        return False  # "wybiera się z wizytą do Paryża": the manner of the subject's journey
    if word in {"czasie", "trakcie", "sprawie"} and "gen" not in token_cases(tokens[match.first]):
        return False  # "postawiła mu w ostatnim czasie zarzut", "złożył w tej sprawie protest": no noun governed
    return word in _ADJUNCT_PREPOSITIONS


def _subject(tokens: tuple[Token, ...], match: Match, actors: list[Phrase], fronted: bool = False,
             governor: int | None = None) -> Phrase | None:
    """The nominative actor of the trigger's clause: before it, else right after a verb (inverted order;
    ``fronted``: an event noun before the verb is its object, so an actor after it that may be nominative or
    accusative is the subject: "Zatrzymanie potępił Apostolski Kościół Ormiański")."""
    inserted = _inserted_relatives(tokens, match)
    before = [p for p in actors if p.last < match.first and not p.preposition and "nom" in p.cases
              and not any(start < p.first < end for start, end in inserted)]
    if not before and match.verbal and "pl" in values(tokens[match.anchor], 1) \
            and not any(person in tokens[match.anchor].tag for person in (":pri", ":sec")):
        # a plural verb's subject whose noun the tagger read as a genitive singular: "państwa Unii Europejskiej
        # przyjęły pakiet sankcji" (its nominative plural reading)
        before = [p for p in actors if p.last < match.first and not p.preposition and not p.is_group
                  and not any(start < p.first < end for start, end in inserted)
                  and any(r.tag.startswith("subst:pl:nom") for r in readings(tokens[p.first]))]
    shared = _coordinated_verb(tokens, match, governor)
    if shared is not None:
        # "Rosja anektowała ukraiński Donbas i zerwała rozmowy", "partyzanci zestrzelili rosyjski śmigłowiec,
        # zabijając …": the second verb shares the first one's subject, not the first verb's object
        before = [p for p in before if p.last < shared] or before
    # not what the subject is compared with: "Kazachstan, podobnie jak Uzbekistan, odmówił"
    before = [p for p in before if not _compared(tokens, p)] or before
    if before:
        subject = before[-1]
        for phrase in reversed(before[:-1]):  # "Putin i Tokajew spotkali się": the first conjunct leads
            between = tokens[phrase.last + 1:subject.first]
            if not _correlative(between) and (
                    not between or len(between) > 2 or not all(t.orth.lower() in _COORDINATORS for t in between)):
                break
            subject = phrase
        first = next((p for p in reversed(before[:-1]) if p.link.kind is not LinkKind.ADJECTIVE), None)
        if subject is before[-1] and first is not None and _titled_conjunct(tokens, first, subject):
            subject = first  # over the second person's title: "Kaja Kallas i unijna komisarz … Marta Kos zażądały"
        return subject
    inside = [p for p in actors if match.first < p.first and p.last < match.anchor and not p.preposition
              and "nom" in p.cases and not p.is_group and not p.is_place]
    if match.verbal and inside and tokens[match.first].orth.lower() in {"z", "ze"}:
        # between a pattern's opening preposition and its verb: "Z Rahmonem chiński przywódca widział się"
        return inside[-1]
    if match.verbal:
        # inverted order needs an unambiguous nominative: "zaprzeczył jednak rzecznik …", not "oskarżył USA";
        # unless the pattern's noun, fronted, is the verb's object ("Umowę z Chinami podpisał Kazachstan")
        fronted = fronted or match.first < match.anchor
        # an object pronoun right after the verb leaves the name after it the subject ("przyjął go Emmanuel
        # Macron")
        fronted = fronted or match.last + 1 < len(tokens) and pos(tokens[match.last + 1]) == "ppron3" \
            and "acc" in values(tokens[match.last + 1], 2)
        # a counted crowd after a neuter singular verb of protest agrees with it as its subject: "demonstrowało
        # kilkaset osób" (not arrivals: "przyleciało do Jasionki 165 osób" is no visit of state)
        numeral_agreement = tokens[match.anchor].tag.startswith("praet:sg:n") and match.trigger.type == "PROTEST"
        # (a verb with no object has its subject after it whatever case the name could also be in: "W wymianie
        # pośredniczyły Zjednoczone Emiraty Arabskie")
        intransitive = tokens[match.anchor].lemma in _INTRANSITIVE
        # (not past an adverbial participle's clause, where its own object stands: "rakieta trafiła w budynek,
        # zabijając trzy osoby")
        reach = next((i for i in range(match.last + 1, len(tokens) - 1)
                      if tokens[i].orth == "," and pos(tokens[i + 1]) == "pcon"), len(tokens))
        after = [p for p in actors if match.last < p.first < reach and not p.preposition and "nom" in p.cases
                 and ("acc" not in p.cases or fronted or numeral_agreement and p.head == CROWD
                      or intransitive and agrees(tokens[p.first], tokens[match.anchor]))
                 and pos(tokens[p.first]) != "ppron3"]
        if after:
            return after[0]
    return None


def fronted_object(context: DocumentContext, tokens: tuple[Token, ...], match: Match, clause_first: int) -> int | None:
    """The position of the object a clause opens with right before its verb, if any: an event noun, its
    adjectives and a genitive name aside ("Zatrzymanie potępił …", "Wyrok potępiły …", "Weto Budapesztu
    skrytykowała …"; an act cannot do the judging or the hosting), or a noun that can only be an object
    ("Decyzję skrytykowała rzeczniczka …")."""
    if not match.verbal or match.first - clause_first < 1:
        return None
    index = _after_time_adverbials(tokens, clause_first, match.first)
    while index < match.first and (pos(tokens[index]) == "adj" or index + 1 < match.first and pos(
            tokens[index + 1]) in {"subst", "ger"} and any(r.tag.startswith("adj") for r in readings(tokens[index]))):
        index += 1  # adjectives, also one the tagger read as a noun ("Rosyjski atak": the language "rosyjski")
    if index >= match.first or pos(tokens[index]) not in {"subst", "ger"} or not tokens[clause_first].orth[:1].isupper() \
            or tokens[index].name_kind is not NameKind.NONE:
        return None  # (a proper name is no act: "Stany Zjednoczone pochwaliły Kazachstan", not "stan")
    after = tokens[index + 1:match.first]
    while after and pos(after[-1]) == "adv":
        after = after[:-1]  # "wizytę Fico w Moskwie ostro skrytykowała"
    if after and pos(after[-1]) == "prep":
        after = after[:-1]  # the preposition of a pattern: "Decyzję Kijowa z zadowoleniem przyjął"
    if not _noun_dependents(after):
        return None
    cases = {case for reading in readings(tokens[index]) if reading.tag.startswith(("subst", "ger"))
             for case in reading.tag.split(":")[2].split(".")}
    # an event noun, or a verbal noun ("Podpisanie traktatu skrytykowało Prawo i Sprawiedliwość": an act does
    # not criticize)
    event = pos(tokens[index]) == "ger" or any(lemma in context.lexicon.act_nouns for lemma in word_lemmas(tokens[index]))
    return index if event or "acc" in cases and "nom" not in cases else None


def _after_time_adverbials(tokens: tuple[Token, ...], first: int, end: int) -> int:
    """The position after the particles, adverbs and time phrases a clause opens with ("Jeszcze w piątek
    wizytę Fico … skrytykowała", "W ubiegłym tygodniu sankcje …"), before ``end``."""
    index = first
    while index < end:
        if pos(tokens[index]) in {"adv", "qub", "part"}:
            index += 1
            continue
        step = next((n for n in (2, 3) if index + n <= end and pos(tokens[index]) == "prep"
                     and time_noun(tokens[index + n - 1])
                     and all(pos(token) in {"adj", "num"} for token in tokens[index + 1:index + n - 1])), None)
        if step is None:
            return index
        index += step
    return index


_NOUN_COMPLEMENTS = frozenset({"na", "wobec", "przeciwko", "przeciw", "z", "ze", "w", "we", "do", "dla"})


def _noun_dependents(words: tuple[Token, ...]) -> bool:
    """Whether the words after a noun are only its dependents: genitive names or nouns ("Weto Budapesztu",
    "Podpisanie traktatu"), then its own prepositional phrase ("Rosyjski atak na Kijów", "Atak drona na
    elektrownię w Zaporożu")."""
    genitives = 0
    while genitives < min(3, len(words)) and (words[genitives].orth[:1].isupper() or values(words[genitives], 2) == {"gen"}
                                              or genitives == 0 and "gen" in token_cases(words[0])
                                              or "gen" in token_cases(words[genitives])
                                              and "nom" not in token_cases(words[genitives])):
        genitives += 1  # (the first also by another reading: "Atak drona", tagged as a nominative "drona"; any
        # genitive, whatever else it reads, that is no nominative: "Zatrzymanie polskiego obywatela")
    return genitives == len(words) or _noun_complement(words[genitives:])


def _subject_after_object(context: DocumentContext, tokens: tuple[Token, ...], match: Match, actors: list[Phrase],
                          clause_first: int) -> Phrase | None:
    """The subject after the verb of a clause that opens with an event noun as its object ("Sankcje wobec Rosji
    przedłużyła Rada UE", "Rozmowy z Rosją prowadzi Turcja"): the noun, with its dependents only, is followed
    by a finite verb it does not agree with, and a nominative actor follows the verb; by one it agrees with
    when that actor can only be nominative ("Pomoc dla Ukrainy zapowiedziała Japonia"). Not when the verb tells
    an event of its own ("Sankcje wobec Rosji skrytykował Orbán": the critic did not impose them), except a
    promise, which is the noun's act ("Wsparcie dla Litwy zadeklarowała Polska")."""
    if match.verbal or not tokens[clause_first].orth[:1].isupper() or any(
            pos(token) != "adj" for token in tokens[_after_time_adverbials(tokens, clause_first, match.first):match.first]):
        return None
    verb = next((i for i in range(match.last + 1, min(len(tokens), match.last + 8)) if pos(tokens[i]) in _FINITE), None)
    if verb is None or not _noun_dependents(tokens[match.last + 1:verb]) \
            or _trigger_types(context, tokens[verb], single=True) - {"AGREE"}:
        return None
    ambiguous = agrees(tokens[match.first], tokens[verb], names=False)
    return next((p for p in actors if p.first > verb and not p.preposition and "nom" in p.cases
                 and (not ambiguous or p.cases <= {"nom", "voc"})
                 and p.first <= verb + 3 and agrees(tokens[p.first], tokens[verb])), None)


def _noun_complement(words: tuple[Token, ...]) -> bool:
    """Words after an event noun that are its prepositional phrase and nothing more: a preposition, then up to
    five nouns, adjectives, numbers, names or prepositions of such phrases ("na Kijów", "wobec rosyjskich
    banków", "na elektrownię w Zaporożu"), no verb and no punctuation."""
    return 1 < len(words) <= 6 and words[0].orth.lower() in _NOUN_COMPLEMENTS and all(
        pos(token) in {"subst", "adj", "num", "ign", "brev", "prep", "depr"} and token.orth[:1].isalnum()
        and (pos(token) != "prep" or token.orth.lower() in _NOUN_COMPLEMENTS) for token in words[1:])


def _passive_auxiliary(tokens: tuple[Token, ...], match: Match) -> int | None:
    """The finite "być"/"zostać" of a passive participle trigger ("był internowany", "został zatrzymany
    wczoraj"), if it stands just before it."""
    index = auxiliary_before(tokens, match.first)
    return index if index is not None and pos(tokens[index]) in _FINITE else None


def _coordinated_verb(tokens: tuple[Token, ...], match: Match, governor: int | None = None) -> int | None:
    """The finite verb a verbal trigger (or the ``governor`` of an event noun) is coordinated with ("…
    anektowała Donbas i zerwała …", "wezwał chargé d'affaires i wręczył mu notę"), or that an adverbial
    participle after a comma depends on ("zestrzelili śmigłowiec, zabijając …"), if any."""
    if not match.verbal and governor is None:
        return None
    first, anchor = (match.first, match.anchor) if governor is None else (governor, governor)
    index = first - 1
    while index >= 0 and (pos(tokens[index]) in {"adv", "qub"} or tokens[index].orth.lower() in {"nie", "się"}):
        index -= 1
    joins = {"i", "oraz", "a"} | ({","} if pos(tokens[anchor]) in {"pcon", "pant"} else set())
    if index < 1 or tokens[index].orth.lower() not in joins:
        return None
    return next((i for i in range(index - 1, -1, -1) if pos(tokens[i]) in _FINITE), None)


def _unnamed_antecedent(tokens: tuple[Token, ...], phrases: list[Phrase], clause_first: int) -> bool:
    """Does the relative word at ``clause_first - 1`` follow, over its comma, a noun no actor phrase ends
    with ("drona, który", "delegację, która")?"""
    noun = clause_first - 3
    return noun >= 0 and tokens[clause_first - 2].orth == "," and pos(tokens[noun]) == "subst" \
        and not any(p.first <= noun <= p.last for p in phrases)


def _first_conjunct(tokens: tuple[Token, ...], phrases: list[Phrase], phrase: Phrase | None) -> Phrase | None:
    """The actor coordinated right before a phrase ("Tokajew i Mirzijojew" → Tokajew), if any."""
    if phrase is None:
        return None
    return next((p for p in phrases if p.last < phrase.first and 0 < phrase.first - p.last <= 2 and all(
        token.orth.lower() in _COORDINATORS - {","} for token in tokens[p.last + 1:phrase.first])), None)


def _antecedent(phrases: list[Phrase], clause_first: int) -> Phrase | None:
    """The actor a relative clause hangs on: "ostrzeżenia ze strony Rosji, które …" → Rosja."""
    before = [p for p in phrases if p.last < clause_first - 1 and p.last >= clause_first - 5 and not p.is_place]
    return before[-1] if before else None


# adverbs Morfeusz also reads as nouns, never a clause's subject: "wraz z", "Tam spotkał się"
_ADVERBS_READ_AS_NOUNS = frozenset({"wraz", "tam", "tu", "tutaj"})


def _zero_subject(context: DocumentContext, sentence: Sentence, phrases: list[Phrase], anchor: int,
                  clause_first: int) -> Phrase | None:
    """A finite third-person verb with no subject ("Podkreślił także", "…, gdzie spotkał się"): the subject of
    an earlier clause of the sentence, else of one of the two sentences before."""
    verb = sentence.tokens[anchor]
    purpose = pos(verb) == "inf" and resolve_before(context.lexicon, sentence.tokens, clause_first)
    if not purpose and (pos(verb) not in {"fin", "praet", "bedzie"} or pos(verb) == "fin" and "ter" not in values(verb, 2)):
        return None
    tokens = sentence.tokens
    if anchor + 1 < len(tokens) and (pos(tokens[anchor + 1]) == "aglt" or tokens[anchor + 1].orth in _FIRST_PERSON):
        return None  # "zobowiązali śmy się": the first or second person, no one named
    if clause_first > 0 and tokens[clause_first - 1].lemma == "co" and pos(verb) in _FINITE \
            and agrees(tokens[clause_first - 1], verb):
        return None  # ", co wywołało krytykę": what the clause before did is the subject, no actor
    overt = next((index for index, token in enumerate(tokens[clause_first:anchor], clause_first)
                  if pos(token) in {"subst", "depr"} and not is_name(token) and nominative(token)
                  and agrees(token, verb) and not _bare_title(tokens, index)
                  and token.orth.lower() not in word_set("date_deictic.tsv")  # "Wczoraj": a noun at times
                  and token.orth.lower() not in _ADVERBS_READ_AS_NOUNS
                  and not time_noun(token, units=False)), None)  # "We wtorek w Berlinie spotkał się"
    # (a unit may be the subject: "ostatnie lata dostarczyły dowodów")
    owner = before_modifiers(tokens, overt) if overt is not None else -1
    if owner >= clause_first and tokens[owner].orth.lower() in _POSSESSIVES and clause_first > 0 \
            and tokens[clause_first - 1].lemma in {"że", "iż"} and verb.lemma not in {"być", "zostać"}:
        # "SBU poinformowała, że jej morskie drony zaatakowały tankowiec": what the speaker's own do, the
        # speaker does (not what they suffer: "dowiedziała się, że jej synek został zamordowany")
        speaker = next((p for p in phrases if p.last < clause_first and not p.preposition and "nom" in p.cases
                        and not p.is_place), None)
        if speaker is not None:
            return speaker
    if overt is not None:
        # an overt subject that names no actor: "akcjonariusz złożył skargę", "Szef rządu niemieckiego"; but a
        # lone person noun is the person just spoken of ("Prokuratura zarzuca Galstanianowi … Duchowny nie
        # przyznaje się do winy", "zarzuca mu korupcję, czemu polityk zaprzecza")
        return _person_spoken_of(context, sentence, tokens, overt)
    controller = next((i for i in range(clause_first - 1, -1, -1) if pos(sentence.tokens[i]) in _FINITE), None)
    if controller is not None and sentence.tokens[controller].lemma in word_set("event_object_control.txt"):
        # "oskarżył USA, że współpracują": the accused is the one who cooperates
        objects = [p for p in phrases if controller < p.first and p.last < clause_first and not p.preposition
                   and p.cases & {"acc", "dat"} and not p.is_place]
        if objects:
            return objects[0]
    earlier = [p for p in phrases if p.last < clause_first and not p.preposition and "nom" in p.cases
               and not p.is_place]
    if purpose:  # the resolve's subject, nearest the purpose clause, not a genitive ("los Ukrainy")
        earlier = [p for p in earlier if p.first == 0 or pos(sentence.tokens[p.first - 1]) != "subst"][-1:]
    elif tokens[clause_first].orth.lower() in {"i", "oraz"}:
        # a verb joined by "i" to the clause before shares that clause's subject, the nearest one before that
        # clause's verb: "Xi nazwał …, a Putin podziękował za „ciepłe przyjęcie” i zaprosił go" (Putin
        # invites), not the object ("Erdoğan nazwał Turkmenistan „bratnim krajem” i zapowiedział")
        verb_before = next((i for i in range(clause_first - 1, -1, -1) if pos(tokens[i]) in _FINITE), None)
        earlier = [p for p in earlier if verb_before is not None and p.last < verb_before][-1:] or earlier
    if earlier:
        return earlier[0]
    for index in (sentence.index - 1, sentence.index - 2):
        subject = context.subjects.get(index)
        if subject is not None:
            return subject
    return None


def _person_spoken_of(context: DocumentContext, sentence: Sentence, tokens: tuple[Token, ...],
                      index: int) -> Phrase | None:
    """The person a lone singular person noun (a subject, or an object) stands for: the person the latest
    event of this or the sentence before was about (its target, else its source), when the noun has no
    modifier or genitive."""
    token = tokens[index]
    alone = (index == 0 or pos(tokens[index - 1]) not in {"adj", "subst"}) \
        and (index + 1 >= len(tokens) or pos(tokens[index + 1]) not in {"subst", "adj"})
    if not alone or "sg" not in values(token, 1) or not person_noun(token):
        return None
    found = []
    for event in reversed(context.events):
        if sentence.index - event.sentence > 1:
            break
        for actor in (event.target, event.source):
            link = next((link for link in context.links.get(event.sentence, []) if actor is not None
                         and link.actor_id == actor.actor_id and link.actor_type == "person"), None)
            if link is not None:
                found.append((event.sentence, link))
    # the one the noun titled when he was named ("Papież Leon XIV … z Władimirem Putinem. … papież zaapelował"),
    # else the latest
    link = next((link for number, link in found if _titled_by(context, number, link, token.lemma.lower())),
                found[0][1] if found else None)
    return Phrase(index, index, link, [link], cases=frozenset({"nom"}), head=token.lemma.lower()) \
        if link is not None else None


def _titled_by(context: DocumentContext, number: int, link: EntityLink, noun: str) -> bool:
    """Was the person named, in sentence ``number``, right after the noun ("Papież Leon XIV")?"""
    tokens = context.analysis.sentences[number].tokens
    first = next((i for i, token in enumerate(tokens) if token.start == link.start), 0)
    return first > 0 and tokens[first - 1].lemma.lower() == noun


def _bare_title(tokens: tuple[Token, ...], index: int) -> bool:
    """A title with no genitive after it ("prezydent polecił"; not "Szef rządu niemieckiego", "Rzecznik
    niemieckiego rządu")."""
    after = index + 1
    while after < len(tokens) and pos(tokens[after]) == "adj" and "gen" in token_cases(tokens[after]):
        after += 1
    following = tokens[after] if after < len(tokens) else None
    return tokens[index].lemma.lower() in word_set("event_title_nouns.txt") and not (
        following is not None and pos(following) == "subst" and values(following, 2) == {"gen"})


def _object(tokens: tuple[Token, ...], match: Match, actors: list[Phrase], source: Phrase | None) -> Phrase | None:
    """The first actor after the trigger governed by a target preposition or in an object case; a noun's
    arguments stand close to it ("rozmowy z Rosją", not a phrase at the other end of the clause)."""
    reach = len(match.positions) + 5 if not match.verbal else 1000
    reach = _not_only_reach(tokens, match, reach)
    # nor over a verb coordinated after it: "odrzuciło oskarżenia i nazwało decyzję Litwy"; a verb's own object
    # ends it too ("potępił atak i zapowiedział przekazanie Ukrainie"), not an object the two verbs share
    # ("zaatakowała i zajęła Krym")
    joined = next((i for i in range(match.last + 1, min(len(tokens) - 1, match.last + reach))
                   if tokens[i].orth.lower() in {"i", "oraz", "a"} and pos(tokens[i + 1]) in _FINITE), None)
    if joined is not None and (not match.verbal or any(pos(token) == "subst" for token in tokens[match.last + 1:joined])):
        reach = min(reach, joined - match.last - 1)
    opening = not match.verbal and tokens[0].orth[:1].isupper() and all(  # "Rozmowy w pałacu … otworzył Fidan",
        pos(token) == "adj" for token in tokens[_after_time_adverbials(tokens, 0, match.first):match.first])
    # "Jeszcze w piątek wizytę ostro skrytykowała Kallas"
    if opening or not match.verbal and match.first > 0 and pos(tokens[match.first - 1]) == "subst" \
            and (tokens[match.first - 1].orth[:1].islower() or match.first == 1) \
            and token_cases(tokens[match.first]) == {"gen"}:
        # a genitive inside another noun's phrase ends at the verb: "Gospodarz szczytu Ilham Alijew skrytykował
        # kraje zachodnie" (the summit's partner is not the criticized)
        verb = next((i for i in range(match.last + 1, min(len(tokens), match.last + reach + 1))
                     if pos(tokens[i]) in _FINITE), None)
        if opening and verb is not None and tokens[verb].lemma in {"być", "zostać"}:
            verb = None  # "Szczyt w Astanie był dla przywódców Kazachstanu okazją": the copula's is the noun's
        reach = reach if verb is None else min(reach, verb - match.last - 1)

    inside = [p for p in actors if match.first < p.first and p.last < match.anchor and p is not source
              and p.preposition in _TARGET_PREPOSITIONS and not p.is_group]
    if inside:
        return inside[0]  # between a pattern's words: "Sankcje wobec Rosji nałożyła UE"
    for phrase in actors:
        if phrase is source or phrase.first <= match.anchor or phrase.first > match.last + reach \
                or phrase.is_group and not ((phrase.head == CROWD or phrase.preposition in AGAINST
                                             or match.verbal and source is not None and _people(tokens, phrase))
                                            and match.trigger.type in _ON_PEOPLE) \
                and not (source is not None and _governing_object(match, phrase)):
            continue  # an unnamed group is taken as a subject only; a counted crowd, people acted against
            # ("wobec demonstrantów"), the people a verb of force acts on ("rozpędziła demonstrantów") and a
            # government right after its verb ("skrytykowała rząd") also as the object
        if phrase.is_group and not phrase.preposition and phrase.first and tokens[phrase.first - 1].lemma == "swój":
            continue  # the source's own people: "Rosja wycofała swoich żołnierzy z Górskiego Karabachu"
        if tokens[phrase.first].lemma == "swój" and phrase.first != match.last + 1:
            continue  # the subject's citizens are the target of the act they follow only: "potępił zatrzymanie
            # swojego obywatela" condemns no own state
        if participles_own(tokens, match, phrase):
            continue  # "zatrzymały grupę migrantów próbujących przedostać się do Polski"
        if phrase.link.kind is LinkKind.ADJECTIVE and {phrase.first - 1, phrase.last + 1} <= set(match.positions) \
                and pos(tokens[phrase.first - 1]) == "prep" and match.trigger.type not in _FORCE:
            continue  # an adjective between a pattern's preposition and noun is the noun's owner: "przyłączyła
            # się do unijnych sankcji wobec Białorusi" (force strikes the owner: "uderzyła w rosyjskie lotniska")
        if _interviewer(tokens, phrase):
            continue  # the medium spoken to: "ostrzegł w wywiadzie dla agencji TASS przed …"
        if match.trigger.type != "CONSULT" and _met_when(tokens, phrase):
            continue  # when, not on whom: "zarzuciła prezydent Maia Sandu po spotkaniu z ambasadorami państw UE"
        if match.trigger.type == "REQUEST" and not phrase.preposition and phrase.first \
                and _gerund_of(tokens[phrase.first - 1], _RELEASING):
            continue  # who is to be freed is not asked: "zażądał natychmiastowego uwolnienia Polaka"
        if phrase.preposition == "na" and (phrase.cases - {"voc"} == {"loc"} or "loc" in phrase.cases
                                            and "acc" not in phrase.cases and match.trigger.type not in _FORCE) \
                and not (match.trigger.mode == "visit" and phrase.link.actor_type == "country"):
            continue  # "spotkał się na Kremlu z Władimirem Putinem": where, not with whom ("na Kreml" goes to);
            # "rozmawiali o sytuacji na Ukrainie" (dative or locative: "na" governs the locative), unless force
            # strikes there ("ofensywa na Ukrainie") or a visit is paid to that country ("wizyta na Tajwanie")
        if source is not None and not phrase.preposition and (
                phrase.link.actor_id == source.link.actor_id
                and not (source.first < phrase.first <= source.last + 3 and not source.last < match.anchor < phrase.first)
                or phrase.link.kind is LinkKind.ADJECTIVE and phrase.link.code[:3] == source.link.code[:3] != ""):
            continue  # the source's own side named by an adjective: "Rada UE zatwierdziła wypłatę unijnej
            # pożyczki dla Ukrainy" (the loan is the EU's; Ukraine gets it); the source itself named again,
            # not as its own apposition ("Komitet Ochrony Dziennikarzy (CPJ)"): "Moskwa nakazała opuszczenie Rosji
            # estońskiemu dyplomacie"
        if match.trigger.type == "AID" and phrase.link.kind is LinkKind.ADJECTIVE and not phrase.preposition \
                and any(p.preposition in {"dla", "do"} and p.first > phrase.last for p in actors):
            continue  # where the aid comes from, not who gets it: "sfinansuje zakup amerykańskiej broni dla Kijowa",
            # "sprzedaż rosyjskiej broni do Iranu"
        if phrase.preposition and _within_reason(tokens, match.last + 1, phrase.first):
            continue  # the reason's own argument: "poderwała myśliwce w związku z atakiem na zachodnią Ukrainę"
            # (its author stays: "w odpowiedzi na atak Rosji")
        if _on_whose_part(tokens, phrase) or phrase.preposition in {"z", "ze"} and phrase.first >= 2 \
                and tokens[phrase.first - 2].lemma in _BORDERS and match.trigger.type in COOPERATIVE | {"AGREE"}:
            continue  # (nor the state a border is with for a partner: "wspólne ćwiczenia w pobliżu granicy
            # z Armenią" are held there; a border closed or manoeuvres near it are aimed at that state)
        # (also the preposition of a pattern of force: "uderzyła w rosyjskie lotniska")
        governed = match.trigger.type in _FORCE and _preposition_index(tokens, phrase) in match.positions
        if phrase.preposition in _TARGET_PREPOSITIONS or _toward(tokens, phrase) or phrase.preposition == "wokół" \
                and match.trigger.type in _FORCE or phrase.preposition == "nad" and match.trigger.type == "COERCE" \
                or governed:
            # "ćwiczenia wojskowe wokół Tajwanu", "przejęła kontrolę nad Pokrowskiem"
            # a complaint goes "do" a court and is "przeciwko" the accused: "złożyła skargę do Europejskiego
            # Trybunału Praw Człowieka przeciwko Rosji"
            accused = next((p for p in actors if p.preposition in AGAINST and phrase.last < p.first
                            <= phrase.last + 2), None) if phrase.preposition == "do" else None
            return accused or phrase
        if not phrase.preposition and phrase.cases & {"acc", "dat", "gen", "inst"} and not (
                phrase.cases == {"inst"} and phrase.link.kind is LinkKind.ADJECTIVE):
            # (an adjective in the instrumental is the means: "amerykańskimi pociskami ATACMS"; a crowd from a
            # country is its country: "objęła sankcjami ponad 2,4 tys. osób i podmiotów z Rosji")
            origin = next((p for p in actors if p.preposition in {"z", "ze"} and p.link.actor_type == "country"
                           and phrase.last < p.first <= phrase.last + 4 and all(
                               token.orth.lower() in {"i", "oraz"} or pos(token) == "subst"
                               for token in tokens[phrase.last + 1:p.first - 1])), None) if phrase.head == CROWD else None
            # and so is one of a state's body: "wydalił dwóch pracowników rosyjskiej ambasady"
            origin = origin or next((p for p in actors if p.first == phrase.last + 1 and not p.preposition
                                     and p.cases == {"gen"} and not p.is_group and not p.is_place
                                     and p.link.kind is LinkKind.ADJECTIVE), None) if phrase.head == CROWD else origin
            return origin or (_named_apposition(tokens, actors, phrase) if phrase.is_group else phrase)
    return None


_REASONS = (("w", "związek", "z"), ("w", "odpowiedź", "na"), ("w", "reakcja", "na"), ("z", "powód"))


_INTERVIEWS = frozenset({"wywiad", "rozmowa", "wypowiedź", "komentarz"})


_MEETING_NOUNS = frozenset({"spotkanie", "spotkać", "rozmowa", "rozmowy", "szczyt", "wizyta"})  # (the gerund "spotkaniu")


def _met_when(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase the partner of a meeting that dates the act ("po spotkaniu z ambasadorami państw UE",
    "podczas rozmowy z Xi")?"""
    if phrase.preposition not in {"z", "ze"}:
        return False
    at = _preposition_index(tokens, phrase)
    return at is not None and at >= 2 and tokens[at - 1].lemma in _MEETING_NOUNS \
        and tokens[at - 2].orth.lower() in {"po", "przed", "podczas"}


def _interviewer(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase the medium an interview was given to ("w wywiadzie dla agencji TASS", "w rozmowie dla
    telewizji CNN")?"""
    if phrase.preposition != "dla":
        return False
    index = _preposition_index(tokens, phrase)
    return index is not None and index > 0 and tokens[index - 1].lemma.lower() in _INTERVIEWS


def _within_reason(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Does a reason phrase ("w związku z", "w odpowiedzi na", "z powodu") with a noun of its own open
    between ``start`` and ``end``?"""
    lemmas = [token.lemma.lower() for token in tokens[start:end]]
    return any(tuple(lemmas[i:i + len(marker)]) == marker and any(
        pos(token) in {"subst", "ger"} for token in tokens[start + i + len(marker):end])
        for marker in _REASONS for i in range(len(lemmas) - len(marker)))


def _governing_object(match: Match, phrase: Phrase) -> bool:
    """Is an unnamed group a government, a parliament or the authorities in the object case right after a
    verb ("skrytykowała rząd", "wezwał władze do …"), which the state stands for?"""
    return match.verbal and phrase.first == match.last + 1 and not phrase.preposition \
        and phrase.head in _GOVERNMENTS and bool(phrase.cases & {"acc", "dat"})


_GOVERNMENTS = frozenset({"rząd", "władza", "parlament", "gabinet"})


def _people(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is an unnamed group a bare accusative or dative plural of people ("demonstrantów", "dwóch jej
    pracowników", "zarzuca demonstrantom"), not an institution ("ministerstwo", "sąd")?"""
    return not phrase.preposition and bool(phrase.cases & {"acc", "dat"}) and any(
        pos(token) in {"subst", "depr"} and "pl" in values(token, 1) for token in tokens[phrase.first:phrase.last + 1])


def _possessive_relative(tokens: tuple[Token, ...], match: Match, clause_first: int) -> bool:
    """Is the relative word before ``clause_first`` possessive, its noun the subject while the verb has an object
    of its own ("Tadżykistan, którego prezydent … odmawia rozmów z talibami"; "którego sąd skazał" has none)?"""
    if pos(tokens[clause_first]) != "subst" or "nom" not in token_cases(tokens[clause_first]):
        return False
    after = next((i for i in range(match.last + 1, len(tokens)) if pos(tokens[i]) not in {"adv", "qub"}), None)
    return after is not None and any(reading.tag.startswith(("subst", "ger")) for reading in readings(tokens[after])) \
        and bool(token_cases(tokens[after]) & {"acc", "gen", "dat"})  # (any reading: "rozmów" is read as a verb)


def _named_beside(tokens: tuple[Token, ...], actors: list[Phrase], phrase: Phrase | None) -> Phrase | None:
    """The name a country adjective's noun stands beside, which is the actor: "sankcje wobec białoruskich
    narodowych linii lotniczych Bieławia" → Belavia, "na dwa największe rosyjskie koncerny naftowe, Rosnieft i
    Łukoil" → Rosneft (not Belarus, Russia); else the phrase."""
    if phrase is None or phrase.link.kind is not LinkKind.ADJECTIVE:
        return phrase
    index = phrase.last + 1
    while index < len(tokens) and index - phrase.last <= 4 and pos(tokens[index]) in {"subst", "adj"} \
            and tokens[index].orth[:1].islower() and not any(p.first <= index <= p.last for p in actors):
        if person_noun(tokens[index]):
            return phrase  # a person's title: "z saudyjskim szefem MSZ" (the name is his office's)
        index += 1
    if index < len(tokens) and tokens[index].orth == "," \
            and any(pos(token) == "subst" for token in tokens[phrase.last + 1:index]):
        index += 1  # an apposition after the adjective's noun: "koncerny naftowe, Rosnieft i Łukoil"
    named = next((p for p in actors if p.first == index and p.preposition in {"", phrase.preposition} and not p.is_group
                  and not p.is_place and p.link.kind in {LinkKind.NAME, LinkKind.ACRONYM}
                  and p.link.actor_type != "country"
                  and not (tokens[p.first].orth[:1].islower() and person_noun(tokens[p.first]))), None)
    return named or phrase


def _people_named(tokens: tuple[Token, ...], actors: list[Phrase], group: Phrase) -> list[Phrase]:
    """The people an unnamed group of them is put in apposition to, after a comma within four words of it
    ("szefowie dyplomacji obu państw, Radosław Sikorski i Andrij Sybiha"), the first and the one joined to it by
    "i"/"oraz"; none if none."""
    comma = next((i for i in range(group.last + 1, min(len(tokens), group.last + 5)) if tokens[i].orth == ","), None)
    first = next((p for p in actors if comma is not None and p.first == comma + 1 and p.link.actor_type == "person"
                  and not p.is_group and not p.preposition), None)
    if first is None or any(pos(t) in _FINITE for t in tokens[group.last + 1:comma]):
        return []
    second = next((p for p in actors if p.first == first.last + 2 and p.link.actor_type == "person"
                   and tokens[first.last + 1].orth.lower() in {"i", "oraz"}), None)
    return [first, second] if second is not None else [first]


def _named_apposition(tokens: tuple[Token, ...], actors: list[Phrase], group: Phrase) -> Phrase:
    """The actor an unnamed group is put in apposition to, after a comma ("zatrzymała dwóch jej pracowników,
    obywateli Rosji" → Russia), else the group itself."""
    following = next((p for p in actors if p.first == group.last + 2), None)
    if following is not None and tokens[group.last + 1].orth == "," and not following.preposition \
            and not following.is_group and not following.is_place:
        return following
    return group


def _toward(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase the aim of "w kierunku" / "w stronę" ("wystrzelił rakiety w kierunku Izraela")?"""
    return phrase.first >= 2 and tokens[phrase.first - 1].lemma in {"kierunek", "strona"} \
        and tokens[phrase.first - 2].orth.lower() in {"w", "we"}


def _not_only_reach(tokens: tuple[Token, ...], match: Match, reach: int) -> int:
    """A noun's reach stretched over "nie tylko X, ale także Y" when it begins within reach ("zacieśnienia
    więzi nie tylko z sąsiadami, ale także z Turcją": Turkey is as close as the neighbours)."""
    for index in range(match.last + 1, min(len(tokens) - 1, match.last + reach)):
        if tokens[index].orth.lower() == "nie" and tokens[index + 1].orth.lower() == "tylko":
            but = next((i for i in range(index + 2, min(len(tokens), index + 10))
                        if tokens[i].orth.lower() in {"ale", "lecz"}), None)
            return reach if but is None else max(reach, but + 4 - match.last)
    return reach


_COMPLEMENTIZERS = frozenset({"by", "aby", "żeby", "ażeby"})


def _complement_subject(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase],
                        source: Phrase | None) -> Phrase | None:
    """Whom a demand is made of, when it is the subject of the demanded act: "żądają, by prezydent złożył
    dymisję" → the president."""
    _, last = clause_range(tokens, match.anchor)
    if last + 2 >= len(tokens):
        return None
    start = last + 1 + (tokens[last + 1].orth == ",")
    if tokens[start].orth.lower() not in _COMPLEMENTIZERS:
        return None
    _, end = clause_range(tokens, start + 1)
    return next((p for p in phrases if start < p.first and p.last <= end and not p.preposition and not p.is_place
                 and "nom" in p.cases and p is not source), None)


def _condition_subject(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase],
                       source: Phrase | None) -> Phrase | None:
    """Whom a threat is made to, when it is the subject of its condition: "zagroził kolejnymi restrykcjami,
    jeśli Moskwa nie zgodzi się na zawieszenie broni" → Russia (the first condition within twelve words; its
    subject before its verb)."""
    start = next((i for i in range(match.last + 1, min(len(tokens), match.last + 13))
                  if tokens[i].orth.lower() in _CONDITIONS), None)
    if start is None:
        return None
    verb = next((i for i in range(start + 1, len(tokens)) if pos(tokens[i]) in _FINITE), start)
    return next((p for p in phrases if start < p.first and p.last < verb and not p.preposition and not p.is_place
                 and "nom" in p.cases and p is not source
                 and (source is None or p.link.actor_id != source.link.actor_id)), None)


_CONDITIONS = frozenset({"jeśli", "jeżeli", "gdyby", "jeśliby", "jeżeliby"})
_CEASING = frozenset({"zaprzestać", "zaprzestawać", "wstrzymać", "wstrzymywać", "zakończyć", "przerwać"})


def _gerund_of(token: Token, lemmas: frozenset[str]) -> bool:
    """Can the word be the gerund of one of the verbs ("podjęcia", "zaprzestania"), by any reading?"""
    return any(reading.tag.startswith("ger") and reading.lemma in lemmas for reading in readings(token))


def _asked_to_stop(tokens: tuple[Token, ...], match: Match, actors: list[Phrase]) -> Phrase | None:
    """Whom an act asked to stop is by: the addressee "od" names before the gerund of ceasing ("domaga się
    od Rosji zaprzestania ataków na Ukrainę", "zażądał od Chin zaprzestania wsparcia dla Rosji"); the act
    goes on, it is the addressee's (not the requester's)."""
    index = before_modifiers(tokens, match.first)
    if index < 1 or not _gerund_of(tokens[index], _CEASING):
        return None
    # (also the one appealed to or called on: "zaapelował do Chin o zaprzestanie wspierania", "wezwał Chiny do
    # zaprzestania")
    return next((p for p in actors if (p.preposition in {"od", "do"} or not p.preposition and "acc" in p.cases)
                 and p.last < index and index - p.last <= 2
                 and all(pos(token) == "prep" for token in tokens[p.last + 1:index])), None)
_CARRYING_ON = frozenset({"kontynuować", "prowadzić", "rozpocząć", "podjąć", "zacząć", "wznowić", "przygotowywać",
                          "przygotować", "planować", "zaplanować"})
_INTRANSITIVE = frozenset({"pośredniczyć", "mediować", "przewodniczyć", "protestować", "demonstrować", "strajkować"})
_SUSPECTED = frozenset({"podejrzany", "podejrzewać", "oskarżony", "oskarżyć"})


def _disposition_holder(tokens: tuple[Token, ...], match: Match, actors: list[Phrase],
                        target: Phrase | None) -> Phrase | None:
    """Whose will, ambition or ability an event noun after "do" is: "ambicji Armenii do nawiązania związków",
    "woli Kazachstanu do poprawy relacji", "zdolności Rosji do kontynuowania wojny" → the genitive."""
    index = before_modifiers(tokens, match.first)
    if index >= 1 and pos(tokens[index]) == "ger" and tokens[index].lemma in _CARRYING_ON:
        index -= 1  # "do kontynuowania wojny", "do prowadzenia rozmów"
    if index < 2 or tokens[index].orth.lower() != "do":
        return None
    holder = next((p for p in actors if p.last == index - 1 and "gen" in p.cases
                   and p is not target and pos(tokens[p.first - 1]) == "subst"), None)
    noun = tokens[index - 1].lemma.lower()
    if holder is None and noun in _OPPORTUNITIES:
        # "był dla przywódców Kazachstanu idealną okazją do zacieśnienia więzi": whom it is an opportunity for
        holder = next((p for p in actors if p.preposition == "dla" and p.last < index - 1 and p is not target), None)
    if holder is None and index >= 3 and tokens[index - 2].orth.lower() in {"w", "we"}:
        # "nie przeszkadza to Astanie w dążeniu do zacieśnienia więzi": the dative strives
        holder = next((p for p in actors if p.last == index - 3 and not p.preposition and "dat" in p.cases
                       and p is not target), None)
    return holder


_DECISIONS = frozenset({"decyzja", "plan", "zamiar", "zapowiedź", "propozycja", "postanowienie", "próba",
                        "deklaracja", "obietnica", "groźba"})


def _decision_holder(tokens: tuple[Token, ...], match: Match, actors: list[Phrase],
                     target: Phrase | None) -> Phrase | None:
    """Whose decision or plan the event noun completes, over a preposition and an action noun: "skrytykował
    decyzję Kazachstanu o przyłączeniu się do sankcji" → Kazakhstan joins the sanctions."""
    index = before_modifiers(tokens, match.first)
    for _ in range(6):
        if index < 1:
            return None
        holder = next((p for p in actors if p.last == index and not p.preposition and "gen" in p.cases
                       and p is not target), None)
        if holder is not None:
            return holder if tokens[holder.first - 1].lemma.lower() in _DECISIONS else None
        if pos(tokens[index]) not in {"prep", "ger", "subst", "adj", "qub", "part"}:
            return None
        index -= 1
    return None


_OPPORTUNITIES = frozenset({"okazja", "szansa", "sposobność"})


def _relative_clause_roles(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase],
                           target: Phrase | None) -> tuple[Phrase | None, Phrase | None]:
    """An event noun described by the relative clause after it: "wotum nieufności, które postawił wobec
    premiera prezydent Litwy" → the clause's subject acts, its target-preposition phrase suffers."""
    index = match.last + 1 + (match.last + 1 < len(tokens) and tokens[match.last + 1].orth == ",")
    if index >= len(tokens) or tokens[index].lemma not in _RELATIVES or "acc" not in token_cases(tokens[index]):
        return None, target
    _, end = clause_range(tokens, index + 1)
    if not any(pos(token) in _FINITE for token in tokens[index + 1:end + 1]):
        return None, target
    inside = [p for p in phrases if index < p.first and p.last <= end and not p.is_place]
    source = next((p for p in inside if not p.preposition and "nom" in p.cases), None)
    if source is not None and target is None:
        target = next((p for p in inside if p.preposition in _TARGET_PREPOSITIONS and p is not source), None)
    return source, target


def _fronted_accusative(tokens: tuple[Token, ...], match: Match, actors: list[Phrase]) -> Phrase | None:
    """The object of an impersonal "-no/-to" verb standing before it: "18 Polaków zatrzymano"."""
    if pos(tokens[match.anchor]) != "imps":
        return None
    return next((p for p in reversed(actors) if p.last < match.first and not p.preposition and "acc" in p.cases), None)


def _inserted_relatives(tokens: tuple[Token, ...], match: Match) -> list[tuple[int, int]]:
    """The relative clauses closed by a comma before the trigger, (relative word, closing comma) each:
    "Finlandia i Szwecja, które niedawno wstąpiły do NATO, zadeklarowały"; and adverbial participle clauses
    set off by commas: "Minister Sikorski, komentując decyzję Węgier, zarzucił" (not "Węgier")."""
    relatives = [(index, closing) for index in range(match.first) if tokens[index].lemma in _RELATIVES
                 and (closing := _closed_relative(tokens, index, match.first)) is not None]
    participles = [(index, closing) for index in range(1, match.first)
                   if pos(tokens[index]) == "pcon" and tokens[index - 1].orth == ","
                   and (closing := next((i for i in range(index + 1, match.first) if tokens[i].orth == ","), None))
                   is not None]
    return relatives + participles


def _fronted_object(tokens: tuple[Token, ...], match: Match, actors: list[Phrase], source: Phrase | None,
                    governor: int | None = None) -> Phrase | None:
    """An object before its verb ("Informacji przekazanej przez premiera zaprzeczył rzecznik"), or between an
    event noun and its verb ("wysłało do Rosji notę", the dative "przyznała Ukrainie pomoc"); not one inside a
    relative clause stepped over ("które wstąpiły do NATO, zadeklarowały")."""
    inserted = _inserted_relatives(tokens, match)
    for phrase in reversed(actors):
        if any(start < phrase.first < end for start, end in inserted):
            continue
        if phrase is not source and not phrase.is_group and phrase.last < match.first \
                and (governor is None or phrase.first > governor) and not _on_whose_part(tokens, phrase) and (
                    phrase.preposition in _TARGET_PREPOSITIONS - {"od"}
                    or governor is not None and not phrase.preposition and "dat" in phrase.cases):
            return phrase
    return None


_BORDERS = frozenset({"granica", "pogranicze"})


# nouns of a decision or step, which may name any act ("Opozycja z zadowoleniem przyjęła decyzję" after a pardon)
ANY_ACTS = frozenset({"decyzja", "krok", "posunięcie"})
_PROPOSALS = ANY_ACTS | {"propozycja", "plan", "inicjatywa", "pomysł"}


def _fronted_proposal(context: DocumentContext, tokens: tuple[Token, ...], match: Match, clause_first: int) -> bool:
    """Does the clause open with another's decision or proposal as the verb's object ("Decyzję poparły Łotwa
    i Estonia": both support Lithuania's decision, not each other)?"""
    fronted = fronted_object(context, tokens, match, clause_first)
    return fronted is not None and bool(word_lemmas(tokens[fronted]) & _PROPOSALS)


def _acted_noun_before(context: DocumentContext, tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """Is there an event noun between ``first`` and ``last`` followed by its object noun, whose agent a "przez"
    at ``last`` would be?"""
    return not any(pos(token) == "ppas" for token in tokens[first:last]) and any(
        pos(tokens[i]) in {"ger", "subst"} and _trigger_types(context, tokens[i])
        and any(pos(token) == "subst" for token in tokens[i + 1:last]) for i in range(first, last))
    # (a participle between has the agent: "podczas nalotów na mieszkania, przeprowadzonych przez GKNB")


def participles_own(tokens: tuple[Token, ...], match: Match, phrase: Phrase) -> bool:
    """Does the phrase after a verbal trigger belong to a participle on a noun between them ("zatrzymały grupę
    migrantów próbujących przedostać się do Polski"), not to the trigger?"""
    return match.verbal and any(active_participle(tokens[i]) and pos(tokens[i - 1]) in {"subst", "ger"}
                                and "należeć" not in word_lemmas(tokens[i])
                                and not (pos(tokens[i + 1]) == "subst" and tokens[i + 1].orth[:1].islower()
                                         and _attributive(tokens[i], tokens[i + 1]))
                                for i in range(match.last + 2, phrase.first))
    # (whose a thing is stays the target: "zatrzymała tankowiec należący do rosyjskiej floty cieni"; so does a
    # name after a participle that only qualifies the common noun after it: "założyciela rządzącej partii
    # Gruzińskie Marzenie Bidzinę Iwaniszwilego"; not a name it governs: "deklarację potępiającą Rosję")


def _on_whose_part(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase whose initiative, side or mediation an act is on ("Spotkanie odbyło się z inicjatywy
    sekretarza stanu USA", "Ze strony unijnej dokument podpisał komisarz", "wymianę jeńców za pośrednictwem
    Zjednoczonych Emiratów Arabskich"), not the partner it is with?"""
    return phrase.first >= 2 and (tokens[phrase.first - 1].lemma in ON_WHOSE_PART
                                  and tokens[phrase.first - 2].orth.lower() in {"z", "ze"}
                                  or tokens[phrase.first - 1].lemma == "pośrednictwo"
                                  and tokens[phrase.first - 2].orth.lower() == "za")


def _titled_conjunct(tokens: tuple[Token, ...], first: Phrase, second: Phrase) -> bool:
    """Is the second person joined to the first by "i"/"oraz" over his title, no verb or punctuation
    between ("Marco Rubio i sekretarz ukraińskiej Rady Bezpieczeństwa Narodowego i Obrony Rustem Umerow")?"""
    between = tokens[first.last + 1:second.first]
    if not (first.link.actor_type == "person" and second.link.actor_type == "person" and 1 < len(between) <= 9
            and between[0].orth.lower() in {"i", "oraz"}
            and not any(t.name_kind in {NameKind.FIRST_NAME, NameKind.SURNAME} for t in between)):
        return False  # (no third person between: "Merzem, prezydentem Francji Emmanuelem Macronem i premierem …")
    title = next((t for t in between[1:] if pos(t) != "adj"), None)  # "i unijna komisarz …"
    return title is not None and title.lemma.lower() in word_set("event_title_nouns.txt") \
        and not any(pos(t) in _FINITE | {"interp", "comp"} for t in between[1:])


def _next_titled(tokens: tuple[Token, ...], actors: list[Phrase], chain: Phrase) -> Phrase | None:
    """The person after ``chain`` joined to it over a title (``_titled_conjunct``), if any."""
    return next((p for p in actors if p.first > chain.last and _titled_conjunct(tokens, chain, p)), None)


_CORRELATIVES = frozenset({(",", "jak", "i"), ("jak", "i"), (",", "ale", "także"), (",", "ale", "również"),
                           (",", "ale", "i"), (",", "lecz", "także"), (",", "lecz", "również")})


def _correlative(between: Sequence[Token]) -> bool:
    """Do the words join two conjuncts as "zarówno A, jak i B" or "nie tylko A, ale także B"?"""
    return tuple(token.orth.lower() for token in between) in _CORRELATIVES


def _compared(tokens: tuple[Token, ...], phrase: Phrase) -> bool:
    """Is the phrase what something is compared with ("podobnie jak Uzbekistan", "tak jak Polska")?"""
    return phrase.first >= 2 and tokens[phrase.first - 1].orth.lower() == "jak" \
        and tokens[phrase.first - 2].orth.lower() in {"podobnie", "tak", "zupełnie"}


def _coordinated(tokens: tuple[Token, ...], actors: list[Phrase], source: Phrase | None,
                 target: Phrase | None) -> list[Phrase]:
    """Actors joined to the source or the target by "i", "oraz" or commas: "Rosja, Kirgistan i Uzbekistan"."""
    found: list[Phrase] = []
    for anchor in (source, target):
        if anchor is None:
            continue
        chain = anchor
        titled = _next_titled(tokens, actors, chain)
        for phrase in actors:
            if phrase.first <= chain.last or phrase in found or phrase is source or phrase is target:
                continue
            if titled is not None and titled is not phrase and phrase.last < titled.first:
                continue  # a word of the next person's title: "Marco Rubio i sekretarz ukraińskiej Rady …"
            between = tokens[chain.last + 1:phrase.first]
            if titled is phrase or _correlative(between) or between and len(between) <= 2 and all(
                    t.orth.lower() in _COORDINATORS or pos(t) == "prep" for t in between) and any(
                    t.orth.lower() in _COORDINATORS for t in between):
                found.append(phrase)
                chain = phrase
                titled = _next_titled(tokens, actors, chain)
            elif phrase.first > chain.last + 3:
                break
    return found
