"""`orbitscope eval`: linking, NER, dates, quantities, claims and events against gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from orbitscope.cli.common import (
    ConfigOption,
    GoldArgument,
    JsonOption,
    console,
    errors,
    fail,
    library_call,
    load_cli_settings,
    make_table,
    print_json,
)

eval_app = typer.Typer(help="Evaluate against gold data.", no_args_is_help=True)


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

    settings = load_cli_settings(config)
    report = library_call(lambda: evaluate_linking(gold, default_pipeline(settings)))
    result = report.as_dict()
    if as_json:
        print_json(result)
        return
    console.print(f"{report.documents} documents, {report.gold_mentions} gold mentions")
    summary = [{"measure": name, **result[name]} for name in ("exact", "overlap")]
    console.print(make_table(summary, ["measure", "precision", "recall", "f1", "correct", "predicted", "gold"],
                         title="Linking (knowledge-base actors)"))
    for title, key in (("By actor type", "by_type"), ("By mention kind", "by_kind")):
        rows = [{"group": group, **scores} for group, scores in result[key].items()]
        console.print(make_table(rows, ["group", "precision", "recall", "f1", "correct", "predicted", "gold"],
                             title=title))
    nil = result["nil_clustering_b3"]
    console.print(f"NIL clustering (B-cubed over {nil['mentions']} gold NIL mentions): "
                  f"P {nil['precision']:.3f} R {nil['recall']:.3f} F1 {nil['f1']:.3f}")
    for title, key, columns in (("Misses", "misses", ["doc", "text", "gold", "type", "kind"]),
                                ("Wrong links", "wrong", ["doc", "text", "gold", "predicted", "method"]),
                                ("Spurious links", "spurious", ["doc", "text", "predicted", "method"])):
        rows = result[key][:show_errors]
        if rows:
            console.print(make_table(rows, columns, title=f"{title} ({len(result[key])}, first {len(rows)})"))


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
        fail(f"unknown corpus {corpus!r}: use nkjp, kpwr or all", code=2)
    settings = load_cli_settings(config)
    model = load_ner_model(settings.ner_model)
    if model is None:
        fail("no NER model to evaluate (see the warning above)", code=2)
    corpora = library_call(lambda: ([nkjp_test_corpus(limit=limit)] if corpus in ("nkjp", "all") else [])
                            + ([kpwr_test_corpus(limit=limit)] if corpus in ("kpwr", "all") else []))
    systems = {"model": model, "rules+kb": default_pipeline(settings.model_copy(update={"ner": False})),
               "fused": default_pipeline(settings, model)}
    total = sum(len(c.documents) for c in corpora)
    with Progress(TextColumn("evaluating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("documents", total=total)
        report = library_call(lambda: evaluate_ner(systems, corpora, lambda: progress.advance(task)))
    result = report.as_dict()
    if as_json:
        print_json(result)
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
            console.print(make_table(rows, ["type", "gold", "predicted", "P", "R", "F1", "F1 overlap"],
                                 title=f"{name} · {system} (exact span)"))
    samples = result["samples"]
    console.print(f"\nSample articles: {samples['found']} of {samples['names']} named actors found "
                  f"(linking gold, names/acronyms/capitals)")
    if samples["misses"]:
        console.print(make_table(samples["misses"], ["doc", "start", "end", "text", "type"], title="Missed on the samples"))
    else:
        console.print("No miss on the sample articles.")


def _eval_extraction(kind: str, gold: Path, config: Path | None, as_json: bool) -> None:
    """Shared body of `eval dates|quantities|claims`: run the evaluation, print its report."""
    from orbitscope.evaluation import claims, dates, quantities
    from orbitscope.nlp import LanguageLayer
    from orbitscope.pipeline import default_pipeline

    settings = load_cli_settings(config)
    if kind == "dates":  # dates need only the language layer
        subject = LanguageLayer(settings.repeat_sentence_threshold)
        report = library_call(lambda: dates.evaluate_dates(gold, subject))
        text = dates.format_dates_report
    elif kind == "quantities":
        report = library_call(lambda: quantities.evaluate_quantities(gold, default_pipeline(settings)))
        text = quantities.format_quantities_report
    else:
        report = library_call(lambda: claims.evaluate_claims(gold, default_pipeline(settings)))
        text = claims.format_claims_report
    if as_json:
        print_json(report.as_dict())
        return
    console.print(escape(text(report)))


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
    """PLOVER events: type and type+source+target P/R/F1, date accuracy, per type; every part (dev, held-out, news)."""
    from orbitscope.evaluation.events import evaluate_events, format_events_report
    from orbitscope.pipeline import default_pipeline

    settings = load_cli_settings(config)
    reports = library_call(lambda: evaluate_events(gold, default_pipeline(settings)))
    if as_json:
        print_json({name: report.as_dict(details=name == "all") for name, report in reports.items()})
        return
    console.print(escape(format_events_report(reports)))
