"""What every command shares: the Typer app, consoles, option types, settings, JSON and table output, errors."""

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
from rich.table import Table

from orbitscope.config import Settings, load_settings
from orbitscope.errors import ConfigurationError, OrbitscopeError

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


GoldArgument = Annotated[Path, typer.Argument(help="Gold file (eval/gold/*.jsonl).")]


ActorFilter = Annotated[str | None, typer.Option("--actor", help="Only events with this actor id (e.g. Q159).")]


TypeFilter = Annotated[str | None, typer.Option("--type", help="Only this PLOVER type (CONSULT, AGREE, ...).")]


SinceFilter = Annotated[str | None, typer.Option("--since", help="Only events on or after this date (YYYY[-MM[-DD]]).")]


UntilFilter = Annotated[str | None, typer.Option("--until", help="Only events on or before this date (YYYY[-MM[-DD]]).")]


DocFilter = Annotated[str | None, typer.Option("--doc", help="Only this document (id or prefix).")]


def load_cli_settings(config: Path | None, **overrides: Any) -> Settings:
    try:
        return load_settings(config, **overrides)
    except ConfigurationError as error:
        fail(str(error), code=2)


def fail(message: str, code: int = 1) -> typer.Exit:
    errors.print(f"[bold red]Error:[/] {escape(message)}")
    raise typer.Exit(code)


def open_store(settings: Settings, read_only: bool = True):
    from orbitscope.store import Store  # imported here: `--help` stays fast

    try:
        return Store(settings.db, read_only=read_only)
    except OrbitscopeError as error:
        fail(str(error))


def to_jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


def make_table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(escape(cell_text(row.get(column))) for column in columns))
    return table


def cell_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def library_call(call, code: int = 2):
    """Run a library call, turning orbitscope errors into a clear message and exit ``code`` (2: usage)."""
    try:
        return call()
    except OrbitscopeError as error:
        fail(str(error), code=code)


def date_option(value: str | None, option: str, last: bool) -> date | None:
    """The first (``--since``) or last (``--until``) day meant by YYYY, YYYY-MM or YYYY-MM-DD."""
    from orbitscope.analytics.stories import event_period

    if value is None:
        return None
    period = event_period(value) if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) else None
    if period is None:
        fail(f"{option} {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY", code=2)
    return period[1] if last else period[0]


def dyad_text(source, target) -> str:
    """'source → target' of an event, with ids; '?' for a missing side."""
    def side(actor) -> str:
        return f"{actor.text} ({actor.actor_id})" if actor is not None else "?"
    return f"{side(source)} → {side(target)}"


FLAGS = ("negated", "hypothetical", "future", "reported")


def flag_list(event) -> list[str]:
    return [flag for flag in FLAGS if getattr(event, flag)]


def flag_text(event) -> str:
    flags = flag_list(event)
    return f" [yellow]({', '.join(flags)})[/]" if flags else ""


def number_text(value: float, high: float | None = None) -> str:
    """A figure without a needless '.0', with its upper end for a range."""
    def plain(number: float) -> str:
        return f"{number:,.0f}" if number == int(number) else f"{number:,}"
    return plain(value) + (f"–{plain(high)}" if high is not None else "")
