"""PLOVER events: who did what to whom, when, found by a Polish trigger lexicon and Morfeusz morphology.

``find_events(analysis)`` needs the language layer's tokens, the linker's entity links and the extract
stage's time expressions and claims; it returns one ``Event`` per trigger (a word or multiword of
extract/data/event_triggers.tsv) that has at least one actor, in text order.

How an event is built (coding conventions: eval/gold/EVENTS.md):

1. **Trigger**: every Morfeusz reading of a word is tried against the lexicon's anchors, so gerunds and
   nouns share their verb's entry ("podpisanie porozumienia" = "podpisać porozumienie"); the pattern's other
   words must stand within four words (a multiword name or time expression counts as one, a quotation mark
   as none: "zablokowała w Radzie Bezpieczeństwa ONZ rezolucję", "podpisały w ubiegły poniedziałek w Pekinie
   porozumienie"). The longest pattern wins; one word triggers one event; a pattern
   of type "-" is no event and only keeps its words from shorter patterns ("proces pokojowy"). A gerund
   reading is not tried when the word is also a noun of its own ("poczucie zagrożenia"), unless the
   tagger chose the gerund ("do nawiązania sojuszu"). Prepositional idioms trigger nothing ("przy pomocy
   tortu"); a trigger marked ``that`` needs "że" after it ("zapewnił, że", not "ma zapewnić czas"), one
   marked ``destination`` a destination ("udał się do Moskwy", not "udało mu się zostać"), one marked
   ``verb`` a verb form ("zaprzestała ataków", not the gerund asked for: "zaprzestania ataków").
2. **Actor phrases**: entity links grouped into noun phrases ("prezydent Kazachstanu Kassym-Żomart Tokajew"
   is one phrase whose actor is the person, and so is "z rosyjskim ministrem obrony Andriejem Biełousowem";
   "rząd Izraela" is Israel, "rząd Jerzego Buzka" Poland's
   government; "ten kraj" the country named last), each with its case (from the phrase's
   first noun, every reading) and the preposition before it. Places and areas are locations, not actors,
   unless the link stands for a government (a capital: "Moskwa ostrzega").
3. **Source**: for a noun trigger, a country adjective on it ("izraelska agresja"; a compound adjective
   gives source and target: "polsko-ukraińskie rozmowy"), its genitive ("wizyta Putina"; not the genitive
   of a noun after it: "zaniepokojenie częścią unijnych propozycji"), or the genitive of the will or
   ambition it completes ("ambicji Armenii do nawiązania związków", "woli Kazachstanu do poprawy relacji"),
   whom an opportunity is for ("dla przywódców Kazachstanu okazją do zacieśnienia") or the dative that
   strives ("nie przeszkadza Astanie w dążeniu do"); a compound adjective later in its phrase gives both
   sides ("negocjacje w sprawie kazachsko-rosyjskich organizacji"); a joint act naming only a partner state
   or international organization ("Podpisanie porozumienia obronnego z Wielką Brytanią") takes the country
   that was the source of most of the document's earlier cooperative events;
   a meeting noun with its partner ("po spotkaniu z Radą OPZZ") or the subject's own ("ze swoich zapewnień")
   takes the clause's subject even inside a time or circumstance phrase; otherwise the clause's nominative
   subject, before the trigger or right after it ("…, oświadczył wczoraj premier"; a verb coordinated with an
   earlier one, or an adverbial participle after a comma, shares its subject: "Rosja anektowała Donbas i
   zerwała rozmowy", "zestrzelili śmigłowiec, zabijając"), the antecedent of "który", the agent after "przez" in the passive; with
   no subject (a Polish zero subject: "Podkreślił także"), the subject of an earlier clause or of one of the
   two sentences before, also for an infinitive of purpose after a word of resolve ("zdeterminowany, by
   budować"; after "oskarżył USA, że …" and other verbs of extract/data/event_object_control.txt,
   their object: the United States "współpracują"); not when the clause has an overt nominative subject that names no actor
   ("Akcjonariusz złożył skargę"), unless it is a bare title (extract/data/event_title_nouns.txt:
   "prezydent polecił"). An event noun that is the object of a verb a few words before it ("wyraził
   zaniepokojenie", "wysłało do Rosji notę") takes that verb's subject, zero subject and fronted object; a
   receiving verb ("otrzymują pomoc") makes its subject the target and "z"/"od" the source; a noun the verb
   agrees with is its subject ("trwają negocjacje") and gets none of these. An event noun followed by a
   relative clause ("wotum nieufności, które postawił wobec premiera prezydent Litwy") takes that clause's
   subject as source and its target-preposition phrase as target. Clauses end at complementizers (a
   connective such as "jednak", "natomiast" only after a comma: "Miller mówił natomiast po spotkaniu"),
   relatives (a relative clause closed by a comma before the trigger is stepped over, and its phrases are
   no subject: "Przedstawiciele miast, których … jest Ojciec Święty, potępili"), strong punctuation and a
   spaced hyphen used as a dash (not one joining two names, "AWS - UW",
   nor a pair around a verbless apposition).
4. **Target**: the first phrase after the trigger in its clause governed by a target preposition (z, do,
   wobec, przeciwko, na, dla, u, od, między) or in a bare object case (accusative, dative, genitive,
   instrumental); "w"/"we" + a country is the target of a visit or an attack, else the location; a visit
   to a city ("z wizytą do Paryża") targets the city's country unless the visitor is from it, and so does an
   attack or coercion by a state on a city or region ("Rosja ostrzelała Charków" → Ukraine). "między A
   a B" gives both. Actors coordinated with the source or target ("A, B i C") are participants; when only
   the subject is coordinated ("A i B podpisały"), the second is the target. An impersonal verb's object may
   stand before it ("18 Polaków zatrzymano"); a demand's target may be the subject of the demanded act
   ("żądają, by prezydent złożył dymisję"); pressure in a concessive phrase is on the clause's subject
   ("Astana, pomimo nacisków ze strony Moskwy, …"); judging or supporting what another did targets its
   author ("nie zgadza się z zapowiedzianym przez premiera przesunięciem"). "a" between adjectives
   ("politycznych, a nawet militarnych z Zachodem") and "nie tylko …, ale" keep one clause, and so do
   quotation marks around an object right after its verb ("wyraziło „głębokie zaniepokojenie” postawą
   Bratysławy"). People a verb of force acts on are its target ("rozpędziła demonstrantów"), or the actor
   put in apposition to them (", obywateli Rosji"); investing or building in a country cooperates with it
   ("Chiny zainwestują w Kazachstanie"); a guest received as a pronoun is the visitor whose trip is told
   ("…, a w środę przyjął go Emmanuel Macron").
5. **Roles in the lexicon**: ``host`` swaps source and target ("Astana gościła X": X visits); ``guest`` does
   too, and only with a person in the accusative right after the verb ("przyjął w Astanie premiera Węgier",
   not "przyjął dymisję ministra"); ``gen-target`` makes the genitive the target ("odwołanie ministra");
   ``object`` keeps the event only with a target ("Rosja oferuje Kazachstanowi gaz", not "firma oferuje");
   ``mutual`` makes coordinated subjects act on each other ("Rosja i Ukraina wymieniły jeńców"), ``joint``
   together ("z zadowoleniem przyjęły Unia Europejska i Stany Zjednoczone"). Talks, support and agreement
   with partners coordinated after the target give one record per partner, each listing the others as
   participants ("rozmawiał z Ławrowem i Sybihą": ``_further_targets``). Who reports is no actor
   ("Według agencji Reuters, Rosja …", "Jak podaje agencja Interfax,"); a passive with no subject is suffered by the zero subject
   ("Wczoraj został zatrzymany"), an attributive participle has no subject ("sankcji nałożonych na Rosję").
   An act a request asks for, an offer offers or an invitation invites to is no event of its own but the
   content of the request (as PLOVER codes it, and as the independent news gold does): it sets the request's
   mode ("wezwał Rosję do wycofania wojsk": REQUEST yield; "do rozmów": meet; "o pomoc": assist).
   The holder of a decision or plan acts in it ("decyzję Kazachstanu o przyłączeniu się do sankcji"). The
   accused did what a noun accuses them of ("zarzucił Rosji zestrzelenie samolotu"); the agent of a participle on the noun is its source ("wydany przez MTK
   nakaz"); evaded sanctions are on the evader ("pomagał Rosji w omijaniu sankcji"), and sanctions another
   common noun governs are not the clause subject's ("zablokowały przyjęcie pakietu sankcji").
   **Across sentences**: an act a verb judges with no author in its clause is the author's of the latest
   earlier event told by the same word, else of its type ("Sikorski potępił atak" → Russia, the attack's
   source in the lead), and so is a repelled attack ("pomogły Izraelowi w odparciu ataku"); "Obaj
   przywódcy", "Przywódcy" alone and "Strony" are the pair of the latest event with both in the five
   sentences before (of two people for leaders), and so are "Obu przywódców gościł", "do obu stron" and "Obie
   delegacje"; the events of a sentence see the earlier ones of the same sentence. An act with no target
   continues from the latest event of the two sentences before that its source (or its state) took part
   in, whichever side ("Trump obiecał" after meeting Zelensky; "Zacharowa zagroziła odwetem" after US
   sanctions on Russia); a denial, or a rejection of charges, demands or an offer, answers who made them
   ("Pieskow zaprzeczył", "odrzucił te zarzuty"). Naming an act with a word of blame or praise ("nazwał
   manewry „prowokacją”") judges its author. A speaker announcing his own state's help, cooperation or
   talks yet to come promises them (AGREE, "Tusk zapowiedział, że Polska wyśle pomoc"). An event noun with
   no actor of its own is a later mention of an act of its word family told in the two sentences before,
   with its actors ("Zatrzymania są odpowiedzią", "potępił ten atak"), as EVENTS.md codes later mentions.
   A relative
   word in an object case is the target ("Putin, którego Zełenski wzywał"); an object fronted before a
   judging verb ("Wyrok potępiły CPJ i RSF", "Weto Budapesztu skrytykowała Kallas") leaves the subject after
   the verb. Unnamed police, services, army and officers, and those who arrest or deport people in an
   impersonal clause ("63 osoby zatrzymano"), are the state of the place named, else of the country the
   whole document names most; a counted crowd ("kilkaset osób", "co najmniej 60 mieszkańców") is a group
   actor, the target of acts on people, and protests against the state where it gathers; a state's
   protest is ACCUSE. A country adjective's noun beside a name is that name ("wobec serbskiej spółki
   naftowej NIS" → NIS); "we" in a quotation is its speaker, also one left unsaid.
6. **Flags** (extract/data/event_modality.tsv): negation right before the trigger, or before a verb of
   taking part that governs an event noun ("nie przyłączy się do sankcji": negated and future); hypothetical (modal
   verbs, "jeśli", "czy …?", conditional "by"); future (perfective present, "będzie", a future time
   expression, "zapowiedział"); reported (inside a claim's text whose speaker is not the event's source, or
   "podobno", "według"). An intention word ("dąży do", "ambicje") turns a cooperative type into AGREE; a
   negated "zgodzić się" is a REJECT, and so is a refused act ("nie zamierza wycofać wojsk": REJECT/yield,
   "nie chce spotkać się": REJECT/meet). "nie będzie pomagał" is negated; an act a verb refuses right after
   it is negated ("odmówiła zobowiązania się"); one feared ("obawia się pozwów") is hypothetical; one
   threatened with ("zagroził wstrzymaniem dostaw", "zagroził Polsce atakiem nuklearnym") is no event of its
   own but the threat's content, which sets the threat's mode (restrict, violence, relations, expel, arrest),
   as PLOVER codes it and the news gold does; "mieć" is modal only before an infinitive.
7. **Date**: the time expression of the trigger's clause nearest the trigger (method "sentence"); else
   the date of the same event (type and actors) earlier in the document ("document"), or for a past act the
   day of the event told just before in this or the previous sentence ("document"); else the publication
   date ("publication", or "estimated" when that date was estimated). The evaluation counts only dates
   taken from the text.
8. **QuadClass and intensity** from extract/data/event_types.tsv (the PLOVER manual's tables).
9. **Trained target** (targets.py, models/event-targets/): an act whose source is a state, a state's body or
   official, or an intergovernmental organization, and which the rules left without a target, gets the
   candidate a logistic regression trained on the dev gold scores highest, when its probability reaches the
   model's threshold ("Pieskow zapewnił, że Rosja zrobi wszystko, by tranzyt kazachskiej ropy …" →
   Kazakhstan); filled in after the whole document, so that the rules above see only what the text says.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Literal

from orbitscope.extract.claims.document import speech_verbs
from orbitscope.extract.dates.lexicon import time_noun
from orbitscope.extract.events.context import DocumentContext, TargetChooser
from orbitscope.extract.events.lexicon import (
    EventLexicon,
    Match,
    Trigger,
    find_matches,
    initial_event_noun,
    intensity,
    load_event_lexicon,
    naming_verbs,
    quad_class,
    type_scores,
)
from orbitscope.extract.events.phrases import (
    AGAINST,
    BOTH,
    COUNTRY_NOUNS,
    CROWD,
    DEFINITE_PERSONS,
    FORCE_NOUNS,
    OWN_BODIES,
    Phrase,
    actor_phrases,
    group_phrases,
    nation_crowd,
    pronoun_phrases,
    token_cases,
)
from orbitscope.extract.events.qualifiers import (
    DENYING,
    event_date,
    event_flags,
    event_mode,
    threatening_verb,
)
from orbitscope.extract.events.roles import (
    ANY_ACTS,
    ASSENT_VERBS,
    ATTACK_WORDS,
    CONCERN,
    COOPERATIVE,
    DECIDING,
    INVITATIONS,
    JUDGING_TYPES,
    assign_roles,
    before_modifiers,
    clause_range,
    fronted_object,
    predicative,
    report_source,
)
from orbitscope.extract.events.targets import candidates, load_target_model
from orbitscope.extract.grammar import (
    QUOTE_MARKS,
    auxiliary_before,
    negated,
    pos,
    readings,
    values,
    word_lemmas,
    word_set,
)
from orbitscope.kb import PERSON, bundled_capitals, bundled_countries
from orbitscope.model import (
    Analysis,
    Claim,
    ClaimKind,
    DateSource,
    EntityLink,
    Event,
    EventActor,
    Granularity,
    LinkKind,
    Sentence,
    TimeExpression,
    Token,
)
from orbitscope.nlp.tags import VERBAL, features

__all__ = ["EventLexicon", "Trigger", "find_events", "intensity", "load_event_lexicon", "quad_class"]


_ON_TERRITORY = frozenset({"ASSAULT", "COERCE"})
_ANNOUNCING = frozenset({"zapowiedzieć", "zapowiadać"})
_KEPT_WHEN_DECLARED = frozenset({"REJECT", "REQUEST"})  # a speaker's announced refusal or request stays one
_DECLARED = _KEPT_WHEN_DECLARED | {"AGREE"}  # acts a speaker may announce for his state
_BLOCKING = frozenset({"blokada", "zablokować", "blokować"})
_STORMING = frozenset({"wedrzeć", "wdzierać", "szturmować", "wtargnąć"})  # a crowd storming a building riots
_PROTESTERS = frozenset({"demonstrant", "manifestant", "protestujący", "tłum", CROWD})
_POLICE_SECTORS = frozenset({"COP", "SPY"})
_MISSIONS = frozenset({"ambasada", "konsulat", "przedstawicielstwo"})
_PROTESTED_AT = AGAINST | {"przed", "pod"}  # "przeciwko Rosji", "przed ambasadą Rosji": whom a protest is against
_YIELDING = frozenset({"AGREE", "RETREAT", "CONCEDE"})



_REFUSED = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist", "SUPPORT": "",
            "COOPERATE": "", "AGREE": "", "REQUEST": ""}  # event type refused → REJECT mode


def find_events(analysis: Analysis, lexicon: EventLexicon | None = None,
                targets: TargetChooser | Literal["shipped"] | None = "shipped") -> tuple[Event, ...]:
    """Every PLOVER event of a document with at least one actor (see the module docstring for the rules).

    Args:
        analysis: a document after the language layer, the linker and the date and claim extractors.
        lexicon: the trigger lexicon; the one shipped in extract/data/ when None.
        targets: who an act the rules found no target for was done to: the trained model shipped in
            models/event-targets/ ("shipped", the default), None for the rules alone.

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
    figures: dict[int, list[tuple[int, int]]] = {}
    for quantity in analysis.quantities:
        figures.setdefault(quantity.sentence, []).append((quantity.start, quantity.end))
    if targets == "shipped":
        targets = load_target_model()
    context = DocumentContext(analysis, lexicon, times, links, figures, targets=targets,
                              mentions=Counter(link.actor_id for link in analysis.links),
                              actor_types={link.actor_id: link.actor_type for link in analysis.links},
                              main_state=_main_state(analysis.links))
    for sentence in analysis.sentences:
        if sentence.tokens and sentence.repeat_of is None:
            _sentence_events(context, sentence)
    told = [record for index, event in enumerate(context.events) for record in (event, *context.partners.get(index, ()))]
    return tuple(replace(event, target=context.chosen_targets[event.trigger_start])
                 if event.target is None and event.trigger_start in context.chosen_targets else event
                 for event in _dated_later(told, analysis.document.published))


