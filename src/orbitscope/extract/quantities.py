"""Quantities: money, percentages, counts and physical measures quoted in a sentence → ``Quantity``.

``find_quantities(analysis)`` reads the Morfeusz tokens of every sentence and returns one ``Quantity`` per
figure, with its value scaled ("27 mld USD" → 27e9), its unit, the evidence span and, where the sentence
says, what it measures, whose figure it is and the year it refers to. Every word list lives in
``extract/data/quantity_*`` so users can extend it without touching code.

Rules, in the order they are applied to each number:

1. **Number.** A digit token ("27", "1,5", "25.600") or a definite number word with a Morfeusz ``num`` tag
   ("dwóch", "piętnastu", "półtora"; quantity_words.tsv). A comma is the decimal mark ("3,850" = 3.85);
   a dot followed by groups of exactly three digits separates thousands ("25.600" = 25600, "1.000.000"),
   any other dot is a decimal point ("3.5"). Groups of three digits after a space or NBSP join the number
   ("1 000 000"); a run of digit groups that are not all three digits long ("22 123 45 67") is a phone
   number and no figure. "$5", "€3" (symbol glued to the digits) are read as money. A singular scale noun
   with no number before it ("tysiąc euro") is the number 1 × scale.
2. **Not a figure.** A number after an identifier word ("art. 5", "ust. 3", "nr 7", "godz. 12.30", "tel.";
   quantity_references.txt), or whose next noun is a calendar or time word ("9 listopada", "2022 r.",
   "10 dni", "cztery tygodnie"; quantity_not_counted.txt: dates and durations belong to extract/dates.py),
   or a year-like integer (1800–2100) after a preposition with no unit ("w 2022 Kazachstan"). Roman
   numerals ("XX wiek") and numbers glued to a word by a hyphen ("46-letni", "16-latków") never match.
3. **Scale.** "tys.", "mln", "mld", "bln" and their inflected forms multiply (quantity_scales.tsv);
   "2 mln 533 tys." adds up to 2 533 000.
4. **Range.** "20–30 mld USD", "od 2 do 3 mln zł", "między 1 a 1,5 mln zł": ``value`` is the low end,
   ``value_high`` the high end, a scale written only after the high end applies to both; the low end must
   be below the high end, so "w 2003 - 18 proc." is no range.
5. **Unit**, tried in order after the number (and scale): a currency word, code or symbol (MONEY, ISO
   4217; also a symbol before the number), a percent word or a physical unit (PERCENT with unit "%", or
   "pp" for percentage points; MEASURE with a normalized unit), else a counted noun — the first noun
   after at most two adjectives or participles — whose lemma becomes the unit (COUNT: "106 różnych
   produktów" → "produkt"). A number with a scale word but nothing after it is a COUNT with unit ""
   ("ludność wzrosła do 35 mln"). A number word needs a counted noun or a unit.
6. **Shared unit.** Bare numbers coordinated before a figure share its unit and scale: "19, 30 i 40 proc."
   gives three percentages, "18 i 36 proc." two.
7. **Approximation.** A marker in the two words before the figure (quantity_approximate.tsv) sets
   ``approximate``: about (około, ok., blisko), over (ponad, przeszło, powyżej, więcej niż), under
   (poniżej, niespełna, niecałe, prawie, niemal, mniej niż), up_to (do, nawet). "do" after a verb of
   change ("wzrosła do"; quantity_change_verbs.txt) is the new level, not a bound. The marker is part of
   the span.
8. **Measure.** For a percentage followed by a genitive noun, that noun (base form) and the genitive
   nouns after it ("80 proc. eksportu ropy" → "eksport ropy"). Otherwise, after "w wysokości", "o
   wartości", "na kwotę", the noun before them ("kary w wysokości 1 mln zł" → "kara"); otherwise the
   subject of a value verb before the figure ("wyniosła", "osiągnęła", "sięga"; quantity_verbs.txt):
   the nearest nominative noun before the verb with its adjectives and genitive nouns, as written
   ("dwustronna wymiana handlowa osiągnęła 27 mld USD" → "dwustronna wymiana handlowa").
9. **Actors.** The linked actors inside the measure phrase and its genitive complement ("wymiana handlowa
   Rosji i Kazachstanu"); for a bilateral measure ("dwustronna", "wzajemna") with no actor in it, the
   first two countries linked earlier in the sentence.
10. **Year.** The year expression ("w 2022 r.", "w 2003", "z 1921 r.") nearest before the figure in its
    sentence, else the nearest after it; a span of years ("w latach 2019–2022") and relative phrases ("w
    ubiegłym roku") give None.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from orbitscope.model import Analysis, EntityLink, Quantity, QuantityKind, Sentence, Token

__all__ = ["QuantityLexicon", "find_quantities", "load_quantity_lexicon", "parse_number"]

_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_SYMBOL_NUMBER = re.compile(r"([$€£¥₽₸₴])(\d+(?:[.,]\d+)?)")
_THREE_DIGITS = re.compile(r"\d{3}")
_GROUP_GAP = {" ", "\u00a0", "\u202f", "\u2009"}
_SQUARE = re.compile(r"\.?[2²](?!\d)")
_SYMBOLS = {"$", "€", "£", "¥", "₽", "₸", "₴"}
_DASHES = {"-", "–", "—", "‒"}
_CONNECTORS = {",", "i", "oraz", "lub", "albo", "czy"}
_QUOTES = {'"', "„", "”", "“", "«", "»", "'"}
_YEAR_PREPOSITIONS = {"w", "we", "z", "ze", "od", "do", "po", "przed", "roku", "rok", "latach", "lata"}
_AMOUNT_CUES = (("w", "wysokości"), ("o", "wartości"), ("na", "kwotę"), ("na", "sumę"))
_BILATERAL = ("dwustronn", "wzajemn", "bilateraln")
_PRONOUNS = {"który", "jaki", "ten", "taki", "ów", "tamten", "czyj", "swój", "mój", "twój", "nasz", "wasz",
             "każdy", "żaden", "wszystek", "jego", "jej", "ich"}
_NOUN_TAGS = ("subst", "depr", "ger")
_MODIFIER_TAGS = ("adj", "ppas", "pact")


@dataclass(frozen=True)
class QuantityLexicon:
    """The word lists of extract/data/quantity_* (forms are lower case unless said otherwise)."""

    currencies: dict[tuple[str, ...], str]  # ("franków", "szwajcarskich") → "CHF"
    units: dict[tuple[str, ...], tuple[str, QuantityKind]]  # as written: ("Mg",) → ("t", MEASURE)
    scales: dict[str, float]
    approximate: dict[tuple[str, ...], str]
    number_words: dict[str, float]
    not_counted: frozenset[str]
    references: frozenset[str]
    value_verbs: tuple[str, ...]
    change_verbs: tuple[str, ...]
    abbreviations: frozenset[str]  # forms written with a trailing dot: the dot belongs to the span


def _lines(name: str) -> Iterable[list[str]]:
    """The non-comment lines of a data file, split on tabs."""
    text = resources.files("orbitscope.extract").joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def _key(form: str) -> tuple[str, ...]:
    """A data-file form as the word tuple it matches: "pkt proc." → ("pkt", "proc")."""
    return tuple(word.rstrip(".") or word for word in form.split())


@cache
def load_quantity_lexicon() -> QuantityLexicon:
    """Read the quantity word lists shipped in extract/data (cached: one copy per process)."""
    abbreviations: set[str] = set()
    currencies: dict[tuple[str, ...], str] = {}
    units: dict[tuple[str, ...], tuple[str, QuantityKind]] = {}
    scales: dict[str, float] = {}
    for form, code in _lines("quantity_currencies.tsv"):
        currencies[_key(form.lower())] = code
    for form, unit, kind in _lines("quantity_units.tsv"):
        units[_key(form)] = (unit, QuantityKind.PERCENT if kind == "percent" else QuantityKind.MEASURE)
    for (form, multiplier) in _lines("quantity_scales.tsv"):
        scales[form.lower().rstrip(".")] = float(multiplier)
    for name, column in (("quantity_currencies.tsv", 0), ("quantity_units.tsv", 0), ("quantity_scales.tsv", 0)):
        abbreviations.update(_key(row[column])[-1].lower() for row in _lines(name)
                             if row[column].endswith(".") and len(row[column]) > 1)
    return QuantityLexicon(
        currencies=currencies,
        units=units,
        scales=scales,
        approximate={_key(phrase.lower()): kind for phrase, kind in _lines("quantity_approximate.tsv")},
        number_words={lemma: float(value) for lemma, value in _lines("quantity_words.tsv")},
        not_counted=frozenset(row[0] for row in _lines("quantity_not_counted.txt")),
        references=frozenset(row[0].lower().rstrip(".") for row in _lines("quantity_references.txt")),
        value_verbs=tuple(row[0] for row in _lines("quantity_verbs.txt")),
        change_verbs=tuple(row[0] for row in _lines("quantity_change_verbs.txt")),
        abbreviations=frozenset(abbreviations),
    )


def parse_number(orth: str) -> float | None:
    """The value of a written number: "1,5" → 1.5, "25.600" → 25600.0, "3.5" → 3.5; None if not one."""
    if _THOUSANDS_DOT.fullmatch(orth):
        return float(orth.replace(".", ""))
    if _DECIMAL.fullmatch(orth):
        return float(orth.replace(",", "."))
    return None


@dataclass
class _Number:
    """A number found at tokens[first:last] (scale included), with its value."""

    first: int
    last: int  # exclusive
    value: float
    digits: bool  # written in digits (number words need a counted noun or unit)
    scaled: bool = False
    scale: float = 1.0
    symbol: str = ""  # a currency symbol glued before the digits ("$5")


class _Sentence:
    """One sentence's tokens with the helpers the rules share."""

    def __init__(self, sentence: Sentence, text: str, lexicon: QuantityLexicon) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.text = text
        self.lexicon = lexicon
        self.words = [token.orth.lower() for token in self.tokens]

    def gap(self, index: int) -> str:
        """The text between token ``index`` and the next one."""
        return self.text[self.tokens[index].end:self.tokens[index + 1].start]

    def dot_after(self, index: int) -> bool:
        """Whether an abbreviation dot follows token ``index`` directly."""
        return index + 1 < len(self.tokens) and self.tokens[index + 1].orth == "." and not self.gap(index)

    def end_of_word(self, index: int) -> int:
        """The index after a word, its abbreviation dot included when the lexicon writes it with one."""
        if self.words[index] in self.lexicon.abbreviations and self.dot_after(index):
            return index + 2
        return index + 1

    # -- numbers -----------------------------------------------------------------------------------------

    def number(self, index: int) -> _Number | None:
        """The number starting at token ``index`` (digit groups and scale words joined), or None."""
        tokens, lexicon = self.tokens, self.lexicon
        token = tokens[index]
        symbol = ""
        value: float | None = None
        last = index + 1
        if token.tag == "dig" and index and tokens[index - 1].tag == "dig" and self.gap(index - 1) in _GROUP_GAP:
            return None  # inside a run of digit groups ("22 123 45 67"), read from its first group
        if token.tag == "dig" or token.tag == "ign":
            glued = _SYMBOL_NUMBER.fullmatch(token.orth)
            if glued:
                symbol, value = glued.group(1), parse_number(glued.group(2))
            elif token.tag == "dig":
                value = parse_number(token.orth)
            if value is None:
                return None
            if re.fullmatch(r"\d{1,3}", token.orth):
                while (last < len(tokens) and tokens[last].tag == "dig" and self.gap(last - 1) in _GROUP_GAP):
                    if not _THREE_DIGITS.fullmatch(tokens[last].orth):
                        return None  # "22 123 45 67": a phone number, not a figure
                    value = value * 1000 + float(tokens[last].orth)
                    last += 1
            digits = True
        elif token.tag.startswith("num") and token.lemma in lexicon.number_words:
            value, digits = lexicon.number_words[token.lemma], False
            if last + 1 < len(tokens) and self.words[last] == "i" and self.words[last + 1] == "pół":
                value, last = value + 0.5, last + 2  # "sześciu i pół"
        elif (self.words[index] in lexicon.scales and ":sg:" in token.tag and token.tag.startswith("subst")
              and (index == 0 or tokens[index - 1].tag != "dig")):
            return _Number(index, index + 1, lexicon.scales[self.words[index]], False, True,
                           lexicon.scales[self.words[index]])  # "tysiąc euro"
        else:
            return None
        number = _Number(index, last, value, digits, symbol=symbol)
        self._scale(number)
        return number

    def _scale(self, number: _Number) -> None:
        """Apply the scale word(s) after a number: "27 mld", "2 mln 533 tys."."""
        tokens, scales = self.tokens, self.lexicon.scales
        if number.last < len(tokens) and self.words[number.last].rstrip(".") in scales:
            scale = scales[self.words[number.last].rstrip(".")]
            number.value *= scale
            number.scale, number.scaled = scale, True
            number.last = self.end_of_word(number.last)
            following = number.last
            if (following + 1 < len(tokens) and tokens[following].tag == "dig"
                    and self.words[following + 1] in scales and scales[self.words[following + 1]] < scale):
                small = parse_number(tokens[following].orth)
                if small is not None and small < 1000:
                    number.value += small * scales[self.words[following + 1]]
                    number.last = self.end_of_word(following + 1)

    def range_end(self, low: _Number) -> _Number | None:
        """The high end of a range starting with ``low`` ("20–30", "od 2 do 3", "między 1 a 1,5"), or None."""
        joint = low.last
        if joint + 1 >= len(self.tokens):
            return None
        word = self.words[joint]
        before = self.words[low.first - 1] if low.first else ""
        if not (word in _DASHES or (word == "do" and before == "od") or (word == "a" and before == "między")):
            return None
        high = self.number(joint + 1)
        if high is None or not high.digits or not low.digits:
            return None
        if high.last < len(self.tokens) and self.words[high.last] in _DASHES and not self.gap(high.last - 1):
            return None  # "15 - 16-latków"
        low_value = low.value if low.scaled else low.value * high.scale
        if not low_value < high.value:
            return None
        if not low.scaled:
            low.value, low.scale, low.scaled = low_value, high.scale, high.scaled
        return high

    # -- units --------------------------------------------------------------------------------------------

    def phrase(self, index: int, table: dict[tuple[str, ...], object], exact: bool = False
               ) -> tuple[object, int] | None:
        """The longest entry of ``table`` starting at token ``index``: (entry, index after it)."""
        for length in (3, 2, 1):
            words: list[str] = []
            position = index
            while len(words) < length and position < len(self.tokens):
                orth = self.tokens[position].orth if exact else self.words[position]
                if orth == "." and words:  # "m sześc." / "pkt proc.": skip abbreviation dots
                    position += 1
                    continue
                words.append(orth)
                position += 1
            key = tuple(words)
            if len(key) == length and key in table:
                return table[key], self.end_of_word(position - 1)
        return None

    def unit(self, index: int) -> tuple[QuantityKind, str, int] | None:
        """(kind, unit, index after it) for a currency, percent or physical unit at ``index``."""
        if index >= len(self.tokens):
            return None
        currency = self.phrase(index, self.lexicon.currencies)  # type: ignore[arg-type]
        if currency is not None:
            code, after = currency
            token = self.tokens[index]
            noun_after = after < len(self.tokens) and self.tokens[after].tag.startswith("subst")
            if not (token.tag.startswith("adj") and noun_after):  # "3 złote medale" is no money
                return QuantityKind.MONEY, str(code), after
        found = (self.phrase(index, self.lexicon.units, exact=True)  # type: ignore[arg-type]
                 or self.phrase(index, self.lexicon.units))  # type: ignore[arg-type]
        if found is None:
            return None
        (unit, kind), after = found  # type: ignore[misc]
        return kind, unit, after

    def counted_noun(self, index: int) -> tuple[str, int] | None:
        """(lemma, index after it) of the noun a number counts: at most two modifiers, then the noun."""
        position, modifiers = index, 0
        while position < len(self.tokens):
            token = self.tokens[position]
            if token.orth in _QUOTES:
                position += 1
                continue
            if token.tag.startswith(_MODIFIER_TAGS) and modifiers < 2:
                position, modifiers = position + 1, modifiers + 1
                continue
            break
        if position >= len(self.tokens):
            return None
        token = self.tokens[position]
        if not token.tag.startswith(_NOUN_TAGS) or token.is_name or self.not_counted(position):
            return None
        if len(token.orth) <= 4 and self.dot_after(position) and position + 2 < len(self.tokens):
            return None  # an abbreviation we do not know ("ust."): no counted noun
        return token.lemma, position + 1

    def blocked(self, index: int) -> bool:
        """Whether the number at ``index`` is an identifier or a date/time, not a figure."""
        previous = [word for word in self.words[max(0, index - 2):index] if word != "."]
        if previous and previous[-1].rstrip(".") in self.lexicon.references:
            return True
        return index + 1 < len(self.tokens) and self.not_counted(index + 1) \
            and self.tokens[index + 1].lemma not in {"proca", "pkt", "punkt"}

    def not_counted(self, index: int) -> bool:
        """Whether the word at ``index`` is a calendar, time or reference noun (by lemma or as written)."""
        return self.tokens[index].lemma in self.lexicon.not_counted or self.words[index] in self.lexicon.not_counted

    def year_like(self, number: _Number) -> bool:
        """A bare 1800–2100 integer after a preposition: a year, not a count."""
        if not number.digits or number.scaled or number.last - number.first != 1:
            return False
        orth = self.tokens[number.first].orth
        return orth.isdigit() and 1800 <= int(orth) <= 2100 and number.first > 0 \
            and (self.words[number.first - 1] in _YEAR_PREPOSITIONS or self._year_span(number.first))

    # -- context ------------------------------------------------------------------------------------------

    def approximation(self, index: int) -> tuple[str, int]:
        """(approximate kind, first token of its marker) for a figure starting at ``index``."""
        previous = [position for position in range(max(0, index - 4), index) if self.words[position] != "."]
        for length in (2, 1):
            if len(previous) < length:
                continue
            positions = previous[-length:]
            key = tuple(self.words[position] for position in positions)
            kind = self.lexicon.approximate.get(key)
            if kind is None:
                continue
            if key == ("do",):
                before = [self.words[position] for position in previous[:-1][-2:]]
                if any(word.startswith(self.lexicon.change_verbs) for word in before):
                    return "", index
            return kind, positions[0]
        return "", index

    def _year_span(self, index: int) -> bool:
        """Whether the year at ``index`` is one end of a span of years ("2019–2022", "1994 - 2000")."""
        for dash, other in ((index + 1, index + 2), (index - 1, index - 2)):
            if 0 <= min(dash, other) and max(dash, other) < len(self.tokens) and self.words[dash] in _DASHES:
                orth = self.tokens[other].orth
                if orth.isdigit() and 1800 <= int(orth) <= 2100:
                    return True
        return False

    def year(self, position: int) -> int | None:
        """The year the sentence gives for a figure at token ``position``."""
        years: list[tuple[int, int]] = []
        for index, token in enumerate(self.tokens):
            if token.tag != "dig" or not token.orth.isdigit() or not 1800 <= int(token.orth) <= 2100:
                continue
            before = self.words[index - 1] if index else ""
            if before in {"latach", "lata"} or self._year_span(index):
                continue  # "w latach 2019–2022": a span of years
            if before in _YEAR_PREPOSITIONS or self.tokens[min(index + 1, len(self.tokens) - 1)].lemma in {
                    "rok", "rocznik"}:
                years.append((index, int(token.orth)))
        earlier = [year for index, year in years if index < position]
        if earlier:
            return earlier[-1]
        later = [year for index, year in years if index > position]
        return later[0] if later else None


