"""Putting matches together: no overlaps, coordinated and ranged expressions ("od … do …"), part-of phrases,
governing prepositions, and the TimeExpression records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from orbitscope.extract.dates.context import (
    CONNECTORS,
    WINDOW,
    FoundDate,
    SentenceContext,
    add_months,
    month_last,
    safe_date,
)
from orbitscope.extract.dates.lexicon import date_lexicon, date_patterns
from orbitscope.extract.dates.matchers import MATCHERS
from orbitscope.model import Analysis, DateResolution, Granularity, Sentence, TimeExpression


def _non_overlapping(found: list[FoundDate]) -> list[FoundDate]:
    """Keep the longest of overlapping findings (earliest first on ties), in text order."""
    kept: list[FoundDate] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= k.start or k.end <= item.start for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _gap_words(text: str, left: FoundDate, right: FoundDate) -> list[str] | None:
    """The words between two findings if only commas, spaces and connectors lie there, else None."""
    gap = text[left.end:right.start]
    if len(gap) > 12 or re.search(r"[^\w\s,]", gap):
        return None
    words = gap.replace(",", " ").lower().split()
    return words if all(word in CONNECTORS for word in words) else None


def _in_context(text: str, item: FoundDate, previous: FoundDate | None) -> bool:
    """Whether a bare month, weekday or year is a date here: after a preposition or part, or coordinated."""
    pats = date_patterns()
    before = text[max(0, item.start - WINDOW):item.start]
    if pats.left_preposition.search(before) or pats.left_part.search(before):
        return True
    if item.kind == "weekday":
        if re.search(r"(?<!\w)(?:cał[yaąe]|całego)\s+$", before, re.IGNORECASE):
            return True
        if text[item.start].isupper() and re.match(r",\s*\d", text[item.end:]):  # "Wtorek, 26 sierpnia"
            return True
    if item.kind == "years":
        return True  # "2019–2022" on its own, already checked against a following noun
    return previous is not None and previous.kind == item.kind and _gap_words(text, previous, item) is not None


def _combine(text: str, found: list[FoundDate], reference: date | None) -> list[FoundDate]:
    """Weekday + date, coordinated months sharing a year, and "od X do Y" periods."""
    result: list[FoundDate] = []
    for item in found:
        previous = result[-1] if result else None
        # "czwartek 25 listopada", "Sobota, 21 bm.": one expression, the weekday fixes a missing year
        if (previous is not None and previous.kind == "weekday" and item.kind == "day" and item.granularity
                is Granularity.DAY and re.fullmatch(r",?\s*\(?\s*", text[previous.end:item.start])):
            merged = replace(item, start=previous.start, kind="day")
            if not item.explicit_year and item.month and reference is not None:
                weekday = date_lexicon().weekdays[text[previous.start:previous.end].split()[-1].lower()]
                for year in (reference.year, reference.year - 1, reference.year + 1):
                    day = safe_date(year, item.month, item.day)
                    if day is not None and day.weekday() == weekday:
                        merged = replace(merged, first=day, last=day)
                        break
            result[-1] = merged
            continue
        result.append(item)
    # a month without a year takes the year of the month it is coordinated with: "we wrześniu,
    # październiku i listopadzie 1999 roku"
    for index in range(len(result) - 2, -1, -1):
        item, following = result[index], result[index + 1]
        if (item.kind == "month" and not item.explicit_year and following.kind == "month"
                and following.explicit_year and following.first and _gap_words(text, item, following) is not None):
            year = following.first.year
            result[index] = replace(item, first=date(year, item.month, 1), last=month_last(year, item.month),
                                    basis="absolute", explicit_year=True)
    return result


def _apply_part(item: FoundDate, part: str) -> FoundDate:
    """The first, middle or last third of a found period ("pod koniec października" = 21–31 October), or its
    first or second half ("w drugiej połowie 2025 r." = July–December 2025)."""
    if item.first is None or item.last is None:
        return replace(item, granularity=Granularity.PERIOD if item.granularity is not Granularity.UNKNOWN
                       else item.granularity)
    first, last = item.first, item.last
    if part in {"first-half", "second-half"}:
        if item.granularity is Granularity.YEAR:
            first, last = (date(first.year, 1, 1), date(first.year, 6, 30)) if part == "first-half" \
                else (date(first.year, 7, 1), date(first.year, 12, 31))
        else:
            middle = first + timedelta(days=((last - first).days + 1) // 2)  # the second half's first day
            first, last = (first, middle - timedelta(days=1)) if part == "first-half" else (middle, last)
    elif item.granularity is Granularity.MONTH:
        bounds = {"start": (1, 10), "middle": (11, 20), "end": (21, last.day)}[part]
        first, last = first.replace(day=bounds[0]), first.replace(day=bounds[1])
    elif item.granularity is Granularity.DECADE:  # "we wczesnych latach 80." = 1980–1983
        years = {"start": (0, 3), "middle": (4, 6), "end": (7, 9)}[part]
        first, last = date(first.year + years[0], 1, 1), date(first.year + years[1], 12, 31)
    elif item.granularity is Granularity.YEAR:
        months = {"start": (1, 4), "middle": (5, 8), "end": (9, 12)}[part]
        first, last = date(first.year, months[0], 1), month_last(first.year, months[1])
    else:
        third = ((last - first).days + 1) // 3
        if part == "start":
            last = first + timedelta(days=third - 1)
        elif part == "middle":
            first, last = first + timedelta(days=third), last - timedelta(days=third)
        else:
            first = last - timedelta(days=third - 1)
    return replace(item, first=first, last=last, granularity=Granularity.PERIOD)


def _extend_left(text: str, item: FoundDate) -> FoundDate:
    """Take in a part-of phrase ("pod koniec") or a governing preposition ("od", "w") before a finding."""
    if item.kind == "part":
        return item
    pats, lex = date_patterns(), date_lexicon()
    offset = max(0, item.start - WINDOW)
    before = text[offset:item.start]
    part = pats.left_part.search(before)
    if part:
        name = re.sub(r"\s+", " ", part.group("part").lower())
        return _apply_part(replace(item, start=offset + part.start()), lex.parts[name])
    preposition = pats.left_preposition.search(before)
    if preposition:
        relation = lex.prepositions[preposition.group("prep").lower()] or item.relation
        return replace(item, start=offset + preposition.start(), relation=relation)
    return item


def _periods(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """"od 25 czerwca do 15 września", "od 1991 do 2000 roku": one PERIOD from the first to the last."""
    result: list[FoundDate] = []
    for item in found:
        previous = result[-1] if result else None
        if (previous is not None and previous.relation == "since" and item.relation == "until"
                and not text[previous.end:item.start].strip()):
            first, last = previous.first, item.last
            if first and last and previous.kind == item.kind == "weekday":  # "od poniedziałku do piątku"
                last = first + timedelta(days=(item.day - previous.day) % 7)
            elif first and last and last < first and not item.explicit_year:
                last = add_months(last, 12)  # "od 1 grudnia do 15 stycznia"
            basis = "absolute" if previous.basis == item.basis == "absolute" else (
                "relative" if first and last else "unresolved")
            result[-1] = replace(previous, end=item.end, granularity=Granularity.PERIOD, first=first, last=last,
                                 basis=basis, relation="")
            continue
        result.append(item)
    return result


def sentence_expressions(analysis: Analysis, sentence: Sentence, reference: date | None) -> list[FoundDate]:
    text = analysis.document.text
    ctx = SentenceContext(text[sentence.start:sentence.end], sentence, reference)
    found = _non_overlapping([item for matcher in MATCHERS for item in matcher(ctx, sentence.start)])
    kept: list[FoundDate] = []
    for item in found:
        if item.needs_context and not _in_context(text, item, kept[-1] if kept else None):
            continue
        kept.append(item)
    kept = _combine(text, kept, reference)
    return _periods(text, [_extend_left(text, item) for item in kept])


def to_record(analysis: Analysis, sentence: Sentence, item: FoundDate, resolution: DateResolution) -> TimeExpression:
    if item.basis == "absolute":
        how = DateResolution.ABSOLUTE
    elif item.basis == "relative" and item.first is not None:
        how = resolution
    else:
        how = DateResolution.UNRESOLVED
    first, last = (item.first, item.last) if how is not DateResolution.UNRESOLVED else (None, None)
    text = analysis.document.text
    return TimeExpression(analysis.document.id, sentence.index, item.start, item.end, text[item.start:item.end],
                          item.granularity, first, last, how, item.relation)
