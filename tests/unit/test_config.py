"""Settings from defaults, TOML, environment and overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from orbitscope.config import load_settings
from orbitscope.errors import ConfigurationError


def test_defaults():
    defaults = load_settings(None, db=None)
    assert defaults.db == Path("orbitscope.duckdb") and "pl" in defaults.languages


def test_precedence_file_then_environment_then_overrides(tmp_path):
    config = tmp_path / "orbitscope.toml"
    config.write_text('max_file_bytes = 1000\nbatch_size = 7\ndb = "from-file.duckdb"\n', encoding="utf-8")
    settings = load_settings(config, environ={"ORBITSCOPE_BATCH_SIZE": "9"}, db=tmp_path / "cli.duckdb")
    assert settings.max_file_bytes == 1000
    assert settings.batch_size == 9
    assert settings.db == tmp_path / "cli.duckdb"


def test_languages_from_environment():
    assert load_settings(None, environ={"ORBITSCOPE_LANGUAGES": "pl, ru"}).languages == ("pl", "ru")


@pytest.mark.parametrize(
    "content", ['max_file_bytes = -5\n', 'unknown_setting = 1\n', 'batch_size = "many"\n', "not toml ="]
)
def test_invalid_settings_are_configuration_errors(tmp_path, content):
    config = tmp_path / "bad.toml"
    config.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError):
        load_settings(config)


def test_a_missing_explicit_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigurationError, match="does not exist"):
        load_settings(tmp_path / "missing.toml")
