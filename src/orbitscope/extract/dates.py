"""Polish temporal expressions: find them in the text and normalize them to the period they mean.

``find_time_expressions(analysis, reference, resolution)`` returns a TimeExpression for every date-like
expression of the document — "9 listopada 2023 r.", "we wrześniu 2022 roku", "w ubiegłym roku", "wczoraj",
"we wtorek", "w latach 90.", "w pierwszym kwartale 2023", "od 1991 r.", "do 2030 roku" … — each with its
evidence offsets, its granularity and the inclusive period [first, last] it stands for.

The words (month and weekday names in every case, units, modifiers, prepositions, seasons, parts of a
period) live in ``extract/data/date_*.tsv``; users extend those files, not this module.

Rules worth knowing (eval/gold/README.md, "Dates gold", has the annotation side of them):

* **Spans** start at the preposition that governs the expression ("w 2022 r.", "od 1991 r.", "we wtorek")
  or at a part-of phrase ("pod koniec października"); "r."/"roku" after a year belongs to the span.
* **Relation**: "od" → since, "do" → until, "przed"/"sprzed" → before, "po" → after; "od X do Y" is one
  PERIOD; vague stretches ahead ("w nadchodzących miesiącach") are PERIODs with relation "future".
* **Missing year** ("9 listopada", "w październiku"): the most recent such day or month not after the
  reference, unless the clause is in the future tense (a "będzie" form, a perfective present such as
  "odbędzie się", or a perfective infinitive in a clause without a past-tense verb) — then the first one
  not before it. A weekday next to a day and month ("czwartek 25 listopada") picks the year in which the
  weekday fits. A month without a year coordinated with a month that has one ("w styczniu, ale maju
  1999 roku") takes that year.
* **Weekdays** ("we wtorek"): the most recent such day strictly before the reference; in a future clause
  the first one strictly after it.
* **Nothing is guessed silently**: without a reference, relative expressions keep their granularity with
  resolution UNRESOLVED and first/last None; anaphoric ones ("tego dnia", "w tym samym roku",
  "następnego dnia") are always unresolved; vague ones ("kilka dni temu", "z początkiem roku") have
  granularity UNKNOWN. Vague plural stretches ("w ostatnich latach") use the counts in
  ``date_vague_counts.tsv`` — a written convention, not a guess.
* **Bare years** count only in date context: "w 2022 r.", "roku 2022", "2022 roku", "w 2003 -", never
  "2022 osób"; "5 mld" and "80 procent" never match anything.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from orbitscope.model import Analysis, DateResolution, Granularity, Sentence, TimeExpression

__all__ = ["estimate_publication_date", "find_time_expressions"]

DATA = Path(__file__).resolve().parent / "data"

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
          "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}
_UNIT_GRANULARITY = {"day": Granularity.DAY, "week": Granularity.WEEK, "month": Granularity.MONTH,
                     "quarter": Granularity.QUARTER, "half": Granularity.PERIOD, "year": Granularity.YEAR,
                     "decade": Granularity.DECADE, "century": Granularity.PERIOD}
_CONNECTORS = frozenset({"i", "lub", "albo", "oraz", "a", "ale", "czy", "bądź", "nie"})
_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "?", "!"})
_YEAR = r"(?:1\d{3}|20\d{2})"
_WINDOW = 24  # how far left of an expression a preposition or part phrase is looked for
_YEAR_WORD = r"(?:\s*(?:r\.|rok(?:u|iem)?(?!\w)))"


# --------------------------------------------------------------------------------------------- lexicon


def _rows(name: str) -> Iterable[list[str]]:
    """The tab-separated rows of a data file, without comments and blank lines."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Every word list of extract/data/date_*.tsv, keyed by lower-case form."""

    months: dict[str, int]
    weekdays: dict[str, int]
    deictic: dict[str, int]
    units: dict[str, tuple[str, bool]]  # form → (unit, plural)
    modifiers: dict[str, list[tuple[int, str, frozenset[str]]]]  # form → [(offset, kind, units)]
    abbreviations: dict[str, tuple[str, int]]
    vague_counts: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    parts: dict[str, str]
    seasons: dict[str, tuple[int, int]]
    decades: dict[str, int]
    prepositions: dict[str, str]


