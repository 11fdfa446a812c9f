"""Polish temporal expressions: every construct the extractor promises, unresolved cases, the estimate, and
a metric floor on the hand-checked gold (eval/gold/dates.jsonl)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.dates import estimate_publication_date, find_time_expressions
from orbitscope.model import DateResolution, Document, Granularity, document_id

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "dates.jsonl"
REFERENCE = date(2023, 11, 15)  # a Wednesday


def _analyse(language_layer, text: str):
    return language_layer.analyse(Document(document_id(text), text, language="pl"))


def _expressions(language_layer, text: str, reference: date | None = REFERENCE,
                 resolution: DateResolution = DateResolution.PUBLICATION):
    return find_time_expressions(_analyse(language_layer, text), reference, resolution)


CASES = [
    # (sentence, expected span, value, granularity, relation)
    ("Spotkanie odbyło się 9 listopada w Astanie.", "9 listopada", "2023-11-09", "day", ""),
    ("MTK wydał 17 marca nakaz aresztowania.", "17 marca", "2023-03-17", "day", ""),
    ("3 listopada Kazachstan gościł przywódców.", "3 listopada", "2023-11-03", "day", ""),
    ("Szczyt odbył się 20 grudnia w Moskwie.", "20 grudnia", "2022-12-20", "day", ""),  # not after reference
    ("Szczyt odbędzie się 20 grudnia w Moskwie.", "20 grudnia", "2023-12-20", "day", ""),  # future tense
    ("Posiedzenie zwołano na wtorek.", "na wtorek", "2023-11-21", "day", ""),  # a day set ahead
    ("Kolejny szczyt zaplanowano na marzec.", "na marzec", "2024-03", "month", ""),
    ("Rozmawiali we wtorek.", "we wtorek", "2023-11-14", "day", ""),  # (no day set: the last one)
    ("Prezydenci spotkają się 10 marca w Paryżu.", "10 marca", "2024-03-10", "day", ""),
    ("Umowę podpisano 9 listopada 2023 r. w Astanie.", "9 listopada 2023 r.", "2023-11-09", "day", ""),
    ("We wrześniu 2022 roku urzędnicy informowali o planach.", "We wrześniu 2022 roku", "2022-09", "month", ""),
    ("Eksport wzrósł w 2022 r. o połowę.", "w 2022 r.", "2022", "year", ""),
    ("Wymiana osiągnęła w ubiegłym roku rekord.", "w ubiegłym roku", "2022", "year", ""),
    ("W zeszłym tygodniu minister odwiedził Pekin.", "W zeszłym tygodniu", "2023-11-06/2023-11-12", "week", ""),
    ("W przyszłym roku rząd obniży podatki.", "W przyszłym roku", "2024", "year", ""),
    ("Rakiety rozmieszczono w drugiej połowie 2023 r.", "w drugiej połowie 2023 r.", "2023-07-01/2023-12-31",
     "period", ""),
    ("W pierwszym półroczu 2023 r. eksport wzrósł.", "W pierwszym półroczu 2023 r.", "2023-01-01/2023-06-30",
     "period", ""),
    ("Pod koniec października doszło do zamieszek.", "Pod koniec października", "2023-10-21/2023-10-31",
     "period", ""),
    ("Elektrownia ruszy na początku 2024 roku.", "na początku 2024 roku", "2024-01-01/2024-04-30", "period", ""),
    ("Kazachstan jest niepodległy od 1991 r.", "od 1991 r.", "1991", "year", "since"),
    ("Emisje spadną do 2030 roku o jedną trzecią.", "do 2030 roku", "2030", "year", "until"),
    ("W latach 2019–2022 handel się podwoił.", "W latach 2019–2022", "2019-01-01/2022-12-31", "period", ""),
    ("Dane za okres 2019-2022 pokazują wzrost.", "2019-2022", "2019-01-01/2022-12-31", "period", ""),
    ("Minister przyleciał we wtorek do Astany.", "we wtorek", "2023-11-14", "day", ""),
    ("Minister przyleci w piątek do Astany.", "w piątek", "2023-11-17", "day", ""),
    ("Prezydent wczoraj przyjął ambasadora.", "wczoraj", "2023-11-14", "day", ""),
    ("Dziś rząd zbiera się na posiedzeniu.", "Dziś", "2023-11-15", "day", ""),
    ("Dzisiaj rząd zbiera się na posiedzeniu.", "Dzisiaj", "2023-11-15", "day", ""),
    ("Jutro premier poleci do Brukseli.", "Jutro", "2023-11-16", "day", ""),
    ("Dlatego w nadchodzących miesiącach Putin i Tokajew będą się spotykać.", "w nadchodzących miesiącach",
     "2023-11-15/2024-05-15", "period", "future"),
    ("W ostatnich latach Astana zbliżyła się do Zachodu.", "W ostatnich latach", "2018-11-15/2023-11-15",
     "period", ""),
    ("Zespół powstał w latach 90. w Berlinie.", "w latach 90.", "1990-01-01/1999-12-31", "decade", ""),
    ("Grupa powstała w latach dziewięćdziesiątych XX wieku.", "w latach dziewięćdziesiątych XX wieku",
     "1990-01-01/1999-12-31", "decade", ""),
    ("Granice wytyczono w XX wieku.", "w XX wieku", "1901-01-01/2000-12-31", "period", ""),
    ("Umowę podpisano 09.11.2023 w Astanie.", "09.11.2023", "2023-11-09", "day", ""),
    ("Umowę podpisano 2023-11-09 w Astanie.", "2023-11-09", "2023-11-09", "day", ""),
    ("PKB wzrósł w pierwszym kwartale 2023 o 2 proc.", "w pierwszym kwartale 2023", "2023-01-01/2023-03-31",
     "quarter", ""),
    ("PKB wzrósł w III kwartale 2022 r. o 2 proc.", "w III kwartale 2022 r.", "2022-07-01/2022-09-30",
     "quarter", ""),
    ("W kwietniu ub.r. prokuratorzy odmówili.", "W kwietniu ub.r.", "2022-04", "month", ""),
    ("Sobota, 11 bm. była pochmurna.", "Sobota, 11 bm.", "2023-11-11", "day", ""),
    ("Na czwartek 23 listopada zaprasza premiera.", "Na czwartek 23 listopada", "2023-11-23", "day", ""),
    ("Trzy tygodnie temu rząd upadł.", "Trzy tygodnie temu", "2023-10-23/2023-10-29", "week", ""),
    ("Przed rokiem rząd upadł.", "Przed rokiem", "2022", "year", ""),
    ("Konflikt trwa od jesieni 1999 r. bez przerwy.", "od jesieni 1999 r.", "1999-09-01/1999-11-30", "period",
     "since"),
    ("Biennale potrwa od 25 czerwca do 15 września.", "od 25 czerwca do 15 września", "2024-06-25/2024-09-15",
     "period", ""),
    ("Dane dotyczą sezonu 2022/23 w całej lidze.", "2022/23", "2022-01-01/2023-12-31", "period", ""),
    ("W tym roku inflacja spadła.", "W tym roku", "2023", "year", ""),
    ("W lipcu tego roku zatrzymano drony.", "W lipcu tego roku", "2023-07", "month", ""),
    ("Zbrodnia z 1941 roku wciąż budzi emocje.", "z 1941 roku", "1941", "year", ""),
    ("Po 13 maja 2002 r. przepisy się zmienią.", "Po 13 maja 2002 r.", "2002-05-13", "day", "after"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "granularity", "relation"), CASES)
def test_constructs(language_layer, sentence, span, value, granularity, relation):
    found = _expressions(language_layer, sentence)
    assert [(e.text, e.value, e.granularity.value, e.relation) for e in found] == [
        (span, value, granularity, relation)]
    expression = found[0]
    assert sentence[expression.start - 0:expression.end] == span  # offsets point into the document text


@pytest.mark.parametrize("sentence", [
    "W Kazachstanie mieszka 2022 osób pochodzenia koreańskiego.",
    "Wymiana osiągnęła 5 mld USD.",
    "80 procent eksportu ropy płynie przez Rosję.",
    "Do 10 lat więzienia grozi dwóm mieszkańcom Lublina.",
    "Przyszedł Grudzień, kolejna manifestacja nieufności.",  # a historical event, not a month
    "Przez kolejne trzy lata sąd przesłuchiwał świadków.",  # a duration
    "W poniedziałki sklepy są zamknięte.",  # a habit
])
def test_not_dates(language_layer, sentence):
    assert _expressions(language_layer, sentence) == ()


@pytest.mark.parametrize(("sentence", "granularity"), [
    ("Minister przyleciał we wtorek do Astany.", Granularity.DAY),
    ("Prezydent wczoraj przyjął ambasadora.", Granularity.DAY),
    ("Wymiana osiągnęła w ubiegłym roku rekord.", Granularity.YEAR),
    ("Spotkanie odbyło się 9 listopada w Astanie.", Granularity.DAY),
    ("W październiku pojawiły się spekulacje.", Granularity.MONTH),
])
def test_relative_without_reference_is_unresolved(language_layer, sentence, granularity):
    (expression,) = _expressions(language_layer, sentence, reference=None)
    assert expression.resolution is DateResolution.UNRESOLVED
    assert expression.first is None and expression.last is None and expression.value is None
    assert expression.granularity is granularity


@pytest.mark.parametrize(("sentence", "granularity"), [
    ("Tego dnia odbyło się spotkanie ekspertów.", Granularity.DAY),
    ("W tym samym roku podpisano umowę.", Granularity.YEAR),
    ("Akt oskarżenia wysłano kilka dni temu do sądu.", Granularity.UNKNOWN),
    ("Z początkiem roku droższe będą bilety.", Granularity.UNKNOWN),
])
def test_anaphoric_and_vague_are_never_placed(language_layer, sentence, granularity):
    (expression,) = _expressions(language_layer, sentence)
    assert expression.resolution is DateResolution.UNRESOLVED and expression.value is None
    assert expression.granularity is granularity


def test_resolution_follows_the_reference(language_layer):
    text = "Wczoraj, 9 listopada 2023 r., prezydenci rozmawiali."
    published = _expressions(language_layer, text)
    estimated = _expressions(language_layer, text, resolution=DateResolution.ESTIMATED)
    assert [e.resolution for e in published] == [DateResolution.PUBLICATION, DateResolution.ABSOLUTE]
    assert [e.resolution for e in estimated] == [DateResolution.ESTIMATED, DateResolution.ABSOLUTE]
    with pytest.raises(ValueError, match="resolution"):
        _expressions(language_layer, text, resolution=DateResolution.ABSOLUTE)


def test_coordinated_months_share_a_year(language_layer):
    text = "We wrześniu, październiku i listopadzie 1999 roku będzie obowiązywać nowy wymiar składek."
    found = _expressions(language_layer, text, reference=None)
    assert [(e.text, e.value) for e in found] == [("We wrześniu", "1999-09"), ("październiku", "1999-10"),
                                                  ("listopadzie 1999 roku", "1999-11")]
    assert all(e.resolution is DateResolution.ABSOLUTE for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Spotkanie odbyło się 9 listopada 2023 r. Wcześniej, 3 marca 2023 r., rozmawiano w Moskwie.",
     date(2023, 11, 9)),
    ("Szczyt odbędzie się 9 grudnia 2031 r. Umowę podpisano 3 marca 2023 r.", date(2023, 3, 3)),  # future
    ("We wrześniu 2022 roku urzędnicy informowali o planach. Od 1991 r. kraj jest niepodległy.",
     date(2022, 9, 30)),
    ("W 2021 r. eksport wzrósł, a do 2030 roku ma się podwoić.", date(2021, 12, 31)),  # "do 2030" looks ahead
    ("Wczoraj prezydent przyjął ambasadora.", None),
    # a written year beside yearless days is another year: the article is from the next one
    ("We wrześniu 2022 roku ogłoszono plan. 17 marca wydano nakaz, a 9 listopada doszło do spotkania.",
     date(2023, 11, 9)),
    # yearless days after an explicit full date in its year move the estimate forward
    ("Umowę podpisano 3 marca 2023 r. Drugie spotkanie odbyło się 9 listopada.", date(2023, 11, 9)),
    # a yearless day in a future clause says nothing about the past
    ("We wrześniu 2022 roku ogłoszono plan. Szczyt odbędzie się 9 listopada.", date(2022, 9, 30)),
])
def test_estimate_publication_date(language_layer, text, expected):
    assert estimate_publication_date(_analyse(language_layer, text)) == expected


@pytest.mark.skipif(not DEFAULT_CORPUS.is_file(), reason="NKJP corpus (../shared/data) not available")
def test_gold_metric_floor(language_layer):
    from orbitscope.evaluation.dates import evaluate_dates, format_dates_report

    report = evaluate_dates(GOLD, language_layer)
    assert report.overlap.gold >= 110
    # measured 2026-11: detection F1 0.993, exact-span F1 0.986, normalization 0.993 (141/142)
    assert report.overlap.f1 >= 0.95, format_dates_report(report)
    assert report.exact.f1 >= 0.93, format_dates_report(report)
    assert report.normalization_accuracy >= 0.95, format_dates_report(report)
    assert report.as_dict()["normalization"]["matched"] == report.matched
