"""Checks of the bundled knowledge-base data: coverage, consistency, and look-ups users rely on."""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest

from orbitscope.kb import COUNTRY, PERSON, load_knowledge_base

DATA = resources.files("orbitscope.kb").joinpath("data")

# The 60+ countries most covered in Polish foreign news, whose leaders the knowledge base must know.
COVERED = ["AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "GBR", "NOR", "CHE", "SRB", "USA", "CAN", "RUS", "BLR", "UKR", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "KGZ", "TJK", "TKM", "CHN", "JPN", "PRK", "KOR", "IND", "PAK", "TUR", "IRN", "ISR", "SAU", "ARE", "QAT", "EGY"]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base()


def _files():
    files = [entry for entry in DATA.iterdir() if entry.name.endswith(".tsv")]
    people = DATA.joinpath("people")
    return files + [entry for entry in people.iterdir() if entry.name.endswith(".tsv")]


def test_every_file_is_well_formed():
    for path in _files():
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        header = lines[0].split("\t")
        for number, row in enumerate(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            assert len(row) == len(header), f"{path.name} row {number}: {len(row)} fields, header has {len(header)}"


def test_ids_are_unique_across_files():
    ids = Counter()
    for path in _files():
        if path.name.endswith(".roles.tsv"):
            continue
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        ids.update(line.split("\t", 1)[0] for line in lines[1:])
    assert not [actor_id for actor_id, count in ids.items() if count > 1]


def test_coverage(knowledge):
    types = Counter(actor.type for actor in knowledge.actors.values())
    assert types[COUNTRY] >= 249
    assert types["international_organization"] >= 150
    assert all(knowledge.country_of(iso3) is not None for iso3 in COVERED)
    capitals = set(knowledge.capitals.values())
    assert {"KAZ", "RUS", "UKR", "POL", "USA", "GBR", "CHN", "TUR"} <= capitals


def test_leaders_with_dated_roles(knowledge):
    people = [actor for actor in knowledge.actors.values() if actor.type == PERSON]
    if not people:
        pytest.skip("no people files yet")
    offices = {(role.country, role.office) for actor in people for role in actor.roles}
    missing = [iso3 for iso3 in COVERED if (iso3, "head_of_state") not in offices
               and (iso3, "head_of_government") not in offices]
    assert not missing
    for actor in people:
        for role in actor.roles:
            assert role.start is None or role.end is None or role.start <= role.end, (actor.id, role)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Kazachstan", "KAZ"), ("Казахстан", "KAZ"), ("Kazakhstan", "KAZ"), ("Republika Kazachstanu", "KAZ"),
     ("Wielka Brytania", "GBR"), ("ZSRR", "SUN"), ("Białoruś", "BLR"), ("USA", "USA")],
)
def test_country_names_in_any_script(knowledge, query, expected):
    assert expected in {actor.country for actor in knowledge.search(query) if actor.type == COUNTRY}


def test_adjectives_demonyms_and_capitals(knowledge):
    assert knowledge.actors[knowledge.adjectives["kazachski"]].country == "KAZ"
    assert knowledge.actors[knowledge.demonyms["Rosjanin"]].country == "RUS"
    astana = next(a for a in knowledge.search("Astana") if a.type == "city")
    assert astana.capital_of == "KAZ"


@pytest.mark.parametrize(("query", "acronym"), [("MTK", "ICC"), ("ODKB", "CSTO"), ("WNP", "CIS"), ("NATO", "NATO")])
def test_organization_acronyms(knowledge, query, acronym):
    assert any(acronym in actor.acronyms for actor in knowledge.search(query))