def find_quantities(analysis: Analysis, lexicon: QuantityLexicon | None = None) -> tuple[Quantity, ...]:
    """Every money amount, percentage, count and physical measure in a document's sentences.

    Args:
        analysis: a document analysed by the language layer (sentences with Morfeusz tokens) and, for
            ``actors``, by the linker.
        lexicon: the word lists; those shipped in extract/data when None.

    Returns:
        The quantities in text order, each with its evidence span (approximation marker included).
    """
    lexicon = lexicon or load_quantity_lexicon()
    text = analysis.document.text
    found: list[Quantity] = []
    by_sentence: dict[int, list[EntityLink]] = {}
    for link in analysis.links:
        by_sentence.setdefault(link.sentence, []).append(link)
    for sentence in analysis.sentences:
        links = by_sentence.get(sentence.index, [])
        found.extend(_sentence_quantities(analysis.document.id, _Sentence(sentence, text, lexicon), links))
    return tuple(sorted(found, key=lambda quantity: quantity.start))


def _sentence_quantities(doc_id: str, context: _Sentence, links: list[EntityLink]) -> list[Quantity]:
    """The quantities of one sentence (rules 1–10 of the module docstring)."""
    tokens = context.tokens
    quantities: list[Quantity] = []
    index = 0
    while index < len(tokens):
        figure = _figure_at(context, index)
        if figure is None:
            index += 1
            continue
        number, high, kind, unit, last = figure
        lead = number.first - 1 if number.first and context.words[number.first - 1] in _SYMBOLS else number.first
        approximate, first = context.approximation(lead)
        measure, actors = _measure(context, number.first, last, kind, links)
        year = context.year(number.first)
        start, end = tokens[first].start, tokens[last - 1].end
        square = _SQUARE.match(context.text, end) if unit in {"km", "m"} else None
        if square:  # "388 tys. km.2": the segmenter may even end the sentence at "km."
            unit, end = unit + "2", square.end()
        quantities.extend(_shared_unit(doc_id, context, number.first, number.scale, kind, unit, year,
                                       {index_ for quantity in quantities for index_ in range(quantity.start,
                                                                                                 quantity.end)}))
        quantities.append(Quantity(doc_id, context.sentence.index, start, end, context.text[start:end], kind,
                                   number.value, unit, approximate, high.value if high else None, measure,
                                   actors, year))
        index = last
    return quantities


