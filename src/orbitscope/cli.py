"""The ``orbitscope`` command line: every command parses, calls one library function, formats.

Listing commands print a table, or JSON with ``--json``. Exit codes: 0 success, 1 a problem with the
store or (with ``--strict``) rejected input, 2 a usage or configuration error (e.g. a missing path).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from orbitscope import __version__
from orbitscope.config import Settings, load_settings
from orbitscope.errors import ConfigurationError, InputPathError, OrbitscopeError
from orbitscope.model import Analysis

app = typer.Typer(
    name="orbitscope",
    help="Evidence-linked geopolitical events from Polish news: ingest, analyse, store, report.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[Path | None, typer.Option("--db", help="DuckDB store file [default: ./orbitscope.duckdb]")]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML settings file [default: ./orbitscope.toml]")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
KbExtraOption = Annotated[list[Path] | None, typer.Option("--kb-extra", help="Extra knowledge-base file or folder.")]


def _settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **overrides)
    except ConfigurationError as error:
        _fail(str(error), code=2)


def _fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[bold red]Error:[/] {escape(message)}")
    raise typer.Exit(code)


def _open_store(settings: Settings, read_only: bool = True):
    from orbitscope.store import Store  # imported here: `--help` stays fast

    try:
        return Store(settings.db, read_only=read_only)
    except OrbitscopeError as error:
        _fail(str(error))


def _to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(key): _to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_to_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(_to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def _table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(escape(_cell(row.get(column))) for column in columns))
    return table


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


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
    as_json: JsonOption = False,
) -> None:
    """Read articles (txt, html, jsonl, RSS/Atom), analyse the Polish ones, link actors, store everything."""
    from orbitscope.ingest import check_paths
    from orbitscope.pipeline import run

    settings = _settings(config, db=db, max_file_bytes=max_file_bytes, kb_extra=tuple(kb_extra) if kb_extra else None)
    try:
        check_paths(paths)
    except InputPathError as error:
        _fail(str(error), code=2)
    with _open_store(settings, read_only=False) as store:
        progress = Progress(
            SpinnerColumn(), TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), TimeElapsedColumn(), console=errors, transient=True,
            disable=not errors.is_terminal,
        )
        with progress:
            task = progress.add_task("reading and analysing", total=None)
            try:
                summary = run(paths, settings, store, stdin=sys.stdin,
                              on_item=lambda outcome, item: progress.advance(task))
            except ConfigurationError as error:  # e.g. an unknown code in settings.languages
                _fail(str(error), code=2)
    result = {
        "run_id": summary.run_id,
        "store": str(settings.db.resolve()),
        "counts": dict(summary.counts),
        "rejected": [asdict(rejected) for rejected in summary.rejected],
    }
    if as_json:
        _print_json(result)
    else:
        counts = ", ".join(f"{count} {outcome}" for outcome, count in sorted(summary.counts.items())) or "nothing"
        console.print(f"Run {summary.run_id}: {counts}.")
        if summary.rejected:
            console.print(_table(result["rejected"], ["source", "stage", "reason"], title="Rejected input"))
        console.print(f"Store: {escape(result['store'])}")
    if strict and summary.rejected:
        raise typer.Exit(1)


@app.command("docs")
def docs_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """List the stored documents."""
    with _open_store(_settings(config, db=db)) as store:
        rows = store.list_documents()
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        row["title"] = row.get("title") or "(untitled)"
    console.print(_table(rows, ["id", "title", "published", "date_source", "language", "sentences", "tokens",
                                "mentions", "sources"]))


@app.command("show")
def show_command(
    doc_id: Annotated[str, typer.Argument(help="Document id (or a unique prefix of at least 4 characters).")],
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show a document's text sentence by sentence with names and events marked, then its dates, figures, claims."""
    with _open_store(_settings(config, db=db)) as store:
        try:
            analysis = store.load_analysis(doc_id)
        except OrbitscopeError as error:
            _fail(str(error))
    if as_json:
        _print_json(analysis)
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
                          f"{escape(_dyad(event.source, event.target))} «{escape(event.trigger)}»"
                          f"{' · ' + event.date if event.date else ''}{_flag_text(event)}")
    _print_extractions(analysis)


