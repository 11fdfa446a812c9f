"""Event exports: distinct events, every report, or a GDELT-1.0-like layout, as CSV, Parquet or JSON lines.

Rows are built from the stories (``orbitscope.analytics.stories``) so counts of reports and of distinct
events stay apart: one row per distinct event with its report, document and outlet counts, or one row per
report with the id of the distinct event it belongs to. The files are written by DuckDB's ``COPY`` into a
typed in-memory table, so every format has the same columns and types.

GDELT columns (see the README for the full mapping): GLOBALEVENTID is the distinct event's id; SQLDATE,
MonthYear, Year and FractionDate come from the first day of its date; Actor1/Actor2 are source and target
(code and knowledge-base name); EventCode is the PLOVER type (not a CAMEO code); QuadClass and
GoldsteinScale are our quad class and mean intensity; NumMentions counts reports, NumArticles documents
and NumSources outlets; ActionGeo_FullName is the location's name; SOURCEURL the first report's URL.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from orbitscope.analytics.stories import Report, Story
from orbitscope.errors import ExportError
from orbitscope.model import EventActor

#: Output formats and DuckDB's COPY options for them.
EXPORT_FORMATS = {"csv": "FORMAT csv, HEADER true", "parquet": "FORMAT parquet", "jsonl": "FORMAT json"}

_ACTOR = (("id", "VARCHAR"), ("code", "VARCHAR"), ("name", "VARCHAR"))

#: One row per distinct event.
EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "BIGINT"), ("date", "VARCHAR"), ("date_granularity", "VARCHAR"), ("first_day", "DATE"),
    ("last_day", "DATE"), ("type", "VARCHAR"), ("mode", "VARCHAR"), ("quad_class", "INTEGER"),
    ("intensity", "DOUBLE"),
    *((f"{role}_{name}", kind) for role in ("source", "target", "location") for name, kind in _ACTOR),
    ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("future", "BOOLEAN"), ("reported", "BOOLEAN"),
    ("reports", "INTEGER"), ("documents", "INTEGER"), ("outlets", "INTEGER"), ("doc_ids", "VARCHAR[]"),
    ("doc_id", "VARCHAR"), ("trigger", "VARCHAR"), ("evidence", "VARCHAR"), ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"), ("url", "VARCHAR"),
)

#: One row per report (an event as one document states it).
REPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "BIGINT"), ("doc_id", "VARCHAR"), ("sentence", "INTEGER"), ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"), ("evidence", "VARCHAR"), ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"), ("type", "VARCHAR"), ("mode", "VARCHAR"), ("contexts", "VARCHAR[]"),
    *((f"{role}_{name}", kind) for role in ("source", "target", "location") for name, kind in _ACTOR),
    ("participants", "VARCHAR[]"), ("date", "VARCHAR"), ("date_granularity", "VARCHAR"),
    ("date_method", "VARCHAR"), ("negated", "BOOLEAN"), ("hypothetical", "BOOLEAN"), ("future", "BOOLEAN"),
    ("reported", "BOOLEAN"), ("quad_class", "INTEGER"), ("intensity", "DOUBLE"), ("confidence", "DOUBLE"),
    ("published", "DATE"), ("outlet", "VARCHAR"), ("url", "VARCHAR"),
)

#: GDELT 1.0 event-table columns we can fill, named as GDELT names them.
GDELT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("GLOBALEVENTID", "BIGINT"), ("SQLDATE", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
    ("FractionDate", "DOUBLE"), ("Actor1Code", "VARCHAR"), ("Actor1Name", "VARCHAR"),
    ("Actor2Code", "VARCHAR"), ("Actor2Name", "VARCHAR"), ("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"),
    ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"), ("NumMentions", "INTEGER"),
    ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"), ("ActionGeo_FullName", "VARCHAR"),
    ("SOURCEURL", "VARCHAR"),
)

#: Export layouts: their columns and how a row is made.
LAYOUTS = ("events", "reports", "gdelt")


def _actor(role: str, actor: EventActor | None, names: Mapping[str, str]) -> dict[str, Any]:
    """The id/code/name columns of an event actor (the name: knowledge-base name, else the text)."""
    if actor is None:
        return {f"{role}_id": None, f"{role}_code": None, f"{role}_name": None}
    return {f"{role}_id": actor.actor_id, f"{role}_code": actor.code or None,
            f"{role}_name": names.get(actor.actor_id, actor.text)}


def event_row(story: Story, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One distinct event as a row of ``EVENT_COLUMNS`` (``names``: actor id → display name)."""
    names = names or {}
    anchor, first = story.anchor, story.reports[0]
    period = first.period
    return {
        "event_id": story.id, "date": story.date, "date_granularity": story.granularity.value,
        "first_day": period[0] if period else None, "last_day": period[1] if period else None,
        "type": story.type, "mode": story.mode, "quad_class": story.quad_class, "intensity": story.intensity,
        **_actor("source", story.source, names), **_actor("target", story.target, names),
        **_actor("location", story.location, names),
        "negated": anchor.negated, "hypothetical": anchor.hypothetical, "future": story.future,
        "reported": story.reported, "reports": story.report_count, "documents": story.document_count,
        "outlets": story.source_count, "doc_ids": story.doc_ids, "doc_id": anchor.doc_id,
        "trigger": anchor.trigger, "evidence": first.evidence, "evidence_start": anchor.start,
        "evidence_end": anchor.end, "url": first.url,
    }


