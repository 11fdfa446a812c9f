"""Fixtures for the CLI integration tests: a hermetic CLI runner, store inspection, sample paths.

Every test works in its own tmp_path (also the working directory, so a stray ./orbitscope.toml or
./orbitscope.duckdb in the checkout can neither leak in nor be written), and the ORBITSCOPE_* variables
of the developer's shell are removed from the environment the CLI sees.

Helpers are fixtures rather than importable names: tests/conftest.py is imported as ``conftest`` by the
unit tests, and a second importable conftest would shadow it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner, Result

from orbitscope.cli import app

ROOT = Path(__file__).resolve().parents[2]
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class Cli:
    """The orbitscope command line, in-process (CliRunner) or as the installed executable."""

    samples = ROOT / "data" / "samples"
    sample_files = tuple(sorted(samples.glob("*.txt")))
    #: The console script next to the interpreter running the tests (the venv's bin/).
    executable = Path(sys.executable).parent / "orbitscope"

    @staticmethod
    def environment(**variables: str) -> dict[str, str | None]:
        """CliRunner env: every ORBITSCOPE_* variable of the outer shell removed, then ``variables`` set."""
        env: dict[str, str | None] = {name: None for name in os.environ if name.startswith("ORBITSCOPE_")}
        env.update(variables)
        return env

    @staticmethod
    def process_environment(**variables: str) -> dict[str, str]:
        """A whole environment for a child process, without the outer ORBITSCOPE_* variables."""
        env = {name: value for name, value in os.environ.items() if not name.startswith("ORBITSCOPE_")}
        env.update(variables)
        return env

    def invoke(self, *args: str | os.PathLike[str], input: str | None = None, **env: str) -> Result:
        """Run a command in-process; fail the test on any exception other than a deliberate exit."""
        result = CliRunner().invoke(app, [str(arg) for arg in args], input=input, env=self.environment(**env))
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"orbitscope {' '.join(map(str, args))} raised {result.exception!r}\n{result.output}"
        )
        assert "Traceback" not in result.output
        return result

    def invoke_json(self, *args: str | os.PathLike[str], input: str | None = None, **env: str) -> Any:
        """Run a command with --json, check that it succeeded and return its parsed standard output."""
        result = self.invoke(*args, "--json", input=input, **env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    @staticmethod
    def plain(text: str) -> str:
        """Console output without colour codes and with rich's line wrapping undone."""
        return re.sub(r"\s+", " ", _ANSI.sub("", text))

    @staticmethod
    def sample_paragraphs() -> list[str]:
        """The substantial paragraphs of both sample articles, in file order."""
        paragraphs = []
        for path in Cli.sample_files:
            text = path.read_text(encoding="utf-8")
            paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 200]
        return paragraphs


class StoreFile:
    """Direct read-only access to a store file, for checks below the CLI (the CLI must have closed it)."""

    @staticmethod
    def query(db: Path, sql: str, parameters: list[Any] | None = None) -> list[tuple]:
        with duckdb.connect(str(db), read_only=True) as connection:
            return connection.execute(sql, parameters or []).fetchall()

    @staticmethod
    def table_counts(db: Path) -> dict[str, int]:
        """Row count of every table, tables listed from information_schema."""
        with duckdb.connect(str(db), read_only=True) as connection:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
                ).fetchall()
            ]
            return {
                table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables
            }


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()


@pytest.fixture(scope="session")
def store_file() -> StoreFile:
    return StoreFile()


@pytest.fixture(autouse=True)
def _work_in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The CLI reads ./orbitscope.toml and defaults to ./orbitscope.duckdb: keep both away from the checkout.
    monkeypatch.chdir(tmp_path)
    yield
