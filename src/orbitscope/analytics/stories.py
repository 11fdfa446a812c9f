"""Story clustering: the same real-world event reported by several documents becomes one story.

An event record is one *report*: one document saying once that something happened. Analysts count
*distinct events* (stories), so reports are grouped deterministically by these rules:

1. **Same kind of event**: the same PLOVER type, the same source and target actor ids (for the symmetric
   types CONSULT, AGREE and COOPERATE the pair is unordered: "A met B" and "B met A" are one meeting), and
   the same ``negated`` and ``hypothetical`` flags (a denial or a mere possibility is not the event itself).
   An event with neither a source nor a target actor, or with unnamed groups only ("NIL:group:policja"),
   cannot be recognised elsewhere and stays alone.
2. **Dates that fit their granularities**: a report dated to a day, week or month joins a story when the
   periods agree within a tolerance that depends on the coarser of the two: ±3 days between days and
   weeks, none for months (a month date joins only stories inside that month). Reports are taken finest
   first (days, then weeks, then months), earliest first, so day-dated reports set the stories' anchors;
   a report joins the story whose anchor has exactly its period, else the only story that fits; when
   several fit (a month with two meetings), it starts a story of its own rather than guess.
3. **Undated reports** (no date, a publication-date fallback, or a year, quarter, decade or period, too
   coarse to tell two meetings apart) join a story only through their document: the one story of the same kind that already holds a
   report from the same document or a near-duplicate of it (near-duplicate links followed transitively);
   otherwise they form a story with the undated reports of the same kind from that group of documents.

The result depends only on the reports, not on their order in the store: ids are hashes of a story's
anchor report, and every sort has a total key.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from orbitscope.model import Event, EventActor, Granularity
from orbitscope.store import Store

#: Actor ids of unnamed groups ("NIL:group:policja"): the same id in two documents is not the same group.
GROUP_PREFIX = "NIL:group:"

#: Date methods that come from the text ("publication" and "estimated" are fallbacks: rule 3 applies).
_TEXT_DATES = frozenset({"sentence", "document"})

#: The 16 PLOVER event types.
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
               "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: Types whose two sides act together: the dyad is unordered.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: Granularities precise enough to tell two events apart by date, finest first, with their tolerance.
_TOLERANCE = {Granularity.DAY: timedelta(days=3), Granularity.WEEK: timedelta(days=3),
              Granularity.MONTH: timedelta(0)}
_RANK = {granularity: rank for rank, granularity in enumerate(_TOLERANCE)}
#: How long before a report's first day a story anchor that fits it may start: a month and the tolerance.
_REACH = timedelta(days=31 + 3)


@dataclass(frozen=True, slots=True)
class Report:
    """One event as one document reports it, with what clustering and exports need of the document."""

    event: Event
    published: date | None = None
    outlet: str | None = None
    url: str | None = None  # the document's URL, else its first source path
    near_duplicate_of: str | None = None
    evidence: str = ""  # the text of the evidence sentence

    @property
    def doc_id(self) -> str:
        return self.event.doc_id

    @property
    def period(self) -> tuple[date, date] | None:
        """The first and last day the event's date means, None when it has none."""
        return event_period(self.event.date)

    @property
    def sort_key(self) -> tuple:
        """A total order: document, sentence, offsets, trigger, type."""
        event = self.event
        return event.doc_id, event.start, event.trigger_start, event.trigger_end, event.type, event.sentence


@dataclass(frozen=True, slots=True)
class Story:
    """A distinct real-world event: its reports (the first is the anchor) and what they agree on."""

    id: int  # a stable 60-bit number derived from the anchor report (GDELT's GLOBALEVENTID)
    reports: tuple[Report, ...]

    @property
    def anchor(self) -> Event:
        return self.reports[0].event

    @property
    def type(self) -> str:
        return self.anchor.type

    @property
    def source(self) -> EventActor | None:
        return self.anchor.source

    @property
    def target(self) -> EventActor | None:
        return self.anchor.target

    @property
    def date(self) -> str | None:
        return self.anchor.date

    @property
    def granularity(self) -> Granularity:
        return self.anchor.date_granularity

    @property
    def report_count(self) -> int:
        return len(self.reports)

    @property
    def doc_ids(self) -> list[str]:
        return sorted({report.doc_id for report in self.reports})

    @property
    def document_count(self) -> int:
        return len(self.doc_ids)

    @property
    def source_count(self) -> int:
        """Distinct outlets reporting it; a document without an outlet counts as its own."""
        return len({report.outlet or f"doc:{report.doc_id}" for report in self.reports})

    @property
    def mode(self) -> str:
        """The mode most reports give (ties: alphabetical), "" when none gives one."""
        modes = Counter(report.event.mode for report in self.reports if report.event.mode)
        return min(modes, key=lambda mode: (-modes[mode], mode)) if modes else ""

    @property
    def location(self) -> EventActor | None:
        return next((report.event.location for report in self.reports if report.event.location), None)

    @property
    def quad_class(self) -> int:
        return self.anchor.quad_class

    @property
    def intensity(self) -> float:
        return round(fmean(report.event.intensity for report in self.reports), 3)

    @property
    def future(self) -> bool:
        """Every report looks ahead (one report saying it happened is enough to say it did)."""
        return all(report.event.future for report in self.reports)

    @property
    def reported(self) -> bool:
        """Every report is someone's statement, none narrates it."""
        return all(report.event.reported for report in self.reports)