@functools.cache
def _lexicon() -> _Lexicon:
    def forms(rows: Iterable[list[str]], value: Callable[[list[str]], object], column: int = 1) -> dict:
        return {form.lower(): value(row) for row in rows for form in row[column].split()}

    modifiers: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for row in _rows("date_modifiers.tsv"):
        units = frozenset(_UNIT_GRANULARITY) if row[3].strip() == "*" else frozenset(row[3].split())
        for form in row[0].split():
            modifiers.setdefault(form.lower(), []).append((int(row[1]), row[2], units))
    return _Lexicon(
        months=forms(_rows("date_months.tsv"), lambda row: int(row[0])),
        weekdays=forms(_rows("date_weekdays.tsv"), lambda row: int(row[0])),
        deictic={row[0].lower(): int(row[1]) for row in _rows("date_deictic.tsv")},
        units={form.lower(): (row[0], row[1] == "pl") for row in _rows("date_units.tsv")
               for form in row[2].split()},
        modifiers=modifiers,
        abbreviations={row[0].lower(): (row[1], int(row[2])) for row in _rows("date_abbreviations.tsv")},
        vague_counts={row[0]: int(row[1]) for row in _rows("date_vague_counts.tsv")},
        numbers=forms(_rows("date_numbers.tsv"), lambda row: int(row[0])),
        ordinals=forms(_rows("date_ordinals.tsv"), lambda row: int(row[0])),
        parts={row[1].lower(): row[0] for row in _rows("date_parts.tsv")},
        seasons=forms(_rows("date_seasons.tsv"), lambda row: (int(row[0]), int(row[1])), column=2),
        decades=forms(_rows("date_decades.tsv"), lambda row: int(row[0])),
        prepositions={row[0].lower(): (row[1] if len(row) > 1 else "").strip()
                      for row in _rows("date_prepositions.tsv")},
    )


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, whitespace inside a word made flexible."""
    escaped = (re.escape(word).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s?")
               for word in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The compiled regexes, built once from the lexicon."""

    iso: re.Pattern[str]
    dotted: re.Pattern[str]
    roman_month: re.Pattern[str]
    day_range: re.Pattern[str]
    day_month: re.Pattern[str]
    day_current_month: re.Pattern[str]
    month: re.Pattern[str]
    weekday_night: re.Pattern[str]
    weekday: re.Pattern[str]
    deictic: re.Pattern[str]
    year_after_word: re.Pattern[str]
    year_with_word: re.Pattern[str]
    year_range: re.Pattern[str]
    bare_year: re.Pattern[str]
    split_year: re.Pattern[str]
    decade: re.Pattern[str]
    century: re.Pattern[str]
    quarter: re.Pattern[str]
    relative_unit: re.Pattern[str]
    abbreviation: re.Pattern[str]
    ago: re.Pattern[str]
    season: re.Pattern[str]
    part_of_bare_unit: re.Pattern[str]
    left_part: re.Pattern[str]
    left_preposition: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    lex = _lexicon()
    months = _alternation(lex.months)
    full_months = _alternation(form for form in lex.months if not form.endswith("."))
    weekdays = _alternation(lex.weekdays)
    modifiers = _alternation(lex.modifiers)
    units = _alternation(lex.units)
    numbers = _alternation(lex.numbers)
    year_units = [form for form, (unit, plural) in lex.units.items() if unit == "year" and not plural]
    year_modifiers = [form for form, entries in lex.modifiers.items()
                      if any(kind == "deictic" and "year" in units_ for _, kind, units_ in entries)]
    year_abbreviations = [form for form, (unit, _) in lex.abbreviations.items() if unit == "year"]
    # a year said another way after a month: "1999 roku", "97", "ub.r.", "tego roku"
    relative_year = (rf"(?P<relyear>{_alternation(year_abbreviations)}(?!\w)"
                     rf"|{_alternation(year_modifiers)}\s+{_alternation(year_units)}(?!\w))")
    year_spec = (rf"(?:\s+(?:(?P<year>{_YEAR})(?P<yw>{_YEAR_WORD})?(?!\w)"
                 rf"|'?(?P<short>\d{{2}})(?=\s*(?:[,.;:)]|$|r\.|rok|\s[A-ZŁŚŻŹĆŃÓ]))|{relative_year}))?")
    roman = _alternation(_ROMAN)
    ordinals = _alternation(lex.ordinals)
    parts = _alternation(lex.parts)
    prepositions = _alternation(lex.prepositions)
    seasons = _alternation(lex.seasons)
    decade_words = _alternation(lex.decades)
    # "przed tygodniem", "przed dwoma laty": the instrumental forms only ("przed rokiem" = a year ago)
    instrumental = _alternation(form for form in lex.units if form.endswith(("em", "ami", "laty")))
    sg_units = _alternation(form for form, (_, plural) in lex.units.items() if not plural)
    flags = re.IGNORECASE
    return _Patterns(
        iso=re.compile(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])"),
        dotted=re.compile(rf"(?<![\w.,])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_YEAR_WORD}?(?!\w)"),
        roman_month=re.compile(rf"(?<![\w.,])(?P<d>\d{{1,2}})\s+(?P<m>{roman})\s+(?P<y>{_YEAR}){_YEAR_WORD}?"
                               r"(?!\w)"),
        day_range=re.compile(rf"(?<![\w.,])(?:(?P<prep>z|od)\s+)?(?P<d1>\d{{1,2}})\s*(?:[-–]|na|do)\s*"
                             rf"(?P<d2>\d{{1,2}})\s+(?P<month>{months})(?!\w){year_spec}", flags),
        day_month=re.compile(rf"(?<![\w.,])(?P<day>\d{{1,2}})\s+(?P<month>{months})(?!\w){year_spec}", flags),
        day_current_month=re.compile(r"(?<![\w.,])(?P<day>\d{1,2})\s+(?:bm\.|b\.\s?m\.)", flags),
        month=re.compile(rf"(?<!\w)(?P<month>{full_months})(?!\w){year_spec}", flags),
        weekday_night=re.compile(rf"(?<!\w)z\s+(?P<w1>{weekdays})\s+na\s+(?P<w2>{weekdays})(?!\w)", flags),
        weekday=re.compile(rf"(?<!\w)(?:(?P<modifier>{modifiers})\s+)?(?P<weekday>{weekdays})(?!\w)", flags),
        deictic=re.compile(rf"(?<!\w)(?P<word>{_alternation(lex.deictic)})(?!\w)", flags),
        year_after_word=re.compile(rf"(?<!\w)(?:rok|roku|rokiem)\s+(?P<year>{_YEAR})(?![\w-])", flags),
        year_with_word=re.compile(rf"(?<![\w.,])(?P<year>{_YEAR}){_YEAR_WORD}", flags),
        year_range=re.compile(rf"(?<![\w.,-])(?:(?P<lata>lata|latach|lat)\s+)?(?P<y1>{_YEAR})\s*[-–—]\s*"
                              rf"(?P<y2>{_YEAR})(?P<yw>{_YEAR_WORD})?(?![\w-])", flags),
        split_year=re.compile(rf"(?<![\w.,/])(?P<y1>{_YEAR})\s*/\s*(?P<y2>\d{{2}}|{_YEAR})(?![\w/])"),
        bare_year=re.compile(rf"(?<![\w.,-])(?P<year>{_YEAR})(?![\w,-]|\.\d)"),
        decade=re.compile(rf"(?<!\w)(?:lata|latach|lat|latami)\s+(?:(?P<num>[1-9]0)(?:\.|\s*-?\s*(?:tych|te|ych)"
                          rf"(?!\w)|(?!\w))|(?P<word>{decade_words})(?!\w))"
                          rf"(?:\s+(?P<century>{roman})\s+(?:w\.|wieku(?!\w))|\s+(?P<last>ubiegłego|zeszłego)"
                          r"\s+(?:wieku|stulecia)(?!\w))?", flags),
        century=re.compile(rf"(?<!\w)(?P<century>{roman})\s+(?:w\.|wieku(?!\w)|wiek(?!\w)|stuleci[au](?!\w))"),
        quarter=re.compile(rf"(?<!\w)(?:(?P<ord>{ordinals})\s+(?P<unit>kwarta\w*|półrocz\w*)|Q(?P<q>[1-4]))"
                           rf"(?:\s+(?P<year>{_YEAR}){_YEAR_WORD}?(?!\w)|\s+{relative_year})?", flags),
        relative_unit=re.compile(rf"(?<!\w)(?P<mod1>{modifiers})(?:\s+(?P<mod2>{modifiers}))?"
                                 rf"(?:\s+(?P<count>{numbers}|\d{{1,3}}))?\s+(?P<unit>{units})(?:\s+(?:i|oraz|lub)\s+"
                                 rf"(?P<unit2>{units}))?(?!\w)", flags),
        abbreviation=re.compile(rf"(?<!\w)(?P<abbr>{_alternation(lex.abbreviations)})(?!\w)", flags),
        ago=re.compile(rf"(?<!\w)(?:(?:(?P<count>{numbers}|\d{{1,3}})\s+)?(?P<unit>{units})\s+temu"
                       rf"|przed\s+(?:(?P<count2>{numbers}|\d{{1,3}})\s+)?(?P<unit2>{instrumental}))(?!\w)(?!\s+\d)",
                       flags),
        season=re.compile(rf"(?<!\w)(?P<season>{seasons})\s+(?P<year>{_YEAR}){_YEAR_WORD}?(?!\w)", flags),
        part_of_bare_unit=re.compile(rf"(?<!\w)(?P<part>{parts})\s+(?P<unit>{sg_units})(?!\w)(?!\s+\d)"
                                     rf"(?!\s+{modifiers}(?!\w))", flags),
        left_part=re.compile(rf"(?<!\w)(?:{prepositions}\s+)?(?P<part>{parts})\s+$", flags),
        left_preposition=re.compile(rf"(?<!\w)(?P<prep>{prepositions})\s+$", flags),
    )


