"""One matcher per kind of expression: numeric dates, days, months, weekdays, deictic words, years, decades,
quarters, relative units, abbreviations, "… temu", seasons, vague parts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from orbitscope.extract.dates.context import (
    FoundDate,
    SentenceContext,
    month_last,
    pick_year,
    relative_found,
    relative_year_offset,
    safe_date,
    shift,
    unit_period,
    year_of,
)
from orbitscope.extract.dates.lexicon import ROMAN, UNIT_GRANULARITY, date_lexicon, date_patterns
from orbitscope.model import Granularity


@dataclass(frozen=True)
class _Gates:
    """The first words of each matcher's lexicon forms. Every pattern starts its forms at a word boundary and
    lets no word character follow a form's first word, so a sentence none of whose words is one of these
    cannot match, and the matcher skips it without running its regexes (most sentences hold no date)."""

    months: frozenset[str]
    weekdays: frozenset[str]
    deictic: frozenset[str]
    modifiers: frozenset[str]
    units: frozenset[str]
    instrumental: frozenset[str]
    abbreviations: frozenset[str]
    parts: frozenset[str]
    single_units: frozenset[str]


def _first_words(forms: Iterable[str]) -> frozenset[str]:
    return frozenset(match.group(0) for form in forms if (match := re.match(r"\w+", form.lower())))


@functools.cache
def _gates() -> _Gates:
    lex = date_lexicon()
    return _Gates(
        months=_first_words(lex.months), weekdays=_first_words(lex.weekdays),
        deictic=_first_words(lex.deictic), modifiers=_first_words(lex.modifiers), units=_first_words(lex.units),
        instrumental=_first_words(form for form in lex.units if form.endswith(("em", "ami", "laty"))),
        abbreviations=_first_words(lex.abbreviations), parts=_first_words(lex.parts),
        single_units=_first_words(form for form, (_, plural) in lex.units.items() if not plural))


def _match_numeric(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if not ctx.has_digit:
        return
    pats = date_patterns()
    for pattern in (pats.iso, pats.dotted, pats.roman_month):
        for m in pattern.finditer(ctx.text):
            month = ROMAN[m.group("m")] if pattern is pats.roman_month else int(m.group("m"))
            day = safe_date(int(m.group("y")), month, int(m.group("d")))
            if day is not None:
                yield FoundDate(base + m.start(), base + m.end(), Granularity.DAY, day, day, "absolute", kind="day")


def _match_days(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if not ctx.has_digit:
        return
    pats, lex = date_patterns(), date_lexicon()
    for m in pats.day_range.finditer(ctx.text):
        month = lex.months[m.group("month").lower()]
        start, end = base + m.start(), base + m.end()
        year, explicit = year_of(m, ctx.reference)
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if year is None and ctx.reference is not None and not explicit:
            year = pick_year(month, d1, ctx.reference, ctx.looks_ahead(start, end))
        if year is None:
            yield FoundDate(start, end, Granularity.PERIOD, None, None, "unresolved", kind="day")
            continue
        first, last = safe_date(year, month, d1), safe_date(year, month, d2)
        if first and last and first <= last:
            yield FoundDate(start, end, Granularity.PERIOD, first, last, "absolute" if explicit else "relative",
                         kind="day", explicit_year=explicit)
    for m in pats.day_month.finditer(ctx.text):
        month, day = lex.months[m.group("month").lower()], int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        start, end = base + m.start(), base + m.end()
        year, explicit = year_of(m, ctx.reference)
        if year is None and ctx.reference is not None and not m.group("relyear"):
            year = pick_year(month, day, ctx.reference, ctx.looks_ahead(start, end))
        found = safe_date(year, month, day) if year else None
        if year is not None and found is None:
            continue
        yield FoundDate(start, end, Granularity.DAY, found, found,
                     "absolute" if explicit else ("relative" if found else "unresolved"),
                     kind="day", explicit_year=explicit, month=month, day=day)
    for m in pats.day_current_month.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        day = safe_date(ctx.reference.year, ctx.reference.month, int(m.group("day"))) if ctx.reference else None
        yield relative_found(start, end, Granularity.DAY, (day, day) if day else None, kind="day")


def _match_months(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().months):
        return
    lex = date_lexicon()
    for m in date_patterns().month.finditer(ctx.text):
        word = m.group("month")
        month = lex.months[word.lower()]
        start, end = base + m.start(), base + m.end()
        year, explicit = year_of(m, ctx.reference)
        has_year = bool(m.group("year") or m.group("short") or m.group("relyear"))
        if not has_year and word[0].isupper() and m.start() > 0:
            continue  # "Przyszedł Grudzień", "po Sierpniu": a capitalized month mid-sentence names an event
        if year is None and ctx.reference is not None and not has_year:
            year = pick_year(month, None, ctx.reference, ctx.looks_ahead(start, end))
        if year is None:
            yield FoundDate(start, end, Granularity.MONTH, None, None, "unresolved", kind="month",
                         explicit_year=False, needs_context=not has_year, month=month)
            continue
        yield FoundDate(start, end, Granularity.MONTH, date(year, month, 1), month_last(year, month),
                     "absolute" if explicit else "relative", kind="month", explicit_year=explicit,
                     needs_context=not has_year, month=month)


def _weekday_date(weekday: int, reference: date | None, future: bool) -> tuple[date, date] | None:
    if reference is None:
        return None
    if future:
        day = reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    else:
        day = reference - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1)
    return day, day


def _match_weekdays(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().weekdays):
        return
    pats, lex = date_patterns(), date_lexicon()
    for m in pats.weekday_night.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        second = _weekday_date(lex.weekdays[m.group("w2").lower()], ctx.reference, ctx.is_future(start, end))
        gap = (lex.weekdays[m.group("w2").lower()] - lex.weekdays[m.group("w1").lower()]) % 7
        period = (second[0] - timedelta(days=gap), second[1]) if second else None
        yield relative_found(start, end, Granularity.PERIOD, period, kind="weekday")
    for m in pats.weekday.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        weekday = lex.weekdays[m.group("weekday").lower()]
        # "w minioną niedzielę", "w przyszły wtorek": the modifier says which way to count
        offsets = [offset for offset, kind, _ in lex.modifiers.get((m.group("modifier") or "").lower(), [])
                   if kind == "deictic"]
        if m.group("modifier") and not offsets:
            start = base + m.start("weekday")
        future = offsets[0] > 0 if offsets and offsets[0] else ctx.is_future(start, end)
        yield relative_found(start, end, Granularity.DAY, _weekday_date(weekday, ctx.reference, future),
                        kind="weekday", needs_context=not offsets, day=weekday)


def _match_deictic(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().deictic):
        return
    lex = date_lexicon()
    for m in date_patterns().deictic.finditer(ctx.text):
        offset = lex.deictic[m.group("word").lower()]
        day = ctx.reference + timedelta(days=offset) if ctx.reference else None
        yield relative_found(base + m.start(), base + m.end(), Granularity.DAY, (day, day) if day else None,
                        kind="deictic")


def _match_years(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if not ctx.has_digit:
        return
    pats = date_patterns()
    for pattern in (pats.year_after_word, pats.year_with_word):
        for m in pattern.finditer(ctx.text):
            year = int(m.group("year"))
            yield FoundDate(base + m.start(), base + m.end(), Granularity.YEAR, date(year, 1, 1), date(year, 12, 31),
                         "absolute", kind="year")
    for m in pats.year_range.finditer(ctx.text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 <= y1:
            continue
        if not (m.group("lata") or m.group("yw")) and ctx.next_token_is_noun(base + m.end()):
            continue  # "1500-2000 osób"
        yield FoundDate(base + m.start(), base + m.end(), Granularity.PERIOD, date(y1, 1, 1), date(y2, 12, 31),
                     "absolute", kind="years", needs_context=not (m.group("lata") or m.group("yw")))
    for m in pats.split_year.finditer(ctx.text):  # a season over two years: "sezonu 1998 / 99", "2023/2024"
        y1, y2 = int(m.group("y1")), int(m.group("y2")[-2:])
        if y2 == (y1 + 1) % 100:
            yield FoundDate(base + m.start(), base + m.end(), Granularity.PERIOD, date(y1, 1, 1), date(y1 + 1, 12, 31),
                         "absolute", kind="years")
    for m in pats.bare_year.finditer(ctx.text):
        if ctx.next_token_is_noun(base + m.end()):
            continue  # "2022 osób"
        year = int(m.group("year"))
        yield FoundDate(base + m.start(), base + m.end(), Granularity.YEAR, date(year, 1, 1), date(year, 12, 31),
                     "absolute", kind="year", needs_context=True)


def _match_decades(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    pats, lex = date_patterns(), date_lexicon()
    for m in pats.decade.finditer(ctx.text):
        decade = int(m.group("num")) if m.group("num") else lex.decades[m.group("word").lower()]
        if m.group("century"):
            start_year = (ROMAN[m.group("century")] - 1) * 100 + decade
        elif m.group("last") and ctx.reference:
            start_year = ((ctx.reference.year - 1) // 100 - 1) * 100 + decade
        else:
            # the most recent such decade that has begun by the reference; the 1900s without one
            century = (ctx.reference.year // 100 * 100) if ctx.reference else 1900
            start_year = century + decade if century + decade <= (ctx.reference or date(1999, 1, 1)).year \
                else century - 100 + decade
        yield FoundDate(base + m.start(), base + m.end(), Granularity.DECADE, date(start_year, 1, 1),
                     date(start_year + 9, 12, 31), "absolute", kind="decade")
    for m in pats.century.finditer(ctx.text):
        century = ROMAN[m.group("century")]
        yield FoundDate(base + m.start(), base + m.end(), Granularity.PERIOD, date((century - 1) * 100 + 1, 1, 1),
                     date(century * 100, 12, 31), "absolute", kind="century")


def _match_quarters(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if not any(word.startswith(("kwarta", "półrocz")) or word[:1] == "q" and word[1:2] in {"1", "2", "3", "4"}
               for word in ctx.words):
        return  # "trzeci kwartał", "Q3"
    lex = date_lexicon()
    for m in date_patterns().quarter.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        if m.group("q"):
            number, unit = int(m.group("q")), "quarter"
        else:
            number = lex.ordinals.get(m.group("ord").lower(), lex.ordinals.get(m.group("ord"), 0))
            unit = "quarter" if m.group("unit").lower().startswith("kwarta") else "half"
        if not 1 <= number <= (4 if unit == "quarter" else 2):
            continue
        granularity = UNIT_GRANULARITY[unit]
        if m.group("year"):
            year, basis = int(m.group("year")), "absolute"
        elif ctx.reference is not None:
            offset = relative_year_offset(m.group("relyear")) if m.group("relyear") else 0
            year, basis = ctx.reference.year + offset, "relative"
        else:
            yield FoundDate(start, end, granularity, None, None, "unresolved", kind=unit)
            continue
        size = 3 if unit == "quarter" else 6
        first = date(year, (number - 1) * size + 1, 1)
        yield FoundDate(start, end, granularity, first, month_last(year, number * size), basis, kind=unit)


def _match_relative_units(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().modifiers) or ctx.words.isdisjoint(_gates().units):
        return
    lex = date_lexicon()
    for m in date_patterns().relative_unit.finditer(ctx.text):
        unit, plural = lex.units[m.group("unit").lower()]
        if m.group("unit2"):  # "w nadchodzących miesiącach i latach": the longer unit sets the stretch
            other, other_plural = lex.units[m.group("unit2").lower()]
            if other_plural == plural and shift(date(2000, 1, 1), other, 1) > shift(date(2000, 1, 1), unit, 1):
                unit = other
        modifiers = [lex.modifiers[g.lower()] for g in (m.group("mod1"), m.group("mod2")) if g]
        readings = [next(((o, k) for o, k, units in entries if unit in units), None) for entries in modifiers]
        if not readings or any(reading is None for reading in readings):
            continue
        kinds = {reading[1] for reading in readings if reading}
        offset = next(reading[0] for reading in readings if reading)
        start, end = base + m.start(), base + m.end()
        granularity = UNIT_GRANULARITY[unit]
        count_word = m.group("count")
        if "anaphoric" in kinds:
            if not plural:  # "kolejne trzy lata", "w następnych latach" are durations, not dates
                yield FoundDate(start, end, granularity, None, None, "unresolved", kind="anaphoric")
        elif plural and kinds & {"past", "future"}:
            count = (int(count_word) if count_word and count_word.isdigit()
                     else lex.numbers.get((count_word or "").lower(), lex.vague_counts.get(unit, 1)))
            future = "future" in kinds
            if count == 0 or ctx.reference is None:
                yield FoundDate(start, end, Granularity.PERIOD if count else Granularity.UNKNOWN, None, None,
                             "unresolved", relation="future" if future else "")
                continue
            other = shift(ctx.reference, unit, count if future else -count)
            first, last = (ctx.reference, other) if future else (other, ctx.reference)
            yield FoundDate(start, end, Granularity.PERIOD, first, last, "relative",
                         relation="future" if future else "")
        elif not plural and not count_word and "deictic" in kinds:
            period = unit_period(unit, ctx.reference, offset) if ctx.reference else None
            yield relative_found(start, end, granularity, period, kind=unit)


def _match_abbreviations(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().abbreviations):
        return
    lex = date_lexicon()
    for m in date_patterns().abbreviation.finditer(ctx.text):
        key = re.sub(r"\s+", "", m.group("abbr").lower())
        unit, offset = next(v for k, v in lex.abbreviations.items() if k.replace(" ", "") == key)
        period = unit_period(unit, ctx.reference, offset) if ctx.reference else None
        yield relative_found(base + m.start(), base + m.end(), UNIT_GRANULARITY[unit], period, kind=unit)


def _match_ago(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    gates = _gates()
    if not ("temu" in ctx.words and not ctx.words.isdisjoint(gates.units)
            or "przed" in ctx.words and not ctx.words.isdisjoint(gates.instrumental)):
        return
    lex = date_lexicon()
    for m in date_patterns().ago.finditer(ctx.text):
        unit, plural = lex.units[(m.group("unit") or m.group("unit2")).lower()]
        word = m.group("count") or m.group("count2")
        count = int(word) if word and word.isdigit() else (lex.numbers.get(word.lower(), 0) if word else 1)
        start, end = base + m.start(), base + m.end()
        if count == 0 or (plural and not word):
            yield FoundDate(start, end, Granularity.UNKNOWN, None, None, "unresolved", kind="ago")
            continue
        period = unit_period(unit, shift(ctx.reference, unit, -count), 0) if ctx.reference else None
        yield relative_found(start, end, UNIT_GRANULARITY[unit], period, kind="ago")


def _match_seasons(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if not ctx.has_digit:
        return
    lex = date_lexicon()
    for m in date_patterns().season.finditer(ctx.text):
        first_month, last_month = lex.seasons[m.group("season").lower()]
        year = int(m.group("year"))
        last_year = year + 1 if last_month < first_month else year
        yield FoundDate(base + m.start(), base + m.end(), Granularity.PERIOD, date(year, first_month, 1),
                     month_last(last_year, last_month), "absolute", kind="season")


def _match_vague_parts(ctx: SentenceContext, base: int) -> Iterable[FoundDate]:
    if ctx.words.isdisjoint(_gates().parts) or ctx.words.isdisjoint(_gates().single_units):
        return
    # "z początkiem roku" without saying which year: a real expression that cannot be placed
    for m in date_patterns().part_of_bare_unit.finditer(ctx.text):
        yield FoundDate(base + m.start(), base + m.end(), Granularity.UNKNOWN, None, None, "unresolved", kind="part")


MATCHERS = (_match_numeric, _match_days, _match_months, _match_weekdays, _match_deictic, _match_years,
             _match_decades, _match_quarters, _match_relative_units, _match_abbreviations, _match_ago,
             _match_seasons, _match_vague_parts)