def event_period(value: str | None) -> tuple[date, date] | None:
    """The first and last day of an ISO value at any granularity: "2023-11-09", "2023-11", "2023", "a/b".

    Returns None for no value or one that is not a date.
    """
    if not value:
        return None
    first, _, last = value.partition("/")
    try:
        start, end = _bounds(first)[0], _bounds(last or first)[1]
    except ValueError:
        return None
    return (start, end) if start <= end else None


def _bounds(value: str) -> tuple[date, date]:
    """First and last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    parts = [int(part) for part in value.strip().split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), following - timedelta(days=1)
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    raise ValueError(value)


def story_key(event: Event) -> tuple | None:
    """What two reports of one story share (rule 1); None for an event that cannot be clustered."""
    source = event.source.actor_id if event.source else ""
    target = event.target.actor_id if event.target else ""
    if not (source and not source.startswith(GROUP_PREFIX) or target and not target.startswith(GROUP_PREFIX)):
        return None  # no actor, or only unnamed groups ("policja"): nothing identifies the event elsewhere
    if event.type in SYMMETRIC_TYPES:
        source, target = sorted((source, target))
    return event.type, source, target, event.negated, event.hypothetical


def _dated(report: Report) -> tuple[int, date, date] | None:
    """(granularity rank, first, last) of a report precise enough to cluster by date (rule 2)."""
    period = report.period
    rank = _RANK.get(report.event.date_granularity)
    if period is None or rank is None or report.event.date_method not in _TEXT_DATES:
        return None  # a publication-date fallback says when it was reported, not when it happened
    return rank, *period


def _fits(anchor: Report, report: Report) -> bool:
    """Whether two dated reports' periods agree within the tolerance of the coarser granularity."""
    first_a, last_a = anchor.period  # type: ignore[misc]
    first_r, last_r = report.period  # type: ignore[misc]
    tolerance = min(_TOLERANCE[anchor.event.date_granularity], _TOLERANCE[report.event.date_granularity])
    return first_a - tolerance <= last_r and first_r <= last_a + tolerance


def _document_groups(reports: Iterable[Report]) -> Callable[[str], str]:
    """A function naming each document's near-duplicate group (its earliest-linked root)."""
    parent: dict[str, str] = {}

    def root(doc_id: str) -> str:
        while parent.get(doc_id, doc_id) != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    for report in sorted(reports, key=lambda r: r.sort_key):
        if report.near_duplicate_of:
            a, b = root(report.doc_id), root(report.near_duplicate_of)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return root


def cluster_reports(reports: Sequence[Report]) -> list[Story]:
    """Group event reports into stories by the module's rules.

    Args:
        reports: every report to consider (typically all the store's events, ``Store.event_reports``).

    Returns:
        The stories, earliest dated first (undated last), then by type and id; each story's reports in a
        stable order with the anchor first.
    """
    group_of = _document_groups(reports)
    by_key: dict[tuple, list[Report]] = defaultdict(list)
    clusters: list[list[Report]] = []
    for report in sorted(reports, key=lambda r: r.sort_key):
        key = story_key(report.event)
        if key is None:
            clusters.append([report])
        else:
            by_key[key].append(report)
    for key in sorted(by_key, key=repr):
        clusters.extend(_cluster_kind(by_key[key], group_of))
    stories = [Story(_story_id(members[0]), tuple(members)) for members in clusters]
    return sorted(stories, key=lambda s: (s.reports[0].period is None, s.reports[0].period or (), s.type, s.id))


