"""A self-contained HTML report of a store: distinct events and a per-dyad summary, then every document with
its sentences (names highlighted), events, dates, figures and claims, the names table and the rejects.

The page has inline CSS only (no fonts, scripts or other network resources), so it can be mailed or
opened offline. The UI is English; the content stays Polish. Jinja's autoescaping is on, so article
text (which may contain ``<script>``) is always shown, never run.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader

from orbitscope import __version__
from orbitscope.analytics.stories import DyadSummary, Story, load_stories, summarize_dyads
from orbitscope.kb import load_knowledge_base
from orbitscope.model import Analysis, DateSource, EntityLink, Event, EventActor, Mention
from orbitscope.store import Store

_TITLE_CHARS = 90  # an untitled document is named by its first sentence, shortened to this
_EXCERPT_CHARS = 600  # text shown for a document that was not analysed

_DATE_SOURCES = {
    DateSource.RECORD: "from the input record",
    DateSource.HTML_METADATA: "from the page's metadata",
    DateSource.FILE_NAME: "from the file name",
    DateSource.ESTIMATED: "estimated from the content",
    DateSource.UNKNOWN: "unknown",
}


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of sentence text; ``mention`` is set when the run is a highlighted name."""

    text: str
    mention: Mention | None = None


@dataclass(slots=True)
class SentenceView:
    """A sentence as shown: 1-based number, segments, and the number of the sentence it repeats."""

    number: int
    segments: list[Segment]
    repeat_of: int | None


@dataclass(slots=True)
class ParagraphView:
    """A paragraph as shown, with its sentences and what it repeats."""

    number: int
    repeat_of: int | None
    similarity: float | None
    sentences: list[SentenceView] = field(default_factory=list)


@dataclass(slots=True)
class NameRow:
    """One row of a document's name table."""

    base: str
    kind: str
    forms: list[str]
    count: int


@dataclass(slots=True)
class ActorRow:
    """One row of a document's linked-actor table."""

    actor_id: str
    name: str
    actor_type: str
    kinds: list[str]
    codes: list[str]
    forms: list[str]
    count: int


@dataclass(slots=True)
class EventView:
    """One event as shown: a distinct event (with its report and document counts) or one report of it."""

    date: str
    type: str
    mode: str
    source: str
    target: str
    trigger: str
    evidence: str
    doc_id: str
    sentence_number: int  # 1-based, as the document's sentences are numbered in the report
    flags: list[str]
    quad_class: int
    intensity: float
    reports: int = 1
    documents: int = 1


@dataclass(slots=True)
class DyadView:
    """One row of the per-dyad summary."""

    first: str
    second: str
    by_quad_class: tuple[int, int, int, int]
    events: int
    reports: int
    mean_intensity: float


@dataclass(slots=True)
class DocumentView:
    """Everything the template shows for one document."""

    id: str
    title: str
    untitled: bool
    analysed: bool
    metadata: dict[str, Any]
    paragraphs: list[ParagraphView]
    names: list[NameRow]
    excerpt: str
    actors: list[ActorRow] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)


def write_report(store: Store, path: Path) -> None:
    """Write the store's HTML report to ``path`` (UTF-8), replacing an existing file.

    Args:
        store: an open store (read-only is enough).
        path: the HTML file to write.
    """
    Path(path).write_text(render_report(store), encoding="utf-8")