def _figure_at(context: _Sentence, index: int
               ) -> tuple[_Number, _Number | None, QuantityKind, str, int] | None:
    """(number, range end, kind, unit, index after the figure) for a figure starting at ``index``."""
    tokens = context.tokens
    symbol_before = index > 0 and tokens[index - 1].orth in _SYMBOLS
    number = context.number(index)
    if number is None or context.blocked(index):
        return None
    high = context.range_end(number)
    last = (high or number).last
    symbol = number.symbol or (tokens[index - 1].orth if symbol_before else "")
    unit = context.unit(last)
    if unit is not None:
        kind, code, last = unit
        return number, high, kind, code, last
    if symbol:
        code = context.lexicon.currencies.get((symbol,))
        if code:
            return number, high, QuantityKind.MONEY, code, last
    noun = context.counted_noun(last)
    if noun is not None and not context.year_like(number):
        return number, high, QuantityKind.COUNT, noun[0], noun[1]
    if number.scaled and number.digits and (noun is None):
        return number, high, QuantityKind.COUNT, "", last  # "wzrosła do 35 mln"
    return None


def _shared_unit(doc_id: str, context: _Sentence, index: int, scale: float, kind: QuantityKind, unit: str,
                 year: int | None, taken: set[int]) -> list[Quantity]:
    """Bare numbers coordinated before a figure, which share its unit: "19, 30 i 40 proc."."""
    tokens = context.tokens
    shared: list[Quantity] = []
    position = index
    while position >= 2 and context.words[position - 1] in _CONNECTORS:
        candidate = position - 2
        token = tokens[candidate]
        value = parse_number(token.orth) if token.tag == "dig" else None
        if value is None or token.start in taken or context.blocked(candidate):
            break
        if token.orth.isdigit() and 1800 <= int(token.orth) <= 2100:
            break  # "w 2003 i 40 proc.": a year, not a member of the list
        if candidate > 0 and tokens[candidate - 1].tag == "dig":
            break  # part of a longer number or range
        shared.append(Quantity(doc_id, context.sentence.index, token.start, token.end, token.orth, kind,
                               value * scale, unit, "", None, "", (), year))
        position = candidate
    return shared[::-1]


