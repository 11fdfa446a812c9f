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

from datetime import date

from orbitscope.extract.dates.compose import sentence_expressions, to_record
from orbitscope.extract.dates.context import SentenceContext, safe_date
from orbitscope.extract.dates.lexicon import date_lexicon
from orbitscope.model import Analysis, DateResolution, Granularity, Sentence, TimeExpression

__all__ = ["estimate_publication_date", "find_time_expressions"]


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
    return tuple(to_record(analysis, sentence, item, resolution)
                 for sentence in analysis.sentences if sentence.tokens
                 for item in sentence_expressions(analysis, sentence, reference))


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
        if not _may_hold_explicit_date(sentence):
            continue  # explicit dates need a number or an ordinal word ("pierwszego maja")
        ctx = SentenceContext(text[sentence.start:sentence.end], sentence, None)
        for item in sentence_expressions(analysis, sentence, None):
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


def _may_hold_explicit_date(sentence: Sentence) -> bool:
    ordinals = date_lexicon().ordinals
    return any(token.orth[:1].isdigit() or token.orth.lower() in ordinals for token in sentence.tokens)


def _after_yearless(estimate: date, granularity: Granularity, yearless: list[tuple[int, int]]) -> date:
    """The estimate moved by the yearless past day dates (see ``estimate_publication_date``)."""
    if not yearless:
        return estimate
    if granularity is Granularity.DAY:
        later = [day for day in (safe_date(estimate.year, month, d) for month, d in yearless)
                 if day is not None and day > estimate]
        return max(later, default=estimate)
    days = [day for day in (safe_date(estimate.year + 1, month, d) for month, d in yearless) if day is not None]
    return max(days, default=estimate)
