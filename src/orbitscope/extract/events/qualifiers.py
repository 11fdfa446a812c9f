"""What qualifies an event: its flags (negated, hypothetical, future, reported, intent), its PLOVER mode
from cue words, and its date."""

from __future__ import annotations

from orbitscope.extract.events.context import DocumentContext
from orbitscope.extract.events.lexicon import EventLexicon, Match
from orbitscope.extract.events.phrases import token_cases
from orbitscope.extract.grammar import pos, readings, values, word_lemmas
from orbitscope.model import DateSource, EventActor, Granularity, Sentence, Token

_VOLITION = frozenset({"zamierzać", "chcieć", "planować", "zamyślać"})
_RULING_OUT = frozenset({"wykluczać", "wykluczyć"})


def event_flags(context: DocumentContext, sentence: Sentence, match: Match,
                clause_first: int) -> tuple[dict[str, bool], set[str | None]]:
    """negation / hypothetical / intent / future / reported for the trigger, from the words before it in
    its clause, the clause's verb forms, future time expressions and the claims it stands in; and the
    speakers of those claims (a speaker's own act is not reported: the caller checks the source)."""
    tokens = sentence.tokens
    modality = context.lexicon.modality
    flags: dict[str, bool] = {}
    anchor = match.anchor
    start = max(clause_first, match.first - 5)
    if match.verbal and pos(tokens[anchor]) in {"praet", "fin"}:
        # a finite verb coordinated after another keeps none of that one's modality: "zapowiedziała wysłanie
        # misji i przekazała Mołdawii 1,9 mld euro" is no announced transfer
        start = max([start] + [i + 1 for i in range(start, match.first) if tokens[i].orth.lower() in {"i", "oraz", "a"}
                               and pos(tokens[i - 1]) != "conj" and i > 0])
    for index in range(start, match.first):
        lemma = tokens[index].lemma.lower()
        use = modality.get(lemma) or modality.get(tokens[index].orth.lower())
        if use == "negation" and lemma == "nie" and not (
                index == match.first - 1 or index == match.first - 2 and (
                    tokens[index + 1].orth.lower() == "się" or pos(tokens[index + 1]) == "bedzie")):
            continue  # "nie" negates the trigger only right before it ("nie podpisał", "się nie spotkał",
            # "nie będzie pomagał"), not a verb governing it ("nie kryją oburzenia")
        if use and any(link.start <= tokens[index].start < link.end for link in context.links.get(sentence.index, ())):
            continue  # a word of a name: "Reporterzy bez Granic potępili zatrzymania"
        if use == "hypothetical" and lemma == "okazja" and index > 0 and tokens[index - 1].orth.lower() == "z":
            continue  # "z okazji szczytu": on the occasion of a summit that takes place
        if use == "hypothetical" and lemma == "mieć" and not any(pos(token) == "inf" for token in tokens[index + 1:index + 4]):
            continue  # "gdzie siedzibę ma trybunał": to have, not "ma odwiedzić"
        if use and use != "hearsay":
            flags[use] = True
        if lemma in _VOLITION and index > 0 and tokens[index - 1].orth.lower() == "nie":
            flags["refusal"] = True  # "nie zamierza wycofać wojsk", "nie chce podpisać": a refusal
        if lemma in _RULING_OUT and index > 0 and tokens[index - 1].orth.lower() == "nie":
            flags["not_ruled_out"] = True  # "nie wyklucza zawieszenia ruchu bezwizowego": a threat
    if any(tokens[i].orth.lower() == "by" or pos(tokens[i]) == "aglt" and tokens[i].orth == "by"
           for i in range(clause_first, match.first)):
        flags["hypothetical"] = True
    if tokens[-1].orth == "?":
        flags["hypothetical"] = True
    verb = tokens[anchor]
    if match.verbal and _future_form(verb):
        flags["future"] = True
    if match.verbal and anchor > 0 and tokens[anchor - 1].lemma == "zostać" and _future_form(tokens[anchor - 1]):
        flags["future"] = True  # a perfective passive: "zostaną rozmieszczone rakiety"
    if any(pos(tokens[i]) == "bedzie" for i in range(clause_first, match.first)):
        flags["future"] = True
    if not match.verbal:
        _noun_predicate(tokens, match, flags)
        _taking_part(tokens, match, clause_first, flags)
        _denied_report(tokens, match, clause_first, flags)
    # "pojawiły się spekulacje, że …", "informację, jakoby …": a hearsay word before the clause
    introducer = tokens[clause_first - 1].orth.lower() if clause_first > 0 else ""
    if resolve_before(context.lexicon, tokens, clause_first):
        flags["intent"] = True  # "zdeterminowany, by budować silniejsze więzi": the purpose of a resolve
    if modality.get(introducer) == "hypothetical":
        flags["hypothetical"] = True  # "Jeśli Iran zaatakuje Izrael, …": the conditional opens the clause
    if introducer == "jakoby" or introducer in {"że", "iż"} and any(
            modality.get(token.lemma.lower()) in {"reported", "hearsay"}
            for token in tokens[max(0, clause_first - 5):clause_first]):
        flags["reported"] = True
    start = tokens[match.first].start
    for expression in context.times.get(sentence.index, []):
        if expression.relation == "future" and abs(expression.start - start) < 80:
            flags["future"] = True
    covering = [claim for claim in context.analysis.claims if claim.sentence <= sentence.index
                and claim.start <= start < claim.end]
    if covering:
        flags["reported"] = True  # (a quotation too: "… wydała Rosjanom szczątki – poinformował Sztab")
    # the speakers who may tell their own act ("Miller powiedział, że wyraził …"); not a source "według" names:
    # "Według kirgiskich mediów Biszkek może zażądać" is hearsay, whatever country both are linked to
    speakers = {claim.speaker_id for claim in covering if claim.kind.value != "according_to"}
    return flags, speakers