def _measure(context: _Sentence, first: int, last: int, kind: QuantityKind, links: list[EntityLink]
             ) -> tuple[str, tuple[str, ...]]:
    """(measure phrase, actor ids) for a figure at tokens[first:last] (rules 8 and 9)."""
    tokens, words = context.tokens, context.words
    if kind is QuantityKind.PERCENT and last < len(tokens) and _genitive_noun(tokens[last]):
        head, end = last, _genitive_chain(context, last + 1)
        text = " ".join([tokens[head].lemma] + [token.orth for token in tokens[head + 1:end]])
        return text, _actors_in(context, head, _actor_chain(context, end), links)
    for cue in _AMOUNT_CUES:
        if first >= 3 and tuple(words[first - 2:first]) == cue and tokens[first - 3].tag.startswith("subst"):
            return tokens[first - 3].lemma, ()
    verb = next((position for position in range(first - 1, max(-1, first - 9), -1)
                 if words[position].startswith(context.lexicon.value_verbs)
                 and not tokens[position].tag.startswith(_NOUN_TAGS)), None)
    if verb is None:
        return "", ()
    head = next((position for position in range(verb - 1, -1, -1)
                 if tokens[position].tag.startswith("subst") and ":nom" in tokens[position].tag
                 and not tokens[position].is_name), None)
    if head is None or any(words[position] in {",", ";", "że"} for position in range(head + 1, verb)):
        # Morfeusz may read a plural subject as a genitive ("straty wynosiły"): take the noun just before
        head = verb - 1
        while head > 0 and tokens[head].tag.startswith("adj"):
            head -= 1
        if head < 0 or not tokens[head].tag.startswith("subst") or tokens[head].is_name:
            return "", ()
    start = head
    while start > 0 and tokens[start - 1].tag.startswith("adj") and tokens[start - 1].lemma not in _PRONOUNS:
        start -= 1  # a prenominal adjective modifies the head; "którego", "ten" do not describe it
    end = head + 1
    while end < verb and _agrees(tokens[end], tokens[head]):
        end += 1
    end = _genitive_chain(context, end, stop=verb)
    phrase = context.text[tokens[start].start:tokens[end - 1].end]
    if not tokens[start].is_name:
        phrase = phrase[:1].lower() + phrase[1:]
    actors = _actors_in(context, start, _actor_chain(context, end, stop=verb), links)
    if not actors and any(word.startswith(_BILATERAL) for word in words[start:end]):
        countries = [link.actor_id for link in links if link.actor_type == "country"
                     and link.end <= tokens[start].start]
        actors = tuple(dict.fromkeys(countries))[:2]
    return phrase, actors


