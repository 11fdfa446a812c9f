"""The records every stage exchanges.

Records are frozen dataclasses with slots: cheap to create on the hot path, safe to share between
processes, never mutated by a later stage (a stage that refines a record makes a new one with
``dataclasses.replace``). Every derived record carries its document id and character offsets into
``Document.text`` so a user can always click from a fact to its evidence.

The extract stage adds TimeExpression, Quantity, Claim and Event (issue 5), each with its evidence offsets.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DateSource(StrEnum):
    """How a document's publication date was obtained."""

    RECORD = "record"  # given by the input record (JSONL field, feed entry)
    HTML_METADATA = "html_metadata"  # found in the page's metadata by trafilatura
    FILE_NAME = "file_name"  # a date in the file name, e.g. 2023-11-09-putin.txt
    ESTIMATED = "estimated"  # estimated from the content (later stage)
    UNKNOWN = "unknown"  # nothing said; never silently "today"


class NameKind(StrEnum):
    """Proper-name kind of a single token (from Morfeusz qualifiers or the OOV guesser)."""

    NONE = ""
    GEOGRAPHIC = "geographic"  # nazwa_geograficzna
    FIRST_NAME = "first_name"  # imię
    SURNAME = "surname"  # nazwisko
    ORGANIZATION = "organization"  # nazwa_organizacji, nazwa_firmy, nazwa_instytucji
    OTHER = "other"  # other proper-name qualifiers (brand, event, object ...)
    GUESSED = "guessed"  # unknown to the dictionary; capitalized, base form guessed from its suffix


class MentionKind(StrEnum):
    """Kind of a multi-word name span (rule-based baseline; the trained NER refines it)."""

    PERSON = "person"
    PLACE = "place"  # a settlement, country or region (NKJP placeName, coarse GPE)
    LOCATION = "location"  # a geographic feature, area or facility (NKJP geogName, coarse LOC)
    ORGANIZATION = "organization"
    NAME = "name"  # a proper name whose kind the rules cannot tell


_WHITESPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """Return the canonical form used for identity: NFC, unified whitespace, stripped."""
    text = unicodedata.normalize("NFC", text)
    return _WHITESPACE.sub(" ", text).strip()