def render_report(store: Store) -> str:
    """Render the store's HTML report as a string (see ``write_report``)."""
    environment = Environment(
        loader=PackageLoader("orbitscope.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = environment.get_template("report.html.j2")
    listed = store.list_documents()
    in_report = {row["id"] for row in listed}
    rows = {row["id"]: row for row in listed}
    knowledge = load_knowledge_base()
    actor_names = {actor_id: actor.name_pl for actor_id, actor in knowledge.actors.items()}
    documents = [
        document_view(analysis, rows[analysis.document.id], in_report, actor_names)
        for analysis in store.iter_analyses()
    ]
    stats = store.stats()
    stories = load_stories(store)
    return template.render(
        events=[story_view(story, actor_names) for story in stories],
        event_reports=sum(story.report_count for story in stories),
        dyads=[dyad_view(summary, actor_names) for summary in summarize_dyads(stories)],
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
        store_path=str(store.path),
        stats=stats,
        names=len(store.name_counts()),
        top_names=store.name_counts(top=30),
        analysed=[view for view in documents if view.analysed],
        unanalysed=[view for view in documents if not view.analysed],
        rejected=store.rejected(),
    )


def document_view(analysis: Analysis, row: dict[str, Any], in_report: set[str],
                  actor_names: dict[str, str] | None = None) -> DocumentView:
    """Prepare one document for the template.

    Args:
        analysis: the document's analysis (tokens are not needed).
        row: the document's row from ``Store.list_documents`` (analysed flag, sources).
        in_report: ids of all documents in the report, to link near-duplicates.
        actor_names: knowledge-base names of actors by id (for the linked-actor table).
    """
    document = analysis.document
    title, untitled = _title(analysis)
    url = document.url
    metadata = {
        "outlet": document.outlet,
        "url": url,
        "url_is_link": bool(url) and url.lower().startswith(("http://", "https://")),
        "author": document.author,
        "published": document.published.isoformat() if document.published else None,
        "date_source": _DATE_SOURCES[document.date_source],
        "language": document.language or "unknown",
        "language_confidence": document.language_confidence,
        "sources": row["sources"],
        "near_duplicate_of": document.near_duplicate_of,
        "near_duplicate_similarity": document.near_duplicate_similarity,
        "near_duplicate_in_report": document.near_duplicate_of in in_report,
        "counts": {"sentences": row["sentences"], "tokens": row["tokens"], "mentions": row["mentions"]},
    }
    return DocumentView(
        id=document.id,
        title=title,
        untitled=untitled,
        analysed=bool(row["analysed"]),
        metadata=metadata,
        paragraphs=_paragraphs(analysis),
        names=_names(analysis.mentions),
        excerpt=_shorten(document.text, _EXCERPT_CHARS),
        actors=_actors(analysis.links, actor_names or {}),
        events=[event_view(event, document.text[event.start:event.end], actor_names or {})
                for event in analysis.events],
        dates=[{"text": t.text, "value": t.value, "granularity": t.granularity.value,
                "resolution": t.resolution.value, "relation": t.relation, "sentence": t.sentence + 1}
               for t in analysis.time_expressions],
        figures=[{"text": q.text, "kind": q.kind.value, "value": q.value, "value_high": q.value_high, "unit": q.unit,
                  "approximate": q.approximate, "measure": q.measure, "year": q.year, "sentence": q.sentence + 1}
                 for q in analysis.quantities],
        claims=[{"speaker": c.speaker_text, "speaker_id": c.speaker_id, "kind": c.kind.value, "cue": c.cue,
                 "text": c.text, "sentence": c.sentence + 1} for c in analysis.claims],
    )


_FLAGS = ("negated", "hypothetical", "future", "reported")


def _actor_name(actor: EventActor | None, actor_names: dict[str, str]) -> str:
    """An event actor's knowledge-base name, else its text; "?" when the event has none."""
    return "?" if actor is None else actor_names.get(actor.actor_id, actor.text)


def event_view(event: Event, evidence: str, actor_names: dict[str, str]) -> EventView:
    """One event report as shown (``evidence``: the text of its sentence)."""
    return EventView(
        date=event.date or "", type=event.type, mode=event.mode, source=_actor_name(event.source, actor_names),
        target=_actor_name(event.target, actor_names), trigger=event.trigger, evidence=" ".join(evidence.split()),
        doc_id=event.doc_id, sentence_number=event.sentence + 1,
        flags=[flag for flag in _FLAGS if getattr(event, flag)], quad_class=event.quad_class,
        intensity=event.intensity,
    )


def story_view(story: Story, actor_names: dict[str, str]) -> EventView:
    """A distinct event as shown: its anchor report with the story's counts, flags and mean intensity."""
    view = event_view(story.anchor, story.reports[0].evidence, actor_names)
    view.mode, view.intensity = story.mode, story.intensity
    view.reports, view.documents = story.report_count, story.document_count
    view.flags = [flag for flag in _FLAGS if getattr(story, flag, getattr(story.anchor, flag))]
    return view


def dyad_view(summary: DyadSummary, actor_names: dict[str, str]) -> DyadView:
    """One row of the per-dyad summary, actors named."""
    first, second = (actor_names.get(actor_id, actor_id) for actor_id in summary.actors)
    return DyadView(first, second, summary.by_quad_class, summary.events, summary.reports, summary.mean_intensity)


def _title(analysis: Analysis) -> tuple[str, bool]:
    """The document's title, or its first sentence (or text) shortened; the flag says it is untitled."""
    document = analysis.document
    if document.title and document.title.strip():
        return document.title.strip(), False
    first = analysis.sentences[0] if analysis.sentences else None
    text = document.text[first.start : first.end] if first else document.text
    return _shorten(text, _TITLE_CHARS), True


def _shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut at a word boundary before ``limit`` characters, adding an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


def _paragraphs(analysis: Analysis) -> list[ParagraphView]:
    """Group the sentences by paragraph, each split into plain and highlighted segments."""
    document = analysis.document
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in analysis.mentions:
        by_sentence[mention.sentence].append(mention)
    known = {p.index: p for p in document.paragraphs}
    views: dict[int, ParagraphView] = {}
    for sentence in analysis.sentences:
        view = views.get(sentence.paragraph)
        if view is None:
            paragraph = known.get(sentence.paragraph)
            view = ParagraphView(
                number=sentence.paragraph + 1,
                repeat_of=None
                if paragraph is None or paragraph.repeat_of is None
                else paragraph.repeat_of + 1,
                similarity=None if paragraph is None else paragraph.similarity,
            )
            views[sentence.paragraph] = view
        view.sentences.append(
            SentenceView(
                number=sentence.index + 1,
                segments=segments(document.text, sentence.start, sentence.end, by_sentence[sentence.index]),
                repeat_of=None if sentence.repeat_of is None else sentence.repeat_of + 1,
            )
        )
    return list(views.values())


def segments(text: str, start: int, end: int, mentions: list[Mention]) -> list[Segment]:
    """Split ``text[start:end]`` into plain runs and mention runs (offsets are into the whole text).

    Mentions outside the span or overlapping an earlier one are left unhighlighted rather than
    garbling the sentence.
    """
    result: list[Segment] = []
    position = start
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.start < position or mention.end > end or mention.start >= mention.end:
            continue
        if mention.start > position:
            result.append(Segment(text[position : mention.start]))
        result.append(Segment(text[mention.start : mention.end], mention))
        position = mention.end
    if position < end:
        result.append(Segment(text[position:end]))
    return result


def _actors(links: tuple[EntityLink, ...], actor_names: dict[str, str]) -> list[ActorRow]:
    """Linked actors of one document, most mentioned first."""
    grouped: dict[str, list[EntityLink]] = {}
    for link in links:
        grouped.setdefault(link.actor_id, []).append(link)
    rows = [
        ActorRow(actor_id, actor_names.get(actor_id, group[0].text), group[0].actor_type,
                 sorted({link.kind.value for link in group}), sorted({link.code for link in group if link.code}),
                 sorted({link.text for link in group}), len(group))
        for actor_id, group in grouped.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.actor_id))


def _names(mentions: tuple[Mention, ...]) -> list[NameRow]:
    """Group a document's mentions by (base, kind): forms and counts, most mentioned first."""
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for mention in mentions:
        key = (mention.base, mention.kind.value)
        forms[key].add(mention.text)
        counts[key] += 1
    rows = [NameRow(base, kind, sorted(forms[(base, kind)]), counts[(base, kind)]) for base, kind in counts]
    return sorted(rows, key=lambda row: (-row.count, row.base, row.kind))
