"""Commands over documents: run, docs, show, names, entities, stats, report, extract."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from orbitscope import __version__
from orbitscope.cli.common import (
    ConfigOption,
    DbOption,
    JsonOption,
    KbExtraOption,
    app,
    console,
    dyad_text,
    errors,
    fail,
    flag_text,
    library_call,
    load_cli_settings,
    make_table,
    number_text,
    open_store,
    print_json,
)
from orbitscope.errors import ConfigurationError, InputPathError, OrbitscopeError
from orbitscope.model import Analysis


@app.callback(invoke_without_command=True)
def main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    """orbitscope: an evidence-linked model of geopolitics from Polish news."""
    if version:
        console.print(f"orbitscope {__version__}")
        raise typer.Exit()


@app.command("run")
def run_command(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read (recursively); '-' reads stdin.")],
    db: DbOption = None,
    config: ConfigOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with 1 when any input is rejected.")] = False,
    max_file_bytes: Annotated[int | None, typer.Option(help="Reject larger files.")] = None,
    kb_extra: KbExtraOption = None,
    reanalyse: Annotated[bool, typer.Option(
        "--reanalyse", help="Analyse stored documents again even when this engine stored them (after a "
        "settings change; an upgrade re-analyses them by itself).")] = False,
    as_json: JsonOption = False,
) -> None:
    """Read articles (txt, html, jsonl, RSS/Atom), analyse the Polish ones, link actors, store everything.

    A document already in the store is only counted as known, unless another orbitscope (other code, data
    or models) analysed it: then it is analysed again and its old analysis replaced ("reanalysed").
    """
    from orbitscope.ingest import check_paths
    from orbitscope.pipeline import run

    settings = load_cli_settings(config, db=db, max_file_bytes=max_file_bytes, kb_extra=tuple(kb_extra) if kb_extra else None)
    try:
        check_paths(paths)
    except InputPathError as error:
        fail(str(error), code=2)
    with open_store(settings, read_only=False) as store:
        progress = Progress(
            SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=errors, transient=True,
            disable=not errors.is_terminal,
        )
        with progress:
            task = progress.add_task("reading and analysing", total=None)
            try:
                summary = run(paths, settings, store, stdin=sys.stdin, reanalyse=reanalyse,
                              on_item=lambda outcome, item: progress.advance(task))
            except ConfigurationError as error:  # e.g. an unknown code in settings.languages
                fail(str(error), code=2)
    result = {
        "run_id": summary.run_id,
        "store": str(settings.db.resolve()),
        "counts": dict(summary.counts),
        "rejected": [asdict(rejected) for rejected in summary.rejected],
    }
    if as_json:
        print_json(result)
    else:
        counts = ", ".join(f"{count} {outcome}" for outcome, count in sorted(summary.counts.items())) or "nothing"
        console.print(f"Run {summary.run_id}: {counts}.")
        if summary.rejected:
            console.print(make_table(result["rejected"], ["source", "stage", "reason"], title="Rejected input"))
        console.print(f"Store: {escape(result['store'])}")
    if strict and summary.rejected:
        raise typer.Exit(1)


@app.command("docs")
def docs_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """List the stored documents."""
    with open_store(load_cli_settings(config, db=db)) as store:
        rows = store.list_documents()
    if as_json:
        print_json(rows)
        return
    for row in rows:
        row["title"] = row.get("title") or "(untitled)"
    console.print(make_table(rows, ["id", "title", "published", "date_source", "language", "sentences", "tokens",
                                "mentions", "sources"]))


@app.command("show")
def show_command(
    doc_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix of at least 4 characters).")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a document's text sentence by sentence with names and events marked, then its dates, figures, claims."""
    with open_store(load_cli_settings(config, db=db)) as store:
        try:
            analysis = store.load_analysis(doc_id)
        except OrbitscopeError as error:
            fail(str(error))
    if as_json:
        print_json(analysis)
        return
    _print_analysis(analysis)


def _print_analysis(analysis: Analysis) -> None:
    document = analysis.document
    console.print(f"[bold]{escape(document.title or '(untitled)')}[/]  [dim]{document.id}[/]")
    published = document.published.isoformat() if document.published else "unknown"
    console.print(f"[dim]published: {published} ({document.date_source.value}) · language: "
                  f"{document.language or 'unknown'} · sources: {', '.join(map(str, document.sources))}[/]")
    if not analysis.sentences:
        console.print(escape(document.text))
        return
    by_sentence: dict[int, list] = {}
    for mention in analysis.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    actors = {(link.start, link.end): link.actor_id for link in analysis.links}
    events: dict[int, list] = {}
    for event in analysis.events:
        events.setdefault(event.sentence, []).append(event)
    for sentence in analysis.sentences:
        text, position = [], sentence.start
        for mention in sorted(by_sentence.get(sentence.index, []), key=lambda m: m.start):
            text.append(escape(document.text[position:mention.start]))
            actor = actors.get((mention.start, mention.end))
            text.append(f"[bold cyan]\\[{escape(mention.text)}][/][dim]{{{escape(mention.base)}·"
                        f"{mention.kind.value}{'→' + escape(actor) if actor else ''}}}[/]")
            position = mention.end
        text.append(escape(document.text[position:sentence.end]))
        repeat = f" [yellow](repeats {sentence.repeat_of})[/]" if sentence.repeat_of is not None else ""
        console.print(f"[dim]{sentence.index:>3} ¶{sentence.paragraph}[/]{repeat} {''.join(text)}")
        for event in events.get(sentence.index, ()):
            console.print(f"      [bold magenta]⚑ {event.type}[/]{' · ' + escape(event.mode) if event.mode else ''} "
                          f"{escape(dyad_text(event.source, event.target))} «{escape(event.trigger)}»"
                          f"{' · ' + event.date if event.date else ''}{flag_text(event)}")
    _print_extractions(analysis)