def _dyad(source, target) -> str:
    """'source → target' of an event, with ids; '?' for a missing side."""
    def side(actor) -> str:
        return f"{actor.text} ({actor.actor_id})" if actor is not None else "?"
    return f"{side(source)} → {side(target)}"


_FLAGS = ("negated", "hypothetical", "future", "reported")


def _flags(event) -> list[str]:
    return [flag for flag in _FLAGS if getattr(event, flag)]


def _flag_text(event) -> str:
    flags = _flags(event)
    return f" [yellow]({', '.join(flags)})[/]" if flags else ""


def _print_extractions(analysis: Analysis) -> None:
    """The document's dates, figures and claims as tables (events are marked under their sentences)."""
    dates = [{"sentence": t.sentence, "text": t.text, "value": t.value, "granularity": t.granularity.value,
              "resolution": t.resolution.value, "relation": t.relation} for t in analysis.time_expressions]
    figures = [{"sentence": q.sentence, "text": q.text, "kind": q.kind.value, "value": _number(q.value, q.value_high),
                "unit": q.unit, "approximate": q.approximate, "measure": q.measure, "year": q.year}
               for q in analysis.quantities]
    claims = [{"sentence": c.sentence, "speaker": c.speaker_text, "speaker_id": c.speaker_id, "kind": c.kind.value,
               "cue": c.cue, "text": c.text} for c in analysis.claims]
    for title, rows in (("Dates", dates), ("Figures", figures), ("Claims", claims)):
        if rows:
            console.print(_table(rows, list(rows[0]), title=f"{title} ({len(rows)})"))
    console.print(f"[dim]{len(analysis.events)} event reports, {len(dates)} dates, {len(figures)} figures, "
                  f"{len(claims)} claims[/]")


def _number(value: float, high: float | None = None) -> str:
    """A figure without a needless '.0', with its upper end for a range."""
    def plain(number: float) -> str:
        return f"{number:,.0f}" if number == int(number) else f"{number:,}"
    return plain(value) + (f"–{plain(high)}" if high is not None else "")