def _dated_later(events: list[Event], published: date | None = None) -> list[Event]:
    """A meeting dated only in another sentence ("Putin spotkał się z Tokajewem." … "Przed spotkaniem
    9 listopada …", "Do spotkania Tokajewa z Putinem …") takes that date: type CONSULT, the same two actors
    in either order, neither future nor hypothetical, nor dated after the publication ("Kolejny szczyt
    zaplanowano na 2027 r." is another meeting). Later mentions of a meeting keep the direction of its first
    report (source and target as first told), so one meeting is one dyad."""
    dated: dict[frozenset[str], Event] = {}
    for event in events:
        if event.type == "CONSULT" and event.date_method == "sentence" and event.source and event.target \
                and not event.future and not event.hypothetical and not _after(event.date, published):
            dated.setdefault(frozenset((event.source.actor_id, event.target.actor_id)), event)
    first: dict[frozenset[str], Event] = {}
    result = []
    for event in events:
        pair = frozenset((event.source.actor_id, event.target.actor_id)) \
            if event.type == "CONSULT" and event.source and event.target else None
        known = dated.get(pair) if pair else None
        if known is not None and event.date_method in {"publication", "estimated", "unknown"} \
                and not event.future and not event.hypothetical:
            event = replace(event, date=known.date, date_granularity=known.date_granularity, date_method="document")
        if pair:
            leader = first.setdefault(pair, event)
            if leader.source and event.source and event.source.actor_id != leader.source.actor_id and len(pair) == 2:
                event = replace(event, source=event.target, target=event.source)  # the same meeting, as first told
        result.append(event)
    return result


def _after(day: str | None, published: date | None) -> bool:
    """Is an ISO date (or the start of a period) later than the publication date, at its own precision?"""
    if not day or published is None:
        return False
    start = day.split("/")[0]
    return start > published.isoformat()[:len(start)]


def _sentence_events(context: DocumentContext, sentence: Sentence) -> None:
    """Add a sentence's events to ``context.events`` one by one, so that a later trigger of the sentence sees
    the earlier ones ("spotkał się z Władimirem Putinem, a obaj przywódcy podpisali")."""
    tokens = sentence.tokens
    links = context.links.get(sentence.index, [])
    initial = initial_event_noun(context.lexicon, tokens, links)
    # time expressions and figures count as one word in a pattern's window ("wysłanie na granicę 5 tysięcy
    # żołnierzy")
    spans = [(expression.start, expression.end) for expression in context.times.get(sentence.index, [])]
    spans += context.figures.get(sentence.index, [])
    matches = find_matches(context.lexicon, tokens, [link for link in links if link is not initial], spans)
    if initial is not None and any(match.anchor == 0 for match in matches):
        links = [link for link in links if link is not initial]  # "Aneksja Krymu …": the event noun, no name
    stops = frozenset(i for match in matches for i in match.positions)
    phrases = actor_phrases(sentence, links, stops)
    pronouns = pronoun_phrases(context, sentence, stops)
    # no group of their own: "Dyplomata", "Przywódcy regionu"
    definite = [phrase for phrase in pronouns if phrase.head in DEFINITE_PERSONS or phrase.link.actor_type == "area"]
    phrases = sorted(phrases + pronouns + group_phrases(sentence, phrases + definite, stops), key=lambda phrase: phrase.first)
    said = _said_after_quote(tokens)
    context.subjects[sentence.index] = next(
        (phrase for phrase in phrases if not phrase.is_place and not phrase.preposition and "nom" in phrase.cases
         and phrase.first > (said or -1)),
        context.subjects.get(sentence.index - 1) if said is not None else None)
    events = context.events
    first = len(events)
    for match in matches:
        event = _event(context, sentence, phrases, match, matches)
        if event is None:
            continue
        same = next((i for i in range(first, len(events)) if _same_event(events[i], event)), None)
        if same is None:
            events.append(event)
            if match.trigger.roles == "mutual" and event.type == "RETREAT" and event.source and event.target \
                    and not _one_way(tokens, match):
                # "Rosja i Ukraina wymieniły jeńców": an exchange is a release by each side, one record per
                # direction on the same words
                events.append(replace(event, source=event.target, target=event.source))
            further = [replace(event, target=other, participants=(event.target, *(
                p for p in event.participants if p is not other))) for other in _further_targets(event, match.verbal)]
            if further:
                context.partners[len(events) - 1] = further
            continue
        kept, dropped = (event, events[same]) if _specificity(event) > _specificity(events[same]) \
            else (events[same], event)
        # "złożył wizytę w Moskwie, gdzie rozmawiał z Putinem": one visit, with the talk's partner
        events[same] = replace(kept, mode=kept.mode or dropped.mode)
    _blocked_sanctions(events, first, sentence)


_VETOES = frozenset({"zablokować", "blokować", "zawetować", "wetować"})
_UNION = EventActor("Q458", "IGOEUREEC", "", 0, 0)
_UNITED_NATIONS = frozenset({"ONZ", "bezpieczeństwo"})  # "w Radzie Bezpieczeństwa ONZ"


def _blocked_sanctions(events: list[Event], first: int, sentence: Sentence) -> None:
    """A state blocking sanctions ("Słowacja zablokowała przyjęcie 18. pakietu sankcji wobec Rosji") blocks
    a decision of the European Union, the one body whose sanctions a single state can veto: the sanctions are
    the Union's unless the sentence names their author or the United Nations, and the veto rejects the Union
    (not the sanctions' target, and not a blockade of the Union)."""
    tokens = sentence.tokens
    if any(token.orth in _UNITED_NATIONS or token.lemma.lower() in _UNITED_NATIONS and token.orth[:1].isupper()
           for token in tokens):
        return
    for index in range(first, len(events)):
        veto = events[index]
        anchor = next((t for t in tokens if t.start == veto.trigger_start), None)
        if veto.type not in {"REJECT", "COERCE"} or anchor is None or anchor.lemma not in _VETOES \
                or veto.source is None or veto.source.code[:3] not in bundled_countries():
            continue
        blocked = next((i for i in range(first, len(events)) if events[i].type == "SANCTION"
                        and veto.trigger_start < events[i].trigger_start <= veto.trigger_end + 60
                        and (events[i].source is None or events[i].source.actor_id == veto.source.actor_id
                             or events[i].source.actor_id == _UNION.actor_id)), None)
        if blocked is None:
            continue
        sanctions = events[blocked]
        union = replace(_UNION, text=sanctions.trigger, start=sanctions.trigger_start, end=sanctions.trigger_end)
        if sanctions.source is None or sanctions.source.actor_id != _UNION.actor_id:
            events[blocked] = replace(sanctions, source=union)
        events[index] = replace(veto, type="REJECT", mode="", target=events[blocked].source)


# the mode of a threat by the type (and mode) of the act threatened with
_THREATENED_MODES = {("ASSAULT", ""): "violence", ("MOBILIZE", ""): "violence", ("SANCTION", ""): "restrict",
                     ("SANCTION", "expel"): "expel", ("SANCTION", "withdraw"): "relations", ("COERCE", ""): "restrict",
                     ("COERCE", "arrest"): "arrest"}
# the mode of a request by the type of the act asked for
_REQUESTED_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist", "COOPERATE": "assist"}


def _further_targets(event: Event, verbal: bool) -> list[EventActor]:
    """The participants coordinated after a target after the trigger, in talks, support and agreement
    ("rozmawiał z Ławrowem i Sybihą", "podziękował Alijewowi i Tokajewowi"): each is a target of its own record
    on the same words, one dyad per partner; not those coordinated with the source ("Przywódcy Chin, Kazachstanu
    i Kirgistanu podpisali", "Dokumentu nie podpisały Indie, Brazylia i RPA"), nor a multilateral meeting's."""
    target, source = event.target, event.source
    if target is None or event.mode == "multilateral" or event.type not in _PER_PARTNER \
            or not event.trigger_start < target.start < event.end or source is not None and (
                source.start > target.start or verbal and source.start > event.trigger_start):
        return []
    return [p for p in event.participants if p.start > target.start and event.start <= p.start < event.end
            and (source is None or p.actor_id != source.actor_id)]


_PER_PARTNER = frozenset({"CONSULT", "SUPPORT", "AGREE"})


def _same_event(one: Event, other: Event) -> bool:
    """Two triggers of one event in a sentence ("poleciał do Kazachstanu, gdzie spotkał się z …"): same type,
    source and negation, and no two different targets ("rozmowę z premierem, po południu … udaje się do");
    a country and its own office holder are one target ("poleciał do Kazachstanu, gdzie spotkał się z
    prezydentem Tokajewem"), and so is a crowd beside another ("zbombardował Liban, zabijając dziesięć osób");
    a meeting with no source and one with, on the same target in the same mode, are one ("Z wizytą do Warszawy
    przyleciał sekretarz stanu USA": the noun before the verb did not find the verb's subject after it)."""
    if one.type == other.type == "CONSULT" and (one.source is None) != (other.source is None) \
            and one.negated == other.negated and one.mode == other.mode \
            and one.target is not None and other.target is not None and one.target.actor_id == other.target.actor_id:
        return True
    return one.type == other.type and one.source is not None and other.source is not None \
        and one.source.actor_id == other.source.actor_id and one.negated == other.negated \
        and (one.target is None or other.target is None or one.target.actor_id == other.target.actor_id
             or one.target.code[:3] == other.target.code[:3] != ""
             or one.target.actor_id.startswith("NIL:group:") or other.target.actor_id.startswith("NIL:group:"))


def _specificity(event: Event) -> tuple[bool, bool, bool, float]:
    """Which of two triggers of one event to keep: the one with a target, then with a source, then with a mode
    of force ("przeszukała biuro … i zatrzymała dwóch pracowników": the arrest; a visit keeps the talk's partner:
    "przybył z wizytą do Ankary, gdzie rozmawiał z Erdoğanem"), then the surer trigger."""
    return (event.target is not None, event.source is not None, bool(event.mode) and event.type in _FORCE_TYPES,
            event.confidence)


