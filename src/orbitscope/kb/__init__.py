"""The actor knowledge base: countries, organizations, people with dated roles, places.

Knowledge lives in the tab-separated files of ``kb/data/`` (their README documents every column); users
add their own files in the same format (``--kb-extra`` or the ``kb_extra`` setting). ``load_knowledge_base``
reads them into ``Actor`` records and the look-up tables the linker needs: by id, by spelling-insensitive
name key (``kb.keys``), by surname, by role (office holders on a date), adjectives and demonyms.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from orbitscope.errors import ConfigurationError
from orbitscope.kb.keys import match_keys

__all__ = ["Actor", "KnowledgeBase", "Role", "load_knowledge_base", "parse_partial_date"]

_ROMAN = re.compile(r"[IVXLC]+")

#: Actor types.
COUNTRY, PERSON = "country", "person"
FAMILY_NAME_FIRST = frozenset({"CHN", "PRK", "KOR", "VNM", "TWN"})  # countries whose names put the family name first
ORGANIZATION_TYPES = ("international_organization", "organization", "company", "facility", "group")
PLACE_TYPES = ("city", "region", "area")


@dataclass(frozen=True, slots=True)
class Role:
    """An office held by a person from ``start`` to ``end`` (None = still in office)."""

    office: str  # head_of_state, head_of_government, foreign_minister, defence_minister, ...
    title_pl: str  # "prezydent", "minister obrony"
    country: str  # ISO alpha-3, or an organization id for posts in international organizations
    sector: str  # CAMEO sector: GOV, MIL, LEG, ...
    start: date | None
    end: date | None

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor with every name it goes by."""

    id: str
    type: str
    name_en: str
    name_pl: str
    names: tuple[str, ...] = ()  # other names in any language and script
    acronyms: tuple[str, ...] = ()
    country: str = ""  # ISO alpha-3 (for countries: their own code)
    code: str = ""  # actor code (CAMEO/Phoenix style): "KAZ", "IGOUNO", "RUSBUS"
    parent: str = ""
    adjectives: tuple[str, ...] = ()  # countries and some organizations: "kazachski", "unijny"
    demonyms: tuple[str, ...] = ()  # countries: "Kazach"
    capital_of: str = ""  # places: ISO alpha-3 of the country whose capital this is
    gender: str = ""
    roles: tuple[Role, ...] = ()
    source: str = ""  # the file it came from

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(name for name in (self.name_pl, self.name_en, *self.names) if name))

    def roles_on(self, day: date | None) -> tuple[Role, ...]:
        """Roles held on a day (all roles, latest first, when the day is unknown)."""
        if day is None:
            return tuple(sorted(self.roles, key=lambda role: role.start or date.min, reverse=True))
        return tuple(role for role in self.roles if role.active_on(day))