@app.command("names")
def names_command(
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N most mentioned names.")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Proper names found (base forms) with their mention and document counts."""
    with _open_store(_settings(config, db=db)) as store:
        rows = store.name_counts(top)
    if as_json:
        _print_json(rows)
        return
    console.print(_table(rows, ["base", "kind", "mentions", "documents", "forms"]))


@app.command("stats")
def stats_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Counts of everything in the store, and the rejected inputs with their reasons."""
    from orbitscope.analytics.stories import load_stories

    with _open_store(_settings(config, db=db)) as store:
        stats = store.stats()
        stats["distinct_events"] = len(load_stories(store))
        rejected = store.rejected()
    if as_json:
        _print_json({**stats, "rejected_inputs": rejected})
        return
    rows = [{"what": key, "count": value} for key, value in stats.items()]
    console.print(_table(rows, ["what", "count"], title="Store"))
    if rejected:
        console.print(_table(rejected, ["source", "stage", "reason", "last_seen"], title="Rejected input"))


@app.command("report")
def report_command(
    html: Annotated[Path, typer.Option("--html", help="Write a self-contained HTML report to this file.")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Write an HTML report of the stored documents, their sentences and names."""
    from orbitscope.report import write_report

    with _open_store(_settings(config, db=db)) as store:
        try:
            write_report(store, html)
        except OSError as error:
            _fail(f"cannot write {html}: {error}")
    console.print(f"Report: {escape(str(html.resolve()))}")


kb_app = typer.Typer(help="Look up the actor knowledge base.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate against gold data.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")


def _actor_row(actor) -> dict[str, Any]:
    return {"id": actor.id, "type": actor.type, "name_en": actor.name_en, "name_pl": actor.name_pl,
            "country": actor.country, "code": actor.code}


@kb_app.command("search")
def kb_search_command(
    name: Annotated[str, typer.Argument(help="A name in any case, spelling or script: 'Tokajewem', 'Токаев'.")],
    config: ConfigOption = None,
    kb_extra: KbExtraOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find actors by any inflected form, spelling or script of their name."""
    from orbitscope.link.search import search_actors

    settings = _settings(config, kb_extra=tuple(kb_extra) if kb_extra else None)
    actors = _library_call(lambda: search_actors(name, settings))
    rows = [_actor_row(actor) for actor in actors]
    if as_json:
        _print_json(rows)
    elif rows:
        console.print(_table(rows, ["id", "type", "name_pl", "name_en", "country", "code"]))
    else:
        console.print(f"No actor matches {escape(name)!r}.")


@kb_app.command("show")
def kb_show_command(
    actor_id: Annotated[str, typer.Argument(help="Actor id, e.g. Q232 or person:dauren-kosanov.")],
    config: ConfigOption = None,
    kb_extra: KbExtraOption = None,
    as_json: JsonOption = False,
) -> None:
    """Everything the knowledge base knows about one actor: names, codes, dated roles."""
    from orbitscope.kb import load_knowledge_base

    settings = _settings(config, kb_extra=tuple(kb_extra) if kb_extra else None)
    knowledge = _library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
    actor = knowledge.actors.get(actor_id)
    if actor is None:
        _fail(f"no actor with id {actor_id}; try `orbitscope kb search NAME`")
    if as_json:
        _print_json(actor)
        return
    console.print(f"[bold]{escape(actor.name_pl)}[/] / {escape(actor.name_en)}  [dim]{actor.id} · {actor.type}"
                  f"{' · ' + actor.country if actor.country else ''}{' · code ' + actor.code if actor.code else ''}[/]")
    for label, values in (("names", actor.names), ("acronyms", actor.acronyms), ("adjectives", actor.adjectives),
                          ("demonyms", actor.demonyms)):
        if values:
            console.print(f"{label}: {escape(', '.join(values))}")
    if actor.roles:
        rows = [{"office": r.office, "title": r.title_pl, "country": r.country, "sector": r.sector,
                 "start": r.start, "end": r.end or "—"} for r in actor.roles]
        console.print(_table(rows, ["office", "title", "country", "sector", "start", "end"], title="Roles"))


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

    settings = _settings(config, db=db)
    with _open_store(settings) as store:
        rows = _library_call(lambda: store.entity_counts(doc, actor_type, top))
    knowledge = _library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
    for row in rows:
        actor = knowledge.actors.get(row["actor_id"])
        row["name"] = actor.name_pl if actor is not None else row["forms"][0] if row["forms"] else ""
    if as_json:
        _print_json(rows)
        return
    for row in rows:  # the table shows a few surface forms; --json has them all
        row["forms"] = row["forms"][:4] + (["…"] if len(row["forms"]) > 4 else [])
    console.print(_table(rows, ["actor_id", "name", "actor_type", "mentions", "documents", "codes", "forms"]))


@eval_app.command("linking")
def eval_linking_command(
    gold: Annotated[Path, typer.Argument(help="Gold file, e.g. eval/gold/linking.jsonl.")],
    config: ConfigOption = None,
    as_json: JsonOption = False,
    show_errors: Annotated[int, typer.Option("--errors", help="List this many misses and wrong links.")] = 40,
) -> None:
    """Precision, recall and F1 of mention → actor links, NIL clustering, per type and kind."""
    from orbitscope.evaluation.linking import evaluate_linking
    from orbitscope.pipeline import default_pipeline

    settings = _settings(config)
    report = _library_call(lambda: evaluate_linking(gold, default_pipeline(settings)))
    result = report.as_dict()
    if as_json:
        _print_json(result)
        return
    console.print(f"{report.documents} documents, {report.gold_mentions} gold mentions")
    summary = [{"measure": name, **result[name]} for name in ("exact", "overlap")]
    console.print(_table(summary, ["measure", "precision", "recall", "f1", "correct", "predicted", "gold"],
                         title="Linking (knowledge-base actors)"))
    for title, key in (("By actor type", "by_type"), ("By mention kind", "by_kind")):
        rows = [{"group": group, **scores} for group, scores in result[key].items()]
        console.print(_table(rows, ["group", "precision", "recall", "f1", "correct", "predicted", "gold"],
                             title=title))
    nil = result["nil_clustering_b3"]
    console.print(f"NIL clustering (B-cubed over {nil['mentions']} gold NIL mentions): "
                  f"P {nil['precision']:.3f} R {nil['recall']:.3f} F1 {nil['f1']:.3f}")
    for title, key, columns in (("Misses", "misses", ["doc", "text", "gold", "type", "kind"]),
                                ("Wrong links", "wrong", ["doc", "text", "gold", "predicted", "method"]),
                                ("Spurious links", "spurious", ["doc", "text", "predicted", "method"])):
        rows = result[key][:show_errors]
        if rows:
            console.print(_table(rows, columns, title=f"{title} ({len(result[key])}, first {len(rows)})"))


@eval_app.command("ner")
def eval_ner_command(
    corpus: Annotated[str, typer.Option(help="nkjp (our test split), kpwr (its test file) or all.")] = "all",
    limit: Annotated[int | None, typer.Option(help="Only the first N documents of each corpus.")] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Per-type P/R/F1 (exact span and overlap) of the NER model, the rule/KB baseline and the fused engine."""
    from orbitscope.evaluation.ner import evaluate_ner, kpwr_test_corpus, nkjp_test_corpus
    from orbitscope.nlp.ner import load_ner_model
    from orbitscope.pipeline import default_pipeline

    if corpus not in ("nkjp", "kpwr", "all"):
        _fail(f"unknown corpus {corpus!r}: use nkjp, kpwr or all", code=2)
    settings = _settings(config)
    model = load_ner_model(settings.ner_model)
    if model is None:
        _fail("no NER model to evaluate (see the warning above)", code=2)
    corpora = _library_call(lambda: ([nkjp_test_corpus(limit=limit)] if corpus in ("nkjp", "all") else [])
                            + ([kpwr_test_corpus(limit=limit)] if corpus in ("kpwr", "all") else []))
    systems = {"model": model, "rules+kb": default_pipeline(settings.model_copy(update={"ner": False})),
               "fused": default_pipeline(settings, model)}
    total = sum(len(c.documents) for c in corpora)
    with Progress(TextColumn("evaluating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("documents", total=total)
        report = _library_call(lambda: evaluate_ner(systems, corpora, lambda: progress.advance(task)))
    result = report.as_dict()
    if as_json:
        _print_json(result)
        return
    console.print(f"model {escape(str(model.path))} version {model.version}")
    for name, scores in result["scores"].items():
        info = result["corpora"][name]
        console.print(f"\n[bold]{name}[/]: {info['documents']} documents, {info['tokens']} tokens, "
                      f"{info['spans']} gold spans")
        for system, table in scores.items():
            rows = [{"type": label, "gold": value["exact"]["gold"], "predicted": value["exact"]["predicted"],
                     "P": value["exact"]["precision"], "R": value["exact"]["recall"], "F1": value["exact"]["f1"],
                     "F1 overlap": value["overlap"]["f1"]} for label, value in table.items()]
            console.print(_table(rows, ["type", "gold", "predicted", "P", "R", "F1", "F1 overlap"],
                                 title=f"{name} · {system} (exact span)"))
    samples = result["samples"]
    console.print(f"\nSample articles: {samples['found']} of {samples['names']} named actors found "
                  f"(linking gold, names/acronyms/capitals)")
    if samples["misses"]:
        console.print(_table(samples["misses"], ["doc", "start", "end", "text", "type"], title="Missed on the samples"))
    else:
        console.print("No miss on the sample articles.")


def _eval_extraction(kind: str, gold: Path, config: Path | None, as_json: bool) -> None:
    """Shared body of `eval dates|quantities|claims`: run the evaluation, print its report."""
    from orbitscope.evaluation import claims, dates, quantities
    from orbitscope.nlp import LanguageLayer
    from orbitscope.pipeline import default_pipeline

    settings = _settings(config)
    if kind == "dates":  # dates need only the language layer
        subject = LanguageLayer(settings.repeat_sentence_threshold)
        report = _library_call(lambda: dates.evaluate_dates(gold, subject))
        text = dates.format_dates_report
    elif kind == "quantities":
        report = _library_call(lambda: quantities.evaluate_quantities(gold, default_pipeline(settings)))
        text = quantities.format_quantities_report
    else:
        report = _library_call(lambda: claims.evaluate_claims(gold, default_pipeline(settings)))
        text = claims.format_claims_report
    if as_json:
        _print_json(report.as_dict())
        return
    console.print(escape(text(report)))


GoldArgument = Annotated[Path, typer.Argument(help="Gold file (eval/gold/*.jsonl).")]


@eval_app.command("dates")
def eval_dates_command(gold: GoldArgument = Path("eval/gold/dates.jsonl"), config: ConfigOption = None,
                       as_json: JsonOption = False) -> None:
    """Temporal expressions: detection P/R/F1 and normalization accuracy, per granularity."""
    _eval_extraction("dates", gold, config, as_json)


@eval_app.command("quantities")
def eval_quantities_command(gold: GoldArgument = Path("eval/gold/quantities.jsonl"), config: ConfigOption = None,
                            as_json: JsonOption = False) -> None:
    """Quantities: detection P/R/F1 and value+unit accuracy, per kind."""
    _eval_extraction("quantities", gold, config, as_json)


@eval_app.command("claims")
def eval_claims_command(gold: GoldArgument = Path("eval/gold/claims.jsonl"), config: ConfigOption = None,
                        as_json: JsonOption = False) -> None:
    """Attributed claims: detection P/R/F1 and speaker accuracy, per kind."""
    _eval_extraction("claims", gold, config, as_json)


@eval_app.command("events")
def eval_events_command(gold: GoldArgument = Path("eval/gold/events.jsonl"), config: ConfigOption = None,
                        as_json: JsonOption = False) -> None:
    """PLOVER events: type and type+source+target P/R/F1, date accuracy, per type; dev and held-out parts."""
    from orbitscope.evaluation.events import evaluate_events, format_events_report
    from orbitscope.pipeline import default_pipeline

    settings = _settings(config)
    reports = _library_call(lambda: evaluate_events(gold, default_pipeline(settings)))
    if as_json:
        _print_json({name: report.as_dict(details=name == "all") for name, report in reports.items()})
        return
    console.print(escape(format_events_report(reports)))

ActorFilter = Annotated[str | None, typer.Option("--actor", help="Only events with this actor id (e.g. Q159).")]
TypeFilter = Annotated[str | None, typer.Option("--type", help="Only this PLOVER type (CONSULT, AGREE, ...).")]
SinceFilter = Annotated[str | None, typer.Option("--since", help="Only events on or after this date (YYYY[-MM[-DD]]).")]
UntilFilter = Annotated[str | None, typer.Option("--until", help="Only events on or before this date (YYYY[-MM[-DD]]).")]
DocFilter = Annotated[str | None, typer.Option("--doc", help="Only this document (id or prefix).")]


def _date_option(value: str | None, option: str, last: bool) -> date | None:
    """The first (``--since``) or last (``--until``) day meant by YYYY, YYYY-MM or YYYY-MM-DD."""
    from orbitscope.analytics.stories import event_period

    if value is None:
        return None
    period = event_period(value) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) else None
    if period is None:
        _fail(f"{option} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY", code=2)
    return period[1] if last else period[0]


def _selected_stories(settings: Settings, actor: str | None, event_type: str | None, since: str | None,
                      until: str | None, doc: str | None) -> tuple[list, dict[str, str], dict[str, Any]]:
    """The stored distinct events matching the filters, knowledge-base names of actors by id, the filters."""
    from orbitscope.analytics.stories import EVENT_TYPES, load_stories, select_stories
    from orbitscope.kb import load_knowledge_base

    if event_type is not None:
        event_type = event_type.upper()
        if event_type not in EVENT_TYPES:
            _fail(f"unknown event type {event_type!r}; PLOVER types: {', '.join(EVENT_TYPES)}", code=2)
    filters = {"actor": actor, "event_type": event_type, "since": _date_option(since, "--since", False),
               "until": _date_option(until, "--until", True)}
    with _open_store(settings) as store:
        filters["doc_id"] = _library_call(lambda: store.resolve_id(doc)) if doc is not None else None
        stories = select_stories(load_stories(store), **filters)
    knowledge = _library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
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

    settings = _settings(config, db=db)
    stories, names, filters = _selected_stories(settings, actor, event_type, since, until, doc)
    if reports:
        # A story matches when one of its reports does; list only the matching reports themselves.
        rows = [report_row(story, report, names) for story in stories for report in story.reports
                if report_matches(report, **filters)]
    else:
        rows = [event_row(story, names) for story in stories]
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        row["source → target"] = f"{row['source_name'] or '?'} → {row['target_name'] or '?'}"
        row["flags"] = [flag for flag in _FLAGS if row[flag]]
    if reports:
        console.print(_table(rows, ["event_id", "doc_id", "date", "type", "mode", "source → target", "trigger",
                                    "evidence", "flags"], title=f"{len(rows)} event reports"))
        return
    total = sum(row["reports"] for row in rows)
    console.print(_table(rows, ["date", "type", "mode", "source → target", "reports", "documents", "trigger",
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
    with _open_store(_settings(config, db=db)) as store:
        rows = _library_call(lambda: store.claims(doc, actor))
    if as_json:
        _print_json(rows)
        return
    console.print(_table(rows, ["doc_id", "speaker", "speaker_id", "kind", "cue", "text", "date"],
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
        _fail(f"unknown quantity kind {kind!r}; use one of {', '.join(kinds)}", code=2)
    with _open_store(_settings(config, db=db)) as store:
        rows = _library_call(lambda: store.quantities(doc, kind))
    if as_json:
        _print_json(rows)
        return
    for row in rows:
        row["value"] = _number(row["value"], row["value_high"])
    console.print(_table(rows, ["doc_id", "text", "kind", "value", "unit", "approximate", "measure", "actors",
                                "year"], title=f"{len(rows)} figures"))


@app.command("extract")
def extract_command(db: DbOption = None, config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Run the extractors again over the stored documents (after an upgrade), replacing their records."""
    from orbitscope.pipeline import extract_stored

    with _open_store(_settings(config, db=db), read_only=False) as store:
        documents = _library_call(lambda: extract_stored(store))
        stats = store.stats()
    result = {"documents": documents, **{key: stats[key] for key in
                                         ("time_expressions", "quantities", "claims", "event_reports")}}
    if as_json:
        _print_json(result)
    else:
        console.print(", ".join(f"{value} {key.replace('_', ' ')}" for key, value in result.items()) + ".")


export_app = typer.Typer(help="Export stored records to files.", no_args_is_help=True)
app.add_typer(export_app, name="export")


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
        _fail(f"unknown format {file_format!r}; use one of {', '.join(EXPORT_FORMATS)}", code=2)
    if gdelt and reports:
        _fail("--gdelt and --reports exclude each other: GDELT rows are distinct events", code=2)
    layout = "gdelt" if gdelt else "reports" if reports else "events"
    path = output or Path(f"{'events' if layout == 'events' else 'events-' + layout}.{file_format}")
    stories, names, _ = _selected_stories(_settings(config, db=db), actor, event_type, since, until, None)
    rows = _library_call(lambda: export_events(stories, path, file_format, layout, names), code=1)
    result = {"path": str(path.resolve()), "format": file_format, "layout": layout, "rows": rows,
              "distinct_events": len(stories), "reports": sum(story.report_count for story in stories)}
    if as_json:
        _print_json(result)
    else:
        console.print(f"{rows} rows ({layout}: {result['distinct_events']} distinct events, {result['reports']} "
                      f"reports) → {escape(result['path'])}")


def _library_call(call, code: int = 2):
    """Run a library call, turning orbitscope errors into a clear message and exit ``code`` (2: usage)."""
    try:
        return call()
    except OrbitscopeError as error:
        _fail(str(error), code=code)


if __name__ == "__main__":
    app()