def _event(context: DocumentContext, sentence: Sentence, phrases: list[Phrase], match: Match,
           matches: list[Match]) -> Event | None:
    tokens = sentence.tokens
    trigger = match.trigger
    first, last = clause_range(tokens, match.anchor)
    in_clause = [p for p in phrases if first <= p.first and p.last <= last and not (p.first <= match.anchor <= p.last)
                 and not (p.first and tokens[p.first - 1].lemma == "bandera")]  # "pod banderą Gambii": a ship's flag
    event_type, mode = trigger.type, trigger.mode
    if trigger.roles == "that" and trigger.words[0] in _ANNOUNCING and any(
            other.anchor > match.last and (other.trigger.type not in COOPERATIVE - {"CONSULT"} | _YIELDING
                                           or tokens[other.first - 1].orth.lower() == "nie"
                                           or tokens[other.first - 1].lemma == "być" and negated(tokens, other.first - 1))
            for other in matches):
        return None  # "zapowiedział, że Polska poprosi sojuszników o …", "że Kiszyniów nie zgodzi się", "że
        # porozmawia z premierem Ukrainy": the act announced is its own record, no promise ("zapowiedział, że
        # Turcja będzie dążyć do budowy gazociągu" is one; "że jego rząd nie będzie rozmawiał z opozycją" is a
        # refusal)
    if match.verbal and pos(tokens[match.anchor]) == "pact" and any(
            (other.trigger.type == "REJECT" or other.trigger.words[0] in _VETOES) and other.verbal
            and other.last + 2 == match.anchor for other in matches):
        return None  # "zawetowały rezolucję wzywającą do zawieszenia broni": what a rejected text says is no act
        # of the one rejecting it
    if match.verbal and event_type != "ASSAULT" and _told_content(tokens, matches, first):
        return None  # "zaapelował do Powella, by pomógł", "ostrzegł, że wstrzyma dostawy", "zaprzeczył, by
        # Moskwa stawiała ultimata": what is asked for, threatened or denied is no event of its own (an attack
        # still is one; so is what a charge says was done: "oskarżył USA, że współpracują z Izraelem")
    if event_type == "REQUEST" and match.verbal:
        # what is asked for, which is no event of its own, tells the request's mode: "wezwał Rosję do wycofania
        # wojsk" asks it to yield, "do rozmów" to meet, "o pomoc wojskową" for help
        asked = next((other.trigger.type for other in matches if match.last < other.anchor <= last), None)
        mode = _REQUESTED_MODES.get(asked, mode)
    if event_type == "THREATEN" and match.verbal and not mode:
        # what a threat threatens with, which is no event of its own, tells the threat's mode: "zagroził Polsce
        # atakiem nuklearnym" threatens violence, "kolejnymi restrykcjami" restrictions
        threatened = next((other.trigger for other in matches if match.last < other.anchor <= last and not other.verbal
                           and threatening_verb(context.lexicon, tokens, other, first) == match.anchor), None)
        if threatened is not None:
            mode = _THREATENED_MODES.get((threatened.type, threatened.mode)) or _THREATENED_MODES.get(
                (threatened.type, ""), mode)
    elif not match.verbal and threatening_verb(context.lexicon, tokens, match, first) is not None:
        return None  # the act threatened with is the threat's content (as PLOVER codes it, like a request's)
    if trigger.roles == "predicate" and not predicative(tokens, match, first) \
            and not (match.first and tokens[match.first - 1].lemma == "rola"):
        return None  # "Pośrednikiem w wymianie były ZEA", "w roli pośrednika"; not "trafiała do pośredników"
    if not match.verbal and event_type in {"COOPERATE", "AID"} and _topic(tokens, match):
        return None  # "traktat o wzmocnionej współpracy", "rozmawialiśmy o dostawach gazu": what is talked of
    flags, speakers = event_flags(context, sentence, match, first)
    if flags.get("negation") and flags.get("future") and match.verbal and event_type in _REFUSED:
        # "Nie będziemy negocjować z reżimem", "Bratysława nie poprze żadnych decyzji", "nie ustąpi": a refusal
        # declared (PLOVER REJECT), not a future act negated
        event_type, mode, flags["negation"], flags["future"] = "REJECT", _REFUSED[event_type], False, False
    if "intent" in flags and event_type in COOPERATIVE \
            or flags.get("future") and match.verbal and event_type in COOPERATIVE - {"CONSULT"}:
        event_type, mode = "AGREE", ""  # "dąży do zacieśnienia", "będzie współdziałał": a promise, PLOVER AGREE
    if flags.get("negation") and event_type == "AGREE" and trigger.words[0] in ASSENT_VERBS:
        event_type, flags["negation"] = "REJECT", False
    if flags.get("negation") and "wina" in trigger.words:
        event_type, mode, flags["negation"] = "REJECT", "", False  # "nie przyznaje się do winy": a denial
    if flags.pop("not_ruled_out", False) and (event_type in {"SANCTION", "COERCE"}
                                              or event_type == "ASSAULT" and match.gerund):
        # "Unia nie wyklucza zawieszenia ruchu bezwizowego", "nie wykluczył użycia siły": not ruling out a
        # sanction or force threatens it (PLOVER THREATEN, by the mode of what is threatened; not sending troops
        # somewhere: "nie wykluczył wysłania wojsk na Ukrainę" threatens no Ukraine; force only as the subject's
        # own act, told by a gerund: "nie wykluczył użycia siły", not "nie wykluczył wojny domowej")
        event_type, mode = "THREATEN", _THREATENED_MODES.get((event_type, mode)) or _THREATENED_MODES[(event_type, "")]
        flags["hypothetical"] = False
    if flags.get("refusal") and event_type in _REFUSED:
        # "nie zamierza wycofać wojsk": PLOVER codes the refusal to yield, meet, help or cooperate as REJECT
        event_type, mode, flags["hypothetical"] = "REJECT", _REFUSED[event_type], False
    mode = event_mode(context.lexicon, event_type, mode, tokens, first, last)
    if tokens[match.anchor].lemma in naming_verbs():
        # "nazwał je „kolejnym etapem nagonki władz na Kościół”": the name given has no actors of the naming
        in_clause = [phrase for phrase in in_clause if phrase.last <= match.last]
    roles = assign_roles(context, sentence, match, in_clause, phrases, first)
    source, target, location, participants = roles.source, roles.target, roles.location, roles.participants
    envoy = next((p for p in in_clause if p.first == match.last + 1 and not p.preposition and "gen" in p.cases
                  and len(p.links) > 1 and p.links[0].actor_type == "country"), None) \
        if trigger.words == ("wezwać", "ambasador") else None
    if envoy is not None:
        # "wezwało ambasadora Rosji Władimira Lipajewa": a summons is a protest to the state the ambassador
        # represents, as "wezwała rosyjskiego ambasadora" is; the ambassador, named after his country (one
        # phrase), takes part (and may answer it: "Dyplomata zaprzeczył, by …")
        target = replace(envoy, link=envoy.links[0])
    if trigger.roles == "that" and target is None:
        # "zapowiedział, że sojusznicy przekażą Ukrainie kolejne systemy": a promise is to whom the announced act
        # goes (the dative, or "dla", "do"), not to its own subject
        target = _announced_recipient(tokens, phrases, last, source)
    if roles.asked:
        # "wezwał Rosję do wycofania wojsk": the act asked for is the request's content, told by its mode, not
        # an event of its own (PLOVER; and what independent coders do)
        return None
    # "Na lotnisku gościa powitał prezydent Uzbekistanu": the visitor of the latest visit, received by the subject
    visitor = _fronted_guest(context, sentence, match, first) if trigger.roles == "guest" and source else None
    if visitor is not None:
        source, target = None, source
    elif trigger.roles == "guest" and source is not None and source.preposition == "przez" and target is not None \
            and not any(pos(token) in {"subst", "ger"} and "nom" in values(token, 2)
                        and not target.first <= i <= target.last for i, token in enumerate(tokens[first:match.first], first)):
        # "W Pekinie został przyjęty przez przewodniczącego ChRL": the host receives the one the clause is about
        # (not a thing: "sposób głosowania został przyjęty przez Radę Powiatu")
        source, target = target, source
    elif trigger.roles == "guest":
        delegation = _delegation(tokens, match, in_clause)
        guest = delegation or next((p for p in in_clause if p.first > match.last and not p.preposition), None)
        if delegation is None and (not _received_guest(tokens, match, guest, phrases, source)
                                   or source is None and "nom" in guest.cases) \
                or source is not None and source.link.actor_id == guest.link.actor_id:
            return None  # "przyjął ustawę", "przyjął dymisję ministra": nobody was received
        if delegation is None and pos(tokens[guest.first]) == "ppron3":
            guest = _visitor(context, sentence, guest, source)  # "…, a w Paryżu przyjął go Emmanuel Macron"
        source, target = guest, source
    if trigger.roles == "met" and source is None:
        # "Decyzja Brukseli spotkała się z krytyką Budapesztu": the author of the act the clause opens with
        source = next((p for p in in_clause if p.last < match.first and not p.preposition and "gen" in p.cases
                       and p.first > 0 and pos(tokens[p.first - 1]) == "subst"
                       and "nom" in values(tokens[p.first - 1], 2)), None)
    if trigger.roles == "host" and (len(participants) >= 2 or mode == "multilateral"):
        mode = "multilateral"  # "Kazachstan gościł przywódców OTS …": at a summit the host leads
    elif trigger.roles in {"host", "met"} and not (
            trigger.roles == "host" and match.verbal and target is None and source is not None
            and location is not None and location.preposition in {"w", "we"}):
        # (with no one received, the subject is the guest, visiting the place: "W Warszawie gościł kanclerz
        # Niemiec Friedrich Merz")
        source, target = target, source  # "Decyzja Litwy spotkała się z krytyką Mińska": Minsk criticizes
    # "Zatrzymanie potępił Kościół" after "Służba Bezpieczeństwa Narodowego Armenii zatrzymała arcybiskupa",
    # "Zatrzymania są odpowiedzią na …": a noun with no actor names an act of its word family (or of its type
    # and mode: "Wyrok" after "skazał") told in the twelve sentences before (a news story's length: on the
    # dev gold three sentences found 8 fewer re-mentions)
    told = _earlier_mention(context, event_type, None, None, tokens[match.anchor].lemma, sentence.index - 12, mode) \
        if not match.verbal and source is None and target is None else (None, None)
    # "Kolejny szczyt formatu odbędzie się w 2027 r. w Chinach": the next meeting of the body told before
    series = not match.verbal and source is None and mode == "multilateral" and match.first > 0 \
        and tokens[match.first - 1].lemma in _NEXT
    if series:
        told = _next_in_series(context, sentence)
        if told == (None, None):
            return None  # (no body met: not the persons of a talk told before)
    # "Rozmowy obu przywódców trwały trzy godziny": the two leaders just named (else the two sides)
    of_both = not match.verbal and source is None and target is None and match.last + 1 < len(tokens) \
        and tokens[match.last + 1].lemma in BOTH
    # "Była to ich pierwsza rozmowa": a talk of "theirs", the two who met last
    before = before_modifiers(tokens, match.first)
    theirs = not match.verbal and event_type == "CONSULT" and source is None and before >= 0 \
        and tokens[before].orth.lower() == "ich"
    if of_both or theirs:
        told = _latest_pair(context, sentence, True) or told
    elif told == (None, None) and not match.verbal and source is None and target is None and event_type == "CONSULT" \
            and all(pos(token) == "adj" for token in tokens[:match.first]):
        # "Rozmowy dotyczyły dostaw gazu" opening the sentence right after "Orbán spotkał się z Putinem": that
        # meeting, whatever word told it
        told = next(((event.source, event.target) for event in reversed(context.events)
                     if sentence.index - event.sentence == 1 and event.type == "CONSULT"
                     and event.source is not None and event.target is not None), told)
    if told == (None, None) and not match.verbal and source is None and target is None and trigger.roles == "mutual" \
            and match.first > 0 and pos(tokens[match.first - 1]) in {"adj", "fin", "praet"}:
        # "W Stambule odbyła się kolejna wymiana jeńców": between the two sides of the story's latest event (not
        # one talked about: "rozmawiać z Warszawą o wymianie więźniów")
        told = _latest_pair(context, sentence, False) or told
    # "protesty studentów": the crowd in the genitive right after a protest noun holds it
    crowd = next((p for p in phrases if p.is_group and p.first == match.last + 1 and "gen" in p.cases
                  and not p.preposition), None) if event_type == "PROTEST" and not match.verbal and source is None else None
    if crowd is not None:
        source = crowd
    if event_type == "PROTEST" and match.verbal:
        # "Tysiące Gruzinów demonstrowało w Tbilisi", "Ormianie protestowali": a nation's people protest, not its
        # state (which would be its own target, or protest in words)
        people = nation_crowd(tokens, source) if source is not None else next(
            (crowd for p in in_clause if p.last < match.first and (crowd := nation_crowd(tokens, p)) is not None
             and crowd.first < p.first), None)
        source = people or source
    if source is None and target is None and trigger.weight < 0.8 and told == (None, None) \
            and not (_claimed(tokens, match) and _reporting_state(tokens, phrases, match)):
        return None  # a bare event noun with no actor ("walka o wpływy") is too often not an event, unless it
        # names again an act just told ("Wyrok potępiły CPJ i RSF" after "Sąd skazał …")
    if source is not None and target is not None and (
            source.link.actor_id == target.link.actor_id
            or target.link.kind is LinkKind.ADJECTIVE and target.link.code[:3] == source.link.code[:3] != ""):
        target = None  # "Kreml zagroził odwetem w razie konfiskaty rosyjskich aktywów": not Russia's own target
    source_actor = visitor or (source.actor() if source else None)
    target_actor = target.actor() if target else None
    # "zapewnił go o": inside another act's pattern too, in a form that is no possessive ("zażądała ich uwolnienia")
    pronoun = match.last + 1 if event_type in _PRESSURE_ON_PEOPLE else next(
        (i for i in range(match.first + 1, match.last + 2) if i not in match.positions), match.last + 1)
    if match.verbal and pronoun < len(tokens) and pos(tokens[pronoun]) == "ppron3" \
            and (event_type in _PRESSURE_ON_PEOPLE or tokens[pronoun].orth.lower() in _OBJECT_PRONOUNS) \
            and not any(p.first == pronoun for p in phrases):
        # "zatrzymały trzech mieszkańców, oskarżając ich o …", "rozmawiał z Zełenskim i zapewnił go o wsparciu": a
        # pronoun no name stands for, right after the verb, is whom the sentence's previous act was done to (not
        # an actor of what they are accused of or assured of)
        done_to = next((event.target for event in reversed(context.events) if event.sentence == sentence.index
                        and event.target is not None and event.trigger_start < tokens[match.first].start), None)
        target_actor = done_to or target_actor
    if match.verbal and target_actor is None and match.first and tokens[match.first - 1].orth in {"i", "oraz"}:
        # "wezwał białoruskiego chargé d'affaires i zażądał uwolnienia Polaka": a verb coordinated right after
        # another act shares its object when it names none (not the author of an act another verb named: "nazwał
        # zamknięcie granicy prowokacją i zagroził")
        target_actor = next((event.target for event in reversed(context.events) if event.sentence == sentence.index
                             and event.target is not None and event.trigger_start < tokens[match.first].start
                             and _coordinated_act(tokens, event.trigger_start)), None)
    if target_actor is None and source_actor is not None and tokens[match.anchor].lemma in INVITATIONS:
        # "Fiński prezydent przyjął zaproszenie": from whoever invited him just before
        target_actor = next((event.source for event in reversed(context.events)
                             if sentence.index - event.sentence <= 3 and event.type == "AGREE"
                             and event.target is not None and event.target.actor_id == source_actor.actor_id), None)
    role = _visit_role(tokens, target)
    if role:
        # "zaapelował do rosyjskiego gościa": the visitor from that country of the latest visit ("gospodarz": the
        # host), not the country
        target_actor = next((actor for event in reversed(context.events) if event.type == "CONSULT"
                             and sentence.index - event.sentence <= 5
                             and (actor := event.source if role == "source" else event.target) is not None
                             and actor.code[:3] == target.link.code[:3]), target_actor)
    if source_actor is None and _claimed(tokens, match) and pos(tokens[match.anchor]) not in {"ppas", "pact", "adj"}:
        # "Według rosyjskiego ministerstwa obrony zestrzelono 337 dronów", "Rosyjskie ministerstwo obrony
        # poinformowało o zestrzeleniu 41 bezzałogowców", "… o zajęciu kolejnej miejscowości": a state's body
        # reports what its own forces shot down or took (not a participle: "terytoriów zajętych")
        source_actor = _reporting_state(tokens, phrases, match)
    if source_actor is None and event_type in {"MOBILIZE", "SANCTION"} and match.verbal:
        # "Putin zapowiedział, że na Białorusi mogą zostać rozmieszczone rakiety", "Warszawa zapowiedziała, że
        # granica z Białorusią pozostanie zamknięta": the announcing leader's state (not the state sanctioned:
        # "Kreml ogłosił, że Rosja została objęta sankcjami")
        source_actor = _speaker_state(context, sentence, match)
        if source_actor is not None and target_actor is not None and source_actor.code[:3] == target_actor.code[:3]:
            source_actor = None
    we_said = False
    if source_actor is None and (match.verbal or pos(tokens[match.anchor]) == "adj"):
        # "„Nie będziemy negocjować” – odpowiedział X", "„Jesteśmy solidarni z Estonią” – napisał"
        source_actor = _quoted_speaker(context, sentence, match, first)
        we_said = source_actor is not None
    # "Rozmawiali o …" after "A spotkał się z B": a plural verb whose zero subject is one of a pair
    plural_zero = match.verbal and source is not None and source.link.sentence != sentence.index \
        and not source.is_group and "pl" in values(tokens[match.anchor], 1)
    # (a group's pair also over a country adjective deep in the object: "Przywódcy podpisali porozumienie o
    # zwiększeniu dostaw turkmeńskiego gazu")
    each = _each_side(tokens[first:match.first])
    # ("Według kazachskiego MSZ strony uzgodniły zwiększenie dostaw ropy do Chin": the sides, whatever the
    # object names)
    sides = source is None and any(token.lemma in _SIDES and _plural_nominative(token) for token in tokens[first:match.first])
    both = _both(context, sentence, source, (first, match.first), plural_zero) if target is None or plural_zero \
        or each or sides or source is not None and source.is_group and (target.link.kind is LinkKind.ADJECTIVE or any(
            token.lemma in BOTH for token in tokens[first:match.first])
            or source.first > match.last and source.last + 1 < len(tokens) and tokens[source.last + 1].lemma in BOTH) \
        else None  # (inverted: "Dokument podpisali prezydenci obu państw podczas wizyty Tokajewa")
    # ("Po rozmowach z Tokajewem obaj prezydenci podpisali deklarację": the pair, whoever the adjunct names)
    guests: tuple[EventActor, ...] = ()
    joint = each or any(token.lemma in BOTH for token in tokens[first:match.first])
    # "Po rozmowie oboje potępili manewry Stanów Zjednoczonych" ("oboje", mistagged, is no subject), "Skrytykowali
    # sankcje Zachodu": the two judge together what is judged, named or not
    judging = event_type in JUDGING_TYPES and match.verbal and (plural_zero or joint)
    if both is not None and (target_actor is not None or judging) and (joint or judging) and (
            target_actor is None or target_actor.actor_id not in {a.actor_id for a in both}):
        # "Obaj zaapelowali do NATO", "Każda ze stron uwolniła po 150 żołnierzy": the two just named act
        # together on the target named
        source_actor, guests = both[0], both[1:]
    elif both is not None:
        source_actor, target_actor = both  # "Obaj przywódcy podpisali deklarację": the two just named
    group = next((p for p in in_clause if p.is_group and p is not source and not p.preposition
                  and "nom" not in p.cases), None) if match.verbal and target is None and source is not None else None
    pair = _both(context, sentence, group, (first, match.first)) if group is not None else None
    if pair is None and match.verbal and target is None and source is not None and any(
            token.lemma in BOTH and token.orth.lower() != "obaj" for token in tokens[match.last + 1:last + 1]):
        # "zaapelował do obu stron o zawieszenie broni": to the two sides of the latest event with two
        pair = _latest_pair(context, sentence, False)
    elif match.verbal and source_actor is None and target_actor is None \
            and any(token.lemma in BOTH for token in tokens[first:match.first]):
        # "Obie delegacje uzgodniły wymianę jeńców": the two sides of the latest event with two
        source_actor, target_actor = _latest_pair(context, sentence, False) or (None, None)
    if pair is not None and source_actor is not None and source_actor.actor_id not in {a.actor_id for a in pair}:
        # "Obu przywódców gościł prezydent USA Donald Trump"; not the source's own state ("Modi i Xi uzgodnili
        # wznowienie lotów między oboma krajami": China, not India)
        others = [a for a in pair if not (source_actor.code[:3] and a.code[:3] == source_actor.code[:3])]
        if others:
            target_actor, guests = others[0], tuple(others[1:])
    if (of_both and target_actor is None or theirs) and source_actor is None and told != (None, None):
        source_actor, target_actor = told
    elif not match.verbal and event_type == "CONSULT" and (source is None or target is None) \
            and (not flags.get("future") or _lasting(tokens, match)) and not flags.get("hypothetical"):
        # ("zapowiedział wizytę": another one; "Wizyta Ławrowa potrwa do niedzieli": the one under way)
        source_actor, target_actor = _earlier_mention(context, event_type, source_actor, target_actor,
                                                      tokens[match.anchor].lemma, prefer=mode)
        if source_actor is None and target_actor is None:
            source_actor, target_actor = told  # (the meeting just told, by another word: above)
    elif not match.verbal and source_actor is None and target_actor is None:
        source_actor, target_actor = told  # the act this noun names again (above)
    if series:
        source_actor, target_actor = told
    if not match.verbal and source_actor is None and target_actor is None and event_type in COOPERATIVE:
        source_actor, target_actor = _previous_partners(context, sentence)
    if source_actor is None and target is not None and target_actor is not None and not match.verbal \
            and event_type in COOPERATIVE | {"AGREE"} and target.preposition in {"z", "ze"} \
            and target.link.actor_type in {"country", "international_organization"}:
        source_actor = _focus_partner(context, target_actor)  # "wspólne ćwiczenia z państwami NATO"
    if not match.verbal and event_type == "ASSAULT" and _repelled(tokens, match) \
            and (source is None or source.last < match.first - 1 or source.link.kind is not LinkKind.ADJECTIVE
                 and source.last < match.first):
        # "Stany Zjednoczone pomogły Izraelowi w odparciu ataku": the attack is the attacker's told before,
        # not the helper's (its own attacker stays: "odparły atak rosyjskich wojsk", "rosyjski atak")
        source_actor = _earlier_author(context, sentence, word_lemmas(tokens[match.anchor]), target_actor)
    if event_type == "PROTEST" and _official(source_actor) and trigger.words[0] in _PROTEST_WORDS \
            and not (match.first and tokens[match.first - 1].orth.lower() in {"w", "znak"}):  # "w proteście"
        event_type, mode = "ACCUSE", "disapprove"  # "Armenia zaprotestowała przeciwko …": a state's protest is verbal
    if trigger.words[0] in _GATHERING:
        if _official(source_actor) and _state_actor(source_actor):
            event_type, mode = "CONSULT", "multilateral"  # "Ministrowie obrony państw NATO zebrali się w Brukseli"
        elif not any(token.orth.lower() in {"przed", "pod"} for token in tokens[first:last + 1]):
            return None  # people gather in protest before a seat of power ("przed siedzibą rządu zebrało się
            # kilka tysięcy osób"); elsewhere a gathering is no record ("zebrali się na mszy")
    if event_type == "COERCE" and trigger.words[0] in _BLOCKING and source_actor is not None \
            and not _official(source_actor) and not _state_force(source_actor):
        event_type, mode = "PROTEST", "obstruct"  # "Rolnicy zablokowali przejście graniczne": a protest, not a siege
    if event_type == "ASSAULT" and trigger.words[0] in _STORMING and source is not None and source.is_group \
            and source.head in _PROTESTERS:
        event_type, mode = "PROTEST", "riot"  # "demonstrantów, którzy próbowali wedrzeć się do pałacu"
    if trigger.words == ("nalot",) and source_actor is not None and (
            source_actor.code[3:6] in _POLICE_SECTORS or _state_force(source_actor) and source_actor.code != "MIL"):
        event_type, mode = "COERCE", "seize"  # "policja przeprowadziła naloty na hostele": raids, not air strikes
    if target_actor is None and match.verbal and trigger.type in JUDGING_TYPES | {"SUPPORT"}:
        target_actor = _judged_author(context, sentence, match, source_actor)  # "potępił atak" (Russia's)
    if target_actor is None and source_actor is not None and event_type in JUDGING_TYPES | {"SUPPORT"} \
            and _demonstrative_object(tokens, match):
        # "Chiny wyraziły sprzeciw wobec tych planów", "skrytykował tę decyzję": the act just told, by its author
        target_actor = next((event.source for event in reversed(context.events) if event.source is not None
                             and 1 <= sentence.index - event.sentence <= 2
                             and event.source.code[:3] != source_actor.code[:3]
                             and event.source.actor_id != source_actor.actor_id), None)
    if target_actor is None and source_actor is not None and (event_type, mode) == ("CONSULT", "third-party"):
        # "Pośrednikiem w wymianie były Zjednoczone Emiraty Arabskie": between the two sides just told
        sides = _latest_pair(context, sentence, False)
        if sides is not None and source_actor.actor_id not in {side.actor_id for side in sides}:
            target_actor, guests = sides[0], (*guests, sides[1])
    capital = next((p for p in in_clause if p.is_place and p.preposition == "do" and match.anchor < p.first
                    <= match.last + 3 and p.link.actor_id in bundled_capitals()), None) \
        if event_type == "REQUEST" and match.verbal else None
    if capital is not None and (target is None or target.first > capital.first):
        # "zaapelował do Waszyngtonu o dostawy baterii Patriot": a capital addressed is its state (the linker
        # reads a capital after "do" as a place, where trips go), between a pattern's words too ("zwróciły się
        # do Waszyngtonu o utrzymanie")
        target_actor = _host_country(capital, source_actor) or target_actor
    if target_actor is None and trigger.words == ("odwołać", "ambasador") and source_actor is not None:
        # "Gruzja odwołała swojego ambasadora z Kijowa", "ambasadora w Mińsku": recalled from the state of the
        # capital named
        posted = next((p for p in in_clause if p.preposition in {"z", "ze", "w", "we"} and p.first > match.last
                       and p.link.actor_type in {"city", "country"}), None)
        target_actor = _host_country(posted, source_actor) if posted is not None else None
    if target_actor is None and mode == "visit" and location is not None:
        target_actor = _host_country(location, source_actor)
    elif target_actor is None and event_type == "REJECT" and _TRIPS & set(trigger.words):
        # "odwołał wizytę w Stanach Zjednoczonych", "odwołał podróż do Pekinu": a trip called off was to the
        # state it was to go to
        bound = next((p for p in in_clause if p.preposition in {"w", "we", "do"} and p.first > match.last), None)
        target_actor = _host_country(bound, source_actor) if bound is not None else None
    elif target_actor is None and CONCERN & set(trigger.words):
        # "wyraziła zaniepokojenie sytuacją mediów w Kirgistanie", "Zaniepokojenie losem Sadykowej wyraził
        # ambasador UE w Astanie": concern over what goes on in another state is over that state's doing
        where = next((p for p in in_clause if p.preposition in {"w", "we"} and p.link.actor_type in {
            "city", "region", "country"} and (source_actor is None or source_actor.code[:3] != p.link.code[:3])), None)
        target_actor = _link_state(where.link) if where is not None else None
    elif match.verbal and trigger.mode == "visit" and location is not None and location.preposition == "do" \
            and target is not None and target.preposition != "do" and not _met_there(tokens, target):
        # "przyleciał do Biszkeku z okazji szczytu WNP": the visit is to Kyrgyzstan, the summit a reason (but
        # "poleciał do Pekinu na rozmowy z Xi Jinpingiem" is to the one met)
        target_actor = _host_country(location, source_actor) or target_actor
    unknown_place = target_actor if target_actor is not None and target_actor.actor_id.startswith("NIL:place:") \
        else None  # "zajęły wieś Nowohrodiwka w obwodzie donieckim": the known region's country, if any
    # a person named after the place attacked describes it: "trafiła w budynek mieszkalny w Krzywym Rogu,
    # rodzinnym mieście Zełenskiego" is an attack on Ukraine
    described = target is not None and target_actor is not None and event_type == "ASSAULT" \
        and context.actor_types.get(target_actor.actor_id) == PERSON \
        and any(p.is_place and match.last < p.first < target.first for p in in_clause)
    if (target_actor is None or unknown_place is not None or described) \
            and (event_type in _ON_TERRITORY | {"RETREAT"} or ATTACK_WORDS & set(trigger.words)
                 or event_type == "THREATEN" and mode == "violence") \
            and (source_actor is not None and source_actor.code
                 or source_actor is None and trigger.roles == "gen-target" and event_type == "ASSAULT"):
        # "Rosja ostrzelała Charków", "aneksja Krymu przez Rosję": an attack by a known state on a place is on
        # the place's country (none on its own: "Rosjanie zbombardowali Grozny"; but an attack noun's own
        # genitive place is attacked by whoever it is: "Ostrzał Charkowa trwał"), and so is a withdrawal from
        # it ("wycofały się z Chersonia"); a verb's object may stand between ("zaatakowały w nocy
        # infrastrukturę energetyczną w obwodzie …"); so is a threat of force ("zagroził uderzeniem pociskami
        # Oresznik na „ośrodki decyzyjne” w Kijowie")
        reach = 8 if match.verbal else 6  # "atak dronów na rafinerię w Riazaniu"
        reach += sum(token.orth in QUOTE_MARKS for token in tokens[match.last + 1:match.last + reach + 1])
        prepositions = {"z", "ze"} if event_type == "RETREAT" else {"", "na", "w", "we", "nad", "do"}  # "nad Groznym",
        # "wkroczyła do obwodu charkowskiego"
        # the first place of a known country: "w port w Czarnomorsku w obwodzie odeskim" is in Ukraine (also
        # between a pattern's words: "zrzuciło w nocy na Zaporoże kilkanaście bomb")
        places = [p for p in in_clause if p.is_place and match.anchor < p.first <= match.last + reach] or [
            p for p in in_clause if p.is_place and p.last < match.first and p.preposition == "nad"]  # "nad Groznym trwał atak"
        if source_actor is None:  # by no one named: only the noun's own genitive ("Ostrzał Charkowa")
            places = [p for p in places if p.first == match.last + 1 and not p.preposition and "gen" in p.cases]
        target_actor = next((country for p in places if p.preposition in prepositions
                             and (country := _host_country(p, source_actor)) is not None), None) \
            or unknown_place or (target_actor if described else None)
    if event_type == "REJECT" and match.verbal and source_actor is not None and first > 0 \
            and tokens[first - 1].orth.lower() in {"czemu", "czego"}:
        # "Według zachodnich wywiadów Iran przekazał Moskwie pociski, czemu władze w Teheranie zaprzeczają",
        # "Prokuratura zarzuca mu korupcję, czemu polityk zaprzecza": who said or asked it in the sentence
        target_actor = _claimant(context, sentence, phrases, first, source_actor) or target_actor
    denial = target_actor is None and source_actor is not None and match.verbal \
        and (trigger.words[0] in DENYING or event_type == "REJECT" and (
            "wina" in trigger.words or any(word_lemmas(token) & _CHARGE_NOUNS for token in tokens[
                max(first, match.first - 3):min(len(tokens), match.last + 5)])))
    # "Zełenski wezwał sojuszników do …": done to people no actor names, not to the story's last actor (nor to
    # the target model's guess, below)
    asked = _unnamed_object(tokens, match, phrases) if match.verbal else None
    hosted = _hosts_object(tokens, match, phrases) if match.verbal else None
    unnamed = asked is not None and hosted is None  # (the hosts are the partner of the story, as before)
    if asked is not None and event_type == "REQUEST" and target is not None and target.first > asked + 2 \
            and target.preposition and target_actor is not None and target_actor.actor_id == target.link.actor_id:
        # "wezwał sojuszników do zwiększenia presji na Moskwę": those asked are unnamed; the actor after them is
        # inside what is asked for (not their own: "do przywódców regionu", "do sojuszników z NATO")
        target_actor = None
    quoted = _quoted_accused(tokens, phrases, match, first, source) \
        if event_type == "ACCUSE" and target_actor is None and match.verbal else None
    host = _host(context, sentence, source_actor, "sg" in values(tokens[hosted], 1)) if hosted is not None \
        and quoted is None and target_actor is None and source_actor is not None else None
    if quoted is not None:
        target_actor = quoted.actor()
    elif host is not None:
        # "Rahmon podziękował gospodarzowi", "Zaapelował też do gospodarzy": the host of the source's visit,
        # the person he met, else the state
        target_actor = host
    elif denial:
        # "Pieskow zaprzeczył, by Rosja prowadziła kampanię" after Tajikistan's protest note to Russia: a
        # denial answers the accuser (and no one else)
        target_actor = _accuser(context, sentence, source_actor)
    elif target_actor is None and source_actor is not None and (match.verbal or _reaction(tokens, match)) \
            and not unnamed and not flags.get("hypothetical") \
            and (event_type in _CONTINUED or event_type == "CONSULT" and we_said) \
            and not (first > 0 and tokens[first - 1].lemma in {"że", "iż"}) \
            and not source_actor.actor_id.startswith("NIL:"):
        # "Zełenski spotkał się z Trumpem. Trump obiecał dalsze dostawy broni": the promise is to Zelensky;
        # "„Rozmawialiśmy o dostawach gazu” – powiedział premier" after his meeting: with whom he met
        # the same act with its object told again ("zamknęła granicę"), else the story's latest pair
        target_actor = (_repeated_target(context, sentence, source_actor, event_type, mode, tokens[match.first].orth)
                        if len(trigger.words) > 1 else None) or _continued_target(context, sentence, source_actor)
    elif target_actor is None and source_actor is not None and not unnamed and not flags.get("hypothetical") \
            and (event_type == "ASSAULT" or (event_type, mode) == ("COERCE", "seize")) \
            and (trigger.words[0] in _SHOOTING_DOWN or not any(p.is_place for p in in_clause)):
        # "Według rosyjskiego ministerstwa obrony zestrzelono 337 bezzałogowców", "wojska rosyjskie zajęły dwie
        # miejscowości w pobliżu Hulajpola": the war the story tells goes on, against the same enemy (when the
        # clause names a place, only what is shot down over it: "Rosjanie zbombardowali Grozny" is at home)
        target_actor = _enemy(context, sentence, source_actor)
    # (also "na" with a country in the locative: "na Białorusi", "na Litwie"; not "na Ukrainę", whither)
    place = location or next((p for p in in_clause if (p.preposition in {"w", "we"} and p.link.actor_type in {
        "country", "city", "region"} or p.preposition == "na" and p.link.actor_type == "country"
        and "loc" in p.cases and "acc" not in p.cases) and p is not target and not report_source(tokens, p)), None)
    if event_type == "PROTEST" and target_actor is None:
        # "Pikieta odbyła się przed ambasadą Rosji": a protest at a state's mission is against that state
        mission = next((p for p in in_clause if p.preposition in {"przed", "pod"} and p.head in _MISSIONS), None)
        target_actor = mission.actor() if mission is not None else None
    if event_type == "PROTEST" and source_actor is not None and not _official(source_actor) and (
            target_actor is None and source_actor.actor_id.startswith("NIL:group:")
            or target is not None and target_actor is not None and target.preposition not in _PROTESTED_AT):
        # "Tysiące ludzi zgromadziły się przed parlamentem w Tbilisi, protestując": a crowd protests against
        # the state where it gathers (the place named, else the country the document is about), and so do
        # protests against what the state does ("protestów przeciwko przekazaniu Azerbejdżanowi czterech wsi",
        # "przeciwko planom otwarcia szlaku przez prowincję Sjunik"), not against those named in it
        target_actor = _state_where(context, sentence, place, None) or target_actor
    if (event_type, mode) == ("SANCTION", "expel") and source_actor is None and target_actor is not None:
        # "wydalenie swojego dyplomaty z Rosji", "wydalonych z Polski rosyjskich dyplomatów": the state expelled
        # from expels
        host = next((p for p in in_clause if p.preposition in {"z", "ze"} and p.first > match.anchor
                     and p.link.actor_type == "country" and p.link.actor_id != target_actor.actor_id), None)
        source_actor = host.actor() if host is not None else None
    impersonal = source_actor is None and target_actor is not None and match.verbal \
        and (pos(tokens[match.anchor]) == "imps" or roles.passive)
    # an arrest noun no one's: "w związku z zatrzymaniem rosyjskiego dziennikarza w Kiszyniowie" (by the place only)
    impersonal = impersonal or source_actor is None and target_actor is not None and not match.verbal \
        and (event_type, mode) == ("COERCE", "arrest") and place is not None
    if event_type in _FORCE_TYPES and (impersonal or _state_force(source_actor)):
        # "policja zatrzymała İmamoğlu", "funkcjonariusze zatrzymali": the state whose forces act, by the place
        # named in the clause, else the country the document is about; "w Rosji zatrzymano", "został
        # zatrzymany w Sofii": only by the place
        state = _state_where(context, sentence, place, source_actor) if place is not None or not impersonal \
            or event_type == "COERCE" and target_actor is not None and (
                target_actor.actor_id.startswith("NIL:") or target is not None and target.preposition in {"z", "ze"}) \
            else None  # (people, or people from a country: "Zatrzymano 20 dziennikarzy z Polski")
        if state is not None and target_actor is not None and state.actor_id == target_actor.actor_id:
            target_actor = None  # "Policja rozpędziła demonstrację w Tbilisi": the state acts at home, not on itself
        source_actor = state or source_actor
    if _state_body(target_actor) and source_actor is not None and (
            _state_actor(source_actor) or target_actor.actor_id in {"NIL:group:władza", "NIL:group:rząd"}):
        # (the authorities or the government, also for anyone else: "oceniła Gulnoza Said z CPJ, wzywając władze
        # do uwolnienia Tażybek kyzy")
        # "Polskie MSZ uznało wyrok [sądu] za polityczny", "skrytykowała rząd": a state's act on an unnamed body
        # of a state (a court, the government, the police) is on that state, the one of the place named, else
        # the one the document is about
        own = bundled_countries().get(source_actor.code[:3]) if place is None and source_actor.code[3:6] != "GOV" \
            and target_actor.actor_id == "NIL:group:rząd" else None
        # a person or party of a country naming "the government" with no place names their own ("Karol
        # Nawrocki, który zarzucił rządowi …")
        # (a body its country's adjective named, by that country: "Rumuński sąd konstytucyjny")
        named = bundled_countries().get(target_actor.code[:3])
        state = EventActor(own, source_actor.code[:3], target_actor.text, target_actor.start, target_actor.end) \
            if own is not None else EventActor(named, target_actor.code[:3], target_actor.text, target_actor.start,
                                               target_actor.end) if named is not None \
            else _state_where(context, sentence, place, target_actor)
        target_actor = state if state is not None and state.actor_id != source_actor.actor_id else target_actor
    if trigger.roles == "addressee" and (source_actor is None or source_actor.actor_id.startswith("NIL:")) \
            and (source_actor is None or target is None or "dat" not in target.cases
                 or target.preposition or not match.last < target.first <= match.last + 3):
        # "Chiny zaproponowały Ukrainie plan": offered to someone named right after the verb; "proponuję
        # wybrać LILO", "zaproponowano mu przedłużenie kontraktu" offer nothing or by no one known; a known
        # actor offers to all ("Turcja zaproponowała, by kolejna runda rozmów odbyła się w Stambule")
        return None
    if trigger.roles == "that" and trigger.words[0] in _ANNOUNCING and not _official(source_actor):
        return None  # a promise is a state's or its official's: "Szef Polsatu zapowiedział, że złoży wniosek" is not
    if trigger.roles == "meeting" and (source_actor is None or not source_actor.code.startswith("IGO")):
        return None  # "posiedzenie Rady Północnoatlantyckiej" meets; "posiedzenie rządu" is the state's business
    if trigger.roles == "left" and not (target is not None and target.first == match.last + 1
                                        and target.link.actor_type == "international_organization"):
        return None  # "Armenia wystąpi z OUBZ" leaves it; "wystąpiła z wnioskiem do Komisji" does not
    if source_actor is None and target_actor is None or trigger.roles == "object" and target_actor is None:
        return None  # who did what to whom, with neither who nor whom, is no record ("Sankcje i reeksport")
    if context.targets is not None and source_actor is not None and _state_actor(source_actor) and not unnamed \
            and (target_actor is None or context.targets.every_event):
        # the trained model: who an act the rules found no target for was done to (targets.py); only for a
        # state, its bodies and officials, or an intergovernmental organization: everyday acts of people,
        # firms and unnamed groups get no guessed target. It is filled in after the whole document, so that the
        # rules that follow the story from event to event see only what the text says
        chosen = context.targets.choose(tokens[match.first].start, candidates(
            context, sentence, phrases, match, (first, last), event_type, source_actor,
            frozenset(p.link.actor_id for p in participants)), target_actor)
        if target_actor is None and chosen is not None:
            context.chosen_targets[tokens[match.first].start] = chosen
    speaker = _promiser(context, sentence, match, first, last, event_type, source_actor)
    if speaker is not None:
        # "Xi zapowiedział, że Pekin przekaże państwom regionu pomoc", "Łukaszenka zasugerował, że Mińsk byłby
        # gotów rozmawiać z Warszawą": a speaker announcing his own state's help or talks promises them
        # (AGREE), with the state taking part
        guests += (source_actor,) if source_actor is not None else ()
        source_actor = speaker
        if event_type not in _KEPT_WHEN_DECLARED:  # "Fico oświadczył, że Bratysława nie poprze …": his refusal,
            # "zapowiedział, że Polska zwróci się do sojuszników o …": his request
            event_type, mode = "AGREE", ""
    date, granularity, method = event_date(context, sentence, match, first, last, event_type, source_actor, target_actor)
    document = context.analysis.document
    # a date the text gives after its publication (not against an estimated one)
    ahead = method == "sentence" and document.date_source is not DateSource.ESTIMATED \
        and _after(date, document.published)
    if ahead and match.verbal and pos(tokens[match.anchor]) in {"praet", "pcon"}:
        # "Putin zapowiedział, że w drugiej połowie 2025 r. …" in a text of 2024: the date is of what was
        # announced; the act told in the past is not dated by it
        date, granularity, method = document.published.isoformat(), Granularity.DAY, "publication"
    elif ahead and not match.verbal and event_type == "CONSULT":
        # "Kolejny szczyt zaplanowano na 2027 r." in a text of 2025: a meeting planned (an act told in the past
        # keeps its flags, whatever date its content has: "obiecała środki na 2027 r.")
        flags["future"] = True
    confidence = trigger.weight * (1.0 if source is not None and target is not None else 0.7)
    text = context.analysis.document.text
    trigger_start, trigger_end = tokens[match.first].start, tokens[match.last].end
    quad, score = type_scores(context.lexicon, event_type, mode)
    return Event(
        doc_id=context.analysis.document.id, sentence=sentence.index, start=sentence.start, end=sentence.end,
        trigger=text[trigger_start:trigger_end], trigger_start=trigger_start, trigger_end=trigger_end,
        type=event_type, mode=mode,
        source=source_actor, target=target_actor,
        participants=tuple(p.actor() for p in participants) + guests + ((envoy.actor(),) if envoy else ()),
        date=date, date_granularity=granularity, date_method=method,
        location=location.actor() if location else None,
        negated=bool(flags.get("negation")), hypothetical=bool(flags.get("hypothetical")),
        future=bool(flags.get("future")),
        reported=bool(flags.get("reported")) and not (source_actor is not None and speakers == {
            source_actor.actor_id}),  # a speaker's own act is not hearsay: "Miller powiedział, że wyraził …"
        quad_class=quad, intensity=score, confidence=round(confidence, 2))


