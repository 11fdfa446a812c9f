"""`orbitscope kb`: search and show knowledge-base actors."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from orbitscope.cli.common import (
    ConfigOption,
    JsonOption,
    KbExtraOption,
    console,
    fail,
    library_call,
    load_cli_settings,
    make_table,
    print_json,
)

kb_app = typer.Typer(help="Look up the actor knowledge base.", no_args_is_help=True)


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

    settings = load_cli_settings(config, kb_extra=tuple(kb_extra) if kb_extra else None)
    actors = library_call(lambda: search_actors(name, settings))
    rows = [_actor_row(actor) for actor in actors]
    if as_json:
        print_json(rows)
    elif rows:
        console.print(make_table(rows, ["id", "type", "name_pl", "name_en", "country", "code"]))
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

    settings = load_cli_settings(config, kb_extra=tuple(kb_extra) if kb_extra else None)
    knowledge = library_call(lambda: load_knowledge_base(tuple(settings.kb_extra)))
    actor = knowledge.actors.get(actor_id)
    if actor is None:
        fail(f"no actor with id {actor_id}; try `orbitscope kb search NAME`")
    if as_json:
        print_json(actor)
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
        console.print(make_table(rows, ["office", "title", "country", "sector", "start", "end"], title="Roles"))