# ----------------------------------------------------------------------------------------- calendar


def _month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _unit_period(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    """The calendar unit containing ``anchor``, moved by ``offset`` units."""
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit in ("month", "quarter", "half"):
        size = {"month": 1, "quarter": 3, "half": 6}[unit]
        first = _add_months(date(anchor.year, (anchor.month - 1) // size * size + 1, 1), offset * size)
        end = _add_months(first, size - 1)
        return first, _month_last(end.year, end.month)
    if unit == "year":
        return date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
    if unit == "decade":
        start = anchor.year // 10 * 10 + 10 * offset
        return date(start, 1, 1), date(start + 9, 12, 31)
    century = (anchor.year - 1) // 100 + offset  # the 20th century is 1901–2000
    return date(century * 100 + 1, 1, 1), date(century * 100 + 100, 12, 31)


def _shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` units (a decade is ten years, a century a hundred)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit]
    return _add_months(day, count * months)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------ findings


@dataclass(frozen=True, slots=True)
class _Found:
    """A temporal expression as found, before it becomes a TimeExpression (offsets into the document)."""

    start: int
    end: int
    granularity: Granularity
    first: date | None
    last: date | None
    basis: str  # "absolute", "relative" (needs the reference), "unresolved" (anaphoric or no reference)
    relation: str = ""
    kind: str = ""  # "month" (a month whose year may come from a coordinated month), "weekday", "day", ...
    explicit_year: bool = True
    needs_context: bool = False  # a bare month or weekday: kept only after a preposition or in coordination
    month: int = 0
    day: int = 0


class _Context:
    """One sentence being read: its text, the reference date and the tense of its clauses."""

    def __init__(self, text: str, sentence: Sentence, reference: date | None) -> None:
        self.text = text
        self.sentence = sentence
        self.reference = reference

    def is_future(self, start: int, end: int) -> bool:
        """Whether the clause around [start, end) is in the future tense (see the module docstring)."""
        tokens = self.sentence.tokens
        inside = [i for i, token in enumerate(tokens) if token.start < end and start < token.end]
        if not inside:
            return False
        left, right = inside[0] - 1, inside[-1] + 1
        while left >= 0 and tokens[left].orth not in _CLAUSE_BOUNDARIES:
            left -= 1
        while right < len(tokens) and tokens[right].orth not in _CLAUSE_BOUNDARIES:
            right += 1
        tags = [token.tag for i, token in enumerate(tokens[left + 1:right], left + 1) if i not in inside]
        if any(tag.startswith("bedzie") for tag in tags):
            return True
        if any(tag.startswith("fin") and tag.endswith("perf") and not tag.endswith("imperf") for tag in tags):
            return True
        past = any(tag.startswith("praet") for tag in tags)
        return not past and any(tag.startswith("inf") and tag.endswith(":perf") for tag in tags)

    def looks_ahead(self, start: int, end: int) -> bool:
        """A future clause, or a deadline: "do 17 września" without a year is the next 17 September."""
        before = self.text[:start - self.sentence.start]
        return bool(re.search(r"(?<!\w)do\s+$", before, re.IGNORECASE)) or self.is_future(start, end)

    def next_token_is_noun(self, end: int) -> bool:
        """Whether the token right after ``end`` is a noun or adjective ("2022 osób", "2022 nowych")."""
        for token in self.sentence.tokens:
            if token.start >= end:
                return token.tag.split(":")[0] in ("subst", "depr", "adj", "num", "ger", "brev")
        return False


def _relative(start: int, end: int, granularity: Granularity, period: tuple[date, date] | None,
              **fields: object) -> _Found:
    """A finding that rests on the reference: unresolved (first/last None) when there is none."""
    if period is None:
        return _Found(start, end, granularity, None, None, "unresolved", **fields)  # type: ignore[arg-type]
    return _Found(start, end, granularity, period[0], period[1], "relative", **fields)  # type: ignore[arg-type]


def _year_of(match: re.Match[str], reference: date | None) -> tuple[int | None, bool]:
    """(year, explicit) from a month's year part: "1999 roku", "'97", "ub.r.", "tego roku", or none."""
    if match.group("year"):
        return int(match.group("year")), True
    if match.group("short"):
        short = int(match.group("short"))
        return (1900 + short if short > 30 else 2000 + short), True
    if match.group("relyear"):
        if reference is None:
            return None, False
        return reference.year + _relative_year_offset(match.group("relyear")), False
    return None, False


def _relative_year_offset(phrase: str) -> int:
    lex = _lexicon()
    key = re.sub(r"\s+", "", phrase.lower())
    if key in {re.sub(r"\s+", "", k) for k in lex.abbreviations}:
        return next(offset for abbr, (_, offset) in lex.abbreviations.items() if abbr.replace(" ", "") == key)
    modifier = phrase.lower().split()[0]
    return next(offset for offset, kind, units in lex.modifiers[modifier] if kind == "deictic" and "year" in units)


def _pick_year(month: int, day: int | None, reference: date, future: bool) -> int:
    """The year of a day/month without one: the latest not after the reference, or the first not before."""
    for year in ([reference.year, reference.year + 1] if future else [reference.year, reference.year - 1]):
        first = _safe_date(year, month, day or 1)
        if first is None:
            continue
        last = first if day else _month_last(year, month)
        if (future and last >= reference) or (not future and first <= reference):
            return year
    return reference.year


# ------------------------------------------------------------------------------------------ matchers


def _match_numeric(ctx: _Context, base: int) -> Iterable[_Found]:
    pats = _patterns()
    for pattern in (pats.iso, pats.dotted, pats.roman_month):
        for m in pattern.finditer(ctx.text):
            month = _ROMAN[m.group("m")] if pattern is pats.roman_month else int(m.group("m"))
            day = _safe_date(int(m.group("y")), month, int(m.group("d")))
            if day is not None:
                yield _Found(base + m.start(), base + m.end(), Granularity.DAY, day, day, "absolute", kind="day")


def _match_days(ctx: _Context, base: int) -> Iterable[_Found]:
    pats, lex = _patterns(), _lexicon()
    for m in pats.day_range.finditer(ctx.text):
        month = lex.months[m.group("month").lower()]
        start, end = base + m.start(), base + m.end()
        year, explicit = _year_of(m, ctx.reference)
        d1, d2 = int(m.group("d1")), int(m.group("d2"))
        if year is None and ctx.reference is not None and not explicit:
            year = _pick_year(month, d1, ctx.reference, ctx.looks_ahead(start, end))
        if year is None:
            yield _Found(start, end, Granularity.PERIOD, None, None, "unresolved", kind="day")
            continue
        first, last = _safe_date(year, month, d1), _safe_date(year, month, d2)
        if first and last and first <= last:
            yield _Found(start, end, Granularity.PERIOD, first, last, "absolute" if explicit else "relative",
                         kind="day", explicit_year=explicit)
    for m in pats.day_month.finditer(ctx.text):
        month, day = lex.months[m.group("month").lower()], int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        start, end = base + m.start(), base + m.end()
        year, explicit = _year_of(m, ctx.reference)
        if year is None and ctx.reference is not None and not m.group("relyear"):
            year = _pick_year(month, day, ctx.reference, ctx.looks_ahead(start, end))
        found = _safe_date(year, month, day) if year else None
        if year is not None and found is None:
            continue
        yield _Found(start, end, Granularity.DAY, found, found,
                     "absolute" if explicit else ("relative" if found else "unresolved"),
                     kind="day", explicit_year=explicit, month=month, day=day)
    for m in pats.day_current_month.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        day = _safe_date(ctx.reference.year, ctx.reference.month, int(m.group("day"))) if ctx.reference else None
        yield _relative(start, end, Granularity.DAY, (day, day) if day else None, kind="day")


def _match_months(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().month.finditer(ctx.text):
        word = m.group("month")
        month = lex.months[word.lower()]
        start, end = base + m.start(), base + m.end()
        year, explicit = _year_of(m, ctx.reference)
        has_year = bool(m.group("year") or m.group("short") or m.group("relyear"))
        if not has_year and word[0].isupper() and m.start() > 0:
            continue  # "Przyszedł Grudzień", "po Sierpniu": a capitalized month mid-sentence names an event
        if year is None and ctx.reference is not None and not has_year:
            year = _pick_year(month, None, ctx.reference, ctx.looks_ahead(start, end))
        if year is None:
            yield _Found(start, end, Granularity.MONTH, None, None, "unresolved", kind="month",
                         explicit_year=False, needs_context=not has_year, month=month)
            continue
        yield _Found(start, end, Granularity.MONTH, date(year, month, 1), _month_last(year, month),
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


def _match_weekdays(ctx: _Context, base: int) -> Iterable[_Found]:
    pats, lex = _patterns(), _lexicon()
    for m in pats.weekday_night.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        second = _weekday_date(lex.weekdays[m.group("w2").lower()], ctx.reference, ctx.is_future(start, end))
        gap = (lex.weekdays[m.group("w2").lower()] - lex.weekdays[m.group("w1").lower()]) % 7
        period = (second[0] - timedelta(days=gap), second[1]) if second else None
        yield _relative(start, end, Granularity.PERIOD, period, kind="weekday")
    for m in pats.weekday.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        weekday = lex.weekdays[m.group("weekday").lower()]
        # "w minioną niedzielę", "w przyszły wtorek": the modifier says which way to count
        offsets = [offset for offset, kind, _ in lex.modifiers.get((m.group("modifier") or "").lower(), [])
                   if kind == "deictic"]
        if m.group("modifier") and not offsets:
            start = base + m.start("weekday")
        future = offsets[0] > 0 if offsets and offsets[0] else ctx.is_future(start, end)
        yield _relative(start, end, Granularity.DAY, _weekday_date(weekday, ctx.reference, future),
                        kind="weekday", needs_context=not offsets, day=weekday)


def _match_deictic(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().deictic.finditer(ctx.text):
        offset = lex.deictic[m.group("word").lower()]
        day = ctx.reference + timedelta(days=offset) if ctx.reference else None
        yield _relative(base + m.start(), base + m.end(), Granularity.DAY, (day, day) if day else None,
                        kind="deictic")


def _match_years(ctx: _Context, base: int) -> Iterable[_Found]:
    pats = _patterns()
    for pattern in (pats.year_after_word, pats.year_with_word):
        for m in pattern.finditer(ctx.text):
            year = int(m.group("year"))
            yield _Found(base + m.start(), base + m.end(), Granularity.YEAR, date(year, 1, 1), date(year, 12, 31),
                         "absolute", kind="year")
    for m in pats.year_range.finditer(ctx.text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if y2 <= y1:
            continue
        if not (m.group("lata") or m.group("yw")) and ctx.next_token_is_noun(base + m.end()):
            continue  # "1500-2000 osób"
        yield _Found(base + m.start(), base + m.end(), Granularity.PERIOD, date(y1, 1, 1), date(y2, 12, 31),
                     "absolute", kind="years", needs_context=not (m.group("lata") or m.group("yw")))
    for m in pats.split_year.finditer(ctx.text):  # a season over two years: "sezonu 1998 / 99", "2023/2024"
        y1, y2 = int(m.group("y1")), int(m.group("y2")[-2:])
        if y2 == (y1 + 1) % 100:
            yield _Found(base + m.start(), base + m.end(), Granularity.PERIOD, date(y1, 1, 1), date(y1 + 1, 12, 31),
                         "absolute", kind="years")
    for m in pats.bare_year.finditer(ctx.text):
        if ctx.next_token_is_noun(base + m.end()):
            continue  # "2022 osób"
        year = int(m.group("year"))
        yield _Found(base + m.start(), base + m.end(), Granularity.YEAR, date(year, 1, 1), date(year, 12, 31),
                     "absolute", kind="year", needs_context=True)


def _match_decades(ctx: _Context, base: int) -> Iterable[_Found]:
    pats, lex = _patterns(), _lexicon()
    for m in pats.decade.finditer(ctx.text):
        decade = int(m.group("num")) if m.group("num") else lex.decades[m.group("word").lower()]
        if m.group("century"):
            start_year = (_ROMAN[m.group("century")] - 1) * 100 + decade
        elif m.group("last") and ctx.reference:
            start_year = ((ctx.reference.year - 1) // 100 - 1) * 100 + decade
        else:
            # the most recent such decade that has begun by the reference; the 1900s without one
            century = (ctx.reference.year // 100 * 100) if ctx.reference else 1900
            start_year = century + decade if century + decade <= (ctx.reference or date(1999, 1, 1)).year \
                else century - 100 + decade
        yield _Found(base + m.start(), base + m.end(), Granularity.DECADE, date(start_year, 1, 1),
                     date(start_year + 9, 12, 31), "absolute", kind="decade")
    for m in pats.century.finditer(ctx.text):
        century = _ROMAN[m.group("century")]
        yield _Found(base + m.start(), base + m.end(), Granularity.PERIOD, date((century - 1) * 100 + 1, 1, 1),
                     date(century * 100, 12, 31), "absolute", kind="century")


def _match_quarters(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().quarter.finditer(ctx.text):
        start, end = base + m.start(), base + m.end()
        if m.group("q"):
            number, unit = int(m.group("q")), "quarter"
        else:
            number = lex.ordinals.get(m.group("ord").lower(), lex.ordinals.get(m.group("ord"), 0))
            unit = "quarter" if m.group("unit").lower().startswith("kwarta") else "half"
        if not 1 <= number <= (4 if unit == "quarter" else 2):
            continue
        granularity = _UNIT_GRANULARITY[unit]
        if m.group("year"):
            year, basis = int(m.group("year")), "absolute"
        elif ctx.reference is not None:
            offset = _relative_year_offset(m.group("relyear")) if m.group("relyear") else 0
            year, basis = ctx.reference.year + offset, "relative"
        else:
            yield _Found(start, end, granularity, None, None, "unresolved", kind=unit)
            continue
        size = 3 if unit == "quarter" else 6
        first = date(year, (number - 1) * size + 1, 1)
        yield _Found(start, end, granularity, first, _month_last(year, number * size), basis, kind=unit)


def _match_relative_units(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().relative_unit.finditer(ctx.text):
        unit, plural = lex.units[m.group("unit").lower()]
        if m.group("unit2"):  # "w nadchodzących miesiącach i latach": the longer unit sets the stretch
            other, other_plural = lex.units[m.group("unit2").lower()]
            if other_plural == plural and _shift(date(2000, 1, 1), other, 1) > _shift(date(2000, 1, 1), unit, 1):
                unit = other
        modifiers = [lex.modifiers[g.lower()] for g in (m.group("mod1"), m.group("mod2")) if g]
        readings = [next(((o, k) for o, k, units in entries if unit in units), None) for entries in modifiers]
        if not readings or any(reading is None for reading in readings):
            continue
        kinds = {reading[1] for reading in readings if reading}
        offset = next(reading[0] for reading in readings if reading)
        start, end = base + m.start(), base + m.end()
        granularity = _UNIT_GRANULARITY[unit]
        count_word = m.group("count")
        if "anaphoric" in kinds:
            if not plural:  # "kolejne trzy lata", "w następnych latach" are durations, not dates
                yield _Found(start, end, granularity, None, None, "unresolved", kind="anaphoric")
        elif plural and kinds & {"past", "future"}:
            count = (int(count_word) if count_word and count_word.isdigit()
                     else lex.numbers.get((count_word or "").lower(), lex.vague_counts.get(unit, 1)))
            future = "future" in kinds
            if count == 0 or ctx.reference is None:
                yield _Found(start, end, Granularity.PERIOD if count else Granularity.UNKNOWN, None, None,
                             "unresolved", relation="future" if future else "")
                continue
            other = _shift(ctx.reference, unit, count if future else -count)
            first, last = (ctx.reference, other) if future else (other, ctx.reference)
            yield _Found(start, end, Granularity.PERIOD, first, last, "relative",
                         relation="future" if future else "")
        elif not plural and not count_word and "deictic" in kinds:
            period = _unit_period(unit, ctx.reference, offset) if ctx.reference else None
            yield _relative(start, end, granularity, period, kind=unit)


def _match_abbreviations(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().abbreviation.finditer(ctx.text):
        key = re.sub(r"\s+", "", m.group("abbr").lower())
        unit, offset = next(v for k, v in lex.abbreviations.items() if k.replace(" ", "") == key)
        period = _unit_period(unit, ctx.reference, offset) if ctx.reference else None
        yield _relative(base + m.start(), base + m.end(), _UNIT_GRANULARITY[unit], period, kind=unit)


def _match_ago(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().ago.finditer(ctx.text):
        unit, plural = lex.units[(m.group("unit") or m.group("unit2")).lower()]
        word = m.group("count") or m.group("count2")
        count = int(word) if word and word.isdigit() else (lex.numbers.get(word.lower(), 0) if word else 1)
        start, end = base + m.start(), base + m.end()
        if count == 0 or (plural and not word):
            yield _Found(start, end, Granularity.UNKNOWN, None, None, "unresolved", kind="ago")
            continue
        period = _unit_period(unit, _shift(ctx.reference, unit, -count), 0) if ctx.reference else None
        yield _relative(start, end, _UNIT_GRANULARITY[unit], period, kind="ago")


def _match_seasons(ctx: _Context, base: int) -> Iterable[_Found]:
    lex = _lexicon()
    for m in _patterns().season.finditer(ctx.text):
        first_month, last_month = lex.seasons[m.group("season").lower()]
        year = int(m.group("year"))
        last_year = year + 1 if last_month < first_month else year
        yield _Found(base + m.start(), base + m.end(), Granularity.PERIOD, date(year, first_month, 1),
                     _month_last(last_year, last_month), "absolute", kind="season")


def _match_vague_parts(ctx: _Context, base: int) -> Iterable[_Found]:
    # "z początkiem roku" without saying which year: a real expression that cannot be placed
    for m in _patterns().part_of_bare_unit.finditer(ctx.text):
        yield _Found(base + m.start(), base + m.end(), Granularity.UNKNOWN, None, None, "unresolved", kind="part")


_MATCHERS = (_match_numeric, _match_days, _match_months, _match_weekdays, _match_deictic, _match_years,
             _match_decades, _match_quarters, _match_relative_units, _match_abbreviations, _match_ago,
             _match_seasons, _match_vague_parts)


# ------------------------------------------------------------------------------------- composition


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Keep the longest of overlapping findings (earliest first on ties), in text order."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= k.start or k.end <= item.start for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _gap_words(text: str, left: _Found, right: _Found) -> list[str] | None:
    """The words between two findings if only commas, spaces and connectors lie there, else None."""
    gap = text[left.end:right.start]
    if len(gap) > 12 or re.search(r"[^\w\s,]", gap):
        return None
    words = gap.replace(",", " ").lower().split()
    return words if all(word in _CONNECTORS for word in words) else None


def _in_context(text: str, item: _Found, previous: _Found | None) -> bool:
    """Whether a bare month, weekday or year is a date here: after a preposition or part, or coordinated."""
    pats = _patterns()
    before = text[max(0, item.start - _WINDOW):item.start]
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


def _combine(text: str, found: list[_Found], reference: date | None) -> list[_Found]:
    """Weekday + date, coordinated months sharing a year, and "od X do Y" periods."""
    result: list[_Found] = []
    for item in found:
        previous = result[-1] if result else None
        # "czwartek 25 listopada", "Sobota, 21 bm.": one expression, the weekday fixes a missing year
        if (previous is not None and previous.kind == "weekday" and item.kind == "day" and item.granularity
                is Granularity.DAY and re.fullmatch(r",?\s*\(?\s*", text[previous.end:item.start])):
            merged = replace(item, start=previous.start, kind="day")
            if not item.explicit_year and item.month and reference is not None:
                weekday = _lexicon().weekdays[text[previous.start:previous.end].split()[-1].lower()]
                for year in (reference.year, reference.year - 1, reference.year + 1):
                    day = _safe_date(year, item.month, item.day)
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
            result[index] = replace(item, first=date(year, item.month, 1), last=_month_last(year, item.month),
                                    basis="absolute", explicit_year=True)
    return result


def _apply_part(item: _Found, part: str) -> _Found:
    """The first, middle or last third of a found period ("pod koniec października" = 21–31 October)."""
    if item.first is None or item.last is None:
        return replace(item, granularity=Granularity.PERIOD if item.granularity is not Granularity.UNKNOWN
                       else item.granularity)
    first, last = item.first, item.last
    if item.granularity is Granularity.MONTH:
        bounds = {"start": (1, 10), "middle": (11, 20), "end": (21, last.day)}[part]
        first, last = first.replace(day=bounds[0]), first.replace(day=bounds[1])
    elif item.granularity is Granularity.DECADE:  # "we wczesnych latach 80." = 1980–1983
        years = {"start": (0, 3), "middle": (4, 6), "end": (7, 9)}[part]
        first, last = date(first.year + years[0], 1, 1), date(first.year + years[1], 12, 31)
    elif item.granularity is Granularity.YEAR:
        months = {"start": (1, 4), "middle": (5, 8), "end": (9, 12)}[part]
        first, last = date(first.year, months[0], 1), _month_last(first.year, months[1])
    else:
        third = ((last - first).days + 1) // 3
        if part == "start":
            last = first + timedelta(days=third - 1)
        elif part == "middle":
            first, last = first + timedelta(days=third), last - timedelta(days=third)
        else:
            first = last - timedelta(days=third - 1)
    return replace(item, first=first, last=last, granularity=Granularity.PERIOD)


def _extend_left(text: str, item: _Found) -> _Found:
    """Take in a part-of phrase ("pod koniec") or a governing preposition ("od", "w") before a finding."""
    if item.kind == "part":
        return item
    pats, lex = _patterns(), _lexicon()
    offset = max(0, item.start - _WINDOW)
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


def _periods(text: str, found: list[_Found]) -> list[_Found]:
    """"od 25 czerwca do 15 września", "od 1991 do 2000 roku": one PERIOD from the first to the last."""
    result: list[_Found] = []
    for item in found:
        previous = result[-1] if result else None
        if (previous is not None and previous.relation == "since" and item.relation == "until"
                and not text[previous.end:item.start].strip()):
            first, last = previous.first, item.last
            if first and last and previous.kind == item.kind == "weekday":  # "od poniedziałku do piątku"
                last = first + timedelta(days=(item.day - previous.day) % 7)
            elif first and last and last < first and not item.explicit_year:
                last = _add_months(last, 12)  # "od 1 grudnia do 15 stycznia"
            basis = "absolute" if previous.basis == item.basis == "absolute" else (
                "relative" if first and last else "unresolved")
            result[-1] = replace(previous, end=item.end, granularity=Granularity.PERIOD, first=first, last=last,
                                 basis=basis, relation="")
            continue
        result.append(item)
    return result


def _sentence_expressions(analysis: Analysis, sentence: Sentence, reference: date | None) -> list[_Found]:
    text = analysis.document.text
    ctx = _Context(text[sentence.start:sentence.end], sentence, reference)
    found = _non_overlapping([item for matcher in _MATCHERS for item in matcher(ctx, sentence.start)])
    kept: list[_Found] = []
    for item in found:
        if item.needs_context and not _in_context(text, item, kept[-1] if kept else None):
            continue
        kept.append(item)
    kept = _combine(text, kept, reference)
    return _periods(text, [_extend_left(text, item) for item in kept])


def _to_record(analysis: Analysis, sentence: Sentence, item: _Found, resolution: DateResolution) -> TimeExpression:
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


def find_time_expressions(analysis: Analysis, reference: date | None,
                          resolution: DateResolution = DateResolution.PUBLICATION) -> tuple[TimeExpression, ...]:
    """Every temporal expression of a document, normalized against the publication date.

    Args:
        analysis: the document with its sentences and Morfeusz tokens (tags give the clause tense).
        reference: the publication date; None when it is unknown — relative expressions are then
            returned with resolution UNRESOLVED and no first/last day.
        resolution: what the reference rests on, PUBLICATION (known) or ESTIMATED (from
            ``estimate_publication_date``); it is copied into every expression resolved against it.

    Returns:
        The expressions in text order, never overlapping; see the module docstring for the rules.
    """
    if resolution not in (DateResolution.PUBLICATION, DateResolution.ESTIMATED):
        raise ValueError(f"resolution must be PUBLICATION or ESTIMATED, not {resolution.value!r}")
    return tuple(_to_record(analysis, sentence, item, resolution)
                 for sentence in analysis.sentences if sentence.tokens
                 for item in _sentence_expressions(analysis, sentence, reference))


def estimate_publication_date(analysis: Analysis) -> date | None:
    """Estimate when a document without a date was written, from the dates it mentions.

    The rule: the latest explicit full date (day, month and year in the text) that is not in a future-tense
    clause; failing that, the last day of the latest explicit month with its year; failing that, the last
    day of the latest explicit year. Periods, decades and expressions with the relation "until" ("do 2030
    roku") or "future" are ignored, because they look ahead; relative expressions ("wczoraj") cannot help
    without an anchor. The estimate is the earliest date consistent with what the text reports.

    Yearless dates refine it. Polish news writes the year only for another year than the current one
    ("we wrześniu 2022 roku" beside "9 listopada"), so when the text has day dates without a year in past
    clauses and its latest explicit date is only a month or a year, the document is taken to be from a
    later year, and the estimate is the latest yearless day in the year after that explicit one (the orbit
    sample: "we wrześniu 2022 roku", "17 marca", "13 października", "9 listopada" → 2023-11-09). With an
    explicit full date, yearless days after it in its year move the estimate to the latest of them.

    Returns:
        The estimated date, or None when the text names no explicit date, month or year.
    """
    best: dict[Granularity, date] = {}
    yearless: list[tuple[int, int]] = []  # (month, day) of past day dates written without a year
    for sentence in analysis.sentences:
        if not sentence.tokens:
            continue
        text = analysis.document.text
        ctx = _Context(text[sentence.start:sentence.end], sentence, None)
        for item in _sentence_expressions(analysis, sentence, None):
            if (item.kind == "day" and not item.explicit_year and item.month and item.day and not item.relation
                    and not ctx.is_future(item.start, item.end)):
                yearless.append((item.month, item.day))
            if (item.basis != "absolute" or item.last is None or item.relation in ("until", "future")
                    or item.granularity not in (Granularity.DAY, Granularity.MONTH, Granularity.YEAR)):
                continue
            if item.granularity is Granularity.DAY and ctx.is_future(item.start, item.end):
                continue
            if item.granularity not in best or item.last > best[item.granularity]:
                best[item.granularity] = item.last
    for granularity in (Granularity.DAY, Granularity.MONTH, Granularity.YEAR):
        if granularity in best:
            return _after_yearless(best[granularity], granularity, yearless)
    return None


def _after_yearless(estimate: date, granularity: Granularity, yearless: list[tuple[int, int]]) -> date:
    """The estimate moved by the yearless past day dates (see ``estimate_publication_date``)."""
    if not yearless:
        return estimate
    if granularity is Granularity.DAY:
        later = [day for day in (_safe_date(estimate.year, month, d) for month, d in yearless)
                 if day is not None and day > estimate]
        return max(later, default=estimate)
    days = [day for day in (_safe_date(estimate.year + 1, month, d) for month, d in yearless) if day is not None]
    return max(days, default=estimate)