def parse_partial_date(text: str, end: bool = False) -> date | None:
    """Parse "2019-03-20", "2019-03" or "2019"; a partial end date means the last day of the period."""
    text = text.strip()
    if not text:
        return None
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        if not end:
            return date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _rows(path: Path | resources.abc.Traversable) -> Iterator[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@lru_cache(maxsize=1)
def bundled_countries() -> dict[str, str]:
    """ISO alpha-3 and CAMEO country code → country id of the bundled country table, for stages that need no
    whole knowledge base (events: a visit to a city is a visit to its country). Actor codes start with the
    CAMEO code, which differs from ISO for two ("KSV" Kosovo, "TMP" East Timor)."""
    path = resources.files("orbitscope.kb").joinpath("data", "countries.tsv")
    rows = list(_rows(path))
    return {row["iso3"]: row["id"] for row in rows} | {row["cameo"]: row["id"] for row in rows if row["cameo"]}


@lru_cache(maxsize=1)
def _bundled_people() -> tuple[dict[str, str], ...]:
    return tuple(row for path in resources.files("orbitscope.kb").joinpath("data", "people").iterdir()
                 if path.name.endswith(".tsv") and not path.name.endswith(".roles.tsv") for row in _rows(path))


@lru_cache(maxsize=1)
def bundled_surnames() -> dict[str, frozenset[str]]:
    """Person id → the last words of the bundled person's Polish and other names, lower-cased ("Tokajew",
    "Tokayev"), and the first words where the family name comes first ("Xi", "Kim": FAMILY_NAME_FIRST), for
    stages that need no whole knowledge base (events: the case of a declined surname)."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in _bundled_people():
        for name in (row.get("name_pl") or "", row.get("name_en") or "", *_split(row.get("names"))):
            if name.split():
                found[row["id"]].add(name.split()[-1].lower())
                if (row.get("country") or "").strip() in FAMILY_NAME_FIRST:
                    found[row["id"]].add(name.split()[0].lower())
    return {person: frozenset(names) for person, names in found.items()}


@lru_cache(maxsize=1)
def bundled_women() -> frozenset[str]:
    """Ids of the bundled people who are women (events: "premier", "prezydent" of a woman do not decline)."""
    return frozenset(row["id"] for row in _bundled_people() if (row.get("gender") or "").strip() == "f")


@lru_cache(maxsize=1)
def bundled_capitals() -> frozenset[str]:
    """Ids of the bundled places that are a country's capital (events: "władze w Taszkencie" are Uzbekistan's)."""
    path = resources.files("orbitscope.kb").joinpath("data", "places.tsv")
    return frozenset(row["id"] for row in _rows(path) if row.get("capital_of"))


@dataclass
class KnowledgeBase:
    """All actors and the look-up tables over them."""

    actors: dict[str, Actor] = field(default_factory=dict)
    by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    by_acronym: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # exact spelling
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    adjectives: dict[str, str] = field(default_factory=dict)  # lemma → country (or organization) id
    demonyms: dict[str, str] = field(default_factory=dict)  # lemma → country (or organization) id
    by_iso3: dict[str, str] = field(default_factory=dict)  # ISO alpha-3 → country id
    capitals: dict[str, str] = field(default_factory=dict)  # place id → country id
    office_holders: dict[tuple[str, str], list[tuple[str, Role]]] = field(
        default_factory=lambda: defaultdict(list))  # (country, title_pl) → [(person id, role)]

    def add(self, actor: Actor) -> None:
        """Add (or, for a known id, extend) an actor and index its names."""
        known = self.actors.get(actor.id)
        if known is not None:  # a user file may add names or roles to a known actor
            actor = Actor(**{**{name: getattr(known, name) for name in Actor.__slots__},
                             "names": known.names + actor.all_names, "roles": known.roles + actor.roles,
                             "acronyms": known.acronyms + actor.acronyms})
        self.actors[actor.id] = actor
        for name in actor.all_names:
            if actor.type == PERSON and len(name.split()) < 2:
                continue  # a lone "Jan" or "Bush" is resolved as a surname, in context
            for key in match_keys(name):
                self.by_key[key].add(actor.id)
        for acronym in actor.acronyms:  # "PO" is not "Po": acronyms are matched as spelled
            self.by_acronym[acronym].add(actor.id)
        if actor.type == PERSON:
            for name in actor.all_names:
                words = name.split()
                # The whole last word ("Thorning-Schmidt", not "Schmidt"); regnal numbers are no surnames.
                if len(words) >= 2 and not _ROMAN.fullmatch(words[-1]):
                    for key in match_keys(words[-1]):
                        self.by_surname[key].add(actor.id)
                elif len(words) == 1:
                    for key in match_keys(name):
                        self.by_surname[key].add(actor.id)
            for role in actor.roles:
                self.office_holders[(role.country, role.title_pl)].append((actor.id, role))
        for adjective in actor.adjectives:  # "kazachski" → Kazakhstan, "unijny" → the EU
            self.adjectives[adjective.lower()] = actor.id
        if actor.type == COUNTRY:
            self.by_iso3[actor.country] = actor.id
            for demonym in actor.demonyms:
                self.demonyms[demonym] = actor.id
        if actor.capital_of:
            self.capitals[actor.id] = actor.capital_of

    def search(self, name: str) -> list[Actor]:
        """Actors whose name, in any spelling or script, has the same matching key as ``name``."""
        ids: set[str] = set(self.by_acronym.get(name.strip(), ()))
        for key in match_keys(name):
            ids |= self.by_key.get(key, set())
            ids |= self.by_surname.get(key, set())
        return sorted((self.actors[i] for i in ids), key=lambda actor: (actor.type != COUNTRY, actor.name_en))

    def holders(self, country: str, title: str, day: date | None) -> list[str]:
        """People holding a title (e.g. "prezydent") for a country on a day (latest holder first)."""
        terms = self.office_holders.get((country, title), [])
        if day is not None:
            return [person for person, role in terms if role.active_on(day)]
        return [person for person, role in sorted(terms, key=lambda t: t[1].start or date.min, reverse=True)]

    def country_of(self, iso3: str) -> Actor | None:
        actor_id = self.by_iso3.get(iso3)
        return self.actors.get(actor_id) if actor_id else None

    def __len__(self) -> int:
        return len(self.actors)


def _countries(rows: Iterable[dict[str, str]], source: str) -> Iterator[Actor]:
    for row in rows:
        yield Actor(id=row["id"], type=COUNTRY, name_en=row["name_en"], name_pl=row["name_pl"],
                    names=_split(row.get("names")), acronyms=_split(row.get("acronyms")), country=row["iso3"],
                    code=row.get("cameo") or row["iso3"], adjectives=_split(row.get("adjectives_pl")),
                    demonyms=_split(row.get("demonyms_pl")), source=source)


def _organizations(rows: Iterable[dict[str, str]], source: str) -> Iterator[Actor]:
    for row in rows:
        yield Actor(id=row["id"], type=row["type"], name_en=row["name_en"], name_pl=row["name_pl"],
                    names=_split(row.get("names")), acronyms=_split(row.get("acronyms")),
                    country=row.get("country") or "", code=row.get("code") or "", parent=row.get("parent") or "",
                    adjectives=_split(row.get("adjectives_pl")), source=source)


def _places(rows: Iterable[dict[str, str]], source: str) -> Iterator[Actor]:
    for row in rows:
        yield Actor(id=row["id"], type=row["type"], name_en=row["name_en"], name_pl=row["name_pl"],
                    names=_split(row.get("names")), country=row.get("country") or "",
                    capital_of=row.get("capital_of") or "", source=source)


def _people(rows: Iterable[dict[str, str]], roles: dict[str, list[Role]], source: str) -> Iterator[Actor]:
    for row in rows:
        yield Actor(id=row["id"], type=PERSON, name_en=row["name_en"], name_pl=row["name_pl"],
                    names=_split(row.get("names")), country=row.get("country") or "",
                    gender=row.get("gender") or "", roles=tuple(roles.get(row["id"], ())), source=source)


def _roles(rows: Iterable[dict[str, str]]) -> dict[str, list[Role]]:
    roles: dict[str, list[Role]] = defaultdict(list)
    for row in rows:
        roles[row["person"]].append(Role(row["office"], row.get("title_pl") or "", row["country"],
                                         row.get("sector") or "GOV", parse_partial_date(row.get("start") or ""),
                                         parse_partial_date(row.get("end") or "", end=True)))
    return roles


def _kind(columns: set[str]) -> str:
    if {"iso3", "adjectives_pl"} <= columns:
        return "countries"
    if "capital_of" in columns:
        return "places"
    if {"office", "person"} <= columns:
        return "roles"
    if "gender" in columns:
        return "people"
    if {"type", "code"} <= columns:
        return "organizations"
    return ""


def _data_files(extra: Sequence[Path], bundled: bool) -> list:
    files: list = []
    root = resources.files("orbitscope.kb").joinpath("data")
    for folder in (root, root.joinpath("people")) if bundled else ():
        if folder.is_dir():
            files += sorted((entry for entry in folder.iterdir() if entry.name.endswith(".tsv")), key=lambda e: e.name)
    for path in extra:
        if path.is_dir():
            files += sorted(path.rglob("*.tsv"))
        elif path.is_file():
            files.append(path)
        else:
            raise ConfigurationError(f"knowledge-base file {path} does not exist")
    return files


@lru_cache(maxsize=4)
def load_knowledge_base(extra: tuple[Path, ...] = (), bundled: bool = True) -> KnowledgeBase:
    """Read the bundled knowledge base and the user's extra files (cached per set of extra files).

    ``bundled=False`` reads only the extra files (a self-contained knowledge base of one's own).

    A file's kind is told by its columns (see kb/data/README.md), so user files need no naming convention.

    Raises:
        ConfigurationError: an extra file is missing or malformed.
    """
    tables: dict[str, list[tuple[str, list[dict[str, str]]]]] = defaultdict(list)
    for path in _data_files(extra, bundled):
        rows = list(_rows(path))
        if not rows:
            continue
        kind = _kind(set(rows[0]))
        if not kind:
            raise ConfigurationError(f"{path}: unknown knowledge-base file (columns: {', '.join(sorted(rows[0]))});"
                                     " see kb/data/README.md for the formats")
        tables[kind].append((str(path), rows))
    knowledge = KnowledgeBase()
    try:
        roles = _roles(row for _, rows in tables["roles"] for row in rows)
        readers = {"countries": _countries, "organizations": _organizations, "places": _places,
                   "people": lambda rows, source: _people(rows, roles, source)}
        for kind, reader in readers.items():  # countries first: the others refer to them
            for source, rows in tables[kind]:
                for actor in reader(rows, source):
                    knowledge.add(actor)
    except (KeyError, ValueError, TypeError) as error:
        raise ConfigurationError(f"malformed knowledge-base row ({type(error).__name__}: {error})") from error
    return knowledge