_PROMISING = frozenset({"zapowiedzieć", "zapowiadać", "zapewnić", "zapewniać", "obiecać", "obiecywać",
                        "zadeklarować", "deklarować", "zasugerować"})
_DECLARING = _PROMISING | {"oświadczyć", "oświadczać", "podkreślić", "podkreślać", "zaznaczyć", "zaznaczać",
                           "powiedzieć", "mówić", "stwierdzić", "odpowiedzieć", "ogłosić"}


def _promiser(context: DocumentContext, sentence: Sentence, match: Match, first: int, last: int, event_type: str,
              source: EventActor | None) -> EventActor | None:
    """The speaker who announces, in reported speech, a cooperative act, a refusal or a request of his own
    state (or of no one named) yet to come: the claim around the trigger has a promising verb (any declaring
    verb for a refusal or a request) and a speaker with the source's country code, and the clause tells no
    past act."""
    if source is not None and source.actor_id.startswith("NIL:group:"):
        source = None  # an unnamed group is no one named: "zapewnił, że bojownicy „zagwarantują bezpieczeństwo”"
    if event_type not in COOPERATIVE | _DECLARED or source is not None and not source.code[:3]:
        return None
    cues = _DECLARING if event_type in _KEPT_WHEN_DECLARED else _PROMISING  # a refusal or request may be
    # declared by any such verb
    tokens = sentence.tokens
    claim = next((claim for claim in _claims_around(context, sentence, match, cues)
                  if claim.speaker_id and claim.speaker_start is not None), None)
    # the clause inside the claim ("Niemcy przekażą … – zapowiedział minister": not the attribution's verb)
    clause = [token for token in tokens[first:last + 1] if claim is None or token.end <= claim.end]
    if any(pos(token) == "praet" for token in clause) and not any(pos(token) == "bedzie" for token in clause):
        return None  # "poinformował, że Chiny przekazały pomoc": told, not promised ("będzie pomagał" is)
    if claim is None or source is not None and (claim.speaker_id == source.actor_id
                                                or (claim.speaker_code or "")[:3] != source.code[:3]):
        return None  # (with no source named, the speaker's own: "że byłby gotów rozmawiać")
    return _speaker_actor(claim)


