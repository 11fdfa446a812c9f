"""A sentence being searched for dates, what a match found, and calendar arithmetic (months, weeks, years)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from orbitscope.extract.dates.lexicon import date_lexicon
from orbitscope.model import Granularity, Sentence

CONNECTORS = frozenset({"i", "lub", "albo", "oraz", "a", "ale", "czy", "bądź", "nie"})


_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "-", "–", "—", "(", ")", "?", "!"})


WINDOW = 24  # how far left of an expression a preposition or part phrase is looked for


def month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def unit_period(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    """The calendar unit containing ``anchor``, moved by ``offset`` units."""
    if unit == "day":
        day = anchor + timedelta(days=offset)
        return day, day
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit in ("month", "quarter", "half"):
        size = {"month": 1, "quarter": 3, "half": 6}[unit]
        first = add_months(date(anchor.year, (anchor.month - 1) // size * size + 1, 1), offset * size)
        end = add_months(first, size - 1)
        return first, month_last(end.year, end.month)
    if unit == "year":
        return date(anchor.year + offset, 1, 1), date(anchor.year + offset, 12, 31)
    if unit == "decade":
        start = anchor.year // 10 * 10 + 10 * offset
        return date(start, 1, 1), date(start + 9, 12, 31)
    century = (anchor.year - 1) // 100 + offset  # the 20th century is 1901–2000
    return date(century * 100 + 1, 1, 1), date(century * 100 + 100, 12, 31)


def shift(day: date, unit: str, count: int) -> date:
    """``day`` moved by ``count`` units (a decade is ten years, a century a hundred)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}[unit]
    return add_months(day, count * months)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class FoundDate:
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


class SentenceContext:
    """One sentence being read: its text, the reference date and the tense of its clauses."""

    def __init__(self, text: str, sentence: Sentence, reference: date | None) -> None:
        self.text = text
        self.sentence = sentence
        self.reference = reference
        self._words: frozenset[str] | None = None
        self._has_digit: bool | None = None

    @property
    def words(self) -> frozenset[str]:
        """The sentence's lower-case word characters runs (matchers skip a sentence without their words)."""
        if self._words is None:
            self._words = frozenset(re.findall(r"\w+", self.text.lower()))
        return self._words

    @property
    def has_digit(self) -> bool:
        """Whether the sentence has a digit (numeric dates, days, years and seasons need one)."""
        if self._has_digit is None:
            self._has_digit = re.search(r"\d", self.text) is not None
        return self._has_digit

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
        if "na" in {tokens[inside[0]].orth.lower(), tokens[inside[0] - 1].orth.lower() if inside[0] else ""} and any(
                token.lemma in _SCHEDULING for token in tokens[left + 1:right]):
            return True  # "zwołano na wtorek", "zaplanowano na marzec": the day it is set for lies ahead
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


# verbs that set a day for something: "na" + a time after them names a day ahead
_SCHEDULING = frozenset({"zaplanować", "planować", "zwołać", "zwoływać", "wyznaczyć", "przełożyć", "przesunąć",
                         "umówić", "zaprosić", "zapowiedzieć"})


def relative_found(start: int, end: int, granularity: Granularity, period: tuple[date, date] | None,
              **fields: object) -> FoundDate:
    """A finding that rests on the reference: unresolved (first/last None) when there is none."""
    if period is None:
        return FoundDate(start, end, granularity, None, None, "unresolved", **fields)  # type: ignore[arg-type]
    return FoundDate(start, end, granularity, period[0], period[1], "relative", **fields)  # type: ignore[arg-type]


def year_of(match: re.Match[str], reference: date | None) -> tuple[int | None, bool]:
    """(year, explicit) from a month's year part: "1999 roku", "'97", "ub.r.", "tego roku", or none."""
    if match.group("year"):
        return int(match.group("year")), True
    if match.group("short"):
        short = int(match.group("short"))
        return (1900 + short if short > 30 else 2000 + short), True
    if match.group("relyear"):
        if reference is None:
            return None, False
        return reference.year + relative_year_offset(match.group("relyear")), False
    return None, False


def relative_year_offset(phrase: str) -> int:
    lex = date_lexicon()
    key = re.sub(r"\s+", "", phrase.lower())
    if key in {re.sub(r"\s+", "", k) for k in lex.abbreviations}:
        return next(offset for abbr, (_, offset) in lex.abbreviations.items() if abbr.replace(" ", "") == key)
    modifier = phrase.lower().split()[0]
    return next(offset for offset, kind, units in lex.modifiers[modifier] if kind == "deictic" and "year" in units)


def pick_year(month: int, day: int | None, reference: date, future: bool) -> int:
    """The year of a day/month without one: the latest not after the reference, or the first not before."""
    for year in ([reference.year, reference.year + 1] if future else [reference.year, reference.year - 1]):
        first = safe_date(year, month, day or 1)
        if first is None:
            continue
        last = first if day else month_last(year, month)
        if (future and last >= reference) or (not future and first <= reference):
            return year
    return reference.year
