"""Commands over extracted records: events (distinct or reports), claims, quantities, and `export events`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from orbitscope.cli.common import (
    FLAGS,
    ActorFilter,
    ConfigOption,
    DbOption,
    DocFilter,
    JsonOption,
    SinceFilter,
    TypeFilter,
    UntilFilter,
    app,
    console,
    date_option,
    fail,
    library_call,
    load_cli_settings,
    make_table,
    number_text,
    open_store,
    print_json,
)
from orbitscope.config import Settings


def selected_stories(settings: Settings, actor: str | None, event_type: str | None, since: str | None,
                      until: str | None, doc: str | None) -> tuple[list, dict[str, str], dict[str, Any]]:
    """The stored distinct events matching the filters, knowledge-base names of actors by id, the filters."""
    from orbitscope.analytics.stories import EVENT_TYPES, load_stories, select_stories
    from orbitscope.kb import load_knowledge_base

    if event_type is not None:
        event_type = event_type.upper()
        if event_type not in EVENT_TYPES:
            fail(f"unknown event type {event_type!r}; PLOVER types: {', '.join(EVENT_TYPES)}", code=2)
    filters = {"actor": actor, "event_type": event_type, "since": date_option(since, "--since", False),
               "until": date_option(until, "--until", True)}
    with open_store(settings) as store:
        filters["doc_id"] = library_call(lambda: store.resolve_id(doc)) if doc is not None else None
        stories = select_stories(load_stories(store), **filters)
    knowledge = library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
    names = {actor_id: actor.name_pl for actor_id, actor in knowledge.actors.items()}
    return stories, names, filters


@app.command("events")
def events_command(
    actor: ActorFilter = None,
    event_type: TypeFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    doc: DocFilter = None,
    reports: Annotated[bool, typer.Option("--reports", help="List every report (one per document sentence) "
                                                             "instead of distinct events.")] = False,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """PLOVER events: distinct events with their report and document counts, or (--reports) every report."""
    from orbitscope.analytics.stories import report_matches
    from orbitscope.report.exports import event_row, report_row

    settings = load_cli_settings(config, db=db)
    stories, names, filters = selected_stories(settings, actor, event_type, since, until, doc)
    if reports:
        # A story matches when one of its reports does; list only the matching reports themselves.
        rows = [report_row(story, report, names) for story in stories for report in story.reports
                if report_matches(report, **filters)]
    else:
        rows = [event_row(story, names) for story in stories]
    if as_json:
        print_json(rows)
        return
    for row in rows:
        row["source → target"] = f"{row['source_name'] or '?'} → {row['target_name'] or '?'}"
        row["flags"] = [flag for flag in FLAGS if row[flag]]
    if reports:
        console.print(make_table(rows, ["event_id", "doc_id", "date", "type", "mode", "source → target", "trigger",
                                    "evidence", "flags"], title=f"{len(rows)} event reports"))
        return
    total = sum(row["reports"] for row in rows)
    console.print(make_table(rows, ["date", "type", "mode", "source → target", "reports", "documents", "trigger",
                                "flags"], title=f"{len(rows)} distinct events from {total} reports"))


@app.command("claims")
def claims_command(
    actor: Annotated[str | None, typer.Option("--actor", help="Only claims by this speaker (actor id).")] = None,
    doc: DocFilter = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Attributed claims: who said what (quotes, reported speech, "według X"), with the document."""
    with open_store(load_cli_settings(config, db=db)) as store:
        rows = library_call(lambda: store.claims(doc, actor))
    if as_json:
        print_json(rows)
        return
    console.print(make_table(rows, ["doc_id", "speaker", "speaker_id", "kind", "cue", "text", "date"],
                         title=f"{len(rows)} claims"))


@app.command("quantities")
def quantities_command(
    doc: DocFilter = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Only money, percent, count or measure.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Figures quoted (money, percentages, counts, measures) with their unit, measure and document."""
    from orbitscope.model import QuantityKind

    kinds = [k.value for k in QuantityKind]
    if kind is not None and kind not in kinds:
        fail(f"unknown quantity kind {kind!r}; use one of {', '.join(kinds)}", code=2)
    with open_store(load_cli_settings(config, db=db)) as store:
        rows = library_call(lambda: store.quantities(doc, kind))
    if as_json:
        print_json(rows)
        return
    for row in rows:
        row["value"] = number_text(row["value"], row["value_high"])
    console.print(make_table(rows, ["doc_id", "text", "kind", "value", "unit", "approximate", "measure", "actors",
                                "year"], title=f"{len(rows)} figures"))


export_app = typer.Typer(help="Export stored records to files.", no_args_is_help=True)


@export_app.command("events")
def export_events_command(
    file_format: Annotated[str, typer.Option("--format", help="csv, parquet or jsonl.")] = "csv",
    gdelt: Annotated[bool, typer.Option("--gdelt", help="GDELT 1.0-like columns (one row per distinct event).")]
    = False,
    reports: Annotated[bool, typer.Option("--reports", help="One row per report instead of per distinct event.")]
    = False,
    output: Annotated[Path | None, typer.Option("--output", help="File to write [default: events.FORMAT].")] = None,
    actor: ActorFilter = None,
    event_type: TypeFilter = None,
    since: SinceFilter = None,
    until: UntilFilter = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the events to a CSV, Parquet or JSON-lines file (distinct events, every report, or GDELT-like)."""
    from orbitscope.report.exports import EXPORT_FORMATS, export_events

    if file_format not in EXPORT_FORMATS:
        fail(f"unknown format {file_format!r}; use one of {', '.join(EXPORT_FORMATS)}", code=2)
    if gdelt and reports:
        fail("--gdelt and --reports exclude each other: GDELT rows are distinct events", code=2)
    layout = "gdelt" if gdelt else "reports" if reports else "events"
    path = output or Path(f"{'events' if layout == 'events' else 'events-' + layout}.{file_format}")
    stories, names, _ = selected_stories(load_cli_settings(config, db=db), actor, event_type, since, until, None)
    rows = library_call(lambda: export_events(stories, path, file_format, layout, names), code=1)
    result = {"path": str(path.resolve()), "format": file_format, "layout": layout, "rows": rows,
              "distinct_events": len(stories), "reports": sum(story.report_count for story in stories)}
    if as_json:
        print_json(result)
    else:
        console.print(f"{rows} rows ({layout}: {result['distinct_events']} distinct events, {result['reports']} "
                      f"reports) → {escape(result['path'])}")