def _speaker_state(context: DocumentContext, sentence: Sentence, match: Match) -> EventActor | None:
    """The state of the speaker who declares or announces the claim a trigger stands in ("zapowiedział, że";
    not "według litewskiego wywiadu", which reports another's act), if the speaker has a country's code."""
    claim = next((claim for claim in _claims_around(context, sentence, match, _DECLARING) if claim.speaker_code), None)
    iso = (claim.speaker_code or "")[:3] if claim is not None else ""
    country = bundled_countries().get(iso)
    return EventActor(country, iso, claim.speaker_text, claim.speaker_start or claim.start,
                      claim.speaker_end or claim.start) if country is not None else None


def _claims_around(context: DocumentContext, sentence: Sentence, match: Match,
                   cues: frozenset[str]) -> Iterator[Claim]:
    """The claims of the sentence that the trigger stands in, told with one of the ``cues``."""
    start = sentence.tokens[match.first].start
    return (claim for claim in context.analysis.claims if claim.sentence == sentence.index
            and claim.start <= start < claim.end and claim.cue in cues)


def _speaker_actor(claim: Claim, context: DocumentContext | None = None) -> EventActor:
    """A claim's speaker as an event actor; a speaker the text leaves unsaid ("„Jesteśmy solidarni z
    Estonią” – napisał na platformie X") as his latest mention before the claim (``context`` given)."""
    if claim.speaker_start is None and context is not None:
        mention = max((link for links in context.links.values() for link in links
                       if link.actor_id == claim.speaker_id and link.end <= claim.start),
                      key=lambda link: link.start, default=None)
        if mention is not None:
            return EventActor(mention.actor_id, claim.speaker_code or mention.code, mention.text, mention.start,
                              mention.end)
    return EventActor(claim.speaker_id or "", claim.speaker_code or "", claim.speaker_text,
                      claim.speaker_start or 0, claim.speaker_end or claim.speaker_start or 0)


_COMPLEMENTIZERS = frozenset({"że", "iż", "by", "aby", "żeby"})
_TELLING_CONTENT = frozenset({"REQUEST", "THREATEN"})  # acts whose "że"/"by" clause is their content


def _told_content(tokens: tuple[Token, ...], matches: list[Match], first: int) -> bool:
    """Does the clause starting at ``first`` open with "że" or "by" after a verb of asking, threatening or
    denying, with only its objects between ("zaapelował do Powella, by …", "ostrzegł, że …")?"""
    if first < 2 or tokens[first - 1].lemma not in _COMPLEMENTIZERS or tokens[first - 2].orth != ",":
        return False
    return any(other.verbal and other.last < first - 1 and first - 2 - other.last <= 5
               and (other.trigger.type in _TELLING_CONTENT or other.trigger.words[0] in DENYING)
               and not any(pos(token) in VERBAL or token.orth in {".", ";", ":", "„", "”"}
                           for token in tokens[other.last + 1:first - 2])
               for other in matches)


_PRESSURE_ON_PEOPLE = frozenset({"ACCUSE", "SANCTION", "COERCE"})  # acts on whom a pronoun names
_OBJECT_PRONOUNS = frozenset({"go", "mu", "ją", "im"})  # of a person, never possessive
_VISIT_ROLES = {"gość": "source", "gospodarz": "target"}  # who a visit's guest and host are in its record


def _fronted_guest(context: DocumentContext, sentence: Sentence, match: Match, first: int) -> EventActor | None:
    """The visitor of the latest visit of the five sentences before, if the guest a verb of receiving receives
    is "gość" before it ("Na lotnisku gościa powitał prezydent Uzbekistanu")."""
    tokens = sentence.tokens
    if not any(reading.lemma == "gość" and "acc" in reading.tag.split(":")[2].split(".")
               for token in tokens[first:match.first] for reading in readings(token)):
        return None
    return next((event.source for event in reversed(context.events) if event.type == "CONSULT"
                 and event.mode == "visit" and sentence.index - event.sentence <= 5 and event.source is not None), None)