def resolve_before(lexicon: EventLexicon, tokens: tuple[Token, ...], clause_first: int) -> bool:
    """Does the clause open with "by"/"aby"/"żeby" after a comma and a word of resolve ("zdeterminowany, by
    budować", "gotowa, aby rozmawiać")? Its event is an intention, and an infinitive there has the resolved
    one's subject."""
    return clause_first > 1 and tokens[clause_first - 1].orth.lower() in {"by", "aby", "żeby", "ażeby"} \
        and tokens[clause_first - 2].orth == "," and any(
            lexicon.modality.get(reading.lemma.lower()) == "intent"  # any reading: "zdeterminowana" (ppas or adj)
            for token in tokens[max(0, clause_first - 5):clause_first - 2] for reading in readings(token))


def _future_form(verb: Token) -> bool:
    """A verb form that speaks of the future: the perfective present ("podpisze") or "będzie"; not a verb of
    both aspects ("eksportuje", "finansuje"), whose present is mostly the present."""
    return pos(verb) == "bedzie" or pos(verb) == "fin" and values(verb, 3) == {"perf"}


_NEAR = 25  # characters between an event noun and a time expression that dates it


def _after_preposition(tokens: tuple[Token, ...], match: Match) -> bool:
    before = match.first - 1
    while before >= 0 and pos(tokens[before]) in {"adj", "num"}:
        before -= 1
    return before >= 0 and pos(tokens[before]) == "prep"


def _noun_predicate(tokens: tuple[Token, ...], match: Match, flags: dict[str, bool]) -> None:
    """An event noun whose own verb follows it: "zniesienie wiz nie nastąpi" (negated, future). Only a noun
    that can be the subject: not inside a prepositional phrase ("po rozmowach …")."""
    if _after_preposition(tokens, match):
        return
    for index in range(match.last + 1, min(len(tokens), match.last + 9)):  # over its complements
        token = tokens[index]
        if token.orth in {",", ";", ":", "–", "—"} or pos(token) in {"conj", "comp"} and token.orth.lower() != "nie":
            return
        if pos(token) in {"fin", "praet", "bedzie"}:
            if index > 0 and tokens[index - 1].orth.lower() == "nie" and token.lemma in _OCCURRING:
                flags["negation"] = True  # (not "manewry nie stanowią zagrożenia": they take place)
            if _future_form(token):
                flags["future"] = True
            return


_OCCURRING = frozenset({"nastąpić", "następować", "dojść", "dochodzić", "odbyć", "odbywać", "mieć", "zostać",
                        "być", "rozpocząć", "rozpoczynać", "zacząć", "zaczynać", "przynieść", "przynosić",
                        "objąć", "obejmować", "wejść", "wchodzić"})  # verbs by which an event noun happens
_REFUSING = frozenset({"odmówić", "odmawiać"})
_TAKING_PART = frozenset({"przyłączyć", "przyłączać", "dołączyć", "dołączać", "przystąpić", "przystępować",
                          "uczestniczyć", "wziąć", "brać", "podjąć", "podejmować", "rozpocząć", "rozpoczynać",
                          "kontynuować", "wznowić"})


def _taking_part(tokens: tuple[Token, ...], match: Match, clause_first: int, flags: dict[str, bool]) -> None:
    """An event noun joined, entered or taken up by a verb before it takes that verb's negation and tense:
    "nie przyłączy się do sankcji" (negated, future), "nie uczestniczyła w rozmowach", "nie weźmie udziału w
    szczycie"; one refused is negated ("odmówiła zobowiązania się do nowego celu")."""
    index = match.first - 1
    while index >= clause_first and (pos(tokens[index]) in {"adj", "num", "prep", "qub", "part"}
                                     or tokens[index].orth.lower() in {"się", "udziału", "udział"}):
        index -= 1
    if index < clause_first or tokens[index].lemma not in _TAKING_PART | _REFUSING \
            or pos(tokens[index]) not in {"fin", "praet"}:
        return
    verb = tokens[index]
    before = index - 1 - (index > 0 and tokens[index - 1].orth.lower() == "się")
    negated = before >= 0 and tokens[before].orth.lower() == "nie"
    # "odmówiła zobowiązania się": what is refused does not happen (a summit one refuses to attend does)
    refused = verb.lemma in _REFUSING and index == match.first - 1
    if verb.lemma in _REFUSING and not refused:
        return
    if negated != refused:
        flags["negation"] = True
    if _future_form(verb):
        flags["future"] = True


