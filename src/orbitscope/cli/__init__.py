"""The ``orbitscope`` command line: every command parses, calls one library function, formats.

Listing commands print a table, or JSON with ``--json``. Exit codes: 0 success, 1 a problem with the
store or (with ``--strict``) rejected input, 2 a usage or configuration error (e.g. a missing path).

Modules: ``common`` (the app, options, output helpers), ``documents`` (run, docs, show, names, entities,
stats, report, extract), ``events`` (events, claims, quantities, export), ``knowledge`` (kb),
``evaluate`` (eval). Importing a module registers its commands on ``app``.
"""

from __future__ import annotations

from orbitscope.cli import documents, events  # noqa: F401 - register their commands
from orbitscope.cli.common import app
from orbitscope.cli.evaluate import eval_app
from orbitscope.cli.events import export_app
from orbitscope.cli.knowledge import kb_app

app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")
app.add_typer(export_app, name="export")

__all__ = ["app"]

if __name__ == "__main__":
    app()
