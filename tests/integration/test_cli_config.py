"""Settings through the CLI: ORBITSCOPE_* variables, --config TOML files, their precedence, bad values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TINY = 100  # bytes: smaller than either sample article


def _rejected_for_size(summary: dict) -> bool:
    return summary["counts"] == {"rejected": 2} and all(
        "max_file_bytes" in item["reason"] for item in summary["rejected"]
    )


def test_environment_variable_takes_effect(cli, store_file, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    summary = cli.invoke_json("run", cli.samples, "--db", db, ORBITSCOPE_MAX_FILE_BYTES=str(TINY))
    assert _rejected_for_size(summary)
    assert cli.invoke_json("docs", "--db", db) == []
    [(settings,)] = store_file.query(db, "SELECT settings FROM runs")
    assert json.loads(settings)["max_file_bytes"] == TINY  # the effective settings are saved with the run


def test_config_file_takes_effect(cli, tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f"max_file_bytes = {TINY}\n", encoding="utf-8")
    summary = cli.invoke_json("run", cli.samples, "--db", tmp_path / "store.duckdb", "--config", config)
    assert _rejected_for_size(summary)


def test_orbitscope_toml_in_the_working_directory_is_read(cli, tmp_path: Path) -> None:
    (tmp_path / "orbitscope.toml").write_text(f'max_file_bytes = {TINY}\ndb = "from-config.duckdb"\n')
    summary = cli.invoke_json("run", cli.samples)  # the test runs in tmp_path
    assert _rejected_for_size(summary)
    assert summary["store"] == str(tmp_path / "from-config.duckdb")
    assert (tmp_path / "from-config.duckdb").is_file()


def test_precedence_file_then_environment_then_command_line(cli, tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(f"max_file_bytes = {TINY}\nbatch_size = 1\n", encoding="utf-8")
    plenty = str(10_000_000)
    db = tmp_path / "a.duckdb"
    by_environment = cli.invoke_json(
        "run", cli.samples, "--db", db, "--config", config, ORBITSCOPE_MAX_FILE_BYTES=plenty
    )
    assert by_environment["counts"] == {"analysed": 2}
    by_option = cli.invoke_json(
        "run",
        cli.samples,
        "--db",
        tmp_path / "b.duckdb",
        "--config",
        config,
        "--max-file-bytes",
        plenty,
        ORBITSCOPE_MAX_FILE_BYTES=str(TINY),
    )
    assert by_option["counts"] == {"analysed": 2}


@pytest.mark.parametrize(
    ("toml", "environment", "expected"),
    [
        (None, {"ORBITSCOPE_MAX_FILE_BYTES": "lots"}, ["invalid settings", "max_file_bytes", "integer"]),
        (None, {"ORBITSCOPE_BATCH_SIZE": "0"}, ["invalid settings", "batch_size", "greater than 0"]),
        ("max_file_bytes = -5\n", {}, ["invalid settings", "max_file_bytes", "greater than 0"]),
        ("near_duplicate_threshold = 1.5\n", {}, ["invalid settings", "near_duplicate_threshold"]),
        ("max_file_byte = 100\n", {}, ["invalid settings", "max_file_byte", "not permitted"]),
        ("max_file_bytes = [\n", {}, ["cannot read config file"]),
        (None, {"ORBITSCOPE_LANGUAGES": "pl,xx"}, ["unknown language code 'xx'", "languages"]),
        (None, {"ORBITSCOPE_LANGUAGES": "pl"}, ["at least two languages"]),
    ],
    ids=[
        "env-not-a-number",
        "env-zero-batch",
        "toml-negative",
        "toml-out-of-range",
        "toml-unknown-key",
        "toml-syntax",
        "env-unknown-language",
        "env-one-language",
    ],
)
def test_invalid_settings_exit_2_with_a_clear_message(
    cli, tmp_path: Path, toml: str | None, environment: dict[str, str], expected: list[str]
) -> None:
    arguments: list[str | Path] = ["run", cli.samples, "--db", tmp_path / "store.duckdb"]
    if toml is not None:
        (tmp_path / "bad.toml").write_text(toml, encoding="utf-8")
        arguments += ["--config", tmp_path / "bad.toml"]
    result = cli.invoke(*arguments, **environment)
    assert result.exit_code == 2, result.output
    message = cli.plain(result.stderr)
    assert message.startswith("Error:")
    for words in expected:
        assert words in message, message
    assert result.stdout == ""


def test_a_missing_config_file_exits_2(cli, tmp_path: Path) -> None:
    result = cli.invoke("stats", "--db", tmp_path / "store.duckdb", "--config", tmp_path / "nowhere.toml")
    assert result.exit_code == 2
    assert "nowhere.toml does not exist" in cli.plain(result.stderr)


def test_a_file_that_is_not_a_store_is_refused(cli, tmp_path: Path) -> None:
    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("not a database\n")
    result = cli.invoke("run", cli.samples, "--db", not_a_store)
    assert result.exit_code == 1
    assert "not a DuckDB database" in cli.plain(result.stderr)
    assert not_a_store.read_text() == "not a database\n"


def test_negative_top_is_a_usage_error(cli, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    cli.invoke_json("run", cli.samples, "--db", db)
    result = cli.invoke("names", "--top", "-1", "--db", db)
    assert result.exit_code == 2
    assert "--top" in cli.plain(result.output)