def _visit_role(tokens: tuple[Token, ...], phrase: Phrase | None) -> str:
    """The role in a visit's record of a guest or host a country adjective names ("rosyjskiego gościa":
    "source"), else ""."""
    if phrase is None or phrase.link.kind is not LinkKind.ADJECTIVE or phrase.last + 1 >= len(tokens):
        return ""
    return next((_VISIT_ROLES[reading.lemma] for reading in (*readings(tokens[phrase.last + 1]), tokens[phrase.last + 1])
                 if reading.lemma in _VISIT_ROLES), "")  # (any reading: "gościa" is read as a feminine noun)


_RECIPIENT_PREPOSITIONS = frozenset({"", "dla", "do"})


def _announced_recipient(tokens: tuple[Token, ...], phrases: list[Phrase], last: int,
                         source: Phrase | None) -> Phrase | None:
    """The recipient of the act an announcement's "że" clause tells (after ``last``, the announcing clause's
    end): its first actor in the dative, or after "dla" or "do", in that clause and not its subject."""
    if last + 2 >= len(tokens) or tokens[last + 1].orth != "," or tokens[last + 2].lemma not in {"że", "iż"}:
        return None
    end = clause_range(tokens, last + 3)[1] if last + 3 < len(tokens) else last
    return next((p for p in phrases if last + 2 < p.first and p.last <= end and not p.is_place and not p.is_group
                 and p.preposition in _RECIPIENT_PREPOSITIONS and p is not source
                 and (p.preposition or "dat" in p.cases and "gen" not in p.cases)), None)
    # (a bare "Ukrainie" is no locative; "wniosków strony polskiej" may be a genitive)


def _coordinated_act(tokens: tuple[Token, ...], start: int) -> bool:
    """Is the trigger starting at character ``start`` a finite verb whose object a verb coordinated after it may
    share: not a noun, nor a verb naming another's act ("nazwał zamknięcie granicy prowokacją i zagroził")?"""
    verb = next((token for token in tokens if token.start == start), None)
    return verb is not None and pos(verb) in {"fin", "praet", "bedzie"} and verb.lemma not in naming_verbs()


def _topic(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is an event noun the topic of a text or a talk, after "o" over its adjectives ("traktat o wzmocnionej
    współpracy i przyjaźni", "rozmawiali o dostawach gazu"), or what a ban stops ("embargo na dostawy broni",
    "zakaz dostaw")?"""
    before = match.first - 1
    while before >= 0 and pos(tokens[before]) in {"adj", "adv", "ppas", "pact"}:
        before -= 1
    if before >= 0 and (tokens[before].lemma == "zakaz" or tokens[before].orth.lower() == "na" and before
                        and tokens[before - 1].lemma in {"embargo", "zakaz"}):
        return True
    return before >= 0 and tokens[before].orth.lower() == "o" \
        and not (before and tokens[before - 1].lemma in _DECIDED)  # "zdecydowały o przekazaniu Ukrainie"


_DECIDED = DECIDING | {"decydować", "decyzja"}


_DASHES = frozenset({"–", "—", "-"})


def _one_way(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is a handing over one side's only ("Rosja przekazała Ukrainie 300 jeńców"), not to each other ("Rosja i
    Ukraina przekazały sobie po 84 żołnierzy")?"""
    return match.trigger.words[0] in {"przekazać", "przekazywać"} \
        and not any(token.orth.lower() == "sobie" for token in tokens[match.first:match.last + 3])


def _said_after_quote(tokens: tuple[Token, ...]) -> int | None:
    """The position of the verb of speech after a quotation that opens the sentence ("„Rosja celowo próbuje
    zamrozić nasze miasta” – napisał w mediach społecznościowych"), if any: the sentence's subject is its
    speaker, named after it or the one before, not the quotation's own subject."""
    if not tokens or tokens[0].orth not in QUOTE_MARKS | _DASHES:
        return None
    closing = next((i for i in range(1, len(tokens) - 1) if tokens[i].orth in _DASHES
                    and tokens[i + 1].lemma in speech_verbs()), None)
    return closing + 1 if closing is not None else None


def _host(context: DocumentContext, sentence: Sentence, guest: EventActor, one: bool) -> EventActor | None:
    """Who hosted the guest: one host is the person the guest's latest act in the eight sentences before was
    with ("Rahmon przyjechał do Biszkeku, gdzie wraz z kirgiskim prezydentem Sadyrem Dżaparowem podpisał traktat
    … Rahmon podziękował gospodarzowi" → Japarov), else, and the hosts, the state of the guest's latest visit
    ("Zaapelował też do gospodarzy" → Tajikistan)."""
    own = [event for event in reversed(context.events) if sentence.index - event.sentence <= 8
           and event.source is not None and event.source.actor_id == guest.actor_id and event.target is not None]
    person = next((event.target for event in own if context.actor_types.get(event.target.actor_id) == PERSON), None)
    return (person if one else None) or next((event.target for event in own if event.mode == "visit"), None)


def _quoted_accused(tokens: tuple[Token, ...], phrases: list[Phrase], match: Match, first: int,
                    source: Phrase | None) -> Phrase | None:
    """The subject of a dash quotation that an accusing verb closes ("– Moskwa używa energii jako broni –
    zarzuciła prezydent Maia Sandu"): whom the speaker accuses."""
    if first < 2 or tokens[first - 1].orth not in _DASHES or tokens[0].orth not in _DASHES | QUOTE_MARKS:
        return None
    return next((p for p in phrases if p.last < first - 1 and "nom" in p.cases and not p.preposition
                 and not p.is_place and not p.is_group and p is not source), None)


def _quoted_speaker(context: DocumentContext, sentence: Sentence, match: Match, first: int) -> EventActor | None:
    """The speaker of a quotation whose verb is in the first person ("„Nie będziemy negocjować z reżimem” –
    odpowiedział Kęstutis Budrys", "„Rozmawialiśmy o dostawach gazu” – powiedział słowacki premier"): who
    says "we" acts himself, for his side; only a speaker of a state or an intergovernmental organization."""
    tokens = sentence.tokens
    if not any(pos(token) in {"fin", "bedzie", "aglt"} and "pri" in values(token, 2)
               for token in tokens[first:match.last + 2]):
        return None
    start = tokens[match.anchor].start
    # (a quotation of several sentences belongs to the first: "„Każdy … zwycięstwo. Dziękujemy Emiratom …”")
    claim = next((claim for claim in context.analysis.claims if claim.kind is ClaimKind.QUOTE
                  and claim.start <= start < claim.end and claim.speaker_id), None)
    if claim is None:
        return None
    speaker = _speaker_actor(claim, context)
    return speaker if _state_actor(speaker) else None  # a politician's "we", not an interviewee's "Prosimy"


def _state_actor(actor: EventActor) -> bool:
    """Does the actor's code name a country ("RUS", "KAZGOV", "POLMIL") or an intergovernmental
    organization ("IGOEEU"), not only a sector ("COP" for "policja") or nothing?"""
    return actor.code[:3] in bundled_countries() or actor.code.startswith("IGO")


_PROTEST_WORDS = frozenset({"protest", "protestować", "zaprotestować"})  # not strikes, boycotts or marches
_GATHERING = frozenset({"zebrać", "zgromadzić"})  # a crowd's protest, an official body's meeting
# CAMEO sectors of state bodies and their officials: a protest of theirs is a diplomatic one
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY"})


def _official(actor: EventActor | None) -> bool:
    """Is the actor a state, an international organization, or a state body or official ("Armenia",
    "MSZ Rosji", "premier Paszynian"), not a party, a crowd or a group of people ("rolnicy")?"""
    if actor is None:
        return False
    # (also a state body no country names: "Władze zablokowały Telegram", code GOV)
    return _state(actor) or actor.code[3:6] in _STATE_SECTORS and actor.code[:3] in bundled_countries() \
        or actor.code in _STATE_SECTORS


_SIDES = frozenset({"strona", "delegacja"})  # the two sides of the latest event, as a plural subject


def _both(context: DocumentContext, sentence: Sentence, phrase: Phrase | None, clause: tuple[int, int],
          plural_zero: bool = False) -> tuple[EventActor, EventActor] | None:
    """An unnamed group that is "both" ("Obaj przywódcy", "Przywódcy" alone, "ministrowie energetyki obu
    krajów"), "the sides" or "the delegations" as the subject ("Strony uzgodniły tekst traktatu", "Delegacje
    uzgodniły wymianę jeńców"), or the zero subject of a plural verb that was one of a pair ("Rozmawiali o
    …"): the source and target of the latest event that has both, in this or the five sentences before; of
    two people when the group is of leaders ("Obaj przywódcy" are the two who met, not the two states named
    since)."""
    words = sentence.tokens[clause[0]:clause[1]]
    each = _each_side(words)
    sides = each or any(token.lemma in _SIDES and _plural_nominative(token) for token in words) or any(
        both.lemma in BOTH and word_lemmas(state) & COUNTRY_NOUNS and _plural_nominative(state)
        for both, state in pairwise(words))  # "Oba kraje zapowiedziały wspólne ćwiczenia"
    if sides and (phrase is None or plural_zero or each):
        # "Strony uzgodniły", "obie strony osiągnęły porozumienie", "Delegacje uzgodniły": the subject is there,
        # whatever zero subject the plural verb would otherwise take
        return _latest_pair(context, sentence, False)
    if phrase is not None and phrase.is_group:
        tokens = context.analysis.sentences[phrase.link.sentence].tokens  # a zero subject's is an earlier one's
        words = tokens[max(0, phrase.first - 1):phrase.last + 4]
        # "Politycy rozmawiali" opening a sentence right after a meeting: the two who met
        politicians = phrase.first == phrase.last == 0 and tokens[0].lemma.lower() == "polityk" and any(
            event.type == "CONSULT" and event.source is not None and event.target is not None
            and sentence.index - event.sentence == 1 for event in context.events[-3:])
        leaders = politicians or any(t.lemma.lower() in word_set("event_title_nouns.txt")
                                     or t.lemma.lower() in DEFINITE_PERSONS and any(w.lemma in BOTH for w in words)
                                     for t in tokens[phrase.first:phrase.last + 1])  # (and "Obaj politycy")
        # "Przywódcy podpisali umowy" after a visit: the two, as "Obaj przywódcy" ("Przywódcy państw UE" are not)
        alone = leaders and phrase.first == phrase.last and _plural_nominative(tokens[phrase.first]) \
            and not (phrase.last + 1 < len(tokens) and pos(tokens[phrase.last + 1]) in {"subst", "adj"})
        if not alone and not any(t.lemma.lower() in BOTH for t in words):
            return None
    elif plural_zero and phrase is not None:
        # "Rozmawiali o ekshumacjach" after "Sikorski spotkał się z Sybihą": the pair the zero subject led,
        # in this or the sentence before
        return next(((event.source, event.target) for event in reversed(context.events)
                     if event.source is not None and event.target is not None and sentence.index - event.sentence <= 1
                     and event.source.actor_id == phrase.link.actor_id), None)
    else:
        return None
    return _latest_pair(context, sentence, leaders)


def _each_side(words: Sequence[Token]) -> bool:
    """Whether the words say "each of the sides" ("Każda ze stron uwolniła po 150 żołnierzy")."""
    return any(one.lemma == "każdy" and by.orth.lower() in {"z", "ze"} and side.lemma in _SIDES
               for one, by, side in zip(words, words[1:], words[2:], strict=False))


def _latest_pair(context: DocumentContext, sentence: Sentence, leaders: bool) -> tuple[EventActor, EventActor] | None:
    """The source and target of the latest event that has both, in this or the five sentences before; of two
    people when ``leaders``, else of the states the people lead ("Strony uzgodniły zwiększenie dostaw" after
    a meeting of two presidents: the sides are their states)."""
    pairs = [(event.source, event.target) for event in reversed(context.events)
             if event.source is not None and event.target is not None and sentence.index - event.sentence <= 5
             and event.mode != "third-party"]  # (a mediator is no side)
    if leaders:
        # (two people: not a spokeswoman and "the West" she accused)
        pairs = [pair for pair in pairs if all(context.actor_types.get(actor.actor_id) == PERSON for actor in pair)] \
            or [pair for pair in pairs if not _state(pair[0]) and not _state(pair[1])
                and PERSON not in {context.actor_types.get(actor.actor_id) for actor in pair}] or pairs
        return pairs[0] if pairs else None
    if not pairs:
        return None
    sides = tuple(_state_of(context, actor) for actor in pairs[0])
    if sides[0].actor_id == sides[1].actor_id:
        return pairs[0]
    # in the order the document first told the two ("Turkmenistan and the Taliban" when the story opened so,
    # whoever the last event's subject was)
    ids = (sides[0].actor_id, sides[1].actor_id)
    told = next((tuple(_state_of(context, actor).actor_id for actor in (event.source, event.target))
                 for event in context.events if event.source is not None and event.target is not None
                 and {_state_of(context, event.source).actor_id, _state_of(context, event.target).actor_id} == set(ids)),
                ids)
    return (sides[0], sides[1]) if told == ids else (sides[1], sides[0])


def _state_of(context: DocumentContext, actor: EventActor) -> EventActor:
    """The state a person of the knowledge base acts for, by the actor code ("RUSGOV" → Russia), else the
    actor itself."""
    country = bundled_countries().get(actor.code[:3])
    if context.actor_types.get(actor.actor_id) != PERSON or actor.actor_id.startswith("NIL:") or country is None:
        return actor
    return replace(actor, actor_id=country, code=actor.code[:3])


def _plural_nominative(token: Token) -> bool:
    """Can the noun be a plural nominative ("Strony", "Przywódcy" opening a sentence are tagged genitives
    at times)?"""
    return any(reading.tag.startswith("subst:pl:nom") for reading in readings(token))


_NAMED_PRONOUNS = frozenset({"je", "go", "ją", "to", "ich"})


def _judged_author(context: DocumentContext, sentence: Sentence, match: Match,
                   source: EventActor | None) -> EventActor | None:
    """The author of the act a verb judges when the clause does not name it: "Sikorski potępił atak" after
    "Rosja przeprowadziła zmasowany atak rakietowy na Ukrainę" → Russia (``_earlier_author``)."""
    tokens = sentence.tokens
    # what is named stands between the verb and its name: "nazwał manewry „prowokacją”", "nazwał je …"
    index = match.anchor + 1 if tokens[match.anchor].lemma in naming_verbs() else match.last + 1
    inside = next((i for i in range(match.anchor + 1, match.last) if i not in match.positions
                   and pos(tokens[i]) == "subst" and not time_noun(tokens[i])), None)
    if inside is not None and tokens[match.anchor].lemma not in naming_verbs():
        index = inside  # between the pattern's words: "przyjął propozycję z zadowoleniem"
    while index < len(tokens) and (pos(tokens[index]) in {"adj", "adv", "qub"} or index + 1 < len(tokens)
                                   and pos(tokens[index]) == "prep" and time_noun(tokens[index + 1])):
        index += 2 if pos(tokens[index]) == "prep" else 1  # over "w środę": "nazwał w środę zamknięcie granicy"
    if index < len(tokens) and index != match.last + 1 and tokens[index].orth.lower() in _NAMED_PRONOUNS:
        # "nazwał je „przejawem rusofobii”": the act of the sentence just before
        latest = next((event for event in reversed(context.events) if event.source is not None
                       and sentence.index - event.sentence <= 1
                       and (source is None or event.source.actor_id != source.actor_id)), None)
        return latest.source if latest is not None else None
    fronted = fronted_object(context, tokens, match, 0)
    auxiliary = auxiliary_before(tokens, match.anchor) if pos(tokens[match.anchor]) == "ppas" else None
    if auxiliary is not None and auxiliary > 0 and pos(tokens[auxiliary - 1]) == "subst":
        index = auxiliary - 1  # the passive's subject: "Decyzja została skrytykowana przez władze w Tyraspolu"
    elif fronted is not None:
        index = fronted  # the act fronted as the object: "Wyrok potępiły CPJ i RSF"
    elif index >= len(tokens) or pos(tokens[index]) != "subst" and not (
            pos(tokens[index]) == "ger" and (tokens[match.anchor].lemma in naming_verbs()
                                             or match.trigger.type != "REJECT")):
        return None  # (a gerund refused is mostly the subject's own act: "odmówiła udzielenia informacji"; one
        # named, condemned or welcomed is judged: "nazwał zamknięcie granicy „prowokacją”", "z zadowoleniem
        # przyjęła uwolnienie swoich obywateli")
    owner = next((link for link in context.analysis.links if index + 1 < len(tokens)
                  and link.start == tokens[index + 1].start
                  # (a court's country: "wyrok białoruskiego sądu")
                  and (link.kind is not LinkKind.ADJECTIVE
                       or index + 2 < len(tokens) and tokens[index + 2].lemma.lower() in OWN_BODIES)
                  and link.actor_type not in {"city", "region", "location", "facility"}
                  and "gen" in token_cases(tokens[index + 1])), None)
    if owner is not None and (source is None or owner.actor_id != source.actor_id):
        # the act's own genitive: "potępili planowane na sierpień wspólne manewry Stanów Zjednoczonych"
        return EventActor(owner.actor_id, owner.code, owner.text, owner.start, owner.end)
    lemmas = word_lemmas(tokens[index])
    return _earlier_author(context, sentence, lemmas.union(*(_ACT_NOUN_VERBS.get(lemma, ()) for lemma in lemmas)),
                           source)


# act nouns the lexicon has no pattern of their own for, by the verbs that tell the act ("przyjął propozycję z
# zadowoleniem" after "Erdoğan zaproponował")
_ACT_NOUN_VERBS = {"propozycja": frozenset({"zaproponować", "proponować"})}


def _earlier_author(context: DocumentContext, sentence: Sentence, lemmas: frozenset[str],
                    source: EventActor | None) -> EventActor | None:
    """The source of the latest earlier event told by the same word (any of its ``lemmas``), else of an event
    of its type in this or the three sentences before (not ``source``): the act a later sentence refers back
    to ("atak" judged is the "atak" of the lead, not the missiles shot down since)."""
    # the types of every pattern the word is in ("ćwiczenia" judged are the "ćwiczenia wojskowe" told, "umowę"
    # criticized the "podpisały umowę")
    types = frozenset().union(*(context.lexicon.word_types.get(lemma, frozenset()) for lemma in lemmas))
    # (a decision or a step is any act: "Opozycja z zadowoleniem przyjęła decyzję" after a pardon)
    candidates = [event for event in reversed(context.events) if event.source is not None
                  and (event.type in types or lemmas & ANY_ACTS and sentence.index - event.sentence <= 2)
                  and (source is None or event.source.actor_id != source.actor_id)
                  # (not an act naming it: "nazwał porozumienie historycznym" judges the agreement, is not its author)
                  and not ((told := _trigger_lemmas(context, event)) & naming_verbs() and told & lemmas)]
    # else one of the word's own mode ("wizytę" criticized is the trip told by "przyjechał do Moskwy")
    modes = {trigger.mode for lemma in lemmas for trigger in context.lexicon.triggers.get(lemma, ())
             if len(trigger.words) == 1 and trigger.mode}
    found = next((event for event in candidates if _trigger_lemmas(context, event) & lemmas), None) or next(
        (event for event in candidates if event.mode in modes), None) or next(
        (event for event in candidates if sentence.index - event.sentence <= 5 and _told_beside(context, event, lemmas)),
        None) or next(
        (event for event in candidates if sentence.index - event.sentence <= 3), None)
    if found is None and lemmas & ANY_ACTS:
        # a decision told by no event: the subject of the sentence before ("Rumuński sąd konstytucyjny
        # unieważnił wynik wyborów. Rosja nazwała decyzję ingerencją")
        subject = context.subjects.get(sentence.index - 1)
        actor = subject.actor() if subject is not None else None
        # (a court is a body of its own: "Rumuński sąd konstytucyjny unieważnił wynik wyborów")
        actor = actor if actor is None or not subject.is_group or _court(actor) else None
        return actor if actor is not None and (source is None or actor.code[:3] != source.code[:3]) else None
    return found.source if found is not None else None


_CHARGES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "PROTEST", "AGREE"})  # (an offer: "odrzucił ten pomysł")
# what a rejection may answer: "odrzucił te zarzuty", "Oskarżenia odrzucił rzecznik", "odrzucił żądania"
_CHARGE_NOUNS = frozenset({"zarzut", "oskarżenie", "żądanie", "postulat", "ultimatum", "roszczenie", "insynuacja",
                           "pretensja", "apel", "wezwanie", "opinia", "krytyka", "ocena", "pomysł", "propozycja",
                           "oferta"})