def document_id(text: str) -> str:
    """Stable id of a document: the first 16 hex digits of SHA-1 over its normalized text."""
    return hashlib.sha1(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document was read from: a path (with an entry index for multi-record files) or stdin."""

    path: str
    entry: int | None = None  # line number in a JSONL file, entry number in a feed

    def __str__(self) -> str:
        return self.path if self.entry is None else f"{self.path}#{self.entry}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the document text; ``repeat_of`` points at an earlier, near-identical paragraph."""

    index: int
    start: int
    end: int
    repeat_of: int | None = None
    similarity: float | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned, dated, deduplicated article; ``id`` is ``document_id(text)``."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    date_source: DateSource = DateSource.UNKNOWN
    language: str | None = None  # ISO 639-1 code, None when it could not be identified
    language_confidence: float | None = None
    sources: tuple[Source, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    near_duplicate_of: str | None = None  # id of an earlier document with almost the same text
    near_duplicate_similarity: float | None = None

    @property
    def is_polish(self) -> bool:
        return self.language == "pl"


@dataclass(frozen=True, slots=True)
class Token:
    """One Morfeusz segment: offsets into the document text, orth, chosen lemma and tag, name kind."""

    start: int
    end: int
    orth: str
    lemma: str
    tag: str  # NKJP/Morfeusz tag, e.g. "subst:sg:gen:m3"; "ign" when the dictionary does not know it
    name_kind: NameKind = NameKind.NONE
    space_after: bool = True

    @property
    def is_name(self) -> bool:
        return self.name_kind is not NameKind.NONE


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its tokens; ``repeat_of`` points at an earlier near-identical sentence."""

    doc_id: str
    index: int
    start: int
    end: int
    paragraph: int
    tokens: tuple[Token, ...] = field(default=(), repr=False)
    repeat_of: int | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A proper-name span with the base form of the whole span ("Wielkiej Brytanii" → "Wielka Brytania")."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    base: str
    kind: MentionKind
    source: str = "rules"  # which component found it: "rules", later "kb", "ner"
    confidence: float = 1.0


class LinkKind(StrEnum):
    """How an actor is referred to in the text."""

    NAME = "name"  # a proper name: "Kazachstanu", "Kassymem-Żomartem Tokajewem"
    ACRONYM = "acronym"  # "NATO", "MTK"
    ADJECTIVE = "adjective"  # "rosyjski minister", "kazachskie władze"
    DEMONYM = "demonym"  # "Rosjanie", "Brytyjczyków"
    CAPITAL = "capital"  # a capital standing for its government: "Moskwa ostrzega"
    ROLE = "role"  # a title standing for its holder: "prezydent Kazachstanu"


@dataclass(frozen=True, slots=True)
class EntityLink:
    """A span of text linked to a knowledge-base actor, or to a NIL cluster ("NIL:person:kosanov")."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    actor_id: str
    actor_type: str  # country, person, international_organization, city, ...
    kind: LinkKind
    code: str  # actor code for events: country + sector ("RUSGOV", "KAZMIL") or organization code
    method: str  # what decided the link: "kb", "key", "coreference", "surname", "role", "nil"
    confidence: float = 1.0

    @property
    def is_nil(self) -> bool:
        return self.actor_id.startswith("NIL:")


class Granularity(StrEnum):
    """How precise a normalized date is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"
    PERIOD = "period"  # a stretch between two points: "w latach 2019–2022", "w nadchodzących miesiącach"
    UNKNOWN = "unknown"  # a temporal expression that cannot be placed ("kiedyś", a weekday without an anchor)


class DateResolution(StrEnum):
    """What a normalized date rests on."""

    ABSOLUTE = "absolute"  # the text says it all: "9 listopada 2023", "w 2022 r."
    PUBLICATION = "publication"  # relative to the known publication date: "wczoraj", "9 listopada"
    ESTIMATED = "estimated"  # relative to a publication date estimated from the content
    UNRESOLVED = "unresolved"  # relative, and no anchor: first/last are None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A Polish temporal expression normalized to the period it means: [first, last] inclusive."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    granularity: Granularity
    first: date | None  # first day of the period meant (None when unresolved)
    last: date | None  # last day of the period meant
    resolution: DateResolution
    relation: str = ""  # "" the period itself; "since" ("od 1991 r."), "until", "before", "after"; "future"

    @property
    def value(self) -> str | None:
        """ISO-like value at the expression's granularity: "2023-11-09", "2023-11", "2023", "2019/2022"."""
        if self.first is None or self.last is None:
            return None
        if self.granularity is Granularity.DAY:
            return self.first.isoformat()
        if self.granularity is Granularity.MONTH:
            return self.first.isoformat()[:7]
        if self.granularity is Granularity.YEAR:
            return str(self.first.year)
        return f"{self.first.isoformat()}/{self.last.isoformat()}"


class QuantityKind(StrEnum):
    """What a quoted figure counts."""

    MONEY = "money"  # unit: ISO 4217 code ("USD", "EUR", "KZT", "PLN", "RUB")
    PERCENT = "percent"  # unit: "%"
    COUNT = "count"  # unit: lemma of the counted noun ("produkt", "podmiot", "żołnierz")
    MEASURE = "measure"  # unit: a physical unit ("t", "km", "bbl", "m3", "MW")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure with its unit and scale applied: "27 mld USD" → value 27e9, unit "USD"."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: QuantityKind
    value: float
    unit: str
    approximate: str = ""  # "about" (około, blisko), "over" (ponad), "under" (poniżej, niespełna), "up_to"
    value_high: float | None = None  # upper end of a range ("20–30 mld")
    measure: str = ""  # what it measures, as the sentence says: "dwustronna wymiana handlowa"
    actors: tuple[str, ...] = ()  # actor ids the measure belongs to, when the sentence says
    year: int | None = None  # the year the figure refers to, when the sentence says


class ClaimKind(StrEnum):
    """How a statement is attributed."""

    QUOTE = "quote"  # a direct quotation: „…”, "…", or a dash quote ("– powiedział X")
    REPORTED = "reported"  # reported speech: "X podkreślił, że …"
    ACCORDING_TO = "according_to"  # "według X", "jak podaje X", "zdaniem X"


@dataclass(frozen=True, slots=True)
class Claim:
    """An attributed statement: who said what, with the evidence span of the claim text."""

    doc_id: str
    sentence: int
    start: int  # the claim text
    end: int
    text: str
    kind: ClaimKind
    cue: str  # lemma of the speech verb or the marker: "podkreślić", "według", "powiedzieć"
    speaker_text: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None  # KB or NIL actor id, None when the speaker is not a linked actor
    speaker_code: str | None = None
    date: str | None = None  # ISO value of when it was said (sentence date or publication date)


@dataclass(frozen=True, slots=True)
class EventActor:
    """An event participant: the linked actor and the text span that names it."""

    actor_id: str
    code: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event: who did what to whom, when, where, with its trigger and evidence sentence."""

    doc_id: str
    sentence: int
    start: int  # evidence sentence
    end: int
    trigger: str  # trigger text as written: "spotkał się", "podpisały porozumienie"
    trigger_start: int
    trigger_end: int
    type: str  # PLOVER event type: "CONSULT", "AGREE", ...
    mode: str = ""  # PLOVER mode: "visit", "phone", "multilateral", ...
    contexts: tuple[str, ...] = ()  # PLOVER contexts: "military", "economic", ...
    source: EventActor | None = None
    target: EventActor | None = None
    participants: tuple[EventActor, ...] = ()  # other actors taking part ("A, B i C podpisały")
    date: str | None = None  # ISO value at its granularity ("2023-11-09", "2023-11", "2019/2022")
    date_granularity: Granularity = Granularity.UNKNOWN
    date_method: str = "unknown"  # "sentence" (an expression in the sentence), "publication", "estimated"
    location: EventActor | None = None
    negated: bool = False
    hypothetical: bool = False  # modality: "może", "planuje", "rozważa", conditional
    future: bool = False
    reported: bool = False  # told by a speaker ("Tokajew powiedział, że …"), not narrated
    quad_class: int = 0  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    intensity: float = 0.0  # -10 (most conflictual) … +10 (most cooperative), Goldstein-like
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the analysis stages produced for one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    links: tuple[EntityLink, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def token_count(self) -> int:
        return sum(len(sentence.tokens) for sentence in self.sentences)


@dataclass(frozen=True, slots=True)
class Rejected:
    """Input that could not be read or analysed: kept as data, listed by ``orbitscope stats``."""

    source: str
    stage: str  # "ingest", "language", "nlp", "store"
    reason: str
