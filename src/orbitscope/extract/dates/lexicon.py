"""The date lexicon (extract/data/date_*.tsv) and the regular expressions built from it."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from orbitscope.model import Granularity, Token

DATA = Path(__file__).resolve().parent.parent / "data"


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18,
          "XIX": 19, "XX": 20, "XXI": 21, "XXII": 22}


_YEAR = r"(?:1\d{3}|20\d{2})"


_YEAR_WORD = r"(?:\s*(?:r\.|rok(?:u|iem)?(?!\w)))"


UNIT_GRANULARITY = {"day": Granularity.DAY, "week": Granularity.WEEK, "month": Granularity.MONTH,
                     "quarter": Granularity.QUARTER, "half": Granularity.PERIOD, "year": Granularity.YEAR,
                     "decade": Granularity.DECADE, "century": Granularity.PERIOD}


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
def date_lexicon() -> _Lexicon:
    def forms(rows: Iterable[list[str]], value: Callable[[list[str]], object], column: int = 1) -> dict:
        return {form.lower(): value(row) for row in rows for form in row[column].split()}

    modifiers: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    for row in _rows("date_modifiers.tsv"):
        units = frozenset(UNIT_GRANULARITY) if row[3].strip() == "*" else frozenset(row[3].split())
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
def date_patterns() -> _Patterns:
    lex = date_lexicon()
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
    roman = _alternation(ROMAN)
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


def time_noun(token: Token, units: bool = True) -> bool:
    """A weekday, month, season or (``units``) calendar unit ("środę", "marcu", "tygodniu"): the end of a time
    adverbial, which no actor phrase after it depends on."""
    lexicon = date_lexicon()
    word = token.orth.lower()
    return word in lexicon.weekdays or word in lexicon.months or word in lexicon.seasons \
        or units and word in lexicon.units