def _cluster_kind(reports: list[Report], group_of: Callable[[str], str]) -> list[list[Report]]:
    """Cluster reports that share a story key (rules 2 and 3), in about n log n for n reports."""
    dated = sorted(((value, report) for report in reports if (value := _dated(report)) is not None),
                   key=lambda pair: (pair[0], pair[1].sort_key))
    clusters: list[list[Report]] = []
    by_anchor: dict[tuple, list[Report]] = {}  # (granularity, period) of each story's anchor → the story
    anchors: list[tuple[date, int]] = []  # (first day of the anchor, story index), sorted
    for (_, first, last), report in dated:
        anchor_key = (report.event.date_granularity, first, last)
        if anchor_key in by_anchor:
            by_anchor[anchor_key].append(report)
            continue
        # Only stories whose anchor starts in this window can fit (an anchor lasts at most a month).
        low = bisect_left(anchors, (first - _REACH, -1))
        high = bisect_right(anchors, (last + _TOLERANCE[Granularity.DAY], len(clusters)))
        fitting = [clusters[index] for _, index in anchors[low:high] if _fits(clusters[index][0], report)]
        if len(fitting) == 1:
            fitting[0].append(report)
        else:
            clusters.append([report])
            by_anchor[anchor_key] = clusters[-1]
            insort(anchors, (first, len(clusters) - 1))
    holding: dict[str, set[int]] = defaultdict(set)  # document group → the stories holding its reports
    for index, cluster in enumerate(clusters):
        for member in cluster:
            holding[group_of(member.doc_id)].add(index)
    undated: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        if _dated(report) is not None:
            continue
        group = group_of(report.doc_id)
        if len(holding[group]) == 1:
            clusters[next(iter(holding[group]))].append(report)
        else:
            undated[group].append(report)
    clusters.extend(undated[group] for group in sorted(undated))
    return clusters


def _story_id(anchor: Report) -> int:
    """A stable 60-bit id from the anchor report's document, offsets and type."""
    event = anchor.event
    text = f"{event.doc_id}|{event.start}|{event.trigger_start}|{event.trigger_end}|{event.type}"
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:15], 16)


def store_reports(store: Store) -> list[Report]:
    """Every event stored, as reports with their documents' details."""
    return [Report(event, **document) for event, document in store.event_reports()]


def load_stories(store: Store) -> list[Story]:
    """The store's distinct events: all its reports clustered (``cluster_reports``)."""
    return cluster_reports(store_reports(store))


def select_stories(stories: Iterable[Story], *, actor: str | None = None, event_type: str | None = None,
                   since: date | None = None, until: date | None = None, doc_id: str | None = None
                   ) -> list[Story]:
    """The stories with at least one report matching every filter given (see ``report_matches``)."""
    return [story for story in stories
            if any(report_matches(report, actor=actor, event_type=event_type, since=since, until=until,
                                  doc_id=doc_id) for report in story.reports)]


def report_matches(report: Report, *, actor: str | None = None, event_type: str | None = None,
                   since: date | None = None, until: date | None = None, doc_id: str | None = None) -> bool:
    """Whether a report matches the filters.

    Args:
        report: the report.
        actor: an actor id that is the source, target, location or another participant.
        event_type: the PLOVER type.
        since: the event's period ends on or after this day (undated events never match a date filter).
        until: the event's period starts on or before this day.
        doc_id: the report's document id.
    """
    event = report.event
    if event_type is not None and event.type != event_type:
        return False
    if doc_id is not None and event.doc_id != doc_id:
        return False
    if actor is not None:
        actors = {a.actor_id for a in (event.source, event.target, event.location, *event.participants) if a}
        if actor not in actors:
            return False
    if since is not None or until is not None:
        period = report.period
        if period is None or (since is not None and period[1] < since) or (until is not None and period[0] > until):
            return False
    return True


@dataclass(frozen=True, slots=True)
class DyadSummary:
    """The distinct events between two actors (either direction), counted by QuadClass."""

    actors: tuple[str, str]  # the two actor ids, sorted
    by_quad_class: tuple[int, int, int, int]  # distinct events of QuadClass 1, 2, 3, 4
    events: int  # distinct events (any QuadClass, 0 included)
    reports: int
    mean_intensity: float  # over the distinct events


def summarize_dyads(stories: Iterable[Story]) -> list[DyadSummary]:
    """Per actor pair (unordered), the distinct events by QuadClass and their mean intensity, busiest first.

    Only stories with both a source and a target actor count; a pair is unordered because the summary
    compares the state of a relation, not who acted.
    """
    grouped: dict[tuple[str, str], list[Story]] = defaultdict(list)
    for story in stories:
        if story.source is None or story.target is None or story.source.actor_id == story.target.actor_id:
            continue
        first, second = sorted((story.source.actor_id, story.target.actor_id))
        grouped[first, second].append(story)
    summaries = []
    for pair, group in grouped.items():
        counts = Counter(story.quad_class for story in group)
        summaries.append(DyadSummary(pair, (counts[1], counts[2], counts[3], counts[4]), len(group),
                                     sum(story.report_count for story in group),
                                     round(fmean(story.intensity for story in group), 2)))
    return sorted(summaries, key=lambda summary: (-summary.events, summary.actors))
