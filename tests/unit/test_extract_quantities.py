"""Quantities: money, percentages, counts, measures (extract/quantities.py) and their gold evaluation."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from orbitscope.evaluation.nkjp import DEFAULT_CORPUS
from orbitscope.extract.quantities import find_quantities, parse_number
from orbitscope.model import Document, QuantityKind, document_id

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "quantities.jsonl"
M, P, C, X = QuantityKind.MONEY, QuantityKind.PERCENT, QuantityKind.COUNT, QuantityKind.MEASURE


def quantities(layer, text: str):
    return find_quantities(layer.analyse(Document(document_id(text), text, language="pl")))


# (sentence, span text, kind, value, unit, approximate, value_high)
CASES = [
    ("Wymiana wyniosła 27 mld USD.", "27 mld USD", M, 27e9, "USD", "", None),
    ("Kontrakt opiewa na 4 mld dol. i zostanie podpisany.", "4 mld dol.", M, 4e9, "USD", "", None),
    ("Inwestycje sięgną 28 mld dolarów.", "28 mld dolarów", M, 28e9, "USD", "", None),
    ("Unia przekaże 5 mln euro na pomoc.", "5 mln euro", M, 5e6, "EUR", "", None),
    ("Budżet przewiduje 1,5 mld tenge na szkoły.", "1,5 mld tenge", M, 1.5e9, "KZT", "", None),
    ("Kara wynosi 20 tys. zł za każdy dzień.", "20 tys. zł", M, 20e3, "PLN", "", None),
    ("Firma zapłaciła 100 mln rubli odszkodowania.", "100 mln rubli", M, 100e6, "RUB", "", None),
    ("Kijów dostał 3 mln hrywien.", "3 mln hrywien", M, 3e6, "UAH", "", None),
    ("Pekin wyda 10 mld juanów.", "10 mld juanów", M, 10e9, "CNY", "", None),
    ("Wpływy sięgnęły 5 bln KZT.", "5 bln KZT", M, 5e12, "KZT", "", None),
    ("Rachunek wyniósł $5 mln.", "$5 mln", M, 5e6, "USD", "", None),
    ("Zapłacił 1500 franków szwajcarskich.", "1500 franków szwajcarskich", M, 1500, "CHF", "", None),
    ("Mieszkanie kosztuje 1 000 000 zł.", "1 000 000 zł", M, 1e6, "PLN", "", None),
    ("Mieszkanie kosztuje 1\u00a0000\u00a0000 zł.", "1\u00a0000\u00a0000 zł", M, 1e6, "PLN", "", None),
    ("Kawior wart był 25.600 euro.", "25.600 euro", M, 25600, "EUR", "", None),
    ("Zabrał tysiąc euro.", "tysiąc euro", M, 1000, "EUR", "", None),
    ("Handel sięgnie 20–30 mld USD rocznie.", "20–30 mld USD", M, 20e9, "USD", "", 30e9),
    ("Koszt wyniesie od 2 do 3 mln zł.", "2 do 3 mln zł", M, 2e6, "PLN", "", 3e6),
    ("Powiat dałby między 1 a 1,5 mln zł.", "1 a 1,5 mln zł", M, 1e6, "PLN", "", 1.5e6),
    ("Przemyt wart był ok. 750 mln dolarów.", "ok. 750 mln dolarów", M, 750e6, "USD", "about", None),
    ("Zarobił nawet 3,5 mln zł.", "nawet 3,5 mln zł", M, 3.5e6, "PLN", "up_to", None),
    ("Zapłacił niecałe 7 dolarów.", "niecałe 7 dolarów", M, 7, "USD", "under", None),
    ("Bilet kosztował prawie 600 dolarów.", "prawie 600 dolarów", M, 600, "USD", "under", None),
    ("Kazachstan eksportuje 80 procent ropy.", "80 procent", P, 80, "%", "", None),
    ("Rosjanie stanowią 20% ludności.", "20%", P, 20, "%", "", None),
    ("Poparcie wynosi 15 proc.", "15 proc.", P, 15, "%", "", None),
    ("Do Europy trafia 80 proc. eksportu ropy.", "80 proc.", P, 80, "%", "", None),
    ("Stopa bezrobocia wyniosła 13,6 proc. w kwietniu.", "13,6 proc.", P, 13.6, "%", "", None),
    ("Wzrosło o 2 pkt proc. w ciągu roku.", "2 pkt proc.", P, 2, "pp", "", None),
    ("Poparcie wzrosło o 5-6 proc.", "5-6 proc.", P, 5, "%", "", 6),
    ("Kazachstan zaprzestał eksportu 106 różnych produktów do Rosji.", "106 różnych produktów", C, 106,
     "produkt", "", None),
    ("Zarejestrowano ponad 20 tys. podmiotów.", "ponad 20 tys. podmiotów", C, 20e3, "podmiot", "over", None),
    ("W ćwiczeniach wzięło udział 3 tys. żołnierzy.", "3 tys. żołnierzy", C, 3e3, "żołnierz", "", None),
    ("Było ich 2 mln 533 tys. osób.", "2 mln 533 tys. osób", C, 2_533_000, "osoba", "", None),
    ("Urodziło się dwóch chłopców.", "dwóch chłopców", C, 2, "chłopiec", "", None),
    ("Zdobył 3 złote medale.", "3 złote medale", C, 3, "medal", "", None),  # "złote" here is no money
    ("Wystąpiło 7 drużyn.", "7 drużyn", C, 7, "drużyna", "", None),
    ("Ludność wzrosła do 35 mln.", "35 mln", C, 35e6, "", "", None),
    ("Wydobycie to 1,5 mln t ropy.", "1,5 mln t", X, 1.5e6, "t", "", None),
    ("Rurociąg przesyła 300 tys. baryłek dziennie.", "300 tys. baryłek", X, 300e3, "bbl", "", None),
    ("Dostarczono 2 mld m3 gazu.", "2 mld m3", X, 2e9, "m3", "", None),
    ("Elektrownia ma moc 1200 MW.", "1200 MW", X, 1200, "MW", "", None),
    ("Wrak leży około 16 km dalej.", "około 16 km", X, 16, "km", "about", None),
    ("Chłopiec waży 3,850 kg.", "3,850 kg", X, 3.85, "kg", "", None),
    ("Fragment waży około 20 ton.", "około 20 ton", X, 20, "t", "about", None),
    ("Obszar obejmował 388 tys. km2 ziemi.", "388 tys. km2", X, 388e3, "km2", "", None),
    ("Przesłano 10 000 baryłek.", "10 000 baryłek", X, 10e3, "bbl", "", None),
]


@pytest.mark.parametrize(("sentence", "span", "kind", "value", "unit", "approximate", "high"), CASES,
                         ids=[case[1] for case in CASES])
def test_constructs(language_layer, sentence, span, kind, value, unit, approximate, high):
    found = quantities(language_layer, sentence)
    assert [q.text for q in found] == [span]
    quantity = found[0]
    assert sentence[quantity.start:quantity.end] == span
    assert (quantity.kind, quantity.unit, quantity.approximate) == (kind, unit, approximate)
    assert math.isclose(quantity.value, value)
    assert quantity.value_high == high if high is None else math.isclose(quantity.value_high, high)


NOT_QUANTITIES = [
    "Spotkanie odbyło się 9 listopada w Astanie.",
    "W 2022 r. Kazachstan gościł przywódców.",
    "W latach 2019–2022 nic się nie zmieniło.",
    "Artykuł 5 traktatu mówi o obronie.",
    "Zgodnie z art. 12 ust. 3 ustawy wniosek odrzucono.",
    "W XX wieku region należał do ZSRR.",
    "Zadzwoń pod numer tel. 22 123 45 67 jutro.",
    "Spotkanie zaczęło się o godz. 12.30 w ratuszu.",
    "Cztery tygodnie później poleciał do Kazachstanu.",
    "Do spotkania doszło niecałe 10 dni po wizycie.",
    "Zajął 3. miejsce w rankingu.",
    "Jadący motorem 22-letni mężczyzna stracił panowanie.",
    "Przyszedł na świat 21 lutego o godz. 14.20.",
    "Kilkanaście osób protestowało przed ambasadą.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_not_quantities(language_layer, sentence):
    assert quantities(language_layer, sentence) == ()


def test_shared_unit_in_a_list(language_layer):
    found = quantities(language_layer, "Zamiast 19, 30 i 40 proc. obowiązywały by stawki 18 i 36 proc.")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("19", 19, "%"), ("30", 30, "%"), ("40 proc.", 40, "%"), ("18", 18, "%"), ("36 proc.", 36, "%")]


def test_year_range_is_no_range(language_layer):
    found = quantities(language_layer, "W 2002 r. 18,5 proc., w 2003 - 18 i 36 proc.")
    assert [(q.text, q.value, q.value_high, q.year) for q in found] == [
        ("18,5 proc.", 18.5, None, 2002), ("18", 18, None, 2003), ("36 proc.", 36, None, 2003)]


def test_year_and_measure(language_layer):
    found = quantities(language_layer, "Stopa bezrobocia wyniosła 13,6 proc. w 2022 r.")
    assert (found[0].measure, found[0].year) == ("stopa bezrobocia", 2022)
    found = quantities(language_layer, "Do Unii trafia 80 proc. eksportu ropy.")
    assert found[0].measure == "eksport ropy"
    found = quantities(language_layer, "W ubiegłym roku wymiana osiągnęła 27 mld USD.")
    assert (found[0].measure, found[0].year) == ("wymiana", None)


def test_parse_number():
    assert parse_number("1,5") == 1.5
    assert parse_number("3,850") == 3.85  # comma: always the decimal mark
    assert parse_number("25.600") == 25600  # dot + three digits: thousands
    assert parse_number("1.000.000") == 1e6
    assert parse_number("3.5") == 3.5
    assert parse_number("abc") is None


@pytest.fixture(scope="module")
def pipeline():
    from orbitscope.config import Settings
    from orbitscope.pipeline import default_pipeline

    return default_pipeline(Settings())


def test_actors_of_a_trade_figure(pipeline):
    text = "Dwustronna wymiana handlowa Rosji i Kazachstanu wyniosła 27 mld USD w 2022 r."
    found = find_quantities(pipeline.analyse(Document(document_id(text), text, language="pl")))
    assert len(found) == 1
    quantity = found[0]
    assert (quantity.value, quantity.unit, quantity.year) == (27e9, "USD", 2022)
    assert quantity.measure == "dwustronna wymiana handlowa"
    assert set(quantity.actors) == {"Q159", "Q232"}


@pytest.mark.skipif(not DEFAULT_CORPUS.is_file(), reason="NKJP corpus (../shared/data) not available")
def test_gold_metric_floor(pipeline):
    from orbitscope.evaluation.quantities import evaluate_quantities, format_quantities_report

    report = evaluate_quantities(GOLD, pipeline)
    text = format_quantities_report(report)
    assert report.detection.gold >= 70, text
    assert report.detection.precision >= 0.95, text
    assert report.detection.recall >= 0.90, text
    assert report.value.accuracy >= 0.95, text
    assert report.approximate.accuracy >= 0.95, text
    assert report.year.accuracy >= 0.85, text
    assert report.as_dict()["detection"]["gold"] == report.detection.gold