def _agrees(adjective: Token, noun: Token) -> bool:
    """Whether an adjective shares a number and a case with a noun ("łączne straty", "wymiana handlowa")."""
    if not adjective.tag.startswith("adj"):
        return False
    a, n = adjective.tag.split(":"), noun.tag.split(":")
    if len(a) < 3 or len(n) < 3:
        return False
    cases_a, cases_n = set(a[2].split(".")), set(n[2].split("."))
    direct = {"nom", "acc", "voc"}  # one written form, and Morfeusz's first reading may pick either
    same_case = bool(cases_a & cases_n) or (cases_a <= direct and cases_n <= direct)
    return bool(set(a[1].split(".")) & set(n[1].split("."))) and same_case


def _genitive_noun(token: Token) -> bool:
    return token.tag.startswith(("subst", "ger")) and ":gen" in token.tag and not token.is_name


def _genitive_chain(context: _Sentence, index: int, stop: int | None = None) -> int:
    """The index after the common genitive nouns (and their adjectives) that follow ``index``."""
    stop = len(context.tokens) if stop is None else stop
    while index < stop:
        token = context.tokens[index]
        if not (_genitive_noun(token) or (token.tag.startswith("adj") and ":gen" in token.tag)):
            break
        index += 1
    return index


def _actor_chain(context: _Sentence, index: int, stop: int | None = None) -> int:
    """The index after genitive names joined by "i"/"," ("Rosji i Kazachstanu"), for actor lookup."""
    stop = len(context.tokens) if stop is None else stop
    while index < stop and (context.tokens[index].is_name or context.words[index] in {"i", ","}
                            or (":gen" in context.tokens[index].tag and context.tokens[index].orth[:1].isupper())):
        index += 1
    return index


def _actors_in(context: _Sentence, first: int, last: int, links: list[EntityLink]) -> tuple[str, ...]:
    """The distinct actor ids linked inside tokens[first:last]."""
    if last <= first:
        return ()
    start, end = context.tokens[first].start, context.tokens[last - 1].end
    return tuple(dict.fromkeys(link.actor_id for link in links if start <= link.start and link.end <= end))