def _claimant(context: DocumentContext, sentence: Sentence, phrases: list[Phrase], first: int,
              denier: EventActor) -> EventActor | None:
    """Who made the claim or demand a "czemu"/"czego" clause starting at ``first`` answers: the report source
    ("Według …") of the sentence, else the source of its latest act before the clause by another (a state's
    prosecutors charge its citizen)."""
    reporter = next((p for p in phrases if p.preposition in {"według", "wg"} and p.last < first), None)
    if reporter is not None and reporter.link.actor_id != denier.actor_id:
        return reporter.actor()
    start = sentence.tokens[first].start
    return next((event.source for event in reversed(context.events) if event.sentence == sentence.index
                 and event.trigger_start < start and event.source is not None
                 and event.source.actor_id != denier.actor_id), None)


def _accuser(context: DocumentContext, sentence: Sentence, denier: EventActor) -> EventActor | None:
    """Who made the charge a denial answers: the source of the latest accusation, demand, threat, protest or
    offer in this or the three sentences before whose target is the denier, its state, or the state the
    denier speaks for (the same country code); else, between states, of the latest charge by another state."""
    recent = [event for event in reversed(context.events) if sentence.index - event.sentence <= 3
              and event.type in _CHARGES and event.source is not None
              and event.source.actor_id != denier.actor_id
              and not (denier.code[:3] and event.source.code[:3] == denier.code[:3])]  # not his own side
    aimed = next((event for event in recent if event.target is not None and (
        event.target.actor_id == denier.actor_id or event.target.code[:3] == denier.code[:3] != ""
        or any(actor.actor_id == denier.actor_id for actor in event.participants))), None)
    # else the latest charge by another side ("rosyjskie MSZ ostrzegło … Kosiniak-Kamysz odrzucił te zarzuty")
    found = aimed or next((event for event in recent if denier.code[:3] and event.source.code[:3]
                           and (event.type != "AGREE" or event.target is None)), None)
    return found.source if found is not None else None


def _unnamed_object(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase]) -> int | None:
    """The position of a verb trigger's object right after it (or after a time phrase, "do", "wobec") when it is
    people no actor names: a plural person noun in the accusative, dative or genitive (a person's accusative
    plural is its genitive), or a singular one in the accusative, not inside an actor phrase ("wezwał
    sojuszników do …", "zaapelował do partnerów", "odwołał w środę dowódcę jednej z brygad"); else None."""
    index = _object_index(tokens, match, phrases)
    return index if index is not None and _person_object(tokens[index], {"acc"}) else None


def _hosts_object(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase]) -> int | None:
    """The position of "gospodarz" as a verb trigger's object, as ``_unnamed_object`` finds it, also in the
    dative singular ("podziękował gospodarzowi", "zaapelował do gospodarzy"); else None."""
    index = _object_index(tokens, match, phrases)
    return index if index is not None and tokens[index].lemma == "gospodarz" \
        and _person_object(tokens[index], {"acc", "dat"}) else None


def _person_object(token: Token, singular: set[str]) -> bool:
    """Is the word a person noun in the accusative, dative or genitive plural, or a singular in ``singular``?"""
    return any(found.pos == "subst" and "m1" in found.gender and (
        "pl" in found.number and found.case & {"acc", "dat", "gen"} or "sg" in found.number and found.case & singular)
               for found in (features(reading.tag) for reading in readings(token)))


def _object_index(tokens: tuple[Token, ...], match: Match, phrases: list[Phrase]) -> int | None:
    """The position of a verb trigger's object right after it (over particles and adverbs, a time phrase,
    "do", "wobec"), unless an actor phrase covers it."""
    index = match.last + 1
    while index < len(tokens) and pos(tokens[index]) in {"qub", "part", "adv"}:
        index += 1  # "zaapelował też do partnerów"
    if index + 1 < len(tokens) and pos(tokens[index]) == "prep" and time_noun(tokens[index + 1]):
        index += 2  # "odwołał w środę dowódcę jednej z brygad"
    if index < len(tokens) and tokens[index].orth.lower() in {"do", "wobec"}:
        index += 1
    if index >= len(tokens) or any(p.first <= index <= p.last and not p.is_group for p in phrases):
        return None
    return index


# acts whose target a sentence may leave to the ones before: promises, support, help, threats, judgements, requests
_CONTINUED = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "THREATEN", "ACCUSE", "REJECT", "SANCTION", "REQUEST"})


def _repeated_target(context: DocumentContext, sentence: Sentence, source: EventActor, event_type: str,
                     mode: str, trigger: str) -> EventActor | None:
    """The target of the same act (type, mode and trigger word) the same source did earlier in the story,
    within twelve sentences: "Litwa zamknęła granicę z Białorusią … W październiku Litwa zamknęła granicę"."""
    for event in reversed(context.events):
        if sentence.index - event.sentence > 12:
            return None
        if event.type == event_type and event.mode == mode and event.trigger[:5].lower() == trigger[:5].lower() \
                and event.source is not None \
                and event.source.actor_id == source.actor_id and event.target is not None:
            return event.target
    return None


def _in_relative(sentence: Sentence, event: Event) -> bool:
    """Is the event's trigger in a relative clause ("które popierają Moskwę")?"""
    tokens = sentence.tokens
    index = next((i for i, token in enumerate(tokens) if token.start == event.trigger_start), None)
    if index is None:
        return False
    first = clause_range(tokens, index)[0]
    return first > 0 and tokens[first - 1].lemma == "który"


def _continued_target(context: DocumentContext, sentence: Sentence, source: EventActor) -> EventActor | None:
    """The target an act with none in its clause continues from the latest event of this sentence or the two
    before that the source (or its state, by the actor code) took part in: the other party of it ("Iran
    ostrzegł Izrael … Teheran zagroził, że odpowie": Israel; "Zełenski spotkał się z Trumpem. Trump obiecał
    dostawy": Zelensky; "USA nałożyły sanckje na Rosnieft. Zacharowa zagroziła odwetem": the USA)."""
    def own(actor: EventActor) -> bool:
        return actor.actor_id == source.actor_id or actor.code[:3] == source.code[:3] != ""

    for event in reversed(context.events):
        if sentence.index - event.sentence > 2:
            return None
        if event.source is None or event.target is None or own(event.source) == own(event.target) \
                or event.sentence == sentence.index and (own(event.target) or _in_relative(sentence, event)):
            continue  # (not a reaction to an act told in the same sentence: "skrytykował Hiszpanię, która odmówiła";
            # nor what a relative clause says of the source: "Chiny, które popierają Moskwę, odmówiły udziału")
        other = event.target if own(event.source) else event.source
        if other.actor_id.startswith("NIL:group:") and not (_court(other) and _state_actor(source)):
            continue  # (an unnamed group is no party a later act goes on with: "dwóch dziennikarzy" arrested
            # by the state are not whom its president calls on; a court is, for a state or an international body,
            # which judges its state)
        return other
    return None


_SHOOTING_DOWN = frozenset({"zestrzelić", "zestrzeliwać", "przechwycić", "przechwytywać"})


def _enemy(context: DocumentContext, sentence: Sentence, source: EventActor) -> EventActor | None:
    """The state on the other side of the latest attack or seizure of the twelve sentences before (a news
    story's length) between the source's state and another state, either way round."""
    own = source.code[:3]
    if own not in bundled_countries():
        return None
    for event in reversed(context.events):
        if sentence.index - event.sentence > 12:
            return None
        if event.source is None or event.target is None \
                or event.type != "ASSAULT" and (event.type, event.mode) != ("COERCE", "seize"):
            continue
        sides = (event.source.code[:3], event.target.code[:3])
        other = event.target if sides[0] == own else event.source if sides[1] == own else None
        iso = other.code[:3] if other is not None else ""
        if other is not None and iso != own and iso in bundled_countries():
            return EventActor(bundled_countries()[iso], iso, other.text, other.start, other.end)
    return None


def _demonstrative_object(tokens: tuple[Token, ...], match: Match) -> bool:
    """Does a demonstrative and its noun follow the trigger, after at most a preposition ("tę decyzję", "wobec
    tych planów")?"""
    index = match.last + 1
    if index < len(tokens) and (pos(tokens[index]) == "prep" or tokens[index].orth.lower() in AGAINST):
        index += 1  # ("wobec", read as an adverb)
    return index + 1 < len(tokens) and "ten" in word_lemmas(tokens[index]) and pos(tokens[index]) in {"adj", "subst"} \
        and pos(tokens[index + 1]) in {"subst", "ger"}  # (by any reading: "tym doniesieniom", tagged as "to")


_REACTING = frozenset({"zareagować", "reagować", "odpowiedzieć", "odpowiadać"})