def _print_extractions(analysis: Analysis) -> None:
    """The document's dates, figures and claims as tables (events are marked under their sentences)."""
    dates = [{"sentence": t.sentence, "text": t.text, "value": t.value, "granularity": t.granularity.value,
              "resolution": t.resolution.value, "relation": t.relation} for t in analysis.time_expressions]
    figures = [{"sentence": q.sentence, "text": q.text, "kind": q.kind.value, "value": number_text(q.value, q.value_high),
                "unit": q.unit, "approximate": q.approximate, "measure": q.measure, "year": q.year}
               for q in analysis.quantities]
    claims = [{"sentence": c.sentence, "speaker": c.speaker_text, "speaker_id": c.speaker_id, "kind": c.kind.value,
               "cue": c.cue, "text": c.text} for c in analysis.claims]
    for title, rows in (("Dates", dates), ("Figures", figures), ("Claims", claims)):
        if rows:
            console.print(make_table(rows, list(rows[0]), title=f"{title} ({len(rows)})"))
    console.print(f"[dim]{len(analysis.events)} event reports, {len(dates)} dates, {len(figures)} figures, "
                  f"{len(claims)} claims[/]")


@app.command("names")
def names_command(
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N most mentioned names.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Proper names found (base forms) with their mention and document counts."""
    with open_store(load_cli_settings(config, db=db)) as store:
        rows = store.name_counts(top)
    if as_json:
        print_json(rows)
        return
    console.print(make_table(rows, ["base", "kind", "mentions", "documents", "forms"]))


@app.command("stats")
def stats_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Counts of everything in the store, and the rejected inputs with their reasons."""
    from orbitscope.analytics.stories import load_stories

    with open_store(load_cli_settings(config, db=db)) as store:
        stats = store.stats()
        stats["distinct_events"] = len(load_stories(store))
        rejected = store.rejected()
    if as_json:
        print_json({**stats, "rejected_inputs": rejected})
        return
    rows = [{"what": key, "count": value} for key, value in stats.items()]
    console.print(make_table(rows, ["what", "count"], title="Store"))
    if rejected:
        console.print(make_table(rejected, ["source", "stage", "reason", "last_seen"], title="Rejected input"))


@app.command("report")
def report_command(
    html: Annotated[Path, typer.Option("--html", help="Write a self-contained HTML report to this file.")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Write an HTML report of the stored documents, their sentences and names."""
    from orbitscope.report import write_report

    with open_store(load_cli_settings(config, db=db)) as store:
        try:
            write_report(store, html)
        except OSError as error:
            fail(f"cannot write {html}: {error}")
    console.print(f"Report: {escape(str(html.resolve()))}")


@app.command("entities")
def entities_command(
    doc: Annotated[str | None, typer.Option("--doc", help="Only this document (id or prefix).")] = None,
    actor_type: Annotated[str | None, typer.Option("--type", help="Only this actor type (country, person, ...).")]
    = None,
    top: Annotated[int | None, typer.Option("--top", help="Only the N most mentioned actors.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Linked actors (knowledge-base ids and NIL clusters) with mention and document counts."""
    from orbitscope.kb import load_knowledge_base

    settings = load_cli_settings(config, db=db)
    with open_store(settings) as store:
        rows = library_call(lambda: store.entity_counts(doc, actor_type, top))
    knowledge = library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
    for row in rows:
        actor = knowledge.actors.get(row["actor_id"])
        row["name"] = actor.name_pl if actor is not None else row["forms"][0] if row["forms"] else ""
    if as_json:
        print_json(rows)
        return
    for row in rows:  # the table shows a few surface forms; --json has them all
        row["forms"] = row["forms"][:4] + (["…"] if len(row["forms"]) > 4 else [])
    console.print(make_table(rows, ["actor_id", "name", "actor_type", "mentions", "documents", "codes", "forms"]))


@app.command("extract")
def extract_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Run the extractors again over the stored documents (after an upgrade), replacing their records."""
    from orbitscope.pipeline import extract_stored

    with open_store(load_cli_settings(config, db=db), read_only=False) as store:
        documents = library_call(lambda: extract_stored(store))
        stats = store.stats()
    result = {"documents": documents, **{key: stats[key] for key in
                                         ("time_expressions", "quantities", "claims", "event_reports")}}
    if as_json:
        print_json(result)
    else:
        console.print(", ".join(f"{value} {key.replace('_', ' ')}" for key, value in result.items()) + ".")