_REPORTS = frozenset({"doniesienie", "pogłoska", "plotka", "informacja", "spekulacja"})
DENYING = frozenset({"zaprzeczyć", "zaprzeczać", "zdementować", "dementować"})  # verbs of denial


def _denied_report(tokens: tuple[Token, ...], match: Match, clause_first: int, flags: dict[str, bool]) -> None:
    """An event noun a denied report is about did not happen as far as the denier says: "Kreml zdementował
    doniesienia o rozmowach z Kijowem" (negated)."""
    index = match.first - 1
    while index >= clause_first and pos(tokens[index]) in {"adj", "num"}:
        index -= 1
    if index < clause_first + 2 or tokens[index].orth.lower() != "o" \
            or not word_lemmas(tokens[index - 1]) & _REPORTS:
        return  # (any reading: "doniesieniom" is tagged as the gerund of "donieść")
    if any(token.lemma in DENYING for token in tokens[clause_first:index - 1]):
        flags["negation"] = True


def threatening_verb(lexicon: EventLexicon, tokens: tuple[Token, ...], match: Match, clause_first: int) -> int | None:
    """The verb that threatens with an event noun right after it, over its modifiers and a dative addressee of
    up to three words: "zagroził wstrzymaniem dostaw prądu", "zagroził Polsce atakiem nuklearnym" (the act is
    the threat's content, no event of its own: find_events)."""
    index = match.first - 1
    while index >= clause_first and pos(tokens[index]) in {"adj", "adv", "qub"}:
        index -= 1
    gap = 0
    # (a name's adjective too: "zagroziła Korei Południowej atakiem nuklearnym")
    while index >= clause_first and gap < 3 and pos(tokens[index]) in {"subst", "ign", "adj"} \
            and "dat" in token_cases(tokens[index]):
        index, gap = index - 1, gap + 1
    if index >= clause_first and pos(tokens[index]) in {"fin", "praet", "inf", "ger"} and any(
            trigger.type == "THREATEN" and len(trigger.words) == 1 for trigger in lexicon.triggers.get(tokens[index].lemma, ())):
        return index
    return None


def event_mode(lexicon: EventLexicon, event_type: str, mode: str, tokens: tuple[Token, ...], first: int, last: int) -> str:
    """The trigger's mode, set or refined by a cue word of event_modes.tsv in the clause."""
    if mode and event_type != "CONSULT":
        return mode
    for token in tokens[first:last + 1]:
        cue = lexicon.modes.get((event_type, token.lemma.lower()))
        if cue is None and "pl" in values(token, 1):
            cue = lexicon.modes.get((event_type, token.lemma.lower() + ":pl"))  # "przywódców": several leaders
        if cue and (not mode or cue in {"phone", "multilateral"}):
            return cue
    return mode


_PAST = frozenset({"praet", "imps"})


def event_date(context: DocumentContext, sentence: Sentence, match: Match, first: int, last: int, event_type: str,
          source: EventActor | None, target: EventActor | None) -> tuple[str | None, Granularity, str]:
    """(date, granularity, method): the clause's time expression nearest the trigger, else the same event
    earlier in the document, else the publication date (see the package docstring, rule 7)."""
    tokens = sentence.tokens
    start, end = tokens[first].start, tokens[last].end
    anchor = tokens[match.anchor].start
    candidates = [e for e in context.times.get(sentence.index, []) if e.value is not None]
    in_clause = [e for e in candidates if start <= e.start < end and e.relation != "until"]
    pool = in_clause or [e for e in candidates if e.relation == "" and e.granularity is not Granularity.UNKNOWN
                         and len(candidates) == 1]
    if not match.verbal and _after_preposition(tokens, match):
        # an event noun inside a phrase ("w związku z inwazją") is not dated by its clause's verb:
        # only an expression right next to it counts ("inwazja z 24 lutego")
        pool = [e for e in pool if abs(e.start - tokens[match.last].end) <= _NEAR or abs(anchor - e.end) <= _NEAR]
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
    told = next((event for event in reversed(context.events) if sentence.index - event.sentence <= 1), None)
    if match.verbal and pos(tokens[match.anchor]) in _PAST and told is not None and told.date_method == "sentence" \
            and told.date_granularity is Granularity.DAY and not told.future and not told.hypothetical:
        # a story goes on on the day just told: "W piątek delegacje rozmawiały … Obie delegacje uzgodniły …"
        return told.date, told.date_granularity, "document"
    document = context.analysis.document
    if document.published is None:
        return None, Granularity.UNKNOWN, "unknown"
    estimated = document.date_source is DateSource.ESTIMATED  # set by the extract stage with the estimate
    return document.published.isoformat(), Granularity.DAY, "estimated" if estimated else "publication"