def report_row(story: Story, report: Report, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One report as a row of ``REPORT_COLUMNS``, with the id of its distinct event."""
    names = names or {}
    event = report.event
    return {
        "event_id": story.id, "doc_id": event.doc_id, "sentence": event.sentence, "evidence_start": event.start,
        "evidence_end": event.end, "evidence": report.evidence, "trigger": event.trigger,
        "trigger_start": event.trigger_start, "trigger_end": event.trigger_end, "type": event.type,
        "mode": event.mode, "contexts": list(event.contexts),
        **_actor("source", event.source, names), **_actor("target", event.target, names),
        **_actor("location", event.location, names),
        "participants": [actor.actor_id for actor in event.participants], "date": event.date,
        "date_granularity": event.date_granularity.value, "date_method": event.date_method,
        "negated": event.negated, "hypothetical": event.hypothetical, "future": event.future,
        "reported": event.reported, "quad_class": event.quad_class, "intensity": event.intensity,
        "confidence": event.confidence, "published": report.published, "outlet": report.outlet,
        "url": report.url,
    }


def gdelt_row(story: Story, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One distinct event as a row of ``GDELT_COLUMNS``."""
    row = event_row(story, names)
    first: date | None = row["first_day"]
    return {
        "GLOBALEVENTID": story.id,
        "SQLDATE": int(first.strftime("%Y%m%d")) if first else None,
        "MonthYear": int(first.strftime("%Y%m")) if first else None,
        "Year": first.year if first else None,
        "FractionDate": round(first.year + (first.timetuple().tm_yday - 1) / 365, 4) if first else None,
        "Actor1Code": row["source_code"], "Actor1Name": row["source_name"],
        "Actor2Code": row["target_code"], "Actor2Name": row["target_name"],
        "IsRootEvent": 1, "EventCode": story.type, "QuadClass": story.quad_class,
        "GoldsteinScale": story.intensity, "NumMentions": story.report_count, "NumSources": story.source_count,
        "NumArticles": story.document_count, "ActionGeo_FullName": row["location_name"],
        "SOURCEURL": row["url"],
    }


def layout_rows(stories: Sequence[Story], layout: str, names: Mapping[str, str] | None = None
                ) -> tuple[tuple[tuple[str, str], ...], list[dict[str, Any]]]:
    """The columns and rows of an export layout ("events", "reports" or "gdelt")."""
    makers: dict[str, tuple[tuple[tuple[str, str], ...], Callable[[], list[dict[str, Any]]]]] = {
        "events": (EVENT_COLUMNS, lambda: [event_row(story, names) for story in stories]),
        "reports": (REPORT_COLUMNS, lambda: [report_row(story, report, names)
                                             for story in stories for report in story.reports]),
        "gdelt": (GDELT_COLUMNS, lambda: [gdelt_row(story, names) for story in stories]),
    }
    if layout not in makers:
        raise ExportError(f"unknown export layout {layout!r}; use one of {', '.join(LAYOUTS)}")
    columns, make = makers[layout]
    return columns, make()


def export_events(stories: Sequence[Story], path: Path, file_format: str, layout: str = "events",
                  names: Mapping[str, str] | None = None) -> int:
    """Write the events to ``path`` in ``file_format`` (csv, parquet, jsonl) and ``layout``.

    Args:
        stories: the distinct events (``orbitscope.analytics.stories.load_stories``).
        path: the file to write (replaced when it exists).
        file_format: "csv" (with a header), "parquet" or "jsonl" (one JSON object a line).
        layout: "events" (one row per distinct event), "reports" (one per report) or "gdelt".
        names: actor id → display name (knowledge-base names); the text in the article otherwise.

    Returns:
        How many rows were written.

    Raises:
        ExportError: an unknown format or layout, or the file cannot be written.
    """
    if file_format not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {file_format!r}; use one of {', '.join(EXPORT_FORMATS)}")
    columns, rows = layout_rows(stories, layout, names)
    with duckdb.connect() as connection:
        definition = ", ".join(f'"{name}" {kind}' for name, kind in columns)
        connection.execute(f"CREATE TABLE export ({definition})")
        if rows:
            values = [[row[name] for row in rows] for name, _ in columns]
            connection.execute(f"INSERT INTO export SELECT {', '.join('unnest(?)' for _ in columns)}", values)
        target = str(path).replace("'", "''")
        try:
            connection.execute(f"COPY export TO '{target}' ({EXPORT_FORMATS[file_format]})")
        except duckdb.Error as error:
            raise ExportError(f"cannot write {path}: {error}") from error
    return len(rows)