def _reaction(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is the event noun what a verb of reacting reacts with, right before it ("Moskwa zareagowała ostrą
    krytyką", "Łukaszenka odpowiedział groźbami"), or a protest lodged ("Tokio złożyło stanowczy protest")? It
    answers the act told before, as a verb would."""
    index = match.first - 1
    while index >= 0 and pos(tokens[index]) in {"adj", "adv"}:
        index -= 1
    return index >= 0 and ("inst" in values(tokens[match.anchor], 2)
                           and any(reading.lemma in _REACTING for reading in readings(tokens[index]))
                           or tokens[index].lemma in _LODGING and pos(tokens[index]) in {"fin", "praet"}
                           and match.trigger.type in {"ACCUSE", "PROTEST"})  # "Tokio złożyło stanowczy protest"


_LODGING = frozenset({"złożyć", "składać", "wystosować", "wnieść", "zgłosić"})


# what a side's forces do that its own bodies report (not an attack, which the attacked report: "Według
# ukraińskich sił powietrznych wystrzelono 32 rakiety")
_CLAIMED_GAINS = frozenset({"zestrzelić", "zestrzeliwać", "zająć", "zajmować", "wyzwolić", "zdobyć"})
# arrests a body informs of are its own state's ("Władze Tadżykistanu poinformowały o zatrzymaniu 15 osób"); not
# those it reports of another ("Według tadżyckiego MSZ w Rosji zatrzymano …", "donosi, że policja zatrzymała")
_INFORMED_ARRESTS = frozenset({"zatrzymać", "zatrzymanie", "aresztować", "aresztowanie"})


def _claimed(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is the act one a state's body reports of its own side: a gain, or an arrest it informs "o"?"""
    words = match.trigger.words
    return words[0] in _CLAIMED_GAINS or words[0] in _INFORMED_ARRESTS and not match.verbal \
        and match.first > 0 and tokens[match.first - 1].orth.lower() == "o"


def _reporting_state(tokens: tuple[Token, ...], phrases: list[Phrase], match: Match) -> EventActor | None:
    """The state of the body that reports an act with no actor of its own: the report source ("Według
    rosyjskiego ministerstwa obrony") or the nominative subject of a verb of speech before the trigger
    ("Rosyjskie ministerstwo obrony poinformowało o …"; not "Azerbejdżan zażądał od Rosji przeprosin za
    zestrzelenie samolotu"), if it has a country's code."""
    reporter = next((p for p in phrases if p.link.code[:3] in bundled_countries() and (
        p.preposition in {"według", "wg"} or not p.preposition and "nom" in p.cases and p.last < match.first
        and any(token.lemma in speech_verbs() for token in tokens[p.last + 1:match.first]))), None)
    return _link_state(reporter.link) if reporter is not None else None


def _repelled(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is the event noun the object of repelling, right before it ("w odparciu ataku", "odpieranie szturmu")?"""
    index = match.first - 1
    while index >= 0 and pos(tokens[index]) == "adj":
        index -= 1
    return index >= 0 and any(reading.lemma in _REPELLING for reading in readings(tokens[index]))


_REPELLING = frozenset({"odeprzeć", "odpierać", "odparcie", "odpieranie"})


def _told_beside(context: DocumentContext, event: Event, lemmas: frozenset[str]) -> bool:
    """Does the word (any of its ``lemmas``) stand in an earlier event's sentence, so that the event tells what it
    names ("podpisali deklarację oraz porozumienie" for "przyjęła porozumienie")?"""
    return any(word_lemmas(token) & lemmas for token in context.analysis.sentences[event.sentence].tokens)


def _trigger_lemmas(context: DocumentContext, event: Event) -> frozenset[str]:
    """The lemmas of an earlier event's trigger words (all their readings')."""
    tokens = context.analysis.sentences[event.sentence].tokens
    return frozenset().union(*(word_lemmas(token) for token in tokens
                               if event.trigger_start <= token.start < event.trigger_end))


_NEXT = frozenset({"kolejny", "następny"})


def _next_in_series(context: DocumentContext, sentence: Sentence) -> tuple[EventActor | None, EventActor | None]:
    """The actors of the latest meeting an intergovernmental body held or took part in, of the twelve sentences
    before: the next one is of the same body (none when no such body met: not the persons of a talk on its
    margins)."""
    event = next((event for event in reversed(context.events) if sentence.index - event.sentence <= 12
                  and event.type == "CONSULT" and event.source is not None and event.source.code.startswith("IGO")),
                 None)
    return (event.source, event.target) if event is not None else (None, None)


def _previous_partners(context: DocumentContext, sentence: Sentence) -> tuple[EventActor | None, EventActor | None]:
    """A cooperative event noun with no actor in its sentence ("Trwają rozmowy dotyczące uproszczenia zasad
    wizowych" after "Kazachstan zacieśnia relacje z Unią Europejską") continues the dyad of the sentence
    before: the source and target of its last cooperative event between two states or international
    organizations."""
    event = next((e for e in reversed(context.events) if e.sentence == sentence.index - 1
                  and e.type in COOPERATIVE | {"AGREE"} and _state(e.source) and _state(e.target)), None)
    return (event.source, event.target) if event is not None else (None, None)


@cache
def _country_ids() -> frozenset[str]:
    """The knowledge-base ids of the bundled countries."""
    return frozenset(bundled_countries().values())


def _state(actor: EventActor | None) -> bool:
    """Is the actor a state or an international organization?"""
    return actor is not None and (actor.actor_id in _country_ids() or actor.code.startswith("IGO"))


def _focus_partner(context: DocumentContext, target: EventActor) -> EventActor | None:
    """The other side of a joint act whose text names only the partner state or international organization
    ("Podpisanie porozumienia obronnego z Wielką Brytanią", "wspólne ćwiczenia z państwami NATO"): the
    country that has so far been the source of most of the document's cooperative events (more than any
    other), unless the partner is that country or one of its own."""
    sources = Counter(event.source.actor_id for event in context.events if event.type in COOPERATIVE | {"AGREE"}
                      and event.source is not None and event.source.actor_id in _country_ids())
    counts = sources.most_common(2)
    if not counts or len(counts) == 2 and counts[1][1] == counts[0][1]:
        return None
    leader = next(event.source for event in context.events if event.source and event.source.actor_id == counts[0][0])
    if leader.actor_id == target.actor_id or target.code[:3] == leader.code[:3]:
        return None
    return leader


_DELEGATES = frozenset({"delegacja", "delegat", "wysłannik", "emisariusz"})


def _delegation(tokens: tuple[Token, ...], match: Match, in_clause: list[Phrase]) -> Phrase | None:
    """The sender of a delegation received right after the verb ("przyjął delegację z Afganistanu"), or after
    the place of the reception ("przyjął w Taszkencie delegację z Afganistanu"), if any."""
    index = match.last + 1
    place = next((p for p in in_clause if p.first == index + 1 and p.is_place and tokens[index].orth.lower() in {
        "w", "we"}), None)
    if place is not None:
        index = place.last + 1
    while index < len(tokens) and pos(tokens[index]) == "adj":
        index += 1
    if index >= len(tokens) or tokens[index].lemma.lower() not in _DELEGATES:
        return None
    # its genitive or "z" phrase, or a phrase the delegation's noun heads ("delegację talibów")
    return next((p for p in in_clause if p.first in {index, index + 1, index + 2} and p.preposition in {"z", "ze", ""}
                 and ("gen" in p.cases or p.first == index)), None)


def _visitor(context: DocumentContext, sentence: Sentence, pronoun: Phrase, host: Phrase | None) -> Phrase:
    """Whom a pronoun received as a guest stands for: the person who was the source of the latest event of
    this sentence or the one before (the visitor whose trip is being told: "We wtorek w Berlinie spotkał się
    z prezydentem Steinmeierem oraz kanclerzem Merzem, a w środę przyjął go Emmanuel Macron" → the one who
    met them, not Merz, the last man named), else the pronoun's own antecedent."""
    for event in reversed(context.events):
        if event.sentence < sentence.index - 1:
            break
        actor = event.source
        if actor is None or host is not None and actor.actor_id == host.link.actor_id:
            continue
        link = next((link for index in (sentence.index, sentence.index - 1) for link in context.links.get(index, ())
                     if link.actor_id == actor.actor_id and link.actor_type == PERSON), None)
        if link is not None:
            return replace(pronoun, link=link)
    return pronoun


def _received_guest(tokens: tuple[Token, ...], match: Match, guest: Phrase | None, phrases: list[Phrase],
                    host: Phrase | None) -> bool:
    """Whether a receiving verb ("przyjął w Astanie premiera Węgier") has a person in the accusative for its
    object, with nothing between but other phrases, prepositional phrases and adverbs; a pronoun only between
    two persons the knowledge base knows ("przyjął go Emmanuel Macron" after Nawrocki's visit), its antecedent
    being too uncertain otherwise ("przyjmie go jako ucznia")."""
    titled = _titled_chain(tokens, match, guest)
    if titled is not None:
        return _only_adjuncts_between(tokens, match, titled, phrases)
    if guest is None or guest.preposition or "acc" not in guest.cases or guest.first <= match.last \
            or guest.link.actor_type != PERSON and not (guest.link.kind is LinkKind.ADJECTIVE
                                                        and guest.last + 1 < len(tokens)
                                                        and tokens[guest.last + 1].lemma.lower()
                                                        in word_set("event_title_nouns.txt")):
        return False  # (an official of a country is the country: "przyjął amerykańskiego wysłannika", not
        # "przyjął ukraińskich pacjentów")
    if pos(tokens[guest.first]) in {"ppron3", "ppron12"} and not (
            host is not None and host.link.actor_type == PERSON and not host.link.actor_id.startswith("NIL:")
            and not guest.link.actor_id.startswith("NIL:")):
        return False
    return _only_adjuncts_between(tokens, match, guest.first, phrases)


def _titled_chain(tokens: tuple[Token, ...], match: Match, guest: Phrase | None) -> int | None:
    """The position of an official's title in the accusative whose genitives end in the guest's country
    ("przyjął w Baku szefa sztabu generalnego armii pakistańskiej"), if the guest is so named."""
    if guest is None or guest.preposition or guest.link.actor_type != "country" or guest.first <= match.last:
        return None
    titles = word_set("event_title_nouns.txt")
    if tokens[guest.first].lemma.lower() in titles and "acc" in token_cases(tokens[guest.first]):
        return guest.first  # the title opens the phrase: "szefa sztabu generalnego armii Pakistanu"
    index = guest.first - 1
    while index > match.last and pos(tokens[index]) in {"subst", "adj"} and "gen" in token_cases(tokens[index]) \
            and tokens[index].lemma.lower() not in titles:
        index -= 1
    found = index > match.last and tokens[index].lemma.lower() in titles and "acc" in token_cases(tokens[index])
    return index if found and index < guest.first - 1 else None


def _only_adjuncts_between(tokens: tuple[Token, ...], match: Match, end: int, phrases: list[Phrase]) -> bool:
    """Whether only phrases, prepositional phrases, adverbs and time words stand between a verb and ``end``."""
    covered = {i for phrase in phrases for i in range(phrase.first, phrase.last + 1)}
    after_preposition = False
    for i in range(match.last + 1, end):
        kind = pos(tokens[i])
        if i in covered or kind in {"adj", "adv", "qub"} or tokens[i].orth.lower() in word_set("date_deictic.tsv"):
            # ("wczoraj" is tagged as a noun at times)
            continue
        if kind == "prep":
            after_preposition = True
        elif kind in {"subst", "ger", "depr"} and not after_preposition or kind in {"interp", "conj", "comp"}:
            return False
        else:
            after_preposition = False
    return True


_FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})
# police, security services, the army and officers a text does not name: the forces of a state
_FORCE_SECTORS = frozenset({"COP", "SPY", "MIL"})


def _state_body(actor: EventActor | None) -> bool:
    """Is the actor an unnamed body of a state ("sąd", "rząd", "prokuratura", "policja")?"""
    return actor is not None and actor.actor_id.startswith("NIL:group:") and (
        actor.code in _STATE_SECTORS | _FORCE_SECTORS or _court(actor))  # (also "rumuński sąd": ROUJUD)


def _court(actor: EventActor) -> bool:
    """Is the actor a court or prosecutors (code JUD, with the country's before it where an adjective named it:
    "białoruski sąd" is BLRJUD)?"""
    return actor.code.endswith("JUD")


def _state_force(actor: EventActor | None) -> bool:
    """Is the actor an unnamed group of a state's forces ("policja", "służby", "funkcjonariusze")?"""
    return actor is not None and actor.actor_id.startswith("NIL:group:") and (
        actor.code in _FORCE_SECTORS or actor.actor_id.removeprefix("NIL:group:") in FORCE_NOUNS)


def _state_where(context: DocumentContext, sentence: Sentence, location: Phrase | None,
                 actor: EventActor | None) -> EventActor | None:
    """The state of the place where an act of force happens: the country of the sentence's location
    ("w Petersburgu", "w Rosji"), else the one country the whole document names most (``_main_state``,
    counted once: a later sentence may name the country of the city told first, "w Tbilisi" … "Gruzja")."""
    span = (actor.start, actor.end) if actor is not None else (sentence.start, sentence.start)
    if location is not None:
        link = location.link
        iso = link.code[:3]
        if link.actor_type == "country":
            return EventActor(link.actor_id, iso, link.text, link.start, link.end)
        state = _link_state(link) if link.actor_type in {"city", "region"} else None
        if state is not None:
            return state
    if context.main_state is None:
        return None
    country, iso = context.main_state
    return EventActor(country, iso, actor.text if actor is not None else "", *span)


def _main_state(links: Sequence[EntityLink]) -> tuple[str, str] | None:
    """The one country a document names most (its id and ISO code), with its cities, regions, and the people
    and institutions of the knowledge base that belong to it: more often than any other, and at least twice;
    None when there is no such country."""
    countries = bundled_countries()
    # a city or region counts for its country ("przed parlamentem w Tbilisi" is in Georgia), and so does a
    # person or body of the knowledge base ("premier Irakli Kobachidze")
    counts = Counter((link.actor_id if link.actor_type == "country" else countries[link.code[:3]], link.code[:3])
                     for link in links
                     if link.actor_type == "country" or link.code[:3] in countries and not link.actor_id.startswith(
                         "NIL:") and link.actor_type in {"city", "region", "person", "organization"})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) == 2 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _host_country(location: Phrase, source: EventActor | None) -> EventActor | None:
    """A visit to a city is a visit to its country: "z wizytą do Paryża" → France (the city's or region's
    actor code starts with its country's ISO code), and so is an attack on a facility ("zaatakowały terminal CPC
    w Noworosyjsku"); a country is its own host; none when the visitor is from that country."""
    link = location.link
    if link.actor_type not in {"city", "region", "facility", "country"} \
            or source is not None and source.code[:3] == link.code[:3]:
        return None
    return location.actor() if link.actor_type == "country" else _link_state(link)


def _link_state(link: EntityLink) -> EventActor | None:
    """The state a link's actor code starts with (its CAMEO country code), over the link's span: "w Kijowie",
    "rosyjskiego ministerstwa obrony" → Ukraine, Russia."""
    iso = link.code[:3]
    country = bundled_countries().get(iso)
    return EventActor(country, iso, link.text, link.start, link.end) if country is not None else None


_MEETINGS = frozenset({"spotkanie", "rozmowa", "rozmowy", "negocjacje", "konsultacje", "narada"})
_TRIPS = frozenset({"wizyta", "podróż"})


def _met_there(tokens: tuple[Token, ...], partner: Phrase) -> bool:
    """Is the phrase whom a trip goes to meet: "z" after a meeting noun ("na spotkanie z Władimirem Putinem",
    "na rozmowy z Xi Jinpingiem")?"""
    index = partner.first - 1
    return partner.preposition in {"z", "ze"} and index >= 1 and tokens[index - 1].lemma in _MEETINGS


def _lasting(tokens: tuple[Token, ...], match: Match) -> bool:
    """Is an event noun the subject of a verb of duration right after it and its genitive ("Wizyta Ławrowa
    potrwa do niedzieli"): the event under way, not a new one announced?"""
    return any(token.lemma in {"potrwać", "trwać"} for token in tokens[match.last + 1:match.last + 5])


def _earlier_mention(context: DocumentContext, event_type: str, source: EventActor | None,
                    target: EventActor | None, lemma: str, since: int = 0,
                    mode: str = "", prefer: str = "") -> tuple[EventActor | None, EventActor | None]:
    """A noun naming a meeting told before ("spotkanie", "szczyt", "wizyta" after "Putin spotkał się z
    Tokajewem") takes the actors it lacks from the latest earlier event of its type that has both, when
    the actor it has is one of them; a noun with no actor at all only from a report of the same word family
    ("Przed spotkaniem" after "spotkał się", not "Trwają rozmowy" after "spotkań") or, given its ``mode``, of
    the same type and mode ("Wyrok" after "skazał": SANCTION convict). With an actor known, one of the mode
    ``prefer`` comes first ("Wizyta Ławrowa" is his trip to Korea, not his talk there with Choe Son Hui)."""
    known = {actor.actor_id for actor in (source, target) if actor is not None}
    found = []
    for event in reversed(context.events):
        if event.sentence < since:
            break
        if event.type != event_type or event.source is None or event.target is None:
            continue
        if not known and event.trigger[:4].lower() != lemma[:4].lower() and not (mode and event.mode == mode):
            continue
        if known <= {event.source.actor_id, event.target.actor_id}:
            found.append(event)
    event = next((event for event in found if known and prefer and event.mode == prefer), found[0] if found else None)
    return (event.source, event.target) if event is not None else (source, target)
